"""Store benchmark: ingest rate and query latency, against plain baselines.

    python benchmarks/store.py                       # SQLite, 20 PolNeAR articles x 50 copies
    python benchmarks/store.py --articles 40 --copies 100
    python benchmarks/store.py --postgresql postgresql://postgres@127.0.0.1:5432/postgres

Runs the real pipeline over PolNeAR dev articles, then stores copies of the records (each copy's
text gets a numbered final paragraph, so it is a distinct article with its own id) and measures:
  ingest: articles/s with the store's batched transactions (100 a batch) against one
          transaction per article (the naive baseline); re-ingest of the same records (skips);
  queries: median ms of typical event queries (store.events + count_events) against the
          baseline of scanning the same records as a JSON Lines file in Python.
For PostgreSQL, start a throwaway server with scripts/pg-test-server.sh start DIR PORT; the
benchmark creates and drops its own databases on it.

Data: PolNeAR (Newell, Margolin & Ruths, "An Attribution Relations Corpus for Political News",
LREC 2018), read from ../shared/data/polnear/.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"
CITATION = (
    "PolNeAR: Newell, Margolin & Ruths (2018), An Attribution Relations Corpus for Political "
    "News, LREC 2018 (networkdynamics/PolNeAR, dev split)"
)


def base_records(n: int) -> list[dict]:
    import eventwire

    files = sorted(POLNEAR.glob("*.txt"))[:n]
    if not files:
        sys.exit(f"store benchmark: PolNeAR texts not found at {POLNEAR}")
    nlp = eventwire.load()
    start = time.perf_counter()
    records = [eventwire.process(f.read_text("utf-8"), published="2016-10-01", nlp=nlp)
               for f in files]
    secs = time.perf_counter() - start
    print(f"pipeline: {len(records)} articles in {secs:.1f} s (not part of the store figures)")
    return records


def copies(records: list[dict], k: int) -> list[dict]:
    from eventwire.record import record_id

    out = []
    for i in range(k):
        for rec in records:
            r = copy.deepcopy(rec)
            r["text"] = rec["text"] + f"\n\nCopy {i}."
            r["id"] = record_id(r["text"])
            out.append(r)
    return out


@contextmanager
def fresh_store(kind: str, pg_url: str | None):
    from eventwire.store import open_store

    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(str(Path(tmp) / "bench.db"))
            try:
                yield store
            finally:
                store.close()
        return
    import psycopg

    name = "bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    store = open_store(pg_url.rsplit("/", 1)[0] + "/" + name)
    try:
        yield store
    finally:
        store.close()
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def timed(fn: Callable, repeat: int = 5) -> float:
    """Median wall time of ``fn`` in ms."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def queries(records: list[dict]):
    """Typical filters, chosen from what the records hold so each selects something."""
    from collections import Counter

    from eventwire.store import EventFilter

    events = [e for r in records for e in r["events"]]
    codes = Counter(c[:3] for e in events for c in (e["source_code"], e["target_code"]) if c)
    roots = Counter(e["cameo_root"] for e in events)
    actor = codes.most_common(1)[0][0] if codes else "USA"
    root = roots.most_common(1)[0][0] if roots else "01"
    return [
        ("all events, first page", EventFilter()),
        (f"actor {actor}", EventFilter(actor=actor)),
        (f"CAMEO root {root}", EventFilter(root=root)),
        ("quad class 3", EventFilter(quad_class=3)),
        ("text 'said'", EventFilter(q="said")),
    ]


def scan(path: Path, f) -> int:
    """Baseline: read the JSON Lines file and filter events in Python."""
    n = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for e in rec["events"]:
                codes = (e["source_code"] or "", e["target_code"] or "")
                if f.actor and not any(c.startswith(f.actor) for c in codes):
                    continue
                if f.root and e["cameo_root"] != f.root:
                    continue
                if f.quad_class and e["quad_class"] != f.quad_class:
                    continue
                if f.q:
                    s = rec["sentences"][e["sentence"]]
                    if f.q not in rec["text"][s["start"]:s["end"]].lower():
                        continue
                n += 1
    return n


def run(kind: str, pg_url: str | None, records: list[dict]) -> None:
    n = len(records)
    n_events = sum(len(r["events"]) for r in records)
    print(f"\n== {kind}: {n} articles, {n_events} events")
    with fresh_store(kind, pg_url) as store:
        start = time.perf_counter()
        stats = store.ingest(records, batch_size=100)
        secs = time.perf_counter() - start
        assert stats.added == n
        print(f"ingest, 100 a transaction:      {n / secs:8.1f} articles/s  "
              f"({n_events / secs:.0f} events/s)")
        from eventwire.record import validate

        checked = records[: min(n, 100)]
        start = time.perf_counter()
        for r in checked:
            validate(r)
        per = (time.perf_counter() - start) / len(checked)
        print(f"  of which eventwire.validate:  {1 / per:8.1f} articles/s "
              f"({per * 1000:.0f} ms/article; ingest without it: "
              f"{n / max(secs - per * n, 1e-9):.0f} articles/s)")
        start = time.perf_counter()
        again = store.ingest(records, batch_size=100)
        secs_again = time.perf_counter() - start
        assert again.skipped == n
        print(f"re-ingest (all skipped):        {n / secs_again:8.1f} articles/s")
        sample = records[: max(1, n // 5)]
        with fresh_store(kind, pg_url) as naive:
            start = time.perf_counter()
            naive.ingest(sample, batch_size=1)
            secs_naive = time.perf_counter() - start
        print(f"baseline, 1 a transaction:      {len(sample) / secs_naive:8.1f} articles/s "
              f"(on {len(sample)} articles)")
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "records.jsonl"
            with path.open("w", encoding="utf-8") as out:
                for r in records:
                    out.write(json.dumps(r) + "\n")
            print(f"{'query':32} {'store ms':>9} {'scan ms':>9} {'events':>7}")
            for label, f in queries(records):
                ms = timed(lambda f=f: (store.events(f, limit=50), store.count_events(f)))
                base = timed(lambda f=f: scan(path, f), repeat=2)
                print(f"{label:32} {ms:9.1f} {base:9.1f} {store.count_events(f):7d}")
            for label, fn in [
                ("timeseries by week", lambda: store.timeseries(interval="week")),
                ("dyads", lambda: store.dyads()),
                ("places", lambda: store.places()),
                ("actors", lambda: store.actors()),
            ]:
                print(f"{label:32} {timed(fn):9.1f} {'':>9}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog=__doc__.split("\n\n", 1)[1])
    p.add_argument("--articles", type=int, default=20, help="PolNeAR dev articles to process")
    p.add_argument("--copies", type=int, default=50, help="copies of each record to store")
    p.add_argument("--postgresql", metavar="URL", help="also measure PostgreSQL on this server")
    args = p.parse_args(argv)
    print(f"data: {CITATION}")
    records = copies(base_records(args.articles), max(1, args.copies))
    run("sqlite", None, records)
    if args.postgresql:
        run("postgresql", args.postgresql, records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
