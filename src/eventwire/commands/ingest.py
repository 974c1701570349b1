"""``eventwire ingest``: run the pipeline over articles and store the records.

Each batch of records is one transaction, and an article already stored (same record id, the
hash of its cleaned text) is skipped, so an interrupted ingest rerun with the same input
finishes the job without duplicates. Articles already stored are recognised before the NLP runs
(:class:`eventwire.store.known.SkipStored`, as ``POST /articles`` does).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from itertools import chain

from eventwire.commands.common import add_pipeline_options, progress, report_failures, results
from eventwire.commands.query import add_db_option, open_for_command


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "ingest",
        help="process articles and add them to a store",
        description="Run the pipeline over the inputs and store the records (SQLite or "
        "PostgreSQL). Articles already in the store are skipped; --batch-size articles are "
        "committed at a time.",
    )
    add_pipeline_options(p)
    add_db_option(p)
    return p


def records(args: argparse.Namespace, skip) -> Iterator:
    """Records and Failures for the inputs not yet stored (locally, or on Dask)."""
    from eventwire.ingest import read_inputs

    items = skip(read_inputs(args.inputs))
    first = next(items, None)
    if first is None:  # everything is stored already: no need to load the pipeline
        return iter(())
    return results(args, chain([first], items))


def run(args: argparse.Namespace) -> int:
    from eventwire.nlp import ModelError
    from eventwire.runner import RunError
    from eventwire.store import StoreError
    from eventwire.store.known import SkipStored

    store = open_for_command(args.db, readonly=False)
    failures: list = []
    skip = SkipStored(store, clean=not args.no_clean)
    try:
        stream = report_failures(progress(records(args, skip), inputs=args.inputs), failures)
        from eventwire.incidents import ingest as ingest_records  # events grouped as they arrive

        stats = ingest_records(store, stream, batch_size=max(1, args.batch_size))
        total = store.count_events()
        grouped = store.count_incidents()
    except (ModelError, RunError, StoreError) as err:
        print(f"eventwire ingest: {err}", file=sys.stderr)
        return 2 if not isinstance(err, StoreError) else 1
    finally:
        store.close()
    print(
        f"eventwire ingest: {stats.added} added, {stats.skipped + skip.skipped} already stored, "
        f"{len(failures)} failed; the store now holds {total} events in {grouped} incidents",
        file=sys.stderr,
    )
    return 1 if failures else 0
