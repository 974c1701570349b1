"""Flatten one eventwire/1 record into the rows of the store's tables."""

from __future__ import annotations

import json

from eventwire.daterange import first_day
from eventwire.store.schema import TABLES


def periods(value: str | None) -> tuple[str | None, str | None, str | None]:
    """(day, ISO week, month) of a date, for filtering and time series."""
    day = first_day(value)
    if day is None:
        return None, None, None
    year, week, _ = day.isocalendar()
    return day.isoformat(), f"{year}-W{week:02d}", day.isoformat()[:7]


def _span(obj: dict | None) -> tuple:
    if not obj:
        return None, None, None
    return obj.get("text"), obj.get("start"), obj.get("end")


def _as_row(table: str, values: dict) -> tuple:
    return tuple(values.get(c) for c, _ in TABLES[table])


def record_rows(record: dict, ingested_at: str) -> dict[str, list[tuple]]:
    """Rows for every table, keyed by table name, in the column order of :data:`TABLES`."""
    aid = record["id"]
    text = record.get("text") or ""
    source = record.get("source") or {}
    coder = record.get("coder") or {}
    actors = {a["id"]: a for a in record.get("actors") or []}
    places = {p["id"]: p for p in record.get("places") or []}
    sentences = record.get("sentences") or []
    events = record.get("events") or []
    quotes = record.get("quotes") or []

    events_of: dict[str, int] = {}
    for ev in events:
        for actor_id in set(ev.get("source") or []) | set(ev.get("target") or []):
            events_of[actor_id] = events_of.get(actor_id, 0) + 1

    rows: dict[str, list[tuple]] = {t: [] for t in TABLES}
    rows["articles"].append(
        _as_row(
            "articles",
            {
                "id": aid,
                "title": record.get("title"),
                "published": record.get("published"),
                "source_id": None if source.get("id") is None else str(source.get("id")),
                "source_path": source.get("path"),
                "source_url": source.get("url"),
                "publisher": source.get("publisher"),
                "byline": source.get("byline"),
                "language": record.get("language"),
                "text": text,
                "n_actors": len(actors),
                "n_quotes": len(quotes),
                "n_events": len(events),
                "coder_version": coder.get("version"),
                "coder_model": coder.get("model"),
                "ingested_at": ingested_at,
                "record": json.dumps(record, ensure_ascii=False),
            },
        )
    )
    for a in actors.values():
        rows["actors"].append(
            _as_row(
                "actors",
                {
                    **{k: a.get(k) for k in ("name", "kind", "country", "sector", "code")},
                    "title": a.get("title"),
                    "wikidata": a.get("wikidata"),
                    "article_id": aid,
                    "actor_id": a["id"],
                    "n_mentions": len(a.get("mentions") or []),
                    "n_events": events_of.get(a["id"], 0),
                },
            )
        )
        for m in a.get("mentions") or []:
            rows["mentions"].append(
                (aid, a["id"], m.get("start"), m.get("end"), m.get("text"))
            )
    for q in quotes:
        speaker = q.get("speaker") or {}
        s_text, s_start, s_end = _span(speaker)
        c_text, c_start, c_end = _span(q.get("cue"))
        actor = actors.get(speaker.get("actor")) if speaker else None
        rows["quotes"].append(
            _as_row(
                "quotes",
                {
                    "uid": f"{aid}:{q['id']}",
                    "article_id": aid,
                    "quote_id": q["id"],
                    "kind": q.get("kind"),
                    "text": q.get("text"),
                    "start_char": q.get("start"),
                    "end_char": q.get("end"),
                    "speaker_text": s_text,
                    "speaker_start": s_start,
                    "speaker_end": s_end,
                    "speaker_actor": speaker.get("actor") if speaker else None,
                    "speaker_name": actor["name"] if actor else s_text,
                    "speaker_code": actor.get("code") if actor else None,
                    "cue_text": c_text,
                    "cue_start": c_start,
                    "cue_end": c_end,
                },
            )
        )
    for p in places.values():
        rows["places"].append(
            _as_row(
                "places",
                {
                    **{k: p.get(k) for k in ("name", "country", "admin1", "lat", "lon")},
                    "geonameid": p.get("geonameid"),
                    "feature": p.get("feature"),
                    "article_id": aid,
                    "place_id": p["id"],
                    "n_mentions": len(p.get("mentions") or []),
                },
            )
        )
    for t in record.get("times") or []:
        rows["times"].append(
            _as_row(
                "times",
                {
                    "article_id": aid,
                    "time_id": t["id"],
                    "text": t.get("text"),
                    "start_char": t.get("start"),
                    "end_char": t.get("end"),
                    "value": t.get("value"),
                    "precision": t.get("precision"),
                },
            )
        )
    for seq, ev in enumerate(events):
        rows["events"].append(_as_row("events", _event_values(aid, seq, ev, actors, places, sentences, text)))
        for role in ("source", "target"):
            for actor_id in dict.fromkeys(ev.get(role) or []):
                rows["event_actors"].append((aid, ev["id"], role, actor_id))
    return rows


def _event_values(
    aid: str, seq: int, ev: dict, actors: dict, places: dict, sentences: list, text: str
) -> dict:
    src = actors.get((ev.get("source") or [None])[0]) or {}
    tgt = actors.get((ev.get("target") or [None])[0]) or {}
    place = places.get(ev.get("place")) or {}
    plover = ev.get("plover") or {}
    trigger = ev.get("trigger") or {}
    idx = ev.get("sentence")
    sent = sentences[idx] if isinstance(idx, int) and 0 <= idx < len(sentences) else None
    day, week, month = periods(ev.get("date"))
    return {
        "uid": f"{aid}:{ev['id']}",
        "article_id": aid,
        "event_id": ev["id"],
        "seq": seq,
        "date": ev.get("date"),
        "date_text": ev.get("date_text"),
        "day": day,
        "week": week,
        "month": month,
        "cameo": ev.get("cameo"),
        "cameo_root": ev.get("cameo_root"),
        "quad_class": ev.get("quad_class"),
        "goldstein": ev.get("goldstein"),
        "plover_type": plover.get("type"),
        "plover_mode": plover.get("mode"),
        "modality": ev.get("modality"),
        "source_actor": src.get("id"),
        "target_actor": tgt.get("id"),
        "source_code": ev.get("source_code") or src.get("code"),
        "target_code": ev.get("target_code") or tgt.get("code"),
        "source_name": src.get("name"),
        "target_name": tgt.get("name"),
        "source_country": src.get("country"),
        "target_country": tgt.get("country"),
        "trigger_text": trigger.get("text"),
        "trigger_start": trigger.get("start"),
        "trigger_end": trigger.get("end"),
        "sentence_index": idx,
        "sentence_start": sent["start"] if sent else None,
        "sentence_end": sent["end"] if sent else None,
        "sentence_text": text[sent["start"] : sent["end"]] if sent else None,
        "place_id": ev.get("place"),
        "place_name": place.get("name"),
        "place_country": place.get("country"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "quote_id": ev.get("quote"),
        "pattern": ev.get("pattern"),
        "confidence": ev.get("confidence"),
    }
