"""The rules applied after matching: frames that combine or transform the matches of a sentence.

:func:`apply_frames` takes one sentence's :class:`~eventwire.events.matching.Match` list and
folds complements into their frame verbs ("pledged to withdraw" -> one 035 event), turns
planned acts into intents or threats, marks events inside reported speech, derives demands,
accusations and denials from speech, and refines leaf codes (:mod:`.refinements`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire import syntax
from eventwire.events import (
    conduct,
    dismissals,
    intents,
    ontology,
    outcomes,
    penalties,
    refinements,
)
from eventwire.events.lexicon import COMPLEMENT_FRAMES, SPEECH_FRAMES, frames
from eventwire.events.matching import Match, governor
from eventwire.events.modality import (
    ASSERTED,
    FUTURE,
    HYPOTHETICAL,
    NEGATED,
    REPORTED,
    in_reported_clause,
    modality,
)
from eventwire.timex.attach import perfect

FRAME_DEFAULT = {"appeal": "020", "demand": "100"}  # the root code of a bare appeal or demand


# declining to comment (011): its complement ("declined to give details") is what is withheld
DECLINE_COMMENT = "011"
# roots of cooperation whose act one may consent to: consult, cooperate, aid, yield (04-08)
COOPERATION_ROOTS = ("04", "05", "06", "07", "08")


def apply_frames(tokens: list[Token], matches: list[Match]) -> list[Match]:
    """Apply the frames to one sentence's matches (its ``tokens`` in order): a verb's entry
    absorbs its event noun, frame verbs absorb their complements (intent, appeal, demand, reject,
    threaten), purposes and event subjects fold in, negated futures become refusals, futures
    intents or threats, speech frames make what they report ``reported`` and derive demands,
    accusations and denials; then each live match takes its leaf refinement. Returns the
    matches followed by the derived ones."""
    by_token = {m.trigger.i: m for m in matches}
    outcomes.apply(matches)  # "the talks collapsed": 164; "failed to take place": none
    for m in matches:
        # "imposed sanctions", "launched an attack": the verb's entry already codes its noun
        if m.entry.kind == "noun":
            gov = governor(m.trigger)
            if gov is not None and gov.i in by_token and by_token[gov.i].entry.frame is None:
                m.absorbed = True
            head = by_token.get(m.trigger.head.i)
            if (head is not None and m.trigger.dep_ in ("dobj", "nsubjpass")
                    and m.trigger.lemma_.lower() in head.entry.object):
                m.absorbed = True  # "lifted the embargo": the verb entry names the noun
    for m in matches:
        if m.code == DECLINE_COMMENT and m.entry.comp:
            # "declined to offer details": what is withheld is words, no offer of its own
            inner = {c.i for c in syntax.complements(m.trigger)}
            for o in matches:
                if o.trigger.i in inner:
                    o.absorbed = True
    for m in matches:
        if m.entry.frame == "threaten" and m.entry.kind == "verb" and _warns_of_the_past(m):
            # "warning that thousands had fled the fighting": a gloomy report, no threat
            m.code, m.pattern = frames()["past_warning_code"], f"{m.entry.id}+past"
            continue
        if m.entry.frame in COMPLEMENT_FRAMES:
            _apply_complement_frame(m, by_token)
        if m.entry.frame == "intent" and m.entry.kind == "verb" and _holds_out(m):
            # "vowed to complete her term", "vowed to stay in the square": defiance, 12x
            m.code, m.pattern = frames()["holding_out_code"], f"{m.entry.id}+hold-out"
        if m.entry.frame == "intent" and m.entry.kind == "verb" and (
                who := penalties.promised(m)) is not None:
            # "promised that those responsible would not be spared": a threat against them
            m.code, m.pattern = penalties.THREAT, f"{m.entry.id}+penalty"
            m.target, m.target_options = syntax.conjuncts(who), [syntax.conjuncts(who)]
    for m in matches:
        _absorb_purpose(m, by_token)
        _absorb_event_subject(m, by_token)
    for m in matches:
        if not m.absorbed:
            _apply_acceptance(m, by_token)
            _apply_refusal(m)
            _apply_future(m)
    derived: list[Match] = []
    # outer speech verbs first so inner ones inherit the outermost speaker last
    for m in sorted(matches, key=lambda x: _depth(x.trigger)):
        if m.entry.frame in SPEECH_FRAMES:
            derived += _apply_speech_frame(m, matches)
    _apply_according_to(tokens, matches)
    for m in matches + derived:
        if not m.absorbed:
            _apply_aim(m)
    return matches + derived




def _frame_code(frame: str, code: str) -> str | None:
    table = frames().get(frame) or {}
    for n in (4, 3, 2):
        if code[:n] in table and len(code) >= n:
            return str(table[code[:n]])
    return None


def _warns_of_the_past(m: Match) -> bool:
    """A verb of warning whose only complement is a that-clause telling what has already
    happened ("warned that thousands had fled", "warned that prices rose"): nothing is
    threatened."""
    comps = [c for c in m.trigger.children if c.dep_ in ("ccomp", "xcomp", "dobj") or (
        c.dep_ == "prep" and c.lower_ in ("of", "against", "about"))]
    return bool(comps) and all(c.dep_ == "ccomp" and (c.tag_ == "VBD" or perfect(c))
                               for c in comps)


def _complement_matches(m: Match, by_token: dict[int, Match]) -> list[Match]:
    """Matches that are the direct complement of a frame verb: "pledged to withdraw",
    "called for a ceasefire", "threatened sanctions"."""
    tok = m.trigger
    out = []
    clauses = {c.i for c in syntax.complements(tok)}  # with "called for X to be sacked"
    for c in tok.children:
        # the object the entry asks for ("reached an agreement") is not itself a complement
        own_object = c.lemma_.lower() in m.entry.object
        if ((c.dep_ in ("dobj", "nsubjpass", "acl") or c.i in clauses) and c.i in by_token
                and not own_object):
            out.append(by_token[c.i])
        # "warnings of a crackdown", "the threat of sanctions": a frame noun's "of" is its
        # complement
        of = m.entry.kind == "noun" and c.lower_ == "of"
        if c.dep_ == "prep" and (c.lower_ in ("for", "on", "to", "with") or of):
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp") and p.i in by_token:
                    out.append(by_token[p.i])
        if c.dep_ in ("xcomp", "ccomp") and c.i not in by_token:
            # "promised to continue military aid": the event noun is the support verb's object
            for g in c.children:
                if g.dep_ in ("dobj", "nsubjpass") and g.i in by_token:
                    out.append(by_token[g.i])
        if c.dep_ == "dobj":
            # "urged China to X": the xcomp hangs from the object in some parses
            for g in c.children:
                if g.dep_ in ("xcomp", "acl", "relcl") and g.i in by_token:
                    out.append(by_token[g.i])
    return [o for o in out if o is not m]


def _apply_complement_frame(m: Match, by_token: dict[int, Match]) -> None:
    comps = _complement_matches(m, by_token)
    coded = [(c, _frame_code(m.entry.frame, c.code)) for c in comps]
    # the first complement with a sub-code of its own; else the first complement, folded in
    # with the frame verb keeping its code (an act asked for, promised or refused has not
    # happened, so it is no event of its own)
    chosen = next(((c, code) for c, code in coded if code), None) or (
        (comps[0], None) if comps else None)
    if chosen is not None:
        comp, code = chosen
        if code is None and _calls_for_coercion(m, comp):
            # "called for a ban on X", "is calling for X to be banned": no one is asked; the
            # caller threatens X with the act (13x, the threaten map)
            code = _frame_code("threaten", comp.code)
            if code is not None:
                m.target = [t for o in (comp.target_options or [comp.target]) for t in o][:1]
        if code is not None:
            m.code = code
            m.pattern = f"{m.entry.id}+{comp.entry.id}"
        comp.absorbed = True
        # the one asked, urged or threatened: the frame verb's own target, else the one the
        # complement acts upon; a demand or appeal is also aimed at the complement's subject
        # ("demanded that the US cancel", "urged China to allow")
        asked = [comp.source] if m.entry.frame in ("demand", "appeal") else []
        extra = [o for o in asked + (comp.target_options or [comp.target])
                 if o and [t for t in o if t not in m.source]]
        if not m.target:
            m.target = list(extra[0]) if extra else list(comp.target)
        if m.entry.frame == "threaten" and m.entry.kind == "noun" and not m.source:
            # "a warning of reprisals by Quito": one threatens one's own act
            m.source = list(comp.source)
        for o in extra:
            if o not in m.target_options:
                m.target_options.append(list(o))


def _holds_out(m: Match) -> bool:
    """A vow or pledge to stay where one is ("vowed to complete her term", "pledged to stay in
    the square until …", "swore to remain in office"; ``holding_out_verbs``): one refuses to
    yield what others ask for, a rejection, not an intent to act. "Vowed to remain the chief
    mediator" (a copula) stays an intent."""
    if m.code != m.entry.code:
        return False  # the complement gave the intent a code of its own
    return any(c.lemma_.lower() in frames()["holding_out_verbs"]
               and not any(g.dep_ in ("attr", "acomp", "dobj") and c.lemma_.lower() != "complete"
                           for g in c.children)
               for c in syntax.complements(m.trigger) if c.dep_ == "xcomp")


def _calls_for_coercion(m: Match, comp: Match) -> bool:
    """An appeal that asks no one named (no object or dative: "called for", "is calling for")
    for an act of coercion or a cut in relations (roots 16-17, ``coercion_called_for_roots``)."""
    return (m.entry.frame == "appeal" and m.entry.kind == "verb"
            and m.entry.prep in (None, "for")  # "called on the EU to ..." asks the EU
            and comp.code[:2] in frames()["coercion_called_for_roots"]
            and not any(c.dep_ in ("dobj", "dative") and c.i != comp.trigger.i
                        for c in m.trigger.children))


def _reported_span(m: Match) -> Span | None:
    comps = [c for c in m.trigger.children if c.dep_ in ("ccomp", "parataxis")]
    # "denied charges that X ...", "rejected claims that X ...": the clause on the object noun
    for obj in syntax.children(m.trigger, "dobj"):
        comps += [c for c in obj.children if c.dep_ in ("acl", "ccomp")]
    if not comps and m.entry.frame != "say":
        comps = [c for c in m.trigger.children if c.dep_ == "xcomp"]
    if not comps:
        return None
    lo = min(c.left_edge.i for c in comps)
    hi = max(c.right_edge.i for c in comps)
    return m.trigger.doc[lo : hi + 1]


def _apply_speech_frame(m: Match, matches: list[Match]) -> list[Match]:
    """Events inside what a speaker reports become ``reported``; the bare statement is kept only
    when nothing more specific was said; conflict claims about others add an accusation, and a
    negated claim about the speaker's own side a denial (decided on actors in build)."""
    span = _reported_span(m)
    if span is None:
        return []
    m.complement = span
    inner = [o for o in matches if o is not m and span.start <= o.trigger.i < span.end
             and not o.absorbed]
    for o in inner:
        if o.modality == ASSERTED:
            o.modality = REPORTED
        if o.speaker is None:
            o.speaker = m.source
    derived = []
    if m.entry.frame == "say" and (hoped := _hoped_for(m, span, inner)) is not None:
        derived.append(hoped)
    elif m.entry.frame == "say":
        for o in inner:
            if o.derived or o.entry.frame in SPEECH_FRAMES or not _obligation(o.trigger):
                continue
            frame = _obligation_frame(o.trigger)
            code = _frame_code(frame, o.code) or FRAME_DEFAULT[frame]
            # the one asked is the subject of "should" / "must" ("officials should rein in their
            # protests"), not the event noun's own owner ("their")
            asked = syntax.subject(_modal_verb(o.trigger)) if o.entry.kind == "noun" else None
            derived.append(Match(
                entry=m.entry, code=code, trigger=m.trigger, sentence=m.sentence,
                source=list(m.source),
                target=syntax.conjuncts(asked) if asked is not None else list(o.source),
                extra=m.extra,
                pattern=f"{m.entry.id}+{frame}+{o.entry.id}", derived=frame,
                modality=m.modality))
            o.absorbed = True
        head = _complement_head(span)
        if head is not None and _obligation(head) and not derived and not any(
                o.trigger.i == head.i for o in inner):
            # "said X should resign"; "said X should be impeached": the call is aimed at X
            s = next(iter(_clause_subject(head)), None)
            frame = _obligation_frame(head)
            derived.append(Match(
                entry=m.entry, code=FRAME_DEFAULT[frame], trigger=m.trigger,
                sentence=m.sentence, source=list(m.source),
                target=syntax.conjuncts(s) if s is not None else [], extra=m.extra,
                pattern=f"{m.entry.id}+{frame}", derived=frame, modality=m.modality))
        for o in inner:
            if o.absorbed:
                continue
            if o.derived or o.entry.frame in SPEECH_FRAMES:
                continue
            if (ontology.lookup(o.code).quad_class == 4 and o.modality == REPORTED
                    and not _in_infinitive(o.trigger, span)):
                derived.append(Match(
                    entry=m.entry, code="112", trigger=m.trigger, sentence=m.sentence,
                    source=list(m.source), target=list(o.source), extra=m.extra,
                    pattern=f"{m.entry.id}+accuse", derived="accuse", modality=m.modality))
        if not any(o.derived == "accuse" for o in derived) and m.code[:2] == "01":
            # "said Kampala wants to sabotage the talks": harm told of another, no act coded
            derived += conduct.accusations(m, span, {o.trigger.i for o in matches})
        if m.code[:2] == "01":
            # "said any incursion would have consequences": a penalty foretold is a threat
            derived += penalties.threats(m, span, {o.trigger.i for o in matches})
        if m.code[:2] == "01" and not derived:
            # "said he would hold a hearing": the speaker's own plan is an intent
            derived += intents.intents(m, span, {o.trigger.i for o in matches})
        if m.code[:2] == "01" and not derived and (
                dismissed := dismissals.dismissal(m, span)) is not None:
            # "said the lawsuit was without merit": the move is rejected
            derived.append(dismissed)
        head = _complement_head(span)
        if (head is not None and modality(head) == NEGATED and _denies(head, inner)
                and not any(o.derived == "dismiss" for o in derived)):
            derived.append(Match(
                entry=m.entry, code="016", trigger=m.trigger, sentence=m.sentence,
                source=list(m.source), target=[], extra=m.extra, pattern=f"{m.entry.id}+deny",
                derived="deny", modality=m.modality, speaker=_clause_subject(head)))
    is_statement = m.entry.frame == "say" and m.code[:2] == "01"
    if any(not o.absorbed and o.code[:2] != "01" for o in inner) or derived:
        if is_statement:
            m.absorbed = True
    elif is_statement and not m.target:
        # a statement is about the subject of what was said, when that is someone else
        head = _complement_head(span)
        s = syntax.subject(head) if head is not None else None
        if s is not None and s not in m.source:
            m.target = syntax.conjuncts(s)
    return derived


def _hoped_for(m: Match, span: Span, inner: list[Match]) -> Match | None:
    """"She hoped the senator would join the talks", "I hope the rebels will lay down their
    arms": what a speaker hopes another will do is an appeal (02x, by the hoped act's code) to
    that other (``hope_verbs`` in ``frames.yaml``); the act hoped for has not happened, so it
    is no event of its own. The actor rule keeps the appeal only when it asks someone else."""
    if m.entry.lemma not in frames()["hope_verbs"]:
        return None
    head = _complement_head(span)
    if head is None or head.pos_ not in ("VERB", "AUX") or modality(head) == NEGATED:
        return None  # "hoped that this would not happen" asks no one to act
    subj = syntax.subject(head)
    first = frames()["first_person"]
    if subj is None or subj.lower_ in first or subj in m.source or not conduct.names_someone(subj):
        return None  # "hoped the rains would come", "hoped the talks would succeed": no one
    acts = [o for o in inner if o.trigger.i == head.i or o.trigger.head.i == head.i]
    code = next((c for o in acts if (c := _frame_code("appeal", o.code))), None)
    for o in inner:
        o.absorbed = True
    if any(t.lower_ in first for t in m.source) and not m.speaker:
        return None  # "I hope Y will X" with no speaker here: the quote's judgement reads it
    return Match(entry=m.entry, code=code or FRAME_DEFAULT["appeal"], trigger=m.trigger,
                 sentence=m.sentence, source=list(m.source), target=syntax.conjuncts(subj),
                 extra=m.extra, pattern=f"{m.entry.id}+appeal", derived="appeal",
                 modality=ASSERTED if m.modality == HYPOTHETICAL else m.modality,
                 speaker=m.speaker)  # "I would hope that Y X" asks as plainly


def _in_infinitive(tok: Token, span: Span) -> bool:
    """Whether an act sits in a to-infinitive within the reported clause ("the ultimatum to
    storm the city", "to deter aggression"): an act aimed at or warned of, not told as done,
    so no accusation of its author."""
    cur = tok
    while span.start <= cur.i < span.end:
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in cur.children):
            return True
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return False


