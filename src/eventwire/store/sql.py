"""The store over SQL: ingest and every query, written once in portable SQL for both backends.

A backend supplies a DB-API connection, its placeholder style and its float type; everything
else (schema, migrations, ingest transactions, queries) lives here so both behave the same.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from eventwire.store import EventFilter, IngestStats, Interval, Store, StoreError
from eventwire.store.filters import and_where, contains, event_where, like_escape, prefix
from eventwire.store.incidents import IncidentQueries
from eventwire.store.rows import record_rows
from eventwire.store.schema import META_TABLE, SCHEMA_VERSION, TABLES, insert_sql, pending
from eventwire.store.tx import OnStored, Tx

EVENT_COLUMNS = (
    "e.uid, e.article_id, e.event_id, e.date, e.date_text, e.cameo, e.cameo_root, e.quad_class, "
    "e.goldstein, e.plover_type, e.plover_mode, e.modality, e.source_code, e.target_code, "
    "e.source_name, e.target_name, e.trigger_text AS \"trigger\", e.trigger_start, "
    "e.trigger_end, e.sentence_text, e.sentence_start, e.place_name, e.lat, e.lon, e.quote_id, "
    "e.pattern, e.confidence, a.title, a.published, a.ingested_at, a.source_url, a.source_path, "
    "ie.incident_id, i.n_events AS incident_events, i.n_articles AS incident_articles, "
    "i.n_sources AS incident_sources"
)
EVENTS_FROM = (
    " FROM events e JOIN articles a ON a.id = e.article_id"
    " LEFT JOIN incident_events ie ON ie.uid = e.uid LEFT JOIN incidents i ON i.id = ie.incident_id"
)
# "date": each event's own date at its own precision ("2024-03-12", "2024-W11", "2024-03", "2024")
PERIOD_COLUMN = {"day": "day", "week": "week", "month": "month", "date": "date"}
MAX_LIMIT = 10_000


def _page(limit: int, offset: int) -> tuple[int, int]:
    try:
        limit, offset = int(limit), int(offset)
    except (TypeError, ValueError):
        raise StoreError("limit and offset must be whole numbers") from None
    if limit < 0 or offset < 0:
        raise StoreError("limit and offset must not be negative")
    return min(limit, MAX_LIMIT), offset


def _aggregates(rows: list[dict]) -> list[dict]:
    """Counts as int and mean Goldstein values rounded, the same on both backends."""
    for r in rows:
        r["count"] = int(r["count"])
        if "mean_goldstein" in r:
            r["mean_goldstein"] = _mean(r["mean_goldstein"])
    return rows


def _mean(value) -> float | None:
    return None if value is None else round(float(value), 3)


def _date(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise StoreError(f"{name} {value!r} is not a date (use YYYY-MM-DD)") from None


class SqlStore(IncidentQueries, Store):
    """Everything but the connection; subclasses set ``conn`` and call :meth:`_prepare`."""

    placeholder = "?"
    float_type = "REAL"
    begin_sql = "BEGIN"

    def __init__(self, label: str, readonly: bool):
        self.label = label
        self.readonly = readonly
        self._lock = threading.RLock()
        self.conn = None

    # -- plumbing ---------------------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def _rows(self, sql: str, params: Iterable = ()) -> list[dict]:
        with self._lock:
            if self.conn is None:
                raise StoreError(f"{self.label}: the store is closed")
            cur = self.conn.cursor()
            try:
                cur.execute(self._sql(sql), tuple(params))
                names = [d[0] for d in cur.description]
                return [dict(zip(names, row)) for row in cur.fetchall()]
            finally:
                cur.close()

    def _scalar(self, sql: str, params: Iterable = ()):
        rows = self._rows(sql, params)
        return next(iter(rows[0].values())) if rows else None

    def _execute(self, cur, sql: str, params: Iterable = ()) -> None:
        cur.execute(self._sql(sql), tuple(params))

    def _table_exists(self, table: str) -> bool:
        raise NotImplementedError

    def _user_tables(self) -> list[str]:
        raise NotImplementedError

    def _prepare(self) -> None:
        """Check the schema version; create or migrate the schema when writable."""
        if self._table_exists(META_TABLE):
            version = int(
                self._scalar(f"SELECT value FROM {META_TABLE} WHERE key = ?", ["schema_version"])
                or 0
            )
        elif self._user_tables():
            raise StoreError(f"{self.label} holds other tables but is not an eventwire store")
        else:
            version = 0
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.label} has schema version {version}, newer than this eventwire "
                f"({SCHEMA_VERSION}): upgrade eventwire"
            )
        if version == SCHEMA_VERSION:
            return
        if self.readonly:
            if version == 0:
                raise StoreError(f"{self.label} is not an eventwire store (no tables)")
            raise StoreError(
                f"{self.label} has schema version {version}; open it writable once (e.g. "
                f"eventwire ingest) to migrate it to {SCHEMA_VERSION}"
            )
        self._migrate(version)

    def _migrate(self, current: int) -> None:
        with self._lock:
            cur = self.conn.cursor()
            try:
                cur.execute(self.begin_sql)
                cur.execute(
                    f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key TEXT PRIMARY KEY, value TEXT)"
                )
                for version, statements in pending(current):
                    for stmt in statements(self.float_type):
                        cur.execute(stmt)
                    self._execute(cur, f"DELETE FROM {META_TABLE} WHERE key = ?", ["schema_version"])
                    self._execute(
                        cur,
                        f"INSERT INTO {META_TABLE} (key, value) VALUES (?, ?)",
                        ["schema_version", str(version)],
                    )
                cur.execute("COMMIT")
            except BaseException:
                self._rollback(cur)
                raise
            finally:
                cur.close()

    @staticmethod
    def _rollback(cur) -> None:
        """Roll back, keeping the error that got us here if the connection itself is gone."""
        try:
            cur.execute("ROLLBACK")
        except Exception:  # noqa: BLE001, S110 - the caller re-raises the original error
            pass

    def schema_version(self) -> int:
        return int(
            self._scalar(f"SELECT value FROM {META_TABLE} WHERE key = ?", ["schema_version"]) or 0
        )

    def close(self) -> None:
        with self._lock:
            if self.conn is not None:
                self.conn.close()
                self.conn = None

    # -- writing ----------------------------------------------------------------------------

    def ingest(
        self, records: Iterable[dict], *, batch_size: int = 100, on_stored: OnStored | None = None
    ) -> IngestStats:
        if self.readonly:
            raise StoreError(f"{self.label} is open read-only")
        stats = IngestStats()
        it = iter(records)
        while batch := list(islice(it, max(1, batch_size))):
            stats = stats + self._ingest_batch(batch, on_stored)
        return stats

    def _ingest_batch(self, batch: list[dict], on_stored: OnStored | None = None) -> IngestStats:
        from eventwire.record import RecordError, validate

        ids = [r.get("id") if isinstance(r, dict) else None for r in batch]
        stored = self._stored_ids([i for i in ids if isinstance(i, str)])
        for record, rid in zip(batch, ids):  # refuse a bad batch before it touches the store
            if rid in stored:
                continue  # already stored: skipped below, no need to validate it again
            try:
                validate(record)
            except RecordError as err:
                raise StoreError(f"record {rid or '(no id)'}: {err}") from None
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        added = skipped = 0
        with self.transaction() as tx:
            cur = tx.cursor
            seen: set[str] = set()
            for record in batch:
                rid = record["id"]
                # checked again inside the transaction: another writer may have stored it
                self._execute(cur, "SELECT 1 FROM articles WHERE id = ?", [rid])
                if rid in seen or cur.fetchone() is not None:
                    skipped += 1
                    continue
                seen.add(rid)
                for table, rows in record_rows(record, now).items():
                    if rows:
                        cur.executemany(self._sql(insert_sql(table)), rows)
                if on_stored is not None:  # e.g. incident assignment, in this transaction
                    on_stored(tx, record)
                added += 1
        return IngestStats(added, skipped)

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """One write transaction on the store, as a :class:`Tx`; rolled back on any error."""
        if self.readonly:
            raise StoreError(f"{self.label} is open read-only")
        with self._lock:
            if self.conn is None:
                raise StoreError(f"{self.label}: the store is closed")
            cur = self.conn.cursor()
            try:
                cur.execute(self.begin_sql)
                yield Tx(cur, self.placeholder)
                cur.execute("COMMIT")
            except BaseException:
                self._rollback(cur)
                raise
            finally:
                cur.close()

    def _stored_ids(self, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(ids), 500):  # well under SQLite's limit on parameters
            part = ids[i : i + 500]
            marks = ", ".join("?" for _ in part)
            rows = self._rows(f"SELECT id FROM articles WHERE id IN ({marks})", part)
            found.update(r["id"] for r in rows)
        return found

    # -- articles ---------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return bool(self._rows("SELECT 1 AS x FROM articles WHERE id = ?", [article_id]))

    def article(self, article_id: str) -> dict | None:
        record = self._scalar("SELECT record FROM articles WHERE id = ?", [article_id])
        return json.loads(record) if record else None

    def articles(self, q=None, since=None, until=None, limit=50, offset=0) -> list[dict]:
        limit, offset = _page(limit, offset)
        parts, params = [], []
        if q:
            parts.append("(lower(title) LIKE ? ESCAPE '\\' OR lower(text) LIKE ? ESCAPE '\\')")
            params += [contains(q)] * 2
        if since:
            parts.append("published >= ?")
            params.append(_date("since", since))
        if until:
            parts.append("substr(published, 1, 10) <= ?")
            params.append(_date("until", until))
        where = (" WHERE " + " AND ".join(parts)) if parts else ""
        rows = self._rows(
            "SELECT id, title, published, source_id, source_path, source_url, publisher, byline,"
            " n_actors, n_quotes, n_events FROM articles"
            f"{where} ORDER BY (published IS NULL), published DESC, id LIMIT ? OFFSET ?",
            params + [limit, offset],
        )
        return [_article_row(r) for r in rows]

    # -- events -----------------------------------------------------------------------------

    def events(self, f: EventFilter | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
        limit, offset = _page(limit, offset)
        where, params = event_where(f)
        return self._rows(
            f"SELECT {EVENT_COLUMNS}{EVENTS_FROM}{where}"
            " ORDER BY (e.day IS NULL), e.day DESC, e.article_id, e.seq LIMIT ? OFFSET ?",
            params + [limit, offset],
        )

    def iter_events(self, f: EventFilter | None = None, *, chunk: int = 1000) -> Iterator[dict]:
        where, params = event_where(f)
        return self._paged(
            f"SELECT {EVENT_COLUMNS}{EVENTS_FROM}{where}"
            " ORDER BY (e.day IS NULL), e.day, e.article_id, e.seq",
            params,
            chunk,
        )

    def _paged(self, sql: str, params: list, chunk: int) -> Iterator[dict]:
        """Every row of an ordered query, fetched ``chunk`` rows at a time."""
        offset = 0
        while True:
            rows = self._rows(f"{sql} LIMIT ? OFFSET ?", params + [chunk, offset])
            yield from rows
            if len(rows) < chunk:
                return
            offset += chunk

    def count_events(self, f: EventFilter | None = None) -> int:
        where, params = event_where(f)
        return int(self._scalar(f"SELECT COUNT(*) AS n FROM events e{where}", params) or 0)

    def event(self, uid: str) -> dict | None:
        rows = self._rows(f"SELECT {EVENT_COLUMNS}{EVENTS_FROM} WHERE e.uid = ?", [uid])
        if not rows:
            return None
        row = rows[0]
        record = self.article(row["article_id"]) or {}
        ev = next((e for e in record.get("events", []) if e["id"] == row["event_id"]), {})
        actors = {a["id"]: a for a in record.get("actors", [])}
        sentences = record.get("sentences", [])
        idx = ev.get("sentence")
        text = record.get("text", "")
        sent = sentences[idx] if isinstance(idx, int) and 0 <= idx < len(sentences) else None
        row["sentence"] = (
            {"start": sent["start"], "end": sent["end"], "text": text[sent["start"] : sent["end"]]}
            if sent
            else None
        )
        row["quote"] = next(
            (q for q in record.get("quotes", []) if q["id"] == ev.get("quote")), None
        )
        row["actors"] = {
            role: [actors[i] for i in ev.get(role, []) if i in actors] for role in ("source", "target")
        }
        row["article"] = {
            "id": record.get("id"),
            "title": record.get("title"),
            "published": record.get("published"),
            "source": record.get("source"),
        }
        return row

    # -- aggregates -------------------------------------------------------------------------

    def timeseries(self, f: EventFilter | None = None, interval: Interval = "day") -> list[dict]:
        return self._timeseries("events e", "e", *event_where(f), interval)

    def dyads(self, f: EventFilter | None = None, limit: int = 100) -> list[dict]:
        return self._dyads("events e", "e", *event_where(f), limit)

    def places(self, f: EventFilter | None = None, limit: int = 500) -> list[dict]:
        return self._places("events e", "e", *event_where(f), limit)

    # the aggregates, over events ("events e") or incidents ("incidents i"): the same columns

    def _timeseries(self, source: str, a: str, where: str, params: list, interval) -> list[dict]:
        column = PERIOD_COLUMN.get(interval)
        if column is None:
            raise StoreError(f"interval {interval!r} must be day, week, month or date")
        where = and_where(where, f"{a}.{column} IS NOT NULL")
        rows = self._rows(
            f"SELECT {a}.{column} AS period, {a}.quad_class, COUNT(*) AS count,"
            f" AVG({a}.goldstein) AS mean_goldstein FROM {source}{where}"
            f" GROUP BY {a}.{column}, {a}.quad_class ORDER BY period, {a}.quad_class",
            params,
        )
        return _aggregates(rows)

    def _dyads(self, source: str, a: str, where: str, params: list, limit: int) -> list[dict]:
        limit, _ = _page(limit, 0)
        where = and_where(where, f"{a}.source_code IS NOT NULL AND {a}.target_code IS NOT NULL")
        rows = self._rows(
            f"SELECT {a}.source_code, {a}.target_code, COUNT(*) AS count,"
            f" AVG({a}.goldstein) AS mean_goldstein FROM {source}{where}"
            f" GROUP BY {a}.source_code, {a}.target_code"
            f" ORDER BY count DESC, {a}.source_code, {a}.target_code LIMIT ?",
            params + [limit],
        )
        return _aggregates(rows)

    def _places(self, source: str, a: str, where: str, params: list, limit: int) -> list[dict]:
        limit, _ = _page(limit, 0)
        where = and_where(where, f"{a}.place_name IS NOT NULL")
        rows = self._rows(
            f"SELECT {a}.place_name AS name, {a}.place_country AS country, {a}.lat, {a}.lon,"
            f" COUNT(*) AS count FROM {source}{where}"
            f" GROUP BY {a}.place_name, {a}.place_country, {a}.lat, {a}.lon"
            " ORDER BY count DESC, name, country LIMIT ?",
            params + [limit],
        )
        return _aggregates(rows)

    def actors(self, q=None, country=None, limit=50, offset=0) -> list[dict]:
        limit, offset = _page(limit, offset)
        parts, params = ["code IS NOT NULL"], []
        if q:
            parts.append("(lower(name) LIKE ? ESCAPE '\\' OR code LIKE ? ESCAPE '\\')")
            params += [contains(q), "%" + like_escape(q.strip().upper()) + "%"]
        if country:
            parts.append("country = ?")
            params.append(country.strip().upper())
        rows = self._rows(
            "SELECT code, name, MAX(country) AS country, MAX(sector) AS sector, MAX(kind) AS kind,"
            " COUNT(DISTINCT article_id) AS n_articles, SUM(n_mentions) AS n_mentions,"
            " SUM(n_events) AS n_events FROM actors WHERE " + " AND ".join(parts) +
            " GROUP BY code, name ORDER BY n_mentions DESC, code, name LIMIT ? OFFSET ?",
            params + [limit, offset],
        )
        for r in rows:
            for k in ("n_articles", "n_mentions", "n_events"):
                r[k] = int(r[k] or 0)
        return rows

    def quotes(self, speaker=None, q=None, limit=50, offset=0) -> list[dict]:
        limit, offset = _page(limit, offset)
        parts, params = [], []
        if speaker:
            parts.append(
                "(lower(qu.speaker_name) LIKE ? ESCAPE '\\' OR qu.speaker_code LIKE ? ESCAPE '\\')"
            )
            params += [contains(speaker), prefix(speaker)]
        if q:
            parts.append("lower(qu.text) LIKE ? ESCAPE '\\'")
            params.append(contains(q))
        where = (" WHERE " + " AND ".join(parts)) if parts else ""
        return self._rows(
            "SELECT qu.uid, qu.article_id, qu.quote_id, qu.text, qu.kind, qu.speaker_name,"
            " qu.speaker_code, qu.cue_text AS cue, a.title, a.published, a.source_url,"
            f" a.source_path FROM quotes qu JOIN articles a ON a.id = qu.article_id{where}"
            " ORDER BY (a.published IS NULL), a.published DESC, qu.article_id, qu.start_char"
            " LIMIT ? OFFSET ?",
            params + [limit, offset],
        )


def _article_row(r: dict) -> dict:
    return {
        "id": r["id"],
        "title": r["title"],
        "published": r["published"],
        "source": {
            "id": r["source_id"],
            "path": r["source_path"],
            "url": r["source_url"],
            "publisher": r["publisher"],
            "byline": r["byline"],
        },
        "n_actors": int(r["n_actors"] or 0),
        "n_quotes": int(r["n_quotes"] or 0),
        "n_events": int(r["n_events"] or 0),
    }


__all__ = ["TABLES", "SqlStore"]
