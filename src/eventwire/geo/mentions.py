"""Finding place mentions in a Doc: named entities the model tags as places, names from the
gazetteer in a place-like context (the small model tags some cities as PERSON or ORG, or not at
all), and the dateline."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from eventwire.dateline import dateline_at
from eventwire.geo.cues import Cues
from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.names import name_key
from eventwire.spans import doc_text
from eventwire.syntax import OBJECT_DEPS

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities that are never places, even when the model's span is exactly a gazetteer name.
NOT_PLACE_LABELS = frozenset({
    "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE",
})
MAX_NAME_TOKENS = 4
# "KYIV, Ukraine (Reuters) -" or "BEIJING —": an upper-case name opening the text.


@dataclass
class Mention:
    """A stretch of text that names a place, before resolution."""

    start: int  # character offsets into doc.text
    end: int
    text: str
    name: str  # the name to look up (text without a trailing "region" etc.)
    source: str  # "ner", "gazetteer" or "dateline"
    restrict: str | None = None  # "admin1" when the text says it is a region
    qualifier: int | None = None  # index of a mention that qualifies it ("Paris, Texas")
    token_start: int = 0
    token_end: int = 0
    extra: dict = field(default_factory=dict)


def _strip_the(span: Span) -> Span:
    while len(span) > 1 and span[0].lower_ in ("the",):
        span = span[1:]
    return span


def _term_after(doc: Doc, end: int, cues: Cues) -> bool:
    return end < len(doc) and doc[end].lower_ in cues.admin_terms


def _ner_mentions(doc: Doc, gaz: Gazetteer, cues: Cues) -> list[Mention]:
    found = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        span = _strip_the(ent)
        while len(span) > 1 and span[-1].is_punct and not gaz.has(span.text):
            span = span[:-1]
        if _glued_to_a_name(doc, span, gaz, cues):
            continue  # "Sergio Paris": the model split a person's name into two places
        name, restrict = span.text, None
        if len(span) > 1 and span[-1].lower_ in cues.admin_terms and not gaz.has(name):
            name, restrict = span[:-1].text, "admin1"
        elif _term_after(doc, span.end, cues):
            restrict = "admin1"
        if gaz.has(name):
            found.append(Mention(span.start_char, span.end_char, span.text, name, "ner",
                                 restrict, token_start=span.start, token_end=span.end,
                                 extra={"label": ent.label_}))
            continue
        # "Charleston, W.Va.", "northeast Georgia": the names inside a place entity that is
        # not itself a known name.
        if ent.label_ == "FAC":
            continue  # facilities are read like organisations, below
        for sub in _names_within(doc, span.start, span.end, gaz):
            found.append(Mention(sub.start_char, sub.end_char, sub.text, sub.text, "ner",
                                 token_start=sub.start, token_end=sub.end,
                                 extra={"label": ent.label_}))
    return found


# A city named inside an organisation's or a facility's name is read as a place only if it is
# at least this big or named as a place elsewhere in the article ("Danbury Hospital").
NAMED_IN_ORG_MIN_POPULATION = 100_000


def _names_in_organisations(doc: Doc, gaz: Gazetteer, taken: set[int],
                            known: set[str]) -> list[Mention]:
    """Places named inside organisation and facility names: "University of Texas",
    "Environment Canada", "the Cottonport Fire Station"."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "FAC") or any(i in taken for i in range(ent.start, ent.end)):
            continue
        for sub in _names_within(doc, ent.start, ent.end, gaz):
            if (sub.start, sub.end) == (ent.start, ent.end) and ent.label_ == "ORG":
                continue  # an organisation named exactly like a place: left to the context rules
            cands = gaz.lookup(sub.text)
            if sub.text.lower() in known or any(
                c.feature in ("country", "admin1") or c.level == "admin2"
                or (c.feature == "city" and c.population >= NAMED_IN_ORG_MIN_POPULATION)
                for c in cands
            ):
                found.append(Mention(sub.start_char, sub.end_char, sub.text, sub.text, "name",
                                     token_start=sub.start, token_end=sub.end,
                                     extra={"label": ent.label_}))
    return found


def _glued_to_a_name(doc: Doc, span: Span, gaz: Gazetteer, cues: Cues) -> bool:
    """True when a name-like word that is no place sits right before or after ``span``."""
    for i in (span.start - 1, span.end):
        if not 0 <= i < len(doc):
            continue
        tok = doc[i]
        if (_name_like(tok) and not tok.is_stop and tok.is_alpha
                and tok.lower_ not in cues.admin_terms and not gaz.has(tok.text)):
            return True
    return False


