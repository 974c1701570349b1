"""Names in a Title Case headline: the small model reads capitalised ordinary words as parts of
names there ("Kenya Digs In As" as one organisation, "Ruto Presses" as a person).

Every word of a Title Case headline is capitalised, so capitals say nothing there. A headline
entity keeps only its runs of words that are names elsewhere: place words of the gazetteer, or
words the article's body writes with a capital inside a sentence. The rest of the entity is
dropped from ``doc.ents`` before actors are found.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventwire.actors.knowledge import Knowledge
from eventwire.actors.resolve import place_words

# a headline is in Title Case when this share of its longer words (after the first) are
# capitalised, and there are at least this many of them
_TITLE_SHARE = 0.8
_TITLE_WORDS = 3
_LONG_WORD = 4


def headline_end(doc: Doc) -> int:
    """Token index where the Doc's first line ends (0 when there is no line break)."""
    for tok in doc:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            return tok.i + (0 if "\n" in tok.text else 1)
    return 0


def title_case(span: Span) -> bool:
    """Most longer words after the first are capitalised ("Clinton Wades In: Urges ...")."""
    words = [t for t in span[1:] if t.is_alpha and len(t) >= _LONG_WORD]
    if len(words) < _TITLE_WORDS:
        return False
    return sum(t.text[:1].isupper() for t in words) >= _TITLE_SHARE * len(words)


def repair_headline(doc: Doc, kb: Knowledge) -> None:
    """Cut the entities of a Title Case first line down to their name words (see the module
    docstring); a Doc without such a headline is left as it is."""
    end = headline_end(doc)
    if end == 0 or not title_case(doc[:end]):
        return
    named = _body_names(doc, end)
    places = {i for start, stop, _ in place_words(doc, kb, seats_and_regions=True)
              if start < end for i in range(start, stop)}
    ents, changed = [], False
    for ent in doc.ents:
        if ent.start >= end:
            ents.append(ent)
            continue
        keep = [t.i in places or t.lower_ in named
                or (t.text in ("'s", "’s", "-", "&") and t.i > ent.start) for t in ent]
        if all(keep):
            ents.append(ent)
            continue
        changed = True
        run: list[int] = []
        for tok, ok in zip(ent, keep):
            if ok:
                run.append(tok.i)
            elif run:
                ents.append(Span(doc, run[0], run[-1] + 1, label=ent.label_))
                run = []
        if run:
            ents.append(Span(doc, run[0], run[-1] + 1, label=ent.label_))
    if changed:
        doc.set_ents(ents, default="outside")


def _body_names(doc: Doc, end: int) -> set[str]:
    """Lower-cased words the body writes with a capital where a sentence does not begin."""
    return {t.lower_ for t in doc[end:] if t.text[:1].isupper() and not t.is_sent_start
            and t.i > 0 and doc[t.i - 1].text not in ('"', "“", "'", ":", "(")}
