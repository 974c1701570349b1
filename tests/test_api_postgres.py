"""The same API over a PostgreSQL store gives the same answers as over SQLite.

Starts a throwaway PostgreSQL 15 with scripts/pg-test-server.sh (as CI does); skipped only when
PostgreSQL is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from test_api_support import ROOT, Server, all_records, fill_store, free_port

PG_SCRIPT = ROOT / "scripts" / "pg-test-server.sh"
PG_BIN = Path("/usr/lib/postgresql/15/bin")

# (path, query, the same question asked of a SQLite store through the library)
QUERIES = [
    ("/events", {"dyad": "IND:CHN"}, lambda s, F: s.events(F(dyad=("IND", "CHN")))),
    (
        "/events",
        {"q": "together", "since": "2024-04-01"},
        lambda s, F: s.events(F(q="together", since="2024-04-01")),
    ),
    ("/timeseries", {"interval": "week"}, lambda s, F: s.timeseries(F(), interval="week")),
    ("/dyads", {}, lambda s, F: s.dyads(F())),
    ("/places", {"place": "BEIJING"}, lambda s, F: s.places(F(place="BEIJING"))),
    ("/actors", {"country": "CHN"}, lambda s, F: s.actors(country="CHN")),
    ("/quotes", {"speaker": "german"}, lambda s, F: s.quotes(speaker="german")),
    ("/articles", {"q": "border"}, lambda s, F: s.articles(q="border")),
]


@pytest.fixture(scope="module")
def pg_url():
    if not (PG_BIN / "initdb").exists():
        pytest.skip("PostgreSQL 15 is not installed (apt-get install postgresql)")
    folder = tempfile.mkdtemp(prefix="eventwire-api-pg-")
    out = subprocess.run(
        [str(PG_SCRIPT), "start", folder, str(free_port())],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    yield out.stdout.strip()
    subprocess.run([str(PG_SCRIPT), "stop", folder], capture_output=True, timeout=60, check=False)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def server(pg_url):
    from eventwire.store import open_store

    with open_store(pg_url) as store:
        store.ingest(all_records())
    srv = Server(pg_url)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def sqlite_store(tmp_path_factory):
    from eventwire.store import open_store

    path = tmp_path_factory.mktemp("api-pg") / "events.db"
    fill_store(path)
    with open_store(str(path), readonly=True) as store:
        yield store


@pytest.mark.parametrize(("path", "params", "ask"), QUERIES)
def test_postgres_answers_like_sqlite(server, sqlite_store, path, params, ask):
    from eventwire.store import EventFilter

    with server.client() as client:
        got = client.get(path, params=params)
    assert got.status_code == 200
    expected = ask(sqlite_store, EventFilter)
    assert expected
    assert [_same(row) for row in got.json()["items"]] == [_same(row) for row in expected]


def _same(row: dict) -> dict:
    """A row without what differs between two stores of the same records: when they were stored."""
    return {k: v for k, v in row.items() if k != "ingested_at"}


def test_postgres_event_detail(server):
    pg = server
    record = next(r for r in all_records() if r["title"] == "Troops clash on the border")
    with pg.client() as client:
        event = client.get(f"/events/{record['id']}:e1").json()
    assert event["sentence"]["text"] == "Indian troops clashed with Chinese soldiers in Ladakh."
    assert event["place_name"] == "Ladakh"
