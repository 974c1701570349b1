"""Hand-written eventwire/1 records with actors, quotes, places, times and events.

The store and export tests use these (the events component may still code little); the
tests here check that every one of them is a valid record.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

import eventwire
from eventwire.record import record_id

ROOT = Path(__file__).resolve().parent.parent
PG_SCRIPT = ROOT / "scripts" / "pg-test-server.sh"
PG_BIN = Path("/usr/lib/postgresql/15/bin")

CODER = {"name": "eventwire", "version": "test", "model": "hand-written"}


def span(text: str, needle: str, nth: int = 0) -> dict:
    """{"text", "start", "end"} of the nth occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"text": needle, "start": start, "end": start + len(needle)}


def sentences(text: str) -> list[dict]:
    return [{"start": m.start(), "end": m.end()} for m in re.finditer(r"[^\s][^.!?]*[.!?]+\"?", text)]


def sentence_of(text: str, start: int) -> int:
    for i, s in enumerate(sentences(text)):
        if s["start"] <= start < s["end"]:
            return i
    raise ValueError(start)


def actor(text, aid, name, kind, country, sector, code, mentions, title=None) -> dict:
    return {
        "id": aid, "name": name, "kind": kind, "country": country, "sector": sector,
        "code": code, "title": title, "wikidata": None,
        "mentions": [span(text, m) for m in mentions],
    }


def event(text, eid, source, target, codes, cameo, quad, goldstein, plover, trigger, *,
          date, date_text=None, place=None, quote=None, modality="asserted") -> dict:
    trig = span(text, trigger)
    return {
        "id": eid, "source": source, "target": target,
        "source_code": codes[0], "target_code": codes[1],
        "cameo": cameo, "cameo_root": cameo[:2], "quad_class": quad, "goldstein": goldstein,
        "plover": None if plover is None else {"type": plover[0], "mode": plover[1]},
        "modality": modality, "date": date, "date_text": date_text, "place": place,
        "quote": quote, "sentence": sentence_of(text, trig["start"]), "trigger": trig,
        "pattern": f"test.{cameo}", "confidence": 0.9,
    }


def place(text, pid, name, country, lat, lon, mentions, feature="city") -> dict:
    return {
        "id": pid, "name": name, "country": country, "admin1": None, "lat": lat, "lon": lon,
        "geonameid": None, "feature": feature, "mentions": [span(text, m) for m in mentions],
    }


def record(text, *, title, published, actors=(), quotes=(), places=(), times=(), events=(),
           url=None) -> dict:
    return {
        "schema": "eventwire/1", "id": record_id(text),
        "source": {"id": None, "path": None, "url": url, "publisher": "Test Wire", "byline": None},
        "title": title, "published": published, "language": "en", "text": text, "removed": [],
        "sentences": sentences(text), "actors": list(actors), "quotes": list(quotes),
        "places": list(places), "times": list(times), "events": list(events), "coder": CODER,
    }


def visit_record() -> dict:
    """A minister's visit, an agreement and a direct quote (cooperation, with a place)."""
    t = ("Norway's foreign minister visited Ottawa on Monday. Canada and Norway signed a "
         "fisheries agreement. \"We will work together on the Arctic,\" the minister said.")
    q = {
        "id": "q1", "kind": "direct", **span(t, "We will work together on the Arctic,"),
        "speaker": {**span(t, "the minister"), "actor": "a1"}, "cue": span(t, "said"),
    }
    q["text"] = q["text"].rstrip(",")
    q["end"] = q["start"] + len(q["text"])
    return record(
        t, title="Minister visits Ottawa", published="2024-03-05", url="https://example.org/a",
        actors=[
            actor(t, "a1", "Norwegian Foreign Minister", "person", "NOR", "GOV", "NORGOV",
                  ["Norway's foreign minister"], title="Foreign Minister"),
            actor(t, "a2", "Canada", "country", "CAN", "GOV", "CANGOV", ["Canada"]),
        ],
        places=[place(t, "p1", "Ottawa", "CAN", 45.4112, -75.6981, ["Ottawa"])],
        times=[{"id": "t1", **span(t, "on Monday"), "value": "2024-03-04", "precision": "day"}],
        quotes=[q],
        events=[
            event(t, "e1", ["a1"], ["a2"], ("NORGOV", "CANGOV"), "042", 1, 1.9,
                  ("CONSULT", "visit"), "visited", date="2024-03-04", date_text="on Monday",
                  place="p1"),
            event(t, "e2", ["a2"], ["a1"], ("CANGOV", "NORGOV"), "057", 1, 8.0, ("AGREE", None),
                  "signed", date="2024-03-05", place="p1"),
            event(t, "e3", ["a1"], ["a2"], ("NORGOV", "CANGOV"), "036", 1, 4.0,
                  ("CONSULT", None), "said", date="2024-03-05", quote="q1", modality="reported"),
        ],
    )


