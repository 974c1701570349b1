"""The event filter's training data: real articles of ../shared/data, never the newsevents ones.

The labels (``scripts/data/event_filter_labels.tsv``) say, for events the pipeline coded in other
real articles, whether a careful coder following ``newsevents/GUIDELINES.md`` would record an event
of that CAMEO root with that trigger (KEEP) or not (DROP). They name the text by corpus, article
and the trigger's character offsets in the cleaned text (the record's ``text``); no sentence is
stored. This module reads those articles from ``../shared/data`` (PolNeAR, BASIL, TimeBank and
AQUAINT, TR-News), leaving out the 40 newsevents articles, and rebuilds the examples from them.

Usage:
  python scripts/event_filter_data.py candidates OUT.jsonl [--per-corpus N] [--skip-labelled]
      [--corpora polnear basil timebank trnews]
      the pipeline's events (filter off) in a sample of articles, with their sentences, to label
  python scripts/event_filter_data.py check
      rebuild every labelled example and say how many were found in the texts
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "data"
LABELS = ROOT / "scripts" / "data" / "event_filter_labels.tsv"
FIELDS = ("corpus", "article", "start", "end", "trigger", "code", "label")
SEED = 16
# corpora: name -> reader of (article id, title, text, published)
CORPORA = ("polnear", "basil", "timebank", "trnews")


def newsevents_sources() -> set[str]:
    """The PolNeAR file names and BASIL ids of the 40 newsevents articles (left out)."""
    out = set()
    for line in (SHARED / "newsevents" / "articles.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        source = json.loads(line)["source"]
        if source.startswith("PolNeAR"):
            out.add(source.split(": ", 1)[1].split(" ", 1)[0].removesuffix(".txt"))
        elif source.startswith("launchnlp/BASIL:"):
            out.add(source.split("/")[-1].split(".json")[0])
    return out


def read_polnear(skip: set[str]) -> Iterator[tuple[str, str, str, str]]:
    """PolNeAR train and dev articles (2016 US political news) with their metadata."""
    meta = SHARED / "polnear" / "metadata.tsv"
    with meta.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            name = row["filename"]
            path = SHARED / "polnear" / row["compartment"] / "text" / f"{name}.txt"
            if name in skip or not path.exists():
                continue
            yield (f"{row['compartment']}/{name}", row["title"], path.read_text("utf-8"),
                   row["publication_date"])


def read_basil(skip: set[str]) -> Iterator[tuple[str, str, str, str]]:
    """BASIL articles (NYT, Fox News, HuffPost 2010-2015)."""
    for line in (SHARED / "basil" / "triplets-2010-2015.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            a = json.loads(line)
            if a["id"] not in skip:
                yield a["id"], a["title"], a["text"], a["published"]


def read_timeml() -> Iterator[tuple[str, str, str, str]]:
    """TimeBank and AQUAINT wire news (1989-1998), except the Wall Street Journal's business
    pieces; the text of <TEXT>, the date of <DCT>."""
    base = SHARED / "time" / "TBAQ-cleaned"
    for folder in ("TimeBank", "AQUAINT"):
        for path in sorted((base / folder).glob("*.tml")):
            if path.name.startswith("wsj"):
                continue
            root = ET.parse(path).getroot()
            dct = root.find("DCT/TIMEX3")
            text = "".join(root.find("TEXT").itertext()).strip()
            published = (dct.get("value") or "")[:10] if dct is not None else ""
            yield f"{folder}/{path.name}", "", text, published


def read_trnews() -> Iterator[tuple[str, str, str, str]]:
    """TR-News articles (international and local news, 2010s); no publication date is read."""
    root = ET.parse(SHARED / "geo" / "TR-News.xml").getroot()
    for art in root.iter("article"):
        title = " ".join((art.findtext("title") or "").split())
        yield art.get("docid"), title, art.findtext("text") or "", ""


def articles(corpus: str) -> list[tuple[str, str, str, str]]:
    """Every article of one corpus, newsevents' own left out, in a fixed order."""
    skip = newsevents_sources()
    reader = {"polnear": lambda: read_polnear(skip), "basil": lambda: read_basil(skip),
              "timebank": read_timeml, "trnews": read_trnews}[corpus]
    return sorted(reader())


def sample(corpus: str, n: int) -> list[tuple[str, str, str, str]]:
    """A fixed random sample of n articles of a corpus (seeded, the same every run)."""
    arts = articles(corpus)
    return random.Random(f"{SEED}-{corpus}").sample(arts, min(n, len(arts)))


