"""Matching: clause -> lexicon entry -> CAMEO code, modality and argument tokens.

Works on a parsed Doc alone (no actors needed): :func:`match_sentence` finds, at every word of a
sentence, the most specific lexicon entry whose conditions hold, as a :class:`Match` whose
sources and targets are tokens, and the entries that nearly matched. The frame rules
(:mod:`.frame_rules`) then combine the matches; :mod:`.build` maps them to actor ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from eventwire import syntax
from eventwire.events import ontology
from eventwire.events.lexicon import NO_EVENT, Entry, Lexicon, frames
from eventwire.events.modality import ASSERTED, modality

NOUN_SOURCE = ("possessor", "prep:by", "modifier", "governor", "between:first")
NOUN_TARGET = ("prep:of", "prep:against", "prep:on", "prep:to", "prep:with", "prep:into",
               "prep:toward", "prep:towards", "prep:from", "undergoer", "between:second",
               "prep:about", "prep:over", "prep:at")  # "complaints about X" last
THING_TARGET = ("prep:on", "prep:against", "prep:to", "prep:with", "prep:from", "prep:for",
                "prep:in", "dative")
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
    # every slot's filler, in preference order, for build to take the first naming an actor
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
    if pos == "VERB" or (pos in ("ADJ", "AUX") and tok.tag_ in ("VBN", "VBG", "VBD")):
        return "verb"
    if pos == "NOUN" or (pos == "PROPN" and tok.ent_type_ == ""):
        return "noun"
    if pos == "ADJ" and tok.dep_ in ("acomp", "ROOT"):
        return "adj"
    return None


def governor(noun: Token) -> Token | None:
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
        return governor(noun.head)
    return None


def check(entry: Entry, tok: Token) -> str | None:
    """None if ``entry`` matches at ``tok``, else why not (for explain's near misses)."""
    if entry.particle:
        words = entry.particle.split()
        if words[0] not in syntax.particle(tok) and syntax.prep_child(tok, words[0]) is None:
            return f"needs particle {entry.particle!r}"
    if entry.prep:
        ok = _prep_not_time(tok, entry.prep)
        if not ok and entry.kind == "noun":
            gov = governor(tok)
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
        if obj is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
            obj = tok.head  # "a poll released on Monday": the noun is what was released
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
        if obj is not None and (obj.ent_type_ in ("PERSON", "CARDINAL") or obj.pos_ == "NUM"):
            # "Smith was held", "the six were held": a person named, or people counted
            words.add("@person")
        # "*": any direct object ("returned the weapons", not "returned home")
        if not (words & set(entry.object) or ("*" in entry.object and obj is not None)):
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
        clauses = syntax.complements(tok)
        comps = {c.lemma_.lower() for c in clauses
                 if not (entry.frame in ("demand", "appeal") and _told_as_done(c))}
        comps |= {"@" + c.dep_ for c in clauses}
        # a complement verb with its object ("declined to give details"): "give detail"
        comps |= {f"{c.lemma_.lower()} {o.lemma_.lower()}" for c in clauses
                  if (o := syntax.direct_object(c)) is not None}
        if any(syntax.is_question(c) for c in clauses):
            comps.add("@question")  # "asked whether ...", "asked why ..."
        for p in tok.children:
            # a phrase before the verb ("In her comments on the deal, the House refused …")
            # or of time or nearness is the act's setting, not its complement
            if (p.dep_ == "prep" and p.i > tok.i
                    and p.lower_ not in frames()["setting_preps"]):
                for c in p.children:
                    if c.dep_ in ("pobj", "pcomp"):
                        comps.add(c.lemma_.lower())
                        comps |= {g.lemma_.lower() for g in c.children
                                  if g.dep_ in ("compound", "amod")}
        if not comps & set(entry.comp):
            return f"needs complement in {list(entry.comp)[:4]}…"
    return None


def _told_as_done(clause: Token) -> bool:
    """A complement clause in a tense of its own ("told reporters that Peru had stopped the
    talks"): what is reported, not what one is told or asked to do ("told Peru to stop",
    "demanded that Peru stop")."""
    return clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" and c.tag_ != "MD"
        for c in clause.children)


def _modifier_actor(noun: Token) -> list[Token]:
    """Adjective or compound naming an actor: "Western sanctions", "Russian invasion"."""
    return [c for c in noun.children
            if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i
            and (c.ent_type_ in ACTOR_ENTS or c.pos_ == "PROPN")]


def _prep_not_time(tok: Token, prep: str) -> bool:
    """``tok`` governs ``prep`` and the preposition's object is not a time: "called on Tuesday
    for X" is no call on anyone."""
    p = syntax.prep_child(tok, prep)
    if p is None:
        # "called for the minister to be sacked": the preposition opens a clause
        return any(c.dep_ in ("advcl", "ccomp", "xcomp") and any(
            m.dep_ == "mark" and m.lower_ == prep for m in c.children) for c in tok.children)
    objects = [c for c in p.children if c.dep_ in ("pobj", "pcomp")]
    return not objects or bool(_not_time(objects))


