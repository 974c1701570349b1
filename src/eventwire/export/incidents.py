"""Exports with one row per incident (``eventwire export --incidents``).

CSV and Parquet write the incident columns; GDELT TSV and PLOVER JSONL write the incident's
representative event, whose counts (NumMentions, NumSources, NumArticles; PLOVER's incident
object) are the incident's.
"""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.store import EventFilter, Store

COLUMNS = (
    "id", "event_uid", "date", "first_seen", "last_seen", "cameo", "cameo_root", "quad_class",
    "goldstein", "plover_type", "source_code", "target_code", "source_name", "target_name",
    "place_name", "lat", "lon", "trigger", "sentence_text", "title", "n_events", "n_articles",
    "n_sources", "confidence",
)
INTEGERS = {"quad_class", "n_events", "n_articles", "n_sources"}
FLOATS = {"goldstein", "lat", "lon", "confidence"}


def representative_rows(store: Store, f: EventFilter | None = None) -> Iterator[dict]:
    """The event row of each selected incident's representative event, oldest incident first."""
    for incident in store.iter_incidents(f):
        row = store.event(incident["event_uid"])
        if row is not None:
            yield row


def incident_fields(row: dict) -> dict | None:
    """The incident of an event row as the exports carry it, or None when it has none."""
    if not row.get("incident_id"):
        return None
    return {
        "id": row["incident_id"],
        "events": row.get("incident_events"),
        "articles": row.get("incident_articles"),
        "sources": row.get("incident_sources"),
    }
