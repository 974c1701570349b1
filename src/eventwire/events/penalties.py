"""A penalty foretold for another is the speaker's threat (CAMEO 130).

"The minister said any incursion by Bolivia would have consequences", "those responsible will not
be spared", "will pay a heavy price", "will be punished": no verb of threatening, yet the speaker
threatens whoever the penalty falls on, as event coders record it. A reported clause whose head
(or a verb joined to it) tells, in the future or as a possibility, a penalty that will fall on its
subject (a verb with a penalty as its object: ``penalty_verbs`` + ``penalty_nouns``; a passive verb
of punishing: ``punishing_verbs``, or of sparing negated; "go unpunished" negated: all in
``data/frames.yaml``) makes a threat (130) by the speaker against that subject. The actor rule
(:mod:`.build`) then keeps it only when both are actors.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire import syntax
from eventwire.events.conduct import clause_head, clause_verbs, names_someone
from eventwire.events.lexicon import frames
from eventwire.events.matching import Match
from eventwire.events.modality import FUTURE, HYPOTHETICAL, NEGATED, modality

THREAT = "130"


def punished(verb: Token) -> Token | None:
    """The one a verb foretells a penalty for, or None: the subject of "would have
    consequences", "will pay a price", "will be punished", "would not be spared", "won't go
    unpunished", "will be brought to justice", "will be held accountable"; the object of "will
    punish X", "will bring X to justice", "will hold X accountable"."""
    f = frames()
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not aux & (f["future_aux"] | f["hypothetical_aux"]) and modality(verb) not in (
            FUTURE, HYPOTHETICAL, NEGATED):
        return None
    lemmas = set(syntax.lemma_forms(verb))  # "spared" is "spar" to the lemmatizer
    negated = syntax.has_negation(verb)
    passive = syntax.is_passive(verb)
    patient = (next(iter(syntax.children(verb, *syntax.PASSIVE_SUBJECT_DEPS)), None) if passive
               else syntax.direct_object(verb))
    words = {g.lower_ for c in verb.children if c.dep_ in ("prep", "oprd", "acomp", "xcomp")
             for g in [c, *c.children]}
    if not negated and (lemmas & f["punishing_verbs"] or words & f["justice_words"]):
        # "will be punished", "we will bring them to justice", "held accountable"; a thing
        # that punishes ("the new law will punish drunk drivers") threatens no one
        doer = None if passive else syntax.subject(verb)
        return patient if passive or (doer is not None and names_someone(doer)) else None
    if passive:
        return patient if lemmas & f["sparing_verbs"] and negated else None
    if "go" in lemmas and negated:
        unpunished = any(c.lower_ in f["unpunished_words"] for c in verb.children)
        return syntax.subject(verb) if unpunished else None
    obj = syntax.direct_object(verb)
    if (not negated and lemmas & f["penalty_verbs"] and obj is not None
            and obj.lemma_.lower() in f["penalty_nouns"]):
        return syntax.subject(verb)
    return None


def threats(say: Match, span: Span, taken: set[int]) -> list[Match]:
    """Threats (130) by the speaker of ``say`` against the one each verb of its reported clause
    ``span`` foretells a penalty for; ``taken``: words the lexicon has coded already."""
    head = clause_head(span)
    if head is None:
        return []
    out: list[Match] = []
    for verb in clause_verbs(head):
        subj = None if verb.i in taken else punished(verb)
        if subj is None or not (span.start <= subj.i < span.end):
            continue
        out.append(Match(
            entry=say.entry, code=THREAT, trigger=say.trigger, sentence=say.sentence,
            source=list(say.source), target=syntax.conjuncts(subj), extra=say.extra,
            pattern=f"{say.entry.id}+penalty", derived="threaten", modality=FUTURE))
    return out


def promised(m: Match) -> Token | None:
    """"Promised that those responsible would not be spared", "vowed that the attackers will be
    brought to justice": the one a promise's that-clause foretells a penalty for (the promise
    is then a threat against them)."""
    for c in m.trigger.children:
        if c.dep_ == "ccomp":
            for verb in clause_verbs(c):
                if (who := punished(verb)) is not None:
                    return who
    return None
