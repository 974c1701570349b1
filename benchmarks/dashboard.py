"""How fast the dashboard's panels show their data in headless Chromium, and what it downloads.

    python benchmarks/dashboard.py [--loads 5]

Builds a SQLite store of the dashboard tests' hand-made records (tests/test_api_support.py and
tests/dashboard_records.py), starts a real ``eventwire serve``, opens ``/`` in Chromium (Debian's
``chromium``) a few times with an empty cache and a few times with a warm one, and prints, as
medians, when each panel was drawn (milliseconds after navigation) and the bytes of script the
page loaded. The baseline is the events table: a plain HTML table filled from the API, with no
chart library; the charts (timeline, map) show what drawing them costs on top. Run it with
``PYTHONPATH`` pointing at another checkout's ``src`` to measure that one the same way.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

PANELS = ("events", "dyads", "timeline", "map")
READY = "['timeline','dyads','map','events'].every(id => document.getElementById(id).dataset.state === 'ready')"


def one_load(browser, url: str, cold: bool) -> dict:
    if cold:
        browser.send("Network.clearBrowserCache")
    start = time.perf_counter()
    browser.send("Page.navigate", url=url)
    seen: dict[str, float] = {}
    while len(seen) < len(PANELS):
        for panel in PANELS:
            if panel in seen:
                continue
            try:
                state = browser.eval(f"document.getElementById('{panel}')?.dataset.state")
            except RuntimeError:
                state = None
            if state == "ready":
                seen[panel] = (time.perf_counter() - start) * 1000
        if time.perf_counter() - start > 60:
            raise RuntimeError(f"panels not ready after 60 s: {sorted(set(PANELS) - set(seen))}")
        time.sleep(0.01)
    scripts = browser.eval(
        "performance.getEntriesByType('resource').filter(e => e.initiatorType === 'script')"
        ".reduce((n, e) => n + (e.decodedBodySize || 0), 0)"
    )
    return {**seen, "script_bytes": scripts}


def main() -> int:
    from dashboard_records import history_record
    from test_api_support import Server, fill_store
    from test_dashboard import CHROMIUM, Browser

    from eventwire.store import open_store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=5)
    args = parser.parse_args()
    if CHROMIUM is None:
        print("Debian's chromium is not installed", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "events.db"
        fill_store(db)
        with open_store(str(db)) as store:
            store.ingest([history_record()])
        server = Server(str(db))
        browser = Browser(Path(tmp) / "profile")
        try:
            browser.send("Network.enable")
            browser.open(server.url + "/")
            browser.wait_for(READY)
            import eventwire

            print(f"eventwire dashboard load ({eventwire.__file__}), median of {args.loads} loads")
            head = " ".join(f"{p + ' ms':>12}" for p in PANELS)
            print(f"{'cache':<6} {head} {'script KiB':>11}")
            for cold in (True, False):
                runs = [one_load(browser, server.url + "/", cold) for _ in range(args.loads)]
                cells = [f"{statistics.median(r[p] for r in runs):>12.0f}" for p in PANELS]
                kib = statistics.median(r["script_bytes"] for r in runs) / 1024
                print(f"{'cold' if cold else 'warm':<6} " + " ".join(cells) + f" {kib:>11.0f}")
            print("baseline: the events panel (an HTML table, no chart library)")
        finally:
            browser.close()
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
