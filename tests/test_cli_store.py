"""``eventwire ingest``, ``query`` and ``export`` as a user runs them."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pandas as pd
import pytest
import test_store_records as fixtures
from test_store_records import sample_records

from eventwire.cli import main
from eventwire.store import open_store

pg_server = fixtures.pg_server
pg_url = fixtures.pg_url

ARTICLES = {
    "kenya.txt": "The president of Kenya met the Ugandan foreign minister in Nairobi on Friday. "
    "The two governments agreed to reopen the border crossing.",
    "lagos.txt": "Police in Lagos arrested twelve protesters on Tuesday. The opposition party "
    "condemned the arrests.",
    "trade.txt": "Brazil said it would cut tariffs on Argentine wheat next month.",
}


def eventwire(*args, timeout=300):
    return subprocess.run(
        [sys.executable, "-m", "eventwire", *args],
        capture_output=True, text=True, timeout=timeout, check=False,
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (path / name).write_text(text + "\n", "utf-8")
    return path


@pytest.fixture(scope="module")
def ingested(folder, tmp_path_factory):
    """A SQLite store after one `eventwire ingest` of the folder, and that run's output."""
    db = tmp_path_factory.mktemp("db") / "events.db"
    out = eventwire("ingest", str(folder), "--db", str(db), "--published", "2024-03-22")
    return db, out


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    """A SQLite store with the hand-written records (events coded), for query and export."""
    db = tmp_path_factory.mktemp("sample") / "sample.db"
    with open_store(str(db)) as store:
        store.ingest(sample_records())
    return str(db)


# -- ingest ----------------------------------------------------------------------------------


def test_ingest_stores_every_article(ingested):
    db, out = ingested
    assert out.returncode == 0, out.stderr
    assert "3 added, 0 already stored, 0 failed" in out.stderr
    with open_store(str(db), readonly=True) as store:
        assert len(store.articles()) == 3
        assert {a["source"]["path"].rsplit("/", 1)[-1] for a in store.articles()} == set(ARTICLES)
        assert all(a["published"] == "2024-03-22" for a in store.articles())


def test_ingest_again_stores_nothing_twice(ingested, folder):
    """The rerun recognises stored articles from their cleaned text, before any NLP."""
    db, _ = ingested
    out = eventwire("ingest", str(folder), "--db", str(db), "--published", "2024-03-22")
    assert out.returncode == 0, out.stderr
    assert "0 added, 3 already stored" in out.stderr
    count = sqlite3.connect(db).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert count == 3


def test_ingest_into_postgresql_reports_unreadable_input_and_stores_the_rest(folder, pg_url, tmp_path):
    out = eventwire("ingest", str(folder / "lagos.txt"), str(tmp_path / "missing.txt"),
                    "--db", pg_url)
    assert out.returncode == 1
    assert "missing.txt" in out.stderr and "Traceback" not in out.stderr
    assert "1 added, 0 already stored, 1 failed" in out.stderr
    with open_store(pg_url, readonly=True) as store:
        assert [a["source"]["path"] for a in store.articles()] == [str(folder / "lagos.txt")]


