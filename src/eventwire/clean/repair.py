"""Repair of text extracted from PDFs and web pages, recording everything it takes out.

The cleaned text reads as the article does: paragraphs joined by one blank line, no hard wraps,
words split across line or page breaks rejoined, and page furniture (captions, credits, URLs,
teasers, advertising, page numbers, running headers and footers) moved to ``removed``. PDF pages
arrive joined with a form feed ("\\f"). The rules are conservative: a line is removed only when
it cannot be the story's own prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from eventwire.clean.cues import (
    has_caption_word,
    is_advertisement,
    is_credit,
    is_page_number,
    is_related,
    is_url_line,
    looks_like_caption,
    more_words_than,
    names_picture_desk,
    split_credit,
    squeeze,
)
from eventwire.clean.furniture import find_furniture
from eventwire.clean.hyphen import rejoin, split_word_end, word_start

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = dict.fromkeys(map(ord, "\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                            "\u2008\u2009\u200a\u202f\u205f\u3000"), " ")
# One table for both (their keys differ and neither maps onto the other's keys), applied only
# when the text holds one of them: ``str.translate`` walks every character.
_ODD_CHARS = {**_INVISIBLE, **_SPACES}
_HAS_ODD = re.compile("[" + "".join(map(chr, _ODD_CHARS)) + "]")
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SOFT_HYPHEN = re.compile(r"\u00ad(?!\s*\n)")
_TERMINAL = ".!?:\"”’'»)…"
SHORT_LINE = 0.65  # a line shorter than this share of the wrap width may end a paragraph
UNWRAPPED = 200  # lines this long (90th percentile) were never hard-wrapped: one line, one paragraph
WRAPPED_SENTENCE_ENDS = 0.5  # above this share of inner lines ending a sentence: not hard-wrapped
RELATED_WORDS = 40
HEADING_WORDS = 8  # a paragraph this short that ends without a full stop may be a heading
MIN_LINES_FOR_WIDTH = 4  # fewer lines than this tell nothing about a wrap width
_OPENERS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"“‘'(«")


@dataclass
class Cleaned:
    """Cleaned text and what was removed from it, as ``{"kind", "text"}`` dicts in text order."""

    text: str
    removed: list[dict] = field(default_factory=list)


@dataclass
class _Line:
    text: str
    page: int
    order: int
    kind: str | None = None  # set when the line is furniture to remove


@dataclass
class _Para:
    lines: list[str]
    order: int
    page: int
    last_page: int
    gap: bool = False  # removed furniture or a page break sits between this and the paragraph before
    related: bool = False
    may_end: bool = False  # a short last line: the paragraph ends if the next line opens a sentence
    kind: str | None = None
    text: str = ""


def normalise(text: str) -> str:
    """Unify line ends and spaces; drop invisible and control characters; undo ligatures."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0b", "\n")
    if _HAS_ODD.search(text):
        text = text.translate(_ODD_CHARS)
    for lig, plain in _LIGATURES.items():
        text = text.replace(lig, plain)
    text = _CONTROL.sub("", text)
    return _SOFT_HYPHEN.sub("", text)  # a soft hyphen inside a line is invisible


def _lines(text: str) -> list[_Line]:
    pages = [page.split("\n") for page in text.split("\f")]
    furniture = find_furniture(pages)
    out: list[_Line] = []
    for p, page in enumerate(pages):
        for i, raw in enumerate(page):
            line = squeeze(raw)
            kind = furniture.get((p, i))
            if kind is None and line:
                kind = _line_kind(line)
            out.append(_Line(line, p, len(out), kind))
    return out


def _line_kind(line: str) -> str | None:
    if is_url_line(line):
        return "url"
    if is_advertisement(line):
        return "other"
    if is_page_number(line, at_page_edge=False):
        return "page-number"
    return None


def _width(lines: list[_Line]) -> float:
    lengths = sorted(len(line.text) for line in lines if line.text and not line.kind)
    if not lengths:
        return 0.0
    return float(lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))])


def _hard_wrapped(lines: list[_Line], width: float) -> bool:
    """True if lines were wrapped at a width (most lines inside a block end mid-sentence).

    One paragraph per line (web text) shows as long lines, or as lines that end a sentence.
    """
    if not 0 < width <= UNWRAPPED:
        return False
    kept = [line.text for line in lines if not line.kind]
    inner = [a for a, b in pairwise(kept) if a and b]
    if not inner:
        return True
    ended = sum(_ends_sentence(a) for a in inner)
    return ended < WRAPPED_SENTENCE_ENDS * len(inner)


def _blank_separated(lines: list[_Line]) -> bool:
    """True if blank lines separate paragraphs (otherwise only line lengths tell)."""
    separators, blank, started = 0, False, False
    for line in lines:
        if line.kind:
            continue
        if not line.text:
            blank = True
        else:
            separators += blank and started
            blank, started = False, True
    return separators >= 2


def _ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in _TERMINAL


