"""The direction of a date expression's governing verb (past, present or future), from the parse.

"on Monday" is last Monday after "met" and next Monday after "will meet"; the verb's tag, its
auxiliaries and the head it depends on through "to" ("is due to open") tell which.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.syntax import AUXILIARY_DEPS
from eventwire.timex.lexicon import lexicon

_VERBAL = ("VERB", "AUX")
_MAX_CLIMB = 8


def governor(span: Span) -> Token | None:
    """The verb a date expression depends on: the first verb above the span's root."""
    token = span.root
    for _ in range(_MAX_CLIMB):
        if token.pos_ in _VERBAL and token not in span:
            return token
        if token.head is token:
            return token if token.pos_ in _VERBAL else None
        token = token.head
    return None


def verb_tense(verb: Token) -> str | None:
    """"past", "present", "future" or None for a verb token, from its tag and auxiliaries."""
    lex = lexicon()
    auxes = [c for c in verb.children if c.dep_ in AUXILIARY_DEPS]
    if any(a.lower_ in lex.future_auxiliaries or a.lemma_.lower() in lex.future_auxiliaries
           for a in auxes):
        return "future"
    cue = _future_cue(verb)
    if cue is not None:
        return cue
    if verb.tag_ == "VB" and any(c.tag_ == "TO" for c in verb.children):
        return _infinitive_tense(verb)
    if any(a.lemma_.lower() in lex.perfect_auxiliaries for a in auxes):
        return "past"  # "has met", "had met": the event lies before the time of writing
    for token in [*auxes, verb]:
        if token.tag_ in lex.past_tags:
            return "past"
    for token in [*auxes, verb]:
        if token.tag_ in lex.present_tags:
            return "present"
    if verb.tag_ == "VBN":
        return "past"  # a reduced clause: "the deal, signed on Friday, ..."
    if verb.dep_ == "conj" and verb.head is not verb and verb.head.pos_ in _VERBAL:
        return verb_tense(verb.head)  # "will spend two days and meet ...": shares the auxiliary
    return None


def _infinitive_tense(verb: Token) -> str:
    """The direction of a "to"-infinitive, from the verb it completes.

    Ahead of its head ("to expire on Nov. 6", "plans to leave on Thursday") unless the head is a
    past-tense verb: after a past plan or schedule word ("prepared to speak on Tuesday", "was
    expected to meet on Monday") the act may lie either side of the publication date, so the
    nearest day is taken ("present"); after any other past verb ("failed to materialise on
    Monday", "refused to attend on Friday") the act is as past as its head.
    """
    lex = lexicon()
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp", "advcl") or head is verb or head.pos_ not in _VERBAL:
        return "future"
    if verb_tense_simple(head) != "past" or any(
            a.lower_ in lex.future_auxiliaries or a.lemma_.lower() in lex.future_auxiliaries
            for a in head.children if a.dep_ in ("aux", "auxpass")):
        return "future"
    if head.lemma_.lower() in lex.future_cue_heads or head.lower_ in lex.future_cue_heads:
        return "present"
    return "past"


def _future_cue(verb: Token) -> str | None:
    """"future" when the verb hangs through "to" from a plan or schedule ("is due to open")."""
    lex = lexicon()
    token = verb
    for _ in range(3):
        if token.dep_ not in ("xcomp", "acomp", "ccomp") or token.head is token:
            return None
        head = token.head
        if head.lemma_.lower() in lex.future_cue_heads or head.lower_ in lex.future_cue_heads:
            # "was expected to meet" reports a plan made in the past: keep it undirected.
            return None if verb_tense_simple(head) == "past" else "future"
        token = head
    return None


def verb_tense_simple(verb: Token) -> str | None:
    """Past or present from a verb's own tag and auxiliaries, without looking at cues."""
    lex = lexicon()
    tokens = [c for c in verb.children if c.dep_ in AUXILIARY_DEPS] + [verb]
    if verb.head is not verb and verb.pos_ not in _VERBAL:
        tokens.append(verb.head)  # "due" (an adjective) takes its tense from "is"
    if any(t.tag_ in lex.past_tags for t in tokens):
        return "past"
    return "present"


def direction(span: Span) -> str | None:
    """Direction of the verb governing ``span``, or None where there is none."""
    verb = governor(span)
    return verb_tense(verb) if verb is not None else None
