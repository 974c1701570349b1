"""Stances referred to: "the president's opposition to the plan" told inside another's words.

A noun of stance (opposition, support, commitment, refusal, promise: ``stance_nouns`` in
``frames.yaml``) with its owner as possessor is an act only when its owner is the one whose
clause tells it ("India said its opposition to the treaty …", "the US reiterates its
commitment …"). Inside the clause of someone else ("analysts contend that the union's opposition
runs deeper …", "she stands behind the president's opposition to it", "despite the agency's
pledges, the editorial complained") it is a stance already known, named to say what that other one
does or thinks: no event of the article's days.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire import syntax
from eventwire.events.arguments import ArgumentActors, first_resolved
from eventwire.events.lexicon import frames
from eventwire.events.matching import Match
from eventwire.quotes import quote_at

CLIMB = 8  # heads climbed from the noun to the clause that tells it


def _teller(noun: Token) -> Token | None:
    """The subject of the nearest clause above ``noun`` that does not hold it as its subject
    ("its opposition did not mean …" said by India: India)."""
    tok = noun
    for _ in range(CLIMB):
        if tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ not in ("VERB", "AUX") and not syntax.children(tok, "nsubj"):
            continue  # ("argue" tagged a noun still heads its clause)
        subj = syntax.subject(tok)
        if subj is not None and not (subj.left_edge.i <= noun.i <= subj.right_edge.i):
            return subj
    return None


def referred(args: ArgumentActors, m: Match, source: list[str]) -> bool:
    """True when ``m`` is a stance noun owned by someone other than the teller of its clause."""
    if (m.entry.kind != "noun" or not args.have_actors or not source
            or m.trigger.lemma_.lower() not in frames()["stance_nouns"]):
        return False
    if not any(c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")
               for c in m.trigger.children):  # "the president's demand", "the PUNR demand"
        return False
    teller = _teller(m.trigger)
    if teller is not None:
        tellers = first_resolved(args, [[teller]])
    else:  # inside a quotation the parse leaves without its verb of saying: its speaker
        quote = quote_at(args.doc, m.trigger.idx)
        speaker = ((quote or {}).get("speaker") or {}).get("actor")
        if not speaker:
            return False
        tellers = [speaker]
    return not any(_one_side(args.actor(a), args.actor(b)) or a == b
                   for a in tellers for b in source)


def _one_side(a: dict | None, b: dict | None) -> bool:
    """Two actors of one country and one sector, or one of them the country itself ("the premier
    reiterated Nepal's objections")."""
    if not a or not b or not a.get("country") or a.get("country") != b.get("country"):
        return False
    return not a.get("sector") or not b.get("sector") or a.get("sector") == b.get("sector")
