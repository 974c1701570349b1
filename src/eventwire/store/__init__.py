"""The event store: processed articles kept in SQLite (default) or PostgreSQL, and queried.

One small interface, two backends with the same schema and the same behaviour::

    from eventwire.store import open_store, EventFilter
    store = open_store("events.db")        # or "postgresql://user@127.0.0.1:5432/db"
    store.ingest(records)                  # idempotent: the record id is the content hash
    rows = store.events(EventFilter(actor="RUS", root="04"))

The CLI (``eventwire ingest|query|export``) and the HTTP API are thin shells over this module.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from typing import Literal

Interval = Literal["day", "week", "month", "date"]


class StoreError(Exception):
    """The store cannot be opened or used as asked (bad path or URL, wrong schema, read-only...)."""


@dataclass(frozen=True)
class EventFilter:
    """Which events a query selects; every field left as None selects everything.

    actor: actor code or prefix ("RUS" matches RUSGOV) on source or target;
    country: ISO3 of source or target actor; dyad: (source prefix, target prefix);
    cameo: CAMEO code prefix ("04", "042"); root: CAMEO root ("04"); plover: PLOVER type;
    quad_class: 1-4; since/until: ISO dates, inclusive, on the event date (the first day of its
    period for coarser dates such as "2024-04"); place: place name (case-insensitive);
    q: text search in the sentence and trigger; article: article id.
    """

    actor: str | None = None
    country: str | None = None
    dyad: tuple[str, str] | None = None
    cameo: str | None = None
    root: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    q: str | None = None
    article: str | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


@dataclass(frozen=True)
class IngestStats:
    """What one ingest did: records newly stored, and records skipped as already stored."""

    added: int = 0
    skipped: int = 0

    def __add__(self, other: IngestStats) -> IngestStats:
        return IngestStats(self.added + other.added, self.skipped + other.skipped)


class Store(ABC):
    """A collection of eventwire/1 records, queryable by article, event, actor, quote and place.

    Results are plain dicts (JSON-ready). ``limit``/``offset`` paginate every list.
    """

    @abstractmethod
    def ingest(
        self, records: Iterable[dict], *, batch_size: int = 100, on_stored=None
    ) -> IngestStats:
        """Store records; one transaction per batch, records already stored (same id) skipped.

        ``on_stored(tx, record)`` runs for each newly stored record inside its transaction (the
        incidents stage uses it: :func:`eventwire.incidents.ingest`).
        """

    @abstractmethod
    def has_article(self, article_id: str) -> bool:
        """True when an article with this record id is stored."""

    @abstractmethod
    def article(self, article_id: str) -> dict | None:
        """The full eventwire/1 record as ingested, or None."""

    @abstractmethod
    def articles(
        self,
        q: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict]:
        """Articles, newest first: {id, title, published, source{...}, n_events, n_quotes, n_actors}.

        q searches title and text (case-insensitive); since/until bound ``published`` inclusively.
        """

    @abstractmethod
    def events(self, f: EventFilter | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
        """Flat event rows, by date then article and event order.

        Keys: uid ("<article_id>:<event_id>"), article_id, event_id, date, date_text, cameo,
        cameo_root, quad_class, goldstein, plover_type, plover_mode, modality, source_code,
        target_code, source_name, target_name, trigger, trigger_start, trigger_end,
        sentence_text, sentence_start, place_name, lat, lon, quote_id, pattern, confidence,
        title, published (of the article) and ingested_at (when the article was stored), and
        the event's incident: incident_id, incident_events, incident_articles, incident_sources
        (None for an event stored without incident assignment; see docs/incidents.md).
        """

    @abstractmethod
    def count_events(self, f: EventFilter | None = None) -> int:
        """How many events the filter selects."""

    @abstractmethod
    def event(self, uid: str) -> dict | None:
        """One event row plus "sentence" {start, end, text}, "quote" (quote dict or None),
        "actors" {"source": [actor dicts], "target": [actor dicts]} and
        "article" {id, title, published, source}."""

    @abstractmethod
    def actors(
        self, q: str | None = None, country: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[dict]:
        """Actors across the collection, most mentioned first, one row per (code, name):
        {code, name, country, sector, kind, n_articles, n_mentions, n_events}.

        q searches name and code (case-insensitive); country is ISO3.
        """

    @abstractmethod
    def quotes(
        self, speaker: str | None = None, q: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[dict]:
        """Quotes, newest article first: {uid, article_id, quote_id, text, kind, speaker_name,
        speaker_code, cue, title, published}.

        speaker matches the speaker's name (case-insensitive substring) or actor code prefix;
        q searches the quoted text.
        """

    @abstractmethod
    def timeseries(self, f: EventFilter | None = None, interval: Interval = "day") -> list[dict]:
        """Event counts per period and quad class: {period, quad_class, count, mean_goldstein}.

        period is "2024-04-08" (day), "2024-W15" (ISO week) or "2024-04" (month); undated
        events are left out.
        """

    @abstractmethod
    def dyads(self, f: EventFilter | None = None, limit: int = 100) -> list[dict]:
        """Who acts on whom, most events first: {source_code, target_code, count, mean_goldstein}."""

    @abstractmethod
    def places(self, f: EventFilter | None = None, limit: int = 500) -> list[dict]:
        """Where events happened, most events first: {name, country, lat, lon, count}."""

    @abstractmethod
    def iter_events(self, f: EventFilter | None = None, *, chunk: int = 1000) -> Iterator[dict]:
        """Every selected event row (as :meth:`events`), streamed in chunks: for exports."""

    @abstractmethod
    def schema_version(self) -> int:
        """The schema version of the open store."""

    @abstractmethod
    def close(self) -> None:
        """Close the connection."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(target: str, *, readonly: bool = False) -> Store:
    """Open (and, unless readonly, create or migrate) the store at a path or postgresql:// URL."""
    target = str(target)
    if target.startswith(("postgresql://", "postgres://")):
        from eventwire.store.postgres import PostgresStore

        return PostgresStore(target, readonly=readonly)
    if "://" in target:
        raise StoreError(
            f"{target!r}: unknown store URL (use a file path for SQLite or postgresql://...)"
        )
    from eventwire.store.sqlite import SqliteStore

    return SqliteStore(target, readonly=readonly)


__all__ = ["EventFilter", "IngestStats", "Interval", "Store", "StoreError", "open_store"]
