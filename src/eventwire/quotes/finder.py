"""Finding the quotes of a parsed Doc: direct, indirect and mixed, each with its cue and speaker token.

Direct quotes start from the quotation marks (``marks``); each takes the reporting verb that
governs it in the parse, or that hangs from it ("…," she said). Indirect quotes start from the
reporting verbs and take the clause they govern (``content``). Where that clause holds more than
the quoted words, the quote is mixed. Quoted text with no cue takes the speaker of the quote
around it; short quoted text with no cue is a title or scare quote and is dropped. An
attribution whose cue lies inside another quote's content is part of that content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.dateline import dateline_at
from eventwire.quotes import cues
from eventwire.quotes.content import content_of
from eventwire.quotes.lexicon import Lexicon, lexicon
from eventwire.quotes.marks import Quoted, find_quoted

MIN_WORDS = 4  # quoted text shorter than this, with no cue, is a title, a term or a scare quote
# the last dependency on the path from quoted words up to their cue: what a reporting verb governs
_GOVERNED = {
    "ccomp",
    "xcomp",
    "dobj",
    "oprd",
    "parataxis",
    "advcl",
    "conj",
    "dep",
    "attr",
    "acomp",
    "npadvmod",
    "appos",
    "pcomp",
}
_CLIMB = 4
_TRAIL = " \t\n,;:"
# words that may open a quoted clause without making it mixed ("asked whether “…”"); "that" is
# not one: 'said that "…"' is a reported clause whose words are quoted, a mixed quote that
# starts at "that", as indirect clauses do (PolNeAR starts 97 of 99 such contents at "that")
_COMPLEMENTIZERS = ("whether", "if")
_JOINERS = frozenset({"and", "or", "but", "nor", "then", "also", "not"})
_DANGLING = re.compile(r"[\s,;—–-]+(?:and|but|or|nor)$")


@dataclass
class Found:
    """A quote before it becomes a record dict: content parts (character spans), cue and speaker."""

    kind: str
    parts: list[tuple[int, int]]
    cue: Token | None = None
    speaker: Token | None = None
    inherited: bool = False  # speaker taken from the surrounding quote
    absorbed: bool = False
    source: Found | None = None  # the quote whose speaker an uncued quote took

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


@dataclass
class _Direct:
    quoted: Quoted
    span: Span | None
    cue: Token | None = None
    words: int = 0
    absorbed: bool = False


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    if start == 0 or text[start - 1] == "\n":
        dateline = dateline_at(text, start, end)
        if dateline is not None and dateline.dashed:
            # "WASHINGTON (AP) — Officials said …": the dateline is no one's words
            start = dateline.end
            while start < end and text[start].isspace():
                start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    dangling = _DANGLING.search(text, start, end)
    if dangling:  # "… would be stronger — and" cut off at a paragraph's end
        end = dangling.start()
    return start, end


def _near(text: str, span: Span, token: Token) -> bool:
    """True when ``token`` is in the paragraph where quoted ``span`` starts or ends (a parse may
    join a quote to a heading or a paragraph below it)."""
    if token.idx < span.start_char:
        return "\n" not in text[token.idx : span.start_char]
    return "\n" not in text[span.end_char : token.idx]


def _governing_cue(span: Span, inside: set[int], lex: Lexicon, text: str) -> Token | None:
    """The reporting verb the quoted span hangs from, or that hangs from the quoted span, in
    the paragraph of the quote (``text`` is the Doc's text)."""
    own = set(range(span.start, span.end))
    for token in span:
        head, child, steps = token.head, token, 0
        while head.i not in own and head.i != child.i and steps < _CLIMB:
            if not _near(text, span, head):
                break
            if head.i not in inside and (cues.is_cue(head, lex) or head.lower_ == "according"):
                addressed = child.dep_ == "dobj" and lex.lemma(head) in lex.addressee_verbs
                if child.dep_ in _GOVERNED and not addressed:
                    return head
                break
            child, head, steps = head, head.head, steps + 1
    for token in span.sent if span.sent.start <= span.start else span:
        if token.i in own or token.i in inside or not _near(text, span, token):
            continue
        if token.head.i in own and cues.is_cue(token, lex):
            return token
        if token.i < span.start and cues.label_colon(token):
            return token
    # a cue right after the closing mark in the same sentence: '…," she said' parsed loosely
    doc = span.doc
    end_sent = doc[span.end - 1].sent
    for token in doc[span.end : min(end_sent.end, span.end + 6)]:
        if token.i in inside or not _near(text, span, token):
            break
        if cues.is_cue(token, lex) and cues.subject_of(token) is not None:
            return token
    return _attribution_after(span, text) or _attribution_before(span, text)


def _attribution_after(span: Span, text: str) -> Token | None:
    """Any verb in the attribution slot of a quote ('"…," he surmised', '"…?" asked Ms. Berg'):
    a verb right after a quote that ends in a comma, question or exclamation mark, with its
    subject (a name or a pronoun) beside it, reports the quote whatever the verb."""
    doc = span.doc
    i = span.end
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space):
        if "\n" in doc[i].text:
            return None
        i += 1
    last = text[span.start_char : span.end_char].rstrip(" \"'”’»")[-1:]
    if (
        i >= len(doc)
        or last not in (",", "?", "!", "—")
        or "\n" in text[span.end_char : doc[i].idx]
    ):
        return None
    first = doc[i]
    for verb in (first, first.head, first.head.head):
        if verb.pos_ != "VERB" or verb.i > i + 4 or verb.i < i:
            continue
        # a parse may give the verb a second subject inside the quote: look at each
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if subject.pos_ not in ("PROPN", "PRON", "NOUN"):
                continue
            if subject.left_edge.i == i or (verb.i == i and subject.i > verb.i):
                return verb
    return None


