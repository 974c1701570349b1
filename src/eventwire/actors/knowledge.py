"""The actor knowledge: countries, regions, sector words and dated office holders, read from the
TSV files in ``actors/data`` (or a ``data_dir`` replacing them, see :mod:`eventwire.data`) once
per process.

Everything a political scientist may want to correct lives in those files; this module only
parses them into lookup tables keyed by lower-case phrase.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventwire import data
from eventwire.datacache import cached

DATA = data.packaged("actors")


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    cameo: tuple[str, ...] = ()
    adjective: str | None = None


@dataclass(frozen=True)
class Region:
    """A bloc, region or international organisation acting as an actor."""

    name: str
    country: str
    sector: str | None
    code: str
    kind: str


@dataclass(frozen=True)
class Term:
    """One office held by a person between two dates (``end`` empty: still in office)."""

    country: str
    sector: str
    title: str
    start: str
    end: str

    def holds_on(self, day: str) -> bool:
        return _pad(self.start, "01") <= day and (not self.end or day < _pad(self.end, "01"))


@dataclass
class Person:
    """A registry person: canonical name, name forms, gender and terms of office."""

    name: str
    forms: set[str] = field(default_factory=set)
    gender: str | None = None
    wikidata: str | None = None
    terms: list[Term] = field(default_factory=list)

    def term_on(self, day: str) -> Term | None:
        """The office held on ``day`` (the latest-starting one if several), else None."""
        held = [t for t in self.terms if t.holds_on(day)]
        return max(held, key=lambda t: t.start) if held else None

    def last_term_before(self, day: str) -> Term | None:
        past = [t for t in self.terms if _pad(t.start, "01") <= day]
        return max(past, key=lambda t: t.start) if past else None

    def nationality(self) -> str | None:
        """The country of the person's first national office (not an IGO post)."""
        for term in sorted(self.terms, key=lambda t: t.start):
            if len(term.country) == 3 and not term.country.startswith("IGO"):
                return term.country
        return None


@dataclass(frozen=True)
class Party:
    """A national party: its country and the periods it held the government."""

    name: str
    country: str
    governing: tuple[tuple[str, str], ...] = ()

    def sector_on(self, day: str) -> str:
        """GOV while the party holds the national government on ``day``, else OPP."""
        held = any(_pad(start, "01") <= day and (not end or day < _pad(end, "01"))
                   for start, end in self.governing)
        return "GOV" if held else "OPP"


