"""Events dated well before publication are background, left out unless asked for."""

import pytest

from eventwire.events.background import is_background, period_end


@pytest.mark.parametrize("value, end", [
    ("2024-03-05", "2024-03-05"), ("2024-W10", "2024-03-10"), ("2024-02", "2024-02-29"),
    ("2023", "2023-12-31"), ("198", "1989-12-31"), ("19", "1999-12-31"),
])
def test_period_end(value, end):
    assert period_end(value).isoformat() == end


def test_period_end_of_nonsense_is_none():
    assert period_end("next Tuesday") is None and period_end(None) is None


def test_a_month_back_is_still_news():
    assert not is_background({"date": "2024-03-10"}, "2024-04-08", 30)
    assert is_background({"date": "2024-02"}, "2024-04-08", 30)
    assert not is_background({"date": None}, "2024-04-08", 30)


def test_history_in_an_article_is_not_coded(process):
    record = process("Chile and Peru signed a border treaty in 1994. On Monday the foreign "
                     "ministers of Chile and Peru met in Lima.", published="2024-04-10")
    # the meeting only (one event per side: the ministers of Chile and of Peru)
    assert {e["cameo"][:2] for e in record["events"]} == {"04"}


def test_background_kept_when_configured():
    import eventwire

    nlp = eventwire.load(config={"eventwire_events": {"background_days": None}})
    record = eventwire.process("Chile and Peru signed a border treaty in 1994.",
                               published="2024-04-10", nlp=nlp)
    assert any(e["date"] == "1994" for e in record["events"])


def test_a_criticism_answered_is_dated_to_its_month_only(process):
    record = process("Kenya rebuts Ugandan criticism on border.", published="2024-04-11")
    dates = {e["trigger"]["text"]: e["date"] for e in record["events"]}
    assert dates == {"rebuts": "2024-04-11", "criticism": "2024-04"}
