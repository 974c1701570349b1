"""Publication dates as people and feeds write them, normalised to an ISO day (``2016-12-17``).

Accepted wherever a publication date comes from (``--published``, JSONL, HTML and PDF metadata,
datelines, crawl dates): ISO dates and date-times, "17 December 2016", "December 17, 2016",
"Dec. 17, 2016", "Saturday, 17 Dec 2016", RSS/e-mail dates ("Sat, 17 Dec 2016 10:30:00 GMT"),
"2016/12/17", "17.12.2016" (day first, as written where dots are used), "20161217" and PDF dates
("D:20161217103000+01'00'"). Slashed dates are read only when they cannot be misread: 17/12/2016
and 12/17/2016 are the same day, 03/04/2016 is refused as ambiguous.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from email.utils import parsedate_to_datetime

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY = "|".join(sorted(list(calendar.day_name) + list(calendar.day_abbr), key=len, reverse=True))
# a written date: optional weekday, then "17 December 2016" or "December 17, 2016"
WRITTEN = (
    rf"(?:(?:{WEEKDAY})\.?,?\s+)?"
    rf"(?:(?P<m1>{MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH})\.?,?\s+(?P<y2>\d{{4}}))"
)
NUMERIC = (
    r"(?P<y3>\d{4})[-/](?P<m3>\d{1,2})[-/](?P<d3>\d{1,2})"
    r"|(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4})"
)
_WRITTEN = re.compile(rf"^\s*(?:{WRITTEN}|{NUMERIC})(?P<rest>.*)$", re.IGNORECASE)
_TIME_REST = re.compile(r"^(?:,?\s*(?:at\s+)?[T ]?\d{1,2}[:.]\d{2}.*)?\s*$", re.IGNORECASE)
_SLASHED = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
_COMPACT = re.compile(r"^\s*(?:D:)?(\d{4})(\d{2})(\d{2})(?:\d{0,6}.*)?$")


class DateError(ValueError):
    """A value that is not a publication date; the message says what would be."""


def day_of(match: re.Match) -> str | None:
    """The ISO day of a match of :data:`WRITTEN` or :data:`NUMERIC` (groups y1..y4), or None."""
    g = match.groupdict()
    for n in "1234":
        if g.get(f"y{n}"):
            year, month, day = g[f"y{n}"], g[f"m{n}"], g[f"d{n}"]
            break
    else:
        return None
    number = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    try:
        return dt.date(int(year), int(number or 0), int(day)).isoformat()
    except ValueError:
        return None


def parse_published(value: object) -> str | None:
    """The ISO day of a publication date in any common written form; None for an empty value.

    Raises :class:`DateError` for a value that is not a date or could be read two ways.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    text = " ".join(str(value).split())
    if not text:
        return None
    iso = _iso(text)
    if iso:
        return iso
    m = _WRITTEN.match(text)
    if m and _TIME_REST.match(m.group("rest")):
        day = day_of(m)
        if day:
            return day
    m = _SLASHED.match(text)
    if m:
        return _slashed(int(m[1]), int(m[2]), int(m[3]), text)
    m = _COMPACT.match(text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            pass
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    raise DateError(
        f"{value!r} is not a date (write it like 2016-12-17, 17 December 2016 or December 17, 2016)"
    )


def _iso(text: str) -> str | None:
    """The day of an ISO date or date-time (``Z`` for UTC allowed), or None."""
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text[:10]).isoformat() if len(text) >= 10 else None
    except ValueError:
        return None


def _slashed(a: int, b: int, year: int, text: str) -> str:
    """17/12/2016 (day first) or 12/17/2016 (month first); refused when both readings are dates."""
    readings = set()
    for day, month in ((a, b), (b, a)):
        try:
            readings.add(dt.date(year, month, day).isoformat())
        except ValueError:
            pass
    if len(readings) == 1:
        return readings.pop()
    if not readings:
        raise DateError(f"{text!r} is not a date")
    raise DateError(f"{text!r} is ambiguous (day/month or month/day?): write it as YYYY-MM-DD")


def try_published(value: object) -> str | None:
    """:func:`parse_published`, with None for anything it cannot read (for metadata of any kind)."""
    try:
        return parse_published(value)
    except DateError:
        return None