def test_ingest_into_a_missing_folder_is_a_usage_error(folder, tmp_path, capsys):
    assert main(["ingest", str(folder), "--db", str(tmp_path / "no" / "where.db")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_ingest_refuses_an_unreachable_postgresql(folder, capsys):
    assert main(["ingest", str(folder), "--db", "postgresql://nobody@127.0.0.1:1/none"]) == 2
    assert "cannot connect to postgresql://nobody@127.0.0.1:1/none" in capsys.readouterr().err


def _many_articles(folder, n: int) -> None:
    """Articles long enough that an ingest is still running when it is killed."""
    places = ["Nairobi", "Lima", "Hanoi", "Oslo", "Accra", "Quito", "Dhaka", "Riga"]
    for i in range(n):
        lines = [
            f"Report {i}, part {j}: officials in {places[(i + j) % 8]} met visiting "
            f"delegates on Monday and agreed to hold {j + 2} more rounds of talks."
            for j in range(6)
        ]
        (folder / f"report-{i:03d}.txt").write_text(" ".join(lines) + "\n", "utf-8")


def _stored(db) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_killed_ingest_rerun_finishes_without_duplicates(tmp_path):
    src = tmp_path / "reports"
    src.mkdir()
    _many_articles(src, 10)
    db = tmp_path / "events.db"
    args = [sys.executable, "-m", "eventwire", "ingest", str(src), "--db", str(db),
            "--batch-size", "1"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while _stored(db) < 1 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)  # a crash: no cleanup, no final commit
    proc.wait(timeout=60)
    before = _stored(db)
    assert 0 < before < 10  # killed part way
    out = eventwire("ingest", str(src), "--db", str(db), "--batch-size", "1")
    assert out.returncode == 0, out.stderr
    assert f"{10 - before} added, {before} already stored" in out.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM articles").fetchone() == (10, 10)
    paths = {r[0] for r in conn.execute("SELECT source_path FROM articles")}
    assert len(paths) == 10


# -- query -----------------------------------------------------------------------------------


def test_query_table(sample_db, capsys):
    assert main(["query", "--db", sample_db, "--actor", "NGA"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:4] == ["date", "source", "cameo", "target"]
    assert "NGACOP" in out and "arrested" in out and "NORGOV" not in out


def test_query_dyad_jsonl(sample_db, capsys):
    assert main(["query", "--db", sample_db, "--dyad", "NOR:CAN", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(r["cameo"] for r in rows) == ["036", "042"]


def test_query_csv_with_dates_and_cameo(sample_db, capsys, tmp_path):
    args = ["query", "--db", sample_db, "--cameo", "0", "--since", "2024-03-05",
            "--until", "2024-03-31", "--format", "csv"]
    assert main(args) == 0
    path = tmp_path / "q.csv"
    path.write_text(capsys.readouterr().out, "utf-8")
    df = pd.read_csv(path, dtype={"cameo": str})
    assert sorted(df["cameo"]) == ["036", "057"]


def test_query_count(sample_db, capsys):
    assert main(["query", "--db", sample_db, "--quad-class", "1", "--count"]) == 0
    assert capsys.readouterr().out.strip() == "4"


def test_query_limit_and_offset(sample_db, capsys):
    main(["query", "--db", sample_db, "--format", "jsonl", "--limit", "2", "--offset", "5"])
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_query_with_no_match_says_so(sample_db, capsys):
    assert main(["query", "--db", sample_db, "--actor", "ZZZ"]) == 0
    assert capsys.readouterr().out == "no matching events\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "last week"], "not a date"),
        (["--dyad", "RUS"], "SOURCE:TARGET"),
        (["--limit", "-1"], "negative"),
    ],
)
def test_query_bad_options_are_usage_errors(sample_db, capsys, args, message):
    assert main(["query", "--db", sample_db, *args]) == 2
    assert message in capsys.readouterr().err


def test_query_missing_store(tmp_path, capsys):
    assert main(["query", "--db", str(tmp_path / "nope.db")]) == 2
    assert "no such store file" in capsys.readouterr().err


def test_query_does_not_create_a_store(tmp_path, capsys):
    main(["query", "--db", str(tmp_path / "nope.db")])
    assert list(tmp_path.iterdir()) == []


# -- export ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["plover-jsonl", "gdelt-tsv", "csv", "parquet"])
def test_export_each_format_to_a_file(sample_db, tmp_path, capsys, fmt):
    path = tmp_path / f"events.{fmt}"
    assert main(["export", "--db", sample_db, "--format", fmt, "-o", str(path)]) == 0
    assert f"6 events written to {path}" in capsys.readouterr().err
    if fmt == "parquet":
        assert len(pd.read_parquet(path)) == 6
    elif fmt == "csv":
        assert len(pd.read_csv(path)) == 6
    elif fmt == "gdelt-tsv":
        assert pd.read_csv(path, sep="\t", header=None).shape == (6, 61)
    else:
        assert len(path.read_text("utf-8").splitlines()) == 6


def test_export_to_standard_output_with_a_filter(sample_db, capsys):
    assert main(["export", "--db", sample_db, "--format", "plover-jsonl", "--actor", "RUS"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["actor"][0]["code"] for r in rows] == ["RUS"]


def test_export_parquet_needs_a_file(sample_db, capsys):
    assert main(["export", "--db", sample_db, "--format", "parquet"]) == 2
    assert "give a file with -o" in capsys.readouterr().err


def test_export_into_a_missing_folder(sample_db, tmp_path, capsys):
    out = tmp_path / "no" / "events.csv"
    assert main(["export", "--db", sample_db, "--format", "csv", "-o", str(out)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_export_from_postgresql(pg_url, tmp_path, capsys):
    with open_store(pg_url) as store:
        store.ingest(sample_records())
    path = tmp_path / "events.parquet"
    assert main(["export", "--db", pg_url, "--format", "parquet", "-o", str(path)]) == 0
    assert len(pd.read_parquet(path)) == 6


def test_stored_id_predicts_the_record_id(process):
    """The pre-NLP skip in `eventwire ingest` relies on this: same cleaning, same hash."""
    from eventwire.article import Article
    from eventwire.store.known import stored_id

    text = "GENEVA —  Talks between the two delegations resumed on Monday.\n\nPhoto: Reuters\n"
    assert stored_id(Article(text=text)) == process(text)["id"]
    assert stored_id(Article(text=text), clean=False) == process(text, clean=False)["id"]
