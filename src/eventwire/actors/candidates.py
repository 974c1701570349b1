"""Where actors may be named in a Doc: person names (with the small model's slips fixed),
organisations and places, gazetteer matches the model missed, and sector nouns ("police").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.knowledge import Knowledge
from eventwire.actors.phrases import entity_of, party_tag, strip_possessive
from eventwire.actors.resolve import dateline_end, media_title, place_words
from eventwire.actors.table import long_form as _long_form
from eventwire.actors.words import word_set
from eventwire.spans import doc_text

# the last word of a document's name, capitalised: these are signed or passed, not actors
_DOCUMENT_NOUNS = {w.title() for w in word_set("document_nouns")}
_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_MODIFIER_DEPS = {"compound", "amod", "nmod", "poss"}


def _is_place_word(text: str, kb: Knowledge) -> bool:
    low = text.lower()
    return (low in kb.country_names or low in kb.capitals or low in kb.seats
            or low in kb.regions or text in kb.adjectives)


def _demonyms(span: Span, kb: Knowledge) -> bool:
    """'Bosnian Serbs' tagged PERSON: every word a nationality, so a people, not a person."""
    words = [t.text for t in span if t.is_alpha]
    return bool(words) and all(w in kb.adjectives or w.rstrip("s") in kb.adjectives
                               for w in words)


def _after_title(span: Span, kb: Knowledge) -> bool:
    """'councillor Amara Okafor' tagged GPE: a name right after a person's title is a person."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    entry = kb.sectors.get(before.lower_) or kb.sectors.get(before.lemma_.lower())
    return entry is not None and entry[1] in ("title", "member") and before.tag_ != "NNS"


def person_names(doc: Doc, kb: Knowledge, day: str) -> list[Span]:
    """Spans that name people: PERSON entities that are no place, and other entities or proper
    nouns that repeat a person's name met earlier or a registry name."""
    names: list[Span] = []
    seen_words: set[str] = set()
    covered: set[int] = set()
    lowercase = {t.text for t in doc if t.is_alpha and t.text.islower()}
    for ent in doc.ents:
        text = strip_possessive(ent).text
        if ent.label_ == "PERSON" and not any(t.text[:1].isupper() for t in ent):
            continue  # "smuggles cocoa" tagged PERSON: a name has a capital letter
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.text.lower() in lowercase:
            continue  # "Cocoa flows ..." at a sentence's start: the article writes it "cocoa"
        if ent.label_ == "PERSON" and not _is_place_word(text, kb) \
                and not _demonyms(strip_possessive(ent), kb) or ent.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART") and (
            (text.lower() in seen_words and not _is_place_word(text, kb))
            or (text.lower() in kb.person_forms and " " in text)
            or (text[:1].isupper() and " " not in text and not _is_place_word(text, kb)
                and kb.find_person(text, day) is not None)
            or (ent.label_ != "NORP" and _after_title(ent, kb) and not _is_place_word(text, kb)
                and not any(t.lower_ in kb.sector_heads for t in ent))
        ):
            names.append(ent)
        else:
            continue
        covered.update(range(ent.start, ent.end))
        seen_words.update(t.lower_ for t in strip_possessive(ent) if t.is_alpha and len(t) > 1)
    # a name the model left untagged before a party-and-state tag ("<name> (D-Md.)")
    for tok in doc:
        if tok.i not in covered and tok.pos_ == "PROPN" and party_tag(tok, kb) is not None:
            start = tok.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and doc[start - 1].ent_type_ in ("", "PERSON", "ORG") and start - 1 not in covered:
                start -= 1
            if tok.i > start:
                names.append(doc[start:tok.i + 1])
                covered.update(range(start, tok.i + 1))
                seen_words.update(t.lower_ for t in doc[start:tok.i + 1] if t.is_alpha)
    # a bare surname the model left untagged ("Mao added ...")
    for tok in doc:
        if (tok.i not in covered and tok.pos_ == "PROPN" and not tok.ent_type_
                and tok.lower_ in seen_words and _earlier_name(names, tok)):
            names.append(doc[tok.i:tok.i + 1])
    return sorted(names, key=lambda s: s.start)


