"""``eventwire export``: write a store's events as PLOVER JSONL, GDELT-style TSV, CSV or Parquet."""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from eventwire.commands.query import (
    add_db_option,
    add_filter_options,
    event_filter,
    open_for_command,
)
from eventwire.export import FORMATS


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "export",
        help="write a store's events for other tools (PLOVER, GDELT, CSV, Parquet)",
        description="Write the events of a store that match the filters, oldest first, in a "
        "format pandas, R and event-data tools read.",
    )
    add_db_option(p)
    p.add_argument("--format", required=True, choices=tuple(FORMATS), help="output format")
    p.add_argument("-o", "--output", metavar="FILE", default="-",
                   help="file to write (default: standard output; required for parquet)")
    p.add_argument("--incidents", action="store_true",
                   help="one row per incident (CSV/Parquet: incident columns; GDELT/PLOVER: the "
                   "incident's representative event with its counts)")
    add_filter_options(p)
    return p


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from eventwire.commands import UsageError
    from eventwire.export import ExportError, export
    from eventwire.store import StoreError

    f = event_filter(args)
    if args.output != "-":
        parent = Path(args.output).resolve().parent
        if not parent.is_dir():
            raise UsageError(f"cannot write {args.output}: folder {parent} does not exist")
        if Path(args.output).is_dir():
            raise UsageError(f"cannot write {args.output}: it is a folder")
    store = open_for_command(args.db, readonly=True)
    left_out: Counter = Counter()
    try:
        n = export(store, args.format, args.output, None if f.is_empty() else f, left_out,
                   incidents=args.incidents)
    except (ExportError, StoreError) as err:
        raise UsageError(str(err)) from None
    except OSError as err:
        raise UsageError(f"cannot write {args.output}: {err.strerror or err}") from None
    finally:
        store.close()
    where = "standard output" if args.output == "-" else args.output
    what = "incidents" if args.incidents else "events"
    print(f"eventwire export: {n} {what} written to {where} ({args.format}); "
          f"{left_out_text(left_out)}", file=sys.stderr)
    return 0


def left_out_text(left_out: Counter) -> str:
    """``nothing left out`` or ``14 left out: 12 CAMEO 01 (no PLOVER type), 2 CAMEO 02 (…)``."""
    total = sum(left_out.values())
    if not total:
        return "nothing left out"
    reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(left_out.items()))
    return f"{total} left out: {reasons}"
