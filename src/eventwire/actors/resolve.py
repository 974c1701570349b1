"""From a read noun phrase to an actor description: name, kind, country, sector, code, title.

The order of evidence is the issue's: a country from the phrase's own words, then from the
registry entry, then from an unambiguous document context; a sector from the title or
institution written, then from the registry (as of the article's date).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span, Token

from eventwire.actors.codes import actor_code
from eventwire.actors.knowledge import Knowledge, Person, load_knowledge
from eventwire.actors.phrases import Phrase, entity_of, read_phrase, strip_possessive
from eventwire.actors.words import word_set
from eventwire.dateline import Dateline, dateline_at
from eventwire.spans import doc_text

# dependency labels of a noun that acts: subject, agent, possessor of what is done
_ACTING = {"nsubj", "nsubjpass", "agent", "poss", "csubj"}
# verbs of saying whose subject speaks for a country's government (``words.yaml``)
_VOICE_VERBS = word_set("voice_verbs")
# the kinds of periodical a name can follow ("the daily <name>")
_MEDIA_NOUNS = word_set("media_nouns")
# parts of an organisation an office may be of ("the city branch of the <group>")
_UNITS = word_set("unit_nouns")
# what only governments sign with one another ("accords with Cuba")
_TREATY_NOUNS = word_set("treaty_nouns")


@dataclass
class Description:
    """What one phrase says about the actor it names."""

    kind: str  # person | organization | country | group
    name: str
    country: str | None
    sector: str | None
    title: str | None = None
    wikidata: str | None = None
    gender: str | None = None
    person: Person | None = None
    role_only: bool = False  # "the ministry", "the minister": may point back to an earlier actor
    plural: bool = False
    norm: str = ""  # the institution or title words without country words ("foreign ministry")

    @property
    def code(self) -> str:
        return actor_code(self.country, self.sector)

    def key(self) -> tuple:
        """Identity within one article: same key, same actor."""
        if self.kind == "person" and not self.role_only and self.person is not None:
            return ("person", self.person.name)
        if self.kind == "person" and not self.role_only:
            return ("person", self.name.lower())
        if self.kind == "country":
            return ("country", self.country)
        return (self.kind, self.country, self.sector, self.norm or self.name.lower())

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "code": self.code,
            "title": self.title,
            "wikidata": self.wikidata,
        }


def article_day(doc: Doc) -> str:
    """The date actors are resolved as of: ``doc._.published`` or today."""
    published = getattr(doc._, "published", None) if Doc.has_extension("published") else None
    if isinstance(published, str) and len(published) >= 4 and published[:4].isdigit():
        parts = published[:10].split("-")
        while len(parts) < 3:
            parts.append("01")
        return "-".join(p.zfill(2) for p in parts)
    return dt.date.today().isoformat()


def is_acting(head: Token) -> bool:
    """A place name used as a subject, agent or possessor stands for its government."""
    tok = head
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in _ACTING:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "by"


def speaks(head: Token) -> bool:
    """The noun is the subject of a verb of saying ("Germany said", "India says", "China and
    Russia insisted"): whoever speaks for a country is its government."""
    tok = head
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX") \
        and tok.head.lemma_.lower() in _VOICE_VERBS


def media_title(head: Token) -> Span | None:
    """The name of a newspaper or magazine written after its kind ("the daily France-Soir",
    "the weekly <name>", "the newspaper <name>"): the proper nouns up to the head, else None."""
    if head.pos_ != "PROPN":
        return None
    media = [t for t in head.lefts if t.lower_ in _MEDIA_NOUNS]
    if not media and head.dep_ == "appos" and head.head.lower_ in _MEDIA_NOUNS:
        media = [head.head]
    if not media:
        return None
    start = head.i
    while start > 0 and head.doc[start - 1].i > media[-1].i and (
            head.doc[start - 1].pos_ == "PROPN" or head.doc[start - 1].text == "-"):
        start -= 1
    return head.doc[start:head.i + 1]


def treaty_partner(head: Token) -> bool:
    """The noun is the other party of a treaty or accord ("fishing accords with Peru", "a
    border treaty with Chile"): only governments sign them."""
    tok = head
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lower_ in _TREATY_NOUNS


def describe(phrase: Phrase, kb: Knowledge, day: str, context: str | None = None, *,
             acting: bool | None = None, place_as_country: bool = False,
             country_as_government: bool = False,
             known_person: Person | None = None) -> Description | None:
    """The actor a phrase names, or None where it names no actor (a plain place, a thing).

    A capital that does not act is a place (None), or its country where ``place_as_country``.
    A country name is the country (``CHN``); with ``country_as_government`` one that acts
    ("China insists ...") is its government (``CHNGOV``), a separate actor. A party's members,
    officials and committees are the government while the party governs, else the
    opposition ("Republican officials" in 2010: ``USAOPP``).
    """
    found = _describe(phrase, kb, day, context, acting=acting,
                      place_as_country=place_as_country,
                      country_as_government=country_as_government, known_person=known_person)
    party = phrase.party
    if found is not None and party is not None and found.kind != "country" \
            and found.country == party.country and (
                found.sector in (None, "PTY", "SOC")
                or (found.sector == "GOV" and _generic_member(phrase, kb))):
        found.sector = party.sector_on(day)
    if found is not None and found.sector == "PTY" and found.kind == "organization" \
            and _governing_possessor(phrase, kb, day)[0]:
        found.sector = "GOV"  # "President <name>'s party": the party of the one in power
    if found is not None and found.sector == "PTY":
        found.sector = "OPP"  # a party not known to govern is out of power (CAMEO's OPP)
    return found


def _generic_member(phrase: Phrase, kb: Knowledge) -> bool:
    """The title is a generic member noun ("officials", "leader"), not an office."""
    if not phrase.title:
        return False
    last = phrase.title.split()[-1].lower()
    entry = kb.sectors.get(last) or kb.sectors.get(last.rstrip("s"))
    return entry is not None and entry[1] == "member"


def _describe(phrase: Phrase, kb: Knowledge, day: str, context: str | None, *,
              acting: bool | None, place_as_country: bool,
              country_as_government: bool, known_person: Person | None) -> Description | None:
    if acting is None:
        acting = is_acting(phrase.head)
    title = media_title(phrase.head)
    if title is not None:
        # "the daily France-Soir", "the newspaper <name>": a medium's own name
        country = phrase.country or context
        sector = next((kb.media_modifiers[t.lower_] for t in phrase.span
                       if t.i < title.start and t.lower_ in kb.media_modifiers), "JRN")
        return Description("organization", _clean_name(title.text), country, sector)
    if phrase.person is not None:
        if (phrase.sector is not None and phrase.sector_kind == "organization"
                and phrase.sector.end == phrase.person.start):
            # "the opposition newspaper La Prensa": a name given to an institution
            country = phrase.country or context
            return Description("organization", _clean_name(phrase.person.text), country,
                               phrase.sector.value)
        return _person(phrase, kb, day, context, known_person)
    head_cue = _cue_at_head(phrase)
    if (head_cue is not None and head_cue.how in ("name", "place") and phrase.head_is_sector
            and head_cue.start < phrase.sector.start):
        phrase.sector = None  # "West Bank": the country's name, not a bank
    if phrase.region is not None and (
            phrase.region_cue.start <= phrase.head.i < phrase.region_cue.end):
        region = phrase.region
        return Description(region.kind, region.name, region.country, region.sector,
                           title=None, plural=region.kind == "group")
    if phrase.head_is_sector:
        return _sector_actor(phrase, kb, context)
    if head_cue is not None:
        if head_cue.how == "name":
            country = kb.countries.get(head_cue.value)
            name = country.name if country else head_cue.value
            if country_as_government and acting:
                return Description("organization", f"{name} (government)", head_cue.value,
                                   "GOV")
            # "Germany said", "India insists": the name stands for the government (the
            # newsevents guidelines); the country's one actor takes the sector
            return Description("country", name, head_cue.value,
                               "GOV" if speaks(phrase.head) or treaty_partner(phrase.head)
                               else None)
        if head_cue.how == "seat" or (head_cue.how in ("capital", "place") and acting):
            # a capital that acts is the government; a province or state that acts is its
            # own government, coded as the country's (GUIDELINES: sub-national → GOV)
            text = phrase.span.doc[head_cue.start:head_cue.end].text
            return Description("organization", _clean_name(text), head_cue.value, "GOV")
        if head_cue.how in ("capital", "place") and place_as_country:
            country = kb.countries.get(head_cue.value)  # "officials visited Cairo": Egypt
            return Description("country", country.name if country else head_cue.value,
                               head_cue.value, None)
        if head_cue.how == "party" and phrase.party is not None:  # "Republicans", "GOP"
            return Description("group", _clean_name(_trim(phrase).text), head_cue.value,
                               phrase.party.sector_on(day), plural=True)
        if head_cue.how == "adjective" and phrase.head.pos_ in ("NOUN", "PROPN"):
            return _people(phrase, head_cue.value)
        if head_cue.how == "adjective" and place_as_country:
            country = kb.countries.get(head_cue.value)  # "an Indian proposal": India
            return Description("country", country.name if country else head_cue.value,
                               head_cue.value, None)
        return None
    if phrase.region is not None and phrase.region_cue is not None and phrase.head.ent_type_:
        region = phrase.region
        return Description(region.kind, region.name, region.country, region.sector)
    if phrase.head.ent_type_ == "ORG":
        name = _clean_name(strip_possessive(entity_of(phrase.head)).text)
        country = phrase.country or (phrase.region.country if phrase.region else None) or context
        sector = phrase.sector.value if phrase.sector else None
        return Description("organization", name, country, sector)
    plural_demonym = kb.adjectives.get(phrase.head.text[:-1]) if phrase.head.text.endswith(
        "s") and phrase.head.text[:1].isupper() else None
    if plural_demonym and phrase.head.dep_ not in ("amod", "compound"):
        # "Bosnian Serbs", "Kurds" (even when the model calls them a PERSON); "ethnic
        # Albanians" live in the country the phrase or the article names
        if phrase.head.i > 0 and phrase.head.nbor(-1).lower_ == "ethnic":
            where = phrase.country or context
            return Description("group", _clean_name(_trim(phrase).text), where,
                               "CVL", plural=True) if where else None
        # "Bosnian Serbs": the modifier's country; "Albanians of southern Serbia": where they
        # live; else the demonym's own country
        before = [c.value for c in phrase.countries if c.end <= phrase.head.i]
        after = [c.value for c in phrase.countries if c.start > phrase.head.i]
        where = before or (after if _population(phrase.head) else [])
        return _people(phrase, where[0] if where else plural_demonym, own=True)
    if phrase.head.ent_type_ == "NORP" and phrase.head.dep_ not in ("amod", "compound"):
        plural = phrase.head.text.endswith("s")
        iso = kb.adjectives.get(phrase.head.text) or kb.adjectives.get(phrase.head.lemma_) or (
            kb.adjectives.get(phrase.head.text[:-1]) if plural else None)
        if iso or phrase.country:
            return _people(phrase, iso or phrase.country, own=iso is not None)
    return None


def _people(phrase: Phrase, country: str, own: bool = True) -> Description:
    """'the Palestinians' (a nation: country, no sector, as CAMEO dictionaries code it) or
    'ethnic Albanians', 'Iraqi Kurds' (people of a country or group: civilians)."""
    plural = phrase.head.tag_ in ("NNS", "NNPS") or phrase.head.text.endswith("s")
    modified = any(t.i < phrase.head.i and t.dep_ in ("amod", "compound", "nmod")
                   for t in phrase.span)
    sector = "CVL" if plural and (modified or not own or _population(phrase.head)) else None
    return Description("group", _clean_name(_trim(phrase).text), country, sector, plural=plural)


_QUANTITY_NOUNS = word_set("quantity_nouns")
_STATE_GOVERNMENT_TITLES = word_set("state_government_titles")
_OWN_COUNTRY_NOUNS = word_set("own_country_nouns")
_MENTION_OPENERS = word_set("mention_openers")
_PLACE_LABELS = {"GPE", "LOC", "FAC"}


def _population(head: Token) -> bool:
    """People counted or placed ("2,000 Libyans", "thousands of Nigerians", "Albanians of
    southern Serbia", "Palestinians living in Gaza") are a population, not the nation acting."""
    if any(c.dep_ in ("nummod", "quantmod") or c.lower_ in _QUANTITY_NOUNS for c in head.lefts):
        return True
    up = head.head
    if head.dep_ == "pobj" and up.lower_ == "of" and (
            up.head.like_num or up.head.lower_ in _QUANTITY_NOUNS):
        return True
    for child in head.rights:
        if child.dep_ == "acl" and child.tag_ == "VBG":
            return True
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "from") and any(
                o.ent_type_ in _PLACE_LABELS for o in child.subtree):
            return True
    return False


