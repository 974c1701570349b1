"""Finding an article's publication date in its own text (a dateline), when nothing else gives it.

Only the top of the article is searched, and only for a date in a dateline position: after a
place name at the start of a paragraph ("NAIROBI, March 12, 2024 —"), on a line of its own, or
after "Published"/"Updated"/"Posted". A date inside the story's sentences is an event date, not
the publication date, and is left alone. Only complete dates (day, month and year) count.
"""

from __future__ import annotations

import re

from eventwire.pubdate import NUMERIC, WRITTEN, day_of

TOP = 600  # characters from the start that may hold a dateline

_DATE = rf"(?P<date>{WRITTEN}|{NUMERIC})"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
# "NAIROBI, March 12, 2024 —", "KYIV, Ukraine, 3 March 2024 (Reuters) -"
_PLACE_DATELINE = re.compile(
    rf"^[A-Z][A-Z.'’ -]{{1,40}}(?:,\s*[A-Z][\w.'’ -]{{1,40}})?,?\s+{_DATE}{_TIME}"
    rf"\s*(?:\([^)]{{1,40}}\)\s*)?[—–:-]",
    re.IGNORECASE,
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


def _place_dateline_ok(line: str, m: re.Match) -> bool:
    """The words before the date must be a place in capitals, as datelines are set."""
    head = line[: m.start("date")]
    place = head.split(",")[0].strip()
    return bool(place) and place.upper() == place and any(c.isalpha() for c in place)


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
        m = _PLACE_DATELINE.match(line)
        if m and _place_dateline_ok(line, m):
            return _iso(m)
    return None
