"""Reading date expressions into specs, and resolving specs against an anchor (no spaCy)."""

from datetime import date

import pytest

from eventwire.timex.parse import parse
from eventwire.timex.resolve import resolve

MONDAY = date(2024, 4, 8)  # a Monday


def value(text: str, direction: str | None = None, anchor: date | None = MONDAY):
    return resolve(parse(text), anchor, direction)


@pytest.mark.parametrize("text", ["two days", "three weeks", "the last two years", "the past year",
                                  "a few months", "24 days"])
def test_durations_are_not_dates(text):
    assert parse(text).kind == "duration"


@pytest.mark.parametrize("text", ["every Monday", "each week", "daily", "every year"])
def test_sets_are_not_dates(text):
    assert parse(text).kind == "set"


@pytest.mark.parametrize("text", ["recent years", "the coming months", "recently"])
def test_vague_references_have_no_value(text):
    assert parse(text).kind == "vague"
    assert value(text) == (None, None)


@pytest.mark.parametrize("text,expected", [
    ("2019-04-03", ("2019-04-03", "day")),
    ("April 3, 2019", ("2019-04-03", "day")),
    ("3 April 2019", ("2019-04-03", "day")),
    ("Sept. 30, 1999", ("1999-09-30", "day")),
    ("04/03/2019", ("2019-04-03", "day")),
    ("25/12/2019", ("2019-12-25", "day")),
    ("the 3rd of April 2019", ("2019-04-03", "day")),
    ("March 2020", ("2020-03", "month")),
    ("1999", ("1999", "year")),
    ("fiscal 1989", ("1989", "year")),
    ("the end of 1990", ("1990", "year")),
])
def test_explicit_dates_need_no_anchor(text, expected):
    assert value(text, anchor=None) == expected


@pytest.mark.parametrize("text,expected", [
    ("the 1990s", "199"), ("the '80s", "198"), ("the mid-1970s", "197"), ("1960s", "196"),
])
def test_decades_are_written_as_timeml_does(text, expected):
    assert value(text, anchor=None) == (expected, "decade")


@pytest.mark.parametrize("text,expected", [
    ("nineteen ninety-six", "1996"), ("two thousand and four", "2004"),
    ("the year two thousand", "2000"), ("nineteen oh five", "1905"),
])
def test_years_said_in_words(text, expected):
    assert value(text, anchor=None) == (expected, "year")


@pytest.mark.parametrize("text,expected", [
    ("today", ("2024-04-08", "day")),
    ("yesterday", ("2024-04-07", "day")),
    ("tomorrow", ("2024-04-09", "day")),
    ("last night", ("2024-04-07", "day")),
    ("this morning", ("2024-04-08", "day")),
    ("two days ago", ("2024-04-06", "day")),
    ("last week", ("2024-W14", "week")),
    ("this week", ("2024-W15", "week")),
    ("next week", ("2024-W16", "week")),
    ("three weeks ago", ("2024-W12", "week")),
    ("last month", ("2024-03", "month")),
    ("next month", ("2024-05", "month")),
    ("earlier this month", ("2024-04", "month")),
    ("earlier this year", ("2024", "year")),
    ("late last year", ("2023", "year")),
    ("early next year", ("2025", "year")),
    ("a year ago", ("2023", "year")),
    ("a decade ago", ("201", "decade")),
])
def test_relative_expressions(text, expected):
    assert value(text) == expected


def test_relative_expressions_need_the_anchor():
    assert value("last week", anchor=None) == (None, None)
    assert value("Monday", "past", anchor=None) == (None, None)


@pytest.mark.parametrize("text,direction,expected", [
    ("Monday", "past", "2024-04-08"),
    ("Monday", "future", "2024-04-08"),  # the publication weekday is that day
    ("Monday", "present", "2024-04-08"),
    ("Friday", "past", "2024-04-05"),
    ("Friday", "future", "2024-04-12"),
    ("Friday", None, "2024-04-05"),
    ("last Friday", "future", "2024-04-05"),
    ("next Friday", "past", "2024-04-12"),
    ("Wednesday night", "past", "2024-04-03"),
])
def test_weekdays_follow_the_direction(text, direction, expected):
    assert value(text, direction) == (expected, "day")


@pytest.mark.parametrize("text,direction,expected", [
    ("October", "past", "2023-10"),
    ("October", "future", "2024-10"),
    ("April", "past", "2024-04"),
    ("last April", None, "2023-04"),
    ("next April", None, "2025-04"),
    ("this April", None, "2024-04"),
    ("mid-November", "past", "2023-11"),
])
def test_months_without_a_year(text, direction, expected):
    assert value(text, direction) == (expected, "month")


def test_year_boundary_in_a_january_article():
    january = date(2024, 1, 10)
    assert value("December", "past", january) == ("2023-12", "month")
    assert value("December", "future", january) == ("2024-12", "month")
    assert value("last month", None, january) == ("2023-12", "month")
    assert value("Dec. 28", "past", january) == ("2023-12-28", "day")
    assert value("last week", None, date(2024, 1, 2)) == ("2023-W52", "week")
    assert value("last week", None, date(2021, 1, 4)) == ("2020-W53", "week")


def test_day_and_month_without_year_is_the_nearest():
    assert value("April 12", "past") == ("2024-04-12", "day")
    assert value("March 30", "past") == ("2024-03-30", "day")
    assert value("March 30", "future") == ("2025-03-30", "day")


def test_quarters_and_seasons_follow_timeml():
    autumn = date(1989, 11, 2)
    assert value("the third quarter", "past", autumn) == ("1989-Q3", None)
    assert value("the quarter", "past", autumn) == ("1989-Q3", None)
    assert value("the year-ago quarter", "past", autumn) == ("1988-Q3", None)
    assert value("last fall", None, date(1998, 2, 6)) == ("1997-FA", None)
    assert value("this summer", None, autumn) == ("1989-SU", None)


def test_impossible_dates_have_no_value():
    assert value("February 30", "past") == (None, None)


@pytest.mark.parametrize("text,expected", [
    ("July last year", ("2023-07", "month")),
    ("in June this year", ("2024-06", "month")),
    ("March next year", ("2025-03", "month")),
    ("next year's first quarter", ("2025-Q1", None)),
])
def test_month_or_quarter_with_a_relative_year(text, expected):
    assert value(text, "past", date(2024, 8, 8)) == expected


def test_bare_numbers_are_not_dates():
    assert parse("44").kind == "number"
    assert parse("80486").kind == "number"
    assert parse("1989").kind == "date"
