"""Page furniture of paged text (PDF): running headers and footers, and page numbers.

A line counts as a running header or footer when the same line (digits aside) sits at the top or
bottom of at least half of the pages, and of two pages at least.
"""

from __future__ import annotations

import re
from collections import defaultdict

from eventwire.clean.cues import is_page_number, squeeze

EDGE = 2  # lines at the top and at the bottom of a page that may be furniture


def _key(line: str) -> str:
    """A line with its numbers blanked, so "Page 2" and "Page 3" are the same running line."""
    return re.sub(r"\d+", "#", squeeze(line.lower()))


def _edges(lines: list[str]) -> tuple[list[int], list[int]]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return filled[:EDGE], filled[-EDGE:]


def find_furniture(pages: list[list[str]]) -> dict[tuple[int, int], str]:
    """Map (page, line) to a removal kind (header, footer, page-number) for furniture lines."""
    marks: dict[tuple[int, int], str] = {}
    if len(pages) < 2:
        return marks
    seen: dict[str, set[int]] = defaultdict(set)
    places: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for p, lines in enumerate(pages):
        top, bottom = _edges(lines)
        for i in dict.fromkeys(top + bottom):
            if is_page_number(lines[i], at_page_edge=True):
                marks[(p, i)] = "page-number"
                continue
            key = _key(lines[i])
            if len(key.strip("# ")) < 3:
                continue
            seen[key].add(p)
            middle = (top[0] + bottom[-1]) / 2
            places[key].append((p, i, "header" if i in top and i <= middle else "footer"))
    filled_pages = sum(1 for lines in pages if any(line.strip() for line in lines))
    for key, on_pages in seen.items():
        if len(on_pages) < max(2, filled_pages / 2):
            continue
        if key[-1] in ".!?\"”’":
            continue  # a line that ends a sentence is story text, however often it repeats
        for p, i, kind in places[key]:
            marks[(p, i)] = kind
    return marks
