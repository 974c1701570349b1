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
from eventwire.ingest.pdf import read_pdf
from eventwire.ingest.text import read_text
from eventwire.ingest.warc import WarcReader

HEAD = 8192
STDIN = "-"
log = logging.getLogger("eventwire.ingest")  # what a reader has to say beyond failures

__all__ = ["ReadError", "read_bytes", "read_inputs", "read_path", "read_stdin"]


def read_inputs(inputs: Iterable[str]) -> Iterator[Article | Failure]:
    """Articles from files, folders and ``-`` (standard input), in the order given."""
    for name in inputs:
        if name == STDIN:
            yield from read_stdin()
        else:
            yield from read_path(name)


def read_path(name: str) -> Iterator[Article | Failure]:
    """Articles from one file or folder named on the command line."""
    path = Path(name)
    try:
        if path.is_dir():
            yield from _read_folder(path, name)
            return
        with path.open("rb") as f:
            head = f.read(HEAD)
    except OSError as err:
        yield Failure(name, os_message(err))
        return
    kind = detect(name, head)
    try:
        if kind == "jsonl":
            with path.open("rb") as f:
                yield from read_jsonl(f, name)
        elif kind == "pdf":
            yield read_pdf(path, name)
        elif kind == "warc":
            reader = WarcReader(path, name)
            yield from reader
            log.info(reader.summary())
        else:
            yield read_bytes(path.read_bytes(), name, kind)
    except ReadError as err:
        yield Failure(name, str(err))
    except OSError as err:
        yield Failure(name, os_message(err))


def read_bytes(data: bytes, name: str, kind: str | None = None) -> Article:
    """One article from the bytes of a text, HTML or PDF input; raises ReadError if unreadable."""
    kind = kind or sniff(data[:HEAD]) or "text"
    if kind == "pdf":
        return read_pdf(data, name)
    if kind == "html":
        return read_html(decode_html(data), name)
    return read_text(data, name)


def _read_folder(folder: Path, name: str) -> Iterator[Article | Failure]:
    found = False
    for path in files_under(folder):
        found = True
        yield from read_path(str(path))
    if not found:
        kinds = ", ".join(sorted(SUFFIXES))
        yield Failure(name, f"folder has no readable files ({kinds})")


def read_stdin(stream=None) -> Iterator[Article | Failure]:
    """Articles from standard input: JSONL is streamed line by line; HTML or text is one article."""
    stream = stream if stream is not None else getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield Failure(STDIN, "standard input is not available")
        return
    first, number = b"", 0
    for number, first in enumerate(stream, 1):
        if first.strip():
            break
    if sniff(first) == "jsonl":
        yield from read_jsonl(chain([first], stream), STDIN, first_line=number)
        return
    data = first + stream.read()
    if not data.strip():
        yield Failure(STDIN, "standard input is empty")
        return
    try:
        yield read_bytes(data, STDIN)
    except ReadError as err:
        yield Failure(STDIN, str(err))
