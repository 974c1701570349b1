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
