"""The word lists (data files) that tell how a place name is used: prepositions, visit words,
person titles and administrative terms."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire import data


@dataclass(frozen=True)
class Cues:
    locative_prepositions: frozenset[str]
    event_prepositions: frozenset[str]
    visit_words: frozenset[str]
    person_markers: frozenset[str]
    place_object_verbs: frozenset[str]
    generic_names: frozenset[str]
    admin_terms: frozenset[str]


@lru_cache(maxsize=1)
def get_cues() -> Cues:
    """The cue lists, read once from ``geo/data/cues.yaml`` and ``admin_terms.txt``."""
    raw = data.read_yaml("geo", "cues.yaml") or {}
    terms = frozenset(data.read_words("geo", "admin_terms.txt"))

    def words(name: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(name) or ())

    return Cues(
        locative_prepositions=words("locative_prepositions"),
        event_prepositions=words("event_prepositions"),
        visit_words=words("visit_words"),
        person_markers=words("person_markers"),
        place_object_verbs=words("place_object_verbs"),
        generic_names=words("generic_names"),
        admin_terms=terms,
    )
