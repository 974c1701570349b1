"""Date values added for whole articles: two-digit years, centuries, "now", ranges, comparison
periods, the last quarter ended. Publication date Monday 2024-04-08 (docs/time.md, "Values")."""

import pytest


@pytest.fixture
def times_of(nlp):
    def run(text: str, published: str = "2024-04-08"):
        doc = nlp.make_doc(text)
        doc._.published = published
        return [(t["text"], t["value"]) for t in nlp(doc)._.times]

    return run


def test_two_digit_year_with_an_apostrophe(times_of):
    assert times_of("The truce signed in '96 collapsed.") == [("in '96", "1996")]


def test_two_digit_year_pivots_at_fifty(times_of):
    assert times_of("The port opened in '49 and closed later.")[0][1] == "2049"


def test_ordinal_century_in_digits(times_of):
    assert times_of("Borders drawn in the 19th century still divide the valley.") == [
        ("in the 19th century", "18")]


def test_ordinal_century_in_words(times_of):
    assert times_of("Wars of the twenty-first century are fought online.")[0][1] == "20"


def test_now_and_currently_are_the_publication_day(times_of):
    assert times_of("Monitors are now watching the border.") == [("now", "2024-04-08")]
    assert times_of("Two brigades currently guard the port.") == [("currently", "2024-04-08")]


def test_now_after_a_preposition_or_as_a_discourse_marker_is_not_a_date(times_of):
    assert times_of("Until now the talks have failed.") == []
    assert times_of("Now, the question is who pays.") == []


def test_range_of_years_is_two_dates(times_of):
    assert [v for _, v in times_of("The ban lasted between 2001 and 2005.")] == ["2001", "2005"]


def test_day_and_month_pair_stays_one_date_when_the_second_part_is_a_bare_number(times_of):
    assert len(times_of("Voting is set for April 24 and 25.")) == 1


def test_year_back_beside_a_quarter_is_that_quarter(times_of):
    got = times_of("Profit in the third quarter rose to $4 million from $3 million a year earlier.",
                   published="2023-10-20")
    assert ("a year earlier", "2022-Q3") in got


def test_year_back_without_a_quarter_stays_a_year(times_of):
    assert times_of("The treaty was signed a year earlier.")[0][1] == "2023"


def test_bare_quarter_in_a_report_is_the_last_one_ended(times_of):
    assert times_of("Sales rose in the quarter.", published="2023-10-20")[0][1] == "2023-Q3"


def test_bare_quarter_ahead_is_the_current_one(times_of):
    assert times_of("Sales will rise in the quarter.", published="2023-10-20")[0][1] == "2023-Q4"


def test_following_month_counts_from_the_month_named_before(times_of):
    got = times_of("The rebels took the town in March 2019. The following month they lost it.")
    assert got[-1] == ("The following month", "2019-04")


def test_that_year_is_the_year_named_before(times_of):
    got = times_of("The party was founded in 1995. That year it won two seats.")
    assert got[-1] == ("That year", "1995")


def test_next_day_after_a_named_day(times_of):
    got = times_of("The envoy arrived on March 3, 2021. The next day he met the rebels.")
    assert got[-1] == ("The next day", "2021-03-04")


def test_next_week_without_the_is_still_the_week_after_publication(times_of):
    assert times_of("The minister will travel next week.") == [("next week", "2024-W16")]


def test_spelled_decade(times_of):
    assert times_of("Inflation was high through the nineties.")[0][1] == "199"


def test_ordinal_word_beside_a_month_is_the_day(times_of):
    assert times_of("Voters go to the polls on March eighth.")[0][1] == "2024-03-08"


def test_until_a_weekday_is_a_deadline_ahead(times_of):
    got = times_of("The court postponed the hearing until Friday.", published="2024-04-10")
    assert got[0][1] == "2024-04-12"


def test_year_and_period_word_beside_a_quarter_is_that_quarter(times_of):
    got = times_of("Sales in the third quarter rose 5% from the 2022 quarter.",
                   published="2023-10-20")
    assert ("2022-Q3" in [v for _, v in got])