@dataclass
class Knowledge:
    countries: dict[str, Country] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # lower name → iso3
    adjectives: dict[str, str] = field(default_factory=dict)  # exact-case adjective → iso3
    capitals: dict[str, str] = field(default_factory=dict)  # lower capital → iso3
    places_within: dict[str, str] = field(default_factory=dict)  # lower province/city → iso3
    seats: dict[str, str] = field(default_factory=dict)  # lower seat of government → iso3
    regions: dict[str, Region] = field(default_factory=dict)  # lower phrase → region
    sectors: dict[str, tuple[str, str]] = field(default_factory=dict)  # phrase → (sector, kind)
    modifiers: dict[str, str] = field(default_factory=dict)  # "former" → ELI
    media_modifiers: dict[str, str] = field(default_factory=dict)  # "state-run" → GOV
    people: dict[str, Person] = field(default_factory=dict)  # canonical name → person
    person_forms: dict[str, list[Person]] = field(default_factory=dict)  # lower form → people
    cameo_to_iso: dict[str, str] = field(default_factory=dict)
    pronouns: dict[str, tuple[str | None, str, str]] = field(default_factory=dict)  # he → (m, sg, person)
    roles: dict[str, tuple[str | None, str, str]] = field(default_factory=dict)  # men → (m, pl, person)
    gender_cues: dict[str, str] = field(default_factory=dict)  # mrs → f
    surnames: dict[str, list[Person]] = field(default_factory=dict)  # lower last name → people
    parties: dict[str, Party] = field(default_factory=dict)  # "republicans" → party
    party_tags: dict[str, Party] = field(default_factory=dict)  # "R" in "(R-S.C.)" → party
    credits: set[str] = field(default_factory=set)  # news agencies: never actors
    home_institutions: dict[str, str] = field(default_factory=dict)  # "congress" → USA
    speech_verbs: set[str] = field(default_factory=set)  # "said": "it said" is an institution
    sector_heads: set[str] = field(default_factory=set)  # last words of sector phrases
    proper_sectors: set[str] = field(default_factory=set)  # count only when capitalised

    def find_person(self, name: str, day: str) -> Person | None:
        """The registry person called ``name`` (a full form, or a bare surname that only one
        person in office on ``day`` carries)."""
        people = self.person_forms.get(name.lower(), [])
        if not people and " " not in name.strip():
            people = self.surnames.get(name.lower(), [])
            if len(people) > 1:  # several people of that name: the one in office, if one is
                people = [p for p in people if p.term_on(day)]
            if len(people) != 1:
                return None
        if not people:
            people = self._without_middle(name)
        if not people and " " in name.strip():
            people = self._near_person(name)
        if not people:
            return None
        in_office = [p for p in people if p.term_on(day)]
        return (in_office or people)[0]

    max_sector_words: int = 1  # the longest sector phrase, in words
    # every leading part of a sector phrase, so a reader can stop extending a window early
    sector_prefixes: set[str] = field(default_factory=set)
    # the same for the lower-cased names of countries, regions, capitals, seats and demonyms
    place_prefixes: set[str] = field(default_factory=set)
    _near: dict[str, tuple[str, str] | None] | None = None  # one-letter-off forms → (iso3, how)
    _near_seen: dict[str, tuple[str, str] | None] = field(default_factory=dict)  # answers so far
    _near_seen_people: dict[str, list[Person]] = field(default_factory=dict)
    _place_prefixes: set[str] | None = None  # first three letters of every place phrase

    def may_start_place(self, word: str) -> bool:
        """Whether a place phrase (country, adjective, capital, seat, region, province) can
        begin with this token: a cheap first test before trying windows of words."""
        if len(word) < 3:
            return True
        if self._place_prefixes is None:
            keys = [*self.country_names, *(a.lower() for a in self.adjectives), *self.capitals,
                    *self.places_within, *self.seats, *self.regions]
            self._place_prefixes = {k[:3] for k in keys}
        return word[:3].lower() in self._place_prefixes

    def _without_middle(self, name: str) -> list[Person]:
        """A full name with a middle name or initial ("Grace T. Okafor", "Ana Lucia
        Ferreira") is the registry's one person of its first and last words."""
        words = name.lower().split()
        if len(words) < 3:
            return []
        people = self.person_forms.get(f"{words[0]} {words[-1]}", [])
        return people if len({p.name for p in people}) == 1 else []

    def _near_person(self, name: str) -> list[Person]:
        """A full name whose surname is one letter off a registry person's ("Francois
        Mitterand") and whose other words match that person's name: that person."""
        key = name.lower()
        if key in self._near_seen_people:
            return self._near_seen_people[key]
        found = self._find_near_person(key.split())
        if len(self._near_seen_people) < 50_000:
            self._near_seen_people[key] = found
        return found

    def _find_near_person(self, words: list[str]) -> list[Person]:
        surname, given = words[-1], words[:-1]
        if len(surname) < 7 or not surname.isalpha():
            return []
        forms = {surname[:i] + surname[i + 1:] for i in range(len(surname))}
        found = []
        for known, people in self.surnames.items():
            if len(known) < 7 or abs(len(known) - len(surname)) > 1:
                continue
            near = known in forms or surname in {known[:i] + known[i + 1:]
                                                 for i in range(len(known))}
            if near:
                found += [p for p in people if any(f.lower().split()[:-1] == given
                                                   for f in p.forms)]
        return found if len({p.name for p in found}) == 1 else []

    def near_place(self, text: str) -> tuple[str, str] | None:
        """A country or capital name written one letter off ("Ethopia", "Phillippines",
        "Quatar", "Khatmandu"): ``(iso3, "name" | "capital")`` where only one place fits.
        A letter missing or added needs six letters or more, one changed or swapped eight, so
        that real names ("Siberia" beside "Liberia") and adjectives are never taken."""
        if text in self._near_seen:
            return self._near_seen[text]
        found = self._near_place(text)
        if len(self._near_seen) < 50_000:
            self._near_seen[text] = found
        return found

    def _near_place(self, text: str) -> tuple[str, str] | None:
        low = text.lower()
        if len(low) < 6 or not low.isalpha() or text in self.adjectives \
                or text[:-1] in self.adjectives:
            return None
        if self._near is None:
            self._near = {}
            for table, how in ((self.country_names, "name"), (self.capitals, "capital")):
                for name, iso in table.items():
                    if len(name) >= 5 and name.isalpha():
                        for form in _deletions(name):
                            known = self._near.get(form, (iso, how))
                            self._near[form] = known if known == (iso, how) else None
        found: set = set()
        if len(low) >= 6:  # a letter missing: "ethopia"
            found.add(self._near.get(low))
        # a letter too many ("quatar"), but no final "s": "Chinas" is a plural
        extra = {low[:i] + low[i + 1:] for i in range(len(low) - 1)}
        if not low.endswith("s"):
            extra.add(low[:-1])
        for form in extra:
            for table, how in ((self.country_names, "name"), (self.capitals, "capital")):
                if form in table:
                    found.add((table[form], how))
            if len(low) >= 8:  # a letter changed or two swapped: "khatmandu"
                found.add(self._near.get(form))
        found.discard(None)
        return found.pop() if len(found) == 1 else None


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _pad(date: str, day: str) -> str:
    """'2021-05' → '2021-05-01'; '2021' → '2021-01-01' (term bounds at day precision)."""
    parts = date.split("-")
    while len(parts) < 3:
        parts.append(day)
    return "-".join(parts)


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _table(name: str, folder: str | None) -> list[dict[str, str]]:
    """The rows of actor table ``name`` (from ``folder`` when it holds one)."""
    return data.read_tsv("actors", name, data_dir=folder)


