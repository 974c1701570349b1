"""Finding an article's publication date in its own text (a dateline), when nothing else gives it.

Only the top of the article is searched, and only for a date in a dateline position: after a
place name at the start of a paragraph ("NAIROBI, March 12, 2024 —"), on a line of its own, or
after "Published"/"Updated"/"Posted". A date inside the story's sentences is an event date, not
the publication date, and is left alone. Only complete dates (day, month and year) count.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

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


def _place_dateline_ok(line: str, m: re.Match) -> bool:
    """The words before the date must be a place in capitals, as datelines are set."""
    head = line[: m.start("m1") if m.group("m1") else m.start("d2") if m.group("d2") else m.start("y3")]
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