def _cue_at_head(phrase: Phrase):
    for cue in phrase.countries:
        if cue.start <= phrase.head.i < cue.end:
            return cue
    return None


def _person(phrase: Phrase, kb: Knowledge, day: str, context: str | None,
            known: Person | None = None) -> Description:
    name = _clean_name(phrase.person.text)
    title = phrase.title if phrase.sector is not None and phrase.sector_kind == "title" else None
    # the registry is asked where the text supports it: a full name or a title; a surname
    # alone ("Ms. Okafor said") only names the one registry person of that surname in
    # office on the article's date, never a former holder (an earlier full mention is
    # joined by the table whatever the registry says)
    supported = " " in name or title is not None or known is not None
    person = known or kb.find_person(name, day)
    term = person.term_on(day) if person else None
    if not supported and term is None:
        person = None
    own_country = phrase.country or (phrase.region.country if phrase.region else None)
    sector = phrase.sector.value if title else None
    if sector is None and phrase.legislator:
        sector = "LEG"  # "<name> (D-Md.)": a member of a legislature
    if sector is None and person is None and _officer_of(phrase, titled=False):
        sector = phrase.region.sector  # "FBI Director <name>" (no title word known)
    if title and sector and _officer_of(phrase):
        # "NAACP President <name>", "FBI Director <name>": the office of a named institution
        # is that institution's sector (a president of a rights group is no government)
        sector = phrase.region.sector
    if title and sector == "JUD" and _sub_national(phrase):
        sector = "GOV"  # "Oregon's attorney general": a state's government (GUIDELINES)
    if phrase.modifier and (title or person):
        sector = phrase.modifier
    governs, leader = _governing_possessor(phrase, kb, day)
    if title and governs and sector not in (None, "GOV", "MIL", "SPY", "JUD"):
        # "President <name>'s security chief": a head of government's own aides are the
        # government, whatever the title would mean elsewhere
        sector = "GOV"
        own_country = own_country or leader
    if title is None:
        # "<name>, chairman of the Republican National Committee, said": the office written
        # after the name gives the sector (over the registry: the text tells the day's
        # office), and its country, party or possessor the country
        found = _appositive_office(phrase, kb, day)
        if found is not None and found[1] is not None:
            title, sector = found[0], found[1]
            own_country = own_country or found[2]
    if sector is None and person is not None:
        if term is not None:
            sector, title = term.sector, title or term.title
        elif person.last_term_before(day) is not None:
            sector = "ELI"  # held office before the article's date, no longer does
            title = title or "former " + person.last_term_before(day).title
    if title and title.lower() == "counterpart" and term is not None:
        title = term.title
    registry_country = None
    if person is None and " " not in name and supported:
        # "President Bush": several namesakes in the registry, but all of one country
        namesakes = {p.nationality() for p in kb.surnames.get(name.lower(), [])} - {None}
        registry_country = namesakes.pop() if len(namesakes) == 1 else None
    if person is not None:
        last = term or person.last_term_before(day)
        registry_country = last.country if last else person.nationality()
        if sector == "ELI" and registry_country and registry_country.startswith("IGO"):
            registry_country = person.nationality()
    country = own_country or registry_country or context
    return Description(
        "person",
        person.name if person else name,
        country,
        sector,
        title=title,
        wikidata=person.wikidata if person else None,
        gender=(person.gender if person else None) or phrase.gender,
        person=person,
    )


