"""The cleaner on real articles: the seed and the shipped example read as the article does."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from eventwire.clean import clean

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "nairobi-talks.txt"


def alnum(text: str) -> Counter:
    return Counter(ch for ch in text if ch.isalnum())


def assert_nothing_lost(raw: str, cleaned) -> None:
    """Every letter and digit of the input is in the text or in what was removed."""
    kept = cleaned.text + "".join(r["text"] for r in cleaned.removed)
    assert alnum(raw) == alnum(kept)


@pytest.fixture(scope="module")
def seed_clean(seed_text):
    return clean(seed_text)


@pytest.fixture(scope="module")
def example_text() -> str:
    return EXAMPLE.read_text("utf-8")


def test_seed_keeps_asia_pacific_whole(seed_clean):
    assert "the Asia-Pacific region." in seed_clean.text


def test_seed_has_no_furniture_left(seed_clean):
    text = seed_clean.text
    for junk in ("http", "Telegram", "Related article", "Triumph", "Monday morning. Russian"):
        assert junk not in text


def test_seed_paragraphs_have_no_hard_wraps(seed_clean):
    paragraphs = seed_clean.text.split("\n\n")
    assert len(paragraphs) == 15
    assert all("\n" not in p and p == p.strip() and "  " not in p for p in paragraphs)


def test_seed_starts_with_the_story(seed_clean):
    assert seed_clean.text.startswith("Russian Foreign Minister Sergei Lavrov was in China")
    assert seed_clean.text.endswith("provoke bloc confrontation,\" she said.")


def test_seed_removed_kinds_in_text_order(seed_clean):
    assert [r["kind"] for r in seed_clean.removed] == ["caption", "credit", "url", "related"]
    assert seed_clean.removed[1]["text"] == "Russian Foreign Ministry / Telegram"


def test_seed_nothing_lost(seed_text, seed_clean):
    assert_nothing_lost(seed_text, seed_clean)


def test_seed_keeps_real_compounds(seed_clean):
    for compound in ("in-depth", "U.S.-led", "dual-use", "state-to-state"):
        assert compound in seed_clean.text


def test_example_rejoins_broken_country_name(example_text):
    assert "neighbouring Somalia since October." in clean(example_text).text


def test_example_caption_and_credit(example_text):
    removed = clean(example_text).removed
    assert removed[0]["kind"] == "caption"
    assert removed[1] == {"kind": "credit", "text": "Photo: Kenya Presidency / X"}


def test_example_read_more_is_related(example_text):
    kinds = {r["kind"]: r["text"] for r in clean(example_text).removed}
    assert kinds["related"].startswith("Read more:")


def test_example_starts_with_dateline(example_text):
    assert clean(example_text).text.startswith("NAIROBI, March 12, 2024 —")


def test_example_nothing_lost(example_text):
    assert_nothing_lost(example_text, clean(example_text))


def test_seed_record_text_is_the_clean_text(seed_record, seed_clean):
    assert seed_record["text"] == seed_clean.text
    assert seed_record["removed"] == seed_clean.removed
