"""Giving an event its place (placeholder until place resolution lands)."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def event_place(doc: Doc, trigger: Span) -> str | None:
    """Place id (from ``doc._.places``) where the event triggered by ``trigger`` happened, or None."""
    return None
