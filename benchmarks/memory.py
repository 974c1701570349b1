"""Peak memory of ``eventwire process`` on one huge text without paragraph breaks.

    python benchmarks/memory.py                       # single-line texts of 1 and 2 MB
    python benchmarks/memory.py --sizes 1 2 4 --baseline-src ../main/src
    python benchmarks/memory.py --sizes 1 2 20 --baseline-src ../main/src --baseline-sizes 1 2

Each text is one line of made-up sentences (every one a meeting, a criticism or a visit, so the
record is as dense as news gets: an event, a date and often a quote per sentence). The script runs
``eventwire process`` on it in a child process and reads the child's peak resident memory
(``ru_maxrss``). It prints the peak per size and the growth per MB of input, beside the same
runs on a baseline checkout when ``--baseline-src`` is given (at ``--baseline-sizes``, default
the same sizes: a 20 MB text takes the baseline minutes and gigabytes). For every checkout it
also prints the peak at 20 MB, the issue's target size (issue 18: at most 1 GiB), measured when
20 is among the sizes, else projected from the growth between the smallest and largest size.
The text limit is raised for the run (``--max-chars``) so the sizes asked for are processed.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MB = 20  # issue 18: one 20 MB single-line text ...
TARGET_PEAK_MB = 1024  # ... in at most 1 GiB

ROOT = Path(__file__).resolve().parents[1]
WHO = ["The minister", "Officials in Lisbon", "A spokesman for the army", "The mayor of Porto",
       "Protesters", "The council"]
DID = ["met", "criticised", "praised", "visited", "accused", "thanked"]
WHOM = ["the delegation from Oslo", "the opposition party", "the trade union", "the governor",
        "the police chief"]


def single_line_text(megabytes: float, seed: int = 7) -> str:
    """About ``megabytes`` MB of sentences on one line."""
    rng, out, size = random.Random(seed), [], 0
    while size < megabytes * 1_000_000:
        s = f"{rng.choice(WHO)} {rng.choice(DID)} {rng.choice(WHOM)} on Monday, according to reports. "
        out.append(s)
        size += len(s)
    return "".join(out)


def peak_rss_mb(path: Path, src: Path) -> tuple[float, float, int]:
    """(peak MB, seconds, exit status) of ``eventwire process path`` with ``src`` on the path."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    cmd = [sys.executable, "-m", "eventwire", "process", str(path), "-o", os.devnull]
    if (src / "eventwire" / "ingest" / "limits.py").exists():
        cmd += ["--max-chars", "100000000", "--max-input-size", "1G"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return usage.ru_maxrss / 1024, time.perf_counter() - start, os.waitstatus_to_exitcode(status)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[1.0, 2.0], help="MB per text")
    ap.add_argument("--baseline-src", type=Path, help="also measure this checkout's src folder")
    ap.add_argument("--baseline-sizes", type=float, nargs="+", help="MB per text for the baseline")
    args = ap.parse_args(argv)
    sources = [("this checkout", ROOT / "src", args.sizes)]
    if args.baseline_src:
        sizes = args.baseline_sizes or args.sizes
        sources.insert(0, (f"baseline {args.baseline_src}", args.baseline_src.resolve(), sizes))
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for mb in sorted({mb for _, _, sizes in sources for mb in sizes}):
            path = Path(tmp) / f"one-line-{mb:g}MB.txt"
            path.write_text(single_line_text(mb), encoding="utf-8")
            paths[mb] = path
        for label, src, sizes in sources:
            peaks = []
            for mb in sizes:
                peak, seconds, status = peak_rss_mb(paths[mb], src)
                peaks.append((mb, peak))
                print(f"{label}: {mb:g} MB single-line text: peak {peak:,.0f} MB "
                      f"({seconds:.0f} s, exit {status})", flush=True)
            print(summary(label, peaks), flush=True)
    return 0


def summary(label: str, peaks: list[tuple[float, float]]) -> str:
    """Growth per MB of input, and the peak at 20 MB (measured, or projected from the growth)."""
    measured = dict(peaks)
    (m0, p0), (m1, p1) = min(peaks), max(peaks)
    growth = (p1 - p0) / (m1 - m0) if m1 > m0 else 0.0
    if TARGET_MB in measured:
        at_target, how = measured[TARGET_MB], "measured"
    elif m1 > m0:
        at_target, how = p1 + growth * (TARGET_MB - m1), "projected"
    else:
        return f"{label}: one size only, no growth to tell"
    verdict = "met" if at_target <= TARGET_PEAK_MB else "NOT met"
    return (f"{label}: growth {growth:,.0f} MB of memory per MB of input; {TARGET_MB} MB "
            f"single-line text: peak {at_target:,.0f} MB ({how}; target <= "
            f"{TARGET_PEAK_MB:,} MB {verdict})")


if __name__ == "__main__":
    sys.exit(main())
