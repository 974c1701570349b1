"""Finding an article's publication date in its own text (a dateline), when nothing else gives it."""

from __future__ import annotations


def find_published(text: str) -> str | None:
    """Return the ISO date of a dateline near the top of ``text``, or None."""
    return None