def _names_within(doc: Doc, start: int, end: int, gaz: Gazetteer) -> list[Span]:
    """Longest known names among the name-like tokens of ``doc[start:end]``, not overlapping."""
    matches = []
    for i in range(start, end):
        for j in range(min(end, i + MAX_NAME_TOKENS), i, -1):
            if all(_name_like(doc[k]) for k in range(i, j)) and gaz.has(doc[i:j].text):
                matches.append(doc[i:j])
                break
    chosen: list[Span] = []
    for span in sorted(matches, key=lambda s: -len(s)):
        if all(span.end <= c.start or c.end <= span.start for c in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def _name_like(token) -> bool:
    """Capitalised like a name: "Kyiv", "KYIV", "U.S.", "W.Va.", "DeKalb"."""
    text = token.text
    return (
        token.is_title
        or (token.is_upper and len(text) > 1)
        or (text[:1].isupper() and any(ch.isupper() for ch in text[1:]) and text.isalpha())
    )


def _covering_entity(doc: Doc, start: int, end: int) -> Span | None:
    """The first entity overlapping ``doc[start:end]``, read from the tokens' IOB tags so that
    ``doc.ents`` is not rebuilt for every candidate name."""
    for k in range(start, end):
        iob = doc[k].ent_iob  # 3 = B, 1 = I, 2 = O, 0 = unset
        if iob not in (1, 3):
            continue
        first = k
        while iob == 1 and first > 0:
            first -= 1
            iob = doc[first].ent_iob
        last = k + 1
        while last < len(doc) and doc[last].ent_iob == 1:
            last += 1
        return Span(doc, first, last, label=doc[k].ent_type)
    return None


@dataclass
class _Words:
    """Per-token facts of a Doc the mention finders scan repeatedly, read once."""

    text: str
    starts: list[int]
    ends: list[int]
    name_like: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> _Words:
        tokens = list(doc)
        return cls(doc_text(doc), [t.idx for t in tokens],
                   [t.idx + len(t.text) for t in tokens], [_name_like(t) for t in tokens])

    def between(self, start: int, end: int) -> str:
        """The text of tokens ``start:end`` (as ``doc[start:end].text``)."""
        return self.text[self.starts[start]:self.ends[end - 1]]


def _gazetteer_mentions(doc: Doc, gaz: Gazetteer, cues: Cues, taken: set[int],
                        words: _Words) -> list[Mention]:
    """Names the model missed, accepted only where the context says "place"."""
    found = []
    i = 0
    n = len(doc)
    # a candidate name is a run of name-like tokens not already taken
    usable = [ok and j not in taken for j, ok in enumerate(words.name_like)]
    while i < n:
        if not usable[i]:
            i += 1
            continue
        tok = doc[i]
        if tok.is_stop and not tok.is_title:
            i += 1
            continue
        run = 1
        while run < MAX_NAME_TOKENS and i + run < n and usable[i + run]:
            run += 1
        match = None
        for size in range(run, 0, -1):
            if gaz.has(words.between(i, i + size)):
                match = doc[i:i + size]
                break
        if match is None:
            i += 1
            continue
        qualifies_previous = (
            found and found[-1].token_end == match.start - 1 and doc[match.start - 1].text == ","
            and any(c.feature in ("admin1", "country") for c in gaz.lookup(match.text))
        )
        if qualifies_previous or _inner_dateline(doc, match) or _place_context(doc, match, gaz, cues):
            restrict = "admin1" if _term_after(doc, match.end, cues) else None
            found.append(Mention(match.start_char, match.end_char, match.text, match.text,
                                 "gazetteer", restrict, token_start=match.start,
                                 token_end=match.end))
        i = match.end
    return found


def _place_context(doc: Doc, span: Span, gaz: Gazetteer, cues: Cues) -> bool:
    """True when a gazetteer name found outside the place entities is used as a place."""
    ent = _covering_entity(doc, span.start, span.end)
    if ent is not None:
        if ent.label_ in NOT_PLACE_LABELS:
            return False
        if (ent.start, ent.end) != (span.start, span.end):
            return False  # part of a longer name: "Paris Saint-Germain", "Jackson Hewitt"
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_.rstrip(".") in cues.person_markers:
        return False
    if _sentence_start(doc, span.start) and ent is None:
        return False  # a capitalised sentence opener is too often an ordinary word
    if prev is not None and prev.lower_ in cues.locative_prepositions:
        return True
    if prev is not None and prev.lower_ == "of" and (ent is None or ent.label_ != "PERSON"):
        return True
    if _term_after(doc, span.end, cues):
        return True
    root = span.root
    if (root.dep_ in OBJECT_DEPS and root.head.lemma_.lower() in cues.place_object_verbs
            and (ent is None or ent.label_ != "PERSON")):
        return True
    after = span.end
    if after + 1 < len(doc) and doc[after].text == "," and _name_like(doc[after + 1]):
        for size in range(min(MAX_NAME_TOKENS, len(doc) - after - 1), 0, -1):
            qual = doc[after + 1:after + 1 + size]
            if any(c.feature in ("admin1", "country") for c in gaz.lookup(qual.text)):
                return True
    if ent is not None and ent.label_ == "ORG":
        return any(c.feature in ("country", "admin1") for c in gaz.lookup(span.text))
    return False


def _repeated_mentions(doc: Doc, mentions: list[Mention], taken: set[int],
                       words: _Words) -> list[Mention]:
    """Other occurrences of a name already read as a place in this article (one sense per
    article): "Fargo" after "in Fargo" is the same place, even where no cue says so."""
    known = {m.text.lower(): m for m in mentions}
    if not known:
        return []
    longest = max(len(m.text.split()) for m in mentions)
    found = []
    i = 0
    n = len(doc)
    while i < n:
        if i in taken or not words.name_like[i]:
            i += 1
            continue
        hit = None
        for size in range(min(longest, n - i), 0, -1):
            if (words.between(i, i + size).lower() in known
                    and not any(j in taken for j in range(i, i + size))):
                hit = doc[i:i + size]
                break
        if hit is None or not _free_name(doc, hit):
            i += 1
            continue
        first = known[hit.text.lower()]
        found.append(Mention(hit.start_char, hit.end_char, hit.text, first.name, "repeat",
                             first.restrict, token_start=hit.start, token_end=hit.end,
                             extra=dict(first.extra)))
        i = hit.end
    return found


def _free_name(doc: Doc, span: Span) -> bool:
    """True unless ``span`` is part of a longer entity or a non-place entity."""
    ent = _covering_entity(doc, span.start, span.end)
    if ent is None:
        return True
    if ent.label_ in NOT_PLACE_LABELS:
        return False
    return (ent.start, ent.end) == (span.start, span.end)


_DATELINE_MARKS = frozenset({"\u2014", "\u2013", "--", "-", ",", "("})


def _inner_dateline(doc: Doc, span: Span) -> bool:
    """An upper-case name opening a sentence before a dash or comma: "TORRINGTON — The ..."."""
    return (
        _sentence_start(doc, span.start)
        and all(t.is_upper or t.is_punct for t in span)
        and sum(len(t) for t in span if t.is_alpha) >= 3
        and span.end < len(doc)
        and doc[span.end].text in _DATELINE_MARKS
    )


def _sentence_start(doc: Doc, i: int) -> bool:
    """True when token ``i`` opens a sentence (works without a parser too)."""
    if i == 0:
        return True
    if doc.has_annotation("SENT_START"):
        return bool(doc[i].is_sent_start)
    return doc[i - 1].text in {".", "!", "?"} or "\n" in doc[i - 1].whitespace_ + doc[i - 1].text


def _dateline_mention(doc: Doc, gaz: Gazetteer) -> Mention | None:
    text = doc_text(doc)
    dateline = dateline_at(text, len(text) - len(text.lstrip()))
    if dateline is None or dateline.dated_at_once:  # "DUBAI 1996-08-22": no separator to go by
        return None
    name = text[dateline.place_start:dateline.place_end]
    if not gaz.has(name.title()) and not gaz.has(name):
        return None
    span = doc.char_span(dateline.place_start, dateline.place_end, alignment_mode="expand")
    if span is None:
        return None
    return Mention(span.start_char, span.end_char, span.text, name.title(), "dateline",
                   token_start=span.start, token_end=span.end)


def find_mentions(doc: Doc, gaz: Gazetteer, cues: Cues) -> list[Mention]:
    """All place mentions of ``doc`` in text order, with "Paris, Texas" qualifiers linked."""
    mentions = []
    dateline = _dateline_mention(doc, gaz)
    if dateline is not None:
        mentions.append(dateline)
    taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
    for m in _ner_mentions(doc, gaz, cues):
        if not any(i in taken for i in range(m.token_start, m.token_end)):
            mentions.append(m)
            taken.update(range(m.token_start, m.token_end))
    words = _Words.of(doc)
    gazetteer = _gazetteer_mentions(doc, gaz, cues, taken, words)
    mentions.extend(gazetteer)
    taken.update(i for m in gazetteer for i in range(m.token_start, m.token_end))
    repeated = _repeated_mentions(doc, mentions, taken, words)
    mentions.extend(repeated)
    taken.update(i for m in repeated for i in range(m.token_start, m.token_end))
    mentions.extend(_names_in_organisations(doc, gaz, taken, {m.text.lower() for m in mentions}))
    mentions = [m for m in mentions if name_key(m.name) not in cues.generic_names]
    mentions.sort(key=lambda m: m.start)
    for k, m in enumerate(mentions[:-1]):
        nxt = mentions[k + 1]
        if nxt.token_start == m.token_end + 1 and doc[m.token_end].text == ",":
            m.qualifier = k + 1
    return mentions
