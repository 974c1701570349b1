"""Latency of the HTTP API against the store calls it wraps, on a synthetic event collection.

    python benchmarks/api.py                     # 2,000 articles, ~10,000 events
    python benchmarks/api.py --articles 500 --requests 50

Builds a SQLite store of valid eventwire/1 records made up by this script (seeded: the same
collection on every run; actors from 12 countries, CAMEO codes and Goldstein values drawn from the
CAMEO codebook, dates over one year, 10 places), starts a real ``eventwire serve`` process on
127.0.0.1, and times each read endpoint with sequential requests. The baseline is the same
query as a direct library call (``eventwire.store``) in this process: the difference is what HTTP,
validation and JSON cost. Also reports ingest speed and the store file size.

Data: event codes and Goldstein values from the CAMEO codebook (Gerner, Schrodt, Yilmaz et al.,
CAMEO Event Data Codebook 1.1b3, 2012) as tabled in andybega/icews data-raw/cameo-codes.csv,
read from ../shared/data/cameo/. The articles themselves are synthetic.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CAMEO = ROOT.parent / "shared" / "data" / "cameo" / "cameo-codes.csv"
CITATION = (
    "CAMEO codebook (Gerner, Schrodt, Yilmaz et al., CAMEO Event Data Codebook 1.1b3) via "
    "andybega/icews data-raw/cameo-codes.csv; articles synthetic (seeded)"
)
COUNTRIES = ["USA", "RUS", "CHN", "IND", "DEU", "FRA", "GBR", "UKR", "JPN", "BRA", "IRN", "TUR"]
SECTORS = ["GOV", "MIL", None]
PLACES = [
    ("Washington", "USA", 38.9, -77.0),
    ("Moscow", "RUS", 55.8, 37.6),
    ("Beijing", "CHN", 39.9, 116.4),
    ("New Delhi", "IND", 28.6, 77.2),
    ("Berlin", "DEU", 52.5, 13.4),
    ("Paris", "FRA", 48.9, 2.4),
    ("London", "GBR", 51.5, -0.1),
    ("Kyiv", "UKR", 50.5, 30.5),
    ("Tokyo", "JPN", 35.7, 139.7),
    ("Ankara", "TUR", 39.9, 32.9),
]


def quad_class(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def cameo_codes() -> list[tuple[str, float]]:
    if not CAMEO.exists():
        sys.exit(f"benchmarks/api.py: {CAMEO} not found (the shared data folder beside the repo)")
    with CAMEO.open(encoding="latin-1", newline="") as f:
        return [
            (row["code"], float(row["goldstein"]))
            for row in csv.DictReader(f)
            if len(row["code"]) == 3 and row["goldstein"] not in ("", "NA")
        ]


def make_record(i: int, rng: random.Random, codes) -> dict:
    """One synthetic article of 3-8 sentences, each an event between two country actors."""
    from eventwire.record import empty_source, record_id

    sentences, events, actors, places = [], [], {}, []
    text = ""
    day = 1 + rng.randrange(365)
    date = time.strftime("%Y-%m-%d", time.gmtime(1704067200 + 86400 * day))  # 2024
    for k in range(rng.randint(3, 8)):
        src, tgt = rng.sample(COUNTRIES, 2)
        sector = rng.choice(SECTORS)
        code, goldstein = rng.choice(codes)
        place = rng.choice(PLACES)
        sentence = f"Officials of {src} acted toward {tgt} in {place[0]} (item {i}.{k})."
        start = len(text) + (1 if text else 0)
        text = f"{text} {sentence}" if text else sentence
        sentences.append({"start": start, "end": start + len(sentence)})
        ids = []
        for name in (src, tgt):
            off = start + sentence.index(name, 0 if name == src else sentence.index("toward"))
            actor = actors.setdefault(
                name,
                {
                    "id": f"a{len(actors) + 1}",
                    "name": name,
                    "kind": "country",
                    "country": name,
                    "sector": sector,
                    "code": name + (sector or ""),
                    "title": None,
                    "wikidata": None,
                    "mentions": [],
                },
            )
            actor["mentions"].append({"start": off, "end": off + 3, "text": name})
            ids.append(actor["id"])
        pid = f"p{len(places) + 1}"
        poff = start + sentence.index(place[0])
        places.append(
            {
                "id": pid,
                "name": place[0],
                "country": place[1],
                "admin1": None,
                "lat": place[2],
                "lon": place[3],
                "geonameid": None,
                "feature": "city",
                "mentions": [{"start": poff, "end": poff + len(place[0]), "text": place[0]}],
            }
        )
        toff = start + sentence.index("acted")
        events.append(
            {
                "id": f"e{k + 1}",
                "source": [ids[0]],
                "target": [ids[1]],
                "source_code": actors[src]["code"],
                "target_code": actors[tgt]["code"],
                "cameo": code,
                "cameo_root": code[:2],
                "quad_class": quad_class(code[:2]),
                "goldstein": goldstein,
                "plover": None,
                "modality": "asserted",
                "date": date,
                "date_text": None,
                "place": pid,
                "quote": None,
                "sentence": k,
                "trigger": {"start": toff, "end": toff + 5, "text": "acted"},
                "pattern": "synthetic",
                "confidence": 1.0,
            }
        )
    return {
        "schema": "eventwire/1",
        "id": record_id(text),
        "source": empty_source(),
        "title": f"Synthetic article {i}",
        "published": date,
        "language": "en",
        "text": text,
        "removed": [],
        "sentences": sentences,
        "actors": list(actors.values()),
        "quotes": [],
        "places": places,
        "times": [],
        "events": events,
        "coder": {"name": "eventwire", "version": "bench", "model": "synthetic"},
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(fn, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000, help="synthetic articles (default 2000)")
    ap.add_argument("--requests", type=int, default=30, help="requests per endpoint (default 30)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    import httpx

    import eventwire
    from eventwire.store import EventFilter, open_store

    rng = random.Random(args.seed)
    codes = cameo_codes()
    records = [make_record(i, rng, codes) for i in range(args.articles)]
    eventwire.validate(records[0])
    n_events = sum(len(r["events"]) for r in records)
    folder = tempfile.mkdtemp(prefix="eventwire-bench-api-")
    db = os.path.join(folder, "events.db")
    t = time.perf_counter()
    with open_store(db) as store:
        store.ingest(records)
    ingest_s = time.perf_counter() - t

    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventwire", "serve", "--db", db, "--port", str(port)],
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        store = open_store(db, readonly=True)

        def page(f, offset=0):  # what GET /events does: one page plus the total count
            return store.events(f, limit=50, offset=offset), store.count_events(f)

        queries = [
            ("/events?limit=50", lambda: page(EventFilter())),
            ("/events?actor=RUS", lambda: page(EventFilter(actor="RUS"))),
            (
                "/events?dyad=USA:CHN&root=04",
                lambda: page(EventFilter(dyad=("USA", "CHN"), root="04")),
            ),
            ("/events?q=Berlin&offset=200", lambda: page(EventFilter(q="Berlin"), 200)),
            ("/timeseries?interval=week", lambda: store.timeseries(EventFilter(), "week")),
            (
                "/timeseries?dyad=RUS:UKR&interval=month",
                lambda: store.timeseries(EventFilter(dyad=("RUS", "UKR")), "month"),
            ),
            ("/dyads", lambda: store.dyads(EventFilter(), limit=100)),
            ("/places", lambda: store.places(EventFilter(), limit=500)),
            ("/actors", lambda: store.actors(limit=50)),
        ]
        print(f"data: {CITATION}")
        print(
            f"store: {args.articles} articles, {n_events} events; ingest {ingest_s:.1f} s "
            f"({n_events / ingest_s:.0f} events/s); file {os.path.getsize(db) / 1e6:.1f} MB"
        )
        print(
            f"{args.requests} sequential requests per endpoint; times in ms "
            "(baseline = the same store call in-process)"
        )
        print(f"{'endpoint':42} {'store p50':>9} {'HTTP p50':>9} {'HTTP p95':>9} {'overhead':>9}")
        with httpx.Client(base_url=url, timeout=60) as client:
            for path, call in queries:
                base = timed(call, args.requests)
                http = timed(lambda p=path: client.get(p).raise_for_status(), args.requests)
                p50b, p50h = statistics.median(base), statistics.median(http)
                p95h = sorted(http)[int(0.95 * (len(http) - 1))]
                print(f"{path:42} {p50b:9.2f} {p50h:9.2f} {p95h:9.2f} {p50h - p50b:+9.2f}")
        store.close()
    finally:
        proc.terminate()
        proc.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
