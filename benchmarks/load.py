"""Many clients against ``eventwire serve``: latency, errors, file handles and DB connections.

    python benchmarks/load.py                          # SQLite and PostgreSQL, 1,000 articles
    python benchmarks/load.py --db sqlite --clients 20 --bursts 10 --gap 11
    python benchmarks/load.py --baseline-src ../main/src   # the same load on another checkout

Builds a store of ``--articles`` synthetic eventwire/1 records (``benchmarks/api.py``'s
generator: valid records with distinct ids, no NLP, since the NLP is not what is measured),
starts a real ``eventwire serve`` process on 127.0.0.1 and sends it read requests from
``--clients`` threads, each with its own keep-alive connection:

- steady: every client sends ``--requests`` requests back to back;
- bursts: ``--bursts`` rounds of the same, separated by ``--gap`` seconds of silence (longer
  than the 10 s after which the server's thread pool retires idle threads).

Before the steady phase one client sends each kind of request once, unmeasured (a warm-up: the
server's first answers pay for its lazy imports and cold database pages, which is start-up, not
load; ``--no-warm-up`` measures them too). It prints p50/p99 latency and errors per phase, and the server's open file handles
(``/proc/PID/fd``) and database connections (SQLite: handles on the store's files; PostgreSQL:
``pg_stat_activity``) before the load and after every burst. Target (issue 18): p99 <= 250 ms
with 20 clients on 1,000 articles, no errors, handles and connections flat. PostgreSQL runs on
a throwaway server from scripts/pg-test-server.sh unless ``--pg-url`` names one.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
PG_SCRIPT = ROOT / "scripts" / "pg-test-server.sh"
TARGET_P99_MS = 250.0
FULL = 10**6  # "connections" when the database refuses one more: all its slots are taken
PATHS = [
    "/events?limit=50",
    "/events?actor=RUS&limit=20",
    "/events?root=04&since=2024-03-01&until=2024-06-30",
    "/events?q=Beijing&limit=10",
    "/articles?limit=20",
    "/actors?limit=20",
    "/quotes?limit=20",
    "/timeseries?interval=week",
    "/dyads?limit=50",
    "/places",
]


def _api_bench():
    """benchmarks/api.py as a module: its synthetic record generator and free_port."""
    spec = importlib.util.spec_from_file_location("eventwire_bench_api", ROOT / "benchmarks/api.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_store(target: str, articles: int, seed: int = 18) -> list[str]:
    """Fill the store at ``target`` with synthetic records; the ids of the articles."""
    from eventwire.store import open_store

    bench = _api_bench()
    rng, codes = random.Random(seed), bench.cameo_codes()
    records = [bench.make_record(i, rng, codes) for i in range(articles)]
    with open_store(target) as store:
        store.ingest(records, batch_size=200)
    return [r["id"] for r in records]


def open_handles(pid: int) -> int:
    """How many file descriptors process ``pid`` has open."""
    return len(os.listdir(f"/proc/{pid}/fd"))


def settled_handles(pid: int, before: int, wait: float = 3.0) -> int:
    """Open handles once the clients' sockets are closed: the count, as soon as it is back to
    ``before``, or whatever it is after ``wait`` seconds (a leak stays above it)."""
    deadline = time.monotonic() + wait
    while (n := open_handles(pid)) > before and time.monotonic() < deadline:
        time.sleep(0.1)
    return n


def db_connections(pid: int, target: str) -> int:
    """Open database connections of the server: PostgreSQL backends for its database, or the
    server's handles on the SQLite file (one per connection; -wal and -shm not counted)."""
    if target.startswith("postgresql://"):
        import psycopg

        try:
            with psycopg.connect(target, autocommit=True) as conn:
                row = conn.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    " AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
                ).fetchone()
        except psycopg.OperationalError:
            return FULL  # every connection slot taken: what the server leaked
        return int(row[0])
    db = os.path.realpath(target)
    count = 0
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            if os.readlink(f"/proc/{pid}/fd/{fd}") == db:
                count += 1
        except OSError:
            pass
    return count


