"""Where eventwire's time goes: a pyinstrument profile of the pipeline on PolNeAR articles.

    python benchmarks/hotpath.py --limit 50          # top of the call tree
    python benchmarks/hotpath.py --components        # time per pipeline component

``--components`` times each spaCy and eventwire component separately (the pipeline is run
component by component on the same Docs), which is the quickest way to see what is ours in the
hot path. Data: PolNeAR (Newell, Margolin & Ruths, LREC 2018), from ../shared/data/polnear/.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"


def load_texts(limit: int) -> list[str]:
    files = sorted(POLNEAR.glob("*.txt"))[:limit]
    if not files:
        sys.exit(f"profile: no PolNeAR texts at {POLNEAR}")
    return [f.read_text("utf-8") for f in files]


def per_component(limit: int) -> None:
    import eventwire
    from eventwire.article import Article
    from eventwire.pipeline import prepare

    nlp = eventwire.load()
    texts = load_texts(limit)
    nlp(texts[0])  # warm up: data files and lazy tables load on first use
    start = time.perf_counter()
    prepared = [prepare(Article(text=t, published="2016-10-01"), nlp) for t in texts]
    timings = {"clean + make_doc": time.perf_counter() - start}
    docs = [d for p in prepared for d in p.docs]
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=16))
        else:
            docs = [proc(d) for d in docs]
        timings[name] = time.perf_counter() - start
    total = sum(timings.values())
    print(f"time per component on {len(texts)} PolNeAR articles (total {total:.1f} s)")
    for name, seconds in sorted(timings.items(), key=lambda kv: -kv[1]):
        print(f"  {name:24} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")


def profile(limit: int) -> None:
    from pyinstrument import Profiler

    import eventwire
    from eventwire.article import Article
    from eventwire.runner import RunConfig, Worker

    texts = load_texts(limit)
    worker = Worker(RunConfig())
    worker.process_chunk([Article(text=texts[0])])  # warm up: data files, lazy tables
    profiler = Profiler()
    profiler.start()
    worker.process_chunk([Article(text=t, published="2016-10-01") for t in texts])
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    del eventwire


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=50)
    ap.add_argument("--components", action="store_true", help="time per pipeline component")
    args = ap.parse_args()
    if args.components:
        per_component(args.limit)
    else:
        profile(args.limit)


if __name__ == "__main__":
    main()
