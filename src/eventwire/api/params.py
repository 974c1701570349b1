"""Query parameters shared by the endpoints: the event filter and pagination.

The API's filter names are the store's :class:`~eventwire.store.EventFilter` fields, so the API
stays a thin shell over the library; values are checked here so a bad one gets a clear 422.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fastapi import HTTPException, Query

from eventwire.store import MAX_OFFSET, EventFilter

ISO_DATE = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
MAX_LIMIT = 500


@dataclass
class Page:
    limit: int
    offset: int

    def wrap(self, items: list, total: int | None = None) -> dict:
        """The paginated response: items plus where the next page starts (null at the end)."""
        more = len(items) == self.limit if total is None else self.offset + len(items) < total
        body = {"items": items, "limit": self.limit, "offset": self.offset}
        if total is not None:
            body["total"] = total
        body["next_offset"] = self.offset + len(items) if more and items else None
        return body


def page(
    limit: int = Query(50, ge=1, le=MAX_LIMIT, description="items per page"),
    offset: int = Query(0, ge=0, le=MAX_OFFSET, description="items to skip"),
) -> Page:
    return Page(limit=limit, offset=offset)


def parse_dyad(value: str | None) -> tuple[str, str] | None:
    """``"RUS:CHN"`` -> ``("RUS", "CHN")``; either side may be empty for 'anyone'."""
    if value is None:
        return None
    parts = value.split(":")
    if len(parts) != 2 or not (parts[0] or parts[1]):
        raise HTTPException(422, f"dyad {value!r} must be SOURCE:TARGET, e.g. RUS:CHN")
    return parts[0].strip().upper(), parts[1].strip().upper()


def check_date(name: str, value: str | None) -> str | None:
    """An ISO date at day, month or year precision, or a 422 naming the parameter."""
    if not value:
        return None
    padded = value + "-01" * (2 - value.count("-"))
    try:
        dt.date.fromisoformat(padded)
    except ValueError:
        raise HTTPException(422, f"{name} {value!r} is not a date (use YYYY-MM-DD)") from None
    return value


def event_filter(
    actor: str | None = Query(
        None, max_length=32, description="actor code or prefix on either side (RUS matches RUSGOV)"
    ),
    country: str | None = Query(
        None, pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3 of source or target"
    ),
    dyad: str | None = Query(
        None, max_length=65, description="source:target code prefixes, e.g. RUS:CHN"
    ),
    cameo: str | None = Query(
        None, pattern=r"^[0-9]{2,4}$", description="CAMEO code or code prefix, e.g. 04 or 042"
    ),
    root: str | None = Query(None, pattern=r"^[0-9]{2}$", description="CAMEO root code, e.g. 04"),
    plover: str | None = Query(None, max_length=32, description="PLOVER event type, e.g. CONSULT"),
    quad_class: int | None = Query(
        None,
        ge=1,
        le=4,
        description="1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict",
    ),
    since: str | None = Query(None, pattern=ISO_DATE, description="first event date, inclusive"),
    until: str | None = Query(None, pattern=ISO_DATE, description="last event date, inclusive"),
    place: str | None = Query(None, max_length=200, description="place name (case-insensitive)"),
    q: str | None = Query(None, max_length=200, description="text search in sentence and trigger"),
    article: str | None = Query(None, max_length=64, description="article id"),
) -> EventFilter:
    """The :class:`EventFilter` the query parameters describe."""
    return EventFilter(
        actor=actor.upper() if actor else None,
        country=country.upper() if country else None,
        dyad=parse_dyad(dyad),
        cameo=cameo,
        root=root,
        plover=plover.upper() if plover else None,
        quad_class=quad_class,
        since=check_date("since", since),
        until=check_date("until", until),
        place=place or None,
        q=q or None,
        article=article or None,
    )
