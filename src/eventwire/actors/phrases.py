"""Reading one noun phrase: which country, region, title or institution its own words name.

``read_phrase(head)`` takes the head token of a noun phrase ("Modi" in "Indian Prime
Minister Narendra Modi") and returns a :class:`Phrase` with the span and the cues found in it,
using the gazetteers of :mod:`eventwire.actors.knowledge`. It decides nothing about coreference.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from eventwire.actors.knowledge import Knowledge, Party, Region
from eventwire.actors.words import number_words, word_set

# dependency labels of words that modify a noun from inside its phrase
_INNER = {"compound", "amod", "nmod", "poss", "case", "det", "nummod", "flat", "punct", "prep",
          "pobj", "quantmod", "advmod", "npadvmod", "nn", "appos", "cc", "conj"}
_DETERMINERS = word_set("determiners")
_NAME_LABELS = {"PERSON"}
# nouns an "of"-phrase may add to a title ("members of parliament", "leaders of the opposition")
_OF_NOUNS = word_set("of_nouns")
# adjectives written after a title's noun ("attorneys general"): part of the phrase
_POSTPOSITIVE = word_set("postpositive_title_words")
# words of rank before a title ("deputy head", "deputy spokesman"): they give no sector of their own
_RANK_WORDS = word_set("rank_words")


@dataclass
class Cue:
    """A word or words of the phrase that tell something: a country, a sector, a region."""

    start: int  # token index in the doc
    end: int
    value: str
    how: str  # "name", "adjective", "capital", "seat", "compound", "region"
    possessive: bool = False  # followed by 's ("Moscow's Foreign Ministry")


@dataclass
class Phrase:
    """A noun phrase read for actor cues."""

    span: Span
    head: Token
    countries: list[Cue] = field(default_factory=list)
    region: Region | None = None
    region_cue: Cue | None = None
    sector: Cue | None = None  # value = sector code; extra fields below
    sector_kind: str | None = None
    title: str | None = None
    modifier: str | None = None  # "ELI" for former office holders
    person: Span | None = None  # the name inside the phrase
    determiner: str | None = None
    core_end: int | None = None  # end of the phrase without a trailing "in"/"from" place
    possessor: Token | None = None  # a possessive pronoun ("his ministry")
    gender: str | None = None
    count: int | None = None  # "the two men" → 2
    party: Party | None = None  # "Republican officials": the party named, its country a cue
    legislator: bool = False  # "<name> (R-S.C.)": a party-and-state tag marks a legislator

    @property
    def country(self) -> str | None:
        return self.countries[0].value if self.countries else None

    @property
    def head_is_sector(self) -> bool:
        if self.sector is None or not self.sector.start <= self.head.i < self.sector.end:
            return False
        # the title ends at the head, or with a word written after it ("attorneys general")
        return all(t.lower_ in _POSTPOSITIVE for t in self.head.doc[self.head.i + 1:self.sector.end])


def phrase_bounds(head: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``head``: its left modifiers, the head, and an
    "of"-phrase right after it ("Ministry of Defence", "president of Armenia")."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in _INNER and child.left_edge.i < start:
            start = child.left_edge.i
    doc = head.doc
    # an appositive name takes its title from the noun it stands beside ("his counterpart Olaf Scholz")
    if (head.dep_ == "appos" and head.head.i < head.i and head.head.pos_ == "NOUN"
            and head.pos_ == "PROPN"):
        start = min(start, phrase_bounds(head.head)[0])
    for i in range(start, head.i):  # a spaced dash or a colon ends what came before
        spaced = bool(doc[i].whitespace_) or (i > 0 and bool(doc[i - 1].whitespace_))
        if (doc[i].text in ("-", "—", "–") and spaced) or doc[i].text in (":", ";", "(", ")") \
                or doc[i].is_space:
            start = i + 1
    # "Prime Minister <name> and President <name>": a person's phrase starts after the "and"
    # that joins it to another named person
    for i in range(head.i - 1, start, -1):
        if doc[i].dep_ == "cc" and any(doc[j].ent_type_ == "PERSON" for j in range(start, i)):
            start = i + 1
            break
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    end = _postpositive_end(head)
    for child in _right_children(head):
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == end:
            objects = [c for c in child.children if c.dep_ == "pobj"
                       and (c.ent_type_ in ("GPE", "ORG", "NORP", "LOC") or c.pos_ == "PROPN"
                            or c.lemma_.lower() in _OF_NOUNS)]
            if objects:
                end = max(end, _noun_right_edge(objects[0]) + 1)
    while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


# dependents that open a clause of their own: the noun phrase ends before them (a parse may
# hang the sentence's verb from the object of "of": "members of the coalition called for …")
_CLAUSES = {"acl", "relcl", "advcl", "ccomp", "xcomp", "parataxis"}


def _noun_right_edge(token: Token) -> int:
    """The index of the last token of the noun phrase ``token`` heads, clauses left out
    ("mayors of Denver and Memphis" keeps its joined names)."""
    edge = token.i
    for child in token.rights:
        if child.dep_ in _CLAUSES or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
            break
        if child.dep_ in ("cc", "punct"):
            continue
        edge = max(edge, _noun_right_edge(child))
    return edge


def entity_of(token: Token) -> Span:
    """The named-entity span a token belongs to (the token alone if it is in none), read from
    the IOB tags so that ``doc.ents`` is not rebuilt for every question."""
    doc = token.doc
    if not token.ent_type_:
        return doc[token.i:token.i + 1]
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def names_within(span: Span) -> list[Span]:
    """The PERSON entities wholly inside ``span`` (as ``span.ents`` gives them), read from the
    IOB tags of the span's tokens so that ``doc.ents`` is not rebuilt for every phrase."""
    doc = span.doc
    n = len(doc)
    out = []
    i = span.start
    while i < span.end:
        tok = doc[i]
        if tok.ent_iob_ != "B" or not tok.ent_type_:
            i += 1
            continue
        end = i + 1
        while end < n and doc[end].ent_iob_ == "I":
            end += 1
        if end > span.end:
            break  # an entity running past the span is not within it
        if tok.ent_type_ in _NAME_LABELS:
            out.append(doc[i:end])
        i = end
    return out