def _attribution_before(span: Span, text: str) -> Token | None:
    """A verb with a subject right before the colon that opens a quote ('He shot back: "…"'),
    or right before the comma that opens it ('She joked, "…"')."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    if i < 1 or doc[i].text not in (":", ",") or "\n" in text[doc[i].idx : span.start_char]:
        return None
    verb = doc[i - 1]
    if doc[i].text == ",":  # 'She joked, "…"': only the verb right before the comma
        subject = cues.subject_of(verb) if verb.pos_ == "VERB" else None
        return verb if subject is not None and subject.pos_ in ("PROPN", "PRON", "NOUN") else None
    while verb.pos_ != "VERB" and verb.head.i != verb.i and verb.head.i < i and i - verb.i < 5:
        verb = verb.head
    if verb.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in verb.children):
        return verb
    if verb.pos_ == "VERB" and verb.dep_ == "advcl" and cues.is_cue(verb, lexicon()):
        # '<X> was critical, telling the paper: "…"': a participle of saying speaks for the
        # subject of the clause it hangs from
        subject = cues.subject_of(verb)
        return verb if subject is not None and subject.pos_ in ("PROPN", "PRON", "NOUN") else None
    return None


def _inside_marks(doc: Doc, quoted: list[Quoted], size: int) -> set[int]:
    """Indices of tokens within quotation marks (the marks themselves included); ``size`` is
    the length of the text."""
    inside: set[int] = set()
    for q in quoted:
        span = doc.char_span(max(q.start - 1, 0), min(q.end + 1, size), alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def _core(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character range of a token range without a leading complementizer, quote marks and punctuation."""
    while start < end and (
        doc[start].is_punct or doc[start].is_quote or doc[start].lower_ in _COMPLEMENTIZERS
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_quote):
        end -= 1
    if end <= start:
        return (0, 0)
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def find(doc: Doc, lex: Lexicon | None = None, text: str | None = None) -> list[Found]:
    """All quotes of ``doc`` in text order (speakers as tokens; actors are resolved later).

    ``text`` is ``doc.text`` when the caller has it: spaCy rebuilds that string on every access.
    """
    lex = lex or lexicon()
    text = doc.text if text is None else text
    quoted = find_quoted(text)
    inside = _inside_marks(doc, quoted, len(text))
    directs: list[_Direct] = []
    for q in quoted:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        d = _Direct(
            q, span, words=sum(1 for t in span if not t.is_punct and not t.is_space) if span else 0
        )
        if span is not None and len(span):
            d.cue = _governing_cue(span, inside - set(range(span.start, span.end)), lex, text)
        directs.append(d)

    found: list[Found] = []
    for token in doc:
        if token.i in inside:
            continue
        kind_of_cue = cues.cue_kind(token, lex)
        if kind_of_cue is None:
            continue
        rng = content_of(token, lex, kind=kind_of_cue)
        if rng is None:
            continue
        speaker = cues.speaker_token(token, lex)
        if kind_of_cue not in ("speech", "hedge") and speaker is None:
            continue
        c_start = doc[rng[0]].idx
        c_end = doc[rng[1] - 1].idx + len(doc[rng[1] - 1])
        covered = [d for d in directs if d.quoted.start < c_end and c_start < d.quoted.end]
        own = [d for d in covered if d.cue is None or d.cue.i == token.i]
        kind = "indirect"
        if own:
            core = _core(doc, *rng)
            lo, hi = own[0].quoted.start - 1, own[-1].quoted.end + 1
            if len(own) == len(covered) and lo <= core[0] and core[1] <= hi:
                for d in own:
                    d.cue = token  # the clause is the quoted words: a direct quote
                continue
            for d in own:
                d.absorbed = True
            c_start, c_end = min(c_start, own[0].quoted.start), max(c_end, own[-1].quoted.end)
            kind = "mixed"
        c_start, c_end = _clip_to_paragraph(text, token.idx, c_start, c_end)
        if kind_of_cue == "hedge":  # the hedge belongs to the clause it hedges
            parts = [_strip(text, c_start, c_end)]
        else:
            parts = _around_cue(doc, text, token, c_start, c_end)
        if parts:
            found.append(Found(kind, parts, token, speaker))

    found.extend(_direct_quotes(doc, text, directs, lex))
    found.sort(key=lambda f: (f.start, f.end))
    found = _outermost([f for f in found if not f.absorbed])
    _inherit_speakers(text, found)
    return [f for f in found if not f.absorbed]


