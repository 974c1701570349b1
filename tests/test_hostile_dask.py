"""On Dask, as with ``--jobs``, a component that fails on an article is said once: the command
line's one line (from the record's ``coder.errors``), not also the workers' log. The failure is
real: a user's pipeline (``--model``) whose component writes places without mentions, which the
events stage cannot read."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hostile_corpus import STORY
from test_hostile_workers import run_batch
from user_pipeline import install_pipeline

pytest.importorskip("distributed")

BROKEN_PLACES = '''
def component(doc):
    if "Atlantis" in doc.text:
        doc._.places = [{"id": "p1", "name": "Atlantis", "country": "XXX"}]
    return doc
'''


def test_a_component_failure_on_dask_is_reported_once(tmp_path):
    env = install_pipeline(tmp_path / "site", "places_pipeline", BROKEN_PLACES)
    path = tmp_path / "batch.jsonl"
    texts = [STORY, STORY.replace("Santiago", "Atlantis"), STORY.replace("Tuesday", "Friday")]
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                            for i, t in enumerate(texts)))
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "eventwire", "process", str(path), "--model", "places_pipeline",
         "--dask", "local", "--jobs", "2", "-o", str(out)],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["source"]["id"] for r in records] == ["d0", "d1", "d2"]
    assert [e["component"] for e in records[1]["coder"]["errors"]] == ["eventwire_events"]
    said = [line for line in proc.stderr.splitlines() if "eventwire_events failed" in line]
    assert len(said) == 1, proc.stderr
    assert said[0].startswith(f"eventwire: {path} (record {records[1]['id']}): ")


def test_an_article_that_kills_its_dask_workers_is_its_own_failure(tmp_path):
    proc, records = run_batch(tmp_path, "--dask", "local", "--jobs", "2", "--batch-size", "2",
                              count=4, doomed=1)
    assert [r["source"]["id"] for r in records] == ["n0", "n2", "n3"], proc.stderr[-3000:]
    assert proc.returncode == 1, proc.stderr[-3000:]
    (line,) = [x for x in proc.stderr.splitlines() if x.startswith("eventwire: ") and "n1" in x]
    assert "[id n1]: worker process was killed" in line
