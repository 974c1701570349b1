"""Actor country and sector accuracy on the PLOVER gold records.

Each gold record gives a sentence (CAMEO manual examples recoded in PLOVER) and its source and
target actors as text, CAMEO country code and sector. For every gold actor we find the text in the
sentence, take the eventwire actor whose mention covers it (or, where the component made none,
what ``eventwire.actors.resolve_phrase`` says of that text, as the events coder would), and
compare country and sector. The baseline takes the country of the first GPE/NORP entity in the
actor's text (else in the sentence) and no sector.

Run from the repository root: ``python benchmarks/actors.py`` (``--help`` for options).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / ".." / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.txt"
CITATION = (
    "PLOVER_GSR_CAMEO.txt: 322 gold records recoded from the CAMEO 1.1b3 manual by Parus Analytics "
    "for the Open Event Data Alliance (openeventdata/PLOVER, commit 5e0c24f), CC BY-SA 4.0."
)
# sector spellings in the gold file that mean a standard sector
SECTOR_ALIASES = {"CIV": "CVL"}
UNSCORED_SECTOR = "***"  # the gold file's "not decided" mark


def load_gold(path: Path) -> list[dict]:
    """The gold records: a JSON list, possibly behind '#' or '//' comment lines."""
    try:
        raw = path.read_text("utf-8")
    except OSError as err:
        raise SystemExit(f"cannot read the PLOVER gold file {path}: {err.strerror}") from None
    body = "\n".join(line for line in raw.splitlines()
                     if not line.lstrip().startswith(("#", "//")))
    try:
        records = json.loads(body)
    except json.JSONDecodeError as err:
        raise SystemExit(f"{path} is not the JSON list expected: {err}") from None
    return [r for r in records if r.get("text") and r.get("event") != "DOCUMENT"]


def gold_actors(record: dict) -> list[dict]:
    out = []
    for role in ("source", "target"):
        actors = record.get(role)
        if isinstance(actors, list):
            out += [a for a in actors if isinstance(a, dict) and a.get("actorText")]
    return out


def find_text(text: str, actor_text: str) -> tuple[int, int] | None:
    """Character span of the gold actor text in the sentence (first part of an elided one)."""
    needle = actor_text.strip()
    for candidate in (needle, re.split(r"\s*\.\.\.\s*|\s*…\s*", needle)[0]):
        if not candidate:
            continue
        # a whole-word match first ("Iraq" is not the start of "Iraqi")
        whole = re.search(r"(?<!\w)" + re.escape(candidate) + r"(?!\w)", text)
        at = whole.start() if whole else text.find(candidate)
        if at < 0:
            at = text.lower().find(candidate.lower())
        if at >= 0:
            return at, at + len(candidate)
    return None


def gold_country(code: str, kb) -> str:
    code = (code or "").strip().upper()
    return kb.cameo_to_iso.get(code, code)


def gold_sector(sector: str | None) -> str | None:
    if not sector:
        return None
    if sector == UNSCORED_SECTOR:
        return UNSCORED_SECTOR
    head = sector[:3].upper()
    return SECTOR_ALIASES.get(head, head)


def our_country(country: str | None, sector: str | None) -> str | None:
    """Our country field in the gold file's terms: IGO and NGO actors by their class."""
    if not country:
        return None
    if country.startswith("IGO") or (sector == "IGO" and len(country) == 3
                                      and country in _REGIONS):
        return "IGO"
    if country.startswith("NGO"):
        return "NGO"
    return country


_REGIONS = {"EUR", "AFR", "ASA", "MEA", "LAM", "WAF", "WST", "NAF", "SAF", "EAF", "CAS", "SAS"}


def predict(doc, start: int, end: int):
    """The eventwire actor for a gold span: from ``doc._.actors``, else ``resolve_phrase``."""
    from eventwire.actors import resolve_phrase
    from eventwire.actors.lookup import best_overlap
    from eventwire.extensions import record_actors

    # the actor the gold phrase's head word belongs to ("Rebels" in "Rebels in the Ivory Coast");
    # the record's actors: the actors stage's, then those the events stage resolved
    actors = record_actors(doc)
    table = [(m["start"], m["end"], a["id"]) for a in actors for m in a["mentions"]]
    span = doc.char_span(start, end, alignment_mode="expand")
    actor_id = best_overlap(table, span.root.idx, span.root.idx + len(span.root)) if span else None
    actor_id = actor_id or best_overlap(table, start, end)
    if actor_id:
        return next(a for a in actors if a["id"] == actor_id), "component"
    if span is not None and len(span):
        found = resolve_phrase(doc, span)
        if found:
            return found, "resolve_phrase"
    return None, "none"


