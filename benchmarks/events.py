"""Event coding benchmark on the CAMEO manual examples and the PLOVER gold records.

Runs the full eventwire pipeline on each sentence and takes its main event (see ``main_event``).
CAMEO set (277 sentences, gold = the row's code): root, full-code and quad-class accuracy, and the
share of sentences with no event. PLOVER set (322 records): event-type accuracy and dyad accuracy
(source country + target country + type). Beside each: a keyword baseline that takes the first
word of the sentence found in the lexicon, without parse, frames or modality.
Usage: python benchmarks/events.py [--limit N] [--coder-only] [--errors N]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "data"
CAMEO = SHARED / "cameo" / "cameo-codes.csv"
PLOVER = SHARED / "plover" / "PLOVER_GSR_CAMEO.txt"
CITATION = (
    "CAMEO manual examples: Schrodt, CAMEO Conflict and Mediation Event Observations codebook "
    "1.1b3, via andybega/icews data-raw/cameo-codes.csv (MIT).\n"
    "PLOVER gold records: Open Event Data Alliance, PLOVER_GSR_CAMEO (openeventdata/PLOVER, "
    "CC BY-SA 4.0)."
)
# PLOVER 0.5b1 category names in the gold file -> PLOVER 0.8 types (see ../shared/data/README.md)
PLOVER_RENAME = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
                 "FIGHT": "ASSAULT"}
TARGETS = {"root": 0.75, "quad": 0.85, "code": 0.50, "plover": 0.75, "dyad": 0.60}


def cameo_items(limit: int | None) -> list[tuple[str, str]]:
    out = []
    with CAMEO.open(encoding="utf-8", errors="replace", newline="") as fh:
        for r in csv.DictReader(fh):
            ex = (r.get("example") or "").strip()
            if not ex or ex == "NA":
                continue
            ex = re.split(r"\s+Note:", ex)[0].replace("\ufffd", "'").strip()
            out.append((ex, r["code"].strip()))
    return out[:limit] if limit else out


def plover_items(limit: int | None) -> list[dict]:
    data = json.loads(PLOVER.read_text("utf-8", errors="replace"))
    out = [r for r in data if r.get("event") != "DOCUMENT" and r.get("text")]
    return out[:limit] if limit else out


def _depth(doc, start: int) -> int:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return 99
    tok, d = span[0], 0
    while tok.head.i != tok.i and d < 50:
        tok, d = tok.head, d + 1
    return d


def main_event(doc, events: list[dict]) -> dict | None:
    """The sentence's main event: not a bare statement, a derived accusation or a negated or
    hypothetical event if anything else was coded, then the trigger nearest the root of the parse,
    then the most confident."""
    if not events:
        return None

    def rank(e):
        derived = any(t in e["pattern"] for t in ("+accuse", "+deny"))
        return (e["cameo"] == "010", derived, e["modality"] in ("negated", "hypothetical"),
                _depth(doc, e["trigger"]["start"]), -e["confidence"])

    return min(events, key=rank)


def keyword_code(doc, lexicon) -> str | None:
    """Baseline: the first token whose lemma is a lexicon trigger, with its first entry's code."""
    for tok in doc:
        for kind in ("verb", "noun"):
            cands = lexicon.candidates(kind, tok.lemma_)
            if cands and ((kind == "verb") == (tok.pos_ == "VERB")):
                return cands[0].code
    return None


def countries(actor_ids: list[str], actors: dict) -> set[str]:
    out = set()
    for a in actor_ids:
        act = actors.get(a) or {}
        for v in (act.get("country"), (act.get("code") or "")[:3]):
            if v and v != "---":
                out.add(v)
    return out


def gold_countries(side) -> set[str]:
    """Gold country codes, with CAMEO's own country codes (JAP, ITL) also as their ISO codes,
    which eventwire's actors carry."""
    if not isinstance(side, list):
        return set()
    codes = {a.get("code") for a in side if a.get("code")}
    try:
        from eventwire.actors.knowledge import load_knowledge

        to_iso = load_knowledge().cameo_to_iso
    except Exception:  # noqa: BLE001 - without the table, compare codes as written
        to_iso = {}
    return codes | {to_iso[c] for c in codes if c in to_iso}


def run_pipeline(texts: list[str], coder_only: bool, event_filter: bool = False):
    """Yield (doc, events) per text: the full pipeline, or spaCy + the coder without actors
    (with the trained event filter on when asked)."""
    import eventwire

    # the component filters by default (near-sure drops only); --event-filter uses the model's own
    # threshold, the one chosen in training
    config = {"eventwire_events": {"event_filter": True, "filter_threshold": None}} \
        if event_filter else None
    if coder_only:
        from eventwire.nlp import load

        nlp = load(components=["eventwire_events"], config=config)
    else:
        nlp = eventwire.load(config=config)
    for doc in nlp.pipe(texts, batch_size=32):
        yield doc, doc._.events or []


def pct(x: float) -> str:
    return f"{x:.3f}"