def _postpositive_end(head: Token) -> int:
    """The end of a title's noun with the adjective written after it ("attorneys general",
    "consuls general": ``postpositive_title_words`` in ``words.yaml``)."""
    end = head.i + 1
    doc = head.doc
    if end < len(doc) and doc[end].head.i == head.i and doc[end].lower_ in _POSTPOSITIVE:
        end += 1
    return end


def _right_children(head: Token) -> list[Token]:
    """The head's right dependents, and those the parse hangs from its postpositive adjective
    ("attorneys general [of Texas]")."""
    out = list(head.rights)
    end = _postpositive_end(head)
    if end > head.i + 1:
        out += [c for c in head.doc[end - 1].rights]
    return out


def place_extension(head: Token, end: int) -> int:
    """End of an "in"/"from" place after a plural group noun ("rebels in Darfur", "refugees
    from Liberia"): where the group is from, read for its country but no part of the mention."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS":
        return end
    for child in _right_children(head):
        if child.dep_ == "prep" and child.lower_ in ("in", "from") and child.i == end:
            objects = [c for c in child.children if c.dep_ == "pobj"
                       and (c.ent_type_ in ("GPE", "LOC") or c.pos_ == "PROPN")]
            if objects:
                return objects[0].right_edge.i + 1
    return end


def read_phrase(head: Token, kb: Knowledge, *, start: int | None = None, end: int | None = None,
                names: list[Span] | None = None) -> Phrase:
    """Read the cues of the noun phrase headed by ``head`` (bounds may be given).

    ``names``: the person names of the document as the caller corrected them (default: the
    model's PERSON entities).
    """
    doc = head.doc
    core_end = end
    if start is None or end is None:
        start, end = phrase_bounds(head)
        core_end = end
        end = place_extension(head, end)
        if head.ent_type_ in ("ORG", "NORP", "GPE", "FAC"):
            # the whole name of an organisation ("... Independence of Angola") is its phrase
            ent = entity_of(head)
            start, end = min(start, ent.start), max(end, ent.end)
            core_end = max(core_end, ent.end)
    phrase = Phrase(span=doc[start:end], head=head, core_end=core_end or end)
    tokens = list(phrase.span)
    _find_person(phrase, names)
    _find_regions_and_countries(phrase, tokens, kb)
    _find_sector(phrase, tokens, kb)
    _find_party(phrase, tokens, kb)
    if not phrase.countries:
        _find_home_institution(phrase, tokens, kb)
    tagged = party_tag(head, kb)
    if tagged is not None and phrase.person is not None:
        # "Rep. <name> (R-S.C.)": a US legislator, whatever place names the title holds
        phrase.party, phrase.legislator = tagged, True
        phrase.countries.insert(0, Cue(head.i, head.i + 1, tagged.country, "party"))
    for tok in tokens:
        low = tok.lower_
        if tok.i == start and low in _DETERMINERS:
            phrase.determiner = low
        if tok.dep_ == "poss" and tok.pos_ == "PRON" and low in kb.pronouns:
            phrase.possessor = tok
        if low in kb.gender_cues:
            phrase.gender = kb.gender_cues[low]
        if low in kb.modifiers and (phrase.sector is None or tok.i < phrase.sector.start):
            phrase.modifier = kb.modifiers[low]
        if tok.like_num and tok.dep_ == "nummod":
            phrase.count = _number(tok)
    return phrase


_NUMBERS = number_words()


def _number(tok: Token) -> int | None:
    if tok.lower_ in _NUMBERS:
        return _NUMBERS[tok.lower_]
    return int(tok.text) if tok.text.isdigit() and len(tok.text) < 3 else None


def _find_person(phrase: Phrase, names: list[Span] | None) -> None:
    if names is None:
        names = names_within(phrase.span)
    for name in names:
        if name.start <= phrase.head.i < name.end:
            phrase.person = strip_possessive(name)


def strip_possessive(span: Span) -> Span:
    """'Xi Jinping's' → 'Xi Jinping' (the case marker is no part of the name)."""
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].dep_ == "case" or (
        end > span.start + 1 and span.doc[end - 1].lower_ in ("'s", "’s", "'")
    ):
        end -= 1
    return span.doc[span.start:end]


