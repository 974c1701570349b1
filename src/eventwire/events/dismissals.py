"""A claim or demand its speaker calls baseless is rejected (CAMEO 12x) or denied (016).

"The minister said the lawsuit from Bolivia was without merit", "the ministry said the
accusations were baseless": no verb of rejecting, yet event coders record the speaker's
rejection of the other side's move: a demand, proposal or legal challenge so dismissed is a
rejection (120) of its author; an accusation so dismissed is a denial (016, as "rejected the
charges" is in the lexicon). A reported clause whose head is "be" with a word of dismissal as its
complement (``dismissal_words`` in ``data/frames.yaml``: "baseless", "unfounded", "false";
"without merit", "without foundation": ``dismissal_lacks``) and whose subject is one of the
``dismissed_claims`` or ``dismissed_moves`` nouns gives the event, aimed at the first name the
subject's phrase holds ("the lawsuit from Bolivia" → Bolivia); so does a negated word of truth
("the charges were not true": ``dismissal_negated``). Not a dismissal negated ("was not
baseless").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire import syntax
from eventwire.events.conduct import clause_head
from eventwire.events.lexicon import frames
from eventwire.events.matching import Match

_NAMES = ("PERSON", "ORG", "GPE", "NORP")


def _dismisses(be: Token) -> bool:
    """"was baseless", "were false and unfounded", "is without merit"."""
    f = frames()
    for c in be.children:
        words = [c, *(g for g in c.children if g.dep_ == "conj")]
        if c.dep_ in ("acomp", "attr") and any(w.lemma_.lower() in f["dismissal_words"]
                                                for w in words):
            return True
        if c.dep_ == "prep" and c.lower_ == "without" and any(
                g.lemma_.lower() in f["dismissal_lacks"] for g in c.children):
            return True
    return False


def _untrue(be: Token) -> bool:
    """"were not true", "is not accurate": a negated word of truth (``dismissal_negated``)."""
    return any(c.dep_ == "acomp" and c.lemma_.lower() in frames()["dismissal_negated"]
               for c in be.children)


def dismissal(say: Match, span: Span) -> Match | None:
    """The rejection (120) or denial (016) by the speaker of ``say`` of the claim or move its
    reported clause ``span`` calls baseless, or None."""
    head = clause_head(span)
    if head is None or head.lemma_ != "be":
        return None
    negated = syntax.has_negation(head)
    if not (_dismisses(head) and not negated) and not (negated and _untrue(head)):
        return None
    subj = syntax.subject(head)
    f = frames()
    noun = subj.lemma_.lower() if subj is not None else ""
    if noun in f["dismissed_claims"]:
        code = "016"
    elif noun in f["dismissed_moves"]:
        code = "120"
    else:
        return None
    author = next((syntax.conjuncts(t) for t in subj.subtree
                   if t.i != subj.i and t.ent_type_ in _NAMES), [])
    return Match(entry=say.entry, code=code, trigger=say.trigger, sentence=say.sentence,
                 source=list(say.source), target=[] if code == "016" else author,
                 extra=say.extra, pattern=f"{say.entry.id}+dismiss", derived="dismiss",
                 modality=say.modality)
