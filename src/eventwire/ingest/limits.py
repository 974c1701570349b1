"""How much one input may hold: bytes read, characters of text, PDF pages, JSON nesting.

Every reader takes a :class:`ReadLimits` and refuses what goes over it with a ReadError naming
the limit and the option that changes it, so one hostile or careless input (``/dev/zero``, a
20 MB line, a 5,000-page PDF, JSON nested 2,000 deep) costs one line of error, not the machine.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from typing import BinaryIO

from eventwire.ingest.errors import ReadError

MiB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    """The bounds one input is read within (see docs/limits.md)."""

    max_bytes: int = 64 * MiB  # bytes read from one file, one JSONL line or standard input
    max_chars: int = 5_000_000  # characters of article text handed to the pipeline
    max_pages: int = 2_000  # pages of one PDF
    max_depth: int = 64  # nesting of one JSON line


DEFAULT_LIMITS = ReadLimits()


def size_words(n: int) -> str:
    """``67108864`` -> ``"64 MiB"``: a byte count as people write it."""
    for unit, size in (("GiB", MiB * 1024), ("MiB", MiB), ("KiB", 1024)):
        if n >= size and n % size == 0:
            return f"{n // size} {unit}"
    return f"{n} bytes"


def too_large(limits: ReadLimits) -> ReadError:
    return ReadError(
        f"larger than the limit of {size_words(limits.max_bytes)} (--max-input-size)"
    )


def check_special(path: os.PathLike | str) -> None:
    """Refuse devices and sockets: ``/dev/zero`` or ``/dev/urandom`` never end.

    Named pipes are allowed (``<(zcat x.gz)``): they are read within the size limit, like stdin.
    """
    mode = os.stat(path).st_mode
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
        raise ReadError("not a regular file (a device or socket): refused")


def read_at_most(stream: BinaryIO, limits: ReadLimits, already: bytes = b"") -> bytes:
    """All of ``stream`` (after ``already``), or ReadError once it goes over the size limit."""
    chunks, size = [already], len(already)
    while size <= limits.max_bytes:
        chunk = stream.read(min(1 * MiB, limits.max_bytes + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
    raise too_large(limits)


def check_text(text: str, limits: ReadLimits) -> str:
    """The text, or ReadError when it is longer than the text limit."""
    if len(text) > limits.max_chars:
        raise ReadError(
            f"text of {len(text):,} characters is longer than the limit of "
            f"{limits.max_chars:,} (--max-chars)"
        )
    return text


def check_article(article, limits: ReadLimits):
    """The article, or ReadError when its text is over the limit or a field holds a lone
    surrogate (from a ``\\ud800`` escape or a UTF-7 page: no UTF-8 can be written for it)."""
    check_text(article.text, limits)
    for key in ("text", "title", "published", "url", "publisher", "byline", "id"):
        value = getattr(article, key, None)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ReadError(f"'{key}' holds invalid Unicode (a lone surrogate)") from None
    return article


def check_depth(obj: object, limits: ReadLimits) -> None:
    """ReadError when JSON data nests deeper than the limit (walked without recursion)."""
    stack = [(obj, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > limits.max_depth:
            raise ReadError(f"JSON nested deeper than {limits.max_depth} levels")
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)


def bounded_lines(stream: BinaryIO, limits: ReadLimits):
    """The lines of a byte stream, each at most the size limit; a longer line comes as None
    (its bytes are skipped, not kept), so one endless line cannot fill the memory."""
    while True:
        line = stream.readline(limits.max_bytes + 1)
        if not line:
            return
        if len(line) > limits.max_bytes and not line.endswith(b"\n"):
            yield None  # said first: a caller that stops here never waits for an endless line
            while (rest := stream.readline(MiB)) and not rest.endswith(b"\n"):
                pass
            continue
        yield line
