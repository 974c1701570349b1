"""Readers under hostile input: devices and endless streams, unreadable folders, Ctrl-C."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from hostile_corpus import STORY, deep_json

from eventwire.ingest import read_inputs

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def eventwire(*argv: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "eventwire", *argv],
        capture_output=True, env=ENV, timeout=600, check=False, **kw,
    )


def at_most_6_gib() -> None:
    """Cap a child's address space: a reader that does not bound itself fails, not the machine."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (6 * 1024**3, 6 * 1024**3))


def test_dev_zero_is_refused_without_reading_it():
    code = "from eventwire.ingest import read_inputs\nprint(*read_inputs(['/dev/zero']))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV,
                         preexec_fn=at_most_6_gib, timeout=120, check=False)
    assert run.stdout.strip() == "/dev/zero: not a regular file (a device or socket): refused"


def test_an_endless_standard_input_is_bounded():
    with open("/dev/zero", "rb") as zero:
        run = eventwire("process", "-", "--max-input-size", "1M", stdin=zero,
                        preexec_fn=at_most_6_gib)
    assert run.returncode == 1 and b"Traceback" not in run.stderr
    assert b"line 1 is too long: larger than the limit of 1 MiB" in run.stderr


def test_deep_json_does_not_abort_the_lines_around_it(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "a", "text": STORY}), deep_json(2000), json.dumps({"id": "b", "text": STORY})]
    path.write_text("\n".join(lines) + "\n")
    items = list(read_inputs([str(path)]))
    assert [getattr(i, "id", None) for i in items] == ["a", None, "b"]
    assert items[1].message == "JSON nested deeper than 64 levels"


def test_a_utf8_text_with_a_few_bad_bytes_is_read_as_utf8(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Ministers met in Malmö and Kraków. ".encode() * 20 + b"Broken \x97 byte.")
    (article,) = list(read_inputs([str(path)]))
    assert "Malmö and Kraków" in article.text and "\ufffd" in article.text


def test_a_western_text_without_utf8_stays_cp1252(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("The café in Besançon closed.".encode("cp1252"))
    (article,) = list(read_inputs([str(path)]))
    assert article.text == "The café in Besançon closed."


def test_cryptography_is_a_declared_dependency():
    import tomllib

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.startswith("cryptography") for d in deps)
    assert any(d.startswith("psycopg-pool") for d in deps)


def read_as_nobody(name: str) -> list[str]:
    """What :func:`read_inputs` says about ``name``, in a forked child that runs as an
    unprivileged user when the tests run as root (root reads every folder)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop privileges, read, report, leave at once
        try:
            os.close(read_end)
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            lines = "\n".join(str(item) for item in read_inputs([name]))
            os.write(write_end, lines.encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as f:
        out = f.read().decode()
    os.waitpid(pid, 0)
    return out.splitlines()


def test_an_unreadable_folder_is_named_as_such():
    top = Path(tempfile.mkdtemp(prefix="eventwire-perm-"))
    locked = top / "locked"
    try:
        os.chmod(top, 0o755)
        locked.mkdir()
        (locked / "a.txt").write_text(STORY)
        os.chmod(locked, 0o000)
        assert read_as_nobody(str(locked)) == [f"{locked}: folder cannot be read: permission denied"]
    finally:
        os.chmod(locked, 0o755)
        shutil.rmtree(top, ignore_errors=True)


def test_an_unreadable_subfolder_is_named_and_the_rest_is_read():
    top = Path(tempfile.mkdtemp(prefix="eventwire-perm-"))
    locked = top / "b-locked"
    try:
        os.chmod(top, 0o755)
        (top / "a.txt").write_text(STORY)
        os.chmod(top / "a.txt", 0o644)
        locked.mkdir()
        os.chmod(locked, 0o000)
        lines = read_as_nobody(str(top))
        assert lines[-1] == f"{locked}: folder cannot be read: permission denied"
        assert len(lines) == 2 and "Failure" not in lines[0]
    finally:
        os.chmod(locked, 0o755)
        shutil.rmtree(top, ignore_errors=True)


def test_ctrl_c_ends_a_two_worker_batch_with_status_130(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text("".join(
        json.dumps({"id": str(i), "text": STORY.replace("Tuesday", f"day {i}")}) + "\n"
        for i in range(400)
    ))
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventwire", "process", str(path), "--jobs", "2",
         "--batch-size", "4", "-o", str(out)],
        env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    try:
        while not (out.exists() and out.read_text().count("\n") >= 4):
            assert proc.poll() is None, proc.stderr.read()
            subprocess.run(["sleep", "0.2"], check=False)
        os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole process group
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130
    assert b"interrupted" in err and b"Traceback" not in err
    lines = out.read_text().splitlines()
    assert 4 <= len(lines) < 400
    assert all(json.loads(line)["schema"] == "eventwire/1" for line in lines)  # whole lines only
    assert left_in_session(proc.pid) == ""  # no worker left behind


def left_in_session(sid: int, attempts: int = 50) -> str:
    """The processes still in session ``sid`` (their command lines), after up to ``attempts``
    looks 0.2 s apart: multiprocessing's resource tracker leaves a moment after its parent."""
    found = ""
    for _ in range(attempts):
        run = subprocess.run(["pgrep", "-a", "-s", str(sid)], capture_output=True, text=True,
                             check=False)
        found = run.stdout.strip()
        if not found:
            break
        subprocess.run(["sleep", "0.2"], check=False)
    return found
