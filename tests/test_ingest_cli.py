"""End to end: ``eventwire process`` on a folder of mixed inputs plus a missing file."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HTML = """<html><head><title>Harbour strike ends</title></head><body><article>
<p>Dock workers in Mombasa ended a week-long strike on Friday after the port authority agreed
to raise wages, union leaders said.</p>
<p>Ships that had waited offshore began to unload cargo on Saturday morning.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "a-story.txt").write_text(
        "KAMPALA, May 6, 2024 — Uganda's parliament passed the budget on Monday.\n", "utf-8"
    )
    (folder / "b-page.html").write_text(HTML, "utf-8")
    (folder / "c-crawl.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Talks in Doha resumed on Sunday.", "published": "2024-02-04"})
        + "\n{this line is broken\n"
        + json.dumps({"id": "j3", "text": "Ghana's central bank held rates on Monday."})
        + "\n",
        "utf-8",
    )
    (folder / ".hidden.txt").write_text("never read", "utf-8")
    missing = folder.parent / "missing.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "eventwire", "process", str(folder), str(missing)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    return folder, missing, proc


def test_exit_status_is_one_when_some_failed(run):
    _, _, proc = run
    assert proc.returncode == 1, proc.stderr


def test_one_stderr_line_per_failure_naming_the_input(run):
    folder, missing, proc = run
    lines = [line for line in proc.stderr.splitlines()
             if line.strip() and "warning:" not in line][:-1]  # the last is the batch summary
    bad_line = (
        f"eventwire: {folder / 'c-crawl.jsonl'} line 2: not valid JSON "
        "(Expecting property name enclosed in double quotes)"
    )
    assert lines == [bad_line, f"eventwire: {missing}: no such file or directory"]


def test_records_in_input_order(run):
    folder, _, proc = run
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    sources = [(r["source"]["path"], r["source"]["id"]) for r in records]
    assert sources == [
        (str(folder / "a-story.txt"), None),
        (str(folder / "b-page.html"), None),
        (str(folder / "c-crawl.jsonl"), "j1"),
        (str(folder / "c-crawl.jsonl"), "j3"),
    ]


def test_records_carry_reader_metadata_and_dateline(run):
    _, _, proc = run
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert records[0]["published"] == "2024-05-06"  # from the dateline
    assert records[1]["title"] == "Harbour strike ends"
    assert records[1]["text"].startswith("Dock workers in Mombasa ended a week-long strike")
    assert records[2]["published"] == "2024-02-04"  # from the JSONL line
    assert records[3]["published"] is None
