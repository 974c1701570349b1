"""Giving an event its date: the date expression of its trigger's clause, else of its sentence.

The events coder calls :func:`event_date` with the trigger span; the answer comes from
``doc._.times`` (written by ``eventwire_times``) and the dependency parse.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from eventwire.timex.tense import governor

_VERBAL = ("VERB", "AUX")


def clause_verb(token: Token) -> Token | None:
    """The verb heading the clause a token belongs to (the token itself when it is a verb)."""
    for _ in range(8):
        if token.pos_ in _VERBAL:
            return token
        if token.head is token:
            return None
        token = token.head
    return None


# Per Doc: the times list it was computed from, and (Time dict, start, end, index of the
# governing verb or -1, index of the word the expression hangs from) for each. The events coder
# asks for every event of a Doc; the answer changes only with the list. Only indices are kept:
# a Span or Token in the value would hold its Doc alive and the weak key would never go.
_TIMED: WeakKeyDictionary = WeakKeyDictionary()


def _timed(doc: Doc) -> list[tuple[dict, int, int, int, int]]:
    """The Doc's date expressions with their token range, governing verb and the index of the
    word each hangs from, computed once per Doc."""
    times = doc._.times or []
    cached = _TIMED.get(doc)
    if cached is not None and cached[0] is times and cached[1] == len(times):
        return cached[2]
    out = []
    for time in times:
        span = doc.char_span(time["start"], time["end"], alignment_mode="expand")
        if span is not None and len(span):
            gov = governor(span)
            out.append((time, span.start, span.end, -1 if gov is None else gov.i,
                        span.root.head.i))
    _TIMED[doc] = (times, len(times), out)
    return out


def attached_time(doc: Doc, trigger: Span) -> dict | None:
    """The Time dict attached to the trigger or its clause, or None.

    Attached means: the expression depends on a word of the trigger ("talks on Monday"), on the
    trigger's clause verb ("was in China for a visit on Monday"), or, for a verb conjoined to
    another ("will arrive on Monday and meet …"), on the verb it is conjoined to.
    """
    if not len(trigger):
        return None
    timed = _timed(doc)
    verb = clause_verb(trigger.root)
    candidates = []
    root_i, first, last = trigger.root.i, trigger.start, trigger.end
    verb_i = -2 if verb is None else verb.i  # -2: matches no governor, not even "none" (-1)
    for time, start, end, gov_i, head_i in timed:
        if start <= root_i < end:
            continue  # the trigger sits inside the date expression: nothing to learn
        if first <= head_i < last or gov_i == verb_i:
            candidates.append((abs(start - first), time))
    if not candidates and verb is not None and verb.dep_ == "conj":
        shared = clause_verb(verb.head)
        if shared is not None:
            candidates = [(abs(start - first), t) for t, start, _, g, _ in timed if g == shared.i]
    return min(candidates, key=lambda c: c[0])[1] if candidates else None


def sentence_time(doc: Doc, trigger: Span) -> dict | None:
    """The resolved Time dict nearest to the trigger in its sentence, or None."""
    if not len(trigger):
        return None
    try:
        sent = trigger.sent
    except ValueError:  # no sentence boundaries on this Doc
        return None
    near = [(abs(start - trigger.start), t) for t, start, _, _, _ in _timed(doc)
            if sent.start <= start < sent.end and t["value"] is not None]
    return min(near, key=lambda c: c[0])[1] if near else None


def event_date(doc: Doc, trigger: Span) -> tuple[str | None, str | None]:
    """``(date, date_text)`` for an event whose trigger is ``trigger``.

    The date expression attached to the trigger or its clause, else that of its sentence, else
    the publication date with ``date_text`` None. An attached expression with no calendar value
    ("in recent years") gives ``(None, its text)``: the event is dated, but not resolvably.
    """
    time = attached_time(doc, trigger) or sentence_time(doc, trigger)
    if time is None:
        return doc._.published, None
    return time["value"], time["text"]