def _governing_possessor(phrase: Phrase, kb: Knowledge,
                         day: str) -> tuple[bool, str | None]:
    """(True, their country if known) for the person who possesses the phrase's head ("President <name>'s
    security chief", "<name>'s party") when that person holds a government office on ``day``
    (registry), or the article titles them with one ("President <name>" earlier, not
    "former"), else (False, None)."""
    doc = phrase.span.doc
    for tok in phrase.span:
        if tok.i >= phrase.head.i or tok.dep_ != "poss" or tok.ent_type_ not in ("PERSON",
                                                                                 "ORG"):
            continue
        owner = strip_possessive(entity_of(tok))
        if owner.end > tok.i + 1:  # "<name>'s Party of …" tagged as one entity
            first = tok.i
            while first > owner.start and doc[first - 1].dep_ == "compound":
                first -= 1
            owner = doc[first:tok.i + 1]
        if len(owner) == 1:  # a surname (the small model may tag it ORG): its full name
            fuller = [e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
                      and e[-1].text == owner.text and e.end <= tok.i]
            if not fuller:
                continue
            owner = fuller[-1]
        elif tok.ent_type_ != "PERSON":
            continue
        holder = kb.find_person(owner.text, day)
        term = holder.term_on(day) if holder else None
        if term is not None and term.sector == "GOV":
            return True, term.country
        before = [t for t in doc[max(0, owner.start - 3):owner.start]]
        titled = [t for t in before if kb.sectors.get(t.lower_, ("", ""))[:2] == ("GOV",
                                                                                   "title")]
        if titled and not any(t.lower_ in kb.modifiers for t in before):
            return True, read_phrase(owner.root, kb).country
    return False, None


