"""Candidate lookup: the stored events a new event could be one incident with.

One indexed query per event on ``incident_events (family, day)``: same family, day within the
widest window of the rule, another article. The rule then decides in Python. The cost per new
event depends on how many events of its family fall in those few days, not on the store's size.
"""

from __future__ import annotations

import datetime as dt

from eventwire.incidents.settings import settings
from eventwire.incidents.signature import ArticleSignature, EventSignature
from eventwire.store.tx import Tx

COLUMNS = (
    "uid, incident_id, article_id, family, day, precision, source_country, target_country, "
    "source_sector, target_sector, lat, lon, words, numbers"
)


def to_row(sig: EventSignature, incident_id: str) -> tuple:
    """The ``incident_events`` row of an event signature (column order of the table)."""
    return (
        sig.uid, incident_id, sig.article_id, sig.family, sig.day, sig.precision,
        sig.source_country, sig.target_country, sig.source_sector, sig.target_sector,
        sig.lat, sig.lon, " ".join(sorted(sig.words)), " ".join(map(str, sig.numbers)),
    )


def from_row(row: dict) -> EventSignature:
    return EventSignature(
        uid=row["uid"],
        article_id=row["article_id"],
        seq=0,
        family=row["family"],
        day=row["day"],
        precision=row["precision"],
        source_country=row["source_country"],
        target_country=row["target_country"],
        source_sector=row["source_sector"],
        target_sector=row["target_sector"],
        lat=row["lat"],
        lon=row["lon"],
        words=frozenset((row["words"] or "").split()),
        numbers=tuple(int(n) for n in (row["numbers"] or "").split()),
    )


def candidates(tx: Tx, sig: EventSignature) -> list[tuple[str, EventSignature]]:
    """(incident id, signature) of the stored events of other articles in the event's family
    whose day is within the rule's widest window of the event's day."""
    if sig.family is None or sig.day is None:
        return []
    widest = max(settings().window_days.values())
    day = dt.date.fromisoformat(sig.day)
    lo = (day - dt.timedelta(days=widest)).isoformat()
    hi = (day + dt.timedelta(days=widest)).isoformat()
    sql = (f"SELECT {COLUMNS} FROM incident_events"
           " WHERE family = ? AND day >= ? AND day <= ? AND article_id <> ?")
    params: list = [sig.family, lo, hi, sig.article_id]
    if sig.family not in settings().unordered_families:
        for side in ("source_country", "target_country"):  # a missing side agrees with any
            if getattr(sig, side):
                sql += f" AND ({side} = ? OR {side} IS NULL)"
                params.append(getattr(sig, side))
    rows = tx.rows(sql, params)
    return [(r["incident_id"], from_row(r)) for r in rows]


def articles(tx: Tx, ids: set[str]) -> dict[str, ArticleSignature]:
    """The stored signatures of these articles."""
    out: dict[str, ArticleSignature] = {}
    ids_list = sorted(ids)
    for i in range(0, len(ids_list), 500):
        part = ids_list[i : i + 500]
        marks = ", ".join("?" for _ in part)
        for r in tx.rows(
            "SELECT article_id, published, publisher, words FROM incident_articles"
            f" WHERE article_id IN ({marks})",
            part,
        ):
            out[r["article_id"]] = ArticleSignature(
                r["article_id"], r["published"], r["publisher"],
                frozenset((r["words"] or "").split()),
            )
    return out
