"""Convert the PETRARCH-2 / Phoenix actor dictionaries into eventwire's own actor TSV files.

Source: the Open Event Data Alliance's PETRARCH-2 dictionaries (repository openeventdata/petrarch2,
``petrarch2/data/dictionaries/``, MIT licence, copyright 2014 Open Event Data Alliance), kept in
``../shared/data/petrarch2/``. Two files are written into ``src/eventwire/actors/data/``:

- ``petrarch_people.tsv`` (the format of ``office_holders.tsv``): the named people of
  ``Phoenix.Countries.actors.txt`` with their dated roles (``[PAKGOV 970217-991012]``), one row
  per role. Linked by full name only (see docs/actors.md).
- ``petrarch_sectors.tsv`` (the format of ``sectors.tsv``): the agent words of
  ``Phoenix.agents.txt`` ("BANDIT [~CRM]", "STEELMAKER [~BUS]"), singular, lower case; the
  curated ``sectors.tsv`` wins where both have a phrase.
- ``petrarch_groups.tsv`` (the format of ``regions.tsv``): named institutions and armed groups
  with one fixed code (``FEDERAL_BUREAU_OF_INVESTIGATION_ [USACOP]``,
  ``SUDAN_PEOPLE'S_LIBERATION_ARMY_ [SDNREB]``) from the country and non-state-armed-group files,
  and international organisations with a full IGO code (``ARAB_LEAGUE_ [IGOMEAARL]``).

Usage: python scripts/convert_petrarch.py [--source DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / ".." / "shared" / "data" / "petrarch2"
OUT = ROOT / "src" / "eventwire" / "actors" / "data"
CITATION = ("PETRARCH-2 / Phoenix dictionaries (github.com/openeventdata/petrarch2, "
            "petrarch2/data/dictionaries/, MIT licence, (c) 2014 Open Event Data Alliance)")

# CAMEO sectors that mean the same in eventwire; CAMEO's MED is the media (eventwire: JRN), its
# HLH health (eventwire: MED). Other secondary sectors (DEV, ENV, AGR ...) are dropped.
SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "BUS", "CVL", "EDU", "REL", "REF",
           "LAB", "ELI", "SPY", "HRI", "PTY", "UAF", "NGO", "IGO"}
RENAMED = {"MED": "JRN", "HLH": "MED"}
# a government role whose second part says the branch ("USAGOVLEG": a legislator)
BRANCHES = ("LEG", "JUD", "COP", "SPY", "MIL")
ROLE = re.compile(r"\[([A-Z-]{3,})\s*([<>]?)\s*(\d{6,8})?(?:-(\d{6,8}))?\s*\]")
ENTRY = re.compile(r"^([^\s#+\[][^\s#\[]*)")


def phoenix_date(raw: str | None) -> str:
    """'970217' → '1997-02-17', '20130605' → '2013-06-05' (two-digit years: 00-20 are 20xx, as
    the dictionaries end around 2015)."""
    if not raw:
        return ""
    if len(raw) == 8:
        year, rest = raw[:4], raw[4:]
    else:
        yy = int(raw[:2])
        year, rest = (f"20{raw[:2]}" if yy <= 20 else f"19{raw[:2]}"), raw[2:]
    month, day = rest[:2], rest[2:4]
    if month == "00":
        return year
    if day == "00":
        return f"{year}-{month}"
    return f"{year}-{month}-{day}"


def phrase(token: str) -> str:
    """'NAWAZ_SHARIF_' → 'Nawaz Sharif' (PETRARCH writes spaces as underscores)."""
    words = token.replace("+", " ").strip("_ ").split("_")
    return " ".join(w[:1].upper() + w[1:].lower() if w[:1].isalpha() else w
                    for w in words if w)


def split_code(code: str) -> tuple[str, str] | None:
    """'USAGOVLEG' → ('USA', 'LEG'); 'PAKGOV' → ('PAK', 'GOV'); None when no usable sector."""
    if code.startswith(("IGO", "NGO", "IMG", "MNC")):
        return None
    country, chunks = code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]
    chunks = [RENAMED.get(c, c) for c in chunks]
    if not chunks:
        return None
    if chunks[0] == "GOV":
        branch = next((c for c in chunks[1:] if c in BRANCHES), None)
        return country, branch or "GOV"
    return (country, chunks[0]) if chunks[0] in SECTORS else None


def read_entries(path: Path) -> list[tuple[str, list[str], list[tuple], bool]]:
    """(name, variants, roles, from_countryinfo) for every entry of a PETRARCH actor file."""
    entries: list[tuple[str, list[str], list[tuple], bool]] = []
    for line in path.read_text("utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        roles = [(m[0], m[1], m[2], m[3]) for m in ROLE.findall(body)]
        if line[:1] not in (" ", "\t", "+") and ENTRY.match(line):
            name = ENTRY.match(line).group(1)
            entries.append((name, [], roles, "CountryInfo" in line))
        elif line.startswith("+") and entries:
            variant = body[1:].split("[", 1)[0].strip()
            if variant:
                entries[-1][1].append(variant)
            entries[-1][2].extend(roles)
        elif entries:
            entries[-1][2].extend(roles)
    return entries


def person_rows(entries, title_words: set[str]) -> list[list[str]]:
    """One office_holders row per dated role of a named person."""
    rows = []
    for name, variants, roles, _ in entries:
        dated = [r for r in roles if r[2] or r[3]]
        if not dated or "." in name.strip("_").replace("._", " "):
            continue
        forms = [phrase(v) for v in variants]
        # variants with a title in them ("Prime Minister Sharif") are read from the title
        forms = [f for f in forms if " " in f and not set(f.lower().split()) & title_words]
        full = phrase(name)
        if " " not in full:
            continue
        for code, bound, start, end in dated:
            split = split_code(code)
            if split is None or not split[0].isalpha() or split[1] == "ELI":
                # dated ELI roles mark the years before a known office ("elite"), often while
                # the person held another; eventwire makes anyone past an office ELI itself
                continue
            first = phoenix_date(start)
            last = phoenix_date(end)
            if bound == "<":
                first, last = "", first
            rows.append([full, "|".join(dict.fromkeys(f for f in forms if f != full)),
                         split[0], split[1], "", first, last, "", ""])
    return rows


def group_rows(entries, countries: set[str]) -> list[list[str]]:
    """One regions row per name of an institution or armed group with a single fixed code."""
    rows = []
    for name, variants, roles, from_people in entries:
        codes = {r[0] for r in roles if not (r[2] or r[3])}
        if from_people or len(codes) != 1 or any(r[2] or r[3] for r in roles):
            continue
        split = split_code(next(iter(codes)))
        if split is None or split[0] not in countries:
            continue
        country, sector = split
        canonical = phrase(name)
        for form in [name, *variants]:
            text = phrase(form)
            # acronyms and one-word names are too ambiguous without their full name beside them
            if "(" in text or len(text.split()) < 2:
                continue
            rows.append([text, canonical, country, sector, country + sector, "organization"])
    return rows


AGENT = re.compile(r"^([^\s\[{#]+)\s*(?:\{[^}]*\})?\s*\[~?([A-Z]{3,})\]")
# religions as CAMEO writes them (CHR, MUS, JEW ...) are eventwire's REL
RELIGIONS = {"CHR", "MUS", "JEW", "HIN", "BUD", "JAN", "SIK", "ZRO", "BAH", "ITR", "DOX", "SHN",
             "CTH", "PRO", "SUN", "SHI", "ALE", "DRZ"}


def agent_rows(path: Path, organizations: set[str], references: set[str]) -> list[list[str]]:
    """One sectors row per agent word; kind 'organization' where its last word is one of the
    curated table's institution words, else 'title' (a role a person holds). Words that
    refer back ("the two women", reference_words.tsv) are left to coreference."""
    rows = []
    for line in path.read_text("utf-8", errors="replace").splitlines():
        m = AGENT.match(line)
        if not m or line.startswith("!"):
            continue
        word, code = m.group(1), m.group(2)
        chunk = RENAMED.get(code[:3], code[:3])
        sector = "REL" if chunk in RELIGIONS else chunk
        if sector not in SECTORS | {"CRM", "UAF", "AGR", "JRN", "MED"}:
            continue
        phrase_text = word.replace("!PERSON!", "man").replace("_", " ").strip().lower()
        if not phrase_text or not all(w.replace("-", "").replace(".", "").isalpha()
                                      for w in phrase_text.split()):
            continue
        if phrase_text in references:
            continue
        if chunk in RELIGIONS and " " not in phrase_text:
            continue  # "Christian", "Muslim": the name of a faith's people is no role
        kind = "organization" if phrase_text.split()[-1] in organizations else "title"
        rows.append([phrase_text, sector, kind, ""])
    return rows


def igo_rows(entries) -> list[list[str]]:
    """One regions row per name of an international organisation with one full IGO code
    ("ARAB_LEAGUE_ [IGOMEAARL]"); the bare "[IGO]" says too little and is left out."""
    rows = []
    for name, variants, roles, _ in entries:
        codes = {r[0] for r in roles if not (r[2] or r[3])}
        if len(codes) != 1 or any(r[2] or r[3] for r in roles):
            continue
        code = next(iter(codes))
        if not code.startswith("IGO") or len(code) < 9:
            continue
        canonical = phrase(name)
        for form in [name, *variants]:
            text = phrase(form)
            if "(" in text or len(text.split()) < 2:
                continue
            rows.append([text, canonical, code, "IGO", code, "organization"])
    return rows


def write(path: Path, header: list[str], rows: list[list[str]], what: str) -> None:
    seen, unique = set(), []
    for row in rows:
        key = tuple(row) if header[0] == "name" else row[0].lower()  # one row per phrase
        if key not in seen:
            seen.add(key)
            unique.append(row)
    lines = [f"# {what}", f"# Generated by scripts/convert_petrarch.py from {CITATION}.",
             "# Do not edit by hand: correct office_holders.tsv / regions.tsv, which win.",
             "\t".join(header)]
    lines += ["\t".join(row) for row in unique]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{path.name}: {len(unique)} rows")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not (args.source / "Phoenix.Countries.actors.txt").exists():
        raise SystemExit(f"{args.source}: no Phoenix.Countries.actors.txt there")
    sectors = (args.out / "sectors.tsv").read_text("utf-8").splitlines()
    title_words = {w for line in sectors if line and not line.startswith("#")
                   for w in line.split("\t")[0].lower().split()}
    countries = {line.split("\t")[0] for line in
                 (args.out / "countries.tsv").read_text("utf-8").splitlines()
                 if line and not line.startswith("#")}
    organizations = {line.split("\t")[0].split()[-1] for line in sectors
                     if line and not line.startswith("#") and "\torganization\t" in line}
    references = {line.split("\t")[0].lower() for line in
                  (args.out / "reference_words.tsv").read_text("utf-8").splitlines()
                  if line and not line.startswith("#")}
    write(args.out / "petrarch_sectors.tsv", ["phrase", "sector", "kind", "proper"],
          agent_rows(args.source / "Phoenix.agents.txt", organizations, references),
          "Agent words: titles, roles and institutions of a sector (CAMEO codes).")
    country_entries = read_entries(args.source / "Phoenix.Countries.actors.txt")
    write(args.out / "petrarch_people.tsv",
          ["name", "variants", "country", "sector", "title", "start", "end", "gender",
           "wikidata"],
          person_rows(country_entries, title_words),
          "Named people with dated roles (CAMEO codes, role dates as the dictionaries give them).")
    groups = group_rows(country_entries, countries) + group_rows(
        read_entries(args.source / "Phoenix.MilNonState.actors.txt"), countries) + igo_rows(
        read_entries(args.source / "Phoenix.International.actors.txt"))
    write(args.out / "petrarch_groups.tsv",
          ["phrase", "name", "country", "sector", "code", "kind"], groups,
          "Institutions and armed groups with one fixed CAMEO code.")


if __name__ == "__main__":
    main()
