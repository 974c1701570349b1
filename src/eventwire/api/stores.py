"""Store handles for a threaded server: a fixed pool of read-only stores, one locked writer.

FastAPI runs plain ``def`` endpoints in a thread pool whose threads come and go; a connection
per thread leaked one connection (and file handles) per retired thread. Each request now
borrows a read-only store from a :class:`~eventwire.store.pool.StorePool` of fixed size and
gives it back when the response is ready, so a server holds at most ``pool_size`` reading
connections plus the writer's one, however many requests and threads it sees.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from eventwire.store.pool import DEFAULT_SIZE, StorePool

log = logging.getLogger(__name__)


class StoreAccess:
    """Lends read-only stores for ``url`` from a pool; opens the writer on demand."""

    def __init__(self, url: str, *, pool_size: int = DEFAULT_SIZE) -> None:
        self.url = url
        self.pool_size = pool_size
        self._pool: StorePool | None = None
        self._pool_lock = threading.Lock()
        self._writer = None
        self._write_lock = threading.Lock()

    def pool(self) -> StorePool:
        """The pool of readers, opened on first use."""
        with self._pool_lock:
            if self._pool is None:
                self._pool = StorePool(self.url, size=self.pool_size)
            return self._pool

    @contextmanager
    def reader(self) -> Iterator:
        """A read-only store for one request, given back to the pool afterwards."""
        with self.pool().reader() as store:
            yield store

    @contextmanager
    def writer(self) -> Iterator:
        """The single writable store, held under a lock (one writer at a time)."""
        from eventwire.store import open_store

        with self._write_lock:
            if self._writer is None:
                self._writer = open_store(self.url, readonly=False)
            yield self._writer

    def close(self) -> None:
        with self._pool_lock:
            pool, self._pool = self._pool, None
        with self._write_lock:
            writer, self._writer = self._writer, None
        for closable in (pool, writer):
            if closable is None:
                continue
            try:
                closable.close()
            except Exception as err:  # noqa: BLE001 - closing must not fail the shutdown
                log.warning("closing the store failed: %s", err)
