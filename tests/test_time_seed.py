"""The seed article's dates, resolved against its publication date (Monday 2024-04-08)."""

import pytest

from eventwire.timex.attach import event_date


def by_text(record: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for time in record["times"]:
        out.setdefault(time["text"], []).append(time)
    return out


def test_seed_mondays_are_publication_day(seed_record):
    mondays = [t for t in seed_record["times"] if "Monday" in t["text"]]
    assert len(mondays) >= 4
    assert {t["value"] for t in mondays} == {"2024-04-08"}


def test_seed_october_is_last_october(seed_record):
    (october,) = by_text(seed_record)["in October"]
    assert (october["value"], october["precision"]) == ("2023-10", "month")


def test_seed_last_week_is_week_14(seed_record):
    (week,) = by_text(seed_record)["last week"]
    assert (week["value"], week["precision"]) == ("2024-W14", "week")


def test_seed_durations_are_not_times(seed_record):
    texts = " | ".join(t["text"] for t in seed_record["times"])
    assert "two days" not in texts
    assert "two years" not in texts


def test_seed_offsets_point_at_the_text(seed_record):
    for time in seed_record["times"]:
        assert seed_record["text"][time["start"]: time["end"]] == time["text"]


def test_seed_record_with_times_validates(seed_record):
    import eventwire

    eventwire.validate(seed_record)


@pytest.fixture(scope="module")
def seed_doc(nlp, seed_text):
    from eventwire import clean

    doc = nlp.make_doc(clean.clean(seed_text).text)
    doc._.published = "2024-04-08"
    return nlp(doc)


def trigger(doc, word: str, after: str = ""):
    """The token span of the first ``word`` after the first occurrence of ``after``."""
    start = doc.text.index(after) if after else 0
    at = doc.text.index(word, start)
    return doc.char_span(at, at + len(word))


def test_seed_visit_is_dated_monday(seed_doc):
    assert event_date(seed_doc, trigger(seed_doc, "visit")) == ("2024-04-08", "on Monday")


def test_seed_last_visit_is_dated_october(seed_doc):
    assert event_date(seed_doc, trigger(seed_doc, "visited")) == ("2023-10", "in October")


def test_seed_touchdown_is_dated_monday_morning(seed_doc):
    assert event_date(seed_doc, trigger(seed_doc, "touched")) == ("2024-04-08", "on Monday morning")


def test_seed_blinken_remark_last_week_is_dated_its_month(seed_doc):
    assert event_date(seed_doc, trigger(seed_doc, "told", "Blinken")) == ("2024-04", "last week")


def test_seed_undated_event_takes_the_story_day(seed_doc):
    assert event_date(seed_doc, trigger(seed_doc, "urge")) == ("2024-04-08", None)
