"""A worker process the kernel kills (out of memory, SIGKILL) costs its article one line of
error, not the batch: the runner notices the dead worker, names the input it was running,
starts a new worker and goes on. The killing is real: a user's pipeline (``--model``) whose
component sends SIGKILL to its own process on one marked article."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hostile_corpus import STORY
from user_pipeline import install_pipeline

KILLER = '''
def component(doc):
    if "Atlantis" in doc.text:  # this article kills its worker, as the OOM killer would
        os.kill(os.getpid(), signal.SIGKILL)
    return doc
'''


def articles(n: int, doomed: int | set[int]) -> str:
    doomed = {doomed} if isinstance(doomed, int) else doomed
    lines = []
    for i in range(n):
        text = STORY.replace("Tuesday", f"day {i}")
        if i in doomed:
            text = text.replace("Santiago", "Atlantis")
        lines.append(json.dumps({"id": f"n{i}", "text": text}))
    return "\n".join(lines) + "\n"


def run_batch(
    tmp_path, *options: str, count: int = 7, doomed: int | set[int] = 3
) -> tuple[subprocess.CompletedProcess, list[dict]]:
    """``process`` with the killing pipeline over ``count`` articles, ``n{doomed}`` marked."""
    env = install_pipeline(tmp_path / "site", "killer_pipeline", KILLER)
    path = tmp_path / "batch.jsonl"
    path.write_text(articles(count, doomed))
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "eventwire", "process", str(path), "--model", "killer_pipeline",
         "-o", str(out), *options],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )
    return proc, [json.loads(line) for line in out.read_text().splitlines()]


def test_a_killed_worker_fails_its_article_and_the_batch_goes_on(tmp_path):
    proc, records = run_batch(tmp_path, "--jobs", "2", "--batch-size", "3")
    assert [r["source"]["id"] for r in records] == ["n0", "n1", "n2", "n4", "n5", "n6"]
    assert proc.returncode == 1  # as for any failed input
    (line,) = [x for x in proc.stderr.splitlines() if "n3" in x]
    assert line.startswith("eventwire: ") and "[id n3]" in line
    assert "worker process was killed (SIGKILL" in line and "out of memory" in line
    assert "Traceback" not in proc.stderr
    assert "6 articles" in proc.stderr.splitlines()[-1] and "1 failed" in proc.stderr


def test_a_killed_worker_in_a_batch_of_one_article_each(tmp_path):
    proc, records = run_batch(tmp_path, "--jobs", "2", "--batch-size", "1")
    assert [r["source"]["id"] for r in records] == ["n0", "n1", "n2", "n4", "n5", "n6"]
    assert proc.returncode == 1
    assert sum("worker process was killed" in x for x in proc.stderr.splitlines()) == 1


def test_articles_that_kill_every_new_worker_fail_one_by_one(tmp_path):
    proc, records = run_batch(tmp_path, "--jobs", "2", "--batch-size", "2", count=6,
                              doomed={1, 2, 3, 4})
    assert [r["source"]["id"] for r in records] == ["n0", "n5"]
    killed = [x for x in proc.stderr.splitlines() if "worker process was killed" in x]
    assert [x.split("[id ")[1][:2] for x in killed] == ["n1", "n2", "n3", "n4"]
    assert proc.returncode == 1


def test_a_pipeline_the_workers_cannot_load_ends_the_run_with_one_line(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY)
    proc = subprocess.run(
        [sys.executable, "-m", "eventwire", "process", str(path), "--model",
         str(tmp_path / "no-such-pipeline"), "--jobs", "2", "-o", str(tmp_path / "out.jsonl")],
        capture_output=True, text=True, env=install_pipeline(tmp_path / "site", "unused", KILLER),
        timeout=300, check=False,
    )
    assert proc.returncode == 2  # before: the pool started new workers for ever
    (line,) = proc.stderr.splitlines()
    assert line.startswith("eventwire process: spaCy pipeline ") and "could not be loaded" in line


class Named(str):
    """An item as the pool names it in a failure (articles have a ``name``)."""

    @property
    def name(self) -> str:
        return f"input {self}"


@pytest.mark.parametrize("batch", [1, 2, 3])
def test_the_pool_goes_on_after_every_kind_of_death_in_order(batch):
    from pool_workers import make_echo

    from eventwire.workerpool import run_pool

    items = [Named("die" if i in (3, 4, 9) else f"a{i}") for i in range(12)]
    chunks = [items[i:i + batch] for i in range(0, len(items), batch)]
    for _ in range(6):  # a race in the bookkeeping shows only now and then
        results = list(run_pool(iter(chunks), 2, make_echo))
        assert [getattr(r, "input", None) or r["item"] for r in results] == [
            "input die" if x == "die" else x for x in items]
