"""Wrongdoing told of another: a speaker who says another side does harm accuses it (CAMEO 11x).

"The spokesman said Kampala wants to neutralise the peace process": no verb of accusing and no
act of the event lexicon, yet event coders record the speaker accusing Uganda, as the newsevents
guidelines code "X said Y shelled villages" (X 112 Y). A verb of the reported clause (its head,
or a verb joined to it: "wants to neutralise", "lied and cheated") whose subject is someone and
which tells harm done makes an event of the speaker against that subject: an accusation (112)
for an act of harm (``wrongdoing_verbs`` in ``data/judgement.yaml``, or a verb of causing with
harm as its object: "poses a threat"), a criticism (111) for a verb that judges (VADER valence
at ``wrongdoing_valence`` or below: "betrayed", "lied"), words of suffering and hardship aside.
The actor rule (:mod:`.build`) then keeps it only when both are actors and the accused is not
the speaker's own side.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire import syntax
from eventwire.events.judgement import settings, wrongdoing_code
from eventwire.events.matching import Match


def clause_verbs(head: Token) -> list[Token]:
    """The verbs of one reported clause: its head and the verbs joined to it in the same
    clause ("wants to sabotage", "lied and cheated"), not those of a clause reported inside."""
    out, todo = [], [head]
    while todo:
        verb = todo.pop()
        if verb.pos_ not in ("VERB", "AUX") or verb in out:
            continue
        out.append(verb)
        todo += [c for c in verb.children if c.dep_ in ("xcomp", "conj")]
    return out


def clause_head(span: Span) -> Token | None:
    """The head of a reported clause: its word whose head lies outside it (or the root)."""
    return next((t for t in span if t.head.i < span.start or t.head.i >= span.end
                 or t.head.i == t.i), None)


def names_someone(tok: Token) -> bool:
    """A word that names or stands for someone: a name, a word with a name in its phrase
    ("the Bolivian army"), or a personal pronoun ("she hoped he would")."""
    words = [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod", "poss"))]
    return tok.pos_ == "PRON" or any(
        t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.pos_ == "PROPN" for t in words)


def accusations(say: Match, span: Span, taken: set[int]) -> list[Match]:
    """Accusations (112) and criticisms (111) by the speaker of ``say`` of each one its
    reported clause ``span`` tells doing harm; ``taken``: the words that already trigger a match (the lexicon has
    coded them, so their accusation, if any, is made from that event)."""
    head = clause_head(span)
    if head is None:
        return []
    first = settings()["first_person"]
    out: list[Match] = []
    for verb in clause_verbs(head):
        code = None if verb.i in taken else wrongdoing_code(verb)
        if code is None:
            continue
        subj = syntax.subject(verb)
        if subj is None or subj.lower_ in first or not (span.start <= subj.i < span.end):
            continue
        if any(o.target == syntax.conjuncts(subj) for o in out):
            continue
        out.append(Match(
            entry=say.entry, code=code, trigger=say.trigger, sentence=say.sentence,
            source=list(say.source), target=syntax.conjuncts(subj), extra=say.extra,
            pattern=f"{say.entry.id}+wrongdoing", derived="accuse", modality=say.modality))
    if any(o.code == "112" for o in out):
        for o in out:  # one clause that accuses and judges the same side is one accusation
            o.code = "112"
    return out
