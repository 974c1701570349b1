"""Exports follow the umask, say on stderr what they left out and why, and write trimmed text."""

from __future__ import annotations

import csv
import json
import os
import stat
import subprocess
import sys

import pytest
from test_store_records import visit_record

from eventwire.cli import main
from eventwire.export import export
from eventwire.store import open_store

FORMATS = ["plover-jsonl", "gdelt-tsv", "csv", "parquet"]


@pytest.fixture
def store_with_a_statement(tmp_path):
    """A store of one article: two events with a PLOVER type, one bare statement (CAMEO 010)."""
    rec = visit_record()
    rec["events"][2].update({"cameo": "010", "cameo_root": "01", "plover": None, "goldstein": 0.0})
    db = tmp_path / "s.db"
    with open_store(str(db)) as store:
        store.ingest([rec])
    return db


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_export_file_follows_the_umask(store_with_a_statement, tmp_path, fmt, umask):
    out = tmp_path / f"events.{fmt}"
    code = (
        f"import os, sys; os.umask({umask}); from eventwire.cli import main; "
        f"sys.exit(main(['export', '--db', {str(store_with_a_statement)!r}, '--format', {fmt!r},"
        f" '-o', {str(out)!r}]))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o666 & ~umask


def test_plover_export_says_what_it_left_out_and_why(store_with_a_statement, tmp_path, capsys):
    out = tmp_path / "p.jsonl"
    assert main(["export", "--db", str(store_with_a_statement), "--format", "plover-jsonl",
                 "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"2 events written to {out} (plover-jsonl); 1 left out: 1 CAMEO 01 (no PLOVER type)" in err


@pytest.mark.parametrize("fmt", ["gdelt-tsv", "csv", "parquet"])
def test_other_exports_say_nothing_was_left_out(store_with_a_statement, tmp_path, capsys, fmt):
    out = tmp_path / f"events.{fmt}"
    assert main(["export", "--db", str(store_with_a_statement), "--format", fmt, "-o", str(out)]) == 0
    assert "3 events written" in capsys.readouterr().err.split("; ")[0]


def test_export_to_standard_output_reports_on_stderr(store_with_a_statement, capsys):
    assert main(["export", "--db", str(store_with_a_statement), "--format", "plover-jsonl"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2
    assert "to standard output (plover-jsonl); 1 left out" in captured.err


def test_text_fields_are_trimmed(tmp_path):
    rec = visit_record()
    rec["text"] = rec["text"] + "\n\n"
    last = rec["sentences"][-1]
    last["end"] = len(rec["text"])
    from eventwire.record import record_id

    rec["id"] = record_id(rec["text"])
    with open_store(str(tmp_path / "s.db")) as store:
        store.ingest([rec])
        export(store, "csv", str(tmp_path / "e.csv"))
        export(store, "plover-jsonl", str(tmp_path / "e.jsonl"))
    with open(tmp_path / "e.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(v == v.strip() for row in rows for v in row.values())
    for line in (tmp_path / "e.jsonl").read_text("utf-8").splitlines():
        assert json.loads(line)["text"] == json.loads(line)["text"].strip()
