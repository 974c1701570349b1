"""Finding the date expressions of a Doc: NER's DATE entities, TIME entities that name a day, and
all-digit dates whatever the model called them.

Adjacent DATE and TIME entities are one expression ("Monday" + "morning"), and a temporal
preposition just before is taken in ("on Monday", "in October"), as the record writes them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from eventwire.spans import doc_text
from eventwire.timex.lexicon import lexicon

_LABELS = ("DATE", "TIME")


def _names_a_day(span: Span) -> bool:
    """True for a TIME entity that carries a date ("Monday night", "last night", "this morning")."""
    lex = lexicon()
    words = {t.lower_.rstrip(".") for t in span}
    return bool(words & _day_names()) or (
        bool(words & lex.day_parts) and bool(words & (lex.current_modifiers | {"last"}))
    )


@lru_cache(maxsize=1)
def _day_names() -> frozenset[str]:
    """Weekday, month and deictic day words ("today"), built once from the lexicon."""
    lex = lexicon()
    return frozenset(lex.weekdays) | frozenset(lex.deictic_days) | frozenset(lex.months)


# An all-digit date the model may label as anything (or nothing): 03/04/2019, 3.4.2019, 2019-04-03.
_NUMERIC_DATE = re.compile(
    r"^(?:\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4})$")


# Every numeric date has a digit, a separator and a digit: where the text has none (most
# articles), no token needs looking at.
_NUMERIC_HINT = re.compile(r"(?=\d[/.\-]\d)")


def _numeric_dates(doc: Doc, taken: list[Span]) -> list[Span]:
    """Single-token numeric dates not already inside a DATE or TIME entity."""
    covered = {i for span in taken for i in range(span.start, span.end)}
    hits: set[int] = set()
    for m in _NUMERIC_HINT.finditer(doc_text(doc)):
        near = doc.char_span(m.start(), m.start() + 3, alignment_mode="expand")
        if near is not None:
            hits.update(t.i for t in near)
    return [doc[i: i + 1] for i in sorted(hits)
            if i not in covered and _NUMERIC_DATE.match(doc[i].text)]


def candidate_spans(doc: Doc) -> list[Span]:
    """Token spans of the date expressions in ``doc``, in order, without prepositions."""
    spans = [part for span in _entity_spans(doc) for part in split_range(span)]
    extra = _numeric_dates(doc, spans) + _present_adverbs(doc, spans)
    return sorted(spans + extra, key=lambda s: s.start) if extra else spans


def split_range(span: Span) -> list[Span]:
    """A range or pair the model took as one expression, as its two dates: "between 1985 and
    1987", "from Sept. 14 to Thursday", "Aug. 26 to Oct. 20", "the quarter ended Sept. 30".

    Split at a joining word only when both sides read as dates on their own; otherwise the span
    is kept whole ("April 24 and 25": "25" alone is not a date).
    """
    from eventwire.timex.parse import parse

    joins = lexicon().range_words
    for k in range(span.start + 1, span.end - 1):
        if span.doc[k].lower_ not in joins:
            continue
        left, right = span.doc[span.start: k], span.doc[k + 1: span.end]
        if parse(left.text).kind == "date" and parse(right.text).kind == "date":
            return [left, *split_range(right)]
    return [span]


def _present_adverbs(doc: Doc, taken: list[Span]) -> list[Span]:
    """"now", "currently" as an adverb of a verb ("are now patrolling"): the time of writing.

    Not after a preposition ("until now", "from now on"), nor as a discourse marker before a
    comma ("Now, the question is ..."), nor inside an entity already taken.
    """
    words = lexicon().present_words
    covered = {i for span in taken for i in range(span.start, span.end)}
    return [doc[t.i: t.i + 1] for t in doc
            if t.lower_ in words and t.i not in covered and t.dep_ == "advmod"
            and t.head.pos_ in ("VERB", "AUX") and not (t.i and doc[t.i - 1].pos_ == "ADP")
            and not (t.i + 1 < len(doc) and doc[t.i + 1].text == ",")]


def _entity_spans(doc: Doc) -> list[Span]:
    """DATE entities, and TIME entities that name a day, with adjacent ones joined."""
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        if ent.label_ == "TIME" and not _names_a_day(ent) and not (
            spans and spans[-1].end == ent.start
        ):
            continue
        if spans and spans[-1].end == ent.start:  # "Monday" + "morning"
            spans[-1] = doc[spans[-1].start: ent.end]
        else:
            spans.append(doc[ent.start: ent.end])
    return spans


def preposition_before(span: Span) -> Span | None:
    """The temporal preposition governing ``span`` ("on" of "on Monday"), if right before it."""
    if span.start == 0:
        return None
    prev = span.doc[span.start - 1]
    if prev.lower_ in lexicon().prepositions and prev.dep_ == "prep" and span.root.head == prev:
        return prev
    return None


def context_word(span: Span) -> str:
    """The word right before the expression, lower-cased ("every", "for"), or ""."""
    return span.doc[span.start - 1].lower_ if span.start > 0 else ""