def _appositive_office(phrase: Phrase, kb: Knowledge,
                       day: str) -> tuple[str, str | None, str | None] | None:
    """(title, sector, country) of an office in apposition after a name ("<name>, editor of
    a weekly", "<name>, Obama's deputy adviser"), or None. The country is the office's own
    (a country, party or institution named in it) or that of a registry person it belongs to."""
    name_head = phrase.person.root
    for tok in name_head.rights:
        if tok.dep_ != "appos" or tok.pos_ != "NOUN":
            continue
        office = read_phrase(tok, kb)
        if office.sector is None and office.person is None:
            # "<name>, deputy adviser for Africa at the <council>": no title word known, the
            # institution the office is at gives country and sector
            found = _office_at(tok, kb, day)
            if found is not None:
                return _clean_name(tok.doc[tok.left_edge.i:tok.i + 1].text), *found
        if office.sector is None or office.sector_kind not in ("title", None) \
                or office.person is not None:
            return None
        found = describe(office, kb, day, None)
        if found is None:
            return None
        country, sector = found.country, found.sector
        for prep in tok.children:  # "spokesman for the <armed group>": the group's code
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "at"):
                continue
            for obj in _office_objects(prep):
                group = describe(read_phrase(obj, kb), kb, day, None)
                if group is not None and group.kind == "organization" and group.country:
                    country = group.country
                    if group.sector not in (None, "GOV", "SOC", "PTY") and sector == "GOV":
                        sector = group.sector
        for owner in tok.children:  # "Obama's adviser": the owner's country
            if country is None and owner.dep_ == "poss" and owner.ent_type_ == "PERSON":
                holder = kb.find_person(owner.text, day)
                term = holder.term_on(day) if holder else None
                country = term.country if term else None
        return office.title or tok.text, sector, country
    return None


