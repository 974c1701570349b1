"""``eventwire process``: run the pipeline and write records as JSON Lines, pretty JSON or a table."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack

from eventwire.commands.common import add_pipeline_options, progress, report_failures, results

FORMATS = ("jsonl", "pretty", "table")
# process writes the record of a long text out from disk (eventwire.longrecord), so its memory
# does not grow with the text: it admits a 20 MB text without line breaks by default (the
# commands that keep each record whole in memory stay at 5,000,000 characters)
MAX_CHARS = 25_000_000


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "process",
        help="extract actors, quotes, events, times and places; write records",
        description="Read articles and write one eventwire/1 record per article, in input order. "
        "A one-line summary goes to standard error at the end.",
    )
    add_pipeline_options(p, max_chars=MAX_CHARS)
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="jsonl",
        help="jsonl: one record a line (default); pretty: each record indented; table: one line "
        "per event (code, source -> target, trigger, modality, date, place), grouped by article",
    )
    return p


def write(out, record, fmt: str, first: bool) -> None:
    """Write a record in format ``fmt``; a long article's record kept on disk (a
    ``SpooledRecord``) is written as JSON from its files, without being loaded whole."""
    from eventwire.longrecord import SpooledRecord

    if not isinstance(record, SpooledRecord):
        out.write(render(record, fmt, first))
        return
    if fmt == "table":
        out.write(render(record.to_dict(), fmt, first))
    else:
        record.write_json(out, indent=2 if fmt == "pretty" else None)
        out.write("\n")
    record.close()


def render(record: dict, fmt: str, first: bool) -> str:
    """A record as written in format ``fmt`` (``first``: no separator before it)."""
    if fmt == "table":
        from eventwire.tableview import record_table

        return ("" if first else "\n") + record_table(record)
    indent = 2 if fmt == "pretty" else None
    return json.dumps(record, ensure_ascii=False, indent=indent) + "\n"


def run(args: argparse.Namespace) -> int:
    """Write the records of the inputs, then the batch summary on stderr."""
    from eventwire.commands import UsageError
    from eventwire.commands.pieces import PieceProgress
    from eventwire.commands.tally import Tally
    from eventwire.nlp import ModelError
    from eventwire.runner import RunError

    failures: list = []
    tally = Tally()
    pieces = PieceProgress()
    with ExitStack() as stack:
        out = sys.stdout
        if args.output:
            try:
                out = stack.enter_context(open(args.output, "w", encoding="utf-8"))
            except OSError as err:
                raise UsageError(f"cannot write {args.output}: {err.strerror}") from None
        stream = results(args, on_piece=pieces, spool=True)
        try:
            for record in report_failures(progress(stream, inputs=args.inputs), failures):
                write(out, record, args.format, first=tally.articles == 0)
                out.flush()
                tally.add(record)
        except (ModelError, RunError) as err:
            print(f"eventwire process: {err}", file=sys.stderr)
            return 2
        finally:
            pieces.close()
    tally.failed = len(failures)
    print(tally.line("process"), file=sys.stderr)
    return 1 if failures else 0
