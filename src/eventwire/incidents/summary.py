"""An incident's summary row, recomputed from its member events whenever they change.

The representative event is the member with the most common CAMEO code (then the highest coding
confidence, the earliest article, the smallest uid); the incident takes its code, root, quad
class, Goldstein value, dyad and trigger. Its date is the day most members give explicitly (else
the representative's); its place the representative's, else the most common member place.
first_seen/last_seen are the first and last publication days of its articles; n_sources counts
distinct publishers (an article without one counts as its own). Its confidence is the chance
that at least one of its articles coded it right: 1 - prod(1 - c) over the best coding
confidence of each article.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from eventwire.store.incident_tables import INCIDENT_TABLES, insert_sql
from eventwire.store.rows import periods
from eventwire.store.tx import Tx

MEMBERS_SQL = (
    "SELECT e.uid, e.article_id, e.date, e.date_text, e.cameo, e.cameo_root, e.quad_class,"
    " e.goldstein, e.plover_type, e.source_code, e.target_code, e.source_name, e.target_name,"
    " e.source_country, e.target_country, e.place_name, e.place_country, e.lat, e.lon,"
    " e.trigger_text, e.sentence_text, e.confidence, a.published, a.publisher, a.source_url,"
    " a.title FROM incident_events ie JOIN events e ON e.uid = ie.uid"
    " JOIN articles a ON a.id = ie.article_id WHERE ie.incident_id = ?"
)


def incident_id(anchor_uid: str) -> str:
    """The id of the incident whose first report is the event ``anchor_uid``."""
    return "i" + hashlib.sha256(anchor_uid.encode("utf-8")).hexdigest()[:15]


def _day(value: str | None) -> str:
    """The ISO day of a publication date, for sorting: an unknown date sorts last."""
    return (value or "")[:10] or "9999-99-99"


def anchor(members: list[dict]) -> dict:
    """The incident's first report: earliest publication day, then smallest uid."""
    return min(members, key=lambda m: (_day(m["published"]), m["uid"]))


def representative(members: list[dict]) -> dict:
    codes = Counter(m["cameo"] for m in members)
    return min(
        members,
        key=lambda m: (-codes[m["cameo"]], -(m["confidence"] or 0), _day(m["published"]), m["uid"]),
    )


def _most_common(values) -> object | None:
    counted = Counter(v for v in values if v is not None)
    if not counted:
        return None
    best = max(counted.values())
    return min(v for v, n in counted.items() if n == best)


def summary(incident: str, members: list[dict]) -> dict:
    """The ``incidents`` row of an incident with these member events."""
    rep = representative(members)
    date = _most_common(m["date"] for m in members if m["date_text"] and len(m["date"] or "") == 10)
    date = date or rep["date"] or (anchor(members)["published"] or "")[:10] or None
    day, week, month = periods(date)
    placed = [m for m in members if m["place_name"]]
    place = rep if rep["place_name"] else (
        min(placed, key=lambda m: (-sum(p["place_name"] == m["place_name"] for p in placed), m["uid"]))
        if placed else rep
    )
    published = sorted(_day(m["published"]) for m in members if m["published"])
    best: dict[str, float] = {}
    sources = set()
    for m in members:
        best[m["article_id"]] = max(best.get(m["article_id"], 0.0), float(m["confidence"] or 0))
        sources.add(m["publisher"] or m["source_url"] or m["article_id"])
    miss = 1.0
    for c in best.values():
        miss *= 1 - min(1.0, max(0.0, c))
    return {
        "id": incident,
        "event_uid": rep["uid"],
        "date": date,
        "day": day,
        "week": week,
        "month": month,
        "first_seen": published[0] if published else None,
        "last_seen": published[-1] if published else None,
        "cameo": rep["cameo"],
        "cameo_root": rep["cameo_root"],
        "quad_class": rep["quad_class"],
        "goldstein": rep["goldstein"],
        "plover_type": rep["plover_type"],
        "source_code": rep["source_code"] or _most_common(m["source_code"] for m in members),
        "target_code": rep["target_code"] or _most_common(m["target_code"] for m in members),
        "source_name": rep["source_name"] or _most_common(m["source_name"] for m in members),
        "target_name": rep["target_name"] or _most_common(m["target_name"] for m in members),
        "source_country": rep["source_country"],
        "target_country": rep["target_country"],
        "place_name": place["place_name"],
        "place_country": place["place_country"],
        "lat": place["lat"],
        "lon": place["lon"],
        "trigger_text": rep["trigger_text"],
        "sentence_text": rep["sentence_text"],
        "title": rep["title"],
        "n_events": len(members),
        "n_articles": len(best),
        "n_sources": len(sources),
        "confidence": round(1 - miss, 3),
    }


def refresh(tx: Tx, incident: str) -> str | None:
    """Recompute one incident: its id (from its first report) and its summary row.

    Returns the incident's id afterwards (it changes when an earlier report joined), or None
    when it has no members left.
    """
    members = tx.rows(MEMBERS_SQL, [incident])
    tx.execute("DELETE FROM incidents WHERE id = ?", [incident])
    if not members:
        return None
    new_id = incident_id(anchor(members)["uid"])
    if new_id != incident:
        tx.execute("UPDATE incident_events SET incident_id = ? WHERE incident_id = ?", [new_id, incident])
        tx.execute("DELETE FROM incidents WHERE id = ?", [new_id])
    row = summary(new_id, members)
    tx.execute(insert_sql("incidents"), [row[c] for c, _ in INCIDENT_TABLES["incidents"]])
    return new_id
