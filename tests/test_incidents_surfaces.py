"""Incidents where analysts look: the CLI (query --incidents, incidents show/rebuild), the API
(/incidents, /incidents/{id}, the incident aggregates, from a real `eventwire serve`) and the
exports, over a real store."""

from __future__ import annotations

import csv
import io
import json

import pytest
from incident_articles import process_all
from test_api_support import Server

from eventwire import incidents
from eventwire.cli import main
from eventwire.export.gdelt_tsv import COLUMNS as GDELT
from eventwire.store import open_store


@pytest.fixture(scope="module")
def records(nlp):
    return process_all(nlp)


@pytest.fixture(scope="module")
def db(records, tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("incidents") / "events.db")
    with open_store(path) as store:
        incidents.ingest(store, records.values())
    return path


@pytest.fixture(scope="module")
def attack(db, records) -> str:
    """The id of the incident both outlets' attack articles share."""
    with open_store(db, readonly=True) as store:
        rows = store._rows(
            "SELECT ie.incident_id FROM incident_events ie JOIN incidents i ON i.id = ie.incident_id"
            " WHERE ie.article_id IN (?, ?) AND i.cameo_root IN ('18', '19', '20')"
            " GROUP BY ie.incident_id HAVING COUNT(DISTINCT ie.article_id) = 2",
            [records["attack_a"]["id"], records["attack_b"]["id"]],
        )
    assert len(rows) == 1
    return rows[0]["incident_id"]


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_query_incidents_prints_a_table(capsys, db, attack):
    code, out, _ = run(capsys, "query", "--incidents", "--db", db)
    assert code == 0
    assert out.splitlines()[0].split()[:4] == ["id", "date", "source", "cameo"]
    assert attack in out


def test_query_incidents_as_jsonl_and_csv(capsys, db, attack):
    _, out, _ = run(capsys, "query", "--incidents", "--format", "jsonl", "--root", "19", "--db", db)
    rows = [json.loads(line) for line in out.splitlines()]
    assert attack in {r["id"] for r in rows}
    assert next(r for r in rows if r["id"] == attack)["n_articles"] == 2
    _, out, _ = run(capsys, "query", "--incidents", "--format", "csv", "--db", db)
    table = list(csv.DictReader(io.StringIO(out)))
    assert {"id", "n_events", "n_articles", "n_sources", "confidence"} <= set(table[0])


def test_query_incidents_count(capsys, db):
    _, incidents_n, _ = run(capsys, "query", "--incidents", "--count", "--db", db)
    _, events_n, _ = run(capsys, "query", "--count", "--db", db)
    assert 0 < int(incidents_n) < int(events_n)


def test_incidents_show_lists_the_reporting_articles(capsys, db, attack):
    code, out, _ = run(capsys, "incidents", "show", attack, "--db", db)
    assert code == 0
    assert "2 articles from 2 sources" in out
    assert "Kabul Daily" in out and "Frontier Post" in out


def test_incidents_show_unknown_id_says_so(capsys, db):
    code, _, err = run(capsys, "incidents", "show", "nope", "--db", db)
    assert code == 1 and "no incident 'nope'" in err


def test_incidents_rebuild_keeps_the_incidents(capsys, db, tmp_path):
    import shutil

    copy = str(tmp_path / "copy.db")
    shutil.copy(db, copy)
    _, before, _ = run(capsys, "query", "--incidents", "--format", "jsonl", "--limit", "500", "--db", copy)
    code, _, err = run(capsys, "incidents", "rebuild", "--db", copy)
    assert code == 0 and "incidents" in err
    _, after, _ = run(capsys, "query", "--incidents", "--format", "jsonl", "--limit", "500", "--db", copy)
    assert after == before


@pytest.fixture(scope="module")
def client(db):
    server = Server(db)
    try:
        with server.client() as c:
            yield c
    finally:
        server.stop()


def test_api_lists_incidents_with_the_event_filters(client, attack):
    body = client.get("/incidents", params={"root": "19"}).json()
    assert attack in {i["id"] for i in body["items"]}
    assert body["total"] == len(body["items"])
    assert client.get("/incidents", params={"dyad": "ZZZ:YYY"}).json()["total"] == 0


def test_api_incident_has_events_sentences_and_articles(client, attack):
    body = client.get(f"/incidents/{attack}").json()
    assert len(body["articles"]) == 2
    assert body["events"] and body["sentences"]
    assert all(e["incident_id"] == attack for e in body["events"])


def test_api_unknown_incident_is_404(client):
    assert client.get("/incidents/nope").status_code == 404


def test_api_incident_aggregates_count_incidents(client):
    mentions = sum(r["count"] for r in client.get("/timeseries").json()["items"])
    counted = sum(r["count"] for r in client.get("/incidents/timeseries").json()["items"])
    assert 0 < counted < mentions
    assert client.get("/incidents/dyads").status_code == 200
    assert client.get("/incidents/places").json()["items"]


def test_events_carry_their_incident(client, attack):
    items = client.get("/events", params={"root": "19", "limit": 100}).json()["items"]
    mine = [e for e in items if e["incident_id"] == attack]
    assert mine and all(e["incident_articles"] == 2 for e in mine)


def test_gdelt_counts_come_from_the_incident(capsys, db, attack):
    _, out, _ = run(capsys, "export", "--db", db, "--format", "gdelt-tsv", "--root", "19")
    rows = [line.split("\t") for line in out.splitlines()]
    counts = {(r[GDELT.index("NumMentions")], r[GDELT.index("NumSources")],
               r[GDELT.index("NumArticles")]) for r in rows}
    assert any(int(m) > 1 and s == "2" and a == "2" for m, s, a in counts)


def test_plover_records_carry_the_incident(capsys, db, attack):
    _, out, _ = run(capsys, "export", "--db", db, "--format", "plover-jsonl", "--root", "19")
    found = [json.loads(line)["incident"] for line in out.splitlines()]
    assert any(i["id"] == attack and i["articles"] == 2 and i["sources"] == 2 for i in found)


def test_csv_export_has_incident_columns(capsys, db):
    _, out, _ = run(capsys, "export", "--db", db, "--format", "csv")
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["incident_id"] and int(row["incident_articles"]) >= 1


def test_export_incidents_writes_one_row_per_incident(capsys, db, tmp_path):
    import pandas as pd

    _, out, _ = run(capsys, "export", "--incidents", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    _, n, _ = run(capsys, "query", "--incidents", "--count", "--db", db)
    assert len(rows) == int(n) and len({r["id"] for r in rows}) == len(rows)
    target = tmp_path / "incidents.parquet"
    run(capsys, "export", "--incidents", "--db", db, "--format", "parquet", "-o", str(target))
    frame = pd.read_parquet(target)
    assert len(frame) == int(n) and frame["n_articles"].max() >= 2
    _, out, _ = run(capsys, "export", "--incidents", "--db", db, "--format", "gdelt-tsv")
    assert len(out.splitlines()) == int(n)
