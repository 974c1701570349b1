"""Talks named with their outcome: "the talks collapsed" ends them, "a meeting failed to take place"
never held one.

A consultation noun (root 04: talks, negotiations, a meeting) that is the subject of a verb of
failing (``failure_verbs`` in ``frames.yaml``), or that such a verb describes in a relative clause
("talks with the rebels which have now failed"), is a halt of negotiations (164, as CAMEO codes
"talks broke down"); failing to happen ("failed to materialise", "failed to take place": the
verb with a complement) tells that no meeting was held, and gives no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire import syntax
from eventwire.events.lexicon import frames
from eventwire.events.matching import Match

CONSULT_ROOT = "04"


def _fails(verb: Token) -> bool:
    """A verb of failing, with its particle when it has one ("broke down")."""
    words = [verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join(words) in frames()["failure_verbs"]


def _failing_verb(noun: Token) -> Token | None:
    """The verb of failing the noun is the subject of, or that describes it in a relative clause
    (hung from the noun or, as the parser often does, from the last noun of its phrase: "talks
    with the rebels which have now failed")."""
    if noun.dep_ == "nsubj" and _fails(noun.head):
        return noun.head
    if (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and _fails(noun.head.head)
            and noun.head.i < noun.head.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.head.head.children)):
        return noun.head.head  # "After talks failed …" parsed as a phrase of "failed"
    return _failing_relative(noun)


def _failing_relative(noun: Token) -> Token | None:
    """A relative clause of failing in the noun's phrase, with no complement or object of its
    own ("which have now failed", not "who failed to disarm")."""
    return next((t for t in noun.subtree if t.dep_ == "relcl" and _fails(t) and not any(
        c.dep_ in ("xcomp", "dobj") for c in t.children)), None)


def apply(matches: list[Match]) -> None:
    """Recode or drop the consultation nouns of one sentence told with their failure."""
    for m in matches:
        if m.code[:2] != CONSULT_ROOT or m.derived:
            continue
        if m.entry.kind == "verb":  # "held talks with the rebels which have now failed"
            obj = syntax.direct_object(m.trigger)
            verb = _failing_relative(obj) if obj is not None else None
        else:
            verb = _failing_verb(m.trigger)
        if verb is None:
            continue
        if any(c.dep_ == "xcomp" for c in verb.children):
            m.absorbed = True  # "the meeting failed to materialise": none was held
        else:
            m.code, m.pattern = frames()["failed_talks_code"], f"{m.entry.id}+failed"
