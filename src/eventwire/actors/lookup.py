"""Which actor sits at a place in the text: the interface later stages read actors through.

Quotes and events ask many times per Doc which actor a word or span belongs to; the answer
comes from a flat table of every mention in ``doc._.actors``, built once per Doc.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc

# Per Doc: the actors list a flat mention table was built from, with its size, and the table.
_MENTIONS: WeakKeyDictionary = WeakKeyDictionary()


def mention_table(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start, end, actor id)`` of every actor mention in ``doc._.actors``, in actor order.

    Built once per Doc; built again only when ``doc._.actors`` is replaced or edited (a user's
    own code may do that: no eventwire stage after the actors does).
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
    return best_overlap(mention_table(doc), start, end)


def best_overlap(table: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """Id of the mention in ``table`` that overlaps characters ``start:end`` most."""
    best, best_len = None, 0
    for m_start, m_end, aid in table:
        if start < m_end and m_start < end:
            n = min(end, m_end) - max(start, m_start)
            if n > best_len:
                best, best_len = aid, n
    return best