def _complement_head(span: Span) -> Token | None:
    for t in span:
        if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i:
            return t
    return None


def _absorb_purpose(m: Match, by_token: dict[int, Match]) -> None:
    """A purpose clause ("to support X", "to demand Y") that serves the main event: supportive
    words (05) after aid or cooperation add their target; a demand (10) after a protest (14)
    says what the protest is for ("demonstrated to demand the president's resignation" -> 1411).
    Either way the purpose makes no event of its own."""
    if m.absorbed:
        return
    verb = m.trigger if m.entry.kind == "verb" else governor(m.trigger)
    if verb is None:
        return
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl") and c.i in by_token and c.i != m.trigger.i and (any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or (
                c.tag_ == "VBG" and m.code[:2] == "14")):
            # "demonstrated outside congress demanding new elections": what the protest is
            # for, told by a participle
            purpose = by_token[c.i]
            if purpose.code[:2] == "05" and m.code[:2] in ("06", "07"):
                purpose.absorbed = True
                if not m.target:
                    m.target = list(purpose.target)
            elif purpose.code[:2] == "10" and m.code in ("141", "142", "143", "144", "145"):
                purpose.absorbed = True
                if purpose.code[:3] == "104" and len(purpose.code) == 4:
                    m.code = m.code + purpose.code[3]  # 141x mirrors 104x
                    m.pattern = f"{m.entry.id}+{purpose.entry.id}"
                if not m.target:
                    m.target = list(purpose.target)


