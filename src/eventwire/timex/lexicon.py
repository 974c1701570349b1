"""The calendar and tense words the date resolver reads, loaded once from ``timex/data/*.yaml``.

Keeping them as data lets a user add an abbreviation, a season word or a future cue without
touching the resolver.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire import data


@dataclass(frozen=True)
class Lexicon:
    """Word lists and tables for parsing date expressions and reading tense."""

    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, tuple[str, int]]
    ordinals: dict[str, int]
    numbers: dict[str, int]
    cardinals: dict[str, int]
    units: dict[str, str]
    deictic_days: dict[str, int]
    anaphoric_modifiers: dict[str, int]
    decade_words: dict[str, int]
    day_parts: frozenset[str]
    present_words: frozenset[str]
    range_words: frozenset[str]
    past_modifiers: frozenset[str]
    future_modifiers: frozenset[str]
    current_modifiers: frozenset[str]
    duration_words: frozenset[str]
    set_words: frozenset[str]
    vague_words: frozenset[str]
    prepositions: frozenset[str]
    future_auxiliaries: frozenset[str]
    future_cue_heads: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    past_prepositions: frozenset[str]
    future_prepositions: frozenset[str]
    past_tags: frozenset[str]
    present_tags: frozenset[str]
    occasion_preps: frozenset[str]


def _read(name: str) -> dict:
    return data.read_yaml("timex", name) or {}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, read from the package's data files on first use."""
    cal, tense = _read("calendar.yaml"), _read("tense.yaml")
    words = {**cal, **tense}
    sets = {
        name: frozenset(str(w).lower() for w in words.get(name, []))
        for name in (
            "day_parts", "present_words", "range_words", "past_modifiers", "future_modifiers", "current_modifiers",
            "duration_words", "set_words", "vague_words", "prepositions",
            "future_auxiliaries", "future_cue_heads", "perfect_auxiliaries", "past_prepositions", "future_prepositions",
            "occasion_preps",
        )
    }
    return Lexicon(
        months={str(k): int(v) for k, v in cal["months"].items()},
        weekdays={str(k): int(v) for k, v in cal["weekdays"].items()},
        seasons={str(k): (str(v[0]), int(v[1])) for k, v in cal["seasons"].items()},
        ordinals={str(k): int(v) for k, v in cal["ordinals"].items()},
        numbers={str(k): int(v) for k, v in cal["numbers"].items()},
        cardinals={str(k): int(v) for k, v in cal["cardinals"].items()},
        units={str(k): str(v) for k, v in cal["units"].items()},
        deictic_days={str(k): int(v) for k, v in cal["deictic_days"].items()},
        anaphoric_modifiers={str(k): int(v) for k, v in cal["anaphoric_modifiers"].items()},
        decade_words={str(k): int(v) for k, v in cal["decade_words"].items()},
        past_tags=frozenset(tense.get("past_tags", [])),
        present_tags=frozenset(tense.get("present_tags", [])),
        **sets,
    )
