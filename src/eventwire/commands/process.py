"""``eventwire process``: run the pipeline and write records as JSON Lines (or pretty JSON)."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack

from eventwire.commands.common import add_pipeline_options, progress, report_failures, results


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "process",
        help="extract actors, quotes, events, times and places; write records",
        description="Read articles and write one eventwire/1 record per article, in input order.",
    )
    add_pipeline_options(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument(
        "--format", choices=("jsonl", "pretty"), default="jsonl", help="one line per record, or indented"
    )
    return p


def run(args: argparse.Namespace) -> int:
    from eventwire.commands import UsageError
    from eventwire.nlp import ModelError
    from eventwire.runner import RunError

    failures: list = []
    with ExitStack() as stack:
        out = sys.stdout
        if args.output:
            try:
                out = stack.enter_context(open(args.output, "w", encoding="utf-8"))
            except OSError as err:
                raise UsageError(f"cannot write {args.output}: {err.strerror}") from None
        indent = 2 if args.format == "pretty" else None
        try:
            for record in report_failures(progress(results(args), inputs=args.inputs), failures):
                out.write(json.dumps(record, ensure_ascii=False, indent=indent) + "\n")
                out.flush()
        except (ModelError, RunError) as err:
            print(f"eventwire process: {err}", file=sys.stderr)
            return 2
    return 1 if failures else 0
