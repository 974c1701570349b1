"""Round-3 whole-article actor rules of issue 16, each on a short text written for these
tests: a country that speaks is its government, ..."""

from __future__ import annotations

import eventwire


def run(nlp, text: str, published: str = "2014-03-05") -> dict[str, str]:
    """Actor name → code."""
    record = eventwire.process(text, published=published, nlp=nlp)
    return {a["name"]: a["code"] for a in record["actors"]}


def test_a_country_that_says_something_is_its_government(nlp):
    codes = run(nlp, "Norway said on Friday it would double its aid to Chad.")
    assert codes["Norway"] == "NORGOV", codes


def test_a_country_that_insists_is_its_government(nlp):
    codes = run(nlp, "Peru insists its border with Ecuador is settled.")
    assert codes["Peru"] == "PERGOV", codes


def test_a_country_that_acts_otherwise_stays_the_country(nlp):
    codes = run(nlp, "Chile sent 40 tonnes of food to Bolivia on Monday.")
    assert codes["Chile"] == "CHL" and codes["Bolivia"] == "BOL", codes
