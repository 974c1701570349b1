"""``eventwire incidents``: rebuild a store's incidents, or show one incident with its reports.

``eventwire incidents rebuild --db events.db`` recomputes every incident from the stored records
(the same result as the incremental assignment during ingest); ``eventwire incidents show ID``
prints one incident, its events and the articles that reported it.
"""

from __future__ import annotations

import argparse
import json
import sys

from eventwire.commands.query import add_db_option, open_for_command

INCIDENT_COLUMNS = (
    ("id", 16),
    ("date", 10),
    ("source_code", 10),
    ("cameo", 5),
    ("target_code", 10),
    ("n_articles", 8),
    ("n_sources", 7),
    ("n_events", 6),
    ("place_name", 12),
    ("sentence_text", 50),
)
INCIDENT_HEADINGS = {"source_code": "source", "target_code": "target", "n_articles": "articles",
                     "n_sources": "sources", "n_events": "events", "place_name": "place",
                     "sentence_text": "sentence"}


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "incidents",
        help="incidents: one occurrence reported by many articles",
        description="Work with a store's incidents (see docs/incidents.md). List them with "
        "eventwire query --incidents.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    rebuild = actions.add_parser("rebuild", help="recompute every incident from the stored records")
    add_db_option(rebuild)
    show = actions.add_parser("show", help="one incident with its events and articles")
    show.add_argument("id", metavar="ID", help="the incident id (from query --incidents)")
    add_db_option(show)
    show.add_argument("--format", choices=("text", "json"), default="text",
                      help="text (default) or one JSON object")
    return p


def run(args: argparse.Namespace) -> int:
    from eventwire.commands import UsageError
    from eventwire.store import StoreError

    store = open_for_command(args.db, readonly=args.action != "rebuild")
    try:
        if args.action == "rebuild":
            from eventwire.incidents import rebuild

            n = rebuild(store)
            total = store.count_incidents()
            print(f"eventwire incidents: {n} articles grouped again; the store now holds "
                  f"{total} incidents", file=sys.stderr)
            return 0
        incident = store.incident(args.id)
    except StoreError as err:
        raise UsageError(str(err)) from None
    finally:
        store.close()
    if incident is None:
        print(f"eventwire incidents: no incident {args.id!r} in {args.db}", file=sys.stderr)
        return 1
    if args.format == "json":
        sys.stdout.write(json.dumps(incident, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(describe(incident))
    return 0


def describe(incident: dict) -> str:
    """An incident as text: its summary, the articles that reported it and its events."""
    i = incident
    dyad = f"{i['source_code'] or '–'} → {i['target_code'] or '–'}"
    lines = [
        (f"incident {i['id']}: CAMEO {i['cameo']} (quad class {i['quad_class']}, Goldstein "
         f"{i['goldstein']}), {dyad}"),
        (f"  date {i['date'] or '–'}, place {i['place_name'] or '–'}; first seen "
         f"{i['first_seen'] or '–'}, last seen {i['last_seen'] or '–'}"),
        (f"  {i['n_events']} events in {i['n_articles']} articles from {i['n_sources']} "
         f"sources; confidence {i['confidence']}"),
        f"  “{' '.join((i['sentence_text'] or '').split())}”",
        "",
        "reported by:",
    ]
    for a in i["articles"]:
        lines.append(f"  {a['published'] or '–'}  {a['publisher'] or '–'}  {a['title'] or a['id']}"
                     f"  ({a['n_events']} events; article {a['id']})")
    lines += ["", "events:"]
    for e in i["events"]:
        sentence = " ".join((e["sentence_text"] or "").split())
        lines.append(f"  {e['uid']}  {e['cameo']}  {e['source_code'] or '–'} → "
                     f"{e['target_code'] or '–'}  [{e['trigger']}]  {sentence}")
    return "\n".join(lines) + "\n"
