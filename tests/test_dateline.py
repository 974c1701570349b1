"""Publication dates from datelines near the top of an article, and nothing from story sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.dateline import find_published

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "nairobi-talks.txt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LUSAKA, April 4, 2024 — Zambia said on Thursday", "2024-04-04"),
        ("OSLO, Norway, 3 March 2023 (Reuters) - Norway said", "2023-03-03"),
        ("WASHINGTON, Jan. 5, 2021 (AP) — The Senate", "2021-01-05"),
        ("ADDIS ABABA, Sept. 14, 2022 – Ethiopia", "2022-09-14"),
        ("Published: May 2, 2024\n\nThe council met.", "2024-05-02"),
        ("Updated on 4 April 2024 at 10:30 am\nText", "2024-04-04"),
        ("Tue 12 Mar 2024 10.30 GMT\nThe vote", "2024-03-12"),
        ("2024-06-01\n\nThe ministry said", "2024-06-01"),
        ("By Amina Yusuf | June 7, 2024\nText", "2024-06-07"),
    ],
)
def test_dateline_found(text, expected):
    assert find_published(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On March 3, 2022, troops crossed the border.",  # an event date inside a sentence
        "Kenya, March 12, 2024 — lower-case place is not a dateline",
        "LUSAKA, February 30, 2024 — no such day",
        "LUSAKA, April 2024 — no day",
        "",
        "Nothing here at all.",
    ],
)
def test_no_dateline(text):
    assert find_published(text) is None


def test_dateline_only_near_the_top():
    assert find_published("x " * 400 + "\nLUSAKA, April 4, 2024 — late") is None


def test_seed_has_no_dateline(seed_text):
    assert find_published(seed_text) is None


def test_example_dateline_after_cleaning():
    from eventwire.clean import clean

    assert find_published(clean(EXAMPLE.read_text("utf-8")).text) == "2024-03-12"


def test_pipeline_uses_dateline_when_nothing_else(process):
    record = process("MAPUTO, July 9, 2024 — Mozambique's parliament met on Tuesday.", published=None)
    assert record["published"] == "2024-07-09"


def test_given_date_wins_over_dateline(process):
    record = process("MAPUTO, July 9, 2024 — The parliament met.", published="2024-07-10")
    assert record["published"] == "2024-07-10"


@pytest.mark.parametrize(
    ("text", "place", "story"),
    [
        ("KYIV, Ukraine (AP) — Officials met.", "KYIV", "Officials met."),
        ("LOS ANGELES, Feb. 2 (UPI) -- The port reopened.", "LOS ANGELES", "The port reopened."),
        ("WASHINGTON — The Senate voted.", "WASHINGTON", "The Senate voted."),
    ],
)
def test_one_grammar_finds_the_place_and_where_the_story_starts(text, place, story):
    from eventwire.dateline import dateline_at

    found = dateline_at(text)
    assert text[found.place_start:found.place_end] == place
    assert text[found.end:].strip() == story and found.dashed


@pytest.mark.parametrize("text", ["I — I never said that.", "Officials in KYIV met.", "UN"])
def test_a_capital_word_alone_is_no_dateline(text):
    from eventwire.dateline import dateline_at

    assert dateline_at(text) is None
