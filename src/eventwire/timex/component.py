"""The ``eventwire_times`` spaCy component: every date expression, resolved against ``published``.

It writes record-shaped Time dicts (``id``, ``text``, ``start``, ``end``, ``value``,
``precision``) to ``doc._.times``. Durations and sets are left out: they are not dates.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire import extensions
from eventwire.timex.anaphora import refer_back
from eventwire.timex.fallback import dateparser_value
from eventwire.timex.find import candidate_spans, context_word, preposition_before
from eventwire.timex.lexicon import lexicon
from eventwire.timex.parse import parse
from eventwire.timex.periods import year_back_periods
from eventwire.timex.resolve import resolve
from eventwire.timex.tense import direction


@Language.factory("eventwire_times", default_config={"fallback": True})
def make_component(nlp: Language, name: str, fallback: bool):
    """``fallback``: ask dateparser about expressions with digits that eventwire cannot read."""
    extensions.register()
    return TimeResolver(fallback=fallback)


def anchor_date(published: str | None) -> date | None:
    """The publication date as a ``date`` (from ``YYYY-MM-DD…``), or None."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def time_of(span: Span, anchor: date | None, fallback: bool = False) -> dict | None:
    """The Time dict of one expression span (without id), or None for a duration or set."""
    if context_word(span) in lexicon().set_words:
        return None  # "every Monday"
    spec = parse(span.text)
    if spec.kind in ("duration", "set", "number"):
        return None
    prep = preposition_before(span)
    if prep is not None and prep.lower_ in lexicon().past_prepositions:
        way = "past"  # "since Jan. 13"
    elif prep is not None and prep.lower_ in lexicon().future_prepositions:
        way = "future"  # "postponed until Tuesday": a deadline
    else:
        way = direction(span)
    value, precision = resolve(spec, anchor, way)
    if spec.kind == "unknown" and fallback and _worth_asking(span.text):
        value, precision = dateparser_value(span.text, anchor, way)
    # The preposition sits right before the span, so its text and trailing space lead straight
    # into it: no need to rebuild ``doc.text`` (a pass over every token) per expression.
    start, text = (prep.idx, prep.text_with_ws + span.text) if prep is not None else (
        span.start_char, span.text)
    return {"text": text, "start": start, "end": span.end_char,
            "value": value, "precision": precision}


_DIGIT_SEPARATOR = re.compile(r"\d\s?[/.\-]\s?\d")


def _worth_asking(text: str) -> bool:
    """True for an unread expression that looks like a written date: 3+ digits with a separator
    between digits or a month name ("2019.04.03", "3rd Apr. 2019"), not an age, a range or a
    count ("at 77", "between the ages of 18 and 29", "125 weekdays")."""
    if sum(c.isdigit() for c in text) < 3:
        return False
    if _DIGIT_SEPARATOR.search(text):
        return True
    months = lexicon().months
    return any(word.lower().rstrip(".") in months for word in text.split())


class TimeResolver:
    """Finds and resolves the date expressions of a Doc (see module docstring)."""

    def __init__(self, fallback: bool = True):
        self.fallback = fallback

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.times = self.times(doc)
        except Exception as err:  # noqa: BLE001 - noted on the Doc; the article goes on
            extensions.component_failed(doc, "eventwire_times", err)
            doc._.times = []
        return doc

    def times(self, doc: Doc) -> list[dict]:
        anchor = anchor_date(doc._.published)
        out, spans = [], []
        for span in candidate_spans(doc):
            time = time_of(span, anchor, self.fallback)
            if time is not None:
                out.append({"id": f"t{len(out) + 1}", **time})
                spans.append(span)
        year_back_periods(spans, out, anchor)
        refer_back(spans, out)
        return out