def _not_time(tokens: list[Token]) -> list[Token]:
    """Leave out times ("on Monday", "in May"): a date is never acted upon."""
    return [t for t in tokens if t.ent_type_ not in ("DATE", "TIME")]


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
    if slot == "described":
        return [tok.head] if tok.dep_ == "acl" else []
    if slot == "dative":
        d = syntax.dative(tok)
        return [d] if d is not None else []
    if slot == "possessor":
        return syntax.children(tok, "poss")
    if slot == "modifier":
        return _modifier_actor(tok)
    if slot == "governor":
        gov = governor(tok)
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
    if slot == "comp-subject":
        # "complaints that Kampala was breaking the pact": who the clause is about
        for c in tok.children:
            if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"):
                subj = syntax.subject(c)
                if subj is not None and subj.lower_ not in ("it", "there", "this", "that"):
                    return [subj]
        return []
    if slot == "comp-object":
        for c in syntax.complements(tok):
            o = syntax.direct_object(c)
            if o is not None:
                return [o]
        return []
    if slot.startswith("between:"):
        # "talks between Sudan and South Sudan": the first side acts, the second is acted upon
        # "between Thai and Cambodian border guards": one side per conjoined adjective
        sides = [t for p in syntax.children(tok, "prep") if p.lower_ == "between"
                 for g in syntax.children(p, "pobj") for c in syntax.conjuncts(g)
                 for t in (*syntax.conjoined_modifiers(c), c)]
        if len(sides) < 2:
            return []
        return [sides[0]] if slot == "between:first" else sides[1:2]
    if slot.startswith("prep:"):
        prep = slot[5:]
        found = _not_time(syntax.prep_objects(tok, prep))
        if not found and entry.kind == "noun":
            gov = governor(tok)
            if gov is not None:
                found = _not_time(syntax.prep_objects(gov, prep))
        if not found and entry.kind == "verb":
            obj = syntax.direct_object(tok)
            if obj is not None and entry.object:
                found = _not_time(syntax.prep_objects(obj, prep))
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
                for c in syntax.conjuncts(f):
                    # "Kenyan and Ugandan border authorities": one participant per adjective
                    out += [m for m in [c, *syntax.conjoined_modifiers(c)] if m not in out]
            options.append(out)
    return options


def _fill(slots: tuple[str, ...], tok: Token, entry: Entry) -> list[Token]:
    options = _fill_all(slots, tok, entry)
    return options[0] if options else []


def _described_object(tok: Token, entry: Entry) -> bool:
    """A past participle describing a noun that the entry asks for as its object ("the
    prisoners held in the camp"): a reduced passive even without its "by" agent, where the
    parser's "acl" is otherwise read as active (``syntax.reduced_passive``)."""
    return (entry.kind == "verb" and bool(entry.object) and "*" not in entry.object
            and tok.dep_ == "acl" and tok.tag_ == "VBN" and syntax.direct_object(tok) is None)


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


def _hyphenated_verb(tok: Token) -> str | None:
    """The lemma of a verb written with a hyphen ("pepper-sprayed" -> "pepper-spray"), when the
    tokenizer split it into a word, a hyphen and the verb."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or (
            doc[tok.i - 2].whitespace_ or not doc[tok.i - 2].is_alpha):
        return None
    return f"{doc[tok.i - 2].lemma_.lower()}-{tok.lemma_.lower()}"


def match_token(tok: Token, lex: Lexicon, sentence: int) -> tuple[Match | None, list[NearMiss]]:
    """The best lexicon match at ``tok`` (most specific entry whose conditions hold) and the
    entries that nearly matched."""
    kind = _kind(tok)
    if kind is None:
        return None, []
    lemma = tok.lemma_.lower()
    cands = lex.candidates(kind, lemma)
    if kind == "verb" and (joined := _hyphenated_verb(tok)):
        # "pepper-sprayed", "tear-gassed": the tokenizer splits the verb at its hyphen
        cands = lex.candidates(kind, joined) or cands
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
        elif best is None or e.beats(best):
            best = e
    if best is None or best.code == NO_EVENT:
        return None, near
    src_slots, tgt_slots = _default_slots(best, syntax.is_passive(tok))
    if _described_object(tok, best):
        # "the missionaries, held for two weeks": the noun was acted upon; only a "by"
        # phrase names who acted
        src_slots, tgt_slots = ("agent",), ("described",)
    source_options = _fill_all(src_slots, tok, best)
    source = source_options[0] if source_options else []
    target_options = [[t for t in o if t not in source] for o in _fill_all(tgt_slots, tok, best)]
    target_options = [o for o in target_options if o]
    if ontology.lookup(best.code).place_target and "none" not in tgt_slots:
        # aid, deployments, force: the country where it happens is the target when no actor is
        # named ("deployed troops in Bosnia"); build tries these last
        for prep in ("to", "in", "into"):
            extra = [t for t in _slot(f"prep:{prep}", tok, best) if t not in source]
            if extra and extra not in target_options:
                target_options.append(extra)
    target = target_options[0] if target_options else []
    m = Match(entry=best, code=best.code, trigger=tok, sentence=sentence, source=source,
              target=target, modality=modality(tok), extra=_extra_tokens(best, tok),
              pattern=best.id, source_options=source_options, target_options=target_options)
    return m, near


def match_sentence(tokens: list[Token], lex: Lexicon, sentence: int
                   ) -> tuple[list[Match], list[NearMiss]]:
    """The match at each word of one sentence (``tokens`` in order) and the near misses."""
    matches, near = [], []
    for tok in tokens:
        m, nm = match_token(tok, lex, sentence)
        near += nm
        if m is not None:
            matches.append(m)
    return matches, near
