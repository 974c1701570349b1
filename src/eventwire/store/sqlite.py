"""The SQLite backend: one file, WAL mode, a busy timeout, one writer at a time."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

from eventwire.store import StoreError
from eventwire.store.sql import SqlStore

BUSY_TIMEOUT_MS = 30_000
WAL_ATTEMPTS = 200  # tries of the WAL switch, 50 ms apart


class SqliteStore(SqlStore):
    """A store in a SQLite file (created when missing unless ``readonly``)."""

    placeholder = "?"
    float_type = "REAL"
    begin_sql = "BEGIN IMMEDIATE"  # take the write lock up front: no upgrade deadlocks
    migrate_begin_sql = "BEGIN EXCLUSIVE"  # schema changes: no reader or writer in between

    def __init__(self, path: str, *, readonly: bool = False):
        super().__init__(path, readonly)
        self.path = Path(path)
        if readonly and not self.path.is_file():
            raise StoreError(f"{path}: no such store file")
        if not readonly and not self.path.parent.is_dir():
            raise StoreError(f"{path}: folder {self.path.parent} does not exist")
        if self.path.is_dir():
            raise StoreError(f"{path} is a folder, not a store file")
        try:
            if readonly:
                uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
                self.conn = sqlite3.connect(
                    uri, uri=True, isolation_level=None, check_same_thread=False
                )
            else:
                self.conn = sqlite3.connect(
                    str(self.path), isolation_level=None, check_same_thread=False
                )
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not readonly:
                mode = self._journal_wal()
                if str(mode).lower() != "wal":
                    raise StoreError(f"{path}: cannot switch to WAL mode (got {mode})")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._prepare()
        except sqlite3.DatabaseError as err:
            self.close()
            raise StoreError(f"{path}: {err}") from None
        except BaseException:
            self.close()
            raise

    def _journal_wal(self) -> str:
        """Switch to WAL mode; SQLite answers "locked" at once, without waiting, while another
        connection switches a new file, so this waits and tries again."""
        for attempt in range(WAL_ATTEMPTS):
            try:
                return self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or attempt == WAL_ATTEMPTS - 1:
                    raise
                time.sleep(0.05)
        raise AssertionError("unreachable")  # pragma: no cover

    def _table_exists(self, table: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        return row is not None

    def _user_tables(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        return [r[0] for r in rows]
