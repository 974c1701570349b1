"""Incidents on PostgreSQL: the same incremental, idempotent assignment as on SQLite, the same
incidents, and a rebuild that changes nothing.

Starts a throwaway PostgreSQL 15 with scripts/pg-test-server.sh (as CI does); skipped only when
PostgreSQL is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile

import pytest
from incident_articles import process_all
from test_api_postgres import PG_BIN, PG_SCRIPT
from test_api_support import free_port

from eventwire import incidents
from eventwire.store import open_store


@pytest.fixture(scope="module")
def pg_url():
    if not (PG_BIN / "initdb").exists():
        pytest.skip("PostgreSQL 15 is not installed (apt-get install postgresql)")
    folder = tempfile.mkdtemp(prefix="eventwire-incidents-pg-")
    out = subprocess.run([str(PG_SCRIPT), "start", folder, str(free_port())],
                         capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    yield out.stdout.strip()
    subprocess.run([str(PG_SCRIPT), "stop", folder], capture_output=True, timeout=60, check=False)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def records(nlp):
    return process_all(nlp)


def partition(store) -> dict[str, str]:
    return {r["uid"]: r["incident_id"]
            for r in store._rows("SELECT uid, incident_id FROM incident_events")}


def summaries(store) -> list[dict]:
    return sorted(store.incidents(limit=500), key=lambda r: r["id"])


@pytest.fixture(scope="module")
def stores(pg_url, records, tmp_path_factory):
    """A PostgreSQL and a SQLite store, each fed the articles one at a time."""
    lite = open_store(str(tmp_path_factory.mktemp("lite") / "events.db"))
    pg = open_store(pg_url)
    for record in records.values():
        incidents.ingest(pg, [record])
        incidents.ingest(lite, [record])
    yield pg, lite
    pg.close()
    lite.close()


def test_postgres_groups_like_sqlite(stores):
    pg, lite = stores
    assert partition(pg) == partition(lite)
    assert summaries(pg) == summaries(lite)


def test_postgres_joins_the_two_outlets_attack(stores, records):
    pg, _ = stores
    ids = {records["attack_a"]["id"], records["attack_b"]["id"]}
    shared = [i for i in summaries(pg) if i["n_articles"] == 2 and i["cameo_root"] == "19"
              and {a["id"] for a in pg.incident(i["id"])["articles"]} == ids]
    assert len(shared) == 1


def test_postgres_reingest_and_rebuild_change_nothing(stores, records):
    pg, _ = stores
    before = (partition(pg), summaries(pg))
    assert incidents.ingest(pg, records.values()).added == 0
    assert (partition(pg), summaries(pg)) == before
    incidents.rebuild(pg)
    assert (partition(pg), summaries(pg)) == before