def _office_objects(prep: Token) -> list[Token]:
    """The named organisations an office's preposition points at: the owner of a unit noun
    in its phrase first ("president of the city branch of the <group>", "director of the
    <group>'s Washington bureau": the unit's organisation), then its proper-noun object."""
    owners = [_unit_owner(t) for t in prep.subtree if t.lower_ in _UNITS and t.pos_ == "NOUN"]
    direct = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return [o for o in owners if o is not None] + direct


def _unit_owner(unit: Token) -> Token | None:
    """The named organisation a unit noun belongs to: its possessor ("the <group>'s bureau")
    or the object of its "of" ("branch of the <group>"), else None."""
    for child in unit.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    return obj
    return None


def _office_at(office: Token, kb: Knowledge, day: str) -> tuple[str | None, str] | None:
    """(sector, country) of the named institution an office is at or of ("director at the
    <council>", "professor of the <university>"), else None."""
    for prep in office.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "of", "with"):
            continue
        for obj in _office_objects(prep):
            found = describe(read_phrase(obj, kb), kb, day, None)
            if found is not None and found.kind == "organization" and found.country:
                return found.sector, found.country
    return None


def _officer_of(phrase: Phrase, *, titled: bool = True) -> bool:
    """A title (or, ``titled=False``, a name) right after a named national institution that
    has a sector of its own ("NAACP President", "FBI Director")."""
    region, cue = phrase.region, phrase.region_cue
    if region is None or cue is None or region.sector in (None, "IGO", "NGO", "GOV") \
            or len(region.country) != 3:
        return False
    if titled:
        return phrase.sector is not None and cue.end <= phrase.sector.start
    return phrase.person is not None and cue.end <= phrase.person.start


def _sub_national(phrase: Phrase) -> bool:
    """The phrase names a province or state ("Oregon's", "the state attorney general")."""
    return any(c.how == "place" for c in phrase.countries) or any(
        t.lower_ == "state" and t.i < phrase.sector.start for t in phrase.span)


