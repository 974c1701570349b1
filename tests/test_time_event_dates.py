"""How an event gets its date (docs/time.md, "An event's date"), on invented sentences.

The publication date is Monday 2024-04-08 unless a test says otherwise.
"""

import pytest

from eventwire.timex.attach import event_date


def span(doc, word: str, nth: int = 0):
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index(word, at + 1)
    return doc.char_span(at, at + len(word))


def test_past_weekday_in_the_report_resolves_backwards(doc_of):
    doc = doc_of("The foreign minister said on Thursday that the border would reopen.",
                 published="2024-04-11")  # a Thursday story
    assert event_date(doc, span(doc, "said")) == ("2024-04-11", "on Thursday")
    doc = doc_of("The foreign minister said on Tuesday that the border would reopen.",
                 published="2024-04-11")
    assert event_date(doc, span(doc, "said")) == ("2024-04-09", "on Tuesday")


def test_publication_weekday_is_that_day_even_in_the_future(doc_of):
    doc = doc_of("Gunmen attacked a convoy early on Saturday.", published="2024-04-13")
    assert event_date(doc, span(doc, "attacked"))[0] == "2024-04-13"
    doc = doc_of("The council will vote on Saturday.", published="2024-04-13")
    assert event_date(doc, span(doc, "vote"))[0] == "2024-04-13"


def test_infinitive_under_a_failed_act_is_past(doc_of):
    doc = doc_of("Talks between the envoys failed to take place on Sunday.")
    assert event_date(doc, span(doc, "take place"))[0] == "2024-04-07"


def test_perfect_without_its_own_date_is_undated(doc_of):
    doc = doc_of("The ministry said on Monday that the guards had detained two reporters.")
    assert event_date(doc, span(doc, "detained")) == (None, None)
    doc = doc_of("Several rights groups have criticised the new press law.")
    assert event_date(doc, span(doc, "criticised")) == (None, None)


def test_perfect_with_its_own_date_keeps_it(doc_of):
    doc = doc_of("The army has shelled the northern villages since Friday.")
    assert event_date(doc, span(doc, "shelled"))[0] == "2024-04-05"


def test_reported_act_takes_the_reporting_clause_date(doc_of):
    doc = doc_of("The agency announced on Saturday that it would send food to the refugees.")
    assert event_date(doc, span(doc, "send")) == ("2024-04-06", "on Saturday")


def test_date_inside_a_noun_phrase_is_not_the_verb_date(doc_of):
    doc = doc_of("The opposition asked the court to annul a 2019 decree on land.")
    assert event_date(doc, span(doc, "asked"))[1] is None


def test_date_of_the_occasion_noun_is_the_verb_date(doc_of):
    doc = doc_of("The senator said in a speech Thursday night that the deal was weak.",
                 published="2024-04-12")
    assert event_date(doc, span(doc, "said")) == ("2024-04-11", "Thursday night")


def test_date_under_a_part_of_the_day_is_the_verb_date(doc_of):
    doc = doc_of("Fighting broke out at midnight Sunday near the pass.")
    assert event_date(doc, span(doc, "broke"))[0] == "2024-04-07"


def test_event_without_a_date_takes_the_story_day(doc_of):
    text = ("The prime minister resigned on Saturday after a week of protests.\n\n"
            "Opposition leaders welcomed the resignation.")
    doc = doc_of(text)
    assert event_date(doc, span(doc, "welcomed")) == ("2024-04-06", None)


def test_headline_takes_the_day_its_lead_names(doc_of):
    text = "Rebels seize border post\n\nRebels seized a border post on Sunday, the army said."
    doc = doc_of(text)
    assert event_date(doc, span(doc, "seize")) == ("2024-04-07", None)


def test_week_is_written_as_its_month_for_an_event(doc_of):
    doc = doc_of("The two leaders met last week in Vienna.", published="2024-04-03")
    assert event_date(doc, span(doc, "met")) == ("2024-03", "last week")


def test_story_day_skips_dates_after_publication(doc_of):
    text = ("The summit will open on Friday.\n\nDelegates criticised the agenda.")
    doc = doc_of(text)
    assert event_date(doc, span(doc, "criticised")) == ("2024-04-08", None)


def test_dateline_date_is_not_an_event_date(doc_of):
    text = "NAIROBI 2024-04-05\n\nPolice arrested dozens of students outside parliament."
    doc = doc_of(text)
    assert event_date(doc, span(doc, "arrested")) == ("2024-04-08", None)


def test_now_resolves_to_the_publication_date(doc_of):
    doc = doc_of("Peacekeepers are now patrolling the buffer zone.")
    assert event_date(doc, span(doc, "patrolling")) == ("2024-04-08", "now")


@pytest.mark.parametrize("text,trigger,expected", [
    (("Police detained ten students on Thursday.\n\n"
      "A day earlier, the students had marched to the ministry."), "marched", "2024-04-03"),
    (("The president hosted a dinner for the visiting leaders on Sunday.\n\n"
      "Earlier in the day he held talks with the prime minister."), "held", "2024-04-07"),
])
def test_relative_day_counts_from_the_story_time(doc_of, text, trigger, expected):
    doc = doc_of(text)
    assert event_date(doc, span(doc, trigger))[0] == expected


def test_the_date_of_the_occasion_is_the_clause_s(doc_of):
    doc = doc_of("In an incident on March 3, a police officer fired at the crowd.")
    assert event_date(doc, span(doc, "fired")) == ("2024-03-03", "on March 3")


def test_a_statement_without_a_day_takes_the_lead_s_reporting_day(doc_of):
    doc = doc_of("Clashes broke out near the border on Saturday, a militia spokesman said on "
                 "Sunday. The group added that its positions had been shelled.")
    assert event_date(doc, span(doc, "added"), report=True)[0] == "2024-04-07"
    assert event_date(doc, span(doc, "broke out"))[0] == "2024-04-06"


def test_an_act_under_way_since_a_dated_moment_is_dated_by_when_it_began(doc_of):
    doc = doc_of("The port authority had been warning the dockers of dismissal since their "
                 "walkout started on Tuesday.", published="2016-03-05")
    assert event_date(doc, span(doc, "warning")) == ("2016-03-01", "on Tuesday")
    doc = doc_of("Rebels have shelled the town since Monday.", published="2016-03-05")
    assert event_date(doc, span(doc, "shelled")) == ("2016-02-29", "since Monday")


def test_a_perfect_without_since_stays_undated(doc_of):
    doc = doc_of("Rebels have shelled the town.", published="2016-03-05")
    assert event_date(doc, span(doc, "shelled")) == (None, None)
