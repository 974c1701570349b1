"""``eventwire process``: run the pipeline and write records as JSON Lines (or pretty JSON)."""

from __future__ import annotations

import argparse
import json
import sys

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
    from eventwire.cli import UsageError
    from eventwire.nlp import ModelError
    from eventwire.runner import RunError

    failures: list = []
    try:
        out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    except OSError as err:
        raise UsageError(f"cannot write {args.output}: {err.strerror}") from None
    try:
        for record in progress(report_failures(results(args), failures)):
            if args.format == "pretty":
                out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
            else:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
    except (ModelError, RunError) as err:
        print(f"eventwire process: {err}", file=sys.stderr)
        return 2
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failures else 0
