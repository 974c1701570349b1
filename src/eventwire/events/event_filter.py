"""The trained event filter: drops coded events a human coder would not record.

The rules code every act their lexicon finds; many of those a careful coder leaves out: background
and habitual statements ("the two parties have long accused each other"), descriptions, a word in
another sense, or an act of another CAMEO root than the one coded. A small linear text classifier
(spaCy ``textcat``, bag of features), trained on events of other real articles labelled KEEP or
DROP after the newsevents guidelines (``scripts/train_event_filter.py``), scores each event from
cheap facts about its trigger: the CAMEO root, the trigger's lemma, tense and aspect, modality,
its date against the publication date, what governs it, its subject, and the words around it.
Events scored below the threshold are dropped. The model ships in ``data/event_filter/`` and is
loaded from there (offline), once per process.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.daterange import last_day

MODEL_DIR = Path(__file__).parent / "data" / "event_filter"
KEEP, DROP = "KEEP", "DROP"
QUOTE_MARKS = set('"“”')
WINDOW = 4  # words either side of the trigger read as context
HABIT_ADVERBS = {"often", "regularly", "repeatedly", "usually", "always", "long", "frequently",
                 "routinely", "never", "ever", "already", "still", "traditionally", "typically"}


# The threshold the pipeline uses by default: only events the model gives less than one chance
# in twenty of being kept are dropped. It is the highest threshold that leaves the single-sentence
# benchmark (benchmarks/events.py) unchanged; on whole articles it drops wrong events almost only
# (docs/events.md, "The trained event filter"). The model's own ``threshold`` (its meta) is the
# one that maximised the expected F1 on its labels, for users who want more precision.
SURE_DROP = 0.05


class FilterError(RuntimeError):
    """The event filter's model could not be loaded."""


@lru_cache(maxsize=2)
def load_model(path: str | None = None) -> Language:
    """The filter's spaCy pipeline (a blank English vocabulary and a ``textcat``), loaded once."""
    import spacy

    where = Path(path) if path else MODEL_DIR
    try:
        return spacy.load(where)
    except (OSError, ValueError) as err:
        raise FilterError(f"event filter model {where} could not be loaded: {err}") from None


def default_threshold(model: Language) -> float:
    """The threshold chosen when the model was trained (cross-validated on its labels)."""
    return float(model.meta.get("eventwire", {}).get("threshold", 0.5))


def trigger_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of a trigger given by its character offsets in the Doc."""
    return doc.char_span(start, end, alignment_mode="expand")


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause holds the token (itself when it is a verb)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _in_quote(sent: Span, tok: Token) -> bool:
    """True when an odd number of quotation marks precede the token in its sentence."""
    marks = sum(1 for t in sent if t.i < tok.i and t.text in QUOTE_MARKS)
    return marks % 2 == 1


def _date_features(date: str | None, published: str | None) -> list[str]:
    """How far the event's resolved date lies before publication, in coarse bins."""
    if not date:
        return ["DATE_none"]
    end, pub = last_day(date), last_day(published)
    if not end or not pub:
        return ["DATE_unknown"]
    days = (pub - end).days if isinstance(end, dt.date) else 0
    grain = "day" if len(date) == 10 else "period"
    if days < -1:
        when = "after"
    elif days <= 1:
        when = "0-1"
    elif days <= 8:
        when = "2-8"
    else:
        when = "9+"
    return [f"DATE_{when}", f"DATE_{grain}"]


def _dyad_features(source: str | None, target: str | None) -> list[str]:
    """Whether the event names a source and a target, their sectors, and a self-dyad."""
    feats = []
    for side, code in (("SRC", source), ("TGT", target)):
        if not code:
            feats.append(f"{side}_none")
            continue
        feats.append(f"{side}SEC_{code[3:6] or 'bare'}")
    if source and target and source[:3] == target[:3]:
        feats.append("SAME_COUNTRY")
    return feats


