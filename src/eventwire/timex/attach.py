"""Giving an event its date (placeholder until date resolution lands)."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def event_date(doc: Doc, trigger: Span) -> tuple[str | None, str | None]:
    """``(date, date_text)`` for an event whose trigger is ``trigger``.

    The date expression attached to the trigger or its clause, else that of its sentence, else
    the publication date with ``date_text`` None.
    """
    return doc._.published, None
