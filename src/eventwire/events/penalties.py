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
from eventwire.events.conduct import clause_verbs
from eventwire.events.lexicon import frames
from eventwire.events.matching import Match
from eventwire.events.modality import FUTURE, HYPOTHETICAL, NEGATED, modality

THREAT = "130"


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def foretold(verb: Token) -> bool:
    """Whether a verb tells a penalty to come for its subject: "would have consequences",
    "will pay a price", "will be punished", "would not be spared", "won't go unpunished"."""
    f = frames()
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not aux & (f["future_aux"] | f["hypothetical_aux"]) and modality(verb) not in (
            FUTURE, HYPOTHETICAL, NEGATED):
        return False
    lemma = verb.lemma_.lower()
    negated = _negated(verb)
    if syntax.is_passive(verb):
        return (lemma in f["punishing_verbs"] and not negated) or (
            lemma in f["sparing_verbs"] and negated)
    if lemma == "go" and negated:
        return any(c.lower_ in f["unpunished_words"] for c in verb.children)
    obj = syntax.direct_object(verb)
    return (not negated and lemma in f["penalty_verbs"] and obj is not None
            and obj.lemma_.lower() in f["penalty_nouns"])


def threats(say: Match, span: Span, taken: set[int]) -> list[Match]:
    """Threats (130) by the speaker of ``say`` against the subject of each verb of its reported
    clause ``span`` that foretells a penalty; ``taken``: words the lexicon has coded already."""
    head = next((t for t in span if t.head.i < span.start or t.head.i >= span.end
                 or t.head.i == t.i), None)
    if head is None:
        return []
    out: list[Match] = []
    for verb in clause_verbs(head):
        if verb.i in taken or not foretold(verb):
            continue
        subj = syntax.subject(verb) or next(iter(syntax.children(
            verb, *syntax.PASSIVE_SUBJECT_DEPS)), None)
        if subj is None or not (span.start <= subj.i < span.end):
            continue
        out.append(Match(
            entry=say.entry, code=THREAT, trigger=say.trigger, sentence=say.sentence,
            source=list(say.source), target=syntax.conjuncts(subj), extra=say.extra,
            pattern=f"{say.entry.id}+penalty", derived="threaten", modality=FUTURE))
    return out