def _absorb_event_subject(m: Match, by_token: dict[int, Match]) -> None:
    """"A roadside bombing killed a soldier": when the subject of a violent verb is itself a
    coded violent event, that event is the one to code; it takes the verb's victims."""
    if m.entry.kind != "verb" or m.absorbed or m.code[:2] not in ("18", "19", "20"):
        return
    for s in m.source:
        noun = by_token.get(s.i)
        if noun is not None and noun.entry.kind == "noun" and noun.code[:2] in ("18", "19", "20"):
            m.absorbed = True
            # the verb's victims come before the noun's own "on/in X" words ("a bombing on
            # Sunday killed a soldier")
            if m.target:
                noun.target = list(m.target)
                noun.target_options = [list(o) for o in m.target_options] + [
                    o for o in noun.target_options if o not in m.target_options]
            return


def _apply_refusal(m: Match) -> None:
    """"will not accept refugees", "would not meet the demands", "cannot accept constraints": a
    negated future (or possible) act of cooperation is a refusal now, coded by the reject map
    (12x) with modality asserted (``refusal_aux`` in ``frames.yaml``)."""
    if m.modality != NEGATED or m.entry.frame or m.derived or not _future_negation(m.trigger):
        return
    code = _frame_code("reject", m.code)
    if code:
        m.code = code
        m.pattern = f"{m.entry.id}+reject"
        m.modality = ASSERTED


