"""Background events: acts the article dates well before its publication are history, not news.

Event coders record what an article reports as happening around its publication ("within about a
month"); "the 1991 Gulf War", "signed similar legislation in 1993" or "was extradited in 2014" are
background. An event whose resolved date (day, week, month, year or decade) ends more than
``days`` days before the publication date is left out; undated events and articles without a
publication date are kept.
"""

from __future__ import annotations

import datetime as dt

from eventwire.daterange import last_day


def period_end(value: str | None) -> dt.date | None:
    """The last day of the period a date value names ("1996-W31", "197", "2016-06")."""
    return last_day(value)


def is_background(event: dict, published: str | None, days: int) -> bool:
    """True when the event's date ends more than ``days`` days before ``published``."""
    end = period_end(event.get("date"))
    pub = period_end(published)
    return bool(end and pub and (pub - end).days > days)


def recent(events: list[dict], published: str | None, days: int | None) -> list[dict]:
    """The events that are not background, in order."""
    if days is None or not published:
        return events
    return [e for e in events if not is_background(e, published, days)]
