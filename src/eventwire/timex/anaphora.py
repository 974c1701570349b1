"""Dates that refer back: "that year", "the same day", "the following month", "the next day",
"a day earlier", "earlier in the day".

They count from a date named earlier in the article, not from the publication date: in "the
rebels took the town in March 2019; the following month they lost it", "the following month"
is April 2019. The reference is the nearest date before the expression with a value at the
expression's unit or finer (for days and weeks, one that dates a verb, the story's time, not a
noun: "next Tuesday's primary"); without one, the value read against the publication date
stays.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span

from eventwire.timex.attach import adverbial_head
from eventwire.timex.lexicon import lexicon
from eventwire.timex.parse import parse

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})")
_YEAR = re.compile(r"^(\d{4})")
_UNITS = ("day", "week", "month", "quarter", "year")
# "a day earlier", "two weeks later" count from the story's time, unlike "a day ago" (from the
# time of writing). Only days and weeks: "a year earlier" in a report of results compares with
# the year before publication (see periods.py).
_RELATIVE_UNITS = ("day", "week")
_SAME_DAY = re.compile(r"\b(earlier|later) in the day\b")
_RELATIVE_WORDS = frozenset({"earlier", "later", "before", "after"})
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def anaphoric_step(span: Span) -> tuple[str, int] | None:
    """``(unit, step)`` for an expression that refers back ("the following month" -> ("month",
    1)), or None. "that"/"same"/"following" refer back anywhere in the expression; "next",
    "previous" and "preceding" only right after "the"; "earlier"/"later" after a count of days
    or weeks ("a day earlier")."""
    words = [t.lower_ for t in span]
    spec = parse(span.text)
    if spec.kind == "date" and spec.unit in _RELATIVE_UNITS and spec.offset and (
            _RELATIVE_WORDS & set(words)) and any(w.rstrip("s") == spec.unit for w in words):
        return spec.unit, spec.offset  # "a day earlier", "two weeks later"
    if spec.unit == "day" and _SAME_DAY.search(span.text.lower()):
        return "day", 0  # "earlier in the day": the day the story is telling
    table = lexicon().anaphoric_modifiers
    step = None
    for i, w in enumerate(words):
        if w not in table:
            continue
        if w in ("that", "same", "following") or (i and words[i - 1] == "the"):
            step = table[w]
            break
    if step is None:
        return None
    if spec.unit not in _UNITS or spec.year is not None or spec.month is not None:
        return None
    return spec.unit, step


def _shift(value: str, unit: str, step: int) -> str | None:
    """``value`` (an earlier date) moved ``step`` units, written at ``unit`` precision."""
    if unit in ("day", "week"):
        m = _DAY.match(value)
        if not m:
            return None
        day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if unit == "day":
            return (day + timedelta(days=step)).isoformat()
        year, week, _ = (day + timedelta(weeks=step)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "quarter":
        m = _QUARTER.match(value)
        if m:
            year, quarter = int(m.group(1)), int(m.group(2))
        elif _MONTH.match(value) and value[5:7].isdigit():
            year, quarter = int(value[:4]), (int(value[5:7]) - 1) // 3 + 1
        else:
            return None
        quarters = year * 4 + quarter - 1 + step
        return f"{quarters // 4:04d}-Q{quarters % 4 + 1}"
    if unit == "month":
        m = _MONTH.match(value)
        if not m or not value[5:7].isdigit():
            return None
        months = int(m.group(1)) * 12 + int(m.group(2)) - 1 + step
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    m = _YEAR.match(value)
    return f"{int(m.group(1)) + step:04d}" if m else None


_PRECISION = {"day": "day", "week": "week", "month": "month", "quarter": None, "year": "year"}


def refer_back(spans: list[Span], times: list[dict]) -> None:
    """Rewrite, in place, the value of each expression that refers back, from the nearest
    earlier date that has the expression's unit (or a finer one)."""
    for k, (span, time) in enumerate(zip(spans, times)):
        found = anaphoric_step(span)
        if found is None:
            continue
        unit, step = found
        for earlier_span, earlier in zip(reversed(spans[:k]), reversed(times[:k])):
            if adverbial_head(earlier_span) is None and unit in _RELATIVE_UNITS:
                continue  # "next Tuesday's primary" names a date; it is not the story's time
            value = earlier["value"] or ""
            shifted = _shift(value, unit, step) if value else None
            if shifted is not None:
                time["value"], time["precision"] = shifted, _PRECISION[unit]
                break
