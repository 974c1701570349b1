"""Readers: turn inputs (files, folders, standard input) into Articles, or Failures that say why not.

``read_inputs`` is the one entry point. Each format has its own module (text, pdf, html, jsonl,
warc);
``detect`` picks one by content and name; ``folder`` walks directories. Nothing here raises for a
user's bad input: each problem becomes a :class:`~eventwire.article.Failure`, in input order.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

from eventwire.article import Article, Failure
from eventwire.ingest.detect import SUFFIXES, detect, sniff
from eventwire.ingest.errors import ReadError, os_message
from eventwire.ingest.folder import files_under
from eventwire.ingest.html import decode_html, read_html
from eventwire.ingest.jsonl import read_jsonl
from eventwire.ingest.limits import (
    DEFAULT_LIMITS,
    ReadLimits,
    bounded_lines,
    check_article,
    check_special,
    read_at_most,
    too_large,
)
from eventwire.ingest.pdf import read_pdf
from eventwire.ingest.text import read_text
from eventwire.ingest.warc import WarcReader

HEAD = 8192
STDIN = "-"
log = logging.getLogger("eventwire.ingest")  # what a reader has to say beyond failures

__all__ = ["ReadError", "ReadLimits", "read_bytes", "read_inputs", "read_path", "read_stdin"]


def read_inputs(
    inputs: Iterable[str], limits: ReadLimits = DEFAULT_LIMITS
) -> Iterator[Article | Failure]:
    """Articles from files, folders and ``-`` (standard input), in the order given."""
    for name in inputs:
        if name == STDIN:
            yield from read_stdin(limits=limits)
        else:
            yield from read_path(name, limits)


def unexpected(name: str, err: Exception) -> Failure:
    """A reader's own failure on one input: that input's one-line error, never the batch's end."""
    return Failure(name, f"cannot be read ({err.__class__.__name__}: {err})")


def read_path(name: str, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[Article | Failure]:
    """Articles from one file or folder named on the command line."""
    path = Path(name)
    try:
        if path.is_dir():
            yield from _read_folder(path, name, limits)
            return
        check_special(path)
        with path.open("rb") as f:
            head = f.read(HEAD)
            kind = detect(name, head)
            if kind == "jsonl":
                f.seek(0)
                yield from read_jsonl(bounded_lines(f, limits), name, limits=limits)
                return
            if kind != "warc":
                data = read_at_most(f, limits, head)
        if kind == "warc":  # a crawl archive: many articles, read record by record
            reader = WarcReader(path, name, limits)
            yield from reader
            log.info(reader.summary())
            return
        yield read_bytes(data, name, kind, limits)
    except ReadError as err:
        yield Failure(name, str(err))
    except OSError as err:
        yield Failure(name, os_message(err))
    except Exception as err:  # noqa: BLE001 - a reader's bug costs this input, not the batch
        yield unexpected(name, err)


def read_bytes(
    data: bytes, name: str, kind: str | None = None, limits: ReadLimits = DEFAULT_LIMITS
) -> Article:
    """One article from the bytes of a text, HTML or PDF input; raises ReadError if unreadable."""
    kind = kind or sniff(data[:HEAD]) or "text"
    if kind == "pdf":
        article = read_pdf(data, name, limits)
    elif kind == "html":
        article = read_html(decode_html(data), name)
    else:
        article = read_text(data, name)
    return check_article(article, limits)


def _read_folder(folder: Path, name: str, limits: ReadLimits) -> Iterator[Article | Failure]:
    found = False
    errors: list[OSError] = []
    for path in files_under(folder, errors):
        found = True
        yield from read_path(str(path), limits)
    for err in errors:  # folders that could not be listed: named, with the reason
        where = str(err.filename) if err.filename else name
        yield Failure(where, f"folder cannot be read: {os_message(err)}")
    if not found and not errors:
        kinds = ", ".join(sorted(SUFFIXES))
        yield Failure(name, f"folder has no readable files ({kinds})")


def read_stdin(stream=None, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[Article | Failure]:
    """Articles from standard input: JSONL is streamed line by line; HTML or text is one article."""
    stream = stream if stream is not None else getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield Failure(STDIN, "standard input is not available")
        return
    try:
        lines = bounded_lines(stream, limits)
        first, number = b"", 0
        for number, first in enumerate(lines, 1):
            if first is None:
                raise ReadError(f"line {number} is too long: " + str(too_large(limits)))
            if first.strip():
                break
        if sniff(first) == "jsonl":
            yield from read_jsonl(chain([first], lines), STDIN, first_line=number, limits=limits)
            return
        data = read_at_most(stream, limits, first)
        if not data.strip():
            yield Failure(STDIN, "standard input is empty")
            return
        yield read_bytes(data, STDIN, limits=limits)
    except ReadError as err:
        yield Failure(STDIN, str(err))
    except OSError as err:
        yield Failure(STDIN, os_message(err))
    except Exception as err:  # noqa: BLE001 - as for files: this input's error only
        yield unexpected(STDIN, err)
