"""Exports of a store's events to the formats other tools read.

One module per format, each with ``write(store, path, f=None, left_out=None) -> int`` (events
written; each event left out is counted in the ``left_out`` Counter under its reason) and
``write_incidents(store, path, f=None, left_out=None) -> int`` (one row per incident); adding a
format is adding a module and a line in :data:`FORMATS`. ``path`` "-" writes text formats to
standard output.
"""

from __future__ import annotations

import importlib
from collections import Counter

from eventwire.store import EventFilter, Store

FORMATS: dict[str, str] = {
    "plover-jsonl": "eventwire.export.plover_jsonl",
    "gdelt-tsv": "eventwire.export.gdelt_tsv",
    "csv": "eventwire.export.csv_table",
    "parquet": "eventwire.export.parquet_table",
}


class ExportError(ValueError):
    """An export cannot be written as asked (unknown format, binary format to a terminal...)."""


def export(
    store: Store,
    fmt: str,
    path: str,
    f: EventFilter | None = None,
    left_out: Counter | None = None,
    *,
    incidents: bool = False,
) -> int:
    """Write the events ``f`` selects (or, with ``incidents``, one row per incident) to ``path``
    in format ``fmt``; return how many. Events the format cannot hold are counted in
    ``left_out`` by reason."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    module = importlib.import_module(FORMATS[fmt])
    if path == "-" and getattr(module, "BINARY", False):
        raise ExportError(f"{fmt} is a binary format: give a file with -o")
    return (module.write_incidents if incidents else module.write)(store, path, f, left_out)


__all__ = ["FORMATS", "ExportError", "export"]