def features(doc: Doc, span: Span, code: str, modality: str = "", date: str | None = None,
             pattern: str = "", source: str | None = None, target: str | None = None
             ) -> list[str]:
    """The feature words the classifier reads for one event: facts about its trigger, then the
    words around it. ``code`` is the event's CAMEO code; ``modality``, ``date``, ``pattern``
    (the lexicon entry or rule that coded it) and the ``source``/``target`` codes its fields."""
    tok = span.root
    sent = tok.sent
    root = code[:2]
    lemma = tok.lemma_.lower()
    verb = _clause_verb(tok)
    feats = [f"ROOT_{root}", f"CODE_{code}", f"LEMMA_{lemma}", f"RL_{root}_{lemma}",
             f"POS_{tok.pos_}", f"DEP_{tok.dep_}", f"HEADDEP_{tok.head.dep_}",
             f"TAG_{verb.tag_}", f"MOD_{modality or 'none'}"]
    feats += _dyad_features(source, target)
    if pattern:
        base = pattern.split("+")[0]
        feats += [f"PAT_{base}"] + [f"PATX_{x}" for x in pattern.split("+")[1:]]
    feats += _date_features(date, doc._.published if Doc.has_extension("published") else None)
    auxes = [c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")]
    feats += [f"AUX_{a}" for a in auxes] or ["AUX_none"]
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        feats.append("SIMPLE_PRESENT")
    for c in verb.children:
        if c.dep_ in ("advmod", "npadvmod") and c.lemma_.lower() in HABIT_ADVERBS:
            feats.append(f"ADV_{c.lemma_.lower()}")
        if c.dep_ == "mark":
            feats.append(f"MARK_{c.lemma_.lower()}")
        if c.dep_ in ("nsubj", "nsubjpass"):
            feats.append(f"SUBJ_{c.ent_type_ or c.pos_}")
            if c.tag_ in ("NNS", "NNPS"):
                feats.append("SUBJ_plural")
    if tok.pos_ == "NOUN":
        dets = [c.lemma_.lower() for c in tok.children if c.dep_ in ("det", "poss")]
        feats += [f"NDET_{d}" for d in dets] or ["NDET_none"]
        if tok.tag_ == "NNS":
            feats.append("NOUN_plural")
    chain, up = [], verb
    while up.head.i != up.i and len(chain) < 3:
        chain.append(up.dep_)
        up = up.head
    feats += [f"CHAIN_{d}" for d in chain] or ["CHAIN_root"]
    if chain:
        feats.append(f"GOV_{up.lemma_.lower()}")
    if _in_quote(sent, tok):
        feats.append("IN_QUOTE")
    index = sum(1 for _ in doc[: sent.start].sents) if sent.start else 0
    feats.append(f"SENT_{min(index, 5)}")
    feats += [f"ENT_{e.label_}" for e in sent.ents if e.label_ in ("DATE", "TIME")]
    if any(c.dep_ == "neg" for c in verb.children):
        feats.append("NEG")
    left = [t for t in doc[max(sent.start, span.start - WINDOW): span.start] if not t.is_punct]
    right = [t for t in doc[span.end: min(sent.end, span.end + WINDOW)] if not t.is_punct]
    feats += [f"L_{t.lower_}" for t in left] + [f"R_{t.lower_}" for t in right]
    return feats


def score_events(doc: Doc, events: list[dict], model: Language) -> list[float]:
    """The KEEP probability of each event (1.0 for one whose trigger is not in the Doc)."""
    textcat = model.get_pipe("textcat")
    inputs, where = [], []
    for n, event in enumerate(events):
        trig = event.get("trigger") or {}
        span = trigger_span(doc, trig.get("start", -1), trig.get("end", -1)) \
            if trig.get("end") else None
        if span is None or not len(span):
            continue
        words = features(doc, span, str(event.get("cameo") or ""), event.get("modality") or "",
                         event.get("date"), event.get("pattern") or "",
                         event.get("source_code"), event.get("target_code"))
        inputs.append(Doc(model.vocab, words=words))
        where.append(n)
    scores = [1.0] * len(events)
    for n, scored in zip(where, textcat.pipe(inputs)):
        scores[n] = float(scored.cats.get(KEEP, 1.0))
    return scores


def scored(event: dict) -> bool:
    """True for the events the filter judges: those a coder's count would hold (not negated,
    not hypothetical, not a bare statement), as the newsevents metric counts them."""
    return (event.get("modality") not in ("negated", "hypothetical")
            and str(event.get("cameo")) != "010")


def filter_events(doc: Doc, events: list[dict], threshold: float, model: Language | None = None
                  ) -> tuple[list[dict], list[dict]]:
    """(events kept, events dropped): an event the model scores below ``threshold`` is dropped;
    each dropped event keeps its score in ``filter_score`` for ``eventwire explain``."""
    judged = [e for e in events if scored(e)]
    if not judged:
        return events, []
    scores = score_events(doc, judged, model or load_model())
    low = {id(e): s for e, s in zip(judged, scores) if s < threshold}
    kept = [e for e in events if id(e) not in low]
    dropped = [e | {"filter_score": round(low[id(e)], 3)} for e in events if id(e) in low]
    return kept, dropped