def _sector_actor(phrase: Phrase, kb: Knowledge, context: str | None) -> Description:
    """'Kenyan riot police', 'the ministry', 'a British minister', 'rebels'."""
    country = phrase.country or (phrase.region.country if phrase.region else None)
    if country is None:  # "the Bush administration": a leader's name tells the country
        for tok in phrase.span:
            if tok.ent_type_ == "PERSON" and tok.i < phrase.sector.start:
                namesakes = kb.surnames.get(tok.lower_, []) + kb.person_forms.get(tok.lower_, [])
                countries = {p.nationality() for p in namesakes} - {None}
                if len(countries) == 1:
                    country = countries.pop()
                    break
    kind = {"title": "person", "organization": "organization"}.get(phrase.sector_kind, "group")
    plural = phrase.head.tag_ in ("NNS", "NNPS")
    if kind == "person" and plural:
        kind = "group"
    sector = phrase.sector.value
    if sector == "JUD" and (phrase.title or "").lower() in _STATE_GOVERNMENT_TITLES and (
            _sub_national(phrase)):
        sector = "GOV"  # "the attorneys general of Texas and Utah": the states' governments
    region = phrase.region
    if (region is not None and region.sector and phrase.region_cue.start > phrase.head.i
            and kb.sectors.get(phrase.head.lemma_.lower(), ("", ""))[1] == "member"):
        # "members of the <armed group>": the group's people, coded as the group
        sector = region.sector
        country = country or region.country
    if phrase.modifier and kind == "person":
        sector = phrase.modifier
    if sector == "JRN":  # "an official Syrian newspaper", "state-run television": the government
        for tok in phrase.span:
            if tok.i < phrase.sector.start and tok.lower_ in kb.media_modifiers:
                sector = kb.media_modifiers[tok.lower_]
    region = phrase.region
    if (region is not None and region.country.startswith("IGO") and sector == "GOV"
            and plural and country == region.country):
        sector = None  # "European Community foreign ministers": the bloc's council, the IGO
    bare = country is None and phrase.region is None
    role_only = bare and (phrase.determiner == "the" or phrase.possessor is not None)
    name = _clean_name(mention_span(phrase).text)
    institution = phrase.span.doc[phrase.sector.start:phrase.head.i + 1]
    norm = " ".join(t.lemma_.lower() if t.i == phrase.head.i else t.lower_ for t in institution)
    known = kb.countries.get(country) if country else None
    by_place = any(c.how in ("capital", "seat") or c.possessive for c in phrase.countries)
    if kind == "organization" and known is not None and known.adjective and by_place:
        name = f"{known.adjective} {institution.text}"  # "Moscow's Foreign Ministry" → Russian
    if sector == "NGO" and country is None and not role_only:
        context = "NGO"  # "an aid group": CAMEO codes an unnamed NGO as NGO
    if sector == "HRI" and country is None and not role_only and not _of_the_country(phrase):
        context = None  # "human rights groups": no country of their own (---HRI)
    return Description(kind, name, country if country or role_only else context, sector,
                       title=phrase.title if kind == "person" else None,
                       role_only=role_only, plural=plural, gender=phrase.gender, norm=norm)


def _of_the_country(phrase: Phrase) -> bool:
    """"the country's largest rights group", "the nation's unions": of the country the article
    is about (``own_country_nouns`` in ``words.yaml``)."""
    return any(t.lower_ in _OWN_COUNTRY_NOUNS and t.dep_ == "poss" for t in phrase.span)


def _trim(phrase: Phrase) -> Span:
    """The phrase without a leading determiner or possessive pronoun."""
    span = phrase.span
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in _MENTION_OPENERS:
        start += 1
    return span.doc[start:span.end]


def _clean_name(text: str) -> str:
    text = " ".join(text.split())
    for suffix in ("'s", "’s"):
        text = text.removesuffix(suffix)
    return text.strip(" ,\"'“”")


def mention_span(phrase: Phrase) -> Span:
    """The characters a mention covers: the phrase without leading determiners/possessives,
    a trailing possessive marker or a trailing "in"/"from" place."""
    span = _trim(phrase)
    if phrase.core_end and phrase.core_end < span.end:
        span = span.doc[span.start:max(phrase.core_end, phrase.head.i + 1)]
    return strip_possessive(span)


def resolve_phrase(doc: Doc, span: Span | Token, *, kb: Knowledge | None = None) -> dict | None:
    """An actor-like dict for a phrase that has no actor yet (for the events coder).

    Returns ``{"name", "kind", "country", "sector", "code", "title", "wikidata"}`` (plus
    ``"id"`` when ``doc._.actors`` already holds that actor) or None where the phrase names no
    actor. Nothing is added to ``doc._.actors``. A capital that acts
    (subject, agent, possessor) is its government (``CHNGOV``); one that does not is its country.
    """
    kb = kb or load_knowledge()
    head = span if isinstance(span, Token) else span_head(span)
    if head.idx < dateline_end(doc) or (
            head.ent_type_ and strip_possessive(entity_of(head)).text.lower() in kb.credits):
        return None  # a dateline or a news agency's credit names no actor
    phrase = read_phrase(head, kb)
    if isinstance(span, Span) and not (phrase.span.start <= span.start
                                       and span.end <= phrase.span.end):
        phrase = read_phrase(head, kb, start=span.start, end=span.end)
    context = context_country(doc, kb) or fallback_country(doc, kb, head)
    description = describe(phrase, kb, article_day(doc), context, place_as_country=True)
    if description is None:
        return None
    found = description.as_dict()
    for actor in doc._.actors or []:  # the same actor already found: say which
        if actor.get("code") == found["code"] and actor.get("name") == found["name"]:
            found["id"] = actor["id"]
    return found


