"""Turning a :class:`~eventwire.timex.parse.Spec` into an ISO value against the anchor date.

The anchor is the article's publication date. Where the words leave a choice (which Monday, which
October), the direction decides: the words' own ("last", "next", "this") first, then the tense of
the governing verb. Values follow ISO 8601 and TimeML: ``2024-04-08``, ``2024-W14``, ``2024-04``,
``2024-Q3``, ``2024-SU``, ``2024``, ``202`` (the 2020s).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from eventwire.timex.parse import Spec

# Precision of each value kind. The record schema lists day, week, month, year and decade; the
# TimeML century, quarter, half and season values are written but carry no precision word (None).
PRECISION = {"day": "day", "week": "week", "weekend": "week", "month": "month", "year": "year",
             "decade": "decade", "century": None, "quarter": None, "half": None, "season": None}


def resolve(spec: Spec, anchor: date | None, direction: str | None) -> tuple[str | None, str | None]:
    """``(value, precision)`` of a date spec; ``(None, None)`` when it cannot be resolved.

    ``direction`` is the governing verb's: "past", "present", "future" or None (unknown).
    """
    if spec.kind != "date":
        return None, None
    try:
        return _resolve(spec, anchor, direction)
    except (ValueError, OverflowError):  # 31 February, a year out of range: no value
        return None, None


def _resolve(spec: Spec, anchor: date | None, direction: str | None):
    if spec.century is not None and spec.year is None and spec.decade is None:
        return f"{spec.century:02d}", PRECISION["century"]
    if spec.decade is not None and spec.year is None:
        return f"{spec.decade:03d}", "decade"
    if spec.year_offset is not None:
        if anchor is None:
            return None, None
        spec = replace(spec, year=anchor.year + spec.year_offset, year_offset=None)
    if spec.unit is not None and spec.offset is not None and not spec.cyclic and spec.year is None:
        offset = spec.offset
        if spec.unit == "quarter":
            if offset == 0 and spec.shift is None and direction != "future":
                offset = -1  # "profit fell in the quarter": the last one ended, as reported
            offset -= 4 * spec.years_back  # "the year-earlier quarter"
        return _relative(spec.unit, offset, anchor)
    if spec.unit == "weekend":
        return _weekend(anchor, spec.shift or direction)
    if spec.month is not None and spec.day is not None:
        month, day = spec.month, spec.day
        year = spec.year or _pick_year(anchor, lambda y: _days(y, month, day, day),
                                       _mode("monthday", spec.shift, direction))
        return (date(year, month, day).isoformat(), "day") if year else (None, None)
    if spec.month is not None:
        month = spec.month
        year = spec.year or _pick_year(anchor, lambda y: _months(y, month, 1),
                                       _mode("month", spec.shift, direction))
        return (f"{year:04d}-{month:02d}", "month") if year else (None, None)
    if spec.quarter is not None:
        q = spec.quarter
        year = spec.year or _pick_year(anchor, lambda y: _months(y, 3 * q - 2, 3),
                                       _mode("quarter", spec.shift, direction))
        if year and not spec.year:
            year -= spec.years_back
        return (f"{year:04d}-Q{q}", PRECISION["quarter"]) if year else (None, None)
    if spec.half is not None:
        h = spec.half
        year = spec.year or _pick_year(anchor, lambda y: _months(y, 6 * h - 5, 6),
                                       _mode("half", spec.shift, direction))
        return (f"{year:04d}-H{h}", PRECISION["half"]) if year else (None, None)
    if spec.season is not None:
        code, first = spec.season
        year = spec.year or _pick_year(anchor, lambda y: _months(y, first, 3),
                                       _mode("season", spec.shift, direction))
        return (f"{year:04d}-{code}", PRECISION["season"]) if year else (None, None)
    if spec.weekday is not None:
        day = _weekday(anchor, spec.weekday, _mode("weekday", spec.shift, direction))
        return (day.isoformat(), "day") if day else (None, None)
    if spec.year is not None:
        return f"{spec.year:04d}", "year"
    return None, None


# How to choose among the occurrences of a cyclic date, by what it names and the verb's tense.
# A month or season said in the past tense is the last one (the seed's "in October"); a day
# and month without a year, or a quarter, is the nearest one unless the words or tense say
# otherwise (payment and deadline dates in past-tense reports often lie ahead); in the past
# tense a day ahead counts double, so that of two about equally near, the earlier wins. A bare
# weekday that is the publication's own weekday is the publication day in every tense ("early
# on Saturday" in a Saturday story, "will vote on Thursday" in a Thursday one): only "last" or
# "next" move it a week.
_MODES = {
    #           past            present        future         none
    "weekday": ("on_or_before", "nearest", "on_or_after", "on_or_before"),
    "monthday": ("nearest_past", "nearest", "on_or_after", "nearest"),
    "month": ("on_or_before", "nearest", "on_or_after", "nearest"),
    "season": ("on_or_before", "nearest", "on_or_after", "nearest"),
    "half": ("on_or_before", "nearest", "on_or_after", "nearest"),
    "quarter": ("on_or_before", "nearest", "nearest", "nearest"),
}
_TENSES = ("past", "present", "future", None)


def _mode(kind: str, shift: str | None, direction: str | None) -> str:
    """How to pick a cyclic date: before, on_or_before, nearest(_past), on_or_after, after, current.

    The expression's own words ("last", "next", "this") win over the tense of its verb.
    """
    if shift == "past":
        return "before"
    if shift == "future":
        return "after"
    if shift == "current":
        return "current"
    return _MODES[kind][_TENSES.index(direction if direction in _TENSES else None)]


def _days(year: int, month: int, first: int, last: int) -> tuple[date, date] | None:
    try:
        return date(year, month, first), date(year, month, last)
    except ValueError:  # 29 February of a common year
        return None


def _months(year: int, month: int, count: int) -> tuple[date, date]:
    """First and last day of ``count`` months from ``month`` of ``year`` (may run into next year)."""
    start = date(year, month, 1)
    end_month = year * 12 + month - 1 + count
    end = date(end_month // 12, end_month % 12 + 1, 1) - timedelta(days=1)
    return start, end


def _pick_year(anchor: date | None, period, mode: str) -> int | None:
    """The year whose occurrence of ``period(year) -> (start, end)`` fits ``mode`` around anchor."""
    if anchor is None:
        return None
    spans = [(y, period(y)) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    spans = [(y, p) for y, p in spans if p is not None]
    if not spans:
        return None
    fits = {
        "current": [y for y, (s, e) in spans if s <= anchor <= e],
        "on_or_before": [y for y, (s, e) in spans if s <= anchor][-1:],
        "before": [y for y, (s, e) in spans if e < anchor][-1:],
        "on_or_after": [y for y, (s, e) in spans if e >= anchor][:1],
        "after": [y for y, (s, e) in spans if s > anchor][:1],
    }.get(mode)
    if fits:
        return fits[0]
    if mode == "current":
        return anchor.year

    ahead_weight = 2 if mode == "nearest_past" else 1

    def distance(item):
        s, e = item[1]
        if s <= anchor <= e:
            return 0
        return (s - anchor).days * ahead_weight if s > anchor else (anchor - e).days

    return min(spans, key=distance)[0]  # nearest; ties go to the earlier year


def _weekday(anchor: date | None, weekday: int, mode: str) -> date | None:
    if anchor is None:
        return None
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if mode == "before":
        return anchor - timedelta(days=back or 7)
    if mode == "after":
        return anchor + timedelta(days=ahead or 7)
    if mode == "on_or_after":
        return anchor + timedelta(days=ahead)
    if mode == "nearest":
        return anchor - timedelta(days=back) if back <= ahead else anchor + timedelta(days=ahead)
    if mode == "current":
        return anchor + timedelta(days=weekday - anchor.weekday())
    return anchor - timedelta(days=back)


def _weekend(anchor: date | None, direction: str | None) -> tuple[str | None, str | None]:
    """The ISO week of the weekend before the anchor (or after it, in the future)."""
    if anchor is None:
        return None, None
    if direction in ("future", "present"):
        saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7)
    else:
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
    return _week(saturday), "week"


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _relative(unit: str, offset: int, anchor: date | None) -> tuple[str | None, str | None]:
    """``offset`` units from the anchor, written at the unit's precision."""
    if anchor is None:
        return None, None
    if unit == "day":
        return (anchor + timedelta(days=offset)).isoformat(), "day"
    if unit in ("week", "weekend"):
        return _week(anchor + timedelta(weeks=offset)), "week"
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 + offset
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    if unit == "quarter":
        quarters = anchor.year * 4 + (anchor.month - 1) // 3 + offset
        return f"{quarters // 4:04d}-Q{quarters % 4 + 1}", PRECISION["quarter"]
    if unit == "year":
        return f"{anchor.year + offset:04d}", "year"
    if unit == "decade":
        return f"{(anchor.year + 10 * offset) // 10:03d}", "decade"
    return None, None
