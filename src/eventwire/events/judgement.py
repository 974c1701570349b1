"""Judgements in reported speech: what a speaker's own words condemn or praise is an event.

"The commissions are an abject failure," said the group's director: no verb of criticising, yet
event coders record the director criticising (CAMEO 111) whoever the words are about. For each
sentence of a quote (direct, indirect or mixed) that has a speaker and no event more specific
than a statement, the evaluative words of the quoted part (adjectives, nouns and adverbs of the
VADER valence lexicon, negation flipping a word) are summed; a clearly negative sentence is a
criticism, a clearly positive one praise (051), by the speaker, of the first actor the quoted
words name (the speaker's own side and first-person words aside). Thresholds and word lists are
in ``data/judgement.yaml``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from eventwire import data as knowledge
from eventwire.events.lexicon import Entry
from eventwire.events.matching import Match
from eventwire.events.modality import ASSERTED

CRITICISM = Entry(id="judgement-criticism", kind="noun", lemma="", code="111")
PRAISE = Entry(id="judgement-praise", kind="noun", lemma="", code="051")


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
    """The judging weight of one word: its VADER valence, reversed under negation; 0 for words
    of other parts of speech and for words that describe harm rather than judge."""
    cfg = settings()
    if tok.pos_ not in cfg["judging_pos"] or tok.ent_type_:
        return 0.0
    lemma = tok.lemma_.lower()
    if lemma in cfg["not_judging"] or tok.lower_ in cfg["not_judging"]:
        return 0.0
    lex = valences()
    v = lex.get(tok.lower_, lex.get(lemma, 0.0))
    return -v if v and _negated(tok, cfg["negations"]) else v


def judge(tokens: list[Token]) -> tuple[str | None, Token | None]:
    """("111" | "051" | None, the word that weighs most) for the quoted words of one sentence."""
    cfg = settings()
    weights = [(valence(t), t) for t in tokens]
    weights = [(v, t) for v, t in weights if v]
    if not weights:
        return None, None
    total = sum(v for v, _ in weights)
    low, low_tok = min(weights, key=lambda w: w[0])
    high, high_tok = max(weights, key=lambda w: w[0])
    if total <= cfg["criticism_total"] and low <= cfg["criticism_word"]:
        return CRITICISM.code, low_tok
    if cfg["praise_total"] is None or cfg["praise_word"] is None:
        return None, None
    if total >= cfg["praise_total"] and high >= cfg["praise_word"]:
        return PRAISE.code, high_tok
    return None, None


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _target_options(tokens: list[Token]) -> list[list[Token]]:
    """Nominal words of the quoted part, in order, as target options (the first naming an actor
    other than the speaker is taken when the event is built)."""
    first = settings()["first_person"]
    return [[t] for t in tokens
            if t.pos_ in ("PROPN", "NOUN", "PRON") and t.lower_ not in first]


def judgements(doc: Doc, matches: list[Match]) -> list[Match]:
    """Criticism and praise events for quoted sentences that no more specific event covers;
    the bare statements of those quotes are folded into them."""
    quotes = [q for q in (doc._.quotes or []) if (q.get("speaker") or {}).get("text")]
    if not quotes:
        return []
    sents = list(doc.sents)
    index = {s.start: i for i, s in enumerate(sents)}
    specific = {m.sentence for m in matches if not m.absorbed and m.code[:2] != "01"}
    out: list[Match] = []
    for q in quotes:
        judged = False
        spk = q["speaker"]
        speaker = _tokens(doc, spk["start"], spk["end"])
        content = _tokens(doc, q["start"], q["end"])
        if speaker is None or content is None:
            continue
        for sent in sents:
            if sent.end <= content.start or sent.start >= content.end:
                continue
            i = index[sent.start]
            if i in specific:
                continue
            words = [t for t in content if sent.start <= t.i < sent.end]
            code, word = judge(words)
            if code is None:
                continue
            specific.add(i)
            judged = True
            entry = CRITICISM if code == CRITICISM.code else PRAISE
            out.append(Match(entry=entry, code=code, trigger=word, sentence=i,
                             source=list(speaker), source_options=[list(speaker)],
                             target_options=_target_options(words), modality=ASSERTED,
                             pattern=entry.id, derived="judgement"))
        cue = q.get("cue")
        if cue and judged:
            for m in matches:  # the bare "said" of a quote that judged is that judgement
                if (m.entry.frame == "say" and m.code[:2] == "01"
                        and cue["start"] <= m.trigger.idx < cue["end"]):
                    m.absorbed = True
    return out
