"""Options and helpers shared by the commands that run the pipeline (process, ingest)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator

from eventwire.article import Failure
from eventwire.models import DEFAULT_MODEL, MODEL_ENV


def add_pipeline_options(p: argparse.ArgumentParser, max_chars: int | None = None) -> None:
    """The options every command that runs the pipeline takes; ``max_chars`` is the command's
    default for ``--max-chars`` if not the readers' (a command that holds each record in memory
    keeps theirs)."""
    from eventwire.ingest.limits import DEFAULT_LIMITS

    max_chars = max_chars or DEFAULT_LIMITS.max_chars
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files (.txt, .pdf, .html, .jsonl, .warc, .warc.gz), folders (read recursively) or - "
        "for standard input",
    )
    p.add_argument(
        "--published",
        metavar="DATE",
        help="publication date for all inputs (2016-12-17, 17 December 2016, Dec. 17, 2016, ...)",
    )
    p.add_argument("--no-clean", action="store_true", help="keep the text exactly as given")
    p.add_argument("--no-statements", action="store_true", help="do not code bare statements (CAMEO 01)")
    p.add_argument(
        "--model",
        metavar="NAME|PATH",
        help=f"spaCy pipeline to run eventwire's components on (default: {DEFAULT_MODEL}, the "
        f"English pipeline installed with eventwire, or ${MODEL_ENV}); to use another, give the "
        "name of a pipeline installed with pip (e.g. en_core_web_md) or the path of a pipeline "
        "folder (nlp.to_disk)",
    )
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
    p.add_argument("--batch-size", type=int, default=16, metavar="N", help="articles per batch")
    p.add_argument(
        "--only",
        metavar="PARTS",
        help="run only these parts (comma-separated: places,times,actors,quotes,events) and what "
        "they need; the record's other lists stay empty",
    )
    p.add_argument(
        "--max-input-size",
        metavar="SIZE",
        help="largest file, JSONL line or standard input read, e.g. 64M (default 64 MiB)",
    )
    p.add_argument(
        "--max-chars",
        type=int,
        metavar="N",
        help=f"longest article text, in characters (default {max_chars:,})",
    )
    p.set_defaults(default_max_chars=max_chars)
    p.add_argument("--max-pages", type=int, metavar="N", help="most pages of one PDF (default 2,000)")
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on a Dask cluster: tcp://scheduler:8786, or 'local' for a loopback LocalCluster "
        "with --jobs workers",
    )


def check_published(value: str | None) -> str | None:
    from eventwire.commands import UsageError
    from eventwire.pubdate import DateError, parse_published

    try:
        return parse_published(value)
    except DateError as err:
        raise UsageError(f"--published: {err}") from None


def in_range(option: str, value: int, low: int, high: int) -> int:
    """``value`` when ``low <= value <= high``, else a usage error naming the option and range."""
    from eventwire.commands import UsageError

    if not low <= value <= high:
        raise UsageError(f"{option} {value}: must be between {low:,} and {high:,}")
    return value


def parse_size(option: str, value: str) -> int:
    """``"64M"``, ``"10MB"``, ``"512k"`` or ``"1000000"`` as a number of bytes (a usage error
    naming the option otherwise)."""
    from eventwire.commands import UsageError

    text = value.strip().upper().removesuffix("IB").removesuffix("B")
    factor = {"K": 1024, "M": 1024**2, "G": 1024**3}.get(text[-1:], 1)
    number = text[:-1] if factor > 1 else text
    try:
        size = int(float(number) * factor)
    except ValueError:
        raise UsageError(f"{option} {value!r}: not a size (use e.g. 64M or 1000000)") from None
    return in_range(option, size, 1, 2**40)


def read_limits(args: argparse.Namespace):
    """The :class:`ReadLimits` the options ask for (defaults for those not given)."""
    from eventwire.ingest.limits import DEFAULT_LIMITS, ReadLimits

    d = DEFAULT_LIMITS
    max_bytes = getattr(args, "max_input_size", None)
    max_chars = getattr(args, "max_chars", None)
    max_pages = getattr(args, "max_pages", None)
    return ReadLimits(
        max_bytes=d.max_bytes if max_bytes is None else parse_size("--max-input-size", max_bytes),
        max_chars=getattr(args, "default_max_chars", d.max_chars) if max_chars is None
        else in_range("--max-chars", max_chars, 1, 2**40),
        max_pages=d.max_pages if max_pages is None else in_range("--max-pages", max_pages, 1, 10**7),
        max_depth=d.max_depth,
    )


def run_config(args: argparse.Namespace):
    from eventwire.commands import UsageError
    from eventwire.runner import RunConfig

    config = {}
    if getattr(args, "no_statements", False):
        config["eventwire_events"] = {"statements": False}
    components = None
    if getattr(args, "only", None):
        components = tuple(f"eventwire_{part.strip()}" for part in args.only.split(",") if part.strip())
        from eventwire.nlp import COMPONENT_NAMES

        unknown = [c.removeprefix("eventwire_") for c in components if c not in COMPONENT_NAMES]
        if unknown:
            raise UsageError(
                f"--only: unknown part(s) {', '.join(unknown)} "
                "(use places, times, actors, quotes, events)"
            )
    return RunConfig(
        model=args.model,
        components=components,
        clean=not args.no_clean,
        published=check_published(args.published),
        config=config,
        batch_size=in_range("--batch-size", args.batch_size, 1, 10_000),
    )


def results(
    args: argparse.Namespace, items: Iterable | None = None, on_piece=None, spool: bool = False
) -> Iterator:
    """Run the pipeline (locally with --jobs, or on Dask with --dask) over ``items``, by default
    the articles read from ``args.inputs``. Yields records (dicts) and Failures, in input order.
    ``on_piece(name, done, total)`` hears of each piece of a long article (``--jobs 1`` only).
    ``spool``: a long article's record may come as a ``longrecord.SpooledRecord`` (kept on disk;
    not on Dask, whose workers may be on other machines).
    """
    from eventwire.commands import UsageError
    from eventwire.ingest import read_inputs

    show_reader_notices()
    if args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    in_range("--jobs", args.jobs, 1, 1024)
    cfg = run_config(args)
    if spool and not args.dask:
        from dataclasses import replace

        cfg = replace(cfg, spool=True)
    if items is None:
        items = read_inputs(args.inputs, read_limits(args))
    if args.dask:
        from eventwire.cluster import run_dask

        return run_dask(items, address=args.dask, cfg=cfg, n_workers=max(args.jobs, 2))
    from eventwire.runner import run

    return run(items, jobs=args.jobs, cfg=cfg, on_piece=on_piece)


def show_reader_notices() -> None:
    """Print what readers say beyond failures (e.g. WARC records skipped) on stderr, one line each."""
    import logging

    class Notices(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:  # sys.stderr as it is now
            print(f"eventwire: {record.getMessage()}", file=sys.stderr, flush=True)

    log = logging.getLogger("eventwire.ingest")
    if not any(type(h).__name__ == "Notices" for h in log.handlers):
        log.addHandler(Notices())
    log.setLevel(logging.INFO)
    log.propagate = False


def report_failures(results: Iterable, failures: list[Failure]) -> Iterator[dict]:
    """Pass records through; print each Failure on stderr as one line and remember it; warn
    about an article that has no publication date, naming the option that gives one; and print
    a line for each component that failed on an article (the record's ``coder.errors``)."""
    for r in results:
        if isinstance(r, Failure):
            failures.append(r)
            print(f"eventwire: {r}", file=sys.stderr, flush=True)
        else:
            warn_if_undated(r)
            for line in component_failures(r):
                print(f"eventwire: {line}", file=sys.stderr, flush=True)
            yield r


def warn_if_undated(record: dict) -> None:
    """One line on stderr for an article without a publication date, naming the option."""
    from eventwire.tableview import article_name

    if not record.get("published"):
        print(
            f"eventwire: warning: {article_name(record)}: no publication date found (none in its "
            "metadata or a dateline); give one with --published DATE, or its relative dates "
            "('on Monday', 'last week') stay unresolved",
            file=sys.stderr,
            flush=True,
        )


def component_failures(record: dict) -> list[str]:
    """One line per component that failed on the record's article, naming the article and its
    record id."""
    from eventwire.tableview import article_name

    return [f"{article_name(record)} (record {record.get('id')}): {e['component']} failed "
            f"({e['error']}); its part of the record is empty"
            for e in (record.get("coder") or {}).get("errors", [])]


def estimate_total(inputs: Iterable[str]) -> int | None:
    """How many articles the inputs hold (files, plus lines of JSONL files), for the progress
    bar's ETA; None when it cannot be known up front (standard input)."""
    from pathlib import Path

    from eventwire.ingest.detect import detect
    from eventwire.ingest.folder import files_under

    total = 0
    for name in inputs:
        if name == "-":
            return None
        path = Path(name)
        paths = list(files_under(path)) if path.is_dir() else [path]
        for p in paths:
            try:
                if not p.is_file():  # a device or pipe: never read ahead (it may not end)
                    total += 1
                    continue
                with p.open("rb") as f:
                    head = f.read(8192)
                    if detect(str(p), head) == "jsonl":
                        f.seek(0)
                        total += sum(1 for line in f if line.strip())
                    else:
                        total += 1
            except OSError:
                total += 1  # reported as a failure, still one item
    return total


def progress(
    iterable: Iterable,
    *,
    enabled: bool | None = None,
    unit: str = "article",
    inputs: Iterable[str] | None = None,
):
    """Wrap in a progress bar on stderr (articles/s, and ETA when the total is known) when
    stderr is a terminal."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return iterable
    from tqdm import tqdm

    total = estimate_total(inputs) if inputs is not None else None
    return tqdm(iterable, unit=unit, total=total, file=sys.stderr, dynamic_ncols=True)
