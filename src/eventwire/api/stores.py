"""Store handles for a threaded server: one read-only store per worker thread, one locked writer.

FastAPI runs plain ``def`` endpoints in a thread pool; database connections (SQLite's above all)
should not be shared across threads, so each thread opens its own.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger(__name__)


class StoreAccess:
    """Opens stores on demand for ``url`` and closes them all at shutdown."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._local = threading.local()
        self._opened: list = []
        self._lock = threading.Lock()
        self._writer = None
        self._write_lock = threading.Lock()

    def _open(self, *, readonly: bool):
        from eventwire.store import open_store

        store = open_store(self.url, readonly=readonly)
        with self._lock:
            self._opened.append(store)
        return store

    def reader(self):
        """This thread's read-only store."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = self._open(readonly=True)
        return store

    @contextmanager
    def writer(self) -> Iterator:
        """The single writable store, held under a lock (one writer at a time)."""
        with self._write_lock:
            if self._writer is None:
                self._writer = self._open(readonly=False)
            yield self._writer

    def close(self) -> None:
        with self._lock:
            stores, self._opened = self._opened, []
        for store in stores:
            try:
                store.close()
            except Exception as err:  # noqa: BLE001 - closing must not fail the shutdown
                log.warning("closing the store failed: %s", err)
        self._writer = None
        self._local = threading.local()
