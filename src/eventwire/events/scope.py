"""Words of an act that do not report an act of the article: descriptions of participants.

An agreement named as the subject of a clause ("the Lusaka accord grants herders the right
to graze", "the treaty has been implemented") is the document, not its signing. The act an
accusation names is alleged, not told as news ("accused the police of killing
protesters", "charged with spying"): the accusation is the event (112), the act inside it is
folded. A restrictive relative clause describes one of the sentence's participants ("the treaty that the
president signed", "activists who oppose the law"): what it says is background to the sentence's
own news, told to say who someone is. An act told with the span over which it has gone on
("have long accused each other", "have since raided", "for years has funded") is a state of
affairs, habitual, not an occurrence of the article's days. Their matches are folded
(``absorbed``) before events are built. (Acts named as the setting of another, "said at a rally", were tried the same way and
measured as a loss: gold coders often record them.)
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire import syntax
from eventwire.events.lexicon import frames
from eventwire.events.matching import Match, governor
from eventwire.events.modality import ASSERTED, HYPOTHETICAL


def in_relative_clause(tok: Token) -> bool:
    """The word lies in a restrictive relative clause (``relcl``) below the sentence's own
    clause. A clause set off by a comma after a name ("Obama, who welcomed the leaders …") is
    kept: wire copy tells news that way."""
    t = tok
    for _ in range(50):
        if t.dep_ == "relcl":
            return not _non_restrictive(t)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _non_restrictive(clause: Token) -> bool:
    start = clause.left_edge.i
    before = clause.doc[start - 1] if start > 0 else None
    return before is not None and before.text == "," and clause.head.pos_ == "PROPN"


def alleged(tok: Token) -> bool:
    """The word is what someone is accused of: the object of "of" / "with" / "for" after a
    word of accusing ("accused X of killing", "charged with spying", ``accusation_words`` in
    ``frames.yaml``)."""
    if tok.dep_ not in ("pcomp", "pobj") or tok.head.dep_ != "prep":
        return False
    prep = tok.head
    if prep.lower_ not in ("of", "with", "for"):
        return False
    words = frames()["accusation_words"]
    anchor = prep.head  # the parser may hang "of" on the accused: "accused the police of"
    if anchor.lemma_.lower() not in words and anchor.dep_ in ("dobj", "nsubjpass"):
        anchor = anchor.head
    return anchor.lemma_.lower() in words


def lasting(tok: Token) -> bool:
    """The verb is told with the span over which the act has gone on (``lasting_adverbs``,
    ``lasting_spans`` in ``frames.yaml``): "long" (not "as long as"), "since" standing alone
    ("have since launched"), "for years", "over the decades"."""
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ in ("VB", "MD") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "TO") for c in tok.children):
        return False  # "plans to impose curbs for two years": how long a coming act will last
    cfg = frames()
    for c in tok.children:
        if (c.dep_ == "advmod" and c.lower_ in cfg["lasting_adverbs"] and not list(c.children)
                and not (c.i > 0 and c.doc[c.i - 1].lower_ == "as")):
            return True
        if c.dep_ == "prep" and c.lower_ in cfg["lasting_preps"]:
            spans = [o for o in c.children if o.dep_ == "pobj"]
            if any(o.tag_ in ("NNS", "NNPS") and o.lemma_.lower() in cfg["lasting_spans"]
                   for o in spans):
                return True
    return False


def described(m: Match) -> bool:
    """An event noun after a noun of degree, kind or evidence ("a higher degree of cooperation
    between the two clans", "evidence of Peruvian support for the government";
    ``measure_nouns``) describes a kind of act; no act is told."""
    tok = m.trigger
    return (m.entry.kind == "noun" and tok.dep_ == "pobj" and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in frames()["measure_nouns"])


QUOTE_MARKS = frozenset('"\u201c\u201d')


def habitual(m: Match) -> bool:
    """The narrator tells in the simple present, past the headline and lede
    (``headline_sentences``), what someone does as a rule ("the rebels oppose elections", "both
    states mount raids"): no event of the article's days. A verb of saying, a sentence with a
    quotation mark, and a text or document as subject ("the lawsuit asks") are exempt."""
    cfg = frames()
    if (m.derived or m.modality != ASSERTED or m.sentence < cfg["headline_sentences"]
            or m.entry.frame == "say"):
        return False
    verb = m.trigger
    if m.entry.kind == "noun":  # "mount raids": the support verb carries the tense
        if verb.dep_ != "dobj" or verb.head.lemma_.lower() not in cfg["support_verbs"]:
            return False
        verb = verb.head
    while verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "oppose the plan and accuse the government": the first verb's tense
    if verb.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subject = syntax.subject(verb)
    texts = set(cfg["text_subjects"]) | set(cfg["document_nouns"])
    if subject is not None and subject.lemma_.lower() in texts:
        return False
    return not any(t.text in QUOTE_MARKS or t.text == "''" for t in verb.sent)


def document(m: Match) -> bool:
    """An agreement noun (``document_codes`` in ``frames.yaml``) that is the subject of a verb
    other than a support verb names the document: "the accords guaranteed", not a signing;
    and what such a text does ("the treaty guarantees herders free passage", "the law
    bans rallies"; ``text_subjects``) is what it says, no act of anyone's."""
    if m.entry.kind == "verb" and m.entry.frame not in ("say", "accuse", "deny"):
        subject = syntax.subject(m.trigger)
        return subject is not None and subject.lemma_.lower() in frames()["text_subjects"]
    return (m.entry.kind == "noun" and m.code in frames()["document_codes"]
            and m.trigger.dep_ in ("nsubj", "nsubjpass") and governor(m.trigger) is None)


def in_question(m: Match) -> bool:
    """The act is asked about, not reported: its sentence ends in a question mark ("Will the EU
    impose sanctions?", "Why would Peru attack Chile?"); the verb of asking itself is exempt."""
    if m.entry.frame in ("say", "appeal") or m.derived:
        return False
    sent = m.trigger.sent
    last = [t for t in sent if not t.is_space and t.text not in ('"', "'", "\u201d", "\u2019")]
    return bool(last) and last[-1].text == "?"


def under_condition(tok: Token) -> bool:
    """The word lies in a clause opened by "whether" / "if" / "unless" (``hypothetical_marks``)
    a few heads up ("asked whether a shop could lawfully turn buyers away" tells no
    refusal), or in a that-clause of a negated verb ("decided not to recommend that she be
    prosecuted" tells no prosecution)."""
    marks = frames()["hypothetical_marks"]
    t = tok
    for _ in range(5):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
            return True
        if (t.dep_ == "ccomp" and tok.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "neg" for c in t.head.children)):
            return True  # the act the clause tells, not a noun it names ("India's veto")
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def fold_out_of_scope(matches: list[Match]) -> None:
    """Mark matches inside restrictive relative clauses, acts one is accused of and acts told
    with the span they have lasted as absorbed (they give no event), and
    acts asked about in a question as hypothetical."""
    for m in matches:
        if m.absorbed or m.derived == "judgement":
            continue
        if (in_relative_clause(m.trigger) or alleged(m.trigger) or document(m)
                or lasting(m.trigger) or habitual(m) or described(m)):
            m.absorbed = True
        elif in_question(m) or (m.entry.frame not in ("say", "appeal")
                                and under_condition(m.trigger)):
            m.modality = HYPOTHETICAL
