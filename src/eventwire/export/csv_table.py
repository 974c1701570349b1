"""CSV: one event a row with the store's flat event columns and a header (pandas, R, Excel)."""

from __future__ import annotations

import csv

from eventwire.export.fields import trimmed
from eventwire.export.output import text_output
from eventwire.store import EventFilter, Store

COLUMNS = (
    "uid", "article_id", "event_id", "date", "date_text", "cameo", "cameo_root", "quad_class",
    "goldstein", "plover_type", "plover_mode", "modality", "source_code", "target_code",
    "source_name", "target_name", "trigger", "trigger_start", "trigger_end", "sentence_text",
    "sentence_start", "place_name", "lat", "lon", "quote_id", "pattern", "confidence", "title",
    "published", "incident_id", "incident_events", "incident_articles", "incident_sources",
)


def write(
    store: Store, path: str, f: EventFilter | None = None, left_out=None, *, incidents: bool = False
) -> int:
    """Write the selected events (or incidents) as CSV (UTF-8, RFC 4180 quoting); return how
    many (none is left out, so ``left_out`` stays empty)."""
    from eventwire.export import incidents as inc

    n = 0
    if incidents:
        columns, rows = inc.COLUMNS, store.iter_incidents(f)
    else:
        columns, rows = COLUMNS, store.iter_events(f)
    with text_output(path, newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(trimmed(row))
            n += 1
    return n


def write_incidents(store: Store, path: str, f: EventFilter | None = None, left_out=None) -> int:
    """One row per incident with the incident columns."""
    return write(store, path, f, left_out, incidents=True)
