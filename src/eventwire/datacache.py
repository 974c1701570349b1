"""A start-up cache for the data eventwire builds from its files (lexicons, gazetteer, words).

Parsing YAML and TSV tables into indexes costs about half a second per process; reading the
built index back with :mod:`pickle` costs a tenth of that. :func:`cached` keeps one pickle per
index in a cache folder, keyed by everything the index is built from: eventwire's version, the
Python version, and the size and modification time of each source file (data files and the
module that builds the index). Change any of them and the index is rebuilt.

The folder is ``$EVENTWIRE_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/eventwire``, else
``~/.cache/eventwire``. ``EVENTWIRE_CACHE_DIR=off`` turns the cache off. A cache that cannot be
read or written is ignored: the index is built from the files as without a cache.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

OFF = "off"


def cache_dir() -> Path | None:
    """Where built indexes are kept, or None when the cache is off."""
    configured = os.environ.get("EVENTWIRE_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in (OFF, "") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "eventwire"


def _key(name: str, sources: Iterable[Path]) -> str:
    from eventwire import __version__

    digest = hashlib.sha256(f"{name}|{__version__}|{sys.version}".encode())
    for path in sources:
        try:
            st = path.stat()
            digest.update(f"|{path}|{st.st_size}|{st.st_mtime_ns}".encode())
        except OSError:
            digest.update(f"|{path}|missing".encode())
    return digest.hexdigest()[:20]


def cached(name: str, sources: Iterable[Path | str], build: Callable[[], T]) -> T:
    """``build()``, or the pickle of an earlier ``build()`` from the same sources."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{_key(name, [Path(s) for s in sources])}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # noqa: BLE001, S110 - missing, stale or damaged: build it again
        pass
    value = build()
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(f"{name}-*.pickle"):  # earlier versions of this index
            if old.name != path.name:
                old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a parallel worker reads the old file or the new one
    except Exception:  # noqa: BLE001 - a read-only home, a full disk: run without the cache
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return value