def baseline(doc, start: int, end: int, kb) -> str | None:
    """Country of the first GPE/NORP entity in the actor's text, else in its sentence."""
    def country_of(ent):
        text = ent.text.removesuffix("'s")
        return (kb.country_names.get(text.lower()) or kb.adjectives.get(text)
                or kb.capitals.get(text.lower()) or kb.adjectives.get(text.rstrip("s")))

    inside = [e for e in doc.ents if e.label_ in ("GPE", "NORP")
              and e.start_char < end and start < e.end_char]
    sentence = [e for e in doc.ents if e.label_ in ("GPE", "NORP")]
    for ent in inside[:1] + sentence[:1]:
        found = country_of(ent)
        if found:
            return found
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score eventwire actors (country, sector) "
                                     "on the PLOVER gold records, beside a baseline.")
    parser.add_argument("--gold", type=Path, default=GOLD, help="PLOVER_GSR_CAMEO.txt path")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N records")
    parser.add_argument("--errors", type=int, default=0, help="print up to N misses")
    args = parser.parse_args(argv)

    import eventwire
    from eventwire.actors.knowledge import load_knowledge

    kb = load_knowledge()
    records = load_gold(args.gold)
    if args.limit:
        records = records[: args.limit]
    nlp = eventwire.load(components=["eventwire_actors"])  # the actors need no other stage
    started = time.perf_counter()
    docs = []
    for record in records:
        doc = nlp.make_doc(record["text"])
        doc._.published = record.get("date")
        docs.append(doc)
    docs = list(nlp.pipe(docs))
    elapsed = time.perf_counter() - started

    tally: Counter = Counter()
    misses = []
    for record, doc in zip(records, docs):
        for gold in gold_actors(record):
            tally["actors"] += 1
            where = find_text(record["text"], gold["actorText"])
            if where is None:
                tally["not found in text"] += 1
                continue
            g_country = gold_country(gold.get("code", ""), kb)
            g_sector = gold_sector(gold.get("sector"))
            actor, how = predict(doc, *where)
            tally["via " + how] += 1
            country = our_country(actor["country"], actor["sector"]) if actor else None
            sector = actor["sector"] if actor else None
            if country in ("IGO", "NGO") and sector == country:
                sector = None  # the gold file writes an IGO's class as its code, not its sector
            base = baseline(doc, *where, kb)
            tally["scored"] += 1
            tally["country"] += country == g_country
            tally["base country"] += base == g_country
            if g_sector != UNSCORED_SECTOR:
                tally["sector scored"] += 1
                tally["sector"] += sector == g_sector
                tally["both"] += country == g_country and sector == g_sector
                tally["base sector"] += g_sector is None
                tally["base both"] += base == g_country and g_sector is None
                if not (country == g_country and sector == g_sector):
                    misses.append((gold["actorText"], g_country, g_sector, country, sector,
                                   record["text"]))

    def pct(key: str, total: str) -> str:
        return f"{100 * tally[key] / max(tally[total], 1):5.1f} %"

    print("eventwire actors on PLOVER gold (country and sector of source/target actors)")
    print(CITATION)
    print(f"records {len(records)}, gold actors {tally['actors']}, located in text "
          f"{tally['scored']}, sector-scored {tally['sector scored']} "
          f"(gold sector '***' left out of sector and both)")
    print(f"actor from component {tally['via component']}, from resolve_phrase "
          f"{tally['via resolve_phrase']}, none {tally['via none']}")
    print(f"{'':28}{'eventwire':>12}{'baseline':>12}")
    print(f"{'country accuracy':28}{pct('country', 'scored'):>12}{pct('base country', 'scored'):>12}")
    print(f"{'sector accuracy':28}{pct('sector', 'sector scored'):>12}"
          f"{pct('base sector', 'sector scored'):>12}")
    print(f"{'country+sector accuracy':28}{pct('both', 'sector scored'):>12}"
          f"{pct('base both', 'sector scored'):>12}")
    print("baseline: country of the first GPE/NORP entity in the actor text (else the sentence), "
          "no sector")
    print(f"pipeline time {elapsed:.1f} s for {len(records)} records")
    for miss in misses[: args.errors]:
        print("MISS", miss[:5], "|", miss[5][:120])
    return 0


if __name__ == "__main__":
    sys.exit(main())
