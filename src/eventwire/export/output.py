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


def current_umask() -> int:
    """The process's umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def atomic_path(path: str) -> Iterator[str]:
    """A temporary file beside ``path``, renamed onto it on success and removed on failure.

    The file gets the mode any new file gets (0666 less the umask), not the private 0600 of a
    temporary file: an export is for sharing, like every other file eventwire writes.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    os.chmod(tmp, 0o666 & ~current_umask())
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