def _optional_table(name: str, folder: str | None) -> list[dict[str, str]]:
    return _table(name, folder) if data.has_table("actors", name, data_dir=folder) else []


def _load_countries(kb: Knowledge, folder: str | None) -> None:
    extra = {row["iso3"]: row for row in _table("country_extra.tsv", folder)}
    for row in _table("countries.tsv", folder):
        iso3 = row["iso3"]
        more = extra.get(iso3, {})
        name = more.get("name") or row["name"]
        cameo = tuple(_split(more.get("cameo", "")))
        adjectives = _split(more.get("adjectives", "")) + _split(row["adjectives"])
        kb.countries[iso3] = Country(iso3, name, cameo, adjectives[0] if adjectives else None)
        for code in cameo:
            kb.cameo_to_iso[code] = iso3
        for form in [name, row["name"], *_split(row["variants"]), *_split(more.get("variants", ""))]:
            kb.country_names.setdefault(form.lower(), iso3)
        for adjective in _split(row["adjectives"]) + _split(more.get("adjectives", "")):
            kb.adjectives.setdefault(adjective, iso3)
        if row["capital"]:
            kb.capitals.setdefault(row["capital"].split(",")[0].lower(), iso3)
        for seat in _split(more.get("seats", "")):
            kb.seats[seat.lower()] = iso3
    # a generated variant that is really an adjective ("Russian") is no country name
    for adjective in list(kb.adjectives):
        kb.country_names.pop(adjective.lower(), None)
    # former states ("Soviet Union", "Zaire") are coded as their successor
    for row in _optional_table("former_states.tsv", folder):
        for form in [row["name"], *_split(row["variants"])]:
            kb.country_names.setdefault(form.lower(), row["successor"])
        for adjective in _split(row["adjectives"]):
            kb.adjectives.setdefault(adjective, row["successor"])
    # names given by hand win over generated variants that clash
    for iso3, more in extra.items():
        for form in _split(more.get("variants", "")) + ([more["name"]] if more.get("name") else []):
            kb.country_names[form.lower()] = iso3
        for adjective in _split(more.get("adjectives", "")):
            kb.adjectives[adjective] = iso3


def _load_people(kb: Knowledge, folder: str | None) -> None:
    rows = _table("office_holders.tsv", folder)
    curated = {row["name"] for row in rows}
    # every variant of a row taken so far: a head listed under another's variant is skipped
    variants = {v.lower() for r in rows for v in _split(r["variants"])}
    for row in _table("heads.tsv", folder):
        if row["name"] not in curated and row["name"].lower() not in variants:
            rows.append({**row, "gender": "", "wikidata": ""})
            variants.update(v.lower() for v in _split(row["variants"]))
    for row in rows:
        person = kb.people.setdefault(row["name"], Person(row["name"]))
        person.forms |= {row["name"], *_split(row.get("variants", ""))}
        person.gender = person.gender or row.get("gender") or None
        person.wikidata = person.wikidata or row.get("wikidata") or None
        person.terms.append(
            Term(row["country"], row["sector"] or "GOV", row["title"], row["start"], row["end"])
        )
    curated_people = set(kb.people)
    _load_dictionary_people(kb, folder)
    for person in kb.people.values():
        if person.name not in curated_people:
            continue  # dictionary people: by full name only (_load_dictionary_people)
        for form in person.forms:
            kb.person_forms.setdefault(form.lower(), []).append(person)
            if " " in form:
                surname = form.split()[-1].lower()
                if person not in kb.surnames.get(surname, []):
                    kb.surnames.setdefault(surname, []).append(person)


