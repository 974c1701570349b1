"""Small helpers over character spans shared by the components (record-shaped dicts)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

_TEXT_KEY = "ew_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text on each access, and
    several components and the record builder need the whole string."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def span_dict(span: Span) -> dict:
    """``{"start", "end", "text"}`` of a spaCy Span, in character offsets."""
    return {"start": span.start_char, "end": span.end_char, "text": span.text}


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def actor_at(doc: Doc, start: int, end: int) -> str | None:
    """Id of the actor one of whose mentions overlaps characters ``start:end`` (best overlap)."""
    best, best_len = None, 0
    for actor in doc._.actors or []:
        for m in actor["mentions"]:
            if overlaps(start, end, m["start"], m["end"]):
                n = min(end, m["end"]) - max(start, m["start"])
                if n > best_len:
                    best, best_len = actor["id"], n
    return best
