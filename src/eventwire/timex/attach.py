"""Giving an event its date: the date expression of its own clause, else of the clause that
governs it, else the story's day; none where the article does not say.

The events coder calls :func:`event_date` with the trigger span; the answer comes from
``doc._.times`` (written by ``eventwire_times``) and the dependency parse. The rules, in order
(docs/time.md, "An event's date"):

1. an expression of the trigger's own clause: it hangs from the trigger ("talks on Tuesday"),
   or is an adverbial of the verb heading the trigger's clause ("met in Rome on Tuesday"), or of
   the verb a conjoined verb shares ("will arrive on Friday and meet ...");
2. an event told in the perfect ("have accused", "had visited") with no date of its own: none,
   the perfect places it at some unsaid time before the report;
3. an adverbial of a clause above the trigger's (the reporting clause: "said on Monday it would
   send aid", "said on Monday the rebels seized the town"); a background event told in the
   perfect inside the report took rule 2 already ("said on Monday four had been charged");
4. else the story's day: the first day the article names that is not after publication (the
   lead's "on Thursday"), else the publication date.

Expressions in a dateline ("BAGHDAD 1996-08-22", "SEOUL, May 3 (Reuters) -") are never an
event's date, and a date inside a noun phrase ("a 2012 measure", "the 1990 invasion") dates that
noun, not the clause's verb.
"""

from __future__ import annotations

import re
from datetime import date
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from eventwire.timex.lexicon import lexicon

_VERBAL = ("VERB", "AUX")
_CLIMB = 8
# What may follow a dateline's date: a line break, a dash, a colon or an agency in brackets.
_DATELINE_END = ("-", "—", "–", ":", "(", "--")


def clause_verb(token: Token) -> Token | None:
    """The verb heading the clause a token belongs to (the token itself when it is a verb)."""
    for _ in range(_CLIMB):
        if token.pos_ in _VERBAL:
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def adverbial_head(span: Span) -> Token | None:
    """The verb a date expression is an adverbial of, or None when it modifies a noun.

    From the expression's root, prepositions and parts of a day are passed ("on" of "on
    Monday", "at midnight Sunday"); the first other word is the expression's head: a verb ("met
    on Monday") or a noun ("a 2012 measure", "the invasion in 1990"), which dates only that
    noun, unless the expression is the noun's adverbial ("said in a speech Thursday night",
    "during a hearing last week"): an occasion's date is its clause's.
    """
    token = span.root.head
    day_parts = lexicon().day_parts
    for _ in range(_CLIMB):
        if span.start <= token.i < span.end or token.pos_ == "ADP" or token.lower_ in day_parts:
            if token.head is token:
                return None
            token = token.head
            continue
        break
    if token.pos_ in _VERBAL:
        return token
    if span.root.dep_ == "npadvmod":
        return clause_verb(token)  # "said in a speech Thursday night": the speech's verb
    if (token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.pos_ == "ADP"
            and token.head.lower_ in lexicon().occasion_preps
            and token.head.head.pos_ in _VERBAL):
        # "In an incident on May 2, a guard seized a ferry": the occasion's date
        return token.head.head
    return None


def in_dateline(span: Span) -> bool:
    """True for a date set in a dateline: at the start of a paragraph, after a place name only
    ("BAGHDAD 1996-08-22", "KYIV, Ukraine, March 3 (Reuters) -"), and ending the line or
    followed by a dash, a colon or an agency in brackets."""
    doc = span.doc
    start = span.start
    while start > 0 and not doc[start - 1].is_space and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    before = doc[start: span.start]
    if not len(before):  # the model took the place into the date: "KATHMANDU 1996-08-27"
        if not (span[0].is_upper and span[0].is_alpha and len(span[0]) > 1):
            return False
    elif len(before) > 8:
        return False
    if not all(t.is_punct or (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "X"))
               for t in before):
        return False
    if span.end >= len(doc):
        return True
    after = doc[span.end - 1]
    nxt = doc[span.end]
    return "\n" in after.whitespace_ + nxt.text or nxt.is_space or nxt.text in _DATELINE_END


# Per Doc: the times list it was computed from, and, for each expression,
# (Time dict, start, end, index of the verb it is an adverbial of or -1, index of the word it
# hangs from). Datelines are left out. The events coder asks for every event of a Doc; the
# answer changes only with the list. Only indices are kept: a Span or Token in the value would
# hold its Doc alive and the weak key would never go.
_TIMED: WeakKeyDictionary = WeakKeyDictionary()