@dataclass
class Phase:
    """Latencies (ms) and errors of one phase of the load."""

    name: str
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    def line(self) -> str:
        n = len(self.latencies) + len(self.errors)
        return (
            f"{self.name:<8} {n:>6} requests  p50 {self.percentile(0.5):7.1f} ms  "
            f"p99 {self.percentile(0.99):7.1f} ms  errors {len(self.errors)}"
        )


class Server:
    """A real ``eventwire serve`` process (PYTHONPATH ``src``: this checkout or a baseline)."""

    def __init__(self, target: str, src: Path, pool_size: int | None) -> None:
        self.port = _api_bench().free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONPATH": str(src)}
        env.pop("EVENTWIRE_TOKEN", None)
        cmd = [sys.executable, "-m", "eventwire", "serve", "--db", target, "--port", str(self.port)]
        if pool_size:
            cmd += ["--pool-size", str(pool_size)]
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - closed by stop()
        self.proc = subprocess.Popen(cmd, env=env, stdout=self.log, stderr=self.log)
        for _ in range(600):
            if self.proc.poll() is not None:
                self.log.seek(0)
                raise RuntimeError(f"server exited: {self.log.read().decode(errors='replace')}")
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("server did not answer /health")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def hammer(url: str, phase: Phase, clients: int, requests: int, ids: list[str]) -> None:
    """``clients`` threads, each sending ``requests`` requests on its own connection."""
    lock = threading.Lock()

    def client(k: int) -> None:
        rng = random.Random(k)
        with httpx.Client(base_url=url, timeout=30) as http:
            for i in range(requests):
                path = PATHS[(k + i) % len(PATHS)]
                if i % 5 == 4:
                    path = f"/articles/{rng.choice(ids)}"
                start = time.perf_counter()
                try:
                    status = http.get(path).status_code
                    error = None if status == 200 else f"{path}: HTTP {status}"
                except httpx.HTTPError as err:
                    error = f"{path}: {err.__class__.__name__}"
                ms = (time.perf_counter() - start) * 1000
                with lock:
                    (phase.errors.append(error) if error else phase.latencies.append(ms))

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


@dataclass
class LoadResult:
    """What one run measured."""

    backend: str
    steady: Phase
    bursts: Phase
    handles: list[int]  # before the load, after the steady phase, after each burst
    connections: list[int]

    @property
    def flat(self) -> bool:
        """No more handles or connections after any phase than before the load."""
        return max(self.handles[1:]) <= self.handles[0] and max(
            self.connections[1:]
        ) <= self.connections[0]

    @property
    def errors(self) -> int:
        return len(self.steady.errors) + len(self.bursts.errors)


def run_load(
    target: str,
    ids: list[str],
    *,
    clients: int = 20,
    requests: int = 25,
    bursts: int = 10,
    gap: float = 11.0,
    src: Path = ROOT / "src",
    pool_size: int | None = None,
    log=None,
    warm_up: bool = True,
) -> LoadResult:
    """Serve ``target`` and load it: steady, then bursts with idle gaps (after one unmeasured
    request of each kind when ``warm_up``)."""
    server = Server(target, src, pool_size)
    pid = server.proc.pid
    try:
        if warm_up:
            with httpx.Client(base_url=server.url, timeout=30) as http:
                for path in [*PATHS, f"/articles/{ids[0]}"]:
                    http.get(path)
        handles, conns = [open_handles(pid)], [db_connections(pid, target)]
        steady, burst = Phase("steady"), Phase("bursts")
        hammer(server.url, steady, clients, requests, ids)
        handles.append(settled_handles(pid, handles[0]))
        conns.append(db_connections(pid, target))
        for n in range(bursts):
            time.sleep(gap)
            hammer(server.url, burst, clients, requests, ids)
            handles.append(settled_handles(pid, handles[0]))
            conns.append(db_connections(pid, target))
            if log:
                shown = "all slots taken" if conns[-1] == FULL else conns[-1]
                print(f"  burst {n + 1}: {handles[-1]} handles, {shown} connections", file=log)
    finally:
        server.stop()
    backend = "postgresql" if target.startswith("postgresql://") else "sqlite"
    return LoadResult(backend, steady, burst, handles, conns)


