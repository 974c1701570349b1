"""Background events: acts the article dates well before its publication are history, not news.

Event coders record what an article reports as happening around its publication ("within about a
month"); "the 1991 Gulf War", "signed similar legislation in 1993" or "was extradited in 2014" are
background. An event whose resolved date (day, week, month, year or decade) ends more than
``days`` days before the publication date is left out; undated events and articles without a
publication date are kept.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def period_end(value: str | None) -> dt.date | None:
    """The last day of the period an ISO-style date value names ("1996-W31", "197", "2016-06")."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _WEEK.match(value):
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 7)
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 12, 31)
        if m := _DECADE.match(value):
            return dt.date(int(m[1]) * 10 + 9, 12, 31)
        if m := _CENTURY.match(value):
            return dt.date(int(m[1]) * 100 + 99, 12, 31)
    except ValueError:
        return None
    return None


def is_background(event: dict, published: str | None, days: int) -> bool:
    """True when the event's date ends more than ``days`` days before ``published``."""
    end = period_end(event.get("date"))
    pub = period_end(published)
    return bool(end and pub and (pub - end).days > days)


def recent(events: list[dict], published: str | None, days: int | None) -> list[dict]:
    """The events that are not background, renumbered ``e1``, ``e2``, … in order."""
    if days is None or not published:
        return events
    kept = [e for e in events if not is_background(e, published, days)]
    for n, e in enumerate(kept, 1):
        e["id"] = f"e{n}"
    return kept