def _find_regions_and_countries(phrase: Phrase, tokens: list[Token], kb: Knowledge) -> None:
    """Longest gazetteer matches, left to right, outside the person's name."""
    i, n = 0, len(tokens)
    name_range = range(phrase.person.start, phrase.person.end) if phrase.person else range(0)
    while i < n:
        matched = 0
        # the longest window whose text still starts some known name: no longer one can match
        widest = 0
        while widest < min(10, n - i) and _text(tokens[i:i + widest + 1]).lower() \
                in kb.place_prefixes:
            widest += 1
        for size in range(widest, 0, -1):
            window = tokens[i:i + size]
            if window[0].i in name_range:
                break
            text = _text(window)
            low = text.lower()
            cue = None
            if low in kb.regions and (window[0].text[0].isupper()
                                      or (window[0].lower_ not in _DETERMINERS  # "al-Qaeda"
                                          and window[0].text[0] == kb.regions[low].name[0])) and (
                    size > 1 or window[0].is_upper or window[0].i == phrase.head.i
                    or kb.regions[low].kind == "organization"):
                phrase.region = phrase.region or kb.regions[low]
                phrase.region_cue = phrase.region_cue or Cue(window[0].i, window[-1].i + 1,
                                                             kb.regions[low].country, "region")
                matched = size
                break
            if low in kb.country_names and window[0].text[0].isupper():
                cue = Cue(window[0].i, window[-1].i + 1, kb.country_names[low], "name")
            elif text in kb.adjectives and not _ethnic(window[0]):
                cue = Cue(window[0].i, window[-1].i + 1, kb.adjectives[text], "adjective")
            elif low in kb.seats and window[0].text[0].isupper():
                cue = Cue(window[0].i, window[-1].i + 1, kb.seats[low], "seat")
            elif low in kb.capitals and window[0].text[0].isupper():
                cue = Cue(window[0].i, window[-1].i + 1, kb.capitals[low], "capital")
            elif low in kb.places_within and window[0].text[0].isupper():
                end = window[-1].i + 1
                if end < len(window[0].doc) and window[0].doc[end].lower_ in _PLACE_UNITS:
                    end += 1  # "West Darfur State", "Sindh province": the place itself
                cue = Cue(window[0].i, end, kb.places_within[low], "place")
            if cue and _not_owner(window[-1]):
                cue = None  # "the Israeli-occupied West Bank" is no part of Israel
                matched = size
                break
            if cue and _against_or_for(window[0]):
                cue = None  # "anti-Syria journalist": the country is what the phrase opposes
                matched = size
                break
            if cue:
                if window[-1].i + 1 < len(tokens[0].doc) and window[-1].nbor(1).lower_ in ("'s", "’s"):
                    cue.possessive = True
                phrase.countries.append(cue)
                matched = size
                break
        if not matched and (tokens[i].ent_type_ in ("GPE", "LOC", "ORG", "NORP")
                            or tokens[i].pos_ == "PROPN") \
                and tokens[i].text[:1].isupper() and tokens[i].i not in name_range:
            near = kb.near_place(tokens[i].text)  # a misspelt country or capital
            if near is not None:
                phrase.countries.append(Cue(tokens[i].i, tokens[i].i + 1, near[0], near[1]))
                matched = 1
        if not matched:
            # "U.S.-led" and "Russian-made" carry a country before the hyphen
            head_part, _, tail = tokens[i].text.partition("-")
            if tail and tail.lower() not in _NOT_OWNER and (
                    head_part in kb.adjectives or head_part.lower() in kb.country_names):
                iso = kb.adjectives.get(head_part) or kb.country_names[head_part.lower()]
                phrase.countries.append(Cue(tokens[i].i, tokens[i].i + 1, iso, "compound"))
        i += matched or 1


