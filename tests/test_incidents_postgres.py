"""Incidents on PostgreSQL: the same incremental, idempotent assignment as on SQLite, the same
incidents, and a rebuild that changes nothing.

Starts a throwaway PostgreSQL 15 with scripts/pg-test-server.sh (as CI does); skipped only when
PostgreSQL is not installed.
"""

from __future__ import annotations

import pytest
from incident_articles import process_all
from test_api_postgres import pg_url  # noqa: F401 - the throwaway PostgreSQL fixture

from eventwire import incidents
from eventwire.store import open_store


@pytest.fixture(scope="module")
def records(nlp):
    return process_all(nlp)


def partition(store) -> dict[str, str]:
    return {r["uid"]: r["incident_id"]
            for r in store._rows("SELECT uid, incident_id FROM incident_events")}


def summaries(store) -> list[dict]:
    return sorted(store.incidents(limit=500), key=lambda r: r["id"])


@pytest.fixture(scope="module")
def stores(pg_url, records, tmp_path_factory):  # noqa: F811 - the imported fixture
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
