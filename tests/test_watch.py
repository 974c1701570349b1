"""``eventwire watch``: a real process watching a real folder, stopped with Ctrl-C (SIGINT)."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from eventwire.store import open_store
from eventwire.watcher import FolderWatcher

STORIES = {
    "lagos.txt": "Police in Lagos arrested 30 protesters on Monday, a police spokesman said.\n",
    "seoul.txt": "Japan's foreign minister visited Seoul on Friday, officials said.\n",
    "ottawa.txt": "Canada's prime minister criticised the new tariffs on Tuesday.\n",
}


class Watch:
    """``eventwire watch`` in a subprocess, its stderr read line by line."""

    def __init__(self, folder: Path, db: Path):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "eventwire", "watch", str(folder), "--db", str(db),
             "--published", "2024-05-08", "--only", "places"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, text: str, timeout: float = 120) -> str:
        """The first status line (from now on) that contains ``text``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
                continue
            self.seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"no line with {text!r}; stderr so far: {self.seen}")

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGINT)
        return self.proc.wait(60)


@pytest.fixture
def watch(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "lagos.txt").write_text(STORIES["lagos.txt"], "utf-8")
    w = Watch(folder, tmp_path / "events.db")
    yield w, folder, tmp_path / "events.db"
    if w.proc.poll() is None:
        w.proc.kill()
        w.proc.wait()


def stored_titles(db: Path) -> list[str]:
    with open_store(str(db), readonly=True) as store:
        return sorted(a["source"]["path"].rsplit("/", 1)[-1] for a in store.articles(limit=100))


def test_watch_ingests_existing_then_new_and_changed_files_and_stops_cleanly(watch):
    w, folder, db = watch
    w.wait_for("1 files read, 1 articles added")
    w.wait_for("watching")
    (folder / "seoul.txt").write_text(STORIES["seoul.txt"], "utf-8")
    w.wait_for("2 files read, 2 articles added")
    # saved again unchanged: not processed again
    (folder / "seoul.txt").write_text(STORIES["seoul.txt"], "utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "ottawa.txt").write_text(STORIES["ottawa.txt"], "utf-8")
    line = w.wait_for("3 articles added")
    assert "3 files read" in line
    # edited: processed again, as a new article
    (folder / "lagos.txt").write_text(STORIES["lagos.txt"] + "Ten were later released.\n", "utf-8")
    w.wait_for("4 files read, 4 articles added")
    assert w.stop() == 0
    final = w.wait_for("stopped")
    assert final.startswith("eventwire watch: 4 files read, 4 articles added, 0 already stored")
    assert stored_titles(db) == ["lagos.txt", "lagos.txt", "ottawa.txt", "seoul.txt"]


def test_restarted_watch_does_not_store_twice(watch, tmp_path):
    w, folder, db = watch
    w.wait_for("watching")
    assert w.stop() == 0
    again = Watch(folder, db)
    try:
        line = again.wait_for("watching")
        assert "0 articles added, 1 already stored" in line
    finally:
        assert again.stop() == 0
    assert stored_titles(db) == ["lagos.txt"]


def test_watch_refuses_what_is_not_a_folder(tmp_path):
    out = subprocess.run([sys.executable, "-m", "eventwire", "watch", str(tmp_path / "nope"),
                          "--db", str(tmp_path / "e.db")], capture_output=True, text=True,
                         check=False, timeout=60)
    assert out.returncode == 2 and "not a folder" in out.stderr


def test_unreadable_file_is_counted_as_failed_and_the_watch_goes_on(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "lagos.txt").write_text(STORIES["lagos.txt"], "utf-8")
    failures = []
    from eventwire.runner import RunConfig

    with open_store(str(tmp_path / "e.db")) as store:
        watcher = FolderWatcher(folder, store, RunConfig(components=("eventwire_places",)),
                                on_failure=failures.append)
        watcher.scan()
        watcher.scan()  # the same files again: nothing to do
    assert (watcher.stats.files, watcher.stats.added, watcher.stats.unchanged) == (2, 1, 2)
    assert watcher.stats.failed == len(failures) == 1 and "empty.txt" in failures[0].input
