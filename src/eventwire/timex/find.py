"""Finding the date expressions of a Doc: NER's DATE entities, TIME entities that name a day, and
all-digit dates whatever the model called them.

Adjacent DATE and TIME entities are one expression ("Monday" + "morning"), and a temporal
preposition just before is taken in ("on Monday", "in October"), as the record writes them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from eventwire.timex.lexicon import lexicon

_LABELS = ("DATE", "TIME")


def _names_a_day(span: Span) -> bool:
    """True for a TIME entity that carries a date ("Monday night", "last night", "this morning")."""
    lex = lexicon()
    words = {t.lower_.rstrip(".") for t in span}
    return bool(words & (set(lex.weekdays) | set(lex.deictic_days) | set(lex.months))) or (
        bool(words & lex.day_parts) and bool(words & (lex.current_modifiers | {"last"}))
    )


# An all-digit date the model may label as anything (or nothing): 03/04/2019, 3.4.2019, 2019-04-03.
_NUMERIC_DATE = re.compile(
    r"^(?:\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4})$")


def _numeric_dates(doc: Doc, taken: list[Span]) -> list[Span]:
    """Single-token numeric dates not already inside a DATE or TIME entity."""
    covered = {i for span in taken for i in range(span.start, span.end)}
    return [doc[t.i: t.i + 1] for t in doc
            if t.i not in covered and _NUMERIC_DATE.match(t.text)]


def candidate_spans(doc: Doc) -> list[Span]:
    """Token spans of the date expressions in ``doc``, in order, without prepositions."""
    spans = _entity_spans(doc)
    extra = _numeric_dates(doc, spans)
    return sorted(spans + extra, key=lambda s: s.start) if extra else spans


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
