"""``eventwire explain``: show how a sentence was coded (parse, actors, entries matched and missed)."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "explain",
        help="show the parse, actors and lexicon entries behind a text's events",
        description="Run the pipeline on a short text and print its parse, the actors found, "
        "the lexicon entries that matched and those that nearly did, and the events coded.",
    )
    p.add_argument("text", nargs="?", help="the sentence(s) to explain, or - for standard input")
    p.add_argument("--published", metavar="DATE", help="publication date (YYYY-MM-DD)")
    p.add_argument("--no-statements", action="store_true", help="do not code bare statements")
    p.add_argument("--model", metavar="NAME|PATH", help="spaCy pipeline to use")
    return p


def run(args: argparse.Namespace) -> int:
    from eventwire.commands import UsageError
    from eventwire.commands.common import check_published
    from eventwire.nlp import ModelError, load

    text = args.text
    if text is None or text == "-":
        text = sys.stdin.read()
    if not text or not text.strip():
        raise UsageError("give a sentence to explain, e.g. eventwire explain \"Russia attacked Ukraine.\"")
    published = check_published(args.published)
    config = {"eventwire_events": {"statements": False}} if args.no_statements else None
    try:
        nlp = load(args.model, config=config)
    except ModelError as err:
        print(f"eventwire explain: {err}", file=sys.stderr)
        return 2
    from eventwire.events.explain import explain

    doc = nlp.make_doc(text.strip())
    doc._.published = published
    doc = nlp(doc)
    print(explain(doc))
    return 0
