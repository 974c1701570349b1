"""What a speaker's own words do: quoted appeals and judgements are events of the speaker.

"The commissions are an abject failure," said the group's director: no verb of criticising, yet
event coders record the director criticising (CAMEO 111) whoever the words are about; "I hope the
senator joins us," she said: an appeal (020) to the senator. For each sentence of a quote
(direct, indirect or mixed) that has a speaker and no event more specific than a statement:
first an appeal ("Y should X", "it is time for Y to X", "I hope / recommend that Y X") or demand
("Y must X") aimed at Y; else the evaluative words of the quoted part (adjectives, nouns and
adverbs of the VADER valence lexicon, negation flipping a word) are summed, and a clearly
negative sentence is a criticism (praise, 051, is off by default), aimed at the first actor the
quoted words name (the speaker's own side and first-person words aside). Thresholds and word
lists are in ``data/judgement.yaml``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from eventwire import data as knowledge
from eventwire import syntax
from eventwire.events import lexicon
from eventwire.events.lexicon import Entry
from eventwire.events.matching import Match
from eventwire.events.modality import (
    ASSERTED,
    FUTURE,
    HYPOTHETICAL,
    NEGATED,
    clause_auxiliaries,
    modality,
)
from eventwire.events.scope import habitual, lasting

CRITICISM = Entry(id="judgement-criticism", kind="noun", lemma="", code="111")
PRAISE = Entry(id="judgement-praise", kind="noun", lemma="", code="051")
APPEAL = Entry(id="quoted-appeal", kind="verb", lemma="", code="020")
DEMAND = Entry(id="quoted-demand", kind="verb", lemma="", code="100")
THREAT = Entry(id="quoted-threat", kind="verb", lemma="", code="130")


@lru_cache(maxsize=1)
def settings() -> dict:
    """Thresholds and word lists from ``data/judgement.yaml``."""
    table = knowledge.read_yaml("events", "judgement.yaml")
    return {k: (frozenset(str(w) for w in v) if isinstance(v, list) else v)
            for k, v in table.items()}


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """Word -> valence (-4 .. +4) from the VADER lexicon shipped in the vaderSentiment package."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return out


def _negated(tok: Token, negations: frozenset) -> bool:
    """The word, or the word it modifies, is negated ("not fair", "is not a success")."""
    for t in (tok, tok.head):
        if any(c.dep_ == "neg" or c.lower_ in negations for c in t.children if c.i < tok.i):
            return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.lower_ in negations


def valence(tok: Token) -> float:
    """The judging weight of one word: its VADER valence (a negated negative word reversed, a
    negated positive one 0); 0 for words of other parts of speech and for words that describe
    harm rather than judge."""
    cfg = settings()
    if tok.pos_ not in cfg["judging_pos"] or tok.ent_type_:
        return 0.0
    lemma = tok.lemma_.lower()
    if lemma in cfg["not_judging"] or tok.lower_ in cfg["not_judging"]:
        return 0.0
    if tok.dep_ == "amod" and tok.head.lemma_.lower() in cfg["not_judging"]:
        return 0.0  # describes a hardship or a feeling ("nagging doubts"), judges no one
    if tok.pos_ == "VERB" and lexicon.load().candidates("verb", lemma):
        return 0.0  # a verb of the lexicon names an act ("blocked", "forced"), not a judgement
    lex = valences()
    v = lex.get(tok.lower_, lex.get(lemma, 0.0))
    if v and _negated(tok, cfg["negations"]):
        return 0.0 if v > 0 else -v  # "not fair" seldom criticises; "not wrong" does not
    return v


