"""PLOVER JSON Lines: one PLOVER event record a line, with the field names of the PLOVER manual.

Core fields: id, date, actor, recipient, event, mode, context, eventText, eventLoc, quad, text,
textInfo, citeInfo, coder, codedDate; eventwire adds cameo, goldstein, modality, confidence, the
article id and the incident ({id, events, articles, sources}) under their own names. Events coded CAMEO 01/02 have no PLOVER type (PLOVER drops
them) and are left out.
"""

from __future__ import annotations

import json

from eventwire.export.fields import trimmed
from eventwire.export.incidents import incident_fields
from eventwire.export.output import text_output
from eventwire.export.records import RecordCache
from eventwire.store import EventFilter, Store


def entity(actor: dict) -> dict:
    """A PLOVER entity object from an eventwire actor."""
    mentions = actor.get("mentions") or []
    return {
        "code": actor.get("country"),
        "sector": actor.get("sector"),
        "entityText": mentions[0]["text"] if mentions else actor.get("name"),
        "identifierId": actor.get("wikidata"),
        "identifierText": actor.get("name"),
        "office": actor.get("title"),
        "cameoCode": actor.get("code"),
    }


def location(place: dict | None, record: dict) -> dict | None:
    if not place:
        return None
    mentions = place.get("mentions") or []
    return {
        "extractedPlace": mentions[0]["text"] if mentions else place.get("name"),
        "resolvedPlace": place.get("name"),
        "geonameid": place.get("geonameid"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "province": place.get("admin1"),
        "countryCode": place.get("country"),
        "feature": place.get("feature"),
    }


def plover_record(row: dict, cache: RecordCache) -> dict | None:
    """The PLOVER record of one stored event, or None where PLOVER has no type for it."""
    if not row.get("plover_type"):
        return None
    record, event, actors, place = cache.parts(row)
    source = record.get("source") or {}
    coder = record.get("coder") or {}
    return {
        "id": row["uid"],
        "date": _day(row.get("date")),
        "actor": [entity(actors[i]) for i in event.get("source", []) if i in actors],
        "recipient": [entity(actors[i]) for i in event.get("target", []) if i in actors],
        "event": [row["plover_type"]],
        "mode": [row["plover_mode"]] if row.get("plover_mode") else [],
        "context": [],
        "eventText": [row["trigger"]] if row.get("trigger") else [],
        "eventLoc": location(place, record),
        "quad": row.get("quad_class"),
        "text": row.get("sentence_text"),
        "textInfo": {
            "sequence": event.get("sentence"),
            "start": row.get("sentence_start"),
            "end": (row.get("sentence_start") or 0) + len(row.get("sentence_text") or ""),
        },
        "citeInfo": {
            "url": source.get("url"),
            "title": record.get("title"),
            "language": record.get("language"),
            "publication": source.get("publisher"),
            "coder": f"eventwire {coder.get('version', '')}".strip(),
        },
        "coder": "eventwire",
        "codedDate": (row.get("ingested_at") or "")[:10] or None,
        "cameo": row.get("cameo"),
        "goldstein": row.get("goldstein"),
        "modality": row.get("modality"),
        "confidence": row.get("confidence"),
        "article": row.get("article_id"),
        "dateText": row.get("date"),
        "incident": incident_fields(row),
    }


def _day(date: str | None) -> str | None:
    from eventwire.store.rows import first_day

    day = first_day(date)
    return day.isoformat() if day else None


def write(store: Store, path: str, f: EventFilter | None = None, left_out=None, rows=None) -> int:
    """Write the selected events that have a PLOVER type; return how many. Each event left out
    is counted in ``left_out`` (a Counter) under its reason."""
    cache = RecordCache(store)
    n = 0
    with text_output(path) as out:
        for row in store.iter_events(f) if rows is None else rows:
            rec = plover_record(trimmed(row), cache)
            if rec is not None:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
            elif left_out is not None:
                left_out[f"CAMEO {row.get('cameo_root') or '?'} (no PLOVER type)"] += 1
    return n


def write_incidents(store: Store, path: str, f: EventFilter | None = None, left_out=None) -> int:
    """One PLOVER record per incident (with a PLOVER type): its representative event."""
    from eventwire.export.incidents import representative_rows

    return write(store, path, f, left_out, rows=representative_rows(store, f))