# words that make a place name a unit of the country ("Sindh province", "West Darfur State")
_PLACE_UNITS = word_set("place_units")

# "Israeli-occupied West Bank": the place is held by the country, it is not the country's own
_NOT_OWNER = word_set("not_owner")


def _not_owner(tok: Token) -> bool:
    """'Israeli-occupied' written as 'Israeli', '-', 'occupied'."""
    doc = tok.doc
    return (tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-"
            and doc[tok.i + 2].lower_ in _NOT_OWNER)


def _against_or_for(tok: Token) -> bool:
    """'anti-Syria', 'pro-Moscow' (as one token or as 'anti', '-', 'Syria')."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("anti", "pro"):
        return True
    return tok.i >= 1 and doc[tok.i - 1].lower_ in ("anti-", "pro-")


def _ethnic(tok: Token) -> bool:
    """'ethnic Albanians' are a people wherever they live, not citizens of Albania."""
    return tok.i > 0 and tok.nbor(-1).lower_ == "ethnic"


def _text(tokens: list[Token]) -> str:
    out = ""
    for j, tok in enumerate(tokens):
        out += tok.text + (tok.whitespace_ if j < len(tokens) - 1 else "")
    return out


# words after a party's name that keep it the party ("Democratic National Committee")
_PARTY_NEXT = {"party", "national", "presidential"}


def _find_home_institution(phrase: Phrase, tokens: list[Token], kb: Knowledge) -> None:
    """'Congress', 'the Knesset', 'State Department spokesman': an institution whose name
    alone is one country's gives that country (home_institutions.tsv), capitalised only."""
    n = len(tokens)
    for i in range(n):
        if not tokens[i].text[:1].isupper():
            continue
        for size in range(min(4, n - i), 0, -1):
            text = _text(tokens[i:i + size]).lower()
            if text in kb.home_institutions:
                phrase.countries.append(Cue(tokens[i].i, tokens[i + size - 1].i + 1,
                                            kb.home_institutions[text], "home"))
                return


