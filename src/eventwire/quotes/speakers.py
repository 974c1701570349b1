"""Speakers as record mentions, resolved to actors through the actors component's coreference.

The speaker mention stays as written in the quote's own context ("she", "his ministry", "the
statement"); its ``actor`` is the actor one of whose mentions it overlaps. A document that
"says" something ("the statement said", "according to a readout from the ministry") speaks for
its author: the possessor or "from"/"by" object of the noun, the subject of the verb that issued
it, or else the organisation that spoke last before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors import actor_at
from eventwire.quotes.cues import name_span, phrase_span
from eventwire.quotes.lexicon import Lexicon

_AUTHOR_PREPS = ("from", "by", "of")
_COLLECTIVE_KINDS = ("organization", "country", "group")
_RELATIVES = ("who", "which", "that")


def _span_actor(doc: Doc, span: Span) -> str | None:
    return actor_at(doc, span.start_char, span.end_char) if len(span) else None


def author_of(document: Token) -> Token | None:
    """Who issued a document noun: "the ministry's statement", "a readout from the ministry",
    "X issued a statement saying …"."""
    for child in document.children:
        if child.dep_ == "poss":
            return child
    for child in document.children:
        if child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    if document.dep_ in ("dobj", "nsubjpass") and document.head.i != document.i:
        for child in document.head.children:
            if child.dep_ in ("nsubj", "agent"):
                return child if child.dep_ == "nsubj" else next(iter(child.children), None)
    return None


def _kind(doc: Doc, actor_id: str | None) -> str | None:
    for actor in doc._.actors or []:
        if actor.get("id") == actor_id:
            return actor.get("kind")
    return None


def _last_collective_actor(doc: Doc, before: int, earlier: list[dict]) -> str | None:
    """The organisation that spoke last before ``before``, else the last one mentioned."""
    for quote in reversed(earlier):
        speaker = quote.get("speaker") or {}
        if speaker.get("actor") and _kind(doc, speaker["actor"]) in _COLLECTIVE_KINDS:
            return speaker["actor"]
    best, best_end = None, -1
    for actor in doc._.actors or []:
        if actor.get("kind") != "organization":
            continue
        for m in actor.get("mentions", []):
            if best_end < m["end"] <= before:
                best, best_end = actor["id"], m["end"]
    return best


def resolve(
    doc: Doc,
    head: Token,
    lex: Lexicon,
    avoid: tuple[int, int] | None,
    earlier: list[dict],
    cue: Token | None = None,
) -> dict:
    """The record's speaker object for the speaker token ``head``.

    ``avoid`` is the token range of the quote's content (the speaker phrase is kept out of it);
    ``earlier`` are the quotes already built, for documents whose author is not in the sentence;
    ``cue`` is the reporting verb (the speaker phrase stops before it).
    """
    span = phrase_span(head, avoid, cue, lex)
    if head.lower_ in _RELATIVES and head.head.dep_ == "relcl":
        head = head.head.head  # "who" speaks for the noun its clause hangs from
    actor = _span_actor(doc, name_span(head)) or actor_at(doc, head.idx, head.idx + len(head))
    if actor is None and head.lemma_.lower() in lex.documents:
        author = author_of(head)
        if author is not None:
            actor = _span_actor(doc, name_span(author))
        if actor is None:
            actor = _last_collective_actor(doc, head.idx, earlier)
    if actor is None:
        actor = _span_actor(doc, span)
    return {"text": span.text, "start": span.start_char, "end": span.end_char, "actor": actor}
