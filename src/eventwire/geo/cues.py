"""The word lists (data files) that tell how a place name is used: prepositions, visit words,
person titles and administrative terms."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"


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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when built with it
    raw = yaml.load((DATA / "cues.yaml").read_text("utf-8"), Loader=loader) or {}
    lines = (DATA / "admin_terms.txt").read_text("utf-8").splitlines()
    terms = frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))

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
