"""Each quote of the seed article (read from ../shared) with its kind, cue and speaker's actor."""

from __future__ import annotations

import pytest

from eventwire import validate


def quote_with(record: dict, words: str) -> dict:
    """The one quote whose text contains ``words``."""
    found = [q for q in record["quotes"] if words in q["text"]]
    assert len(found) == 1, [q["text"] for q in record["quotes"]]
    return found[0]


def actor_name(record: dict, quote: dict) -> str | None:
    actor_id = (quote["speaker"] or {}).get("actor")
    return next((a["name"] for a in record["actors"] if a["id"] == actor_id), None)


def test_seed_record_with_quotes_is_valid(seed_record):
    validate(seed_record)
    assert len(seed_record["quotes"]) >= 9


def test_quote_offsets_match_their_text(seed_record):
    text = seed_record["text"]
    for q in seed_record["quotes"]:
        if "parts" not in q:
            assert text[q["start"] : q["end"]] == q["text"]
        for key in ("speaker", "cue"):
            if q[key]:
                assert text[q[key]["start"] : q[key]["end"]] == q[key]["text"]


def test_ministry_statement_is_direct_and_keeps_its_nested_quote(seed_record):
    q = quote_with(seed_record, "An in-depth exchange of points of view")
    assert q["kind"] == "direct"
    assert "'burning subjects'" in q["text"]
    assert q["cue"]["text"] == "said"
    assert q["speaker"]["text"] == "the statement"


def test_statement_speaks_for_the_ministry(seed_record):
    q = quote_with(seed_record, "An in-depth exchange of points of view")
    assert "Ministry" in (actor_name(seed_record, q) or "")


def test_readout_according_to_the_ministry(seed_record):
    q = quote_with(seed_record, "spend two days in Beijing")
    assert q["kind"] == "indirect"
    assert q["cue"]["text"] == "according to"
    assert "Ministry" in (actor_name(seed_record, q) or "")


def test_ministry_added_is_mixed(seed_record):
    q = quote_with(seed_record, "discuss a wide range of questions")
    assert q["kind"] == "mixed"
    assert q["cue"]["text"] == "added"


def test_beijing_insists(seed_record):
    q = quote_with(seed_record, "it is a neutral party")
    assert q["kind"] == "indirect"
    assert q["speaker"]["text"] == "Beijing"


def test_blinken_quoted_clause(seed_record):
    # 'told reporters … that "China continues …"': a reported clause whose words are quoted,
    # a mixed quote that starts at "that" as reported clauses do
    q = quote_with(seed_record, "China continues to provide materials")
    assert q["kind"] == "mixed"
    assert q["text"].startswith('that "China continues')
    assert q["cue"]["text"] == "told reporters"
    assert actor_name(seed_record, q) == "Antony Blinken"


def test_yellen_indirect_quote(seed_record):
    q = quote_with(seed_record, "she had warned officials")
    assert q["kind"] == "indirect"
    assert q["cue"]["text"] == "said"
    assert q["speaker"]["text"].startswith("U.S. Treasury Secretary Janet Yellen")
    assert actor_name(seed_record, q) == "Janet Yellen"


def test_mao_ning_direct_quote(seed_record):
    q = quote_with(seed_record, "China is not the creator")
    assert q["kind"] == "direct"
    assert q["speaker"]["text"].endswith("Mao Ning")
    assert actor_name(seed_record, q) == "Mao Ning"


@pytest.mark.parametrize(
    "words", ["continue to promote peace talks", "Relevant countries should not smear"]
)
def test_mao_ning_quotes_said_by_she(seed_record, words):
    q = quote_with(seed_record, words)
    assert q["speaker"]["text"] == "she"
    assert actor_name(seed_record, q) == "Mao Ning"


def test_continue_to_promote_is_mixed(seed_record):
    q = quote_with(seed_record, "continue to promote peace talks")
    assert q["kind"] == "mixed"
    assert q["text"].startswith("Beijing would")


def test_always_controlled_is_part_of_a_mixed_quote(seed_record):
    q = quote_with(seed_record, "always controlled")
    assert q["kind"] == "mixed"
    assert q["cue"]["text"] == "added"
    assert actor_name(seed_record, q) == "Mao Ning"


def test_no_quote_for_burning_subjects_alone(seed_record):
    assert not [q for q in seed_record["quotes"] if q["text"].strip(" '") == "burning subjects"]
