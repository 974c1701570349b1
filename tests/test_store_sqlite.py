"""What only the SQLite backend promises: WAL, busy timeout, plain tables, clear open errors."""

from __future__ import annotations

import sqlite3

import pytest
from test_store_records import sample_records

from eventwire.store import StoreError, open_store
from eventwire.store.schema import SCHEMA_VERSION


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "events.db"
    with open_store(str(path)) as store:
        store.ingest(sample_records())
    return path


def test_wal_mode(db):
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_busy_timeout_is_set(tmp_path):
    store = open_store(str(tmp_path / "x.db"))
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    store.close()


def test_tables_use_plain_column_types(db):
    """Datasette and any SQLite tool read the file: only TEXT, INTEGER and REAL columns."""
    conn = sqlite3.connect(db)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert {"articles", "actors", "mentions", "quotes", "places", "times", "events"} <= set(tables)
    for table in tables:
        for _, _, kind, *_ in conn.execute(f"PRAGMA table_info({table})"):
            assert kind in ("TEXT", "INTEGER", "REAL"), (table, kind)


def test_plain_sqlite_reads_events(db):
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute("SELECT cameo FROM events WHERE source_code = 'NGACOP'").fetchall()
    assert rows == [("173",)]


def test_schema_version_is_recorded(db):
    conn = sqlite3.connect(db)
    value = conn.execute("SELECT value FROM eventwire_meta WHERE key='schema_version'").fetchone()
    assert int(value[0]) == SCHEMA_VERSION


def test_newer_schema_is_refused(db):
    conn = sqlite3.connect(db)
    conn.execute("UPDATE eventwire_meta SET value='99' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="upgrade eventwire"):
        open_store(str(db))


def test_readonly_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such store file"):
        open_store(str(tmp_path / "missing.db"), readonly=True)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "nowhere" / "x.db"))


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("just some notes, not SQLite at all " * 100)
    with pytest.raises(StoreError, match="notes.db"):
        open_store(str(path))


def test_foreign_sqlite_file_is_not_taken_over(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE birds (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not an eventwire store"):
        open_store(str(path))


def test_readonly_empty_file_is_not_a_store(tmp_path):
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    with pytest.raises(StoreError, match="not an eventwire store"):
        open_store(str(path), readonly=True)


def test_unknown_url_scheme(tmp_path):
    with pytest.raises(StoreError, match="unknown store URL"):
        open_store("mysql://localhost/x")


def test_second_writer_waits_instead_of_failing(db):
    """Two stores on one file (e.g. ingest while serving): the busy timeout serialises them."""
    a, b = open_store(str(db)), open_store(str(db))
    a.ingest(sample_records())
    b.ingest(sample_records())
    assert a.count_events() == b.count_events() == 6
    a.close()
    b.close()


def test_older_schema_is_migrated_on_a_writable_open(db):
    conn = sqlite3.connect(db)
    conn.execute("UPDATE eventwire_meta SET value='0' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    with open_store(str(db)) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.count_events() == 6  # the data survives the migration


def test_migrations_run_in_order_from_any_version():
    from eventwire.store.schema import MIGRATIONS, pending

    assert [v for v, _ in pending(0)] == sorted(MIGRATIONS)
    assert pending(SCHEMA_VERSION) == []


def test_reader_sees_committed_batches_while_a_writer_is_open(tmp_path):
    """WAL: the dashboard reads while an ingest holds the file open for writing."""
    path = str(tmp_path / "events.db")
    writer = open_store(path)
    writer.ingest(sample_records()[:1])
    reader = open_store(path, readonly=True)
    assert reader.count_events() == 3
    writer.ingest(sample_records()[1:])
    assert reader.count_events() == 6
    reader.close()
    writer.close()
