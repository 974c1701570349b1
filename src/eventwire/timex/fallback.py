"""A second opinion from ``dateparser`` for expressions eventwire's own parser cannot read.

Only called for the rare expression with digits that :mod:`parse` leaves unknown, so the
pipeline pays dateparser's start-up and per-call cost almost never.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

_PRECISION = {"day": "day", "time": "day", "week": "week", "month": "month", "year": "year"}


@lru_cache(maxsize=64)
def _parser(anchor: date | None, prefer: str):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    return DateDataParser(languages=["en"], settings=settings)


def dateparser_value(text: str, anchor: date | None, direction: str | None
                     ) -> tuple[str | None, str | None]:
    """``(value, precision)`` as dateparser reads ``text`` relative to ``anchor``, or Nones."""
    prefer = "future" if direction == "future" else "past"
    try:
        data = _parser(anchor, prefer).get_date_data(text)
    except Exception:  # noqa: BLE001 - dateparser raises many kinds on odd input
        return None, None
    if anchor is None and "year" not in (data.parts or ()):
        return None, None  # dateparser would fill the gaps from today's date
    return format_period(data.date_obj, data.period)


def format_period(when: datetime | None, period: str | None) -> tuple[str | None, str | None]:
    """An ISO value at dateparser's period (day, week, month, year)."""
    if when is None:
        return None, None
    precision = _PRECISION.get(period or "day", "day")
    if precision == "year":
        return f"{when.year:04d}", precision
    if precision == "month":
        return f"{when.year:04d}-{when.month:02d}", precision
    if precision == "week":
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}", precision
    return when.date().isoformat(), precision
