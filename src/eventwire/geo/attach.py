"""Giving an event its place: the location phrase attached to its trigger, else the destination
of a visit in its sentence, else none (not every place the sentence names)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.geo.cues import Cues, get_cues
from eventwire.syntax import OBJECT_DEPS

# Dependency relations along which a trigger shares its verb's location phrase: "will meet"
# (aux), "spend two days in Beijing and meet" (conj), "went to visit" (xcomp).
_SHARING = frozenset({"conj", "xcomp", "advcl", "pcomp", "pobj", "prep", "dobj", "acl"})
_MAX_CLIMB = 3


_CACHE_KEY = "eventwire.geo.token_places"


def token_places(doc: Doc) -> dict[int, str]:
    """Token index -> id of the place one of whose mentions covers it.

    Computed once per Doc and kept in ``doc.user_data`` (every event of the Doc asks for it),
    recomputed when the places' mentions change.
    """
    places = doc._.places or []
    stamp = tuple((p["id"], m["start"], m["end"]) for p in places for m in p["mentions"])
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    found = _token_places(doc, places)
    doc.user_data[_CACHE_KEY] = (stamp, found)
    return found


def _token_places(doc: Doc, places: list[dict]) -> dict[int, str]:
    found: dict[int, str] = {}
    for place in places:
        for m in place["mentions"]:
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is not None:
                for tok in span:
                    found.setdefault(tok.i, place["id"])
    return found


def _first_place(tokens, places: dict[int, str]) -> str | None:
    for tok in tokens:
        pid = places.get(tok.i)
        if pid:
            return pid
    return None


def _locative_phrase(head: Token, places: dict[int, str], cues: Cues) -> str | None:
    """A place inside a locative prepositional phrase hanging from ``head`` ("in Beijing")."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in cues.event_prepositions:
            pid = _first_place(child.subtree, places)
            if pid:
                return pid
    return None


def _destination(head: Token, places: dict[int, str], cues: Cues) -> str | None:
    """The place a journey word points at: "visited Kyiv", "a visit to China"."""
    if head.lemma_.lower() not in cues.visit_words:
        return None
    for child in head.children:
        if child.dep_ in ("dobj", "obj", "attr") or (
            child.dep_ == "prep" and child.lower_ in ("to", "in", "into", "at")
        ):
            pid = _first_place(child.subtree, places)
            if pid:
                return pid
    return None


def _anchors(trigger: Span):
    """The trigger's root, then the words it hangs from within its clause."""
    tok = trigger.root
    yield tok
    for _ in range(_MAX_CLIMB):
        if tok.dep_ not in _SHARING or tok.head is tok:
            return
        tok = tok.head
        yield tok


def event_place(doc: Doc, trigger: Span) -> str | None:
    """Place id (from ``doc._.places``) where the event triggered by ``trigger`` happened, or None."""
    if trigger is None or not len(trigger) or not doc._.places:
        return None
    places = token_places(doc)
    cues = get_cues()
    for head in _anchors(trigger):
        pid = _locative_phrase(head, places, cues) or _destination(head, places, cues)
        if pid:
            return pid
    # "met the prime minister in Nairobi": the parser often hangs the verb's location
    # phrase from its object
    for obj in trigger.root.children:
        if obj.dep_ in OBJECT_DEPS and obj.pos_ in ("PROPN", "NOUN"):
            pid = _locative_phrase(obj, places, cues)
            if pid:
                return pid
    for tok in trigger.sent:
        pid = _destination(tok, places, cues)
        if pid:
            return pid
    return None
