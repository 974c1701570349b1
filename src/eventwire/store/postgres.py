"""The PostgreSQL backend, for a postgresql:// URL: same schema and queries as SQLite."""

from __future__ import annotations

import re

from eventwire.store import StoreError
from eventwire.store.sql import SqlStore


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


class PostgresStore(SqlStore):
    """A store in a PostgreSQL database (tables created on first writable open)."""

    placeholder = "%s"
    float_type = "DOUBLE PRECISION"
    begin_sql = "BEGIN"
    schema_lock_key = 0x65766E74  # "evnt": the advisory lock every eventwire run takes to migrate

    def __init__(self, url: str, *, readonly: bool = False):
        super().__init__(redact(url), readonly)
        try:
            import psycopg
        except ImportError:  # pragma: no cover - psycopg is a dependency
            raise StoreError("PostgreSQL needs the psycopg package (pip install psycopg[binary])")
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as err:
            msg = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise StoreError(f"cannot connect to {self.label}: {msg}") from None
        try:
            if readonly:
                self.conn.execute("SET default_transaction_read_only = on")
            self._prepare()
        except psycopg.Error as err:
            self.close()
            raise StoreError(f"{self.label}: {err}") from None
        except BaseException:
            self.close()
            raise

    def _lock_schema(self, cur) -> None:
        """A transaction-level advisory lock: concurrent first runs create the schema in turn
        (CREATE TABLE IF NOT EXISTS alone races on PostgreSQL's catalog)."""
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (self.schema_lock_key,))

    @classmethod
    def on_connection(cls, conn, label: str, *, readonly: bool) -> PostgresStore:
        """A store over a connection someone else opened and will close (a pool's); its
        schema was checked when the pool opened. Call :meth:`detach` when done with it."""
        store = cls.__new__(cls)
        SqlStore.__init__(store, label, readonly)
        store.conn = conn
        return store

    def _table_exists(self, table: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_name = %s",
            (table,),
        ).fetchone()
        return row is not None

    def _user_tables(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        ).fetchall()
        return [r[0] for r in rows]
