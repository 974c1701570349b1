"""Incident endpoints: the occurrences many articles report, with the filters of ``/events``.

``/incidents`` lists them; ``/incidents/{id}`` gives one with its events, sentences and
articles; ``/incidents/timeseries``, ``/incidents/dyads`` and ``/incidents/places`` are the event
aggregates counting incidents instead of mentions (the dashboard's switch uses them).
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, HTTPException, Query

from eventwire.api.read import Filter, Paging, Reader

router = APIRouter(prefix="/incidents", tags=["incidents"])


@router.get("", summary="List and filter incidents")
def list_incidents(f: Filter, p: Paging, store: Reader) -> dict:
    """Incidents with an event matching every given filter, newest first, with the total."""
    items = store.incidents(f, limit=p.limit, offset=p.offset)
    return p.wrap(items, total=store.count_incidents(f))


@router.get("/timeseries", summary="Incident counts and mean Goldstein over time")
def incident_timeseries(
    f: Filter,
    store: Reader,
    interval: Literal["day", "week", "month", "date"] = Query(
        "day", description="bucket size; date: each incident's own date at its precision"
    ),
) -> dict:
    return {"interval": interval, "items": store.incident_timeseries(f, interval=interval)}


@router.get("/dyads", summary="Who acts on whom, counted in incidents")
def incident_dyads(
    f: Filter,
    store: Reader,
    limit: int = Query(100, ge=1, le=1000, description="most frequent dyads to return"),
) -> dict:
    return {"items": store.incident_dyads(f, limit=limit)}


@router.get("/places", summary="Incident places with coordinates and counts")
def incident_places(
    f: Filter,
    store: Reader,
    limit: int = Query(500, ge=1, le=5000, description="most frequent places to return"),
) -> dict:
    return {"items": store.incident_places(f, limit=limit)}


@router.get("/{incident_id}", summary="One incident with its events, sentences and articles")
def get_incident(incident_id: str, store: Reader) -> dict:
    incident = store.incident(incident_id)
    if incident is None:
        raise HTTPException(404, f"no incident {incident_id!r} in the store")
    return incident
