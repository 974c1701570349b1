"""One huge text costs bounded memory: the cleaner makes no list of all its words, and the
record of a text cut into pieces is merged piece by piece into files (``longrecord``), written
out by ``process`` without ever being whole in memory, byte for byte what a dict would give.
(Peak memory itself is measured by ``benchmarks/memory.py``, minutes per run.)"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.article import Article
from eventwire.clean.cues import more_words_than, squeeze
from eventwire.longrecord import RecordMerger, SpooledRecord, merge_records
from eventwire.pipeline import finish, piece_record, prepare
from eventwire.runner import RunConfig, Worker

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [
    "The mayor of Lisbon met union leaders on Monday, officials said. ",
    "Protesters accused the police chief of lying, according to a statement. ",
    "\u201cWe will not give up,\u201d the union leader told reporters in Porto. ",
    "The council praised the delegation from Oslo on Friday. ",
]
LONG = "".join(SENTENCES[i % 4] for i in range(160))  # ~10,000 characters, one line
SPACES = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u3000", "\x1c"])
TEXTS = st.lists(st.one_of(st.text("ab\u00e9", min_size=1, max_size=4), SPACES), max_size=40)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(1, 12))
def test_squeeze_in_parts_equals_splitting_every_word(parts, part_chars):
    text = "".join(parts)
    assert squeeze(text, part_chars) == " ".join(text.split())


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(0, 10))
def test_more_words_than_counts_as_split_does(parts, n):
    text = "".join(parts)
    assert more_words_than(text, n) == (len(text.split()) > n)


@pytest.fixture(scope="module")
def pieces(nlp):
    prepared = prepare(Article(text=LONG, path="long.txt"), nlp, max_chars=1500,
                       published="2024-04-08")
    assert len(prepared.pieces) > 4
    return prepared, [piece_record(prepared, nlp(doc)) for doc in prepared.make_docs()]


def spooled(prepared, parts) -> SpooledRecord:
    merger = RecordMerger(prepared.text)
    for part, offset in zip(json.loads(json.dumps(parts)), prepared.offsets, strict=True):
        merger.add(part, offset)
    return merger.close()


def test_a_spooled_record_writes_the_json_of_the_merged_dict(pieces):
    prepared, parts = pieces
    merged = merge_records(json.loads(json.dumps(parts)), prepared.offsets, prepared.text)
    record = spooled(prepared, parts)
    out = io.StringIO()
    record.write_json(out)
    assert out.getvalue() == json.dumps(merged, ensure_ascii=False)
    assert record.to_dict() == merged
    assert record.count("events") == len(merged["events"]) > 10


def test_pretty_json_is_written_an_item_at_a_time_as_json_dumps_would(pieces):
    prepared, parts = pieces
    record = spooled(prepared, parts)
    out = io.StringIO()
    record.write_json(out, indent=2)
    assert out.getvalue() == json.dumps(record.to_dict(), ensure_ascii=False, indent=2)


@pytest.mark.parametrize("chunk_chars", [1, 7, 1000])
def test_list_items_reads_whole_items_across_chunks(pieces, chunk_chars):
    prepared, parts = pieces
    record = spooled(prepared, parts)
    for field in ("sentences", "actors", "quotes", "events"):
        assert list(record.list_items(field, chunk_chars)) == record[field]


def test_the_merged_record_joins_actors_across_pieces(pieces):
    prepared, parts = pieces
    record = spooled(prepared, parts).to_dict()
    names = [(a["name"], a["code"]) for a in record["actors"]]
    assert len(names) == len(set(names))
    assert max(len(a["mentions"]) for a in record["actors"]) > len(prepared.pieces)
    for event in record["events"]:
        assert set(event["source"]) <= {a["id"] for a in record["actors"]}
        assert 0 <= event["sentence"] < len(record["sentences"])


def test_a_spooled_record_keeps_only_small_fields_in_memory(pieces):
    prepared, parts = pieces
    record = spooled(prepared, parts)
    assert {k for k, v in record.head.items() if isinstance(v, list)} == {"removed"}
    assert record["published"] == "2024-04-08" and record["source"]["path"] == "long.txt"


def test_its_files_go_with_it(pieces):
    prepared, parts = pieces
    record = spooled(prepared, parts)
    folder = record.folder
    assert os.listdir(folder)
    del record
    assert not os.path.exists(folder)


def test_the_runner_spools_only_when_asked(nlp, pieces):
    prepared, _ = pieces
    article = Article(text=LONG, path="long.txt")
    cfg = RunConfig(piece_chars=1500, published="2024-04-08")
    worker = Worker.__new__(Worker)
    worker.cfg, worker.on_piece, worker.nlp = cfg, None, nlp
    (as_dict,) = worker.process_chunk([article])
    worker.cfg = RunConfig(piece_chars=1500, published="2024-04-08", spool=True)
    (on_disk,) = worker.process_chunk([article])
    assert isinstance(as_dict, dict) and isinstance(on_disk, SpooledRecord)
    assert on_disk.to_dict() == as_dict == finish(prepared, [nlp(d) for d in prepared.docs])


@pytest.mark.parametrize("jobs,fmt", [("1", "pretty"), ("2", "jsonl")])
def test_process_writes_a_long_single_line_text_as_the_library_does(tmp_path, nlp, jobs, fmt):
    # (jobs 2: the worker process hands the record's files to the writing process)
    path = tmp_path / "long.txt"
    path.write_text(LONG * 12)  # ~120,000 characters: two pieces at the default size
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "TMPDIR": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "eventwire", "process", str(path), "--published", "2024-04-08",
         "--jobs", jobs, "--format", fmt, "-o", str(out)],
        capture_output=True, text=True, env=env, timeout=900, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    prepared = prepare(Article(text=LONG * 12, path=str(path)), nlp, published="2024-04-08")
    assert len(prepared.pieces) == 2
    expected = finish(prepared, [nlp(d) for d in prepared.docs])
    indent = 2 if fmt == "pretty" else None
    assert out.read_text() == json.dumps(expected, ensure_ascii=False, indent=indent) + "\n"
    assert f"{len(expected['events'])} events" in proc.stderr.splitlines()[-1]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("eventwire-record-")]


def test_process_admits_a_20_mb_text_by_default_and_ingest_keeps_its_limit():
    from eventwire.cli import build_parser
    from eventwire.commands.common import read_limits

    parser = build_parser()
    process = read_limits(parser.parse_args(["process", "x.txt"]))
    ingest = read_limits(parser.parse_args(["ingest", "x.txt", "--db", "x.db"]))
    assert process.max_chars == 25_000_000 > 20 * 1024**2
    assert ingest.max_chars == 5_000_000  # ingest holds each record whole, to store it
    assert read_limits(parser.parse_args(["process", "x.txt", "--max-chars", "9"])).max_chars == 9
