"""Incidents on small hand-written articles, through the real pipeline and a real SQLite store:
one occurrence told by several articles is one incident, different occurrences stay apart,
assignment is incremental and idempotent, and a rebuild gives the same incidents."""

from __future__ import annotations

import pytest
from incident_articles import process_all

from eventwire import incidents
from eventwire.store import EventFilter, open_store


@pytest.fixture(scope="module")
def records(nlp) -> dict[str, dict]:
    return process_all(nlp)


def fresh(tmp_path, records, names):
    store = open_store(str(tmp_path / "events.db"))
    for name in names:
        incidents.ingest(store, [records[name]])
    return store


def incidents_of(store, record) -> set[str]:
    rows = store._rows("SELECT incident_id FROM incident_events WHERE article_id = ?", [record["id"]])
    return {r["incident_id"] for r in rows}


def shared(store, a, b) -> set[str]:
    return incidents_of(store, a) & incidents_of(store, b)


def partition(store) -> dict[str, str]:
    return {r["uid"]: r["incident_id"]
            for r in store._rows("SELECT uid, incident_id FROM incident_events")}


VIOLENCE = ("18", "19", "20")


def test_same_attack_told_by_two_outlets_in_other_words_is_one_incident(tmp_path, records):
    with fresh(tmp_path, records, ["attack_a", "attack_b"]) as store:
        both = [store.incident(i) for i in shared(store, records["attack_a"], records["attack_b"])]
        attacks = [i for i in both if i["cameo_root"] in VIOLENCE]
        assert len(attacks) == 1
        assert attacks[0]["n_articles"] == 2 and attacks[0]["n_sources"] == 2
        assert {a["publisher"] for a in attacks[0]["articles"]} == {"Kabul Daily", "Frontier Post"}


@pytest.mark.parametrize("first,second", [("market", "attack_a"), ("attack_a", "checkpoint")])
def test_two_attacks_in_one_city_on_consecutive_days_are_two_incidents(tmp_path, records, first,
                                                                     second):
    with fresh(tmp_path, records, [first, second]) as store:
        assert incidents_of(store, records[first]) and incidents_of(store, records[second])
        assert not shared(store, records[first], records[second])


def test_meeting_announced_monday_and_held_wednesday_is_one_incident(tmp_path, records):
    with fresh(tmp_path, records, ["talks_announced", "talks_held"]) as store:
        both = shared(store, records["talks_announced"], records["talks_held"])
        assert len(both) == 1
        codes = {e["cameo"] for e in store.incident(both.pop())["events"]}
        assert "036" in codes and any(c.startswith("04") for c in codes)


def test_reingest_changes_nothing(tmp_path, records):
    with fresh(tmp_path, records, ["attack_a", "attack_b", "market"]) as store:
        before = (partition(store), store.incidents(limit=100))
        stats = incidents.ingest(store, [records["attack_a"], records["attack_b"]])
        assert stats.added == 0
        assert (partition(store), store.incidents(limit=100)) == before


def test_article_ingested_later_joins_the_existing_incident(tmp_path, records):
    with fresh(tmp_path, records, ["attack_a", "market", "talks_held"]) as store:
        first = incidents_of(store, records["attack_a"])
        incidents.ingest(store, [records["attack_b"]])
        joined = shared(store, records["attack_a"], records["attack_b"])
        assert joined and joined <= first  # named after its first report, so the id stays
        assert all(store.incident(i)["last_seen"] == "2024-03-06" for i in joined)


def test_rebuild_gives_the_same_incidents_whatever_the_order(tmp_path, records):
    names = list(records)
    for sub in ("forward", "backward"):
        (tmp_path / sub).mkdir()
    with fresh(tmp_path / "forward", records, names) as store:
        forward = partition(store)
        incidents.rebuild(store)
        assert partition(store) == forward
    with fresh(tmp_path / "backward", records, reversed(names)) as store:
        assert partition(store) == forward


def test_every_stored_event_belongs_to_an_incident(tmp_path, records):
    with fresh(tmp_path, records, list(records)) as store:
        assert len(partition(store)) == store.count_events()
        assert all(r["incident_id"] for r in store.events(limit=100))


def test_incidents_take_the_event_filters(tmp_path, records):
    with fresh(tmp_path, records, list(records)) as store:
        rows = store.incidents(EventFilter(root="19"))
        assert rows and all(r["cameo_root"] in ("18", "19", "20") for r in rows)
        assert store.count_incidents(EventFilter(root="19")) == len(rows)
        assert store.incidents(EventFilter(place="new delhi"))
        assert store.count_incidents() < store.count_events()


def test_incident_counts_for_the_dashboard(tmp_path, records):
    with fresh(tmp_path, records, ["attack_a", "attack_b"]) as store:
        mentions = sum(r["count"] for r in store.timeseries())
        incidents = sum(r["count"] for r in store.incident_timeseries())
        assert incidents < mentions
        assert sum(r["count"] for r in store.incident_places()) <= sum(
            r["count"] for r in store.places())


def test_incident_view_lists_events_sentences_and_articles(tmp_path, records):
    with fresh(tmp_path, records, ["attack_a", "attack_b"]) as store:
        incident = next(i for i in map(store.incident, shared(store, records["attack_a"],
                                                              records["attack_b"]))
                        if i["cameo_root"] in VIOLENCE)
        assert {e["article_id"] for e in incident["events"]} == {
            records["attack_a"]["id"], records["attack_b"]["id"]}
        assert any("Kandahar" in s["text"] for s in incident["sentences"])
        assert incident["first_seen"] == "2024-03-05" and incident["confidence"] > 0.5
        assert store.incident("no-such-incident") is None


def test_rebuild_groups_a_store_filled_without_incidents(tmp_path, records):
    with open_store(str(tmp_path / "plain.db")) as store:
        store.ingest(records.values())  # the library's plain ingest: no incident assignment
        assert all(r["incident_id"] is None for r in store.events(limit=100))
        assert incidents.rebuild(store) == len(records)
        assert all(r["incident_id"] for r in store.events(limit=100))


def test_store_from_before_incidents_gets_the_incident_tables(tmp_path, records):
    import sqlite3

    path = tmp_path / "old.db"
    with open_store(str(path)) as store:
        store.ingest([records["market"]])
    with sqlite3.connect(path) as conn:  # make it a version-1 store again
        for table in ("incidents", "incident_events", "incident_articles"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("UPDATE eventwire_meta SET value = '1' WHERE key = 'schema_version'")
    with open_store(str(path)) as store:
        assert store.count_incidents() == 0
        incidents.rebuild(store)
        assert store.count_incidents() > 0
