"""Quote extraction and speaker attribution on PolNeAR, beside a quotation-marks baseline.

    python benchmarks/quotes.py                 # the dev split (84 articles)
    python benchmarks/quotes.py --split train   # the train split (840 articles)
    python benchmarks/quotes.py --limit 20 --errors 10

Scores the attributions that have a Content span:
- overlap P/R/F1: a predicted quote matches a gold content when it covers >= 30 % of it
  (one-to-one, greedy, best coverage first);
- speaker accuracy on the matched pairs whose gold has a Source: the predicted speaker, or any
  mention of its actor, overlaps the gold source;
- exact-span F1 for content and for source, after stripping quotation marks, spaces and
  punctuation from both edges (a discontinuous gold span counts from its first to its last piece).
The baseline takes text between double quotation marks and the nearest PERSON entity as speaker.

Data: PolNeAR (Newell, Margolin & Ruths, "An Attribution Relations Corpus for Political News",
LREC 2018), read from ../shared/data/polnear/.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
CITATION = (
    "PolNeAR: Newell, Margolin & Ruths, 'An Attribution Relations Corpus for Political News', "
    "LREC 2018 (networkdynamics/PolNeAR)"
)
MIN_COVER = 0.30
_EDGE = set(" \t\n\r\"'“”‘’«»‹›„.,;:!?()[]{}—–-…")
_BASELINE = re.compile(r"[\"“]([^\"”\n]+)[\"”]")

Span = tuple[int, int]


@dataclass
class Gold:
    content: list[Span]
    source: list[Span]


@dataclass
class Pred:
    content: list[Span]
    speaker: Span | None
    actor_mentions: list[Span] = field(default_factory=list)


def _spans(field_: str) -> list[Span]:
    out = []
    for piece in field_.split(";"):
        a, b = piece.split()
        out.append((int(a), int(b)))
    return out


def read_gold(ann: Path) -> list[Gold]:
    """The attributions of one brat file that have a Content span."""
    spans: dict[str, tuple[str, list[Span]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text("utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, offsets = cols[1].partition(" ")
            spans[cols[0]] = (label, _spans(offsets))
        elif line.startswith("E") and len(cols) >= 2:
            roles = dict(part.split(":", 1) for part in cols[1].split() if ":" in part)
            events.append(roles)
    gold = []
    for roles in events:
        content = [
            s
            for k, v in roles.items()
            if k.startswith("Content")
            for s in spans.get(v, ("", []))[1]
        ]
        source = [
            s for k, v in roles.items() if k.startswith("Source") for s in spans.get(v, ("", []))[1]
        ]
        if content:
            gold.append(Gold(sorted(content), sorted(source)))
    return gold


def norm(text: str, span: Span) -> Span:
    """A span with quotation marks, spaces and punctuation stripped from both edges."""
    a, b = span
    while a < b and text[a] in _EDGE:
        a += 1
    while b > a and text[b - 1] in _EDGE:
        b -= 1
    return a, b


def extent(spans: list[Span]) -> Span:
    return min(s for s, _ in spans), max(e for _, e in spans)


def overlap(a: list[Span], b: list[Span]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def predict(doc) -> list[Pred]:
    actors = {a["id"]: a for a in doc._.actors or []}
    preds = []
    for q in doc._.quotes or []:
        parts = [
            (p["start"], p["end"])
            for p in q.get("parts") or [{"start": q["start"], "end": q["end"]}]
        ]
        sp = q.get("speaker")
        speaker = (sp["start"], sp["end"]) if sp else None
        mentions = []
        if sp and sp.get("actor") in actors:
            mentions = [(m["start"], m["end"]) for m in actors[sp["actor"]]["mentions"]]
        preds.append(Pred(parts, speaker, mentions))
    return preds


def baseline(doc) -> list[Pred]:
    """Text between double quotation marks; speaker = the nearest PERSON entity."""
    people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    preds = []
    for m in _BASELINE.finditer(doc.text):
        span = (m.start(1), m.end(1))
        near = min(
            people, key=lambda p: min(abs(p[0] - span[1]), abs(p[1] - span[0])), default=None
        )
        preds.append(Pred([span], near))
    return preds


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    speaker_total: int = 0
    speaker_ok: int = 0
    content_exact: int = 0
    source_gold: int = 0
    source_pred: int = 0
    source_exact: int = 0
    misses: list[str] = field(default_factory=list)
    errors: list[str] | None = None  # with --dump: one line per miss, false positive, edge error

    def add(self, text: str, gold: list[Gold], preds: list[Pred], name: str) -> None:
        self.gold += len(gold)
        self.pred += len(preds)
        pairs = []
        for gi, g in enumerate(gold):
            size = sum(e - s for s, e in g.content) or 1
            for pi, p in enumerate(preds):
                cover = overlap(p.content, g.content) / size
                if cover >= MIN_COVER:
                    pairs.append((cover, gi, pi))
        used_g, used_p = set(), set()
        assign: dict[int, int] = {}
        for _, gi, pi in sorted(pairs, reverse=True):
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            assign[gi] = pi
            self.matched += 1
            g, p = gold[gi], preds[pi]
            if g.source:
                self.speaker_total += 1
                mine = ([p.speaker] if p.speaker else []) + p.actor_mentions
                if overlap(mine, g.source) > 0:
                    self.speaker_ok += 1
                elif len(self.misses) < 10_000:
                    said = text[p.speaker[0] : p.speaker[1]] if p.speaker else None
                    gold_src = " / ".join(text[s:e] for s, e in g.source)
                    self.misses.append(f"{name}: speaker {said!r} vs gold {gold_src!r}")
        if self.errors is not None:
            self._record(text, gold, preds, name, assign)
        gold_content = Counter(norm(text, extent(g.content)) for g in gold)
        pred_content = Counter(norm(text, extent(p.content)) for p in preds)
        self.content_exact += sum((gold_content & pred_content).values())
        gold_source = Counter(norm(text, extent(g.source)) for g in gold if g.source)
        pred_source = Counter(norm(text, p.speaker) for p in preds if p.speaker)
        self.source_gold += sum(gold_source.values())
        self.source_pred += sum(pred_source.values())
        self.source_exact += sum((gold_source & pred_source).values())

    def _record(
        self,
        text: str,
        gold: list[Gold],
        preds: list[Pred],
        name: str,
        assign: dict[int, int],
    ) -> None:
        """Error lines for one article: MISS (gold unmatched), FP (prediction unmatched),
        CONTENT / SOURCE (matched, edges differ after normalisation)."""
        assert self.errors is not None

        def show(spans: list[Span]) -> str:
            a, b = norm(text, extent(spans)) if spans else (0, 0)
            return text[a:b].replace("\n", " | ")

        def context(spans: list[Span]) -> str:
            a, b = extent(spans)
            line_start = text.rfind("\n", 0, a) + 1
            line_end = text.find("\n", b)
            return text[line_start : line_end if line_end >= 0 else len(text)][:600].replace(
                "\n", " | "
            )

        for gi, g in enumerate(gold):
            src = show(g.source)
            if gi not in assign:
                self.errors.append(f"MISS\t{name}\t{show(g.content)}\t{src}\t{context(g.content)}")
                continue
            p = preds[assign[gi]]
            if norm(text, extent(g.content)) != norm(text, extent(p.content)):
                self.errors.append(
                    f"CONTENT\t{name}\tgold={show(g.content)}\tpred={show(p.content)}"
                )
            if g.source and p.speaker and norm(text, extent(g.source)) != norm(text, p.speaker):
                self.errors.append(
                    f"SOURCE\t{name}\tgold={src}\tpred={show([p.speaker])}"
                    f"\tcontent={show(g.content)[:80]}"
                )
        used = set(assign.values())
        for pi, p in enumerate(preds):
            if pi not in used:
                speaker = show([p.speaker]) if p.speaker else ""
                self.errors.append(f"FP\t{name}\t{show(p.content)}\t{speaker}")

    def figures(self) -> dict[str, float]:
        def f1(ok: int, pred: int, gold: int) -> tuple[float, float, float]:
            p = ok / pred if pred else 0.0
            r = ok / gold if gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        p, r, f = f1(self.matched, self.pred, self.gold)
        _, _, cf = f1(self.content_exact, self.pred, self.gold)
        _, _, sf = f1(self.source_exact, self.source_pred, self.source_gold)
        acc = self.speaker_ok / self.speaker_total if self.speaker_total else 0.0
        return {
            "P": p,
            "R": r,
            "F1": f,
            "speaker acc": acc,
            "exact content F1": cf,
            "exact source F1": sf,
        }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=CITATION)
    ap.add_argument(
        "--split", default="dev", choices=["dev", "train"], help="PolNeAR split (default dev)"
    )
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--errors", type=int, default=0, help="print up to N speaker misses")
    ap.add_argument(
        "--dump",
        type=Path,
        default=None,
        help="write misses, false positives and edge errors to this file (tab-separated)",
    )
    ap.add_argument(
        "--data", type=Path, default=POLNEAR, help="PolNeAR folder (default ../shared/data/polnear)"
    )
    args = ap.parse_args(argv)

    text_dir, ann_dir = args.data / args.split / "text", args.data / args.split / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        print(
            f"quotes benchmark: PolNeAR {args.split} split not found under {args.data}",
            file=sys.stderr,
        )
        return 2
    anns = {p.name.rsplit("_", 1)[0]: p for p in ann_dir.glob("*.ann")}
    files = [f for f in sorted(text_dir.glob("*.txt")) if f.stem in anns][: args.limit or None]

    import eventwire
    import eventwire.nlp

    # everything up to quotes: events come after and do not change them
    upto = eventwire.nlp.COMPONENT_NAMES.index("eventwire_quotes") + 1
    nlp = eventwire.load(components=eventwire.nlp.COMPONENT_NAMES[:upto])
    ours, base = Tally(errors=[] if args.dump else None), Tally()
    start = time.perf_counter()
    texts = [f.read_text("utf-8") for f in files]
    for f, text, doc in zip(files, texts, nlp.pipe(texts, batch_size=8)):
        gold = read_gold(anns[f.stem])
        ours.add(text, gold, predict(doc), f.stem)
        base.add(text, gold, baseline(doc), f.stem)
    seconds = time.perf_counter() - start

    print(
        f"PolNeAR {args.split}: {len(files)} articles, {ours.gold} attributions with content, "
        f"{seconds:.1f} s ({len(files) / seconds:.1f} articles/s, eventwire pipeline up to quotes)"
    )
    print(f"{'':24}{'eventwire':>12}{'baseline':>12}")
    a, b = ours.figures(), base.figures()
    for key in a:
        print(f"{key:24}{a[key]:12.3f}{b[key]:12.3f}")
    print(f"{'predicted quotes':24}{ours.pred:12d}{base.pred:12d}")
    print(f"{'matched':24}{ours.matched:12d}{base.matched:12d}")
    print(
        "targets on dev: overlap F1 >= 0.75, speaker acc >= 0.85, exact source F1 >= 0.70, "
        "exact content F1 >= 0.60"
    )
    print("reference (PolNeAR test, exact): BiLSTM-CRF source 0.696 / content 0.590")
    print(f"data: {CITATION}")
    for line in ours.misses[: args.errors]:
        print("  miss", line)
    if args.dump and ours.errors is not None:
        args.dump.write_text("\n".join(ours.errors + ["SPEAKER\t" + m for m in ours.misses]) + "\n")
        print(f"errors written to {args.dump}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
