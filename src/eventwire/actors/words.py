"""The English words the actor finder reads phrases with, from ``data/words.yaml``: determiners,
counted numbers, place units, quantity nouns (not actors: those are the TSV tables)."""

from __future__ import annotations

from functools import lru_cache

from eventwire import data


@lru_cache(maxsize=1)
def _table() -> dict:
    return data.read_yaml("actors", "words.yaml") or {}


def word_set(name: str) -> frozenset[str]:
    """The list ``name`` of ``words.yaml`` as a set of lower-case words."""
    return frozenset(str(w).lower() for w in _table()[name])


def number_words() -> dict[str, int]:
    """Number words a counted role opens with ("two", "both") and the count they give."""
    return {str(k).lower(): int(v) for k, v in _table()["numbers"].items()}
