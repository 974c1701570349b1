"""Very long articles: split at paragraph breaks, process the pieces, merge their records.

One giant input (a book-length PDF, a crawl page with a whole forum thread) must not stall or
exhaust a worker, and spaCy refuses texts over ``nlp.max_length``. The pieces are processed like
articles of their own, then merged into one record of the whole text: offsets shifted, ids
renumbered, references remapped, and actors and places met in several pieces joined.
"""

from __future__ import annotations

import re

from eventwire.extensions import RESULT_FIELDS
from eventwire.record import record_id

MAX_CHARS = 100_000
_PREFIX = {"actors": "a", "quotes": "q", "places": "p", "times": "t", "events": "e"}


def split_text(text: str, max_chars: int = MAX_CHARS) -> list[tuple[int, str]]:
    """``[(offset, piece), …]`` covering ``text``; pieces end at paragraph (else sentence, else
    space) breaks and are at most ``max_chars`` long."""
    if len(text) <= max_chars:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            window = text[start:end]
            cut = window.rfind("\n\n")
            if cut < max_chars // 4:
                m = list(re.finditer(r"[.!?]\s", window))
                cut = m[-1].end() - 1 if m and m[-1].end() > max_chars // 4 else window.rfind(" ")
            if cut > 0:
                end = start + cut
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            pieces.append((start + lead, stripped))
        start = end
    return pieces


def _shift(obj, delta: int):
    """Shift every ``start``/``end`` offset inside a record item by ``delta`` (in place)."""
    if isinstance(obj, dict):
        for key in ("start", "end"):
            if isinstance(obj.get(key), int):
                obj[key] += delta
        for value in obj.values():
            if isinstance(value, dict | list):
                _shift(value, delta)
    elif isinstance(obj, list):
        for value in obj:
            _shift(value, delta)


def _key(field: str, item: dict):
    """Items of different pieces with the same key are one item (actors and places only)."""
    if field == "actors":
        return ("actor", item.get("name"), item.get("code"))
    if field == "places":
        return ("place", item.get("geonameid") or item.get("name"), item.get("country"))
    return None


def merge_records(parts: list[dict], offsets: list[int], text: str) -> dict:
    """One record for ``text`` from the records of its pieces (``parts[i]`` starts at ``offsets[i]``)."""
    merged = dict(parts[0])
    merged["text"] = text
    merged["id"] = record_id(text)
    merged["sentences"] = []
    for field in RESULT_FIELDS:
        merged[field] = []
    counters = dict.fromkeys(RESULT_FIELDS, 0)
    for part, offset in zip(parts, offsets, strict=True):
        n_sentences = len(merged["sentences"])
        merged["sentences"].extend(
            {"start": s["start"] + offset, "end": s["end"] + offset} for s in part["sentences"]
        )
        remap: dict[str, dict[str, str]] = {}
        for field in ("actors", "places", "times", "quotes", "events"):
            ids = remap.setdefault(field, {})
            index = {_key(field, it): it for it in merged[field] if _key(field, it)}
            for item in part.get(field, []):
                item = _copy(item)
                _shift(item, offset)
                key = _key(field, item)
                if key and key in index:
                    index[key]["mentions"].extend(item.get("mentions", []))
                    ids[item["id"]] = index[key]["id"]
                    continue
                counters[field] += 1
                new_id = f"{_PREFIX[field]}{counters[field]}"
                ids[item["id"]], item["id"] = new_id, new_id
                _remap_refs(field, item, remap, n_sentences)
                merged[field].append(item)
                if key:
                    index[key] = item
    errors = [e for part in parts for e in part["coder"].get("errors", [])]
    if errors:
        merged["coder"] = {**parts[0]["coder"], "errors": errors}
    return merged


def _copy(item):
    if isinstance(item, dict):
        return {k: _copy(v) for k, v in item.items()}
    if isinstance(item, list):
        return [_copy(v) for v in item]
    return item


def _remap_refs(field: str, item: dict, remap: dict, n_sentences: int) -> None:
    actors, places, quotes = remap.get("actors", {}), remap.get("places", {}), remap.get("quotes", {})
    if field == "quotes" and isinstance(item.get("speaker"), dict) and item["speaker"].get("actor"):
        item["speaker"]["actor"] = actors.get(item["speaker"]["actor"])
    if field == "events":
        item["source"] = [actors[a] for a in item.get("source", []) if a in actors]
        item["target"] = [actors[a] for a in item.get("target", []) if a in actors]
        if item.get("place"):
            item["place"] = places.get(item["place"])
        if item.get("quote"):
            item["quote"] = quotes.get(item["quote"])
        item["sentence"] = item.get("sentence", 0) + n_sentences