def wrongdoing_code(verb: Token) -> str | None:
    """The code of what a verb said of someone tells: an act of harm they do ("neutralise",
    "meddle", "poses a threat": an accusation, 112), a judgement of what they do ("betrayed",
    "lied": a criticism, 111), or None: harm they suffer ("lose", "fear"), a harm negated
    ("did not cheat"), no harm."""
    cfg = settings()
    lemma, word = verb.lemma_.lower(), verb.lower_
    lemmas = set(syntax.lemma_forms(verb))  # the lemmatizer may miss the verb ("hop")
    if lemmas & cfg["not_judging"] or word in cfg["not_judging"]:
        return None
    if modality(verb) in (NEGATED, HYPOTHETICAL) or _asked(verb):
        return None  # "did not cheat"; "should stop interfering" asks, "could" only fears
    if lemmas & cfg["wrongdoing_verbs"]:
        return "112"
    # "poses a threat", "stoked the violence": a verb of causing with harm as its object
    obj = syntax.direct_object(verb)
    if lemmas & cfg["causing_verbs"] and obj is not None and harmful(obj):
        return "112"
    lex = valences()
    return "111" if lex.get(word, lex.get(lemma, 0.0)) <= cfg["wrongdoing_valence"] else None


def _asked(verb: Token) -> bool:
    """The verb, or one it hangs from in its clause, carries should / must / ought: an act
    asked for ("should stop interfering"), not told as done."""
    return bool(clause_auxiliaries(verb) & settings()["obligation_aux"])


def harmful(noun: Token) -> bool:
    """A noun (or its adjective) of harm or wrong: "threat", "a dangerous gap", "chaos"."""
    cfg = settings()
    lex = valences()
    words = [noun] + [c for c in noun.children if c.dep_ == "amod"]
    return any(t.lemma_.lower() in cfg["harm_nouns"]
               or lex.get(t.lower_, lex.get(t.lemma_.lower(), 0.0)) <= cfg["wrongdoing_valence"]
               for t in words)


def judge(tokens: list[Token]) -> tuple[str | None, Token | None]:
    """("111" | "051" | None, the word that weighs most) for the quoted words of one sentence."""
    cfg = settings()
    weights = [(valence(t), t) for t in tokens]
    weights = [(v, t) for v, t in weights if v]
    if not weights:
        return None, None
    total = round(sum(v for v, _ in weights), 6)  # -2.3 + 1.3 is -1.0, not -0.9999…
    low, low_tok = min(weights, key=lambda w: w[0])
    high, high_tok = max(weights, key=lambda w: w[0])
    if total <= cfg["criticism_total"] and low <= cfg["criticism_word"]:
        return CRITICISM.code, low_tok
    if cfg["praise_total"] is None or cfg["praise_word"] is None:
        return None, None
    if total >= cfg["praise_total"] and high >= cfg["praise_word"]:
        return PRAISE.code, high_tok
    return None, None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _aux(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def appeal(tokens: list[Token]) -> tuple[str, Token, Token | None] | None:
    """("020" | "100", trigger, whom) for a quoted sentence that asks another to act: "Y should
    X" (an appeal), "Y must X" (a demand), "it is time for Y to X", "I hope / recommend that Y X"."""
    cfg = settings()
    first = cfg["first_person"]
    words = set(tokens)
    for tok in tokens:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = _subject(tok)
        aux = _aux(tok)
        if (subj is not None and subj in words and subj.lower_ not in first
                and tok.lemma_.lower() != "be"):  # "there should be no doubt" asks no one
            if aux & cfg["appeal_aux"]:
                return "020", tok, subj
            if aux & cfg["demand_aux"]:
                return "100", tok, subj
        if (subj is not None and subj.lower_ in first and tok.lemma_.lower() in cfg["appeal_verbs"]):
            for c in tok.children:
                if c.dep_ in ("ccomp", "xcomp"):
                    whom = _subject(c)
                    if whom is not None and whom.lower_ not in first:
                        return "020", tok, whom
        if tok.lemma_.lower() == "be" and any(c.lower_ == "time" for c in tok.children):
            for c in tok.subtree:  # "it is time for the party to act"
                if c.dep_ == "pobj" and c.head.lower_ == "for" and c in words:
                    return "020", tok, c
    return None


def threat(tokens: list[Token]) -> tuple[Token, Token | None] | None:
    """(trigger, whom) for a quoted sentence in which the speaker's side says it will force
    another: "we will dislodge the government", "we shall retake the town" (a verb of
    ``forcing_verbs`` with a first-person subject and will / shall, not negated)."""
    cfg = settings()
    words = set(tokens)
    for tok in tokens:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in cfg["forcing_verbs"]:
            continue
        subj = _subject(tok)
        aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        if (subj is None or subj.lower_ not in cfg["first_person"] or not aux & cfg["threat_aux"]
                or any(c.dep_ == "neg" for c in tok.children)):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c in words), None)
        return tok, obj
    return None


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _target_options(tokens: list[Token]) -> list[list[Token]]:
    """Nominal words of the quoted part, in order, as target options (the first naming an actor
    other than the speaker is taken when the event is built)."""
    first = settings()["first_person"]
    return [[t] for t in tokens
            if t.pos_ in ("PROPN", "NOUN", "PRON") and t.lower_ not in first]


