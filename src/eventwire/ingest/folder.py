"""Folders: every readable file under them, recursively, in sorted order, hidden files skipped."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from eventwire.ingest.detect import by_name


def files_under(folder: Path) -> Iterator[Path]:
    """Files with a known suffix under ``folder``, sorted by path, skipping hidden files and folders."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in files:
            if not f.startswith(".") and by_name(f):
                found.append(Path(root, f))
    yield from sorted(found, key=lambda p: p.relative_to(folder).parts)