def _timed(doc: Doc) -> list[tuple[dict, int, int, int, int]]:
    """The Doc's date expressions (datelines left out) with their token range, the verb each is
    an adverbial of and the word each hangs from, computed once per Doc."""
    times = doc._.times or []
    cached = _TIMED.get(doc)
    if cached is not None and cached[0] is times and cached[1] == len(times):
        return cached[2]
    out = []
    for time in times:
        span = doc.char_span(time["start"], time["end"], alignment_mode="expand")
        if span is None or not len(span) or in_dateline(span):
            continue
        head = adverbial_head(span)
        out.append((time, span.start, span.end, -1 if head is None else head.i,
                    span.root.head.i))
    _TIMED[doc] = (times, len(times), out)
    return out


def attached_time(doc: Doc, trigger: Span) -> dict | None:
    """The Time dict of the trigger's own clause, or None (rule 1 of the module docstring)."""
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


def perfect(verb: Token | None) -> bool:
    """True for a verb in the perfect ("have accused", "had been charged")."""
    if verb is None:
        return False
    have = lexicon().perfect_auxiliaries
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in have for c in verb.children)


def since_time(doc: Doc, verb: Token) -> dict | None:
    """The resolved Time dict inside the verb's "since" phrase or clause ("since Tuesday",
    "since their walkout started on Tuesday"), or None."""
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]  # "warning them to leave"
    since = next((c for v in verbs for c in v.children
                  if (c.lower_ == "since" and c.dep_ == "prep") or (c.dep_ == "advcl" and any(
                      m.dep_ == "mark" and m.lower_ == "since" for m in c.children))), None)
    if since is None:
        return None
    first, last = since.left_edge.i, since.right_edge.i
    for time, start, _, _, _ in _timed(doc):
        if first <= start <= last and time["value"] is not None:
            return time
    return None


def governing_time(doc: Doc, trigger: Span) -> dict | None:
    """The resolved Time dict of the nearest clause above the trigger's (rule 3), or None."""
    verb = clause_verb(trigger.root) if len(trigger) else None
    if verb is None:
        return None
    by_verb: dict[int, dict] = {}
    for time, _, _, gov_i, _ in _timed(doc):
        if gov_i >= 0 and time["value"] is not None:
            by_verb.setdefault(gov_i, time)
    token = verb
    for _ in range(_CLIMB):
        if token.head is token:
            return None
        above = clause_verb(token.head)
        if above is None:
            return None
        if above.i in by_verb:
            return by_verb[above.i]
        token = above
    return None


def story_time(doc: Doc, report: bool = False) -> dict | None:
    """The story's day (rule 4): the first day-precision date the article names, outside the
    dateline and not after publication ("said on Thursday" in the lead), or None. A headline
    has nothing before it, so the first such day anywhere counts, not only one before. With
    ``report`` (for a statement), the latest such day of that date's sentence: "fighting broke
    out on Sunday ..., the group said on Monday" is reported on Monday."""
    published = doc._.published or ""
    found = None
    for time, start, _, _, _ in _timed(doc):
        value = time["value"]
        if time["precision"] == "day" and value and (not published or value <= published[:10]):
            if found is None:
                if not report:
                    return time
                found, sentence = time, doc[start].sent
            elif doc[start].sent == sentence and value > found["value"]:
                found = time
    return found


_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def event_value(time: dict) -> str | None:
    """A Time's value as an event's date: day, month or year, as event data is coded. A week
    ("last week", "at the weekend") is the month its Thursday falls in (ISO 8601's own rule for
    the month of a week); every other value is kept."""
    value = time["value"]
    m = _WEEK.match(value or "")
    if not m:
        return value
    thursday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 4)
    return f"{thursday.year:04d}-{thursday.month:02d}"


def event_date(doc: Doc, trigger: Span | None, *, report: bool = False
               ) -> tuple[str | None, str | None]:
    """``(date, date_text)`` for an event whose trigger is ``trigger``.

    See the module docstring for the rules. ``date_text`` is the expression the date came from
    when it is the event's own or its governing clause's; a date taken from the story's day or
    the publication date has ``date_text`` None. An attached expression with no calendar value
    ("in recent years") gives ``(None, its text)``: the event is dated, but not resolvably.
    No trigger (a span that fell between tokens) has the publication date. ``report``: the
    event is a statement, which takes the story's reporting day (see :func:`story_time`).
    """
    if trigger is None:
        return doc._.published, None
    time = attached_time(doc, trigger)
    if time is not None:
        return event_value(time), time["text"]
    verb = clause_verb(trigger.root) if len(trigger) else None
    if perfect(verb):
        # "had been warning the dockers since their walkout started on Tuesday": an act
        # under way since a dated moment is dated by when it began; else no date of its own
        since = since_time(doc, verb)
        return (event_value(since), since["text"]) if since is not None else (None, None)
    time = governing_time(doc, trigger)
    if time is not None:
        return event_value(time), time["text"]
    story = story_time(doc, report=report)
    if story is not None:
        return story["value"], None
    return doc._.published, None
