"""Finding an article's publication date in its own text (a dateline), when nothing else gives it.

Only the top of the article is searched, and only for a date in a dateline position: after a
place name at the start of a paragraph ("NAIROBI, March 12, 2024 —"), on a line of its own, or
after "Published"/"Updated"/"Posted". :func:`dateline_at` is the one dateline grammar: places
(``geo``) and quotes read datelines through it too. A date inside the story's sentences is an event date, not
the publication date, and is left alone. Only complete dates (day, month and year) count.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

TOP = 600  # characters from the start that may hold a dateline

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(n for n in list(calendar.day_name) + list(calendar.day_abbr))
_DATE = (
    rf"(?:(?:{_WEEKDAY})\.?,?\s+)?"
    rf"(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))"
)
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
_DATE_RE = re.compile(rf"{_DATE}{_TIME}$", re.IGNORECASE)
# The one dateline grammar: a place in capitals (two characters at least, so "I — I don't know"
# opens none), then ", Region", ", March 12, 2024" parts, an "(Agency)" and a dash:
# "WASHINGTON —", "KYIV, Ukraine (AP) —", "LOS ANGELES, Feb. 2, 2024, 10:30 GMT (UPI) -".
_DATELINE = re.compile(
    r"[ \t]*(?P<place>[A-Z][A-Z.'’-]*[A-Z.](?: [A-Z.'’-]*[A-Z.])*)"
    r"(?P<parts>(?:,[ ]?[\w.'’: ]{1,40})*)"
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


@dataclass(frozen=True)
class Dateline:
    """A dateline opening a paragraph: where its place is, its date if it gives a complete one,
    and where the story's own words begin (after the dash)."""

    place_start: int
    place_end: int
    date: str | None  # ISO date
    dashed: bool  # ends in a dash (else the place was followed by a comma or parenthesis only)
    end: int

    @property
    def place(self) -> tuple[int, int]:
        return self.place_start, self.place_end


def dateline_at(text: str, start: int = 0, end: int | None = None) -> Dateline | None:
    """The dateline at ``text[start:end]``'s beginning, or None: a place in capitals followed by
    a comma, a parenthesis or a dash, read by the one grammar every stage uses (the publication
    date, the dateline's place, the words no quote may start with)."""
    m = _DATELINE.match(text, start, len(text) if end is None else end)
    if m is None or not (m.group("parts") or m.group("agency") or m.group("dash")):
        return None
    found = _DATE_RE.search(m.group("parts").strip())  # the last parts: "Feb. 2, 2024, 10:30"
    date = _iso(found) if found else None
    return Dateline(m.start("place"), m.end("place"), date, bool(m.group("dash")), m.end())


def _iso(m: re.Match) -> str | None:
    g = m.groupdict()
    for n in "123":
        if g.get(f"y{n}"):
            year, month, day = g[f"y{n}"], g[f"m{n}"], g[f"d{n}"]
            break
    else:
        return None
    month_number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
    try:
        return dt.date(int(year), int(month_number or 0), int(day)).isoformat()
    except ValueError:
        return None


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