def _speech_act(words: list[Token]) -> tuple[Entry, Token, Token | None, str] | None:
    """What one quoted sentence does, in order: threatens to force another, condemns, asks
    another to act (or praises)."""
    if found := threat(words):
        word, whom = found
        return THREAT, word, whom, FUTURE
    code, word = judge(words)
    if code == CRITICISM.code:
        return CRITICISM, word, None, ASSERTED
    if found := appeal(words):
        code, word, whom = found
        return (APPEAL if code == APPEAL.code else DEMAND), word, whom, ASSERTED
    if code is not None:
        return PRAISE, word, None, ASSERTED
    return None


def _as_a_rule(doc: Doc, cue: dict | None, matches: list[Match]) -> bool:
    """The quote's verb is told as a state of affairs: with the span it has lasted ("have long
    accused") or as the narrator's habitual present ("the rebels accuse the government of …")."""
    words = _tokens(doc, cue["start"], cue["end"]) if cue else None
    if not words:
        return False
    at = {t.i for t in words}
    return any(lasting(t) for t in words) or any(
        habitual(m) for m in matches if m.trigger.i in at)


def judgements(doc: Doc, matches: list[Match], specific: set[int]) -> list[Match]:
    """Criticism and praise events for quoted sentences that no more specific event covers
    (``specific``: the sentences with an event coded above a statement); the bare statements
    of those quotes are folded into them."""
    quotes = [q for q in (doc._.quotes or []) if (q.get("speaker") or {}).get("text")]
    if not quotes:
        return []
    sents = list(doc.sents)
    index = {s.start: i for i, s in enumerate(sents)}
    specific = set(specific)
    out: list[Match] = []
    for q in quotes:
        judged = False
        spk = q["speaker"]
        speaker = _tokens(doc, spk["start"], spk["end"])
        content = _tokens(doc, q["start"], q["end"])
        if speaker is None or content is None or _as_a_rule(doc, q.get("cue"), matches):
            continue  # "have long accused each other of …": a state of affairs, no judgement
        for sent in sents:
            if sent.end <= content.start or sent.start >= content.end:
                continue
            i = index[sent.start]
            if i in specific:
                continue
            words = [t for t in content if sent.start <= t.i < sent.end]
            act = _speech_act(words)
            if act is None:
                continue
            entry, word, whom, modality = act
            specific.add(i)
            judged = True
            # an appeal asks the one its clause names ("Y should", "I hope Y will"), nobody
            # else its words mention; a criticism is aimed at whoever its words name
            targets = ([[whom]] if whom is not None else []) + (
                [] if entry in (APPEAL, DEMAND, THREAT) else _target_options(words))
            for m in matches:  # "we hope Uganda will reconsider": the appeal, not the hope
                if m.trigger.i == word.i and m.code[:2] == "01":
                    m.absorbed = True
            out.append(Match(entry=entry, code=entry.code, trigger=word, sentence=i,
                             source=list(speaker), source_options=[list(speaker)],
                             target_options=targets, modality=modality,
                             pattern=entry.id, derived="judgement"))
        cue = q.get("cue")
        if cue and judged:
            for m in matches:  # the bare "said" of a quote that judged is that judgement
                if (m.entry.frame == "say" and m.code[:2] == "01"
                        and cue["start"] <= m.trigger.idx < cue["end"]):
                    m.absorbed = True
    return out
