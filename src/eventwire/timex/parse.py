"""Reading one date expression ("last week", "Sept. 30, 1999", "two days ago") into a :class:`Spec`.

The spec says what the words fix (a year, a month, a weekday, an offset in some unit from the
publication date) and leaves the choice that needs the anchor and the tense to :mod:`resolve`.
Durations ("two days", "the past three years") and sets ("every Monday") are recognised so that
they can be left out: they are not dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.timex.lexicon import lexicon

# Words placed after "<count> <unit>" that count back or forward from the anchor.
_BACK = frozenset({"ago", "earlier", "before", "prior", "previously"})
_FORWARD = frozenset({"later", "hence", "after", "on"})

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b")
_DECADE = re.compile(r"(?:\b(\d{3})0|'(\d)0)'?s\b")
_TOKEN = re.compile(r"\d+(?:st|nd|rd|th)?|[a-z]+|'\d\d")
_BARE_NUMBER = re.compile(r"^\s*(?:\d{1,3}|\d{5,})\s*$")
_CENTURY = ("century", "centuries")
_QUARTER = re.compile(r"^q([1-4])$")
_HALF = re.compile(r"^h([12])$")


@dataclass
class Spec:
    """What a date expression fixes. ``kind``: date, duration, set, vague, number or unknown."""

    kind: str = "unknown"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: tuple[str, int] | None = None  # (TimeML code, month it starts in)
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # 199 for the 1990s, as TimeML writes decades
    century: int | None = None  # 18 for the 19th century (the 1800s), as TimeML writes centuries
    unit: str | None = None  # relative expression: day, week, weekend, month, quarter, year, decade
    offset: int | None = None  # ... and how many units from the anchor (-1 for "last week")
    shift: str | None = None  # "past", "future" or "current": what the words themselves say
    years_back: int = 0  # "the year-ago quarter": the same period one year before
    year_offset: int | None = None  # "July last year": the year is the anchor's minus one

    @property
    def cyclic(self) -> bool:
        """True when the expression names a point of a cycle without its year or week."""
        return self.year is None and self.year_offset is None and self.decade is None and (
            self.weekday is not None or self.month is not None or self.season is not None
            or self.quarter is not None or self.half is not None
        )


def _year(value: str) -> int:
    """A year from 2 or 4 digits ('90 -> 1990, 24 -> 2024; two-digit years pivot at 50)."""
    n = int(value.lstrip("'"))
    if n < 100:
        return n + (1900 if n >= 50 else 2000)
    return n


def _numeric(text: str, spec: Spec) -> bool:
    """Fill ``spec`` from an all-digit date (2024-04-08, 04/08/2024, 8.4.24); True if found."""
    m = _ISO.search(text)
    if m and 1 <= int(m.group(2)) <= 12:
        spec.year, spec.month = int(m.group(1)), int(m.group(2))
        spec.day = int(m.group(3)) if m.group(3) else None
        return True
    m = _NUMERIC.search(text)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        # Month first (US newswire order) unless the first number cannot be a month.
        month, day = (b, a) if a > 12 else (a, b)
        if 1 <= month <= 12 and 1 <= day <= 31:
            spec.year, spec.month, spec.day = _year(m.group(3)), month, day
            return True
    return False


def parse(text: str) -> Spec:
    """Read a date expression (without any context) into a :class:`Spec`."""
    lex = lexicon()
    low = text.lower().replace("\u2019", "'")
    spec = Spec()
    if _numeric(low, spec):
        spec.kind = "date"
        return spec
    if _BARE_NUMBER.match(low):
        spec.kind = "number"  # "44" (an age the model took for a date), "80486": not a date
        return spec
    decade = _DECADE.search(low)
    spelled_decade = next((w for w in re.findall(r"[a-z]+", low) if w in lex.decade_words), None)
    if decade:
        spec.decade = int(decade.group(1)) if decade.group(1) else _year("'" + decade.group(2) + "0") // 10
        low = low[: decade.start()] + " " + low[decade.end():]
    if spelled_decade is not None and not decade:
        spec.decade = 190 + lex.decade_words[spelled_decade]  # "the nineties": 199
        low = low.replace(spelled_decade, " ")
    words = _TOKEN.findall(low.replace("-", " "))
    spelled = _spelled_year(words, lex.cardinals)
    if spelled is not None:
        spec.year, (i, j) = spelled[0], spelled[1:]
        words = words[:i] + words[j:]
    if not words and spec.decade is None and spec.year is None:
        return spec
    if any(w in lex.set_words for w in words):
        spec.kind = "set"
        return spec

    count: int | None = None
    unit_at: int | None = None
    back = forward = False
    ordinal: int | None = None
    for i, w in enumerate(words):
        bare = re.sub(r"(st|nd|rd|th)$", "", w) if w[0].isdigit() else w.lstrip("'")
        if i + 1 < len(words) and words[i + 1] in _CENTURY and (
                bare.isdigit() and bare != w or w in lex.ordinals):
            century = int(bare) if bare.isdigit() else lex.ordinals[w]
            if i > 0 and century < 10 and lex.cardinals.get(words[i - 1]) == 20:
                century += 20  # "twenty-first"
            if 1 <= century <= 30:
                spec.century = century - 1  # "the 19th century": TimeML's 18 (the 1800s)
                continue
        if bare.isdigit():
            n = int(bare)
            if len(bare) == 4 and 1000 <= n <= 2999:
                spec.year = n
            elif w.startswith("'"):
                spec.year = _year(w)
            elif 1 <= n <= 31 and (bare != w or _near_month(words, i, lex)):
                spec.day = n  # "8th", "March 12", "12 March"
            else:
                count = n
            continue
        if w in lex.months and not (w == "may" and len(words) == 1 and text[:1].islower()):
            spec.month = lex.months[w]
        elif w in lex.weekdays:
            spec.weekday = lex.weekdays[w]
        elif w in lex.seasons:
            spec.season = lex.seasons[w]
        elif w in lex.deictic_days:
            spec.unit, spec.offset = "day", lex.deictic_days[w]
        elif w in lex.present_words and len(words) == 1:
            spec.unit, spec.offset = "day", 0  # "now", "currently": the time of writing
        elif w in lex.ordinals and _near_month(words, i, lex) and spec.day is None:
            spec.day = lex.ordinals[w]  # "March eighth", "the third of May"
        elif w in lex.ordinals:
            ordinal = lex.ordinals[w]
        elif _QUARTER.match(w):
            spec.quarter = int(_QUARTER.match(w).group(1))
        elif _HALF.match(w):
            spec.half = int(_HALF.match(w).group(1))
        elif w in ("quarter", "quarters") and ordinal and ordinal <= 4:
            spec.quarter = ordinal
        elif w == "half" and ordinal in (1, 2):
            spec.half = ordinal
        elif w in ("weekend", "weekends"):
            spec.unit, unit_at = "weekend", i
        elif w in lex.units:
            spec.unit, unit_at = lex.units[w], i
        elif w in lex.numbers and (i + 1 < len(words)) and _counts(words[i + 1:], lex):
            count = lex.numbers[w]
        elif w in ("night", "evening") and i > 0 and words[i - 1] == "last":
            spec.unit, spec.offset = "day", -1  # "last night": the evening before the anchor
        elif w in lex.day_parts and spec.shift == "current" and spec.unit is None:
            spec.unit, spec.offset = "day", 0  # "this morning"
        elif unit_at is not None and i > unit_at and w in _BACK:
            back = True
        elif unit_at is not None and i > unit_at and w in _FORWARD:
            forward = True
        elif w in lex.current_modifiers:
            spec.shift = "current"
        elif w in lex.future_modifiers and spec.shift != "current":
            spec.shift = "future"
        elif w in lex.past_modifiers and spec.shift != "current":
            spec.shift = spec.shift or "past"

    fixed = (spec.year, spec.month, spec.day, spec.weekday, spec.season, spec.quarter,
             spec.half, spec.decade, spec.century)
    if any(v is not None for v in fixed):
        spec.kind = "date"
        if spec.quarter is not None and _year_back(words):
            spec.years_back = 1  # "the year-earlier third quarter"
            spec.shift = None if spec.shift == "past" else spec.shift
        if spec.unit in ("day",) and spec.offset is not None and spec.weekday is not None:
            spec.unit = spec.offset = None  # "Monday night": the weekday fixes the day
        elif spec.unit == "year" and spec.year is None and spec.decade is None and spec.shift:
            # "July last year", "next year's first quarter", "this year in June"
            spec.year_offset = {"past": -1, "future": 1, "current": 0}[spec.shift]
            spec.unit = spec.shift = None
        elif spec.unit not in (None, "day"):
            spec.unit = None  # "the year 1990", "the week of March 4": the fixed part rules
        return spec
    if spec.unit is None:
        if any(w in lex.vague_words for w in words):
            spec.kind = "vague"
        return spec
    if spec.offset is not None:  # today, yesterday, last night
        spec.kind = "date"
        return spec
    if spec.unit == "quarter" and _year_back(words):
        spec.years_back, back, count = 1, False, None
        spec.shift = None if spec.shift == "past" else spec.shift
    return _relative(spec, words, count, back, forward)


def _year_back(words: list[str]) -> bool:
    """True for "year-ago", "year-earlier" or "last year's" before the unit word."""
    text = " ".join(words)
    return bool(re.search(r"\byear (ago|earlier)\b|\blast year s\b", text))


def _relative(spec: Spec, words: list[str], count: int | None, back: bool, forward: bool) -> Spec:
    """An expression built on a unit: "last week", "two days ago", "the year", "three weeks"."""
    has_the = "the" in words
    if count is not None:
        if back or forward:
            spec.kind, spec.offset = "date", -count if back else count
        else:
            spec.kind = "duration"  # "two days", "the last three years"
        return spec
    if back or forward:  # "a year earlier" without an article counted as one
        spec.kind, spec.offset = "date", -1 if back else 1
        return spec
    plural = any(w.endswith("s") and w[:-1] in ("day", "week", "month", "year", "decade")
                 for w in words)
    if plural:
        spec.kind = "vague"  # "recent years", "the coming months"
        return spec
    if spec.shift == "current":
        spec.kind, spec.offset = "date", 0
    elif spec.shift == "future":
        spec.kind, spec.offset = "date", 1
    elif spec.shift == "past":
        # "last week" is a date; "the past week" is the seven days up to now, a duration.
        if has_the and spec.unit != "weekend":
            spec.kind = "duration"
        else:
            spec.kind, spec.offset = "date", -1
    elif spec.unit == "weekend":
        spec.kind = "date"  # "the weekend": the tense chooses which one
    elif has_the or len(words) == 1 or spec.years_back:
        spec.kind, spec.offset = "date", 0  # "the year", "the quarter": the current one
    return spec


def _spelled_year(words: list[str], cardinals: dict[str, int]) -> tuple[int, int, int] | None:
    """A year said in words and where it lies: ``(1996, i, j)`` for "nineteen ninety six"."""
    for i, w in enumerate(words):
        if w == "two" and i + 1 < len(words) and words[i + 1] == "thousand":
            j, extra = i + 2, 0
            if j < len(words) and words[j] == "and":
                j += 1
            extra, j = _below_hundred(words, j, cardinals)
            return 2000 + extra, i, j
        century = cardinals.get(w, 0)
        if 10 <= century <= 29 and i + 1 < len(words):
            rest, j = _below_hundred(words, i + 1, cardinals)
            if rest >= 10 or (j > i + 1 and words[i + 1] == "oh"):
                return century * 100 + rest, i, j
    return None


def _below_hundred(words: list[str], i: int, cardinals: dict[str, int]) -> tuple[int, int]:
    """A number under 100 said in words from position ``i`` ("ninety six"), and where it ends."""
    if i < len(words) and words[i] == "oh":  # "nineteen oh five"
        i += 1
    value = cardinals.get(words[i], 0) if i < len(words) else 0
    if not value:
        return 0, i
    if value >= 20 and value % 10 == 0 and i + 1 < len(words) and \
            cardinals.get(words[i + 1], 0) in range(1, 10):
        return value + cardinals[words[i + 1]], i + 2
    return value, i + 1


def _near_month(words: list[str], i: int, lex) -> bool:
    """True when a number at ``i`` sits next to a month name ("March 12", "12 March")."""
    around = words[max(0, i - 2): i] + words[i + 1: i + 3]
    return any(w in lex.months for w in around)


def _counts(rest: list[str], lex) -> bool:
    """True when a number word is followed by a unit ("two days", "a few weeks")."""
    for w in rest[:3]:
        if w in lex.units or w in ("weekend", "weekends"):
            return True
        if w not in lex.numbers and w not in ("of", "or", "and"):
            return False
    return False
