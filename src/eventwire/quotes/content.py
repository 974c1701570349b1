"""The reported content of a cue: the clause a reporting verb governs, or the clause "according to" sits in."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.quotes.cues import cue_kind_of_verb, noun_content, phrase_at, same_paragraph
from eventwire.quotes.lexicon import Lexicon, lexicon
from eventwire.syntax import NOMINAL_SUBJECT_DEPS

_COMPLEMENTS = ("ccomp",)
_LABEL_WORDS = 3  # words after a speaker label for it to report something
# modifiers that, after a comma at the end of a reported clause, are asides to it (tried and
# left out on PolNeAR train: appositions and participles, which its annotators often keep)
_ASIDES = ("relcl",)
# prepositions of a phrase that gives the occasion of an act, not its object
_OCCASION_PREPS = frozenset({"during", "since", "amid", "amidst", "throughout"})
# right dependents of a cue that are not part of what it reports
_NOT_OBJECT = ("punct", "cc", "conj", "advcl", "parataxis", "npadvmod", "advmod", "mark")


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range without punctuation or space at its edges (quotation marks stay inside)
    and without a trailing aside."""
    start, end = _cut_trailing(doc, start, end)
    while start < end and (
        doc[start].is_space or (doc[start].is_punct and not doc[start].is_quote)
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_space or (doc[end - 1].is_punct and not doc[end - 1].is_quote)
    ):
        end -= 1
    return (start, end) if end > start else None