def start_postgres(folder: str) -> str:
    port = _api_bench().free_port()
    out = subprocess.run(
        [str(PG_SCRIPT), "start", folder, str(port)], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        raise RuntimeError(f"cannot start PostgreSQL: {out.stderr.strip()}")
    return out.stdout.strip()


def report(result: LoadResult, label: str, clients: int, articles: int) -> None:
    ok = result.errors == 0 and result.steady.percentile(0.99) <= TARGET_P99_MS
    ok = ok and result.bursts.percentile(0.99) <= TARGET_P99_MS
    flat = result.flat
    print(f"{result.backend} ({label}), {clients} clients, {articles} articles")
    print("  " + result.steady.line())
    print("  " + result.bursts.line())
    print(f"  open file handles   {' '.join(map(str, result.handles))}")
    conns = " ".join("FULL" if n == FULL else str(n) for n in result.connections)
    print(f"  DB connections      {conns}")
    print(
        f"  target p99 <= {TARGET_P99_MS:.0f} ms and no errors: {'met' if ok else 'NOT met'}; "
        f"handles and connections {'flat' if flat else 'GROW'}"
    )
    for error in sorted(set(result.steady.errors + result.bursts.errors))[:5]:
        print(f"    error: {error}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=25, help="per client per phase or burst")
    ap.add_argument("--bursts", type=int, default=10)
    ap.add_argument("--gap", type=float, default=11.0, help="idle seconds between bursts")
    ap.add_argument("--pool-size", type=int, help="serve --pool-size (default: serve's own)")
    ap.add_argument("--pg-url", help="an empty PostgreSQL database to use (default: throwaway)")
    ap.add_argument("--baseline-src", type=Path, help="also load a server from this src folder")
    ap.add_argument("--no-warm-up", action="store_true",
                    help="measure from the server's very first request (no unmeasured warm-up)")
    args = ap.parse_args(argv)

    work = tempfile.mkdtemp(prefix="eventwire-load-")
    pg_folder = None
    try:
        targets = []
        if args.db in ("sqlite", "both"):
            targets.append(os.path.join(work, "events.db"))
        if args.db in ("postgresql", "both"):
            if args.pg_url:
                targets.append(args.pg_url)
            else:
                pg_folder = tempfile.mkdtemp(prefix="eventwire-load-pg-")  # chowned to postgres
                targets.append(start_postgres(pg_folder))
        for target in targets:
            start = time.perf_counter()
            ids = build_store(target, args.articles)
            print(f"store of {args.articles} articles built in {time.perf_counter() - start:.1f} s")
            sources = [("this checkout", ROOT / "src")]
            if args.baseline_src:
                sources.insert(0, (f"baseline {args.baseline_src}", args.baseline_src.resolve()))
            if not args.no_warm_up:
                print(f"warm-up: {len(PATHS) + 1} unmeasured requests (one of each kind) before "
                      "the steady phase; --no-warm-up to measure them")
            for label, src in sources:
                result = run_load(
                    target, ids, clients=args.clients, requests=args.requests,
                    bursts=args.bursts, gap=args.gap, src=src, pool_size=args.pool_size,
                    log=sys.stdout, warm_up=not args.no_warm_up,
                )
                report(result, label, args.clients, args.articles)
    finally:
        if pg_folder:
            subprocess.run([str(PG_SCRIPT), "stop", pg_folder], capture_output=True, check=False)
            shutil.rmtree(pg_folder, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
