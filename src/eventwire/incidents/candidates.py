"""Candidate lookup: the stored events a new article's events could be one incident with.

First the other articles with an event of the same family within the rule's widest window (one
indexed query per family on ``incident_events (family, day, article_id)``); of those, only the articles whose
title and lead are alike enough (the rule's article floor) have their events read and compared.
The work per new article depends on how many articles tell something of the same kind in those
few days, not on the size of the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache

from eventwire.incidents.settings import settings
from eventwire.incidents.signature import ArticleSignature, EventSignature
from eventwire.store.tx import Tx

COLUMNS = (
    "uid, incident_id, article_id, family, day, precision, source_country, target_country, "
    "source_sector, target_sector, lat, lon, words, numbers"
)


CODE_MARK = "#"  # in the stored clause words, the event's CAMEO code is stored as "#code"


def words_column(sig: EventSignature) -> str:
    """The stored ``words`` text: the clause words, then the CAMEO code marked."""
    return " ".join(sorted(sig.words) + ([CODE_MARK + sig.cameo] if sig.cameo else []))


@lru_cache(maxsize=100_000)
def split_code(text: str | None) -> tuple[frozenset[str], str | None]:
    """(clause words, CAMEO code) of a stored ``words`` text."""
    words = word_set(text)
    codes = [w[1:] for w in words if w.startswith(CODE_MARK)]
    return frozenset(w for w in words if not w.startswith(CODE_MARK)), (codes[0] if codes else None)


def to_row(sig: EventSignature, incident_id: str) -> tuple:
    """The ``incident_events`` row of an event signature (column order of the table)."""
    return (
        sig.uid, incident_id, sig.article_id, sig.family, sig.day, sig.precision,
        sig.source_country, sig.target_country, sig.source_sector, sig.target_sector,
        sig.lat, sig.lon, words_column(sig), " ".join(map(str, sig.numbers)),
    )


@lru_cache(maxsize=100_000)
def word_set(text: str | None) -> frozenset[str]:
    """The word set stored as space-separated text (cached: stored words never change)."""
    return frozenset((text or "").split())


@lru_cache(maxsize=100_000)
def number_tuple(text: str | None) -> tuple[int, ...]:
    return tuple(int(n) for n in (text or "").split())


NAME_MARK = "@"  # in the stored title words, a word of an actor's name is stored as "@word"


def title_column(art: ArticleSignature) -> str:
    """The stored ``title_words`` text: the title words, then the actor-name words marked."""
    return " ".join(sorted(art.title_words) + sorted(NAME_MARK + w for w in art.names))


@lru_cache(maxsize=100_000)
def split_names(text: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(title words, actor-name words) of a stored ``title_words`` text."""
    words = word_set(text)
    return (frozenset(w for w in words if not w.startswith(NAME_MARK)),
            frozenset(w[1:] for w in words if w.startswith(NAME_MARK)))


def passages_column(art: ArticleSignature) -> str:
    """The stored ``passages`` text: the article's passage fingerprints, space-separated."""
    return " ".join(sorted(art.passages or ()))


def with_passages(tx: Tx, arts: dict[str, ArticleSignature]) -> dict[str, ArticleSignature]:
    """These stored articles with their passages (read only for the few articles compared event by
    event: a new article's candidates alike enough); None (unknown) for an article assigned before
    version 3 of the schema kept them."""
    out = {aid: replace(art, passages=None) for aid, art in arts.items()}
    ids_list = sorted(arts)
    for i in range(0, len(ids_list), 500):
        part = ids_list[i : i + 500]
        marks = ", ".join("?" for _ in part)
        for r in tx.rows(
            f"SELECT article_id, passages FROM incident_passages WHERE article_id IN ({marks})", part
        ):
            known = None if r["passages"] is None else word_set(r["passages"])
            out[r["article_id"]] = replace(arts[r["article_id"]], passages=known)
    return out


def from_row(row: dict) -> EventSignature:
    """The signature of a stored ``incident_events`` row."""
    words, code = split_code(row["words"])
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
        words=words,
        numbers=number_tuple(row["numbers"]),
        cameo=code,
    )


def nearby_articles(tx: Tx, sigs: list[EventSignature]) -> set[str]:
    """The other stored articles with an event of one of these events' families on a day
    within the rule's widest window of theirs: one indexed query per family."""
    widest = dt.timedelta(days=max(settings().window_days.values()))
    spans: dict[str, tuple[dt.date, dt.date]] = {}
    for sig in sigs:
        if sig.family is None or sig.day is None:
            continue
        day = dt.date.fromisoformat(sig.day)
        lo, hi = spans.get(sig.family, (day, day))
        spans[sig.family] = (min(lo, day), max(hi, day))
    found: set[str] = set()
    own = sigs[0].article_id if sigs else ""
    for family, (lo, hi) in sorted(spans.items()):
        rows = tx.rows(
            "SELECT DISTINCT article_id FROM incident_events"
            " WHERE family = ? AND day >= ? AND day <= ? AND article_id <> ?",
            [family, (lo - widest).isoformat(), (hi + widest).isoformat(), own],
        )
        found.update(r["article_id"] for r in rows)
    return found


def article_events(tx: Tx, ids: set[str]) -> list[tuple[str, EventSignature]]:
    """(incident id, signature) of every stored event of these articles."""
    out = []
    ids_list = sorted(ids)
    for i in range(0, len(ids_list), 500):
        part = ids_list[i : i + 500]
        marks = ", ".join("?" for _ in part)
        rows = tx.rows(f"SELECT {COLUMNS} FROM incident_events WHERE article_id IN ({marks})", part)
        out += [(r["incident_id"], from_row(r)) for r in rows]
    return out


def articles(tx: Tx, ids: set[str]) -> dict[str, ArticleSignature]:
    """The stored signatures of these articles."""
    out: dict[str, ArticleSignature] = {}
    ids_list = sorted(ids)
    for i in range(0, len(ids_list), 500):
        part = ids_list[i : i + 500]
        marks = ", ".join("?" for _ in part)
        for r in tx.rows(
            "SELECT article_id, published, publisher, title_words, words FROM incident_articles"
            f" WHERE article_id IN ({marks})",
            part,
        ):
            title, names = split_names(r["title_words"])
            out[r["article_id"]] = ArticleSignature(
                r["article_id"], r["published"], r["publisher"], title, word_set(r["words"]), names,
            )
    return out