def party_tag(head: Token, kb: Knowledge) -> Party | None:
    """The party of a "(R-S.C.)" / "(D-Md.)" tag right after a name, else None."""
    doc, i = head.doc, head.i + 1
    if i + 3 < len(doc) and doc[i].text == "(" and doc[i + 1].text in kb.party_tags \
            and doc[i + 2].text == "-" and any(t.text == ")" for t in doc[i + 3:i + 6]):
        return kb.party_tags[doc[i + 1].text]
    return None


def _find_party(phrase: Phrase, tokens: list[Token], kb: Knowledge) -> None:
    """A party named at the start of a proper name ("Republican officials", "the Democratic
    National Committee", "Republicans"): its country is the phrase's when nothing else gives
    one. Inside another name it is no party ("Coastal Democratic Party", "Democratic
    Liberation Army", "Irish Republican Army")."""
    name_range = range(phrase.person.start, phrase.person.end) if phrase.person else range(0)
    doc = phrase.span.doc
    for tok in tokens:
        if tok.i in name_range or not tok.text[:1].isupper():
            continue
        two = f"{tok.lower_} {doc[tok.i + 1].lower_}" if tok.i + 1 < len(doc) else ""
        party = kb.parties.get(two) or kb.parties.get(tok.lower_)
        if party is None:
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        if (before is not None and before.text[:1].isupper() and not before.is_sent_start
                and before.pos_ == "PROPN" and kb.places_within.get(before.lower_) != party.country
                and before.lower_ not in kb.sectors):
            continue  # "Coastal Democratic Party" ("Oregon Democratic Party" is the party)
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (after is not None and after.text[:1].isupper() and after.pos_ == "PROPN"
                and after.lower_ not in _PARTY_NEXT and after.lower_ not in kb.sector_prefixes):
            continue  # "Democratic Liberation Army"
        phrase.party = party
        if not phrase.countries:
            phrase.countries.append(Cue(tok.i, tok.i + 1, party.country, "party"))
        return


# sectors of a state's offices that an armed group's word before them makes the group's
_STATE_FORCES = {"GOV", "MIL"}


