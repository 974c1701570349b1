"""Quotes: who said what. The ``eventwire_quotes`` component and helpers for later stages.

``quote_at(doc, offset)`` gives the events coder the quote whose content covers a character
offset, so an event coded from something said can point at its quote.
"""

from __future__ import annotations

from spacy.tokens import Doc


def quote_at(doc: Doc, offset: int) -> dict | None:
    """The quote on ``doc._.quotes`` whose content covers character ``offset`` (innermost first)."""
    best = None
    for quote in doc._.quotes or []:
        parts = quote.get("parts") or [{"start": quote["start"], "end": quote["end"]}]
        covers = any(p["start"] <= offset < p["end"] for p in parts)
        if covers and (best is None or quote["end"] - quote["start"] < best["end"] - best["start"]):
            best = quote
    return best


def quotes_in(doc: Doc, start: int, end: int) -> list[dict]:
    """The quotes whose content overlaps characters ``start:end``."""
    return [q for q in doc._.quotes or [] if q["start"] < end and start < q["end"]]


__all__ = ["quote_at", "quotes_in"]
