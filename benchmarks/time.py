"""Date resolution on TimeBank + AQUAINT (TBAQ-cleaned): detection recall and value accuracy.

Gold: every TIMEX3 of type DATE in the documents' text, its value resolved by annotators against
the document creation time (DCT). eventwire gets each text with ``published`` = the DCT's date and
runs the spaCy model with the ``eventwire_times`` component. Baseline: ``dateparser`` alone on the
gold expression texts, with RELATIVE_BASE = DCT.

    python benchmarks/time.py [--data DIR] [--limit N] [--errors N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "time" / "TBAQ-cleaned"
CITATION = (
    "TimeBank 1.2 (Pustejovsky et al. 2003) and AQUAINT (TempEval-3 release, UzZaman et al. "
    "2013), as cleaned in TBAQ-cleaned (qiangning/StructTempRel-EMNLP17, commit d6518a5); "
    "research use."
)
# Values eventwire/1 can write: day, ISO week, month, quarter, half, season, year, decade.
CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-Q[1-4]|-H[12]|-(SP|SU|FA|WI))?$|^\d{3}$")


@dataclass
class Gold:
    start: int
    end: int
    text: str
    value: str

    @property
    def target(self) -> str | None:
        """The gold value at a precision eventwire can write, or None when it is not a date.

        Time of day (``T…``) and TimeML's weekend marker (``-WE``) are dropped, and ``199X``
        (a decade) is written ``199``; PAST_REF, ``XX`` placeholders and centuries are not
        calendar values.
        """
        v = re.sub(r"T.*$", "", self.value)
        v = re.sub(r"-WE$", "", v)
        v = re.sub(r"^(\d{3})X$", r"\1", v)
        return v if CALENDAR.match(v) else None


@dataclass
class Document:
    name: str
    dct: date
    text: str
    dates: list[Gold] = field(default_factory=list)
    timexes: list[tuple[int, int]] = field(default_factory=list)  # every TIMEX3, any type


def read_tml(path: Path) -> Document:
    """The text of a TimeML file with its DCT and TIMEX3 spans (character offsets)."""
    root = ET.parse(path).getroot()
    dct_el = root.find("DCT/TIMEX3")
    dct = date.fromisoformat(dct_el.get("value")[:10])
    body = root.find("TEXT")
    parts: list[str] = []
    doc = Document(path.stem, dct, "")

    def walk(el: ET.Element) -> None:
        start = sum(map(len, parts))
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if el.tag == "TIMEX3":
            end = sum(map(len, parts))
            doc.timexes.append((start, end))
            if el.get("type") == "DATE":
                doc.dates.append(Gold(start, end, "".join(parts)[start:end], el.get("value", "")))

    walk(body)
    doc.text = "".join(parts)
    return doc


def overlapping(items: list[dict], start: int, end: int) -> dict | None:
    for item in items:
        if item["start"] < end and start < item["end"]:
            return item
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the TBAQ-cleaned folder")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--errors", type=int, default=0, help="print N wrong values")
    ap.add_argument("--no-baseline", action="store_true", help="skip the dateparser baseline")
    args = ap.parse_args(argv)

    files = sorted((args.data / "TimeBank").glob("*.tml")) + sorted(
        (args.data / "AQUAINT").glob("*.tml"))
    if not files:
        print(f"error: no .tml files under {args.data}/TimeBank or /AQUAINT", file=sys.stderr)
        return 2
    if args.limit:
        files = files[: args.limit]
    docs = [read_tml(f) for f in files]

    import eventwire
    from eventwire.timex.component import time_of

    nlp = eventwire.load(components=["eventwire_times"])
    resolver = nlp.get_pipe("eventwire_times")
    spacy_time = times_time = 0.0
    counts: Counter = Counter()
    errors: list[tuple] = []
    spaced: list[tuple[Document, list[Gold], list]] = []
    words = 0
    for doc in docs:
        sdoc = nlp.make_doc(doc.text)
        sdoc._.published = doc.dct.isoformat()
        t0 = time.perf_counter()
        with nlp.select_pipes(disable=["eventwire_times"]):
            sdoc = nlp(sdoc)
        t1 = time.perf_counter()
        sdoc = resolver(sdoc)
        spacy_time += t1 - t0
        times_time += time.perf_counter() - t1
        words += len(sdoc)
        times = sdoc._.times
        counts["predicted"] += len(times)
        counts["predicted_on_timex"] += sum(
            1 for t in times if overlapping(
                [{"start": s, "end": e} for s, e in doc.timexes], t["start"], t["end"]))
        for g in doc.dates:
            hit = overlapping(times, g.start, g.end)
            counts["gold"] += 1
            counts["detected"] += hit is not None
            if g.target is None:
                continue
            counts["gold_cal"] += 1
            if hit is None:
                continue
            counts["detected_cal"] += 1
            if hit["value"] == g.target:
                counts["right_cal"] += 1
            else:
                errors.append((doc.dct, g.text, g.target, hit["text"], hit["value"]))
        # Resolution alone: eventwire's resolver on the gold spans, with the parse as context.
        for g in doc.dates:
            if g.target is None:
                continue
            span = sdoc.char_span(g.start, g.end, alignment_mode="expand")
            got = time_of(span, doc.dct, fallback=True) if span is not None else None
            counts["oracle_right"] += bool(got and got["value"] == g.target)
        spaced.append((doc, [g for g in doc.dates if g.target], times))

    base_right = 0
    base_time = 0.0
    if not args.no_baseline:
        from eventwire.timex.fallback import dateparser_value

        t1 = time.perf_counter()
        for doc, golds, _ in spaced:
            for g in golds:
                value, _ = dateparser_value(g.text, doc.dct, None)
                base_right += value == g.target
        base_time = time.perf_counter() - t1

    def ratio(a: str | int, b: str) -> str:
        num = counts[a] if isinstance(a, str) else a
        return f"{num / counts[b]:.3f} ({num}/{counts[b]})" if counts[b] else "n/a"

    print(f"data: {CITATION}")
    print(f"{len(docs)} documents, {counts['gold']} gold DATE expressions, "
          f"{counts['gold_cal']} with a calendar value (the rest: PRESENT_REF/PAST_REF, XX, …)")
    print(f"model: {eventwire.nlp.model_label(nlp)}; {words} tokens; spaCy {spacy_time:.1f}s, "
          f"eventwire_times {times_time:.2f}s (+{100 * times_time / max(spacy_time, 1e-9):.1f}%)")
    print()
    print(f"{'measure':58s} {'eventwire':>20s} {'dateparser':>20s}")
    print(f"{'detection recall, all DATE':58s} {ratio('detected', 'gold'):>20s} {'-':>20s}")
    print(f"{'detection recall, calendar DATE':58s} {ratio('detected_cal', 'gold_cal'):>20s} "
          f"{'-':>20s}")
    print(f"{'detection precision (predictions on a gold TIMEX3)':58s} "
          f"{ratio('predicted_on_timex', 'predicted'):>20s} {'-':>20s}")
    print(f"{'value accuracy, calendar DATE, among detected':58s} "
          f"{ratio('right_cal', 'detected_cal'):>20s} {'-':>20s}")
    print(f"{'value accuracy, calendar DATE, end to end':58s} "
          f"{ratio('right_cal', 'gold_cal'):>20s} {'-':>20s}")
    base = ratio(base_right, "gold_cal") if not args.no_baseline else "skipped"
    print(f"{'value accuracy, calendar DATE, given gold spans':58s} "
          f"{ratio('oracle_right', 'gold_cal'):>20s} {base:>20s}")
    if not args.no_baseline:
        print(f"dateparser: {counts['gold_cal']} calls in {base_time:.1f}s")
    print("target: value accuracy among detected >= 0.90 (issue 16)")
    for err in errors[: args.errors]:
        print("  wrong: DCT {}  gold {!r}={}  got {!r}={}".format(*err))
    return 0


if __name__ == "__main__":
    sys.exit(main())