def _paragraphs(lines: list[_Line], removed: list[tuple[int, str, str]]) -> list[_Para]:
    """Group kept lines into paragraphs; removed lines are recorded and leave a gap."""
    width = _width(lines)
    wrapped = _hard_wrapped(lines, width)
    by_blank = _blank_separated(lines)
    enough = sum(1 for line in lines if line.text and not line.kind) >= MIN_LINES_FOR_WIDTH
    paras: list[_Para] = []
    cur: _Para | None = None
    gap = False
    prev_page = 0

    def close() -> None:
        nonlocal cur
        if cur is not None:
            paras.append(cur)
            cur = None

    for line in lines:
        if line.kind:
            removed.append((line.order, line.kind, line.text))
            gap = True
            continue
        if not line.text:
            close()  # a broken word across the blank is mended later
            continue
        if line.page != prev_page:
            close()
            gap = True
            prev_page = line.page
        related = is_related(line.text)
        credit = (line.text[:1].isupper() or line.text[:1] in "([©") and is_credit(line.text)
        after_credit = cur is not None and split_credit(cur.lines[-1]) is not None
        if after_credit and credit:
            credit = False  # the rest of a credit that began on the line before
        else:
            opens = cur is not None and cur.may_end and line.text[:1] in _OPENERS
            if related or credit or not wrapped or after_credit or opens:
                close()
        if cur is None:
            cur = _Para([line.text], line.order, line.page, line.page, gap=gap, related=related)
            gap = False
        else:
            cur.lines.append(line.text)
            cur.last_page = line.page
        short = enough and len(line.text) < SHORT_LINE * width and not split_word_end(line.text)
        if credit or not wrapped or short and (cur.related or _ends_sentence(line.text)):
            close()
        elif short and not by_blank:
            cur.may_end = True  # ends the paragraph if the next line opens a sentence
    close()
    return paras


def _join(lines: list[str]) -> str:
    text = lines[0]
    for nxt in lines[1:]:
        if split_word_end(text) and word_start(nxt):
            text = rejoin(text, nxt)
        else:
            text = f"{text} {nxt}"
    return text.replace("\u00ad", "")


def _classify(paras: list[_Para], removed: list[tuple[int, str, str]]) -> None:
    """Mark teasers, credits and captions; split a caption from the credit it ends with."""
    for k, para in enumerate(paras):
        para.text = _join(para.lines)
        if para.related and not more_words_than(para.text, RELATED_WORDS):
            para.kind = "related"
            continue
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        if nxt and nxt.gap and nxt.lines[0][:1].islower():
            continue  # cut by a page break: the sentence goes on overleaf
        parts = split_credit(para.text)
        if parts is None:
            continue
        before, credit = parts
        if not before:
            para.kind = "credit"
            prev = paras[k - 1] if k else None
            pictured = prev and (
                has_caption_word(prev.text) or not _ends_sentence(prev.text) or k == 1
            )
            if pictured and not prev.kind and looks_like_caption(prev.text):
                prev.kind = "caption"
            continue
        caption = looks_like_caption(before)
        if not names_picture_desk(credit):
            # a bare agency ("(AFP)", "[Reuters]") may be a sign-off or a source: only a
            # paragraph that is clearly a caption gives it up
            first = all(p.kind for p in paras[:k])
            if not (caption and (first or has_caption_word(before))):
                continue
        removed.append((para.order + 0.5, "credit", credit))
        para.text = before
        if caption:
            para.kind = "caption"


def _mid_sentence(text: str) -> bool:
    """A paragraph that stops on a lower-case word or a comma, and is too long to be a heading."""
    return (text[-1:].islower() or text[-1:] == ",") and more_words_than(text, HEADING_WORDS - 1)


def _mend(paras: list[_Para]) -> list[str]:
    """Rejoin a paragraph cut by a page break or removed furniture; return paragraph texts."""
    out: list[str] = []
    joinable = False  # the last kept paragraph may continue into the next
    for para in paras:
        if para.kind:
            joinable = joinable or bool(out)
            continue
        text = para.text
        if out:
            prev = out[-1]
            broken = split_word_end(prev) is not None and word_start(text) is not None
            cut = (para.gap or joinable) and not _ends_sentence(prev)
            if broken:
                out[-1] = rejoin(prev, text)
            elif cut and (text[:1].islower() or _mid_sentence(prev)):
                out[-1] = f"{prev} {text}"
            else:
                out.append(text)
        else:
            out.append(text)
        joinable = False
    return out


def clean(text: str) -> Cleaned:
    """Clean extracted article text; see the module docstring for what is repaired and removed."""
    lines = _lines(normalise(text))
    removed: list[tuple[float, str, str]] = []
    paras = _paragraphs(lines, removed)
    _classify(paras, removed)
    removed += [(p.order, p.kind, p.text) for p in paras if p.kind]
    body = [squeeze(t) for t in _mend(paras)]
    return Cleaned(
        "\n\n".join(t for t in body if t),
        [{"kind": kind, "text": text} for _, kind, text in sorted(removed, key=lambda r: r[0])],
    )
