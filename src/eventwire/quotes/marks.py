"""Finding text in quotation marks: straight, curly, single, guillemets; nested and multi-paragraph.

Works on characters, not tokens, so it runs before and apart from the parser. A paragraph whose
quotation is still open at its end continues into the next paragraph only when that paragraph opens
with a quotation mark (the news convention for a quote running over paragraphs); otherwise the
open mark is dropped, so one stray mark never swallows the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
STRAIGHT = {'"': "d", "'": "s"}
_PARA = re.compile(r"\n\s*\n|\n")
_OPEN_BEFORE = set(" \t\n([{—–-/" + DOUBLE_OPEN + SINGLE_OPEN + "\"'")
# a speaker label right after the mark that opens a paragraph: a quoted transcript
# ('"HOST: Let us begin …'), where each paragraph is its own speaker's turn
# ("OKAFOR: …", "MR. SMITH: …", "Anna Berg: …"; one capitalised word is not enough: "Look: …")
_LABEL = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}): "
)


@dataclass
class Quoted:
    """One top-level quotation: the content between the marks (``start``:``end``, exclusive).

    ``kind`` is ``"d"`` for double marks (and guillemets) and ``"s"`` for single marks;
    ``paragraphs`` counts the paragraphs it runs over; ``closed`` is False where it ran to the end
    of its paragraph without a closing mark.
    """

    start: int
    end: int
    kind: str
    paragraphs: int = 1
    closed: bool = True
    inner: list[tuple[int, int]] = field(default_factory=list)


def _width(text: str, i: int) -> int:
    """2 for a typewriter double mark written as two characters (``''`` or two backticks), else 1."""
    return 2 if text[i : i + 2] in ("''", "``") else 1


def _role(text: str, i: int) -> tuple[str, str] | None:
    """(kind, role) of the mark at ``i``: role is "open", "close" or "either"; None if not a mark."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    width = _width(text, i)
    nxt = text[i + width] if i + width < len(text) else " "
    if width == 2:
        ch = '"' if ch == "'" else "“"
    if ch in DOUBLE_OPEN:
        return "d", "open"
    if ch in DOUBLE_CLOSE:
        # a closing glyph used as an opener: space before, a word after
        if prev in _OPEN_BEFORE and nxt.isalnum():
            return "d", "open"
        return "d", "close"
    if ch == '"':
        if prev in _OPEN_BEFORE and not nxt.isspace():
            return "d", "open"
        if not prev.isspace() and (nxt.isspace() or not nxt.isalnum()):
            return "d", "close"
        return "d", "either"
    if ch in SINGLE_OPEN or ch in SINGLE_CLOSE or ch == "'":
        if prev.isalnum() and nxt.isalnum():
            return None  # an apostrophe inside a word: don't, Clinton's
        if ch in SINGLE_OPEN or ((prev in _OPEN_BEFORE) and nxt.isalnum()):
            return "s", "open"
        if not prev.isspace() and not nxt.isalnum():
            return "s", "close"
        return None
    return None


def _stray_opener(text: str, start: int, end: int) -> int | None:
    """Position of a lone straight double mark opening a paragraph whose quotations are in
    curly marks ('"The crowd walked on, chanting “Open it now!”'): an excerpt marker or a slip, not the
    start of a quote, so it is not read as a mark at all."""
    i = start
    while i < end and text[i].isspace():
        i += 1
    if i >= end or text[i] != '"' or text[i + 1 : i + 2] == '"':
        return None
    rest = text[i + 1 : end]
    return i if '"' not in rest and "“" in rest and "”" in rest else None


def _straight(ch: str) -> bool:
    """True for a typewriter mark; a quote running over paragraphs keeps one style of marks
    (a straight mark opening a paragraph before a curly one is an excerpt marker, not a
    continued quote)."""
    return ch in "\"'`"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _PARA.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _opens_with_mark(text: str, start: int, end: int, kind: str) -> int | None:
    """Position of the quotation mark of ``kind`` that opens the paragraph, if any."""
    i = start
    while i < end and text[i].isspace():
        i += 1
    if i < end:
        role = _role(text, i)
        if role and role[0] == kind and role[1] in ("open", "either"):
            return i
    return None


def find_quoted(text: str) -> list[Quoted]:
    """All top-level quotations in ``text``, in order (nested quotes stay inside their outer one)."""
    found: list[Quoted] = []
    # (content start, kind, paragraphs so far, the opening mark's character)
    carry: tuple[int, str, int, str] | None = None
    paras = _paragraphs(text)
    for n, (p_start, p_end) in enumerate(paras):
        stack: list[tuple[str, int, str]] = []  # (kind, content start, opening mark)
        i = p_start
        if carry is not None:
            mark = _opens_with_mark(text, p_start, p_end, carry[1])
            if mark is None:
                carry = None
            else:
                stack.append((carry[1], carry[0], carry[3]))
                i = mark + _width(text, mark)
        inner: list[tuple[int, int]] = []
        stray = _stray_opener(text, i, p_end) if carry is None else None
        while i < p_end:
            role = _role(text, i) if text[i] in "\"'`“”„«»‘’‹›" and i != stray else None
            width = _width(text, i) if role is not None else 1
            if role is not None:
                kind, how = role
                open_kinds = [k for k, _, _ in stack]
                if how in ("close", "either") and kind in open_kinds:
                    while stack and stack[-1][0] != kind:
                        stack.pop()
                    _, start, _ = stack.pop()
                    end = i
                    if not stack:
                        paragraphs = carry[2] + 1 if carry and start == carry[0] else 1
                        found.append(Quoted(start, end, kind, paragraphs, True, inner))
                        inner, carry = [], None
                    else:
                        inner.append((start, end))
                elif how in ("open", "either"):
                    start = i + width
                    opens = not stack and not text[p_start:i].strip()
                    label = _LABEL.match(text, start) if opens else None
                    # a transcript's turn: the label speaks, the quote starts after it
                    stack.append((kind, label.end() if label else start, text[i]))
            i += width
        if stack:
            kind, start, glyph = stack[0]
            nxt = paras[n + 1] if n + 1 < len(paras) else None
            mark = _opens_with_mark(text, nxt[0], nxt[1], kind) if nxt else None
            if (
                mark is not None
                and _straight(text[mark]) == _straight(glyph)
                and not _LABEL.match(text, mark + _width(text, mark))
            ):
                carry = (start, kind, (carry[2] + 1) if carry and start == carry[0] else 1, glyph)
            else:
                # unbalanced: the quotation runs to the end of its paragraph, never further
                end = p_end
                while end > start and text[end - 1].isspace():
                    end -= 1
                paragraphs = carry[2] + 1 if carry and start == carry[0] else 1
                found.append(Quoted(start, end, kind, paragraphs, False, inner))
                carry = None
        else:
            carry = None
    return [q for q in found if text[q.start : q.end].strip()]
