"""The dependency parse as every stage reads it: named label sets and argument finding.

The groups of spaCy (ClearNLP) dependency labels that mean one thing (a subject, a passive
subject, an object) are named here once, and the pure functions of tokens built on them
(subject, object, prepositional objects, conjuncts, noun phrases) are shared by the stages
(actors, quotes, events) and by ``eventwire explain``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

SUBJECT_DEPS = ("nsubj", "csubj", "expl")  # the subject of an active clause
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")  # the subject of a passive clause
NOMINAL_SUBJECT_DEPS = ("nsubj", "nsubjpass")  # a noun (phrase) as subject, either voice
OBJECT_DEPS = ("dobj", "obj")
AUXILIARY_DEPS = ("aux", "auxpass")  # "has been", "will be", "was (taken)"
RELATIVE_PRONOUNS = ("who", "which", "that", "whom")
# Nouns for texts through which their issuer speaks ("a declaration demanding reforms").
DOCUMENT_NOUNS = ("declaration", "statement", "communique", "resolution", "letter", "report",
                  "message", "petition", "appeal", "manifesto", "memorandum", "note")
NOMINAL_POS = ("NOUN", "PROPN", "PRON")  # words that head a noun phrase


def is_passive(verb: Token) -> bool:
    """A passive clause, or a past participle modifying a noun ("rebels backed by Rwanda")."""
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children) or (
        reduced_passive(verb))


def reduced_passive(verb: Token) -> bool:
    """"rebels backed by Rwanda": a past participle with its "by" agent, hanging from the noun
    it acts upon (without the agent the parser's "acl" is too often an active verb)."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in NOMINAL_POS
            and any(c.dep_ == "agent" for c in verb.children))


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def has_negation(tok: Token) -> bool:
    """Whether the word carries a negation of its own ("did not meet", "was never held")."""
    return any(c.dep_ == "neg" for c in tok.children)


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the tokens conjoined with it ("China and Russia" -> [China, Russia])."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in NOMINAL_POS + ("NUM", "ADJ"):
            out.extend(conjuncts(c))
    return out


def _resolve_relative(tok: Token) -> Token:
    """A relative pronoun subject stands for the noun its clause modifies ("the minister, who ...")."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def subject(verb: Token) -> Token | None:
    """The subject acting in ``verb``'s clause, inherited through xcomp, conj, relcl and acl."""
    seen = 0
    while verb is not None and seen < 8:
        seen += 1
        subj = children(verb, *SUBJECT_DEPS) if not is_passive(verb) else []
        if subj:
            # two subjects are a parse of a dateline run into the sentence ("NAIROBI, March 12
            # — Kenya's president hosted"): the one nearest the verb is the clause's
            return _resolve_relative(min(subj, key=lambda t: abs(verb.i - t.i)))
        if is_passive(verb):
            agent = agent_of(verb)
            if agent is not None:
                return agent
            if verb.dep_ != "conj":
                return None
        if verb.dep_ == "xcomp":
            # Object control ("urged China to X"): the governor's object acts; else its subject;
            # a passive governor's subject ("X was expected / asked to visit") acts too.
            objs = children(verb.head, *OBJECT_DEPS)
            if objs and objs[0].pos_ in NOMINAL_POS:
                return objs[0]
            passive_subj = children(verb.head, *PASSIVE_SUBJECT_DEPS)
            if passive_subj and passive_subj[0].pos_ in NOMINAL_POS:
                return _resolve_relative(passive_subj[0])
            verb = verb.head
        elif verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
        elif verb.dep_ in ("relcl", "acl") and verb.head.pos_ in NOMINAL_POS:
            noun = verb.head
            # "issued a declaration demanding ...": the issuer of a document speaks through it
            if noun.lemma_.lower() in DOCUMENT_NOUNS and noun.dep_ in OBJECT_DEPS:
                verb = noun.head
                continue
            return noun
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            owner = verb.head.head
            if owner.pos_ == "ADJ":  # "X is guilty of violating the ceasefire"
                verb = owner.head
            elif owner.pos_ in ("VERB", "AUX"):
                objs = children(owner, *OBJECT_DEPS)  # "accused Iran of attacking"
                if objs:
                    return objs[0]
                verb = owner
            else:
                return None
        elif verb.dep_ == "advcl" and (verb.tag_ in ("VBG", "VBN") or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
            verb = verb.head  # "sent inspectors to investigate", "arriving in X, he ..."
        elif verb.dep_ == "acomp":
            verb = verb.head
        else:
            return None
    return None


def agent_of(verb: Token) -> Token | None:
    """The "by X" of a passive verb."""
    for c in verb.children:
        if c.dep_ == "agent":
            objs = children(c, "pobj")
            if objs:
                return objs[0]
    return None


def direct_object(verb: Token) -> Token | None:
    """The acted-upon noun: the direct object, or the subject of a passive verb."""
    objs = children(verb, *OBJECT_DEPS)
    if objs:
        return objs[0]
    if is_passive(verb):
        subj = children(verb, *PASSIVE_SUBJECT_DEPS)
        if subj:
            return _resolve_relative(subj[0])
        if reduced_passive(verb):
            return verb.head
    return _object_of_reduced_relative(verb)


def _object_of_reduced_relative(verb: Token) -> Token | None:
    """"had broken the ceasefire agreed last week": the parser may read the object and its
    reduced relative clause as a clause of their own ("the ceasefire agreed" with the noun as
    subject); a participle clause with no auxiliary and no object whose subject follows the
    verb at once is the verb's object, described."""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD") and c.i > verb.i and not any(
                a.dep_ in ("aux", "auxpass", "mark", *OBJECT_DEPS) for a in c.children):
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None and subj.left_edge.i == verb.i + 1:
                return subj
    return None


