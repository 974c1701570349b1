"""The ``eventwire_quotes`` spaCy component: fills ``doc._.quotes`` with record-shaped quote dicts.

It runs after ``eventwire_actors`` so that each speaker's ``actor`` can be read off the actors'
mentions. On a Doc without a parse, or on anything it cannot read, it leaves an empty list.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventwire import extensions
from eventwire.quotes import finder, speakers
from eventwire.quotes.cues import cue_span
from eventwire.quotes.lexicon import lexicon


@Language.factory("eventwire_quotes")
def make_component(nlp: Language, name: str):
    extensions.register()
    return QuoteFinder()


class QuoteFinder:
    """Finds direct, indirect and mixed quotes with their cue and speaker."""

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.quotes = build(doc) if doc.has_annotation("DEP") else []
        except Exception as err:  # noqa: BLE001 - noted on the Doc; the article goes on
            extensions.component_failed(doc, "eventwire_quotes", err)
            doc._.quotes = []
        return doc


def build(doc: Doc) -> list[dict]:
    """The quotes of a parsed Doc as record dicts (ids ``q1``, ``q2``, … in text order)."""
    lex = lexicon()
    doc_text = doc.text  # spaCy rebuilds doc.text on every access: read it once
    found = finder.find(doc, lex, doc_text)
    quotes: list[dict] = []
    by_found: dict[int, dict] = {}
    for n, f in enumerate(found, start=1):
        text = " ".join(doc_text[s:e] for s, e in f.parts)
        quote = {
            "id": f"q{n}",
            "kind": f.kind,
            "text": text,
            "start": f.start,
            "end": f.end,
            "speaker": None,
            "cue": None,
        }
        if len(f.parts) > 1:
            quote["parts"] = [{"start": s, "end": e} for s, e in f.parts]
        if f.cue is not None:
            cue = cue_span(f.cue, lex)
            quote["cue"] = {"text": cue.text, "start": cue.start_char, "end": cue.end_char}
        if f.speaker is not None and not f.inherited:
            content = doc.char_span(f.start, f.end, alignment_mode="expand")
            avoid = (content.start, content.end) if content is not None else None
            quote["speaker"] = speakers.resolve(doc, f.speaker, lex, avoid, quotes, f.cue)
        quotes.append(quote)
        by_found[id(f)] = quote
    for f in found:
        source = f.source
        if f.inherited and source is not None and id(source) in by_found:
            by_found[id(f)]["speaker"] = dict(by_found[id(source)]["speaker"] or {}) or None
    return quotes
