"""Helpers for the quote tests (imported by them; pytest collects no tests here)."""

from __future__ import annotations


def with_text(found: list[dict], words: str) -> dict:
    """The one quote whose text contains ``words``."""
    hits = [q for q in found if words in q["text"]]
    assert len(hits) == 1, found
    return hits[0]