def place_words(doc: Doc, kb: Knowledge, *, capitals: bool = False,
                seats_and_regions: bool = False) -> list[tuple[int, int, str]]:
    """Token ranges of country names and adjectives (and capitals, seats, regions if asked),
    longest match first, as ``(start, end, value)``; value is the ISO code or the phrase."""
    wanted = {"name"} | ({"capital"} if capitals or seats_and_regions else set()) | (
        {"other"} if seats_and_regions else set())
    return [(start, end, value) for start, end, value, how in _scan_places(doc, kb)
            if how in wanted]


def _scan_places(doc: Doc, kb: Knowledge) -> list[tuple[int, int, str, str]]:
    """One longest-match scan of the Doc for every place word, kept on the Doc: ``how`` is
    "name" (country name or adjective → ISO code), "capital" (→ ISO code) or "other" (a seat
    of government or a region → the phrase). Token texts come from the character offsets, so
    no Token objects are made."""
    cached = doc.user_data.get("ew_actors_places")
    if cached is not None:
        return cached
    text_all = doc_text(doc)
    idx = doc.to_array(IDX).tolist()
    ends = [start + n for start, n in zip(idx, doc.to_array(LENGTH).tolist())]
    n = len(idx)
    found, i = [], 0
    while i < n:
        step = 1
        if text_all[idx[i]:idx[i] + 1].isupper() and kb.may_start_place(
                text_all[idx[i]:min(idx[i] + 3, ends[i])]):
            widest = 0  # no name can be longer than the longest window that starts one
            while widest < min(6, n - i) and text_all[idx[i]:ends[i + widest]].lower() \
                    in kb.place_prefixes:
                widest += 1
            for size in range(widest, 0, -1):
                text = text_all[idx[i]:ends[i + size - 1]]
                low = text.lower()
                value = kb.country_names.get(low) or kb.adjectives.get(text)
                how = "name"
                if value is None:
                    value, how = kb.capitals.get(low) or kb.places_within.get(low), "capital"
                if value is None and (low in kb.seats or low in kb.regions):
                    value, how = low, "other"
                if value:
                    found.append((i, i + size, value, how))
                    step = size
                    break
        i += step
    doc.user_data["ew_actors_places"] = found
    return found


def span_head(span: Span) -> Token:
    """The head noun of a span: of the words whose head lies outside it, the last noun
    ("army" in "Israeli army" cut from "Israeli army bulldozers")."""
    tops = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    nouns = [t for t in tops if t.pos_ in ("NOUN", "PROPN")]
    return (nouns or tops or [span.root])[-1]


def sentence_country(head: Token, kb: Knowledge) -> str | None:
    """Where the article names several countries: the first one named in the phrase's
    sentence ("An Argentine judge ordered former president <name> ... arms sales to Croatia":
    Argentina), the weakest evidence, used last."""
    doc = head.doc
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return None
    sent = head.sent
    for start, _, value, how in _scan_places(doc, kb):
        if start >= sent.end:
            break
        if start >= sent.start and how in ("name", "capital") and len(value) == 3 \
                and _says_country(doc, start):
            return value
    return None


def _says_country(doc: Doc, start: int) -> bool:
    """A place word that tells where the article is: not "ethnic Albanians", "anti-Syria"."""
    if start == 0:
        return True
    before = doc[start - 1].lower_
    if before in ("ethnic", "anti-", "pro-"):
        return False
    return not (before == "-" and start > 1 and doc[start - 2].lower_ in ("anti", "pro"))


def national_institution(kb: Knowledge, phrase: str) -> str | None:
    """The country of a named national institution ("United States Supreme Court" names the
    United States as much as its country name does), else None (seats, blocs, IGOs)."""
    region = kb.regions.get(phrase)
    if region is None or region.country not in kb.countries:
        return None
    return region.country