def dative(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "dative":
            if c.pos_ == "ADP":
                objs = children(c, "pobj")
                return objs[0] if objs else None
            return c
    return None


def prep_objects(tok: Token, prep: str) -> list[Token]:
    """Objects of preposition ``prep`` attached to ``tok`` ("met with X" -> X); multiword preps by
    their first word."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative", "prt") and c.lower_ == prep:
            out += children(c, "pobj")
            # "pulled out of X": particle then preposition; "worked with the church and with
            # Ethiopian envoys": the same preposition repeated for a second participant
            for g in c.children:
                if g.dep_ == "prep" or (g.dep_ == "conj" and g.lower_ == prep):
                    out += children(g, "pobj")
    return out


def conjoined_modifiers(tok: Token) -> list[Token]:
    """Conjoined adjectives that each name one of the noun's referents ("Kenyan and Ugandan
    diplomats" -> [Kenyan, Ugandan]): the nouns stand for one group per adjective."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and any(g.dep_ == "conj" for g in c.children):
            out += [m for m in conjuncts(c) if m not in out]
    return out


def prep_child(tok: Token, prep: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative", "prt", "advmod") and c.lower_ == prep:
            return c
    return None


def particle(tok: Token) -> list[str]:
    return [c.lower_ for c in tok.children if c.dep_ == "prt"]


def complements(verb: Token) -> list[Token]:
    """Clausal complements: "agreed to withdraw", "said that X attacked", "urged them to talk"."""
    return [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") or (
        # "called for the minister to be sacked": a for-to clause the parser hangs as advcl
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))]


QUESTION_MARKS = ("whether", "if")


def is_question(clause: Token) -> bool:
    """An embedded question: "whether X", "if X", "why / how / what X" (its first word a
    wh-word or a subordinator of questions)."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in QUESTION_MARKS or first.tag_ in ("WDT", "WP", "WP$", "WRB")


def phrase(tok: Token) -> Span:
    """The noun phrase headed by ``tok`` without its conjuncts and trailing clauses."""
    doc = tok.doc
    start = tok.left_edge.i
    # do not swallow a preceding conjunct's material
    for c in tok.children:
        if c.dep_ in ("conj", "cc") and c.i < tok.i:
            start = max(start, c.i + 1)
    end = tok.i
    for c in tok.children:
        if c.i > tok.i and c.dep_ in ("appos", "compound", "flat", "nmod", "npadvmod"):
            end = max(end, c.right_edge.i)
    return doc[start : end + 1]


def lemma_forms(tok: Token) -> tuple[str, ...]:
    """The token's lemma, then base forms guessed from an inflected verb the lemmatizer missed
    ("staged" -> "stag" by the model; "stage" here)."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    forms = [lemma]
    if lemma[:3] in ("re-", "co-"):  # "re-open" -> "reopen", "open"
        forms += [lemma.replace("-", "", 1), lemma[3:]]
    if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "PROPN" and tok.is_lower):
        # (a lower-case "proper noun" is a verb the tagger missed: "jabbed")
        for suffix, repl in (("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("es", "e"),
                             ("s", "")):
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                form = low[: -len(suffix)] + repl
                if form not in forms:
                    forms.append(form)
                if not repl and len(form) > 2 and form[-1] == form[-2] and form[-1] not in "ls":
                    forms.append(form[:-1])  # "jabbed" -> "jab", "planned" -> "plan"
    return tuple(forms)
