"""Small helpers over character spans shared by the components (record-shaped dicts)."""

from __future__ import annotations

from weakref import WeakKeyDictionary

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


# Per Doc: the actors list a flat mention table was built from, with its size, and the table.
_MENTIONS: WeakKeyDictionary = WeakKeyDictionary()


def mention_table(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start, end, actor id)`` of every actor mention in ``doc._.actors``, in actor order.

    Quotes and events ask which actor sits at a place many times per Doc; the table is rebuilt
    only when the actors list changes size (the events coder adds actors it resolves itself).
    """
    actors = doc._.actors or []
    size = (len(actors), sum(len(a["mentions"]) for a in actors))
    cached = _MENTIONS.get(doc)
    if cached is not None and cached[0] is actors and cached[1] == size:
        return cached[2]
    table = [(m["start"], m["end"], a["id"]) for a in actors for m in a["mentions"]]
    _MENTIONS[doc] = (actors, size, table)
    return table


def actor_at(doc: Doc, start: int, end: int) -> str | None:
    """Id of the actor one of whose mentions overlaps characters ``start:end`` (best overlap)."""
    best, best_len = None, 0
    for m_start, m_end, aid in mention_table(doc):
        if start < m_end and m_start < end:
            n = min(end, m_end) - max(start, m_start)
            if n > best_len:
                best, best_len = aid, n
    return best