def country_counts(doc: Doc, kb: Knowledge, names: list[Span] | None = None) -> dict[str, int]:
    """How often the article names each country: its names, adjectives and capitals, its
    national institutions, and the registry people named in full (``names``)."""
    found: dict[str, int] = {}
    for start, _, value, how in _scan_places(doc, kb):
        iso = value if how != "other" else national_institution(kb, value)
        if iso is None or not _says_country(doc, start):
            continue  # "ethnic Albanians in Macedonia" say nothing of Albania
        found[iso] = found.get(iso, 0) + 1
    day = article_day(doc)
    for name in names or []:
        if len(name) < 2:
            continue
        person = kb.find_person(_clean_name(name.text), day)
        last = (person.term_on(day) or person.last_term_before(day)) if person else None
        iso = last.country if last else (person.nationality() if person else None)
        if iso in kb.countries:
            found[iso] = found.get(iso, 0) + 1
    return found


def dominant_country(doc: Doc, kb: Knowledge, names: list[Span] | None = None) -> str | None:
    """The country the article names most (places, institutions, registry people): where
    a person or institution gives no country of its own, the article's country is the best
    guess (ties: None)."""
    cached = doc.user_data.get("ew_actors_dominant", False)
    if cached is not False:
        return cached
    found = country_counts(doc, kb, names)
    ranked = sorted(found.items(), key=lambda kv: -kv[1])
    result = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) \
        else None
    doc.user_data["ew_actors_dominant"] = result
    return result


def fallback_country(doc: Doc, kb: Knowledge, head: Token,
                     names: list[Span] | None = None) -> str | None:
    """The last guess for a phrase with no country of its own in an article naming several:
    the country of the dateline, else the one the article names most, else the first one of
    the phrase's sentence."""
    return (dateline_country(doc, kb) or dominant_country(doc, kb, names)
            or sentence_country(head, kb))


# what follows a dateline's place: a dash, a comma ("NABLUS, West Bank"), a date, "(Reuters)"
_DATELINE_NEXT = set("—–-,(0123456789")


def _dateline(text: str) -> Dateline | None:
    """The dateline opening the text (after any blank space), read by the one grammar."""
    return dateline_at(text, len(text) - len(text.lstrip()))


def dateline_end(doc: Doc) -> int:
    """Where the dateline ends (a character offset; 0 without one): the capitalised place
    that opens the text and what follows it on its line up to the dash ("WASHINGTON —",
    "NABLUS, West Bank 1996-08-22", "SEOUL, May 3 (Reuters) -"). A dateline gives the place
    and the date only: nothing in it is an actor."""
    cached = doc.user_data.get("ew_actors_dateline")
    if cached is not None:
        return cached
    text = doc_text(doc)
    end = 0
    if _dateline(text) is not None:
        line = text[:120].split("\n", 1)[0]
        cut = [line.find(mark) for mark in (" — ", " – ", " -- ", " - ", "—", "–") if mark in line]
        end = min(cut) if cut else (len(line) if "\n" in text[:120] else 0)
    doc.user_data["ew_actors_dateline"] = end
    return end


def dateline_country(doc: Doc, kb: Knowledge) -> str | None:
    """The country of the dateline ("SEOUL, May 3 (Reuters) -", "WASHINGTON —"): where the
    story was filed, as the places component resolved it (None without a dateline)."""
    text = doc_text(doc)
    line = _dateline(text)
    if line:  # the capital or city as the actors' own gazetteer knows it
        name = text[line.place_start:line.place_end].lower()
        found = kb.capitals.get(name) or kb.places_within.get(name) or kb.country_names.get(name)
        if found in kb.countries:
            return found
    if not Doc.has_extension("places"):
        return None
    for place in doc._.places or []:
        for m in place.get("mentions", []):
            after = text[m["end"]:m["end"] + 3].lstrip(" ")
            if (m["start"] < 60 and not text[:m["start"]].strip() and m["text"].isupper()
                    and after[:1] in _DATELINE_NEXT and place.get("country") in kb.countries):
                return place["country"]
    return None


def context_country(doc: Doc, kb: Knowledge) -> str | None:
    """The one country an article is about, when its words name only it, or name it at least
    twice and twice as often as any other (else None)."""
    cached = doc.user_data.get("ew_actors_context", False)
    if cached is not False:
        return cached
    found = country_counts(doc, kb)
    ranked = sorted(found.values(), reverse=True)
    # one country only, or one named at least twice and twice as often as any other
    clear = len(ranked) == 1 or (len(ranked) > 1 and ranked[0] >= 2 and ranked[0] >= 2 * ranked[1])
    result = max(found, key=found.get) if ranked and clear else None
    doc.user_data["ew_actors_context"] = result
    return result
