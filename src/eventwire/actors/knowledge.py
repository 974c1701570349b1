"""The actor knowledge: countries, regions, sector words and dated office holders, read from the
TSV files in ``actors/data`` once per process.

Everything a political scientist may want to correct lives in those files; this module only
parses them into lookup tables keyed by lower-case phrase.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA = Path(str(resources.files("eventwire.actors") / "data"))


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


@dataclass
class Knowledge:
    countries: dict[str, Country] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # lower name → iso3
    adjectives: dict[str, str] = field(default_factory=dict)  # exact-case adjective → iso3
    capitals: dict[str, str] = field(default_factory=dict)  # lower capital → iso3
    seats: dict[str, str] = field(default_factory=dict)  # lower seat of government → iso3
    regions: dict[str, Region] = field(default_factory=dict)  # lower phrase → region
    sectors: dict[str, tuple[str, str]] = field(default_factory=dict)  # phrase → (sector, kind)
    modifiers: dict[str, str] = field(default_factory=dict)  # "former" → ELI
    people: dict[str, Person] = field(default_factory=dict)  # canonical name → person
    person_forms: dict[str, list[Person]] = field(default_factory=dict)  # lower form → people
    cameo_to_iso: dict[str, str] = field(default_factory=dict)
    pronouns: dict[str, tuple[str | None, str, str]] = field(default_factory=dict)  # he → (m, sg, person)
    roles: dict[str, tuple[str | None, str, str]] = field(default_factory=dict)  # men → (m, pl, person)
    gender_cues: dict[str, str] = field(default_factory=dict)  # mrs → f
    surnames: dict[str, list[Person]] = field(default_factory=dict)  # lower last name → people
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
            return None
        in_office = [p for p in people if p.term_on(day)]
        return (in_office or people)[0]

    max_sector_words: int = 1  # the longest sector phrase, in words


def _pad(date: str, day: str) -> str:
    """'2021-05' → '2021-05-01'; '2021' → '2021-01-01' (term bounds at day precision)."""
    parts = date.split("-")
    while len(parts) < 3:
        parts.append(day)
    return "-".join(parts)


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV file whose lines starting with '#' are comments (the source header)."""
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [
        {k: (v or "").strip() for k, v in row.items()}
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    ]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _load_countries(kb: Knowledge, folder: Path) -> None:
    extra = {row["iso3"]: row for row in read_table(folder / "country_extra.tsv")}
    for row in read_table(folder / "countries.tsv"):
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
    # names given by hand win over generated variants that clash
    for iso3, more in extra.items():
        for form in _split(more.get("variants", "")) + ([more["name"]] if more.get("name") else []):
            kb.country_names[form.lower()] = iso3
        for adjective in _split(more.get("adjectives", "")):
            kb.adjectives[adjective] = iso3


def _load_people(kb: Knowledge, folder: Path) -> None:
    rows = read_table(folder / "office_holders.tsv")
    curated = {row["name"] for row in rows}
    for row in read_table(folder / "heads.tsv"):
        if row["name"] not in curated and not any(
            row["name"].lower() in (v.lower() for v in _split(r["variants"])) for r in rows
        ):
            rows.append({**row, "gender": "", "wikidata": ""})
    for row in rows:
        person = kb.people.setdefault(row["name"], Person(row["name"]))
        person.forms |= {row["name"], *_split(row.get("variants", ""))}
        person.gender = person.gender or row.get("gender") or None
        person.wikidata = person.wikidata or row.get("wikidata") or None
        person.terms.append(
            Term(row["country"], row["sector"] or "GOV", row["title"], row["start"], row["end"])
        )
    for person in kb.people.values():
        for form in person.forms:
            kb.person_forms.setdefault(form.lower(), []).append(person)
            if " " in form:
                surname = form.split()[-1].lower()
                if person not in kb.surnames.get(surname, []):
                    kb.surnames.setdefault(surname, []).append(person)


@lru_cache(maxsize=4)
def load_knowledge(folder: str | None = None) -> Knowledge:
    """Parse all actor data files (cached: the tables are read once per process)."""
    path = Path(folder) if folder else DATA
    kb = Knowledge()
    _load_countries(kb, path)
    for row in read_table(path / "regions.tsv"):
        kb.regions[row["phrase"].lower()] = Region(
            row["name"], row["country"], row["sector"] or None, row["code"], row["kind"]
        )
    for row in read_table(path / "sectors.tsv"):
        kb.sectors[row["phrase"].lower()] = (row["sector"], row["kind"])
        if row.get("proper") == "yes":
            kb.proper_sectors.add(row["phrase"].lower())
    kb.sector_heads = {phrase.split()[-1] for phrase in kb.sectors}
    kb.max_sector_words = max((len(p.split()) for p in kb.sectors), default=1)
    for row in read_table(path / "modifiers.tsv"):
        kb.modifiers[row["word"].lower()] = row["sector"]
    for row in read_table(path / "reference_words.tsv"):
        entry = (row["gender"] if row["gender"] in ("m", "f") else None, row["number"], row["refers"])
        if row["use"] == "pronoun":
            kb.pronouns[row["word"]] = entry
        elif row["use"] == "role":
            kb.roles[row["word"]] = entry
        elif entry[0]:
            kb.gender_cues[row["word"]] = entry[0]
    _load_people(kb, path)
    return kb
