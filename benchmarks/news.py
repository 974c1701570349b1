"""Whole-article benchmark: the newsevents set (40 real articles annotated blind, event by event).

Runs the pipeline on every article of ``../shared/data/newsevents/articles.jsonl`` and scores the
records with that folder's own ``score.py`` (called as it is, so the figures are its figures), per
source (Reuters 1996, BASIL 2010-2015, PolNeAR 2016) and overall, beside the figures measured
before the whole-article work began (issue 16). ``--dump`` lists the misses and the extras of the
``loose`` level sorted into error classes; ``--records FILE`` scores records you already have.
The "event dates (detect matches)" rows score dates over the detect-level matches (many more
than the loose ones); ``--gold-triggers`` dates every gold event's own trigger, the dates stage
alone.
Usage: python benchmarks/news.py [--dump] [--gold-triggers] [--records FILE] [--save FILE]
       [--limit N] [--event-filter on|off] [--filter-threshold T]
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import importlib.util
import io
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / ".." / "shared" / "data" / "newsevents"
GOLD = NEWS / "articles.jsonl"
SCORER = NEWS / "score.py"
CITATION = ("newsevents: 40 whole articles (Reuters RCV1 1996 via CoNLL-2003, BASIL 2010-2015, "
            "PolNeAR 2016), annotated blind after ../shared/data/newsevents/GUIDELINES.md.")
GROUPS = {"Reuters": "ne-r", "BASIL": "ne-bs", "PolNeAR": "ne-pn"}
# Figures on the 40 articles when the whole-article work began (issue 16's text).
BEFORE = {"news_detect_f1": 0.29, "news_loose_p": 0.14, "news_loose_r": 0.10,
          "news_loose_f1": 0.12, "news_strict_f1": 0.03, "news_date_acc": 0.77,
          "news_actor_country": 0.68, "news_actor_strict": 0.44, "news_quote_recall": 0.95,
          "news_quote_speaker": 0.77,
          # measured on 2026-12-04 when the detect-level date rows were added (main at e86c9cb)
          "news_date_detect": 0.667, "news_date_detect_null": 0.403}
TARGETS = {"news_detect_f1": 0.60, "news_loose_f1": 0.45, "news_loose_p": 0.50,
           "news_strict_f1": 0.30, "news_date_acc": 0.90, "news_date_detect": 0.90,
           "news_actor_country": 0.90,
           "news_actor_strict": 0.75, "news_quote_recall": 0.90, "news_quote_speaker": 0.85}
ROWS = [("detect P", "news_detect_p"), ("detect R", "news_detect_r"),
        ("detect F1", "news_detect_f1"), ("loose P", "news_loose_p"), ("loose R", "news_loose_r"),
        ("loose F1", "news_loose_f1"), ("strict F1", "news_strict_f1"),
        ("event dates", "news_date_acc"),
        ("event dates (detect matches)", "news_date_detect"),
        ("  incl. null gold dates", "news_date_detect_null"),
        ("actors country", "news_actor_country"),
        ("actors country+sector", "news_actor_strict"), ("quotes found", "news_quote_recall"),
        ("quotes with speaker", "news_quote_speaker")]


def load_scorer():
    spec = importlib.util.spec_from_file_location("newsevents_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_pipeline(gold: list[dict], events_config: dict | None = None) -> list[dict]:
    """One record per gold article, made as a user would: the JSONL reader, then the pipeline
    (with ``events_config`` as the events component's settings when given)."""
    import eventwire
    from eventwire.ingest.jsonl import read_jsonl

    nlp = eventwire.load(config={"eventwire_events": events_config or {}})
    lines = [json.dumps({k: a[k] for k in ("id", "title", "text", "published")}) for a in gold]
    records = []
    for article in read_jsonl(lines, "newsevents.jsonl"):
        records.append(eventwire.process_article(article, nlp))
    return records


def score(scorer, gold: list[dict], records: list[dict], verbose: bool = False) -> tuple[dict, str]:
    """The figures of score.py for these articles (and its -v listing when asked)."""
    with tempfile.TemporaryDirectory() as tmp:
        g, r = Path(tmp) / "gold.jsonl", Path(tmp) / "records.jsonl"
        g.write_text("".join(json.dumps(a) + "\n" for a in gold), "utf-8")
        r.write_text("".join(json.dumps(x) + "\n" for x in records), "utf-8")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            scorer.main([str(g), str(r)] + (["-v"] if verbose else []))
    text = out.getvalue()
    last = text.strip().splitlines()[-1]
    figures = {k: float(v) for k, v in (kv.split("=") for kv in last.split())}
    return figures, text


def detect_dates(scorer, gold: list[dict], records: list[dict]) -> dict:
    """Event dates over the detect-level matches (same CAMEO root in the gold sentence, one to one
    as score.py's ``match('detect', ...)``), many more than score.py's loose matches.

    ``news_date_detect``: among matches whose gold date is known, the share with exactly that
    value (score.py's rule). ``news_date_detect_null``: among all matches, the share where the
    predicted date equals the gold one, a null gold date ("the article does not say") asking for
    a null prediction.
    """
    by_id = {(r.get("source") or {}).get("id"): r for r in records}
    known = known_ok = every = every_ok = 0
    for art in gold:
        rec = by_id.get(art["id"], {})
        text = scorer.Text(rec.get("text") or "")
        golds = [{"span": text.find(ev["sentence"]), "root": str(ev["cameo"])[:2],
                  "source": ev.get("source") or "", "target": ev.get("target") or "",
                  "date": ev.get("date"), "gold": ev} for ev in art["events"]]
        for g, p in scorer.match("detect", golds, scorer.predicted_events(rec)):
            same = str(p["date"] or "") == str(g["date"] or "")
            every, every_ok = every + 1, every_ok + same
            if g["date"]:
                known, known_ok = known + 1, known_ok + same
    return {"news_date_detect": known_ok / known if known else 0.0,
            "news_date_detect_null": every_ok / every if every else 0.0,
            "date_counts": (known_ok, known, every_ok, every)}


def gold_trigger_dates(scorer, gold: list[dict]) -> tuple[int, int, int, int]:
    """Event dates of the gold events themselves, whatever the events coder finds: each gold
    trigger (its first occurrence in its gold sentence) dated with ``timex.attach.event_date``.

    Returns (right among known gold dates, known gold dates, right counting a null gold date as
    asking for null, all gold events found in the text).
    """
    import eventwire
    from eventwire.ingest.jsonl import read_jsonl
    from eventwire.pipeline import prepare
    from eventwire.timex.attach import event_date

    nlp = eventwire.load()
    lines = [json.dumps({k: a[k] for k in ("id", "title", "text", "published")}) for a in gold]
    known = known_ok = every = every_ok = 0
    for article, art in zip(read_jsonl(lines, "newsevents.jsonl"), gold):
        prepared = prepare(article, nlp)
        for doc in map(nlp, prepared.docs):
            text = scorer.Text(doc.text)
            for ev in art["events"]:
                found = text.find(ev["sentence"])
                trigger = (ev.get("trigger") or "").lower()
                at = doc.text.lower().find(trigger, *found) if found and trigger else -1
                span = doc.char_span(at, at + len(trigger), alignment_mode="expand") \
                    if at >= 0 else None
                if span is None:
                    continue
                same = (event_date(doc, span)[0] or None) == (ev.get("date") or None)
                every, every_ok = every + 1, every_ok + same
                if ev.get("date"):
                    known, known_ok = known + 1, known_ok + same
    return known_ok, known, every_ok, every


def filter_cost(gold: list[dict], threshold: float | None) -> tuple[float, float, int]:
    """The event filter's own time on these articles: (filter seconds, pipeline seconds without
    the filter, events judged), timed over Docs the pipeline made with the filter off."""
    import eventwire
    from eventwire.events.event_filter import SURE_DROP, filter_events, load_model, scored
    from eventwire.ingest.jsonl import read_jsonl
    from eventwire.pipeline import prepare

    nlp = eventwire.load(config={"eventwire_events": {"event_filter": False}})
    model = load_model()
    threshold = SURE_DROP if threshold is None else threshold
    lines = [json.dumps({k: a[k] for k in ("id", "title", "text", "published")}) for a in gold]
    spent = parse = 0.0
    judged = 0
    for article in read_jsonl(lines, "newsevents.jsonl"):
        t0 = time.perf_counter()
        docs = [nlp(doc) for doc in prepare(article, nlp).make_docs()]
        parse += time.perf_counter() - t0
        for doc in docs:
            events = [dict(e) for e in doc._.events]
            judged += sum(1 for e in events if scored(e))
            t0 = time.perf_counter()
            filter_events(doc, events, threshold, model)
            spent += time.perf_counter() - t0
    return spent, parse, judged


def error_classes(scorer, gold: list[dict], records: list[dict]) -> None:
    """Misses and extras of the loose level, sorted by why they failed."""
    by_id = {(r.get("source") or {}).get("id"): r for r in records}
    misses, extras = collections.defaultdict(list), collections.defaultdict(list)
    for art in gold:
        rec = by_id.get(art["id"], {})
        text = scorer.Text(rec.get("text") or "")
        golds = []
        for ev in art["events"]:
            golds.append({"span": text.find(ev["sentence"]), "root": str(ev["cameo"])[:2],
                          "source": ev.get("source") or "", "target": ev.get("target") or "",
                          "date": ev.get("date"), "gold": ev})
        preds = scorer.predicted_events(rec)
        pairs = scorer.match("loose", golds, preds)
        hit_g, hit_p = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
        for g in golds:
            if id(g) in hit_g:
                continue
            if g["span"] is None:
                misses["sentence not in the text"].append((art["id"], g, None))
                continue
            s, e = g["span"]
            inside = [p for p in preds if s <= p["at"] < e]
            same_root = [p for p in inside if p["root"] == g["root"]]
            if not inside:
                why = "no event coded in the sentence"
            elif not same_root:
                why = "events in the sentence, other roots"
            elif any(scorer.country(p["source"]) != scorer.country(g["source"]) for p in same_root):
                why = "same root, source country wrong"
            else:
                why = "same root, target country wrong"
            misses[why].append((art["id"], g, (inside or [None])[0]))
        spans = [g["span"] for g in golds if g["span"]]
        for p in preds:
            if id(p) in hit_p:
                continue
            in_gold = [g for g in golds if g["span"] and g["span"][0] <= p["at"] < g["span"][1]]
            if not any(s <= p["at"] < e for s, e in spans):
                why = "in a sentence without gold events"
            elif not any(g["root"] == p["root"] for g in in_gold):
                why = "wrong root for the sentence"
            else:
                why = "right root, wrong actors (or a second event)"
            extras[why].append((art["id"], p, rec))
    print("\nMISSED gold events (loose), by class:")
    for why, items in sorted(misses.items(), key=lambda kv: -len(kv[1])):
        print(f"\n## {why}: {len(items)}")
        for art_id, g, p in items:
            ev = g["gold"]
            got = ""
            if p is not None:
                got = f"   got {p['source'] or '-'} {p['event'].get('cameo')} {p['target'] or '-'}"
            print(f"  {art_id} {ev['source'] or '-'} {ev['cameo']} {ev.get('target') or '-'} "
                  f"[{ev.get('trigger')}]{got}  | {ev['sentence'][:100]!r}")
    print("\nEXTRA predicted events (loose), by class:")
    for why, items in sorted(extras.items(), key=lambda kv: -len(kv[1])):
        print(f"\n## {why}: {len(items)}")
        for art_id, p, rec in items:
            e = p["event"]
            near = rec["text"][max(0, p["at"] - 50):p["at"] + 50].replace("\n", " ")
            print(f"  {art_id} {p['source'] or '-'} {e.get('cameo')} {p['target'] or '-'} "
                  f"[{(e.get('trigger') or {}).get('text')}]  | …{near}…")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", action="store_true", help="list misses and extras by error class")
    ap.add_argument("--records", help="score these records (JSONL) instead of running the pipeline")
    ap.add_argument("--save", help="write the records made to this JSONL file")
    ap.add_argument("--limit", type=int, help="only the first N articles of each source")
    ap.add_argument("--gold-triggers", action="store_true",
                    help="also date every gold event's own trigger (the dates stage alone)")
    ap.add_argument("--event-filter", choices=("on", "off"),
                    help="switch the trained event filter on or off (default: the component's)")
    ap.add_argument("--filter-threshold", type=float,
                    help="the event filter's threshold (default: the component's, 0.05)")
    args = ap.parse_args(argv)
    events_config = {}
    if args.event_filter:
        events_config["event_filter"] = args.event_filter == "on"
    if args.filter_threshold is not None:
        events_config["filter_threshold"] = args.filter_threshold
    if not GOLD.exists():
        print(f"news: {GOLD} not found (the shared data folder is missing)", file=sys.stderr)
        return 2
    gold = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    if args.limit:
        gold = [a for prefix in GROUPS.values()
                for a in [x for x in gold if x["id"].startswith(prefix)][:args.limit]]
    scorer = load_scorer()
    t0 = time.perf_counter()
    if args.records:
        wanted = {a["id"] for a in gold}
        records = [json.loads(x) for x in Path(args.records).read_text("utf-8").splitlines() if x]
        records = [r for r in records if (r.get("source") or {}).get("id") in wanted]
    else:
        records = run_pipeline(gold, events_config)
    took = time.perf_counter() - t0
    if args.save:
        Path(args.save).write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")

    columns = {}
    for name, prefix in GROUPS.items():
        part = [a for a in gold if a["id"].startswith(prefix)]
        ids = {a["id"] for a in part}
        mine = [r for r in records if (r.get("source") or {}).get("id") in ids]
        columns[name] = score(scorer, part, mine)[0] | detect_dates(scorer, part, mine)
    overall, listing = score(scorer, gold, records)
    columns["all"] = overall | detect_dates(scorer, gold, records)

    print(CITATION)
    print(f"articles: {len(gold)}, gold events: {sum(len(a['events']) for a in gold)}; "
          f"pipeline {took:.1f} s\n")
    head = f"{'':30s}" + "".join(f"{k:>10s}" for k in columns) + f"{'before':>10s}{'target':>10s}"
    print(head)
    for label, key in ROWS:
        cells = "".join(f"{columns[k][key]:10.3f}" for k in columns)
        before = f"{BEFORE[key]:10.{3 if key.startswith('news_date_detect') else 2}f}" if key in BEFORE else f"{'':10s}"
        target = f"{'>= ' + format(TARGETS[key], '.2f'):>10s}" if key in TARGETS else ""
        print(f"{label:30s}{cells}{before}{target}")
    print("\n" + "\n".join(listing.strip().splitlines()[-5:-1]))
    known_ok, known, every_ok, every = columns["all"]["date_counts"]
    print(f"event dates over detect matches (not score.py's): {known_ok}/{known} with a known gold "
          f"date, {every_ok}/{every} counting a null gold date as asking for null")
    if args.gold_triggers:
        k_ok, k, e_ok, e = gold_trigger_dates(scorer, gold)
        print(f"event dates of the gold triggers (dates stage alone): {k_ok}/{k} = "
              f"{k_ok / max(k, 1):.3f} with a known gold date, {e_ok}/{e} = {e_ok / max(e, 1):.3f} "
              "counting a null gold date as asking for null")
    if events_config.get("event_filter"):
        spent, parse, judged = filter_cost(gold, args.filter_threshold)
        print(f"event filter's own time: {spent * 1000:.0f} ms for {judged} events judged in "
              f"{len(gold)} articles ({spent / max(parse, 1e-9):.1%} of the {parse:.1f} s the "
              "pipeline takes without it)")
    if args.dump:
        error_classes(scorer, gold, records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