def _apply_acceptance(m: Match, by_token: dict[int, Match]) -> None:
    """"will not oppose a visit by X", "will not object to the talks": a negated future (or
    possible) objection to an act of cooperation is consent to it, coded as that act's intent
    (the intent map, 03x), asserted, aimed at the one who would do the act."""
    if (m.modality != NEGATED or m.derived or m.code[:2] not in ("11", "12")
            or not _future_negation(m.trigger)):
        return
    for c in _complement_matches(m, by_token):
        code = _frame_code("intent", c.code) if c.code[:2] in COOPERATION_ROOTS else None
        if code:
            m.code, m.modality = code, ASSERTED
            m.pattern = f"{m.entry.id}+accept+{c.entry.id}"
            if c.source:
                m.target, m.target_options = list(c.source), [list(c.source)]
            c.absorbed = True
            return


def _future_negation(tok: Token) -> bool:
    verb = tok
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in frames()["refusal_aux"] for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _apply_future(m: Match) -> None:
    """Future and intent: a planned cooperative act is coded as its CAMEO 03x intent code
    ("will visit" -> 036), a planned act of coercion or force as its 13x threat ("will ban the
    party" -> 1322, "will attack" -> 138); the event keeps modality ``future``. Other codes,
    including announced reductions of relations ("will cut aid") and protests ("will boycott"),
    keep their own code: announcing them is doing them."""
    if m.entry.frame or m.derived:
        return
    rules = ontology.lookup(m.code)  # conditional_threat, future_frame: data/code_rules.tsv
    said = m.modality == FUTURE or (m.modality == HYPOTHETICAL and in_reported_clause(m.trigger))
    if said and rules.conditional_threat and _conditioned(m.trigger):
        # "will withdraw its force unless", "said it may halt mediation if"; a narrated
        # possibility ("if talks fail, the army could attack") stays hypothetical
        frame = "threaten"
    elif said and m.modality == HYPOTHETICAL and rules.future_frame == "intent":
        # "said she might visit Quito next month": a possible cooperative act its speaker tells
        # of is an intent (03x), told as planned
        frame = "intent"
        m.modality = FUTURE
    elif m.modality != FUTURE:
        return
    else:
        frame = rules.future_frame
    code = _frame_code(frame, m.code) if frame else None
    if code:
        m.code = code
        m.pattern = f"{m.entry.id}+{frame}"


