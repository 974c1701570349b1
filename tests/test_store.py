"""The store on SQLite and on a real PostgreSQL server: round trip, idempotence, crash safety."""

from __future__ import annotations

import copy

import pytest
import test_store_records as fixtures
from test_store_records import arrest_record, sample_records, trade_record, visit_record

from eventwire.store import IngestStats, StoreError, open_store
from eventwire.store.schema import SCHEMA_VERSION

# the shared fixtures: one SQLite file and one PostgreSQL database per test
loaded_store = fixtures.loaded_store
pg_server = fixtures.pg_server
pg_url = fixtures.pg_url
store_url = fixtures.store_url


def test_round_trip_gives_back_the_record(store_url):
    with open_store(store_url) as store:
        store.ingest(sample_records())
        for rec in sample_records():
            assert store.article(rec["id"]) == rec


def test_ingest_reports_added_records(store_url):
    with open_store(store_url) as store:
        assert store.ingest(sample_records()) == IngestStats(added=3, skipped=0)


def test_reingest_skips_every_record(loaded_store):
    assert loaded_store.ingest(sample_records()) == IngestStats(added=0, skipped=3)
    assert loaded_store.count_events() == 6


def test_same_record_twice_in_one_batch_is_stored_once(store_url):
    with open_store(store_url) as store:
        stats = store.ingest([visit_record(), visit_record()])
        assert stats == IngestStats(added=1, skipped=1)
        assert store.count_events() == 3


def test_reopen_keeps_data(store_url):
    with open_store(store_url) as store:
        store.ingest(sample_records())
    with open_store(store_url) as store:
        assert store.count_events() == 6
        assert store.schema_version() == SCHEMA_VERSION


def test_has_article(loaded_store):
    assert loaded_store.has_article(visit_record()["id"])
    assert not loaded_store.has_article("0000000000000000")


def test_missing_article_is_none(loaded_store):
    assert loaded_store.article("0000000000000000") is None


def _interrupted(records, after: int):
    """Yield ``after`` records, then fail the way a killed reader would."""
    for i, rec in enumerate(records):
        if i == after:
            raise KeyboardInterrupt
        yield rec


def test_interrupted_batch_leaves_nothing_half_stored(store_url):
    with open_store(store_url) as store:
        with pytest.raises(KeyboardInterrupt):
            store.ingest(_interrupted(sample_records(), 2), batch_size=10)
        assert store.count_events() == 0
        assert store.articles() == []


def test_interrupted_ingest_resumed_completes_without_duplicates(store_url):
    with open_store(store_url) as store:
        with pytest.raises(KeyboardInterrupt):
            store.ingest(_interrupted(sample_records(), 2), batch_size=1)
        assert len(store.articles()) == 2  # the committed batches survive
    with open_store(store_url) as store:
        assert store.ingest(sample_records(), batch_size=1) == IngestStats(added=1, skipped=2)
        assert store.count_events() == 6
        assert len(store.articles()) == 3


def test_invalid_record_is_refused_with_its_id(store_url):
    bad = visit_record()
    bad["events"][0]["quad_class"] = "one"
    with open_store(store_url) as store:
        with pytest.raises(StoreError, match=bad["id"]):
            store.ingest([bad])
        assert store.articles() == []


def test_invalid_record_refuses_its_whole_batch(store_url):
    bad = copy.deepcopy(arrest_record())
    del bad["text"]
    with open_store(store_url) as store:
        with pytest.raises(StoreError):
            store.ingest([visit_record(), bad])
        assert not store.has_article(visit_record()["id"])


def test_readonly_store_refuses_ingest(store_url):
    open_store(store_url).close()
    store = open_store(store_url, readonly=True)
    with pytest.raises(StoreError, match="read-only"):
        store.ingest(sample_records())
    store.close()


def test_record_without_events_is_stored(store_url):
    rec = trade_record()
    rec["events"], rec["actors"], rec["times"] = [], [], []
    with open_store(store_url) as store:
        assert store.ingest([rec]).added == 1
        assert store.count_events() == 0
        assert store.articles()[0]["n_events"] == 0


def test_pipeline_record_round_trip(store_url, process):
    rec = process("The president of Kenya met the Ugandan foreign minister in Nairobi on Friday.")
    with open_store(store_url) as store:
        assert store.ingest([rec]).added == 1
        assert store.article(rec["id"]) == rec
        assert store.count_events() == len(rec["events"])