def bench_cameo(args, lexicon) -> dict:
    from eventwire.events import ontology

    items = cameo_items(args.limit)
    hit = {"root": 0, "code": 0, "quad": 0, "none": 0}
    base = {"root": 0, "code": 0, "quad": 0, "none": 0}
    errors, code_errors = [], []
    docs = run_pipeline([t for t, _ in items], args.coder_only, args.event_filter)
    for (text, gold), (doc, events) in zip(items, docs):
        gq = ontology.lookup(gold).quad_class
        ev = main_event(doc, events)
        if ev is None:
            hit["none"] += 1
            errors.append((gold, None, text))
        else:
            hit["root"] += ev["cameo_root"] == gold[:2]
            hit["code"] += ev["cameo"] == gold
            hit["quad"] += ev["quad_class"] == gq
            if ev["cameo_root"] != gold[:2]:
                errors.append((gold, f"{ev['cameo']}:{ev['pattern']}", text))
            elif ev["cameo"] != gold:
                code_errors.append((gold, f"{ev['cameo']}:{ev['pattern']}", text))
        kc = keyword_code(doc, lexicon)
        if kc is None:
            base["none"] += 1
        else:
            base["root"] += kc[:2] == gold[:2]
            base["code"] += kc == gold
            base["quad"] += ontology.lookup(kc).quad_class == gq
    n = len(items)
    print(f"\nCAMEO manual examples: {n} sentences (gold = the row's code)")
    print(f"{'metric':<22}{'eventwire':>10}{'keyword':>10}{'target':>10}")
    for key, label in (("root", "root accuracy"), ("code", "full-code accuracy"),
                       ("quad", "quad-class accuracy"), ("none", "share with no event")):
        tgt = TARGETS.get(key)
        print(f"{label:<22}{pct(hit[key] / n):>10}{pct(base[key] / n):>10}"
              f"{(pct(tgt) if tgt else '-'):>10}")
    if args.errors:
        print(f"\nfirst {args.errors} root errors (gold, predicted:pattern, sentence):")
        for g, p, t in errors[: args.errors]:
            print(f"  {g}\t{p}\t{t[:150]}")
        print(f"\nfirst {args.errors} full-code errors, root right (gold, predicted:pattern, "
              "sentence):")
        for g, p, t in code_errors[: args.errors]:
            print(f"  {g}\t{p}\t{t[:150]}")
    return {k: hit[k] / n for k in hit}


def bench_plover(args, lexicon) -> dict:
    from eventwire.events import ontology
    from eventwire.extensions import record_actors

    items = plover_items(args.limit)
    hit = {"plover": 0, "dyad": 0}
    base = {"plover": 0}
    errors, dyad_errors = [], []
    texts = [r["text"] for r in items]
    for rec, (doc, events) in zip(items, run_pipeline(texts, args.coder_only, args.event_filter)):
        gold = PLOVER_RENAME.get(rec["event"], rec["event"])
        ev = main_event(doc, [e for e in events if e["plover"]]) or None
        actors = {a["id"]: a for a in record_actors(doc)}
        if ev is not None and ev["plover"]["type"] == gold:
            hit["plover"] += 1
            gs, gt = gold_countries(rec.get("source")), gold_countries(rec.get("target"))
            ps, pt = countries(ev["source"], actors), countries(ev["target"], actors)
            src_ok = bool(ps & gs) if gs else not ps
            tgt_ok = bool(pt & gt) if gt else True
            hit["dyad"] += src_ok and tgt_ok
            if not (src_ok and tgt_ok):
                dyad_errors.append((f"{sorted(gs)}>{sorted(gt)}", f"{sorted(ps)}>{sorted(pt)}",
                                    rec["text"]))
        else:
            errors.append((gold, ev and f"{ev['cameo']}:{ev['pattern']}", rec["text"]))
        kc = keyword_code(doc, lexicon)
        kt = ontology.lookup(kc).plover_type if kc else None
        base["plover"] += kt == gold
    n = len(items)
    print(f"\nPLOVER gold records: {n} sentences (0.5b1 names mapped to 0.8)")
    print(f"{'metric':<22}{'eventwire':>10}{'keyword':>10}{'target':>10}")
    print(f"{'PLOVER type accuracy':<22}{pct(hit['plover'] / n):>10}{pct(base['plover'] / n):>10}"
          f"{pct(TARGETS['plover']):>10}")
    print(f"{'dyad accuracy':<22}{pct(hit['dyad'] / n):>10}{'-':>10}{pct(TARGETS['dyad']):>10}")
    if args.errors:
        print(f"\nfirst {args.errors} type errors (gold, predicted:pattern, sentence):")
        for g, p, t in errors[: args.errors]:
            print(f"  {g}\t{p}\t{t[:150]}")
        print(f"\nfirst {args.errors} dyad errors, type right (gold, predicted countries, sentence):")
        for g, p, t in dyad_errors[: args.errors]:
            print(f"  {g}\t{p}\t{t[:150]}")
    return {k: hit[k] / n for k in hit}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 epilog=__doc__.split("\n", 1)[1])
    ap.add_argument("--limit", type=int, help="only the first N sentences of each set")
    ap.add_argument("--coder-only", action="store_true",
                    help="spaCy + the event coder without the other eventwire components "
                         "(events keep token arguments; dyads cannot be scored)")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print the first N errors")
    ap.add_argument("--set", choices=("cameo", "plover", "both"), default="both")
    ap.add_argument("--event-filter", action="store_true",
                    help="the trained event filter at the model's own threshold (docs/events.md)")
    args = ap.parse_args(argv)
    for p in (CAMEO, PLOVER):
        if not p.exists():
            print(f"benchmarks/events.py: {p} not found (the shared data folder beside the repo)",
                  file=sys.stderr)
            return 2
    from eventwire.events import lexicon as lx

    lexicon = lx.load()
    print(CITATION)
    t0 = time.perf_counter()
    if args.set in ("cameo", "both"):
        bench_cameo(args, lexicon)
    if args.set in ("plover", "both"):
        bench_plover(args, lexicon)
    print(f"\n({len(lexicon)} lexicon entries; {time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
