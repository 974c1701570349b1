"""Finding an article's publication date in its own text (a dateline), when nothing else gives it.

Only the top of the article is searched, and only for a date in a dateline position: after a
place name at the start of a paragraph ("NAIROBI, March 12, 2024 —"), on a line of its own, or
after "Published"/"Updated"/"Posted". :func:`dateline_at` is the one dateline grammar: places
(``geo``) and quotes read datelines through it too. A date inside the story's sentences is an event date, not
the publication date, and is left alone. Only complete dates (day, month and year) count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.pubdate import NUMERIC, WRITTEN, day_of

TOP = 600  # characters from the start that may hold a dateline

_DATE = rf"(?P<date>{WRITTEN}|{NUMERIC})"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
_DATE_RE = re.compile(rf"{_DATE}{_TIME}$", re.IGNORECASE)
# The one dateline grammar: a place in capitals (two characters at least, so "I — I don't know"
# opens none), then ", Region", ", March 12, 2024" parts, an "(Agency)" and a dash:
# "WASHINGTON —", "KYIV, Ukraine (AP) —", "LOS ANGELES, Feb. 2, 2024, 10:30 GMT (UPI) -".
_DATELINE = re.compile(
    r"[ \t]*(?P<place>[A-Z][A-Z.'’-]*[A-Z.](?: [A-Z.'’-]*[A-Z.])*)"
    r"(?P<parts>(?:(?:,[ ]?|[ ](?=\d))(?:[\w.'’:/ ]|(?<=\d)-(?=\d)){1,40})*)"
    r"(?:\s*\((?P<agency>[\w .'’-]{1,40})\))?"
    r"(?:\s*(?P<dash>[―—–:-]{1,2}|--)(?=\s|$))?"
)
# "Published: March 12, 2024", "Updated 12 March 2024 10:30 GMT", or a date alone on its line
_LABELLED = re.compile(
    rf"^(?:(?:published|updated|posted|first published|last updated|date)(?:\s+on)?\s*[:|-]?\s*)?"
    rf"{_DATE}{_TIME}\s*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(rf"^by\s+[^|\n]{{2,80}}\s*[|•·,]\s*{_DATE}{_TIME}\s*$", re.IGNORECASE)


def _iso(m: re.Match) -> str | None:
    return day_of(m)


@dataclass(frozen=True)
class Dateline:
    """A dateline opening a paragraph: where its place is, its date if it gives a complete one,
    and where the story's own words begin (after the dash)."""

    place_start: int
    place_end: int
    date: str | None  # ISO date
    dashed: bool  # ends in a dash (else the place was followed by a comma or parenthesis only)
    end: int
    dated_at_once: bool = False  # a date right after the place, no comma: "DUBAI 1996-08-22"


def dateline_at(text: str, start: int = 0, end: int | None = None) -> Dateline | None:
    """The dateline at ``text[start:end]``'s beginning, or None: a place in capitals followed by
    a comma, a parenthesis or a dash, read by the one grammar every stage uses (the publication
    date, the dateline's place, the words no quote may start with)."""
    m = _DATELINE.match(text, start, len(text) if end is None else end)
    if m is None or not (m.group("parts") or m.group("agency") or m.group("dash")):
        return None
    found = _DATE_RE.search(m.group("parts").strip())  # the last parts: "Feb. 2, 2024, 10:30"
    date = _iso(found) if found else None
    after = text[m.end("place"):m.end("place") + 1]
    return Dateline(m.start("place"), m.end("place"), date, bool(m.group("dash")), m.end(),
                    dated_at_once=after == " " and bool(m.group("parts")))


def find_published(text: str) -> str | None:
    """Return the ISO date of a dateline near the top of ``text``, or None."""
    if not text:
        return None
    for line in text[:TOP].split("\n"):
        line = " ".join(line.split())
        if not line:
            continue
        for pattern in (_LABELLED, _BYLINE):
            m = pattern.match(line)
            if m:
                return _iso(m)
        dateline = dateline_at(line)
        if dateline is not None and dateline.dashed and dateline.date:
            return dateline.date
    return None
