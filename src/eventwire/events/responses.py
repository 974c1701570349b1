"""Responses aimed at an earlier act's author: "the governor welcomed the verdict" answers the court
that ruled, "the organisers disputed the allegations" the group that made them.

A supporting, disapproving, rejecting or denying event (``roots`` / ``codes`` in
``data/responses.yaml``) that names no one, but acts upon a noun of an earlier act ("ruling",
"allegations", "suggestion"), takes as its target the source of the latest earlier event of the
article, within ``window`` sentences, whose trigger is one of that noun's words (``families``).
Without such an event the target stays empty: the rule never guesses from proximity alone.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire import data
from eventwire.events import ontology
from eventwire.events.context import Act, latest_author


@lru_cache(maxsize=1)
def table() -> dict:
    raw = data.read_yaml("events", "responses.yaml")
    return {"window": int(raw["window"]),
            "families": {k: frozenset(v) for k, v in raw["families"].items()},
            "roots": frozenset(raw["roots"]), "codes": frozenset(raw["codes"])}


def is_response(code: ontology.Code) -> bool:
    t = table()
    return code.root in t["roots"] or any(code.code.startswith(c) for c in t["codes"])


def answered_author(acts: list[Act], words: list[Token], sentence: int,
                    source: list[str]) -> list[str]:
    """The source of the earlier act that ``words`` (what the response acts upon) refer back
    to, as a one-actor target list; empty when no earlier act fits. ``acts`` are the article's
    events so far as (sentence, source ids, trigger lemma), in text order."""
    t = table()
    family: frozenset = frozenset()
    for tok in words:
        family |= t["families"].get(tok.lemma_.lower(), frozenset())
    if not family:
        return []
    return latest_author(acts, family, exclude=source, since=sentence - t["window"])