def _earlier_name(names: list[Span], tok: Token) -> bool:
    return any(n.end <= tok.i and tok.lower_ in (t.lower_ for t in n) for n in names)


def gazetteer_spans(doc: Doc, kb: Knowledge) -> list[Span]:
    """Country, capital, seat and region names the model did not tag (longest first)."""
    return [doc[start:end] for start, end, _ in place_words(doc, kb, seats_and_regions=True)
            if not any(doc[i].ent_type_ for i in range(start, end))]


def is_sector_head(tok: Token, kb: Knowledge) -> bool:
    """A noun heading its own phrase whose word is a title, institution or group noun."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.tag_ == "NNPS" and low.endswith("s") and len(low) > 3:
        lemma = low[:-1]  # the model gives capitalised plurals no lemma ("House Committees")
    if low not in kb.sector_heads and lemma not in kb.sector_heads:
        return False  # the cheap test first: most nouns are no title or institution
    if tok.dep_ in _MODIFIER_DEPS and tok.dep_ != "poss" and tok.head.i > tok.i:
        return False  # a possessor is a phrase of its own ("the Obama administration's plan")
    proper_only = {low, lemma} & kb.proper_sectors
    if not proper_only or tok.text[:1].isupper():
        return True
    # lower case, the word counts inside a longer phrase ("opposition parties", "peace movement")
    if tok.i == 0:
        return False
    before = tok.doc[tok.i - 1].lower_
    return any(f"{before} {word}" in kb.sectors for word in (low, lemma))


def candidate_heads(doc: Doc, kb: Knowledge, names: list[Span]) -> list[Token]:
    """Head tokens of every phrase that may name an actor, in document order."""
    heads: dict[int, Token] = {}
    name_tokens = {i for span in names for i in range(span.start, span.end)}
    for span in names:
        root = strip_possessive(span).root
        heads[root.i] = root
    for ent in doc.ents:
        if ent.label_ in _ENTITY_LABELS and not (set(range(ent.start, ent.end)) & name_tokens):
            root = strip_possessive(ent).root
            heads[root.i] = root
    for span in gazetteer_spans(doc, kb):
        heads[span[-1].i] = span[-1]
    for tok in doc:
        if tok.i not in name_tokens and is_sector_head(tok, kb):
            heads[tok.i] = tok
        elif tok.pos_ == "PROPN" and tok.i not in name_tokens and media_title(tok) is not None:
            heads[tok.i] = tok  # "the daily France-Soir": a newspaper the model did not tag
        elif (tok.pos_ == "PROPN" and not tok.ent_type_ and tok.i not in name_tokens
              and tok.dep_ not in _MODIFIER_DEPS and kb.near_place(tok.text)):
            heads[tok.i] = tok  # a misspelt country the model did not tag ("Ethopia")
    # the dateline and news agencies' credits give the place, the date and where a report
    # comes from: never an actor
    dateline = dateline_end(doc)
    return [heads[i] for i in sorted(heads)
            if heads[i].idx >= dateline and not _credit(heads[i], kb)
            and not _document(heads[i])]


def _document(head: Token) -> bool:
    """A treaty, accord or act named as such ("the Comprehensive Nuclear Accord", "the
    Clean Water Act", or its acronym after "<name> (<ACR>)") is what actors sign or pass,
    never an actor itself."""
    if not head.ent_type_:
        return False
    words = strip_possessive(entity_of(head)).text.split()
    if len(words) > 1:
        return words[-1] in _DOCUMENT_NOUNS
    long = _long_form(doc_text(head.doc), words[0]) if words else None
    return bool(long) and long.split()[-1] in _DOCUMENT_NOUNS


def _credit(head: Token, kb: Knowledge) -> bool:
    """A news agency named as the source of a report ("told Reuters", "AFP said")."""
    return bool(head.ent_type_) and strip_possessive(entity_of(head)).text.lower() in kb.credits
