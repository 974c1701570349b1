"""``eventwire query``: select events from a store and print them as a table, JSON Lines or CSV.

The event filter options defined here are shared with ``eventwire export``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable

TABLE_COLUMNS = (
    ("date", 10),
    ("source_code", 10),
    ("cameo", 5),
    ("target_code", 10),
    ("quad_class", 4),
    ("goldstein", 5),
    ("trigger", 18),
    ("place_name", 14),
    ("sentence_text", 60),
)
HEADINGS = {"source_code": "source", "target_code": "target", "quad_class": "quad",
            "place_name": "place", "sentence_text": "sentence", "goldstein": "gold"}


def add_db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db", required=True, metavar="PATH|URL",
        help="the store: a SQLite file, or a postgresql://user@host:port/db URL",
    )


def add_filter_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("event filters (all optional, combined with AND)")
    g.add_argument("--actor", metavar="CODE", help="actor code or prefix on either side (RUS, USAGOV)")
    g.add_argument("--country", metavar="ISO3", help="country of the source or target actor")
    g.add_argument("--dyad", metavar="SRC:TGT", help="source and target code prefixes (RUS:CHN)")
    g.add_argument("--cameo", metavar="CODE", help="CAMEO code or prefix (04, 042)")
    g.add_argument("--root", metavar="NN", help="CAMEO root code (04)")
    g.add_argument("--plover", metavar="TYPE", help="PLOVER event type (CONSULT)")
    g.add_argument("--quad-class", type=int, choices=(1, 2, 3, 4), metavar="N",
                   help="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
                   "4 material conflict")
    g.add_argument("--since", metavar="YYYY-MM-DD", help="events on or after this date")
    g.add_argument("--until", metavar="YYYY-MM-DD", help="events on or before this date")
    g.add_argument("--place", metavar="NAME", help="place name where the event happened")
    g.add_argument("-q", "--text", metavar="TEXT", help="words in the sentence or trigger")
    g.add_argument("--article", metavar="ID", help="events of one article (its record id)")


def event_filter(args: argparse.Namespace):
    """The :class:`EventFilter` the command-line options ask for."""
    from eventwire.commands import UsageError
    from eventwire.store import EventFilter

    dyad = None
    if args.dyad:
        src, sep, tgt = args.dyad.partition(":")
        if not sep or not (src.strip() or tgt.strip()):
            raise UsageError(f"--dyad {args.dyad!r} must look like SOURCE:TARGET (e.g. RUS:CHN)")
        dyad = (src.strip() or None, tgt.strip() or None)
    return EventFilter(
        actor=args.actor, country=args.country, dyad=dyad, cameo=args.cameo, root=args.root,
        plover=args.plover, quad_class=args.quad_class, since=args.since, until=args.until,
        place=args.place, q=args.text, article=args.article,
    )


def open_for_command(target: str, *, readonly: bool):
    """Open a store, turning a bad path or URL into a usage error that names it."""
    from eventwire.commands import UsageError
    from eventwire.store import StoreError, open_store

    try:
        return open_store(target, readonly=readonly)
    except StoreError as err:
        raise UsageError(str(err)) from None


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "query",
        help="select events from a store",
        description="Print the events of a store that match the filters, newest first.",
    )
    add_db_option(p)
    add_filter_options(p)
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table",
                   help="table (default), one JSON object per line, or CSV with a header")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N events (50)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N events")
    p.add_argument("--count", action="store_true", help="print only the number of matching events")
    p.add_argument("--incidents", action="store_true",
                   help="one row per incident (the occurrence many articles report) instead of "
                   "one per event mention; the filters select incidents with a matching event")
    return p


def run(args: argparse.Namespace) -> int:
    from eventwire.commands import UsageError
    from eventwire.store import StoreError

    if args.limit < 0 or args.offset < 0:
        raise UsageError("--limit and --offset must not be negative")
    f = event_filter(args)
    store = open_for_command(args.db, readonly=True)
    try:
        if args.count:
            print(store.count_incidents(f) if args.incidents else store.count_events(f))
            return 0
        if args.incidents:
            rows = store.incidents(f, limit=args.limit, offset=args.offset)
        else:
            rows = store.events(f, limit=args.limit, offset=args.offset)
    except StoreError as err:
        raise UsageError(str(err)) from None
    finally:
        store.close()
    if args.incidents and args.format == "table":
        from eventwire.commands.incidents import INCIDENT_COLUMNS, INCIDENT_HEADINGS

        sys.stdout.write(table(rows, INCIDENT_COLUMNS, "no matching incidents", INCIDENT_HEADINGS))
        return 0
    write_rows(rows, args.format, sys.stdout)
    return 0


def write_rows(rows: list[dict], fmt: str, out) -> None:
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else [], lineterminator="\n")
        if rows:
            writer.writeheader()
            writer.writerows(rows)
    else:
        out.write(table(rows))


def _cell(value, width: int) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(rows: Iterable[dict], columns=TABLE_COLUMNS, empty: str = "no matching events",
          headings: dict | None = None) -> str:
    """A fixed-width text table of rows (event rows by default), for reading in a terminal."""
    rows = list(rows)
    if not rows:
        return empty + "\n"
    headings = HEADINGS if headings is None else headings
    head = "  ".join(headings.get(c, c).ljust(w) for c, w in columns).rstrip()
    lines = [head, "  ".join("-" * w for _, w in columns)]
    for row in rows:
        lines.append("  ".join(_cell(row.get(c), w).ljust(w) for c, w in columns).rstrip())
    return "\n".join(lines) + "\n"