def _find_sector(phrase: Phrase, tokens: list[Token], kb: Knowledge) -> None:
    """The longest title or institution phrase; among equals the one nearest the head. A generic
    member noun ("officials") gives way to a specific word before it ("intelligence")."""
    matches: list[tuple[int, int, int, str]] = []  # (length, position, end, phrase)
    n, longest = len(tokens), kb.max_sector_words
    words = [t.lower_ for t in tokens]
    lemmas = [t.lemma_.lower() for t in tokens]
    name_range = range(phrase.person.start, phrase.person.end) if phrase.person else range(0)
    for i in range(n):
        if tokens[i].i in name_range:
            continue
        joined = ""
        for size in range(1, min(longest, n - i) + 1):
            if tokens[i + size - 1].i in name_range:
                break
            if size > 1 and joined not in kb.sector_prefixes \
                    and " ".join(words[i:i + size - 1]) not in kb.sector_prefixes:
                break  # no sector phrase starts like the shorter window: none can be longer
            joined = _text(tokens[i:i + size]).lower()
            # the written forms first, so that among equal matches the word as written wins
            # ("authorities" is a group, its lemma "authority" an organisation); a dict keeps
            # that order where a set would not
            forms = dict.fromkeys((
                " ".join(words[i:i + size]), joined,
                " ".join(words[i:i + size - 1] + lemmas[i + size - 1:i + size]),
                joined[: len(joined) - len(words[i + size - 1])] + lemmas[i + size - 1]))
            last = words[i + size - 1]
            if last.endswith("s") and len(last) > 3 and tokens[i + size - 1].pos_ == "PROPN":
                # the model gives capitalised plurals no lemma ("Union of Teachers")
                forms[" ".join(words[i:i + size - 1] + [last[:-1]])] = None
            for form in forms:
                if form in kb.proper_sectors and not tokens[i].text[:1].isupper():
                    continue
                if form in kb.sectors:
                    matches.append((size, i, i + size, form))
    if not matches:
        return
    every = list(matches)
    if phrase.person is not None:
        # a person's title is the one written right before the name ("National Assembly
        # president Laurent Fabius" is a president, not the assembly); else a title or member
        # noun beats an institution ("a member of the Syrian parliament, <name>")
        before_name = [m for m in matches if tokens[m[2] - 1].i == phrase.person.start - 1]
        titles = [m for m in matches if kb.sectors[m[3]][1] in ("title", "member")]
        matches = before_name or titles or matches
    best = max(matches, key=lambda m: m[:2])
    # the head's own word wins over one in a phrase hanging off it ("workers of the bus company")
    head_at = phrase.head.i - phrase.span.start
    at_head = [m for m in matches if m[1] <= head_at < m[2]]
    if at_head:
        best = max(at_head, key=lambda m: m[:2])
    size, i, j, form = best
    sector, kind = kb.sectors[form]
    lo, hi = i, j
    if kind == "member":
        specific = [m for m in matches if kb.sectors[m[3]][1] != "member"
                    and m[3] not in _RANK_WORDS  # "deputy head": a rank, not a sector
                    and (m[2] <= i or m[1] >= j)]  # "intelligence officials", "members of parliament"
        if specific:
            other = max(specific, key=lambda m: (m[2], m[0]))
            sector = kb.sectors[other[3]][0]
            lo, hi = min(i, other[1]), max(j, other[2])
        kind = "title"
    if sector in _STATE_FORCES and any(kb.sectors[m[3]][0] == "REB" and m[2] <= i
                                       for m in every):
        sector = "REB"  # "rebel chief of staff", "militia leader General <name>": armed group
    phrase.sector = Cue(tokens[lo].i, tokens[j - 1].i + 1, sector or None, "title")
    phrase.sector_kind = kind
    phrase.title = _text(tokens[lo:hi])


# prepositions whose object completes a group's or office's name ("the embassy in <city>",
# "the attorney for <district>", "judges on the island", "critics of the deal")
_NAME_PREPS = {"in", "for", "on", "of", "from", "at"}
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def fuller_name(phrase: Phrase, end: int, kb: Knowledge) -> str | None:
    """The phrase's name with the prepositional phrase right after its mention (which ends at
    token ``end``), as analysts name a group or office in full ("the Afghan embassy in Abu
    Dhabi", "judges on the island"); None where there is none, for a named person, or where
    the object names an actor of its own."""
    if phrase.person is not None or end >= len(phrase.head.doc):
        return None
    doc = phrase.head.doc
    prep = doc[end]
    if prep.head.i != phrase.head.i or prep.dep_ != "prep" or prep.lower_ not in _NAME_PREPS:
        return None
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or objects[0].pos_ == "PRON" or objects[0].ent_type_ in _NOT_NAMES:
        return None
    last = _noun_right_edge(objects[0])
    if any(_names_an_actor(t, kb) for t in doc[prep.i + 1:last + 1]):
        return None  # "leaders of the <group>": the object is an actor of its own
    if last - prep.i > 6 or any(t.is_space or "\n" in t.text for t in doc[prep.i:last + 1]):
        return None
    while last > prep.i and doc[last].is_punct:
        last -= 1
    return doc[prep.i:last + 1].text


def _names_an_actor(token: Token, kb: Knowledge) -> bool:
    """A word of a person, group or institution; places ("in Mombasa", "for the Lake District
    of Columbia") are not, whatever the model tagged them."""
    if token.ent_type_ in ("GPE", "LOC"):
        return False
    place = entity_of(token).text.lower()
    if place in kb.capitals or place in kb.country_names or place in kb.places_within:
        return False
    return (token.ent_type_ in ("ORG", "PERSON", "NORP") or token.lower_ in kb.sector_heads
            or token.lemma_.lower() in kb.sector_heads)
