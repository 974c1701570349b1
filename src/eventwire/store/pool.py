"""A fixed number of read-only store connections, lent to one request at a time.

A threaded server must not tie a connection to a worker thread: the thread pool retires idle
threads and starts new ones, and connections tied to retired threads stay open until SQLite runs
out of file handles or PostgreSQL out of connection slots. Here a server process holds at most
``size`` connections, whatever its threads do: psycopg's own pool for PostgreSQL, a queue of
open SQLite stores for SQLite. All ``size`` are opened up front, so a server's file handles and
database connections are the same after its first request as after its millionth. A request that finds every connection busy waits up to
``timeout`` seconds, then gets :class:`PoolTimeout` (the API answers 503).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from eventwire.store import Store, StoreError

DEFAULT_SIZE = 8
DEFAULT_TIMEOUT = 30.0


class PoolTimeout(StoreError):
    """Every connection of the pool stayed busy for the whole wait."""


class StorePool:
    """Read-only stores over ``url``, at most ``size`` open at once."""

    def __init__(self, url: str, *, size: int = DEFAULT_SIZE, timeout: float = DEFAULT_TIMEOUT):
        if size < 1:
            raise StoreError(f"a store pool needs at least one connection (got {size})")
        self.url = str(url)
        self.size = size
        self.timeout = timeout
        if self.url.startswith(("postgresql://", "postgres://")):
            self._backend: _Backend = _PostgresBackend(self.url, size, timeout)
        else:
            self._backend = _SqliteBackend(self.url, size, timeout)

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A read-only store for the length of the ``with`` block, then given back."""
        with self._backend.borrow() as store:
            yield store

    def open_connections(self) -> int:
        """How many connections the pool holds open now (at most ``size``)."""
        return self._backend.open_connections()

    def close(self) -> None:
        """Close every connection; the pool cannot lend any more."""
        self._backend.close()


class _Backend:
    def borrow(self): ...  # pragma: no cover - interface
    def open_connections(self) -> int: ...  # pragma: no cover - interface
    def close(self) -> None: ...  # pragma: no cover - interface


class _SqliteBackend(_Backend):
    """``size`` open read-only SQLite stores in a queue, all opened up front."""

    def __init__(self, path: str, size: int, timeout: float) -> None:
        from eventwire.store.sqlite import SqliteStore

        self._free: queue.LifoQueue = queue.LifoQueue()
        self._lock = threading.Lock()
        self._all: list = []
        self._size, self._timeout, self._path = size, timeout, path
        self._closed = False
        for _ in range(size):  # fails here, not on a request, if the file cannot be opened
            self._free.put(self._add(SqliteStore))

    def _add(self, cls):
        store = cls(self._path, readonly=True)
        self._all.append(store)
        return store

    @contextmanager
    def borrow(self):
        if self._closed:
            raise StoreError(f"{self._path}: the store pool is closed")
        try:
            store = self._free.get(timeout=self._timeout)
        except queue.Empty:
            raise PoolTimeout(
                f"all {self._size} store connections stayed busy for {self._timeout:g} s"
            ) from None
        try:
            yield store
        finally:
            self._free.put(store)

    def open_connections(self) -> int:
        return len(self._all)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            stores, self._all = self._all, []
        for store in stores:
            store.close()


class _PostgresBackend(_Backend):
    """psycopg's ConnectionPool: read-only, autocommit connections, at most ``size``."""

    def __init__(self, url: str, size: int, timeout: float) -> None:
        from psycopg_pool import ConnectionPool

        from eventwire.store.postgres import PostgresStore, redact

        self._label = redact(url)
        PostgresStore(url, readonly=True).close()  # a wrong URL or schema fails here
        self._pool = ConnectionPool(
            url,
            min_size=size,
            max_size=size,
            kwargs={"autocommit": True, "connect_timeout": 10},
            configure=_read_only,
            timeout=timeout,
            name="eventwire",
            open=True,
        )
        self._pool.wait(timeout=max(timeout, 10.0))  # all connections made before serving

    @contextmanager
    def borrow(self):
        from psycopg_pool import PoolTimeout as PsycopgPoolTimeout

        from eventwire.store.postgres import PostgresStore

        try:
            with self._pool.connection() as conn:
                store = PostgresStore.on_connection(conn, self._label, readonly=True)
                try:
                    yield store
                finally:
                    store.detach()  # the connection goes back to the pool, open
        except PsycopgPoolTimeout as err:
            raise PoolTimeout(f"{self._label}: {err}") from None

    def open_connections(self) -> int:
        return int(self._pool.get_stats().get("pool_size", 0))

    def close(self) -> None:
        self._pool.close()


def _read_only(conn) -> None:
    conn.execute("SET default_transaction_read_only = on")
