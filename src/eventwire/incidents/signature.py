"""What the incident rule compares: a signature per event and per article, built from a record.

An event's signature holds its CAMEO code and family, the day it is placed at (its own date, or its
article's publication date when the text gave none), how precisely that day is known, the
countries and sectors of its two sides, its place, and the content words and numbers of the
trigger's clause. An article's signature holds its publication day, publisher and the content
words of its title, of its lead and of its actors' names (who the story is about, as opposed to
what happened), and the fingerprints of its passages (:mod:`eventwire.incidents.passages`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eventwire.incidents.passages import passages
from eventwire.incidents.settings import family, settings
from eventwire.incidents.words import clause, content_words, numbers


@dataclass(frozen=True)
class ArticleSignature:
    article_id: str
    published: str | None  # the publication day, ISO
    publisher: str | None
    title_words: frozenset[str]
    words: frozenset[str]  # of the lead: its first sentences
    names: frozenset[str] = frozenset()  # words of its actors' names (the protagonists)
    passages: frozenset[str] | None = None  # fingerprints of its passages; None when unknown


@dataclass(frozen=True)
class EventSignature:
    uid: str
    article_id: str
    seq: int
    family: str | None
    day: str | None  # ISO day the event is placed at; None when too vague to compare
    precision: str  # "day", "undated" (the article's day) or "vague" (a week, month, year...)
    source_country: str | None
    target_country: str | None
    source_sector: str | None
    target_sector: str | None
    lat: float | None
    lon: float | None
    words: frozenset[str]
    numbers: tuple[int, ...]
    cameo: str | None = None  # the full CAMEO code: the kind of act within its family


def _day(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _when(ev: dict, published: str | None) -> tuple[str | None, str]:
    """(day, precision) of an event: its own date when the text gave one, else the article's."""
    date = ev.get("date")
    if not ev.get("date_text") or not date:
        return (published, "undated") if published else (None, "vague")
    if len(date) == 10 and _day(date):
        return date, "day"
    return None, "vague"


def _side(ev: dict, role: str, actors: dict) -> tuple[str | None, str | None]:
    """(country, sector) of an event's first actor on one side; the code's first three letters
    stand in for a missing country."""
    actor = actors.get((ev.get(role) or [None])[0]) or {}
    code = ev.get(f"{role}_code") or actor.get("code")
    country = actor.get("country") or (code[:3] if code and code[:3].isalpha() else None)
    return country, actor.get("sector")


def article_signature(record: dict) -> ArticleSignature:
    """The article's publication day, publisher, the words of its title, of its lead and of its
    actors' names, and its passages."""
    text = record.get("text") or ""
    sentences = (record.get("sentences") or [])[: settings().lead_sentences]
    lead = " ".join(text[s["start"] : s["end"]] for s in sentences)
    source = record.get("source") or {}
    return ArticleSignature(
        article_id=record["id"],
        published=_day(record.get("published")),
        publisher=source.get("publisher") or None,
        title_words=content_words(record.get("title") or ""),
        words=content_words(lead),
        names=content_words(" ".join(a.get("name") or "" for a in record.get("actors") or [])),
        passages=passages(text),
    )


def event_signatures(record: dict) -> list[EventSignature]:
    """One signature per event of the record, in the record's order."""
    text = record.get("text") or ""
    published = _day(record.get("published"))
    actors = {a["id"]: a for a in record.get("actors") or []}
    places = {p["id"]: p for p in record.get("places") or []}
    sentences = record.get("sentences") or []
    out = []
    for seq, ev in enumerate(record.get("events") or []):
        idx = ev.get("sentence")
        sent = sentences[idx] if isinstance(idx, int) and 0 <= idx < len(sentences) else None
        trigger = ev.get("trigger") or {}
        words_of = ""
        if sent:
            sentence = text[sent["start"] : sent["end"]]
            start = (trigger.get("start") or sent["start"]) - sent["start"]
            end = (trigger.get("end") or sent["start"]) - sent["start"]
            words_of = clause(sentence, start, end)
        day, precision = _when(ev, published)
        src_country, src_sector = _side(ev, "source", actors)
        tgt_country, tgt_sector = _side(ev, "target", actors)
        place = places.get(ev.get("place")) or {}
        out.append(
            EventSignature(
                uid=f"{record['id']}:{ev['id']}",
                article_id=record["id"],
                seq=seq,
                family=family(ev.get("cameo")),
                day=day,
                precision=precision,
                source_country=src_country,
                target_country=tgt_country,
                source_sector=src_sector,
                target_sector=tgt_sector,
                lat=place.get("lat"),
                lon=place.get("lon"),
                words=content_words(words_of),
                numbers=numbers(words_of),
                cameo=ev.get("cameo") or None,
            )
        )
    return out
