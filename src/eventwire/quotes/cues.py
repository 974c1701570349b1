"""Reporting cues in a parsed Doc: which tokens are cues, the cue's words, and who the cue's speaker is.

A cue is a verb from the lexicon ("said", "insists", "told") or a phrase ("according to"). Its
speaker is read off the dependency parse: the subject of the verb, the agent of a passive, the
object of "according to", or, for a participle without a subject ("…, citing …", "a statement
saying …"), the subject of the clause it hangs from.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.quotes.lexicon import Lexicon, lexicon
from eventwire.syntax import NOMINAL_SUBJECT_DEPS

SUBJECTS = NOMINAL_SUBJECT_DEPS + ("csubj",)
# clauses whose missing subject is the subject of the verb they hang from
_INHERITS = ("advcl", "xcomp", "conj", "pcomp", "relcl")
_AUX = ("aux", "auxpass", "neg")
_BRACKETS = "[](){}<>"
_NAMING_COMPLEMENTS = ("dobj", "oprd", "xcomp", "ccomp", "attr")

# complements that make "appear" or "seem" hedge a reported clause
_HEDGED = ("xcomp", "ccomp", "acomp", "oprd", "attr")


def phrase_at(token: Token, lex: Lexicon) -> int:
    """Length of the lexicon phrase starting at ``token`` (0 if none)."""
    if token.lower_ not in lex.phrase_firsts:
        return 0
    doc = token.doc
    for phrase in lex.phrases:
        end = token.i + len(phrase)
        if end <= len(doc) and all(doc[token.i + k].lower_ == w for k, w in enumerate(phrase)):
            return len(phrase)
    return 0


def is_cue(token: Token, lex: Lexicon, *, belief: bool = False) -> bool:
    """True for a reporting verb of the lexicon (and, with ``belief``, a verb of stated belief)."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in (
        "VBD",
        "VBZ",
        "VBP",
        "VBG",
        "VBN",
        "VB",
    ):
        return False
    if token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-2).lower_ == "so":
        return False  # "so-called" names a term, it reports nothing
    if token.i >= 1 and token.nbor(-1).text in ("<", "</"):
        return False  # a markup tag left in the text ("<tweet …>"), not a word
    return lex.is_any_verb(lex.lemma(token)) if belief else lex.is_cue_verb(lex.lemma(token))


