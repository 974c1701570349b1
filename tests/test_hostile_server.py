"""The server and the store under load and races: flat handles and connections, safe first runs.

The load tests are benchmarks/load.py in a short form: a few clients, bursts separated by idle
pauses longer than the 10 s after which the server's thread pool retires idle threads. They
assert no errors and flat file handles and connections, never latency.
"""

from __future__ import annotations

import importlib.util
import sys
import threading

import pytest
from test_api_postgres import pg_url  # noqa: F401 - the throwaway PostgreSQL fixture
from test_api_support import ROOT

SHORT = {"clients": 6, "requests": 8, "bursts": 2, "gap": 11.0, "pool_size": 4}


def load_bench():
    spec = importlib.util.spec_from_file_location("eventwire_load", ROOT / "benchmarks/load.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def fresh_pg_database(url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return url.rsplit("/", 1)[0] + "/" + name


def open_at_once(target: str, n: int = 6) -> list[str]:
    """Open the store writable from ``n`` threads at the same moment; the errors they got."""
    from eventwire.store import open_store

    barrier, errors = threading.Barrier(n), []

    def first_run() -> None:
        barrier.wait()
        try:
            open_store(target).close()
        except Exception as err:  # noqa: BLE001 - collected for the assertion
            errors.append(str(err))

    threads = [threading.Thread(target=first_run) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


@pytest.mark.parametrize("attempt", range(3))
def test_concurrent_first_runs_on_a_new_postgres_database_all_succeed(pg_url, attempt):  # noqa: F811
    from eventwire.store import open_store

    target = fresh_pg_database(pg_url, f"first_runs_{attempt}")
    assert open_at_once(target) == []
    with open_store(target, readonly=True) as store:
        assert store.schema_version() >= 1


def test_concurrent_first_runs_on_a_new_sqlite_file_all_succeed(tmp_path):
    from eventwire.store import open_store

    target = str(tmp_path / "new.db")
    assert open_at_once(target) == []
    with open_store(target, readonly=True) as store:
        assert store.schema_version() >= 1


def test_sqlite_server_keeps_handles_and_connections_flat_over_idle_bursts(tmp_path):
    bench = load_bench()
    target = str(tmp_path / "events.db")
    ids = bench.build_store(target, 100)
    result = bench.run_load(target, ids, **SHORT)
    assert result.errors == 0, result.steady.errors + result.bursts.errors
    assert result.flat, (result.handles, result.connections)
    assert result.connections[0] == SHORT["pool_size"]


def test_postgres_server_keeps_handles_and_connections_flat_over_idle_bursts(pg_url):  # noqa: F811
    bench = load_bench()
    target = fresh_pg_database(pg_url, "load_short")
    ids = bench.build_store(target, 100)
    result = bench.run_load(target, ids, **SHORT)
    assert result.errors == 0, result.steady.errors + result.bursts.errors
    assert result.flat, (result.handles, result.connections)
    assert result.connections[0] == SHORT["pool_size"]
