"""Modality of an event: asserted, negated, future, hypothetical or reported.

The rule (documented in docs/events.md): negation wins over everything; then a conditional or
modal ("if", "would", "could") makes the event hypothetical; then an auxiliary of the future or a
plan-verb governing the trigger ("will meet", "plans to visit"), or a purpose clause ("flew there
to meet"), makes it future. Commitment verbs
("pledged to", "offered to") are not modality: the lexicon codes them as CAMEO 03x intent.
"reported" is set later by the coder for events inside reported speech.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import frames
from eventwire.syntax import NOMINAL_SUBJECT_DEPS

ASSERTED, NEGATED, FUTURE, HYPOTHETICAL, REPORTED = (
    "asserted", "negated", "future", "hypothetical", "reported")


def _clause_chain(tok: Token) -> list[Token]:
    """The trigger and the verbs governing it through xcomp/conj, where auxiliaries may sit."""
    chain = [tok]
    cur = tok
    for _ in range(6):
        if cur.dep_ in ("xcomp", "conj", "aux") and cur.head.i != cur.i:
            cur = cur.head
            chain.append(cur)
        else:
            break
    return chain


def clause_auxiliaries(tok: Token) -> set[str]:
    """The auxiliaries of a verb's clause: its own and those of the verbs it hangs from through
    xcomp / conj ("should stop interfering": should)."""
    return {c.lower_ for v in _clause_chain(tok) for c in v.children if c.dep_ == "aux"}


def _plans(verb: Token, chain: list[Token]) -> bool:
    """A plan verb governs the event through its complement ("plans to visit and meet"), not
    as a conjoined verb ("went on strike, and Uganda halted aid")."""
    k = chain.index(verb)
    return k > 0 and chain[k - 1].dep_ == "xcomp"


def negated(tok: Token) -> bool:
    neg = frames()["negations"]
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in neg) for c in tok.children):
        return True
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True  # "backed the critics without opposing the deal"
    if tok.pos_ == "VERB":
        # "gave no details", "sent no troops": the object's "no" negates the act
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and any(c.dep_ == "det" and c.lower_ in ("no", "neither")
                                   for c in obj.children):
            return True
    if tok.pos_ in ("NOUN", "PROPN"):
        # "there were no talks", "did not hold talks"
        head = tok.head
        if tok.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            return negated(head)
        return False
    # a negated governing verb only negates an xcomp ("did not agree to meet"), not a conjunct;
    # "failed to reach agreement" negates too
    if tok.dep_ == "xcomp":
        return any(c.dep_ == "neg" for c in tok.head.children) or (
            tok.head.lemma_.lower() in frames()["negating_verbs"])
    if tok.dep_ == "conj":
        # "did not and will not sign", "did not meet or call": the negation sits on the first
        # conjunct's auxiliaries; a conjunct in a tense of its own ("did not dispute X, but
        # disputed Y", "did not know, and accused Z") or after "but" is not negated by it
        return (any(c.dep_ == "neg" for c in tok.head.children)
                and not any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in tok.children)
                and tok.tag_ not in ("VBD", "VBZ", "VBP")
                and not any(c.dep_ == "cc" and c.lower_ == "but" for c in tok.head.children))
    return False


def _in_reported_clause(verb: Token) -> bool:
    cur = verb
    for _ in range(4):
        if cur.dep_ in ("ccomp", "parataxis"):
            return True
        if cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _governing_verb(tok: Token) -> Token:
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj", "attr", "nsubjpass"):
        head = tok.head
        if head.dep_ == "prep":
            head = head.head
        return head
    return tok


def modality(tok: Token) -> str:
    """Modality of the event triggered by ``tok`` (a verb or an event noun)."""
    f = frames()
    if negated(tok):
        return NEGATED
    verb = _governing_verb(tok)
    chain = _clause_chain(verb)
    for v in chain:
        for c in v.children:
            if c.dep_ == "mark" and c.lower_ in f["hypothetical_marks"]:
                return HYPOTHETICAL
            if c.dep_ == "aux" and c.lower_ in f["hypothetical_aux"] and not (
                c.lower_ in f["obligation_aux"] and _in_reported_clause(v)
            ):
                # "would" in reported speech is the future of the past ("said they would meet")
                if c.lower_ == "would" and _in_reported_clause(v):
                    return FUTURE
                return HYPOTHETICAL
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in f["hypothetical_marks"] for c in verb.children
    ):
        return HYPOTHETICAL
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
            verb.head.lemma_.lower() not in f["sequel_verbs"]):
        # a purpose: "flew to Kabul to meet the president" tells a plan, not yet the meeting
        return FUTURE
    for v in chain:
        for c in v.children:
            if c.dep_ == "aux" and c.lower_ in f["future_aux"]:
                return FUTURE
        if v.i != tok.i and v.lemma_.lower() in f["future_verbs"] and _plans(v, chain) and (
                v.tag_ == "VBG" or v.lemma_.lower() not in f["progressive_future_verbs"]):
            return FUTURE
        # "is willing to send", "is ready to contribute"
        if v.dep_ == "xcomp" and v.head.pos_ == "ADJ" and v.head.lower_ in f["intent_adjectives"]:
            return FUTURE
        # "is expected to visit", "is due to meet"
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in f["future_verbs"]:
            return FUTURE
    return ASSERTED


def in_reported_clause(tok: Token) -> bool:
    """Whether the clause of the event triggered by ``tok`` is what someone says."""
    return _in_reported_clause(_governing_verb(tok))
