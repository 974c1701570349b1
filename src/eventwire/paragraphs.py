"""Paragraph breaks are sentence boundaries: the ``eventwire_paragraphs`` component.

Text copied from the news keeps its layout: a dateline line ("BELGRADE 1996-08-26"), a headline,
a caption-free paragraph. Left alone, the parser may run a dateline or headline into the first
sentence and give its verb two subjects ("LIMA ... the envoy met"). Placed before the parser,
this component marks the first word after a line break as a sentence start, which the parser
keeps, and the word after it, on the same line, as no sentence start (the parser sometimes cuts a
one-word sentence there: "Three | Kenyan rangers were injured").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("eventwire_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence at the first word after every line break, and never right after that
    word when its line goes on ("Three Kenyan rangers were injured": no one-word sentence)."""
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            nxt = doc[tok.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
                after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
                if (after is not None and "\n" not in nxt.whitespace_ and not after.is_space
                        and not after.is_punct and not nxt.is_punct):
                    after.is_sent_start = False
    return doc
