"""The store's incident queries, mixed into :class:`~eventwire.store.sql.SqlStore`.

The incident tables are filled by :mod:`eventwire.incidents` (a later stage) through
``ingest(..., on_stored=...)`` and ``transaction()``.

Incidents are selected with the same :class:`EventFilter` as events: an incident is selected when
one of its events is. Aggregates (time series, dyads, places) have the shapes of the event
aggregates, counting incidents instead of mentions.
"""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.store import EventFilter, Interval
from eventwire.store.filters import event_where

INCIDENT_COLUMNS = (
    "i.id, i.event_uid, i.date, i.first_seen, i.last_seen, i.cameo, i.cameo_root, i.quad_class,"
    " i.goldstein, i.plover_type, i.source_code, i.target_code, i.source_name, i.target_name,"
    " i.place_name, i.lat, i.lon, i.trigger_text AS \"trigger\", i.sentence_text, i.title,"
    " i.n_events, i.n_articles, i.n_sources, i.confidence"
)


class IncidentQueries:
    """Incident reads over the SQL store's connection (``_rows``, ``conn``...)."""

    def _selected(self, f: EventFilter | None) -> tuple[str, list]:
        """(" WHERE ...", params) on incidents ``i`` selecting those with an event ``f`` selects."""
        where, params = event_where(f)
        if not where:
            return "", []
        sql = (" WHERE i.id IN (SELECT ie.incident_id FROM incident_events ie"
               f" JOIN events e ON e.uid = ie.uid{where})")
        return sql, params

    def incidents(self, f: EventFilter | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
        """Incidents, newest first, then most reported: the incident row (see docs/incidents.md)."""
        from eventwire.store.sql import _page

        limit, offset = _page(limit, offset)
        where, params = self._selected(f)
        return self._rows(
            f"SELECT {INCIDENT_COLUMNS} FROM incidents i{where}"
            " ORDER BY (i.day IS NULL), i.day DESC, i.n_articles DESC, i.id LIMIT ? OFFSET ?",
            params + [limit, offset],
        )

    def iter_incidents(self, f: EventFilter | None = None, *, chunk: int = 1000) -> Iterator[dict]:
        """Every selected incident, oldest first, streamed: for exports."""
        where, params = self._selected(f)
        return self._paged(
            f"SELECT {INCIDENT_COLUMNS} FROM incidents i{where} ORDER BY (i.day IS NULL), i.day, i.id",
            params,
            chunk,
        )

    def count_incidents(self, f: EventFilter | None = None) -> int:
        where, params = self._selected(f)
        return int(self._scalar(f"SELECT COUNT(*) AS n FROM incidents i{where}", params) or 0)

    def incident(self, incident_id: str) -> dict | None:
        """One incident with its "events" (event rows), "sentences" ({article_id, start, text,
        events}) and "articles" ({id, title, published, publisher, url, n_events})."""
        from eventwire.store.sql import EVENT_COLUMNS, EVENTS_FROM

        rows = self._rows(f"SELECT {INCIDENT_COLUMNS} FROM incidents i WHERE i.id = ?", [incident_id])
        if not rows:
            return None
        row = rows[0]
        row["events"] = self._rows(
            f"SELECT {EVENT_COLUMNS}{EVENTS_FROM} WHERE ie.incident_id = ?"
            " ORDER BY a.published, e.article_id, e.seq",
            [incident_id],
        )
        row["articles"] = self._rows(
            "SELECT a.id, a.title, a.published, a.publisher, a.source_url AS url, COUNT(*) AS n_events"
            " FROM incident_events ie JOIN articles a ON a.id = ie.article_id"
            " WHERE ie.incident_id = ? GROUP BY a.id, a.title, a.published, a.publisher, a.source_url"
            " ORDER BY a.published, a.id",
            [incident_id],
        )
        for a in row["articles"]:
            a["n_events"] = int(a["n_events"])
        seen: dict[tuple, dict] = {}
        for e in row["events"]:
            key = (e["article_id"], e["sentence_start"])
            seen.setdefault(key, {"article_id": e["article_id"], "start": e["sentence_start"],
                                  "text": e["sentence_text"], "events": []})["events"].append(e["uid"])
        row["sentences"] = list(seen.values())
        return row

    def incident_of(self, uid: str) -> str | None:
        """The incident id of one event."""
        return self._scalar("SELECT incident_id FROM incident_events WHERE uid = ?", [uid])

    def incident_timeseries(
        self, f: EventFilter | None = None, interval: Interval = "day"
    ) -> list[dict]:
        """Incident counts per period (of the incident's date) and quad class, as :meth:`timeseries`."""
        return self._timeseries("incidents i", "i", *self._selected(f), interval)

    def incident_dyads(self, f: EventFilter | None = None, limit: int = 100) -> list[dict]:
        """Incident counts per (source, target), as :meth:`dyads`."""
        return self._dyads("incidents i", "i", *self._selected(f), limit)

    def incident_places(self, f: EventFilter | None = None, limit: int = 500) -> list[dict]:
        """Incident counts per place, as :meth:`places`."""
        return self._places("incidents i", "i", *self._selected(f), limit)
