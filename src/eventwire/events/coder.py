"""The event coder's core: clause -> lexicon match -> CAMEO code, modality and argument tokens.

Works on a parsed Doc alone (no actors needed): :func:`code_doc` returns :class:`Match` objects
whose sources and targets are tokens; :mod:`eventwire.events.resolve` maps them to actor ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventwire.events import aims, ontology, syntax
from eventwire.events.lexicon import Entry, Lexicon, frames, load
from eventwire.events.modality import (
    ASSERTED,
    FUTURE,
    HYPOTHETICAL,
    NEGATED,
    REPORTED,
    in_reported_clause,
    modality,
)

VERB_POS = ("VERB",)
NOUN_POS = ("NOUN",)
COMPLEMENT_FRAMES = ("intent", "appeal", "demand", "reject", "threaten")
SPEECH_FRAMES = ("say", "accuse", "deny")
FRAME_DEFAULT = {"appeal": "020", "demand": "100"}  # the root code of a bare appeal or demand
NOUN_SOURCE = ("possessor", "prep:by", "modifier", "governor")
NOUN_TARGET = ("prep:of", "prep:against", "prep:on", "prep:to", "prep:with", "prep:into",
               "prep:toward", "prep:towards", "prep:from", "undergoer")
THING_TARGET = ("prep:on", "prep:against", "prep:to", "prep:with", "prep:from", "prep:for",
                "prep:in", "dative")
PLACE_TARGET_ROOTS = ("04", "07", "08", "15", "17", "18", "19", "20")
ACTOR_ENTS = ("GPE", "NORP", "ORG", "PERSON", "LOC", "FAC")


@dataclass
class Match:
    """One lexicon entry matched at one trigger, with its arguments as tokens."""

    entry: Entry
    code: str
    trigger: Token
    sentence: int
    source: list[Token] = field(default_factory=list)
    target: list[Token] = field(default_factory=list)
    # every slot's filler, in preference order, for resolve to take the first naming an actor
    source_options: list[list[Token]] = field(default_factory=list)
    target_options: list[list[Token]] = field(default_factory=list)
    modality: str = ASSERTED
    extra: list[Token] = field(default_factory=list)  # particle/preposition/aux shown in the trigger
    pattern: str = ""
    speaker: list[Token] | None = None  # who reported it, for events inside reported speech
    absorbed: bool = False  # folded into a frame event ("pledged to withdraw" -> one 035 event)
    derived: str | None = None  # "accuse" / "deny" for events made by a speech transformation
    complement: Span | None = None  # the reported clause, for speech frames

    @property
    def trigger_span(self) -> Span:
        toks = [self.trigger] + self.extra
        lo, hi = min(t.i for t in toks), max(t.i for t in toks)
        if hi - lo > 6:
            lo = hi = self.trigger.i
        return self.trigger.doc[lo : hi + 1]


@dataclass
class NearMiss:
    """An entry whose trigger word was there but whose conditions were not met."""

    entry: Entry
    trigger: Token
    reason: str


def _kind(tok: Token) -> str | None:
    pos = tok.pos_
    if pos in VERB_POS or (pos in ("ADJ", "AUX") and tok.tag_ in ("VBN", "VBG", "VBD")):
        return "verb"
    if pos in NOUN_POS or (pos == "PROPN" and tok.ent_type_ == ""):
        return "noun"
    if pos == "ADJ" and tok.dep_ in ("acomp", "ROOT"):
        return "adj"
    return None


def _governor(noun: Token) -> Token | None:
    """The verb a noun event hangs from: as object of a support verb, or object of a support
    preposition ("was in China for a visit")."""
    f = frames()
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
        if any(form in f["support_verbs"] for form in syntax.lemma_forms(head)):
            return head
        return None
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in f["support_preps"]:
        verb = head.head
        if verb.pos_ in ("VERB", "AUX"):
            return verb
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        adj = head.head  # "is responsible for mass killings", "guilty of atrocities"
        if adj.pos_ == "ADJ" and adj.lower_ in f["responsibility_adjectives"] and adj.dep_ == "acomp":
            return adj.head
    if noun.dep_ == "conj":
        return _governor(noun.head)
    return None


def check(entry: Entry, tok: Token) -> str | None:
    """None if ``entry`` matches at ``tok``, else why not (for explain's near misses)."""
    if entry.particle:
        words = entry.particle.split()
        if words[0] not in syntax.particle(tok) and syntax.prep_child(tok, words[0]) is None:
            return f"needs particle {entry.particle!r}"
    if entry.prep:
        ok = syntax.prep_child(tok, entry.prep) is not None
        if not ok and entry.kind == "noun":
            gov = _governor(tok)
            ok = gov is not None and syntax.prep_child(gov, entry.prep) is not None
        if not ok and entry.kind == "verb":
            obj = syntax.direct_object(tok)
            ok = obj is not None and syntax.prep_child(obj, entry.prep) is not None
        if not ok:
            return f"needs preposition {entry.prep!r}"
    if entry.object and entry.kind == "noun":
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
        mods |= {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
        if not mods & set(entry.object):
            return f"needs modifier in {list(entry.object)[:4]}…"
    elif entry.object:
        obj = syntax.direct_object(tok)
        words = set()
        if obj is not None:
            words = {obj.lemma_.lower(), obj.lower_} | {
                c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")}
            # "700 kg of medicine", "tons of food": the measured noun counts as the object
            for p in syntax.children(obj, "prep"):
                if p.lower_ == "of":
                    for g in syntax.children(p, "pobj"):
                        words |= {g.lemma_.lower()} | {c.lemma_.lower() for c in g.children
                                                       if c.dep_ in ("compound", "amod")}
        if not words & set(entry.object):
            got = obj.text if obj is not None else "none"
            return f"needs object in {list(entry.object)[:4]}… (object: {got})"
    if entry.subject and entry.kind == "verb":
        subj = syntax.subject(tok)
        words = set()
        if subj is not None:
            words = {subj.lemma_.lower(), subj.lower_} | {
                c.lemma_.lower() for c in subj.children if c.dep_ in ("compound", "amod")}
            # "the first deployment of peacekeeping troops": the "of" noun counts too
            for p in syntax.children(subj, "prep"):
                if p.lower_ == "of":
                    for g in syntax.children(p, "pobj"):
                        words |= {g.lemma_.lower()} | {c.lemma_.lower() for c in g.children
                                                       if c.dep_ in ("compound", "amod")}
        if not words & set(entry.subject):
            got = subj.text if subj is not None else "none"
            return f"needs subject in {list(entry.subject)[:4]}… (subject: {got})"
    if entry.comp:
        comps = {c.lemma_.lower() for c in syntax.complements(tok)}
        comps |= {"@" + c.dep_ for c in syntax.complements(tok)}
        for p in tok.children:
            if p.dep_ == "prep":
                for c in p.children:
                    if c.dep_ in ("pobj", "pcomp"):
                        comps.add(c.lemma_.lower())
                        comps |= {g.lemma_.lower() for g in c.children
                                  if g.dep_ in ("compound", "amod")}
        if not comps & set(entry.comp):
            return f"needs complement in {list(entry.comp)[:4]}…"
    return None


def _modifier_actor(noun: Token) -> list[Token]:
    """Adjective or compound naming an actor: "Western sanctions", "Russian invasion"."""
    return [c for c in noun.children
            if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i
            and (c.ent_type_ in ACTOR_ENTS or c.pos_ == "PROPN")]


def _slot(slot: str, tok: Token, entry: Entry) -> list[Token]:
    if slot == "subject":
        if entry.kind == "adj":  # "X is skeptical": the subject of the copula
            s = syntax.subject(tok.head) if tok.dep_ == "acomp" else None
            return [s] if s is not None else []
        s = syntax.subject(tok)
        if s is None and syntax.is_passive(tok) and tok.lower_ in frames()["stative_participles"]:
            # "X is committed to", "X is opposed to": the passive subject holds the attitude
            s = syntax.direct_object(tok)
        return [s] if s is not None else []
    if slot == "agent":
        a = syntax.agent_of(tok)
        return [a] if a is not None else []
    if slot == "object":
        o = syntax.direct_object(tok)
        return [o] if o is not None else []
    if slot == "dative":
        d = syntax.dative(tok)
        return [d] if d is not None else []
    if slot == "possessor":
        return syntax.children(tok, "poss")
    if slot == "modifier":
        return _modifier_actor(tok)
    if slot == "governor":
        gov = _governor(tok)
        if gov is None:
            return []
        s = syntax.subject(gov)
        if s is None and syntax.is_passive(gov):
            # "X was engaged in ethnic cleansing": the passive subject performs the noun's act
            s = syntax.direct_object(gov)
            if s is not None and s.i == tok.i:
                s = None
        return [s] if s is not None else []
    if slot == "undergoer":
        # "came under sanctions / attack / fire": the subject of the governing verb undergoes it
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"):
            s = syntax.subject(head.head)
            return [s] if s is not None else []
        return []
    if slot == "purpose":
        # "provided weapons to support X": the purpose clause names who benefits
        for c in tok.children:
            if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children):
                o = syntax.direct_object(c)
                if o is not None:
                    return [o]
        return []
    if slot == "comp-object":
        for c in syntax.complements(tok):
            o = syntax.direct_object(c)
            if o is not None:
                return [o]
        return []
    if slot.startswith("prep:"):
        prep = slot[5:]
        found = syntax.prep_objects(tok, prep)
        if not found and entry.kind == "noun":
            gov = _governor(tok)
            if gov is not None:
                found = syntax.prep_objects(gov, prep)
        if not found and entry.kind == "verb":
            obj = syntax.direct_object(tok)
            if obj is not None and entry.object:
                found = syntax.prep_objects(obj, prep)
        return found
    return []


def _fill_all(slots: tuple[str, ...], tok: Token, entry: Entry) -> list[list[Token]]:
    """The fillers of each slot that has one, in the entry's order of preference."""
    options = []
    for slot in slots:
        if slot == "none":
            break
        found = _slot(slot, tok, entry)
        if found:
            out: list[Token] = []
            for f in found:
                out += [c for c in syntax.conjuncts(f) if c not in out]
            options.append(out)
    return options


def _fill(slots: tuple[str, ...], tok: Token, entry: Entry) -> list[Token]:
    options = _fill_all(slots, tok, entry)
    return options[0] if options else []


def _default_slots(entry: Entry, passive: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if entry.kind == "noun":
        return entry.source or NOUN_SOURCE, entry.target or NOUN_TARGET
    source = entry.source or ("subject",)
    if entry.target:
        target = entry.target
    elif entry.prep:
        target = (f"prep:{entry.prep}",)
    elif entry.object:
        target = THING_TARGET + ("object",)
    else:
        target = ("object", "dative")
    return source, target


def _extra_tokens(entry: Entry, tok: Token) -> list[Token]:
    out = []
    for c in tok.children:
        near = 0 < c.i - tok.i <= 2
        is_prep = entry.prep and c.lower_ == entry.prep and c.dep_ in ("prep", "agent")
        if near and (c.dep_ == "prt" or is_prep):
            out.append(c)
        if (c.dep_ in ("aux", "neg") and c.i < tok.i and tok.i - c.i <= 3
                and not any(t.is_punct for t in tok.doc[c.i + 1 : tok.i])):
            out.append(c)
    return out


def match_token(tok: Token, lex: Lexicon, sentence: int) -> tuple[Match | None, list[NearMiss]]:
    """The best lexicon match at ``tok`` (most specific entry whose conditions hold) and the
    entries that nearly matched."""
    kind = _kind(tok)
    if kind is None:
        return None, []
    lemma = tok.lemma_.lower()
    cands = lex.candidates(kind, lemma)
    if not cands and lemma != tok.lower_:
        cands = lex.candidates(kind, tok.lower_)
    if not cands and kind == "verb":
        for form in syntax.lemma_forms(tok)[1:]:  # a lemmatizer miss: "staged" -> "stag"
            cands = lex.candidates(kind, form)
            if cands:
                break
    best: Entry | None = None
    near = []
    for e in cands:
        why = check(e, tok)
        if why is not None:
            near.append(NearMiss(e, tok, why))
        elif best is None or e.specificity > best.specificity:
            best = e
    if best is None:
        return None, near
    src_slots, tgt_slots = _default_slots(best, syntax.is_passive(tok))
    source_options = _fill_all(src_slots, tok, best)
    source = source_options[0] if source_options else []
    target_options = [[t for t in o if t not in source] for o in _fill_all(tgt_slots, tok, best)]
    target_options = [o for o in target_options if o]
    if best.code[:2] in PLACE_TARGET_ROOTS and "none" not in tgt_slots:
        # aid, deployments, force: the country where it happens is the target when no actor is
        # named ("deployed troops in Bosnia"); resolve tries these last
        for prep in ("to", "in", "into"):
            extra = [t for t in _slot(f"prep:{prep}", tok, best) if t not in source]
            if extra and extra not in target_options:
                target_options.append(extra)
    target = target_options[0] if target_options else []
    m = Match(entry=best, code=best.code, trigger=tok, sentence=sentence, source=source,
              target=target, modality=modality(tok), extra=_extra_tokens(best, tok),
              pattern=best.id, source_options=source_options, target_options=target_options)
    return m, near


def _frame_code(frame: str, code: str) -> str | None:
    table = frames().get(frame) or {}
    for n in (4, 3, 2):
        if code[:n] in table and len(code) >= n:
            return str(table[code[:n]])
    return None


def _complement_matches(m: Match, by_token: dict[int, Match]) -> list[Match]:
    """Matches that are the direct complement of a frame verb: "pledged to withdraw",
    "called for a ceasefire", "threatened sanctions"."""
    tok = m.trigger
    out = []
    for c in tok.children:
        # the object the entry asks for ("reached an agreement") is not itself a complement
        own_object = c.lemma_.lower() in m.entry.object
        if (c.dep_ in ("xcomp", "ccomp", "dobj", "nsubjpass", "acl") and c.i in by_token
                and not own_object):
            out.append(by_token[c.i])
        if c.dep_ == "prep" and c.lower_ in ("for", "on", "to", "with"):
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
    for comp in _complement_matches(m, by_token):
        code = _frame_code(m.entry.frame, comp.code)
        if code is None:
            continue
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
        for o in extra:
            if o not in m.target_options:
                m.target_options.append(list(o))
        return


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
    negated claim about the speaker's own side a denial (decided on actors in resolve)."""
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
    if m.entry.frame == "say":
        for o in inner:
            if o.derived or o.entry.frame in SPEECH_FRAMES or not _obligation(o.trigger):
                continue
            frame = _obligation_frame(o.trigger)
            code = _frame_code(frame, o.code) or FRAME_DEFAULT[frame]
            derived.append(Match(
                entry=m.entry, code=code, trigger=m.trigger, sentence=m.sentence,
                source=list(m.source), target=list(o.source), extra=m.extra,
                pattern=f"{m.entry.id}+{frame}+{o.entry.id}", derived=frame,
                modality=m.modality))
            o.absorbed = True
        head = _complement_head(span)
        if head is not None and _obligation(head) and not any(
                o.trigger.i == head.i for o in inner):
            s = syntax.subject(head)
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
            if ontology.lookup(o.code).quad_class == 4 and o.modality == REPORTED:
                derived.append(Match(
                    entry=m.entry, code="112", trigger=m.trigger, sentence=m.sentence,
                    source=list(m.source), target=list(o.source), extra=m.extra,
                    pattern=f"{m.entry.id}+accuse", derived="accuse", modality=m.modality))
        head = _complement_head(span)
        if head is not None and modality(head) == NEGATED and _denies(head, inner):
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
    verb = m.trigger if m.entry.kind == "verb" else _governor(m.trigger)
    if verb is None:
        return
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl") and c.i in by_token and c.i != m.trigger.i and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
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
    """"will not accept refugees", "would not meet the demands": a negated future act of
    cooperation is a refusal now, coded by the reject map (12x) with modality asserted."""
    if m.modality != NEGATED or m.entry.frame or m.derived or not _future_negation(m.trigger):
        return
    code = _frame_code("reject", m.code)
    if code:
        m.code = code
        m.pattern = f"{m.entry.id}+reject"
        m.modality = ASSERTED


def _future_negation(tok: Token) -> bool:
    verb = tok
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall") for c in verb.children):
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
    root = m.code[:2]
    said = m.modality == FUTURE or (m.modality == HYPOTHETICAL and in_reported_clause(m.trigger))
    if said and root in CONDITIONAL_THREAT_ROOTS and _conditioned(m.trigger):
        # "will withdraw its force unless", "said it may halt mediation if"; a narrated
        # possibility ("if talks fail, the army could attack") stays hypothetical
        frame = "threaten"
    elif m.modality != FUTURE:
        return
    else:
        frame = "intent" if root in ("04", "05", "06", "07", "08") else (
            "threaten" if root in ("17", "18", "19", "20") else None)
    code = _frame_code(frame, m.code) if frame else None
    if code:
        m.code = code
        m.pattern = f"{m.entry.id}+{frame}"


# Roots whose planned or possible acts, made conditional on the other side ("unless", "if"),
# are threats (13x): protests, reductions of relations, coercion and force.
CONDITIONAL_THREAT_ROOTS = ("14", "15", "16", "17", "18", "19", "20")


def _conditioned(tok: Token) -> bool:
    """"will withdraw unless X arranges a ceasefire": a condition clause on the trigger's verb
    or a verb it hangs from within its clause."""
    marks = frames()["hypothetical_marks"]
    verb = tok if tok.pos_ in ("VERB", "AUX") else (_governor(tok) or tok.head)
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


def _obligation_frame(tok: Token) -> str:
    """"appeal" for "Y should X", "demand" for "Y must X"."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    soft = frames()["appeal_aux"]
    return "appeal" if any(c.dep_ == "aux" and c.lower_ in soft for c in verb.children) else "demand"


def _denies(head: Token, inner: list[Match]) -> bool:
    """A negated reported clause denies when it negates an act of conflict ("said it had not
    attacked") or one's part in something ("was not involved")."""
    at_head = [o for o in inner if o.trigger.i == head.i or o.trigger.head.i == head.i]
    if at_head:
        return any(ontology.lookup(o.code).quad_class >= 3 for o in at_head)
    words = frames()["denial_words"]
    near = [head, *head.children]
    near += [g for c in head.children if c.dep_ in ("conj", "attr", "acomp") for g in c.children]
    return any(t.lemma_.lower() in words for t in near
               if t.dep_ not in ("aux", "auxpass", "neg", "punct"))


def _obligation(tok: Token) -> bool:
    """"Y must X", "Y should X": the clause states an obligation."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.dep_ == "aux" and c.lower_ in frames()["obligation_aux"] for c in verb.children)


def code_sentence(sent: Span, sentence: int, lex: Lexicon | None = None
                  ) -> tuple[list[Match], list[NearMiss]]:
    """All matches in one sentence, after frames (intent/appeal/demand/speech) are applied."""
    lex = lex or load()
    matches, near = [], []
    tokens = list(sent)  # one Token object per word, shared by both passes below
    for tok in tokens:
        m, nm = match_token(tok, lex, sentence)
        near += nm
        if m is not None:
            matches.append(m)
    by_token = {m.trigger.i: m for m in matches}
    for m in matches:
        # "imposed sanctions", "launched an attack": the verb's entry already codes its noun
        if m.entry.kind == "noun":
            gov = _governor(m.trigger)
            if gov is not None and gov.i in by_token and by_token[gov.i].entry.frame is None:
                m.absorbed = True
            head = by_token.get(m.trigger.head.i)
            if (head is not None and m.trigger.dep_ in ("dobj", "nsubjpass")
                    and m.trigger.lemma_.lower() in head.entry.object):
                m.absorbed = True  # "lifted the embargo": the verb entry names the noun
    for m in matches:
        if m.entry.frame in COMPLEMENT_FRAMES:
            _apply_complement_frame(m, by_token)
    for m in matches:
        _absorb_purpose(m, by_token)
        _absorb_event_subject(m, by_token)
    for m in matches:
        if not m.absorbed:
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
    return matches + derived, near


def _apply_aim(m: Match) -> None:
    """"demonstrated for independence" -> 1414: the political-reform leaf of a demand, appeal,
    intent, concession or protest, from what its clause says it is for."""
    anchor = m.trigger
    if m.entry.kind == "noun":
        anchor = _governor(m.trigger) or m.trigger
    leaf = aims.aim_code(m.code, m.trigger, anchor)
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


def code_doc(doc: Doc, lex: Lexicon | None = None) -> tuple[list[Match], list[NearMiss]]:
    """Code every sentence of a parsed Doc; never raises on odd input."""
    lex = lex or load()
    matches: list[Match] = []
    near: list[NearMiss] = []
    if not len(doc) or not doc.has_annotation("DEP"):
        return matches, near
    for i, sent in enumerate(doc.sents):
        m, n = code_sentence(sent, i, lex)
        matches += m
        near += n
    return matches, near
