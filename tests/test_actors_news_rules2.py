"""Round-2 whole-article actor rules of issue 16, each on a short text written for these
tests: parties not known to govern, group nouns without a sector word of their own."""

from __future__ import annotations

import eventwire


def run(nlp, text: str, published: str = "2014-03-05") -> dict[str, str]:
    """Actor name → code."""
    record = eventwire.process(text, published=published, nlp=nlp)
    return {a["name"]: a["code"] for a in record["actors"]}


def test_party_not_known_to_govern_is_the_opposition(nlp):
    text = ("The Freedom and Harvest Party of Moldova accused the cabinet of fraud in "
            "Chisinau on Monday.")
    codes = run(nlp, text)
    assert any(code == "MDAOPP" for code in codes.values()), codes


def test_ruling_party_stays_the_government(nlp):
    text = "Moldova's ruling party rejected the charges on Tuesday."
    codes = run(nlp, text)
    assert "MDAGOV" in codes.values(), codes
