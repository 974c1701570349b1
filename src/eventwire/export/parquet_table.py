"""Parquet (via pyarrow): the flat event columns with fixed types, written in row groups."""

from __future__ import annotations

from itertools import islice

from eventwire.export.csv_table import COLUMNS
from eventwire.export.fields import trimmed
from eventwire.export.output import atomic_path
from eventwire.store import EventFilter, Store

BINARY = True
ROW_GROUP = 10_000
INTEGERS = {"quad_class", "trigger_start", "trigger_end", "sentence_start", "incident_events",
            "incident_articles", "incident_sources"}
FLOATS = {"goldstein", "lat", "lon", "confidence"}


def schema(columns=COLUMNS, integers=INTEGERS, floats=FLOATS):
    import pyarrow as pa

    def kind(name: str):
        if name in integers:
            return pa.int32()
        if name in floats:
            return pa.float64()
        return pa.string()

    return pa.schema([pa.field(c, kind(c)) for c in columns])


def write(
    store: Store, path: str, f: EventFilter | None = None, left_out=None, *, incidents: bool = False
) -> int:
    """Write the selected events (or incidents) as one Parquet file; return how many (none is
    left out)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from eventwire.export import incidents as inc

    if incidents:
        sch, rows = schema(inc.COLUMNS, inc.INTEGERS, inc.FLOATS), store.iter_incidents(f)
    else:
        sch, rows = schema(), store.iter_events(f)
    n = 0
    rows = (trimmed(r) for r in rows)
    with atomic_path(path) as tmp, pq.ParquetWriter(tmp, sch) as writer:
        while chunk := list(islice(rows, ROW_GROUP)):
            columns = {c: [r.get(c) for r in chunk] for c in sch.names}
            writer.write_table(pa.table(columns, schema=sch))
            n += len(chunk)
        if n == 0:
            writer.write_table(sch.empty_table())
    return n


def write_incidents(store: Store, path: str, f: EventFilter | None = None, left_out=None) -> int:
    """One row per incident with the incident columns."""
    return write(store, path, f, left_out, incidents=True)