def _conditioned(tok: Token) -> bool:
    """"will withdraw unless X arranges a ceasefire": a condition clause on the trigger's verb
    or a verb it hangs from within its clause."""
    marks = frames()["hypothetical_marks"]
    verb = tok if tok.pos_ in ("VERB", "AUX") else (governor(tok) or tok.head)
    for _ in range(3):
        for c in verb.children:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks
                                         for g in c.children):
                return True
        if verb.dep_ not in ("xcomp", "conj", "aux") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _clause_subject(head: Token) -> list[Token]:
    """The subject of a clause, active or passive ("it was not involved")."""
    s = syntax.subject(head)
    if s is None:
        s = next(iter(syntax.children(head, *syntax.PASSIVE_SUBJECT_DEPS)), None)
    return [s] if s is not None else []


def _modal_verb(tok: Token) -> Token:
    """The verb whose auxiliaries a trigger's clause has: its own, or for a conjunct sharing
    the first verb's subject, that verb's ("should listen to and cooperate with")."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    while (verb.dep_ == "conj" and verb.head.i != verb.i
           and not any(c.dep_ in ("aux", *syntax.NOMINAL_SUBJECT_DEPS) for c in verb.children)):
        verb = verb.head
    return verb


def _obligation_frame(tok: Token) -> str:
    """"appeal" for "Y should X", "demand" for "Y must X"."""
    verb = _modal_verb(tok)
    soft = frames()["appeal_aux"]
    return "appeal" if any(c.dep_ == "aux" and c.lower_ in soft for c in verb.children) else "demand"


def _denies(head: Token, inner: list[Match]) -> bool:
    """A negated reported clause denies when it negates an act of conflict ("said it had not
    attacked") or one's part in something ("was not involved"); a negated belief ("did not
    expect") or a negated future or possible act ("will not oppose") denies nothing."""
    f = frames()
    if head.lemma_.lower() in f["belief_verbs"]:
        return False  # "did not expect the veto to damage ties": a belief, no denial
    if any(c.dep_ == "aux" and c.lower_ in f["future_aux"] | f["hypothetical_aux"]
           for c in head.children):
        return False  # "will not oppose a visit": a stance on what may come, no denial
    at_head = [o for o in inner if o.trigger.i == head.i or o.trigger.head.i == head.i]
    if at_head:
        return any(ontology.lookup(o.code).quad_class >= 3 for o in at_head)
    words = f["denial_words"]
    near = [head, *head.children]
    near += [g for c in head.children if c.dep_ in ("conj", "attr", "acomp") for g in c.children]
    return any(t.lemma_.lower() in words for t in near
               if t.dep_ not in ("aux", "auxpass", "neg", "punct"))


def _obligation(tok: Token) -> bool:
    """"Y must X", "Y should X": the clause states an obligation."""
    verb = _modal_verb(tok)
    return any(c.dep_ == "aux" and c.lower_ in frames()["obligation_aux"] for c in verb.children)


def _apply_aim(m: Match) -> None:
    """"demonstrated for independence" -> 1414: the political-reform leaf of a demand, appeal,
    intent, concession or protest, from what its clause says it is for."""
    anchor = m.trigger
    if m.entry.kind == "noun":
        anchor = governor(m.trigger) or m.trigger
    leaf = refinements.leaf_code(m.code, m.trigger, anchor)
    if leaf is not None and leaf != m.code:
        m.code = leaf
        m.pattern = f"{m.pattern or m.entry.id}+aim"


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok, d = tok.head, d + 1
    return d


def _apply_according_to(tokens: list[Token], matches: list[Match]) -> None:
    """"according to X" makes the clause it modifies reported by X."""
    preps = frames()["reporting_preps"]
    for tok in tokens:
        if tok.lower_ in preps and tok.dep_ == "prep":
            to = syntax.prep_child(tok, "to")
            objs = syntax.children(to, "pobj") if to is not None else []
            if not objs:
                continue
            for m in matches:
                if m.modality == ASSERTED:
                    m.modality = REPORTED
                if m.speaker is None:
                    m.speaker = objs
