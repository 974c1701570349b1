"""Opening an export's output: a file written whole or not at all, or standard output."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def text_output(path: str, newline: str | None = None) -> Iterator[IO[str]]:
    """A text stream to ``path`` ("-" for stdout); a file appears only once fully written."""
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline=newline) as out:
        yield out


@contextmanager
def atomic_path(path: str) -> Iterator[str]:
    """A temporary file beside ``path``, renamed onto it on success and removed on failure."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
