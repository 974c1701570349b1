"""A speaker's own plan told in reported speech is an intent (CAMEO 03x).

"The senator said he would hold a hearing", "the ministers said they planned to fly experts to
Quito", "they said they will try to clarify the law": no verb of promising and no act of the
event lexicon, yet event coders record the speaker's intent (030; the guidelines code "will
visit" 036 and planned cooperative acts 03x). A reported clause whose subject is the speaker's
own side (a pronoun, or the speaker's own words) and whose head is told in the future ("will",
"would", "'d": ``intent_aux`` in ``data/frames.yaml``) or planned ("planned to": ``plan_verbs``)
makes the speaker's intent (030), aimed at the first name the act's phrase holds ("send a team
to Lima" → Peru). Not when the act is negated, conditioned ("if the treaty is changed"),
passive ("would be barred"), force or harm (judgement.yaml's ``forcing_verbs`` and
``wrongdoing_verbs``: "will dislodge the government" is a threat), a state rather than an act (``not_acts``: "would be", "would have",
"would need"), or when the lexicon has coded an act in the planned act's phrase (its own
future code is read there: "will attack" is a threat, "would tighten the blockade" 1381).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire import syntax
from eventwire.events.conduct import clause_head, clause_verbs
from eventwire.events.judgement import settings
from eventwire.events.lexicon import frames
from eventwire.events.matching import Match
from eventwire.events.modality import FUTURE

INTENT = "030"
_NAMES = ("PERSON", "ORG", "GPE", "NORP")


def _told_as_planned(head: Token) -> bool:
    """"would hold", "will try", "'d hold", "planned to send": a clause head told as a plan."""
    f = frames()
    if any(c.dep_ == "aux" and c.lower_.replace("’", "'") in f["intent_aux"]
           for c in head.children):
        return True
    return head.lemma_.lower() in f["plan_verbs"] and any(
        c.dep_ == "xcomp" for c in head.children)


def _own_side(subj: Token, say: Match) -> bool:
    """The clause's subject is the speaker's side: a personal pronoun ("he said he would") or
    the speaker's own words ("Chile said Chile would")."""
    if subj.pos_ == "PRON" and subj.lower_ not in ("this", "that", "it's", "there"):
        return True
    return any(t.lower_ == subj.lower_ for t in say.source)


def _aimed_at(verbs: list[Token], subj: Token) -> list[Token]:
    """The first name in the planned act's phrase ("send a team to Lima"), or none."""
    skip = {t.i for t in subj.subtree}
    for verb in verbs:
        for t in verb.subtree:
            if t.i in skip or t.ent_type_ not in _NAMES:
                continue
            return syntax.conjuncts(t)
    return []


def _forces(verbs: list[Token]) -> bool:
    """"will dislodge the government", "would sabotage the talks": force or harm foretold is no
    cooperative plan (a threat, read from a quote by :mod:`.judgement`)."""
    j = settings()
    return any(set(syntax.lemma_forms(v)) & (j["forcing_verbs"] | j["wrongdoing_verbs"])
               for v in verbs)


def _conditioned(head: Token) -> bool:
    marks = frames()["hypothetical_marks"]
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks
                                         for g in c.children) for c in head.children)


def intents(say: Match, span: Span, taken: set[int]) -> list[Match]:
    """The intent (030) of the speaker of ``say`` its reported clause ``span`` tells, or none;
    ``taken``: words the lexicon has coded already (their own future code stands)."""
    head = clause_head(span)
    if head is None or head.pos_ != "VERB" or not _told_as_planned(head):
        return []
    verbs = clause_verbs(head)
    f = frames()
    acts = {t.i for v in verbs for t in v.subtree if t.i in taken}  # "would tighten the blockade"
    if (acts or any(syntax.has_negation(v) for v in verbs)
            or any(syntax.is_passive(v) or v.lemma_.lower() in f["not_acts"] for v in verbs)
            or _forces(verbs)
            or _conditioned(head)):
        return []
    subj = syntax.subject(head)
    if subj is None or not (span.start <= subj.i < span.end) or not _own_side(subj, say):
        return []
    return [Match(
        entry=say.entry, code=INTENT, trigger=say.trigger, sentence=say.sentence,
        source=list(say.source), target=_aimed_at(verbs, subj), extra=say.extra,
        pattern=f"{say.entry.id}+intent", derived="intent", modality=FUTURE)]