def process(nlp, article_id: str, title: str, text: str, published: str):
    """The prepared article and its processed Docs, with the offset of each in the text."""
    from eventwire.article import Article
    from eventwire.pipeline import prepare

    prepared = prepare(Article(text=text, title=title or None, id=article_id), nlp,
                       published=published or None)
    return prepared, [(off, nlp(doc)) for off, doc in zip(prepared.offsets, prepared.make_docs())]


def filter_off_nlp():
    """The full pipeline with the event filter switched off (every candidate event)."""
    import eventwire

    return eventwire.load(config={"eventwire_events": {"event_filter": False}})


def candidates(out: Path, per_corpus: int, skip_labelled: bool,
               corpora: tuple[str, ...] = CORPORA) -> int:
    """Write the events the judged set holds (as score.py counts them) with their sentences."""
    from eventwire.events.event_filter import scored

    done = {(r["corpus"], r["article"]) for r in read_labels()} if skip_labelled else set()
    nlp = filter_off_nlp()
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for corpus in corpora:
            for art_id, title, text, published in sample(corpus, per_corpus):
                if (corpus, art_id) in done:
                    continue
                _, docs = process(nlp, art_id, title, text, published)
                for off, doc in docs:
                    for e in doc._.events:
                        if not scored(e):
                            continue
                        t = e["trigger"]
                        sent = doc.char_span(t["start"], t["end"], alignment_mode="expand").sent
                        fh.write(json.dumps({
                            "corpus": corpus, "article": art_id, "start": off + t["start"],
                            "end": off + t["end"], "trigger": t["text"], "code": e["cameo"],
                            "src": e["source_code"], "tgt": e["target_code"],
                            "modality": e["modality"], "pattern": e["pattern"],
                            "published": published, "date": e["date"],
                            "sentence": sent.text}) + "\n")
                        n += 1
    return n


def read_labels(path: Path = LABELS) -> list[dict]:
    """The labelled events, one dict a row (offsets as ints)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for r in rows:
        r["start"], r["end"] = int(r["start"]), int(r["end"])
    return rows


def examples(labels: list[dict] | None = None) -> list[tuple[list[str], str, dict]]:
    """(feature words, KEEP/DROP, label row) for every label whose trigger is found again in its
    article's cleaned text; the features are read from the pipeline's parse, as at run time."""
    from eventwire.events.event_filter import features, trigger_span
    from eventwire.events.modality import modality as mod
    from eventwire.timex.attach import event_date

    labels = read_labels() if labels is None else labels
    wanted: dict[tuple[str, str], list[dict]] = {}
    for r in labels:
        wanted.setdefault((r["corpus"], r["article"]), []).append(r)
    nlp = filter_off_nlp()
    out = []
    for corpus in CORPORA:
        for art_id, title, text, published in articles(corpus):
            rows = wanted.get((corpus, art_id))
            if not rows:
                continue
            _, docs = process(nlp, art_id, title, text, published)
            for r in rows:
                for off, doc in docs:
                    if not off <= r["start"] < off + len(doc.text):
                        continue
                    span = trigger_span(doc, r["start"] - off, r["end"] - off)
                    if span is None or span.text != r["trigger"]:
                        break
                    same = [e for e in doc._.events if e["trigger"]["start"] == r["start"] - off
                            and e["cameo"] == r["code"]]
                    if same:
                        modality, date = same[0]["modality"], same[0]["date"]
                        pattern = same[0]["pattern"]
                        dyad = same[0]["source_code"], same[0]["target_code"]
                    else:  # the rules no longer code it: read what the event would carry
                        modality, date = mod(span.root), event_date(doc, span)[0]
                        pattern, dyad = "", (None, None)
                    words = features(doc, span, r["code"], modality, date, pattern, *dyad)
                    out.append((words, r["label"], r))
                    break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("candidates")
    c.add_argument("out", type=Path)
    c.add_argument("--per-corpus", type=int, default=20)
    c.add_argument("--skip-labelled", action="store_true")
    c.add_argument("--corpora", nargs="+", choices=CORPORA, default=list(CORPORA))
    sub.add_parser("check")
    args = ap.parse_args(argv)
    if args.cmd == "candidates":
        n = candidates(args.out, args.per_corpus, args.skip_labelled, tuple(args.corpora))
        print(f"{n} candidates "
              f"written to {args.out}")
    else:
        labels = read_labels()
        found = examples(labels)
        print(f"{len(found)} of {len(labels)} labelled events found again in the shared texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
