"""The offline gazetteer and name keys (no spaCy needed)."""

from __future__ import annotations

import pytest

from eventwire.geo.gazetteer import get_gazetteer
from eventwire.geo.names import name_key


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def _best(cands, feature=None):
    pool = [c for c in cands if feature is None or c.feature == feature]
    return max(pool, key=lambda c: c.population)


def test_name_key_ignores_accents_case_and_dots():
    assert name_key("São Paulo") == name_key("sao paulo")
    assert name_key("St. Louis") == name_key("Saint Louis")
    assert name_key("the Netherlands") == "netherlands"


def test_name_key_joins_hyphens():
    assert name_key("Ivano-Frankivsk") == "ivano frankivsk"


def test_capital_city_has_coordinates(gaz):
    city = _best(gaz.lookup("Nairobi"), "city")
    assert city.country == "KEN"
    assert city.capital
    assert abs(city.lat - -1.28) < 0.1 and abs(city.lon - 36.82) < 0.1


def test_country_is_a_candidate_with_alpha3(gaz):
    country = _best(gaz.lookup("Germany"), "country")
    assert country.country == "DEU"
    assert country.geonameid == 2921044


def test_alternate_name_finds_city(gaz):
    assert any(c.name == "Kyiv" for c in gaz.lookup("Kiev"))


def test_admin1_names_are_known(gaz):
    region = _best(gaz.lookup("Texas"), "admin1")
    assert region.country == "USA"
    assert region.admin1 == "Texas"


def test_city_carries_its_admin1_name(gaz):
    city = _best(gaz.lookup("Houston"), "city")
    assert city.admin1 == "Texas"


def test_us_county_is_a_region(gaz):
    county = gaz.lookup("Travis County")
    assert county and county[0].feature == "region" and county[0].admin1 == "Texas"


def test_exact_alias_matches_only_as_written(gaz):
    assert [c.country for c in gaz.lookup("U.S.")] == ["USA"]
    assert not any(c.country == "USA" and c.feature == "country" for c in gaz.lookup("us"))


def test_state_abbreviation(gaz):
    assert [c.name for c in gaz.lookup("Ill.")] == ["Illinois"]


def test_continent_is_a_region(gaz):
    assert any(c.feature == "region" and c.country is None for c in gaz.lookup("Europe"))


def test_unknown_name_has_no_candidates(gaz):
    assert gaz.lookup("Qwxzzy") == []
    assert not gaz.has("Qwxzzy")


def test_every_data_file_says_where_its_facts_come_from():
    import gzip
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "geo" / "data"
    for path in sorted(data.iterdir()):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            assert fh.readline().startswith("#"), path.name


def test_cue_lists_load():
    from eventwire.geo.cues import get_cues

    cues = get_cues()
    assert "in" in cues.locative_prepositions
    assert "visit" in cues.visit_words
    assert "region" in cues.admin_terms


def test_benchmark_help_runs():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "benchmarks/geo.py", "--help"], cwd=root, check=False,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "--gold-spans" in out.stdout


def test_name_with_a_letter_that_keeps_its_stroke_is_found(gaz):
    # "ł" has no accent-free form: the key keeps it, and the byte-wise search must still match.
    assert any(c.cc == "PL" for c in gaz.lookup("Łódź"))


def test_city_index_bisection_finds_every_key_and_only_those(gaz):
    """The name index is searched in place: its first, last and middle keys are found, and a
    key's prefix or extension is not mistaken for it."""
    blob = gaz._city_names
    lines = blob[gaz._city_names_start:].rstrip(b"\n").split(b"\n")
    for line in (lines[0], lines[len(lines) // 2], lines[-1]):
        key, rows = line.decode("utf-8").split("\t")
        assert gaz._city_rows(key) == rows
        assert gaz._city_rows(key + "zz") is None or key + "zz\t" in blob.decode("utf-8")
    assert gaz._city_rows("") is None
    assert gaz._city_rows("\uffff") is None
    assert gaz.has("Nairobi") and not gaz.has("Nairob")


def test_threads_asking_at_once_share_one_gazetteer():
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda _: get_gazetteer(), range(8)))
    assert all(g is got[0] for g in got)
    assert got[0].cities("nairobi")[0].country == "KEN"
