"""A year back from a reporting period: "a year earlier" beside a quarter is that quarter.

In reports of results ("profit for the quarter rose to $5 million from $3 million a year
earlier"), "a year earlier", "a year ago", "year-ago" and "last year" compare with the same
period one year before, not with the whole previous year. When the sentence names a quarter,
such an expression takes that quarter's value a year back.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span

from eventwire.timex.parse import parse

_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")


def _year_back(span: Span) -> bool:
    """True for "a year earlier", "a year ago", "year-ago", "last year" (one year back)."""
    spec = parse(span.text)
    return spec.kind == "date" and spec.unit == "year" and spec.offset == -1 and (
        spec.month is None and spec.quarter is None)


def _last_quarter(anchor: date) -> tuple[int, int]:
    """The last quarter that ended before the anchor: (year, quarter)."""
    quarters = anchor.year * 4 + (anchor.month - 1) // 3 - 1
    return quarters // 4, quarters % 4 + 1


def year_back_periods(spans: list[Span], times: list[dict], anchor: date | None) -> None:
    """Rewrite, in place, the value of each one-year-back expression whose sentence names a
    quarter: the quarter named (its value a year back), else the last quarter ended before the
    publication date, a year back."""
    for span, time in zip(spans, times):
        if time["precision"] != "year" or not _year_back(span):
            continue
        sent = span.sent
        before = span.doc[sent.start - 1].sent if sent.start else sent
        named = [t for s, t in zip(spans, times) if s is not span
                 and before.start <= s.start < sent.end and _QUARTER_VALUE.match(t["value"] or "")]
        if named:
            m = _QUARTER_VALUE.match(named[-1]["value"])
            year, quarter = int(m.group(1)) - 1, int(m.group(2))
        elif anchor is not None and any(t.lemma_.lower() == "quarter"
                                        for t in span.doc[before.start: sent.end]):
            year, quarter = _last_quarter(anchor)
            year -= 1
        else:
            continue
        time["value"], time["precision"] = f"{year:04d}-Q{quarter}", None