def cue_kind(token: Token, lex: Lexicon) -> str | None:
    """The class of cue ``token`` is: "speech", "belief", "intention", "prep", "stance" (or None).

    A speech verb or phrase ("said", "according to") reports on its own; the others report only
    with their complement: a clause for "belief", an infinitive for "intention", the object of
    the verb's preposition for "prep" ("called for"), the object for "stance" ("criticized X").
    """
    if phrase_at(token, lex):
        return "speech"
    if token.lower_ == "in" and survey_source(token, lex) is not None:
        return "survey"
    if label_colon(token):
        return "label"
    if token.lower_ in lex.hedge_adverbs and token.dep_ == "advmod":
        return "hedge"  # "the hackers have reportedly infiltrated …"
    pos = token.pos_
    if pos == "NOUN":
        links = (lex.noun_cues or {}).get(lex.lemma(token))
        if not links or (token.is_title and not token.is_sent_start):
            return None  # not a noun cue, or a word of a title-cased heading ("Her Plans For …")
        return "noun" if noun_content(token, links) is not None else None
    if pos != "VERB" and not is_cue(token, lex, belief=True):
        return None
    if token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-2).lower_ == "so":
        return None
    if token.i >= 1 and token.nbor(-1).text in ("<", "</"):
        return None  # a markup tag left in the text ("<tweet …>")
    lemma = lex.lemma(token)
    if _names(token, lex):
        return None  # "a town called Port Ellen", "a group named Harbour Watch": a name, not a view
    if _passive_hedge(token, lex):
        return "hedge"  # "the House is expected to pass the bill": the whole clause is reported
    if lemma in lex.as_verbs and any(
        (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ == "oprd" for c in token.children
    ):
        children = {c.dep_ for c in token.children}
        if "dobj" in children and ("nsubj" in children or subject_of(token) is not None):
            return "stance"  # "voters see him as an outsider": the object as judged
        if "nsubjpass" in children and token.tag_ == "VBN":
            return "hedge"  # "he is seen as an outsider": a view held, no one named
    preps = lex.preps_for(lemma)
    if preps and any(c.dep_ in ("prep", "prt") and c.lower_ in preps for c in token.children):
        return "prep"
    if lemma in lex.intention_verbs and any(c.dep_ == "xcomp" for c in token.children):
        return "intention"
    if lemma in lex.verbs:
        return "speech"
    if lemma in lex.hedge_verbs and any(c.dep_ in _HEDGED for c in token.children):
        if any(c.dep_ == "xcomp" and cue_kind_of_verb(c, lex) for c in token.children):
            return None  # "she seemed to blame the press": the cue is "blame", hers
        return "hedge"  # "the plan appears to have failed"
    if lemma in lex.belief_verbs:
        return "belief"
    if lemma in lex.stance_verbs:
        return "stance"
    return None


def _names(token: Token, lex: Lexicon) -> bool:
    """A participle that gives the noun before it a name ("a town called Port Ellen"); one with
    an object and a predicate ("the doctor who signed the letter called the plan a gamble")
    judges."""
    if token.dep_ != "acl" or token.tag_ != "VBN" or lex.lemma(token) not in lex.naming_verbs:
        return False
    complements = [c for c in token.children if c.dep_ in _NAMING_COMPLEMENTS]
    return len(complements) <= 1


def noun_content(noun: Token, links: frozenset[str]) -> list[Token] | None:
    """The tokens a noun cue reports: the object of one of its prepositions ("criticism of X"),
    its infinitive ("decision to run", link "to") or its clause ("claim that …", link "that")."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in links:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return [t for c in objects for t in c.subtree]
        if child.dep_ in ("acl", "ccomp", "relcl"):
            first = child.left_edge
            if first.lower_ in links and first.i == noun.i + 1 and first.lower_ in ("to", "that"):
                if first.lower_ == "that" and first.dep_ != "mark":
                    continue  # "the claim that he made": a relative clause, not the claim
                return list(child.subtree)
    return None


def noun_speaker(noun: Token) -> Token | None:
    """Who holds a noun cue: its possessor ("her criticism of …"). Without one the noun is not
    taken as a cue (on PolNeAR train, "by"/"from" objects and the subject of a governing verb
    added more false attributions than true ones)."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    return None


def cue_kind_of_verb(verb: Token, lex: Lexicon) -> bool:
    """True when ``verb`` is a cue verb of any class in the lexicon."""
    lemma = lex.lemma(verb)
    return (
        lex.is_any_verb(lemma)
        or lemma in lex.stance_verbs
        or lemma in lex.intention_verbs
        or bool(lex.preps_for(lemma))
    )


def _passive_hedge(verb: Token, lex: Lexicon) -> bool:
    """A passive cue with an infinitive ("is expected to win", "is said to have left")."""
    if verb.tag_ != "VBN" or not cue_kind_of_verb(verb, lex):
        return False
    children = list(verb.children)
    return any(c.dep_ == "nsubjpass" for c in children) and any(c.dep_ == "xcomp" for c in children)


def cue_span(token: Token, lex: Lexicon) -> Span:
    """The cue's words: the verb with its auxiliaries and negation, plus an audience ("told reporters")."""
    doc = token.doc
    n = phrase_at(token, lex)
    if n:
        return doc[token.i : token.i + n]
    start, end = token.i, token.i + 1
    while start > 0 and doc[start - 1].dep_ in _AUX and doc[start - 1].head == token:
        start -= 1
    for child in token.rights:
        if child.i != end:
            break
        if child.dep_ in ("prt",) or (
            child.dep_ in ("dobj", "dative") and child.lower_ in lex.audiences
        ):
            end = child.i + 1
    return doc[start:end]


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The token that speaks for ``verb``: its subject, passive agent, or inherited subject."""
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    # the subject nearest the verb (a parse may hang a second one from inside a quote)
    subjects = sorted(
        (c for c in verb.children if c.dep_ in SUBJECTS), key=lambda c: abs(c.i - verb.i)
    )
    for child in subjects[:1]:
        if child.dep_ == "nsubjpass" and child.lower_ in ("it", "there"):
            return None  # "it was said that …": no speaker
        return child
    if depth >= 3 or verb.head.i == verb.i:
        return None
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "a statement saying …"
    if verb.dep_ in _INHERITS:
        return subject_of(verb.head, depth + 1)
    if verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:
        return subject_of(verb.head.head, depth + 1)  # "X was quoted as saying …"
    return None


def according_to_source(token: Token) -> Token | None:
    """The object of "according to" (``token`` is "according")."""
    for child in token.children:
        if child.lower_ == "to":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None:
        for pobj in nxt.children:
            if pobj.dep_ == "pobj":
                return pobj
    return None


def survey_source(token: Token, lex: Lexicon) -> Token | None:
    """The survey of "in a poll" (``token`` is "in") when the phrase, put before the clause it
    hangs from, sets that clause's source ("In a CBS poll, she led by 12 points"), or None.
    After its clause ("she led in the polls") the phrase is a circumstance more often than a
    source (PolNeAR train: 5 attributions in 65). A clause that has a reporting verb of its
    own ("In a survey, voters said …") is that verb's attribution."""
    head = token.head
    if token.dep_ != "prep" or head.pos_ not in ("VERB", "AUX") or head.i <= token.i:
        return None
    survey = next(
        (c for c in token.children if c.dep_ == "pobj" and lex.lemma(c) in lex.survey_nouns),
        None,
    )
    return survey if survey is not None and cue_kind(head, lex) is None else None


def label_colon(token: Token) -> bool:
    """True for the colon of a speaker label opening a paragraph ("Pence: …", "SMITH: …",
    "Poll: …" in a headline).

    The label is one to five capitalised tokens at the start of a paragraph, ending in a noun or
    a name, with no digit (so "12:15 p.m." is no label), no bracket, and no word of the
    lexicon's ``not_labels`` ("Video: …", "Related: …").
    """
    if token.text != ":" or token.i == 0:
        return False
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        start -= 1
        if token.i - start > 5:
            return False
    label = doc[start : token.i]
    words = [t for t in label if not t.is_punct]
    if not words or any(ch.isdigit() or ch in _BRACKETS for ch in label.text):
        return False
    last = words[-1]
    if last.pos_ not in ("NOUN", "PROPN") and not last.text.isupper():
        return False  # a run-in heading ("The Latest: …", "Where It Stands: …")
    if any(t.lower_ in lexicon().not_labels for t in words):
        return False
    return all(t.pos_ == "PROPN" or t.text[0].isupper() for t in words)


def speaker_token(cue: Token, lex: Lexicon) -> Token | None:
    """The head token of the cue's speaker, or None."""
    if label_colon(cue):
        return cue.doc[cue.i - 1]
    if cue.lower_ in lex.hedge_adverbs or lex.lemma(cue) in lex.hedge_verbs:
        return None
    if _passive_hedge(cue, lex) or (
        lex.lemma(cue) in lex.as_verbs and any(c.dep_ == "nsubjpass" for c in cue.children)
    ):
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if cue.pos_ == "NOUN":
        return noun_speaker(cue)
    if cue.lower_ == "in":
        return survey_source(cue, lex)
    n = phrase_at(cue, lex)
    if n:
        if cue.lower_ == "according":
            return according_to_source(cue)
        last = cue.doc[cue.i + n - 1]  # "in the words of X"
        return next((c for c in last.children if c.dep_ == "pobj"), None)
    return subject_of(cue) or stranded_subject(cue)


def stranded_subject(cue: Token) -> Token | None:
    """The name in apposition right before a finite verb of saying that the parse left without
    a subject ("In a statement to the paper, her adviser, <name>, said: …" hangs the adviser
    from "the paper"): a finite verb has a subject, and the name set off just before it is it."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in SUBJECTS for c in cue.children):
        return None
    doc = cue.doc
    i = cue.i - 1
    if i < 1 or doc[i].text != ",":
        return None
    name = doc[i - 1]
    if name.dep_ != "appos" or name.pos_ not in ("PROPN", "NOUN") or name.head.i >= cue.i:
        return None
    return name


def same_paragraph(a: Token, b: Token) -> bool:
    """True when no line break separates tokens ``a`` and ``b``."""
    lo, hi = sorted((a.i, b.i))
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in a.doc[lo:hi])


def _aside(child: Token) -> bool:
    """A dependent of a speaker's noun that PolNeAR's sources leave out: a participle
    ("Ms. Berg, speaking at a rally"), a clause set off by a comma, an adverbial clause."""
    if child.dep_ in ("advcl", "dep"):
        return True
    if child.dep_ != "acl":
        return False
    comma = child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ","
    return comma or child.tag_ != "VBN"


def phrase_span(
    head: Token,
    avoid: tuple[int, int] | None = None,
    cue: Token | None = None,
    lex: Lexicon | None = None,
) -> Span:
    """The noun phrase of ``head`` (its subtree, relative clauses and appositives included, as
    PolNeAR marks sources), trimmed of edge punctuation, kept out of the content range ``avoid``,
    inside one line, and stopping before the cue ("a statement saying …" → "a statement").
    With ``lex``, a relative clause whose verb is a cue is left out (it is an attribution of
    its own)."""
    doc: Doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    for child in head.rights:
        if _aside(child):
            end = min(end, child.left_edge.i)
            continue
        # a relative clause that reports something itself is an attribution of its own:
        # "Anna Berg, who has called for a recount" → "Anna Berg"
        if (
            child.dep_ == "relcl"
            and doc[child.left_edge.i - 1].text == ","
            and lex is not None
            and cue_kind_of_verb(child, lex)
        ):
            end = min(end, child.left_edge.i - 1)
    fences = [avoid] if avoid is not None else []
    if cue is not None:
        fences.append((cue.i, cue.i + 1))
    for a_start, a_end in fences:
        if start < a_end <= head.i:
            start = a_end
        if head.i < a_start < end:
            end = a_start
    # a speaker phrase never crosses a line break (a parse may run over a dateline or heading)
    for i in range(start, head.i):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
    for i in range(head.i, end):
        if "\n" in doc[i].whitespace_ or (i > head.i and "\n" in doc[i].text):
            end = i if "\n" in doc[i].text else i + 1
            break
    while start < head.i and (
        doc[start].is_punct or doc[start].is_space or doc[start].dep_ in ("advmod", "cc", "preconj")
    ):
        start += 1
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def name_span(head: Token) -> Span:
    """The head noun with its compounds ("the union spokeswoman Anna Berg" → "… Berg")."""
    start = head.i
    for child in sorted(head.lefts, key=lambda t: -t.i):
        if child.dep_ in ("compound", "flat", "nmod", "amod", "poss") and child.i == start - 1:
            start = child.left_edge.i if child.dep_ in ("poss", "nmod") else child.i
        elif (
            child.i < start
            and child.dep_ in ("compound", "flat")
            and child.right_edge.i == start - 1
        ):
            start = child.left_edge.i
    return head.doc[start : head.i + 1]