def _cut_trailing(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The range without a trailing relative clause set off by a comma ("…, which opened in
    May"): PolNeAR leaves such asides out of the content."""
    for t in doc[start + 2 : end]:
        first = t.left_edge.i
        if (
            (t.dep_ in _ASIDES or _reporting_participle(t))
            and first > start + 1
            and doc[first - 1].text == ","
            and t.right_edge.i >= end - 1
            and not doc[first].is_quote
        ):
            return start, first - 1
    return start, end


def _reporting_participle(token: Token) -> bool:
    """A participle of a reporting verb ("…, arguing that …", "…, citing …"): an attribution of
    its own, not part of the clause before it."""
    if token.tag_ != "VBG" or token.dep_ not in ("advcl", "conj", "xcomp", "acl"):
        return False
    lex = lexicon()
    return lex.is_cue_verb(lex.lemma(token))


def _extent(tokens: list[Token]) -> tuple[int, int]:
    return min(t.i for t in tokens), max(t.i for t in tokens) + 1


def content_of(cue: Token, lex: Lexicon, *, kind: str = "speech") -> tuple[int, int] | None:
    """Token range ``(start, end)`` of what the cue reports, or None where it governs nothing reported.

    ``kind`` is the cue's class (see :func:`eventwire.quotes.cues.cue_kind`). "X said (that) C",
    "C, X said" and "C, X said, C" give the clause C; "C, according to X" the clause without the
    "according to" phrase; "X vowed to C" and "X urged Y to C" the infinitive (with Y); "X called
    for C" the object of the preposition; "X cited C" the object of a verb of saying.
    """
    doc = cue.doc
    if kind == "label":
        end = cue.i + 1
        while end < len(doc) and "\n" not in doc[end].text and "\n" not in doc[end - 1].whitespace_:
            end += 1
        words = sum(1 for t in doc[cue.i + 1 : end] if t.is_alpha)
        # "Twitter: @someone", "Votes: 547": a field, not words said
        return _trim(doc, cue.i + 1, end) if words >= _LABEL_WORDS else None
    if kind == "hedge":
        # the whole clause is reported, the hedge with it: "the plan appears to have failed"
        clause = cue.head if cue.dep_ == "advmod" else cue
        start, end = _extent(list(clause.subtree))
        # from the subject on ("In May, the plan seemed …" → "the plan seemed …"), without a
        # trailing participle (", applauding …")
        subject = next((c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
        if subject is not None and subject.i < clause.i:
            start = subject.left_edge.i
        for c in clause.rights:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and doc[c.left_edge.i - 1].text == ",":
                end = min(end, c.left_edge.i - 1)
        return _trim(doc, start, end)
    if kind == "survey":
        # the clause the "in a poll" phrase hangs from, without the phrase
        phrase = {t.i for t in cue.subtree}
        clause = [t for t in cue.head.subtree if t.i not in phrase and not t.is_punct]
        return _trim(doc, *_extent(clause)) if len(clause) > 1 else None
    if kind == "noun":
        tokens = noun_content(cue, (lex.noun_cues or {}).get(lex.lemma(cue), frozenset()))
        return _trim(doc, *_extent(tokens)) if tokens else None
    if phrase_at(cue, lex):
        if cue.lower_ != "according" or cue.head.i == cue.i:
            return None
        phrase = {t.i for t in cue.subtree}
        if cue.i + 1 < len(doc):
            phrase.update(t.i for t in doc[cue.i + 1].subtree)  # "to X" when parsed apart
        clause = [t for t in cue.head.subtree if t.i not in phrase and not t.is_punct]
        if not clause:
            return None
        start, end = _extent(clause)
        # the "according to" phrase at either edge is left out; in the middle it stays inside
        return _trim(doc, start, end)
    # the clause the cue governs in its own paragraph (a parse may hang a clause of the
    # paragraph before from it), the nearest first
    complements = sorted(
        (c for c in cue.children if _is_complement(cue, c, lex) and same_paragraph(cue, c)),
        key=lambda c: abs(c.i - cue.i),
    )
    for child in complements[:1]:
        start, end = _extent(list(child.subtree))
        obj = _object_before(cue, child, lex)
        if obj is not None:
            # "cited remarks the mayor had made about her": the clause qualifies the object (a
            # relative clause without "that"), and the object with it is what was cited
            return _trim(doc, *_extent(_object_phrase(cue, obj)))
        return _trim(doc, start, _second_act(cue, child, end, lex))
    that = _that_after(cue)
    if that is not None:
        # the parser lost the clause (quotation marks often break it): "X said that …" to its end
        return _trim(doc, that.i, max(cue.right_edge.i, that.head.right_edge.i) + 1)
    if kind == "belief":
        return None
    as_clause = cue.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in cue.children
    )
    if (cue.dep_ == "parataxis" or as_clause) and kind == "speech":
        # "As the Journal reported, C": the clause the "as" attribution hangs from
        # "C, X said." and "C1, X said, C2" where the parser hangs the cue from the clause
        own = {t.i for t in cue.subtree}
        clause = [t for t in cue.head.subtree if t.i not in own]
        if clause:
            return _trim(doc, *_extent(clause))
    if kind == "prep":
        return _prep_object(cue, lex)
    return _objects(cue, lex, kind)


def _is_complement(cue: Token, child: Token, lex: Lexicon) -> bool:
    """A clause the cue governs: its clausal complement, or a clause opened by "that" (or, after
    a verb of asking, "if") that the parser hung from the cue as an adverbial clause ("tweeted
    on Friday that she was …", "asked the students if they were …")."""
    if child.dep_ in _COMPLEMENTS:
        return True
    if child.dep_ != "advcl" or child.i < cue.i or child.left_edge.dep_ not in ("mark", "advmod"):
        return False
    first = child.left_edge.lower_
    return first in ("that", "whether") or (
        first == "if" and lex.lemma(cue) in lex.question_verbs
    )


def _object_before(cue: Token, clause: Token, lex: Lexicon) -> Token | None:
    """The cue's direct object right before a clause with no complementizer, where the cue is
    not a verb of addressing ("cited remarks the mayor had made", not "told reporters he would")."""
    if lex.lemma(cue) in lex.addressee_verbs or clause.left_edge.dep_ == "mark":
        return None
    for child in cue.children:
        if (
            child.dep_ == "dobj"
            and child.i < clause.i
            and child.right_edge.i + 1 == clause.left_edge.i
            and child.lower_ not in lex.audiences
        ):
            return child
    return None


def _second_act(cue: Token, clause: Token, end: int, lex: Lexicon) -> int:
    """End of a reported clause before a second reporting verb of the speaker joined to it:
    in "she said she admires him and praised his plan", "praised his plan" is an attribution
    of its own (a cue verb in the cue's tense with no subject of its own), as is "…, and
    most voters said they …" (a reporting verb with a subject and a clause of its own)."""
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or not cue_kind_of_verb(conj, lex):
            continue
        own_subject = any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in conj.children)
        reports = lex.is_cue_verb(lex.lemma(conj)) and any(c.dep_ == "ccomp" for c in conj.children)
        # "…, and most voters said they …": another speaker's attribution joined to it
        if (not own_subject and _tense(conj) == _tense(cue)) or (own_subject and reports):
            cut = conj.left_edge.i
            doc = cue.doc
            while cut > clause.i and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            return min(end, cut)
    return end


def _tense(verb: Token) -> str:
    """The verb's tag, with the past tense and the participle as one (taggers confuse them)."""
    return "VBD" if verb.tag_ == "VBN" else verb.tag_


def _prep_object(cue: Token, lex: Lexicon) -> tuple[int, int] | None:
    """The object of the cue's preposition ("called for new elections"), with a following infinitive."""
    preps = lex.preps_for(lex.lemma(cue))
    for child in cue.children:
        if child.dep_ in ("prep", "prt") and child.lower_ in preps:
            tokens = [t for c in child.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
            tokens += [
                t for c in cue.children if c.dep_ == "xcomp" and c.i > child.i for t in c.subtree
            ]
            if tokens:
                return _trim(doc_of(cue), *_extent(tokens))
    return None


def _objects(cue: Token, lex: Lexicon, kind: str) -> tuple[int, int] | None:
    """Object and infinitive of a cue ("urged voters to stay home", "cited the figures")."""
    if kind == "intention":
        # "urged voters to stay home": the infinitive is what was urged
        tokens = [t for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i for t in c.subtree]
        if tokens:
            # "wants voters to know …": who is to act belongs to what is wanted
            tokens += [
                t for c in cue.children if c.dep_ == "dobj" and c.i > cue.i for t in c.subtree
            ]
    elif lex.lemma(cue) in lex.addressee_verbs:
        return None  # "told the nominee": the object is who was addressed
    else:
        # "cited the figures", "called the plan a mistake", "described it as a failure"
        # a gerund is an object too ("support reforming the system")
        objects = [
            c
            for c in cue.children
            if (c.dep_ in ("dobj", "oprd") or (c.dep_ == "xcomp" and c.tag_ == "VBG"))
            and c.i > cue.i
            and c.lower_ not in lex.audiences
        ]
        tokens = []
        if objects:
            tokens = _object_phrase(cue, objects[0], judged=kind == "stance")
            if kind == "stance":
                tokens = _without_trailing_occasion(tokens, objects)
    words = [t for t in tokens if not t.is_punct]
    # one word is enough for a judged name or pronoun ("attacked Trump", "attacked it"), not
    # for "said it"
    named = kind == "stance" and len(words) == 1 and words[0].pos_ in ("PROPN", "PRON")
    if len(words) < 2 and not named:
        return None
    return _trim(doc_of(cue), *_extent(tokens))


def _object_phrase(cue: Token, first: Token, *, judged: bool = False) -> list[Token]:
    """The cue's dependents from its object ``first`` on: what follows the object belongs to it
    ("proposed $1 billion in funds to help …"); for a verb of judging (``judged``), short of the
    occasion of the act ("criticized the plan during the hearing")."""
    return [
        t
        for c in cue.children
        if c.i >= first.i and c.dep_ not in _NOT_OBJECT and not (judged and _occasion(c))
        for t in c.subtree
    ]


def _occasion(prep: Token) -> bool:
    """A phrase that says when or amid what something was said ("during the debate", "since
    Monday", "amid the protests"): the occasion of the act, not what it is about."""
    return prep.dep_ == "prep" and prep.lower_ in _OCCASION_PREPS


def _without_trailing_occasion(tokens: list[Token], objects: list[Token]) -> list[Token]:
    """An object without an occasion phrase the parser hung from it at its end ("attacked
    the mayor since the debate")."""
    cut = None
    for obj in objects:
        for t in obj.subtree:
            if _occasion(t) and t.right_edge.i == obj.right_edge.i and t.i > obj.i:
                cut = t.i if cut is None else min(cut, t.i)
    return tokens if cut is None else [t for t in tokens if t.i < cut]


def doc_of(token: Token) -> Doc:
    return token.doc


def _that_after(cue: Token) -> Token | None:
    """A complementizer "that" right after the cue or after its object ("told reporters that")."""
    doc = cue.doc
    i = cue.i + 1
    for child in cue.rights:
        if i < len(doc) and doc[i].lower_ == "that" and doc[i].tag_ == "IN":
            return doc[i]
        if child.dep_ in ("dobj", "dative", "prt", "advmod", "npadvmod") and child.left_edge.i == i:
            i = child.right_edge.i + 1
    if i < len(doc) and doc[i].lower_ == "that" and doc[i].tag_ == "IN":
        return doc[i]
    return None