def _outermost(found: list[Found]) -> list[Found]:
    """The quotes whose cue is not inside another quote's content: "she said they would back
    the plan" reports what she said, and "back the plan" is part of it, not a quote of its own
    (PolNeAR marks the outer attribution only)."""
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: f.start - f.end):  # the longest first
        cue = f.cue
        if cue is not None and any(
            g.cue is not None
            and g.start <= f.start
            and f.end <= g.end
            and any(a <= cue.idx < b for a, b in g.parts)
            for g in kept
        ):
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))


def _direct_quotes(doc: Doc, text: str, directs: list[_Direct], lex: Lexicon) -> list[Found]:
    """Direct quotes: quoted spans grouped by their cue (an interrupted quote is one quote)."""
    out: list[Found] = []
    for d in directs:
        if d.absorbed or d.span is None:
            continue
        part = _strip(text, d.quoted.start, d.quoted.end)
        if part[1] <= part[0]:
            continue
        prev = out[-1] if out else None
        if prev is not None and _continues(text, prev, d):
            prev.parts.append(part)
            if prev.cue is None:
                prev.cue = d.cue
            continue
        if d.cue is None and (d.words < MIN_WORDS or _is_title(d.span)):
            continue  # a title, a term, a scare quote
        speaker = cues.speaker_token(d.cue, lex) if d.cue is not None else None
        out.append(Found("direct", [part], d.cue, speaker))
    return out


def _around_cue(doc: Doc, text: str, cue: Token, start: int, end: int) -> list[tuple[int, int]]:
    """Content pieces on either side of an attribution set inside it ("C1, X said, C2")."""
    left, right = cue.left_edge, cue.right_edge
    if left.idx <= start and end <= right.idx + len(right):
        # the clause hangs from the cue ("which critics said was unfair"): the attribution is
        # the cue with its dependents other than that clause
        clause = [c for c in cue.children if c.dep_ in _GOVERNED and start <= c.idx < end]
        words = [cue] + [t for c in cue.children if c not in clause for t in c.subtree]
        words = [t for t in words if not t.is_punct or t.i == cue.i]
        left, right = min(words, key=lambda t: t.i), max(words, key=lambda t: t.i)
    if not start < cue.idx < end:
        pieces = [(start, end)]
    else:
        pieces = [(start, left.idx), (right.idx + len(right), end)]
    pieces = [_strip(text, a, b) for a, b in pieces]
    return [(a, b) for a, b in pieces if b > a and any(ch.isalnum() for ch in text[a:b])]