def _load_dictionary_people(kb: Knowledge, folder: str | None) -> None:
    """The field's dictionary people (``petrarch_people.tsv``, converted from PETRARCH-2 by
    ``scripts/convert_petrarch.py``): anyone not in the curated tables, found by a full name
    only (never by a surname alone, never one letter off)."""
    rows = _optional_table("petrarch_people.tsv", folder)
    if not rows:
        return
    taken = set(kb.person_forms)
    for person in kb.people.values():
        taken |= {form.lower() for form in person.forms}
    added: set[str] = set()
    for row in rows:
        forms = [row["name"], *_split(row.get("variants", ""))]
        if row["name"] not in added and (row["name"] in kb.people
                                         or any(form.lower() in taken for form in forms)):
            continue  # a curated person of that name wins
        added.add(row["name"])
        person = kb.people.get(row["name"])
        if person is None:
            person = kb.people[row["name"]] = Person(row["name"])
            for form in forms:
                kb.person_forms.setdefault(form.lower(), []).append(person)
        person.forms |= set(forms)
        person.terms.append(Term(row["country"], row["sector"] or "GOV", row["title"],
                                 row["start"], row["end"]))


def load_knowledge(folder: str | Path | None = None) -> Knowledge:
    """Parse all actor data files, those of ``folder`` replacing the packaged ones file by file
    (cached: the tables are read once per process, however the function is called)."""
    return _load_knowledge(str(folder) if folder else None)


@lru_cache(maxsize=4)
def _load_knowledge(folder: str | None) -> Knowledge:
    if folder:  # a user's own tables, read as they are
        return _build_knowledge(folder)
    return cached("actors", [*sorted(DATA.glob("*.tsv")), Path(__file__)],
                  lambda: _build_knowledge(None))


def _build_knowledge(path: str | None) -> Knowledge:
    kb = Knowledge()
    _load_countries(kb, path)
    for row in _optional_table("places_within.tsv", path):
        kb.places_within[row["place"].lower()] = row["country"]
    for row in _table("regions.tsv", path):
        kb.regions[row["phrase"].lower()] = Region(
            row["name"], row["country"], row["sector"] or None, row["code"], row["kind"]
        )
    for phrase, region in list(kb.regions.items()):  # British spelling: "Organisation for ..."
        if "organization" in phrase:
            kb.regions.setdefault(phrase.replace("organization", "organisation"), region)
    # the field's dictionaries: the curated rows win
    for row in _optional_table("petrarch_groups.tsv", path):
        kb.regions.setdefault(row["phrase"].lower(), Region(
            row["name"], row["country"], row["sector"] or None, row["code"], row["kind"]))
    for row in _table("sectors.tsv", path):
        kb.sectors[row["phrase"].lower()] = (row["sector"], row["kind"])
        if row.get("proper") == "yes":
            kb.proper_sectors.add(row["phrase"].lower())
    # the field's agent words: the curated rows win
    for row in _optional_table("petrarch_sectors.tsv", path):
        kb.sectors.setdefault(row["phrase"].lower(), (row["sector"], row["kind"]))
    kb.sector_heads = {phrase.split()[-1] for phrase in kb.sectors}
    kb.max_sector_words = max((len(p.split()) for p in kb.sectors), default=1)
    kb.sector_prefixes = {p[:j] for p in kb.sectors for j in range(1, len(p) + 1)}
    for row in _table("modifiers.tsv", path):
        if row.get("applies", "title") == "media":
            kb.media_modifiers[row["word"].lower()] = row["sector"]
        else:
            kb.modifiers[row["word"].lower()] = row["sector"]
    for row in _table("reference_words.tsv", path):
        entry = (row["gender"] if row["gender"] in ("m", "f") else None, row["number"], row["refers"])
        if row["use"] == "pronoun":
            kb.pronouns[row["word"]] = entry
        elif row["use"] == "role":
            kb.roles[row["word"]] = entry
        elif row["use"] == "speech":
            kb.speech_verbs.add(row["word"])
        elif entry[0]:
            kb.gender_cues[row["word"]] = entry[0]
    _load_people(kb, path)
    for row in _optional_table("home_institutions.tsv", path):
        kb.home_institutions[row["phrase"].lower()] = row["country"]
    kb.credits = {row["name"].lower() for row in _optional_table("credits.tsv", path)}
    for row in _optional_table("parties.tsv", path):
        periods = tuple(tuple(p.split("..", 1)) for p in _split(row["governing"]) if ".." in p)
        party = Party(row["name"], row["country"], periods)
        for form in _split(row["forms"]):
            kb.parties[form.lower()] = party
        if row.get("tag"):
            kb.party_tags[row["tag"]] = party
    kb.place_prefixes = {
        key.lower()[:j]
        for table in (kb.regions, kb.country_names, kb.adjectives, kb.seats, kb.capitals,
                      kb.places_within)
        for key in table for j in range(1, len(key) + 1)
    }
    return kb
