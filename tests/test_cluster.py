"""Dask: a real scheduler and two workers as separate processes on loopback give the same
records as the local runner."""

import json
import shutil
import socket
import subprocess
import sys
import time

import pytest

from eventwire.article import Article
from eventwire.cluster import DaskError, run_dask
from eventwire.runner import RunConfig, run

TEXTS = [
    "Police in Nairobi arrested 14 protesters on Monday.",
    "The prime minister of India visited Tokyo on Wednesday and met Japan's foreign minister.",
    "Rebels attacked a military convoy near the border, the army said.",
    "Parliament approved the budget after a long debate.",
    "The UN refugee agency appealed for emergency aid for displaced families.",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, seconds: float = 60) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port}")


@pytest.fixture(scope="module")
def scheduler():
    dask = shutil.which("dask") or None
    base = [dask] if dask else [sys.executable, "-m", "distributed.cli.dask_spec"]
    if not dask:
        pytest.skip("dask command not installed")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [subprocess.Popen(
        [*base, "scheduler", "--host", "127.0.0.1", "--port", str(port),
         "--dashboard-address", "127.0.0.1:0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        wait_for_port(port)
        for _ in range(2):
            procs.append(subprocess.Popen(
                [*base, "worker", address, "--host", "127.0.0.1", "--nthreads", "1",
                 "--nworkers", "1", "--dashboard-address", "127.0.0.1:0", "--no-nanny"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from distributed import Client

        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for p in reversed(procs):  # workers first, then the scheduler
            p.terminate()
            try:
                p.wait(timeout=5)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


def articles():
    return [Article(text=t, id=str(i), published="2024-03-01") for i, t in enumerate(TEXTS)]


def test_dask_cluster_equals_local_runner(scheduler):
    cfg = RunConfig(batch_size=2)
    local = list(run(articles(), cfg=cfg))
    remote = list(run_dask(articles(), address=scheduler, cfg=cfg, partitions_per_window=2))
    assert json.dumps(remote, sort_keys=True) == json.dumps(local, sort_keys=True)


def test_cli_on_the_cluster(scheduler, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXTS[1])
    out = subprocess.run(
        [sys.executable, "-m", "eventwire", "process", str(path), "--dask", scheduler,
         "--published", "2024-03-01"],
        check=False, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["published"] == "2024-03-01"


def test_unreachable_scheduler_is_a_clear_error():
    with pytest.raises(DaskError, match="127.0.0.1"):
        list(run_dask(articles(), address=f"tcp://127.0.0.1:{free_port()}",
                      cfg=RunConfig(), timeout="2s"))


def test_local_cluster_workers_keep_glibc_malloc_trimming():
    import os

    from eventwire.cluster import connect

    with connect("local", n_workers=1) as client:
        seen = client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_"))
    assert list(seen.values()) == [None]