def arrest_record() -> dict:
    """Police arrest protesters and the opposition condemns it (material and verbal conflict)."""
    t = ("Police in Lagos arrested twelve protesters on Tuesday. The opposition party "
         "condemned the arrests and said the police had acted unlawfully.")
    return record(
        t, title="Protesters arrested in Lagos", published="2024-03-20",
        actors=[
            actor(t, "a1", "Nigerian police", "organization", "NGA", "COP", "NGACOP",
                  ["Police", "the police"]),
            actor(t, "a2", "protesters", "group", "NGA", "CVL", "NGACVL", ["twelve protesters"]),
            actor(t, "a3", "opposition party", "organization", "NGA", "OPP", "NGAOPP",
                  ["The opposition party"]),
        ],
        places=[place(t, "p1", "Lagos", "NGA", 6.4541, 3.3947, ["Lagos"])],
        times=[{"id": "t1", **span(t, "on Tuesday"), "value": "2024-03-19", "precision": "day"}],
        quotes=[{
            "id": "q1", "kind": "indirect", **span(t, "the police had acted unlawfully"),
            "speaker": {**span(t, "The opposition party"), "actor": "a3"},
            "cue": span(t, "said"),
        }],
        events=[
            event(t, "e1", ["a1"], ["a2"], ("NGACOP", "NGACVL"), "173", 4, -5.0,
                  ("ARREST", None), "arrested", date="2024-03-19", date_text="on Tuesday",
                  place="p1"),
            event(t, "e2", ["a3"], ["a1"], ("NGAOPP", "NGACOP"), "111", 3, -2.0,
                  ("ACCUSE", "disapprove"), "condemned", date="2024-03-20", quote=None),
        ],
    )


def trade_record() -> dict:
    """A planned economic step at month precision, and an article carrying markup as text."""
    t = ("Russia said it would expand trade with China next month. A reader wrote "
         "<script>alert('x')</script> in the comments.")
    return record(
        t, title="Trade <b>plans</b>", published="2024-04-02",
        actors=[
            actor(t, "a1", "Russia", "country", "RUS", "GOV", "RUSGOV", ["Russia", "it"]),
            actor(t, "a2", "China", "country", "CHN", "GOV", "CHNGOV", ["China"]),
        ],
        times=[{"id": "t1", **span(t, "next month"), "value": "2024-05", "precision": "month"}],
        events=[
            event(t, "e1", ["a1"], ["a2"], ("RUSGOV", "CHNGOV"), "0311", 1, 5.2,
                  ("COOPERATE", None), "would expand", date="2024-05", date_text="next month",
                  modality="future"),
        ],
    )


def sample_records() -> list[dict]:
    """Three articles, six events, two quotes: the store and export tests' collection."""
    return [visit_record(), arrest_record(), trade_record()]


def test_sample_records_are_valid():
    for rec in sample_records():
        eventwire.validate(rec)


def test_sample_spans_point_into_text():
    for rec in sample_records():
        for ev in rec["events"]:
            trig = ev["trigger"]
            assert rec["text"][trig["start"] : trig["end"]] == trig["text"]
        for q in rec["quotes"]:
            assert rec["text"][q["start"] : q["end"]] == q["text"]


def test_sample_ids_are_content_hashes():
    ids = [r["id"] for r in sample_records()]
    assert len(set(ids)) == 3
    assert ids == [record_id(r["text"]) for r in sample_records()]


# -- backends: a throwaway PostgreSQL server for the session, a fresh database per test ----------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server():
    """Base URL of a PostgreSQL 15 started by scripts/pg-test-server.sh (skip if not installed)."""
    if not (PG_BIN / "initdb").exists():
        pytest.skip("PostgreSQL 15 is not installed (apt-get install postgresql)")
    folder = tempfile.mkdtemp(prefix="eventwire-pg-")
    out = subprocess.run(  # noqa: PLW1510 - the return code is asserted below
        [str(PG_SCRIPT), "start", folder, str(_free_port())],
        capture_output=True, text=True, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    url = out.stdout.strip()
    yield url
    subprocess.run([str(PG_SCRIPT), "stop", folder], capture_output=True, timeout=60, check=False)
    shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _pg_database(server: str):
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield server.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database on the test server; dropped afterwards."""
    with _pg_database(pg_server) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """Where to open a store: a SQLite file, then a PostgreSQL database (same tests for both)."""
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def loaded_store(request, tmp_path_factory):
    """A store holding :func:`sample_records`, shared by a module's read-only tests."""
    from eventwire.store import open_store

    with ExitStack() as stack:
        if request.param == "sqlite":
            url = str(tmp_path_factory.mktemp("store") / "events.db")
        else:
            url = stack.enter_context(_pg_database(request.getfixturevalue("pg_server")))
        store = open_store(url)
        store.ingest(sample_records())
        yield store
        store.close()
