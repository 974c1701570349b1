"""The actor data files: each parses, carries a source header, and single entries say what
they should."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors import actor_code
from eventwire.actors.knowledge import DATA, load_knowledge
from eventwire.data import read_tsv


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


@pytest.mark.parametrize("path", sorted(Path(DATA).glob("*.tsv")), ids=lambda p: p.name)
def test_data_file_has_source_header_and_rows(path):
    lines = path.read_text("utf-8").splitlines()
    assert lines[0].startswith("# "), "each data file starts with where its facts come from"
    assert read_tsv("actors", path.name), "and has rows"


def test_countries_and_variants(kb):
    assert kb.country_names["united states"] == "USA"
    assert kb.country_names["u.s."] == "USA"
    assert kb.country_names["britain"] == "GBR"
    assert kb.country_names["ivory coast"] == "CIV"
    assert kb.countries["RUS"].name == "Russia"


def test_adjectives_and_capitals(kb):
    assert kb.adjectives["Chinese"] == "CHN"
    assert kb.adjectives["American"] == "USA"
    assert kb.capitals["beijing"] == "CHN"
    assert kb.seats["kremlin"] == "RUS"
    assert kb.seats["white house"] == "USA"


def test_cameo_codes_that_differ_from_iso(kb):
    assert kb.cameo_to_iso["JAP"] == "JPN"


def test_regions_and_igos(kb):
    assert kb.regions["western nations"].code == "WST"
    assert kb.regions["united nations"].country == "IGOUNO"
    assert kb.regions["nato"].country.startswith("IGO")


def test_sector_phrases(kb):
    assert kb.sectors["foreign ministry spokesperson"][0] == "GOV"
    assert kb.sectors["secretary of state"][0] == "GOV"
    assert kb.sectors["police"][0] == "COP"
    assert kb.sectors["rebels"][0] == "REB"
    assert kb.sectors["parliament"][0] == "LEG"


def test_office_holder_terms_by_date(kb):
    holder = kb.people["Jens Stoltenberg"]
    assert holder.term_on("2020-06-01").country == "IGOWSTNAT"
    assert holder.term_on("2024-12-01") is None  # between NATO and the Norwegian cabinet
    assert holder.term_on("2025-06-01").title == "Finance Minister"


def test_month_precision_term_start(kb):
    assert kb.people["Mao Ning"].term_on("2022-09-15") is not None
    assert kb.people["Mao Ning"].term_on("2022-08-15") is None


def test_factbook_heads_fill_countries_not_hand_curated(kb):
    assert kb.find_person("Keir Starmer", "2025-01-01").term_on("2025-01-01").country == "GBR"


def test_surname_lookup_is_unique_or_in_office(kb):
    assert kb.find_person("Lavrov", "2024-04-08").name == "Sergei Lavrov"
    # two presidents Bush: neither in office in 2015, so no guess
    assert kb.find_person("Bush", "2015-01-01") is None


def test_gender_and_pronoun_tables(kb):
    assert kb.people["Janet Yellen"].gender == "f"
    assert kb.pronouns["she"][0] == "f"
    assert kb.roles["men"][1] == "pl"


@pytest.mark.parametrize(
    ("country", "sector", "code"),
    [("RUS", "GOV", "RUSGOV"), ("CHN", None, "CHN"), (None, "MIL", "---MIL"),
     ("IGOUNO", "IGO", "IGOUNO"), (None, None, "---"),
     # the code spells PLOVER's media and health sectors as CAMEO does
     ("FRA", "JRN", "FRAMED"), ("KEN", "MED", "KENHLH"),
     # an international body's officials and organs are the body
     ("IGOUNO", "GOV", "IGOUNO"), ("IGOEUREEC", "GOV", "IGOEUREEC")],
)
def test_actor_code(country, sector, code):
    assert actor_code(country, sector) == code
