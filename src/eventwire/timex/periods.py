"""Reporting periods: "a year earlier" beside a quarter is that quarter a year before.

In reports of results ("profit for the quarter rose to $5 million from $3 million a year
earlier"), "a year earlier", "a year ago", "year-ago" and "last year" compare with the same
period one year before, not with the whole previous year; and "the 1988 quarter" or "the 1988
period" is the reported quarter of 1988. When the sentence (or the one before) names a
quarter, such an expression takes that quarter, in its own year or a year back; "a year
earlier" beside the bare word "quarter" takes the last quarter ended before publication.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span

from eventwire.timex.parse import parse

_PERIOD_WORDS = frozenset({"quarter", "period"})
_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")


def _year_back(span: Span) -> bool:
    """True for "a year earlier", "a year ago", "year-ago", "last year" (one year back)."""
    spec = parse(span.text)
    return spec.kind == "date" and spec.unit == "year" and spec.offset == -1 and (
        spec.month is None and spec.quarter is None)


def _named_quarter(span: Span, spans: list[Span], times: list[dict]) -> tuple[int, int] | None:
    """(year, quarter) of the last quarter named in ``span``'s sentence or the one before."""
    sent = span.sent
    before = span.doc[sent.start - 1].sent if sent.start else sent
    named = [t for s, t in zip(spans, times) if s is not span
             and before.start <= s.start < sent.end and _QUARTER_VALUE.match(t["value"] or "")]
    if not named:
        return None
    m = _QUARTER_VALUE.match(named[-1]["value"])
    return int(m.group(1)), int(m.group(2))


def _last_quarter(anchor: date) -> tuple[int, int]:
    """The last quarter that ended before the anchor: (year, quarter)."""
    quarters = anchor.year * 4 + (anchor.month - 1) // 3 - 1
    return quarters // 4, quarters % 4 + 1


def _year_period(span: Span) -> int | None:
    """The year of "the 1988 quarter", "the 1989 period" (a year and a period word), or None."""
    words = {t.lower_ for t in span}
    if span.root.head.i == span.end:  # "the 1989 period": the model took the year alone
        words.add(span.root.head.lower_)
    spec = parse(span.text)
    if spec.kind == "date" and spec.year is not None and spec.quarter is None and (
            spec.month is None and words & _PERIOD_WORDS):
        return spec.year
    return None


def year_back_periods(spans: list[Span], times: list[dict], anchor: date | None) -> None:
    """Rewrite, in place, the value of each one-year-back expression, and of each "<year>
    quarter/period", whose sentence names a quarter (see the module docstring)."""
    for span, time in zip(spans, times):
        own_year = _year_period(span)
        if own_year is not None:
            named = _named_quarter(span, spans, times)
            if named is not None:
                time["value"], time["precision"] = f"{own_year:04d}-Q{named[1]}", None
            continue
        if time["precision"] != "year" or not _year_back(span):
            continue
        sent = span.sent
        before = span.doc[sent.start - 1].sent if sent.start else sent
        named = _named_quarter(span, spans, times)
        if named is not None:
            year, quarter = named[0] - 1, named[1]
        elif anchor is not None and any(t.lemma_.lower() == "quarter"
                                        for t in span.doc[before.start: sent.end]):
            year, quarter = _last_quarter(anchor)
            year -= 1
        else:
            continue
        time["value"], time["precision"] = f"{year:04d}-Q{quarter}", None