def _is_title(span: Span) -> bool:
    """Quoted words all capitalised ("Triumph Over the West"): a title, not something said."""
    words = [t for t in span if t.is_alpha and len(t) > 3]
    return bool(words) and all(t.text[0].isupper() for t in words)


def _clip_to_paragraph(text: str, anchor: int, start: int, end: int) -> tuple[int, int]:
    """Keep a reported clause inside the paragraph of its cue (a parse may run across a break)."""
    para_start = text.rfind("\n", 0, anchor) + 1
    para_end = text.find("\n", anchor)
    para_end = len(text) if para_end < 0 else para_end
    return max(start, para_start), min(end, para_end)


def _continues(text: str, prev: Found, d: _Direct) -> bool:
    """True when quoted span ``d`` resumes ``prev`` after its attribution ('"A," she said, "B"')."""
    if d.cue is not None and (prev.cue is None or d.cue.i != prev.cue.i):
        return False
    if prev.cue is None:
        return False
    gap = text[prev.end : d.quoted.start]
    if "\n" in gap or len(gap) > 250:
        return False
    if (
        d.cue is None
        and (d.words < MIN_WORDS or _is_title(d.span))
        and gap.rstrip(" \"'“”‘’«»`")[-1:] not in (",", ":", ";", "—", "–", "-", ".")
    ):
        return False  # a title or term inside the attribution ('… said on "Meet the Press."')
    cue = prev.cue
    if d.cue is not None and _joined(gap):
        return True  # 'called it "a disgrace" and "a fraud"': one quote in pieces
    return prev.end <= cue.idx < d.quoted.start


def _joined(gap: str) -> bool:
    """True when the text between two quoted pieces of one cue only joins them ('" and then "')."""
    words = gap.strip(" \t,;\"'“”‘’«»`").split()
    return 0 < len(words) <= 2 and all(w.lower() in _JOINERS for w in words)


def _resumes(text: str, source: Found, f: Found) -> bool:
    """True when cue-less ``f`` follows ``source``'s attribution in the same paragraph, or
    opens the next paragraph after an attribution sentence that closes ``source``'s."""
    if source.cue is None or source.end > f.start:
        return False
    gap = text[source.end : f.start]
    if len(gap) > 250 or not source.end <= source.cue.idx < f.start:
        return False
    if "\n" not in gap:
        return True
    # '"A," she said.' closing its paragraph, then a paragraph that opens with the quote
    before, _, after = gap.partition("\n")
    attribution = text[source.cue.idx : source.end + len(before)].rstrip()
    one_sentence = attribution.endswith(".") and not any(ch in attribution[:-1] for ch in ".?!")
    return one_sentence and not after.strip(" \n\"'“”‘’«»`")


def _inherit_speakers(text: str, found: list[Found]) -> None:
    """Give quoted text with no cue the speaker of the nearest attributed quote around it."""
    for n, f in enumerate(found):
        if f.cue is not None or f.kind != "direct":
            continue
        para_start = text.rfind("\n\n", 0, f.start)
        # two paragraphs back at most
        window_start = text.rfind("\n\n", 0, para_start) if para_start > 0 else 0
        source = None
        for g in reversed(found[:n]):
            if g.end < window_start:
                break
            if g.speaker is not None and not g.absorbed:
                source = g
                break
        if source is None:
            para_end = text.find("\n\n", f.end)
            para_end = len(text) if para_end < 0 else para_end
            for g in found[n + 1 :]:
                if g.start > para_end:
                    break
                if g.speaker is not None and g.cue is not None:
                    source = g
                    break
        if source is not None and _resumes(text, source, f):
            source.parts.extend(f.parts)  # '"A," she said. "B."' is one quote
            f.absorbed = True
        elif source is not None:
            f.speaker = source.speaker
            f.inherited = True
            f.source = source
