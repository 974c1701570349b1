"""Measure the cleaner on PolNeAR news articles: untouched, and after simulated PDF damage.

The damage is what PDF extraction does to an article: lines hard-wrapped at a fixed width, long
words broken with a hyphen at the line end (and compounds broken at their own hyphen), page breaks
with a running header and a page number, and stray author URLs and "Advertisement" lines between
paragraphs. The cleaner must undo it; the baseline is eventwire's first placeholder cleaner
(paragraphs at blank lines, white space collapsed). Run from the repository root:

    python benchmarks/cleaning.py [--limit N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT / ".." / "shared" / "data" / "polnear"
CITATION = (
    "PolNeAR: Newell, Margolin & Ruths (2018), 'An Attribution Relations Corpus for Political News', "
    "LREC 2018; networkdynamics/PolNeAR (commit c3eee83), research use."
)
WIDTH = 78
LINES_PER_PAGE = 48
HEADER = "POLITICS WEEKLY | Election 2016 coverage"
URL = "https://www.example-news.com/authors/staff-writer"
_BREAKABLE = re.compile(r"^([A-Za-z]{7,})([,.;:]?)$")
_COMPOUND = re.compile(r"^([A-Za-z]+-)([A-Za-z][A-Za-z-]*[,.;:]?)$")


def placeholder_clean(text: str) -> str:
    """The baseline: eventwire's placeholder before the cleaner (blank-line paragraphs only)."""
    paras = [" ".join(p.split()) for p in text.replace("\f", "\n\n").split("\n\n")]
    return "\n\n".join(p for p in paras if p)


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def wrap(paragraph: str, rng: random.Random, splits: list) -> list[str]:
    """Hard-wrap one paragraph, breaking some long words and compounds at the line end."""
    lines, line = [], ""
    for word in paragraph.split():
        if not line or len(line) + 1 + len(word) <= WIDTH:
            line = f"{line} {word}".strip()
            continue
        room = WIDTH - len(line) - 1
        m, c = _BREAKABLE.match(word), _COMPOUND.match(word)
        if c and len(c.group(1)) <= room:
            lines.append(f"{line} {c.group(1)}")
            splits.append((c.group(1)[:-1], c.group(2), True))
            line = c.group(2)
        elif m and room >= 4 and rng.random() < 0.6:
            core = m.group(1)
            k = rng.randint(3, min(room - 1, len(core) - 3))
            lines.append(f"{line} {core[:k]}-")
            splits.append((core[:k], core[k:], False))
            line = core[k:] + m.group(2)
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def damage(text: str, rng: random.Random) -> tuple[str, list, int]:
    """PDF-like damage; returns the damaged text, the word splits made, furniture lines added."""
    splits: list = []
    lines: list[str] = []
    furniture = 0
    for para in paragraphs(text):
        lines += wrap(para, rng, splits)
        roll = rng.random()
        if roll < 0.08:
            lines += ["", URL]
            furniture += 1
        elif roll < 0.12:
            lines += ["", "Advertisement"]
            furniture += 1
        lines.append("")
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    out = []
    for n, page in enumerate(pages, 1):
        out.append("\n".join([HEADER, *page, str(n)]))
        furniture += 2
    return "\f".join(out), splits, furniture


def alnum(text: str) -> Counter:
    return Counter(ch for ch in text if ch.isalnum())


