"""Recognising page furniture by its cues: URLs, teasers, advertising, photo credits, captions.

The cue words live in ``data/cleaning.yaml``; this module turns them into line and paragraph
tests. Every test is conservative: it fires only on text that cannot be the story's own prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from eventwire import data as knowledge

_URL_LINE = re.compile(r"^[<(\[]?(?:https?://|www\.)\S+?[>)\].,]?$", re.IGNORECASE)
_PAGE_WORD = re.compile(r"^(?:page|p\.)\s*\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?(?:\s*[-–—])?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=\S)")
_CREDIT_START = re.compile(r"(?:\s[|–—]\s*)|[(\[]")
_QUOTES = re.compile(r"[\"“”«»]")
# "Name Name / Outlet" or "Name/Outlet": the shape of a picture credit, short and capitalised.
_SLASH_CREDIT = re.compile(
    r"^(?:[A-Z0-9][\w.&'’-]*\s+){0,5}[A-Z0-9][\w.&'’-]*\s*/\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}$"
)
WORDS_IN_CREDIT = 12
WORDS_IN_CAPTION = 60
CREDIT_CHARS = 160


@dataclass(frozen=True)
class Cues:
    """The cue lists of ``cleaning.yaml``, ready for matching."""

    related: re.Pattern
    advertisement: frozenset[str]
    credit_label: re.Pattern
    agency_tail: re.Pattern
    agency_only: re.Pattern
    caption_words: tuple[str, ...]
    not_caption_words: tuple[str, ...]
    not_caption: re.Pattern  # any of ``not_caption_words`` as a whole word
    hyphen_prefixes: frozenset[str]


def _alternatives(items: list[str]) -> str:
    return "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True))


@lru_cache(maxsize=1)
def cues() -> Cues:
    """Load and compile ``cleaning.yaml`` once."""
    data = knowledge.read_yaml("clean", "cleaning.yaml")
    agencies = _alternatives(data["agencies"])
    labels = _alternatives(data["credit_labels"])
    return Cues(
        related=re.compile(
            rf"^(?:(?:{_alternatives(data['related_cues'])})\s*[:|»>–—-]"
            rf"|(?:{_alternatives([r for r in data['related_cues'] if ' ' in r])})\s+(?=(?-i:[A-Z“‘\"'])))",
            re.IGNORECASE,
        ),
        advertisement=frozenset(a.lower() for a in data["advertisement_lines"]),
        credit_label=re.compile(
            rf"(?:^|(?<=\s)|(?<=[|(\[]))[(\[]?(?:{labels})(?:\s+by\s+|\s*:\s*|\s*©\s*)\S", re.IGNORECASE
        ),
        agency_tail=re.compile(
            rf"(?:[(\[]\s*(?:{agencies})(?:\s*(?:/|via)\s*[\w .&'-]+)?\s*[)\]]"
            rf"|(?:\b(?:{agencies})\s*)?(?:/|\bvia\b|©)\s*(?:{agencies}))\s*$",
            re.IGNORECASE,
        ),
        agency_only=re.compile(
            rf"^[(\[©]?\s*(?:{agencies})(?:\s*(?:/|via|,)\s*[\w .&'-]{{1,40}})?\s*[)\]]?$", re.IGNORECASE
        ),
        caption_words=tuple(w.lower() for w in data["caption_words"]),
        not_caption_words=tuple(w.lower() for w in data["not_caption_words"]),
        not_caption=re.compile(
            rf"\b(?:{_alternatives([w.lower() for w in data['not_caption_words']])})\b"
            if data["not_caption_words"] else r"(?!)"
        ),
        hyphen_prefixes=frozenset(p.lower() for p in data["hyphen_prefixes"]),
    )


def is_url_line(line: str) -> bool:
    """A line that is only a web address (author links, share links, source links)."""
    return bool(_URL_LINE.match(line.strip()))


def is_page_number(line: str, at_page_edge: bool) -> bool:
    """"Page 3 of 10" anywhere; a bare "3" or "- 3 -" only at the top or bottom of a page."""
    line = line.strip()
    if _PAGE_WORD.match(line):
        return True
    return at_page_edge and bool(_PAGE_NUMBER.match(line))


def is_advertisement(line: str) -> bool:
    """An advertising slot or piece of site chrome standing alone on its line."""
    return line.strip().strip(".:|-–—").strip().lower() in cues().advertisement


def is_related(line: str) -> bool:
    """A teaser for another story: "Related article: …", "Read more: …"."""
    return bool(cues().related.match(line.strip()))


_SPACE = re.compile(r"\s")
_WORD = re.compile(r"\S+")
SQUEEZE_CHARS = 1 << 20  # a longer text is squeezed a part at a time


def squeeze(text: str, part_chars: int = SQUEEZE_CHARS) -> str:
    """``" ".join(text.split())``: runs of white space as one space, none at the ends.

    A text over ``part_chars`` (a 20 MB single-line text) is done a part at a time, each
    part ending where white space starts, so that no list of all of its millions of words is
    made at once.
    """
    if len(text) <= part_chars:
        return " ".join(text.split())
    parts, start = [], 0
    while start < len(text):
        m = _SPACE.search(text, min(start + part_chars, len(text)))
        end = m.start() if m else len(text)
        part = " ".join(text[start:end].split())
        if part:
            parts.append(part)
        start = end + 1 if m else end
    return " ".join(parts)


def more_words_than(text: str, n: int) -> bool:
    """Has ``text`` more than ``n`` words? (Looks at no more than the first ``n + 1``.)"""
    return next(islice(_WORD.finditer(text), n, None), None) is not None


def is_credit(text: str) -> bool:
    """A stand-alone picture credit: "Photo: Reuters", "(AFP)", "Reuters/Jane Doe"."""
    text = text.strip()
    if not text or more_words_than(text, WORDS_IN_CREDIT):
        return False
    if text[-1] in ".!?\"”":
        return False
    c = cues()
    m = c.credit_label.search(text)
    if m and m.start() == 0:
        return True
    return bool(c.agency_only.match(text) or _SLASH_CREDIT.match(text))


def _boundaries(text: str, offset: int) -> set[int]:
    """Offsets where a credit may begin: the start, after a full stop, a bracket, a bar or a dash."""
    found = {0} if offset == 0 else set()
    found |= {m.end() + offset for m in _SENTENCE_END.finditer(text)}
    for m in _CREDIT_START.finditer(text):
        found.add(offset + (m.start() if text[m.start()] in "([" else m.end()))
    return found


def split_credit(paragraph: str) -> tuple[str, str] | None:
    """Split a paragraph that ends in a picture credit into (text before it, credit).

    The text before may be empty (the paragraph is only a credit). Returns None when the
    paragraph does not end in a credit. A credit begins at the start of the paragraph, after a
    full stop, a bracket, a bar or a dash, never inside a sentence.
    """
    text = paragraph.strip()
    if not text or (text[-1] in ".!?\"”" and not text.endswith(")")):
        return None
    c = cues()
    offset = max(0, len(text) - CREDIT_CHARS)  # a credit is short: look at the end only
    tail = text[offset:]
    starts = _boundaries(tail, offset)
    candidates = [m.start() + offset for m in c.credit_label.finditer(tail)]
    m = c.agency_tail.search(tail)
    if m:
        candidates.append(m.start() + offset)
    candidates += [s for s in starts if _SLASH_CREDIT.match(text[s:])]
    for start in sorted(set(candidates)):
        if start not in starts:
            continue
        credit = text[start:].strip()
        if credit and not more_words_than(credit, WORDS_IN_CREDIT):
            return text[:start].rstrip(" |–—-,"), credit
    return None


def names_picture_desk(credit: str) -> bool:
    """True for a credit that can only be a picture credit: "Photo: …", "Name / Outlet"."""
    return bool(cues().credit_label.match(credit) or _SLASH_CREDIT.match(credit))


def looks_like_caption(text: str, *, first: bool = False) -> bool:
    """A short, quote-free paragraph that describes a picture (not speech, not a long story part)."""
    text = text.strip()
    if not text or more_words_than(text, WORDS_IN_CAPTION) or _QUOTES.search(text):
        return False
    low = f" {text.lower()} "
    return not cues().not_caption.search(low)


def has_caption_word(text: str) -> bool:
    """True if the paragraph names something only a picture caption would ("pictured", "(L)")."""
    low = f" {text.lower()} "
    return any(w in low for w in cues().caption_words)
