"""The hostile corpus through ``process`` and ``ingest``, with one and two workers.

Every input gets its exact outcome (a record, or one line of error naming it), no run shows a
traceback or stops early, and the inputs after a bad one are still processed. The corpus is
built by tests/hostile_corpus.py in a temporary folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_corpus import JSONL_LINES, OPTIONS, build

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "corpus"
    return folder, build(folder)


def eventwire(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "eventwire", *argv],
        capture_output=True, text=True, env=ENV, timeout=900, check=False,
    )


def failures(stderr: str) -> dict[str, str]:
    """``{input: message}`` from the one-line errors on stderr ("eventwire: NAME: message");
    warnings and the batch summary are left out."""
    found = {}
    for line in stderr.splitlines():
        if line.startswith("eventwire: /"):
            name, _, message = line.removeprefix("eventwire: ").partition(": ")
            found[name] = message
    return found


def expected_failures(expected: dict[str, str]) -> dict[str, str]:
    return {name: outcome for name, outcome in expected.items() if outcome != "record"}


def expected_records(expected: dict[str, str]) -> list[str]:
    return [name for name, outcome in expected.items() if outcome == "record"]


def record_name(record: dict, jsonl_lines: dict[str, str]) -> str:
    source = record["source"]
    if source.get("id"):
        return jsonl_lines[source["id"]]
    return source["path"]


def jsonl_names(expected: dict[str, str]) -> dict[str, str]:
    names = [n for n in expected if " line " in n]
    ids = {}
    for name, (text, _) in zip(names, JSONL_LINES, strict=True):
        try:
            ids[json.loads(text).get("id")] = name
        except (ValueError, AttributeError, RecursionError):
            pass
    return ids


@pytest.fixture(scope="module", params=[1, 2], ids=["jobs1", "jobs2"])
def processed(request, corpus, tmp_path_factory):
    folder, expected = corpus
    out = tmp_path_factory.mktemp("out") / "records.jsonl"
    run = eventwire("process", str(folder), "--jobs", str(request.param), "-o", str(out), *OPTIONS)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    return run, records, expected


@pytest.fixture(scope="module", params=[1, 2], ids=["jobs1", "jobs2"])
def ingested(request, corpus, tmp_path_factory):
    folder, expected = corpus
    db = tmp_path_factory.mktemp("db") / "events.db"
    run = eventwire("ingest", str(folder), "--db", str(db), "--jobs", str(request.param), *OPTIONS)
    return run, db, expected


def test_process_exits_1_without_a_traceback(processed):
    run, _, _ = processed
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr


def test_process_gives_every_bad_input_its_exact_one_line_error(processed):
    run, _, expected = processed
    assert failures(run.stderr) == expected_failures(expected)


def test_process_writes_a_record_for_every_good_input_in_input_order(processed):
    _, records, expected = processed
    names = [record_name(r, jsonl_names(expected)) for r in records]
    assert names == expected_records(expected)


def test_process_reads_mostly_utf8_text_as_utf8(processed):
    _, records, _ = processed
    (record,) = [r for r in records if r["source"]["path"].endswith("06-mostly-utf8.txt")]
    assert "São Paulo, Bogotá and Zürich" in record["text"]
    assert "caf\ufffd" in record["text"]


def test_process_opens_an_aes_pdf_with_an_empty_password(processed):
    _, records, _ = processed
    (record,) = [r for r in records if r["source"]["path"].endswith("10-aes.pdf")]
    assert record["text"] == "The minister of Peru visited Quito on Monday."


def test_ingest_stores_the_good_inputs_and_names_the_bad_ones(ingested):
    from eventwire.store import open_store

    run, db, expected = ingested
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert failures(run.stderr) == expected_failures(expected)
    n_good = len(expected_records(expected))
    n_bad = len(expected_failures(expected))
    assert f"{n_good} added, 0 already stored, {n_bad} failed" in run.stderr
    with open_store(str(db), readonly=True) as store:
        assert len(store.articles(limit=100)) == n_good