def score(gold: list[str], got: list[str]) -> tuple[int, int]:
    """Paragraphs of ``gold`` found exactly in ``got``, and the number of paragraphs in ``got``."""
    want = Counter(gold)
    return sum(min(n, Counter(got)[p]) for p, n in want.items()), len(got)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="articles to use (default: all 924)")
    ap.add_argument("--seed", type=int, default=13, help="random seed for the damage")
    args = ap.parse_args(argv)
    files = sorted((POLNEAR / "train" / "text").glob("*.txt")) + sorted(
        (POLNEAR / "dev" / "text").glob("*.txt")
    )
    if not files:
        print(f"PolNeAR not found under {POLNEAR.resolve()}", file=sys.stderr)
        return 2
    if args.limit:
        files = files[: args.limit]
    sys.path.insert(0, str(ROOT / "src"))
    from eventwire.clean import clean
    from eventwire.clean.hyphen import keeps_hyphen, word_start

    rng = random.Random(args.seed)
    t = Counter()
    splits_all: list = []
    elapsed = 0.0
    for path in files:
        text = path.read_text("utf-8")
        gold = paragraphs(text)
        # untouched text: the cleaner should change nothing and remove nothing
        start = time.perf_counter()
        plain = clean(text)
        elapsed += time.perf_counter() - start
        t["chars"] += len(text)
        t["untouched_same"] += paragraphs(plain.text) == gold
        t["untouched_words"] += " ".join(paragraphs(plain.text)) == " ".join(gold)
        t["untouched_removed"] += len(plain.removed)
        # damaged text
        damaged, splits, furniture = damage(text, rng)
        splits_all += splits
        start = time.perf_counter()
        fixed = clean(damaged)
        elapsed += time.perf_counter() - start
        found, n = score(gold, paragraphs(fixed.text))
        base_found, base_n = score(gold, paragraphs(placeholder_clean(damaged)))
        t["gold"] += len(gold)
        t["found"] += found
        t["got"] += n
        t["base_found"] += base_found
        t["base_got"] += base_n
        t["furniture"] += furniture
        t["removed"] += len(fixed.removed)
        t["story_kept"] += not (alnum(text) - alnum(fixed.text))
        paged = "multi" if "\f" in damaged else "single"
        t[paged] += 1
        t[f"exact_{paged}"] += alnum(text) == alnum(fixed.text)
        t["articles"] += 1
    decisions = Counter()
    for left, right, compound in splits_all:
        right = word_start(right) or right  # the decision sees the word, not its punctuation
        guess = keeps_hyphen(left, right)
        kind = "compound" if compound else "broken"
        decisions[kind] += 1
        decisions[f"{kind}_ok"] += guess == compound
        decisions[f"{kind}_cap"] += (right[:1].isupper()) == compound  # baseline: capitalised rule
    total = decisions["compound"] + decisions["broken"]
    ok = decisions["compound_ok"] + decisions["broken_ok"]
    print(f"data: {t['articles']} PolNeAR articles (train + dev), {t['chars'] / 1e6:.2f} M characters")
    print(f"  {CITATION}")
    print("untouched articles (already clean text)")
    print(f"  text unchanged: {t['untouched_words']}/{t['articles']} articles; same paragraph "
          f"breaks as the blank lines: {t['untouched_same']}/{t['articles']} (some sources put "
          f"one paragraph a line); lines removed: {t['untouched_removed']}")
    print(f"damaged articles (wrap {WIDTH}, page every {LINES_PER_PAGE} lines, header, page "
          "numbers, URL/ad lines)")
    print(f"  paragraphs recovered exactly: eventwire {t['found'] / t['gold']:.1%} "
          f"(precision {t['found'] / max(1, t['got']):.1%})   baseline placeholder "
          f"{t['base_found'] / t['gold']:.1%} (precision {t['base_found'] / max(1, t['base_got']):.1%})")
    print(f"  furniture lines added {t['furniture']}, removed {t['removed']}; articles with every "
          f"letter and digit of the story kept: {t['story_kept']}/{t['articles']}")
    print(f"  articles with no furniture left: multi-page {t['exact_multi']}/{t['multi']}, "
          f"single-page {t['exact_single']}/{t['single']} (one page has no repeated header to "
          "find, so its header and page number stay)")
    print(f"  line-end hyphen decisions: {ok}/{total} = {ok / max(1, total):.1%} "
          f"(broken words {decisions['broken_ok']}/{decisions['broken']}, compounds "
          f"{decisions['compound_ok']}/{decisions['compound']})")
    cap = decisions["compound_cap"] + decisions["broken_cap"]
    always_drop = decisions["broken"]
    print(f"  baselines: keep hyphen only before a capital {cap / max(1, total):.1%}; "
          f"always drop the hyphen {always_drop / max(1, total):.1%}")
    print(f"throughput: {t['articles'] * 2 / elapsed:.0f} articles/s, "
          f"{2 * t['chars'] / elapsed / 1e6:.2f} M chars/s (cleaning only, one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
