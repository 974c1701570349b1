"""Read endpoints: events, articles, actors, quotes, time series, dyads and places.

Each one is one store call; filters and pagination come from :mod:`eventwire.api.params`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from eventwire.api.params import ISO_DATE, Page, check_date, event_filter, page
from eventwire.store import EventFilter, Store

router = APIRouter()


def reader(request: Request) -> Store:
    """This worker thread's read-only store."""
    return request.app.state.stores.reader()


Reader = Annotated[Store, Depends(reader)]
Filter = Annotated[EventFilter, Depends(event_filter)]
Paging = Annotated[Page, Depends(page)]


@router.get("/events", tags=["events"], summary="List and filter events")
def list_events(f: Filter, p: Paging, store: Reader) -> dict:
    """Events matching every given filter, newest first, with the total count."""
    return p.wrap(store.events(f, limit=p.limit, offset=p.offset), total=store.count_events(f))


@router.get(
    "/events/{uid}", tags=["events"], summary="One event with its sentence, quote and article"
)
def get_event(uid: str, store: Reader) -> dict:
    """``uid`` is ``<article_id>:<event_id>`` as given in the event list."""
    event = store.event(uid)
    if event is None:
        raise HTTPException(404, f"no event {uid!r} in the store")
    return event


@router.get("/articles", tags=["articles"], summary="List articles")
def list_articles(
    p: Paging,
    store: Reader,
    q: str | None = Query(None, max_length=200, description="text search in title and text"),
    since: str | None = Query(None, pattern=ISO_DATE, description="published on or after"),
    until: str | None = Query(None, pattern=ISO_DATE, description="published on or before"),
) -> dict:
    """Articles with their event and quote counts."""
    items = store.articles(
        q=q or None,
        since=check_date("since", since),
        until=check_date("until", until),
        limit=p.limit,
        offset=p.offset,
    )
    return p.wrap(items)


@router.get("/articles/{article_id}", tags=["articles"], summary="One article's full record")
def get_article(article_id: str, store: Reader) -> dict:
    """The eventwire/1 record as it was stored."""
    record = store.article(article_id)
    if record is None:
        raise HTTPException(404, f"no article {article_id!r} in the store")
    return record


@router.get("/actors", tags=["actors"], summary="Actors with mention, article and event counts")
def list_actors(
    p: Paging,
    store: Reader,
    q: str | None = Query(None, max_length=200, description="name or code contains"),
    country: str | None = Query(None, pattern=r"^[A-Za-z]{3}$", description="ISO alpha-3"),
) -> dict:
    items = store.actors(
        q=q or None, country=country.upper() if country else None, limit=p.limit, offset=p.offset
    )
    return p.wrap(items)


@router.get("/quotes", tags=["quotes"], summary="Quotes, by speaker")
def list_quotes(
    p: Paging,
    store: Reader,
    speaker: str | None = Query(None, max_length=200, description="speaker name or actor code"),
    q: str | None = Query(None, max_length=200, description="text search in the quote"),
) -> dict:
    items = store.quotes(speaker=speaker or None, q=q or None, limit=p.limit, offset=p.offset)
    return p.wrap(items)


@router.get("/timeseries", tags=["aggregates"], summary="Event counts and mean Goldstein over time")
def timeseries(
    f: Filter,
    store: Reader,
    interval: Literal["day", "week", "month", "date"] = Query(
        "day",
        description="bucket size; ``date`` groups by each event's own date at its own precision "
        "(``2024-03-12``, ``2024-W11``, ``2024-03``, ``2024``), as the dashboard's timeline does",
    ),
) -> dict:
    """One row per period and quad class; filter by ``dyad`` for one dyad's series."""
    return {"interval": interval, "items": store.timeseries(f, interval=interval)}


@router.get("/dyads", tags=["aggregates"], summary="Who acts on whom: counts and mean Goldstein")
def dyads(
    f: Filter,
    store: Reader,
    limit: int = Query(100, ge=1, le=1000, description="most frequent dyads to return"),
) -> dict:
    return {"items": store.dyads(f, limit=limit)}


@router.get("/places", tags=["aggregates"], summary="Event places with coordinates and counts")
def places(
    f: Filter,
    store: Reader,
    limit: int = Query(500, ge=1, le=5000, description="most frequent places to return"),
) -> dict:
    return {"items": store.places(f, limit=limit)}
