"""The eventwire_times component on short sentences with the real pipeline (published on a Monday)."""

import re

import pytest

PUBLISHED = "2024-04-08"  # a Monday


@pytest.fixture
def times(nlp):
    def run(text: str, published: str | None = PUBLISHED) -> list[dict]:
        doc = nlp.make_doc(text)
        doc._.published = published
        return nlp(doc)._.times

    return run


def values(found: list[dict]) -> list[str | None]:
    return [t["value"] for t in found]


def test_component_is_in_the_pipeline(nlp):
    assert "eventwire_times" in nlp.pipe_names
    assert nlp.pipe_names.index("eventwire_times") > nlp.pipe_names.index("ner")


def test_time_dicts_have_the_record_shape(times):
    text = "The ministers met in Geneva on Friday."
    (time,) = times(text)
    assert set(time) == {"id", "text", "start", "end", "value", "precision"}
    assert time["id"] == "t1"
    assert text[time["start"]: time["end"]] == time["text"] == "on Friday"
    assert (time["value"], time["precision"]) == ("2024-04-05", "day")


def test_past_weekday_is_on_or_before_publication(times):
    assert values(times("The ministers met in Geneva on Friday.")) == ["2024-04-05"]


def test_future_weekday_is_after_publication(times):
    assert values(times("The ministers will meet in Geneva on Friday.")) == ["2024-04-12"]


def test_future_weekday_of_the_publication_weekday_is_that_day(times):
    assert values(times("The envoy will travel to Cairo on Monday.")) == ["2024-04-08"]


def test_next_before_the_publication_weekday_is_a_week_ahead(times):
    assert values(times("The envoy will travel to Cairo next Monday.")) == ["2024-04-15"]


def test_present_progressive_weekday_is_today(times):
    assert values(times("The envoy is wrapping up a visit to Cairo on Monday.")) == ["2024-04-08"]


def test_schedule_cue_points_forward(times):
    assert values(times("The summit is due to open on Thursday.")) == ["2024-04-11"]


def test_infinitive_points_forward(times):
    assert values(times("The union plans to strike on Wednesday.")) == ["2024-04-10"]


def test_perfect_points_back(times):
    assert values(times("Police have arrested two men on Saturday.")) == ["2024-04-06"]


def test_month_in_past_tense_is_the_last_one(times):
    assert values(times("The president travelled to Hanoi in October.")) == ["2023-10"]


def test_month_in_future_tense_is_the_next_one(times):
    assert values(times("Voters will go to the polls in October.")) == ["2024-10"]


def test_january_article_past_december_is_last_year(times):
    found = times("The parliament approved the budget in December.", published="2024-01-15")
    assert values(found) == ["2023-12"]


def test_january_article_future_december_is_this_year(times):
    found = times("The parliament will vote on the budget in December.", published="2024-01-15")
    assert values(found) == ["2024-12"]


def test_relative_expressions_in_a_sentence(times):
    found = times("Rebels shelled the town two days ago and withdrew yesterday.")
    assert values(found) == ["2024-04-06", "2024-04-07"]


def test_last_week_is_an_iso_week(times):
    found = times("The foreign minister told reporters in Oslo last week that talks had failed.")
    assert [(t["text"], t["value"], t["precision"]) for t in found] == [
        ("last week", "2024-W14", "week")]


def test_explicit_date_and_year(times):
    found = times("The treaty was signed on March 3, 2019, and ratified in 2020.")
    assert values(found) == ["2019-03-03", "2020"]


def test_decade(times):
    (time,) = times("The country industrialised quickly in the 1990s.")
    assert (time["value"], time["precision"]) == ("199", "decade")


def test_durations_are_left_out(times):
    assert times("The delegation will stay for three weeks.") == []


def test_sets_are_left_out(times):
    assert times("Protesters gather in the square every Monday.") == []


def test_weekday_with_part_of_day_is_one_expression(times):
    (time,) = times("The plane landed in Minsk on Tuesday evening.")
    assert time["text"] == "on Tuesday evening"
    assert time["value"] == "2024-04-02"


def test_no_publication_date_leaves_relative_values_null(times):
    found = times("The talks collapsed last week, after a meeting on June 2, 2021.", published=None)
    assert [(t["text"], t["value"]) for t in found] == [
        ("last week", None), ("on June 2, 2021", "2021-06-02")]


def test_vague_expression_is_kept_without_value(times):
    (time,) = times("The two countries have grown closer in recent years.")
    assert time["text"] == "in recent years"
    assert (time["value"], time["precision"]) == (None, None)


def test_values_match_the_record_schema_pattern(times):
    found = times("Talks began in March 2022, resumed last week and ended on Friday; "
                  "the deal dates from the 1990s.")
    pattern = re.compile(r"^[0-9]{4}(-W[0-9]{2}|-[0-9]{2}(-[0-9]{2})?)?$|^[0-9]{3}$")
    assert found and all(pattern.match(t["value"]) for t in found)


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "\u200b\u202e\ufeff", "🙂 🙃", "2024"])
def test_odd_input_gives_a_list_and_nothing_fails(nlp, text):
    doc = nlp(text)
    assert doc._.errors is None, "no component failed"
    assert isinstance(doc._.times, list)


def test_bad_publication_date_is_ignored(times):
    assert values(times("They met on Friday.", published="not a date")) == [None]


def test_dateparser_fallback_reads_what_the_parser_cannot():
    from datetime import date

    from eventwire.timex.fallback import dateparser_value

    assert dateparser_value("2019.04.03", date(2024, 4, 8), None) == ("2019-04-03", "day")


@pytest.mark.parametrize("text,expected", [
    ("The accord was signed on 03/04/2019 in Vienna.", "2019-03-04"),
    ("The accord was signed on 25.12.2019 in Vienna.", "2019-12-25"),
    ("The accord was signed on 2019-04-03 in Vienna.", "2019-04-03"),
])
def test_numeric_dates_are_found_whatever_the_model_calls_them(times, text, expected):
    assert values(times(text)) == [expected]


def test_version_numbers_and_scores_are_not_dates(times):
    assert times("Version 3.4.2 was released after the team won 3-1.") == []
