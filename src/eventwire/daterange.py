"""Dates at any precision: the first and last day of what an ISO-style value names.

Records carry event dates as precise as the text is: a day ("2024-04-08"), an ISO week
("2024-W15"), a month ("2024-04"), a year ("2024"), a decade ("202", "2020s") or a century ("20").
Filtering, time series, exports and the background rule all need the days such a value spans.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})(?:0s|X|x)?$")
_CENTURY = re.compile(r"^(\d{2})$")


def bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """(first day, last day) of the period a date value names, or None if it names none."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _WEEK.match(value):
            year, week = int(m[1]), int(m[2])
            return dt.date.fromisocalendar(year, week, 1), dt.date.fromisocalendar(year, week, 7)
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
        if m := _DECADE.match(value):
            start = int(m[1]) * 10
            return dt.date(max(start, 1), 1, 1), dt.date(start + 9, 12, 31)
        if m := _CENTURY.match(value):
            start = int(m[1]) * 100
            return dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31)
    except ValueError:
        return None
    return None


def first_day(value: str | None) -> dt.date | None:
    """The first day of a date at any precision ("2024-W15" -> 2024-04-08)."""
    span = bounds(value)
    return span[0] if span else None


def last_day(value: str | None) -> dt.date | None:
    """The last day of a date at any precision ("2024-02" -> 2024-02-29)."""
    span = bounds(value)
    return span[1] if span else None
