"""Round-3 behaviours of the quote finder: clause edges the parser blurs, poll sources, labels in
headlines and quoted transcripts, datelines, quoted pieces joined by "and", and mark styles
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire.quotes.marks import find_quoted


@pytest.fixture
def quotes(nlp):
    """Run the pipeline on a string and return its quotes."""

    def run(text: str) -> list[dict]:
        return nlp(text)._.quotes

    return run


def with_text(found: list[dict], words: str) -> dict:
    """The one quote whose text contains ``words``."""
    hits = [q for q in found if words in q["text"]]
    assert len(hits) == 1, found
    return hits[0]


def test_that_clause_after_a_phrase_is_the_reported_clause(quotes):
    found = quotes(
        "The mayor tweeted in the early morning hours that the ferry was “a disgrace” and "
        "“a danger” and urged residents to avoid it."
    )
    q = with_text(found, "a disgrace")
    assert q["kind"] == "mixed"
    assert q["text"].startswith("that the ferry was")
    assert "urged" not in q["text"]
    assert q["speaker"]["text"] == "The mayor"


def test_if_clause_after_a_verb_of_asking_is_the_question(quotes):
    found = quotes("Then the governor asked the students if they had read the report.")
    q = with_text(found, "read the report")
    assert q["text"] == "if they had read the report"
    assert q["speaker"]["text"] == "the governor"


def test_reporting_participle_ends_the_clause_before_it(quotes):
    found = quotes(
        "The minister said the harbour would reopen in May, arguing that the repairs were "
        "ahead of schedule."
    )
    said = with_text(found, "harbour")
    assert said["text"] == "the harbour would reopen in May"
    arguing = with_text(found, "repairs")
    assert arguing["cue"]["text"] == "arguing"


def test_clause_never_ends_with_a_conjunction(quotes):
    found = quotes("The coach said the team would be stronger — and\n\nthe fans agreed.")
    q = with_text(found, "stronger")
    assert q["text"] == "the team would be stronger"


def test_poll_put_before_a_clause_is_its_source(quotes):
    found = quotes(
        "In a survey released Monday, the governor led his rival by 12 points."
    )
    q = with_text(found, "12 points")
    assert q["text"] == "the governor led his rival by 12 points"
    assert q["speaker"]["text"] == "a survey released Monday"


def test_poll_after_its_clause_is_a_circumstance(quotes):
    found = quotes("The governor gained ground in recent polls of rural voters.")
    assert not [q for q in found if "gained ground" in q["text"]]


def test_headline_label_reports_what_follows(quotes):
    found = quotes(
        "Report: Harbour Authority Plans Second Ferry Terminal\n\n"
        "The authority has not commented on the plans."
    )
    q = with_text(found, "Second Ferry Terminal")
    assert q["text"] == "Harbour Authority Plans Second Ferry Terminal"
    assert q["speaker"]["text"] == "Report"


def test_headings_and_captions_are_no_labels(quotes):
    found = quotes(
        "The Latest: Harbour authority plans a second ferry terminal\n\n"
        "Video: Ferry crews rehearse the evacuation of the terminal\n\n"
        "The authority has not commented on the plans."
    )
    assert not [q for q in found if "terminal" in q["text"]]


def test_quoted_transcript_turns_are_quotes_of_their_speakers(quotes):
    text = (
        '"HOST: Will the new terminal be ready for the summer season, minister?\n\n'
        '"OKAFOR: We expect the first ferries to dock there in June, weather permitting.\n\n'
        "The interview was broadcast on Sunday."
    )
    found = quotes(text)
    host = with_text(found, "summer season")
    assert host["text"].startswith("Will the new terminal")
    assert host["speaker"]["text"] == "HOST"
    guest = with_text(found, "first ferries")
    assert guest["text"].startswith("We expect")
    assert guest["speaker"]["text"] == "OKAFOR"


def test_dateline_is_no_part_of_the_content(quotes):
    found = quotes(
        "LAGOS, March 3 (Wire) — The new terminal will open in June, port officials said."
    )
    q = with_text(found, "terminal")
    assert q["text"] == "The new terminal will open in June"


def test_quoted_pieces_joined_by_and_are_one_quote(quotes):
    text = (
        "At the rally the mayor shouted: “Go to the polls early” and then “watch every ballot "
        "box in town.”"
    )
    found = quotes(text)
    q = with_text(found, "polls early")
    assert "every ballot box" in text[q["start"] : q["end"]]


def test_short_quote_after_an_attribution_sentence_continues_the_quote(quotes):
    found = quotes("“Does anyone here know the timetable?” the captain asked. “Nor do we.”")
    q = with_text(found, "timetable")
    assert len(q["parts"]) == 2
    assert q["text"].endswith("Nor do we.")


def test_occasion_of_a_judgement_is_not_what_was_judged(quotes):
    found = quotes("The senator criticized the harbour authority during the hearing.")
    q = with_text(found, "harbour authority")
    assert q["text"] == "the harbour authority"


def test_a_continued_quote_keeps_its_style_of_marks():
    text = (
        '"The pier was quiet that night.\n\n'
        "“Here they come,” she said.\n"
    )
    found = find_quoted(text)
    assert [text[q.start : q.end] for q in found] == [
        "The pier was quiet that night.",
        "Here they come,",
    ]


def test_lone_straight_mark_before_curly_quotes_is_no_mark():
    text = '"The crowd walked to the pier, chanting “Open it now!”\n'
    found = find_quoted(text)
    assert [text[q.start : q.end] for q in found] == ["Open it now!"]


def test_gerund_is_what_a_judging_verb_judges(quotes):
    found = quotes("A growing number of senators support reforming the harbour levy.")
    q = with_text(found, "harbour levy")
    assert q["text"] == "reforming the harbour levy"
    assert q["speaker"]["text"] == "A growing number of senators"


def test_a_participle_that_names_is_no_cue(quotes):
    found = quotes("The ferry stops at a small fishing town called Port Ellen.")
    assert not [q for q in found if "Port Ellen" in q["text"]]


def test_a_participle_with_object_and_predicate_judges(quotes):
    found = quotes("One of the doctors who signed the letter called the plan a reckless gamble.")
    q = with_text(found, "reckless gamble")
    assert q["text"] == "the plan a reckless gamble"


def test_a_capital_i_and_a_dash_is_no_dateline(quotes):
    found = quotes("I — I never said that, the harbour master said.")
    q = with_text(found, "never said")
    assert q["text"].startswith("I — I never")


def test_a_pronoun_is_what_a_judging_verb_judges(quotes):
    found = quotes("The council passed the plan. On Monday the harbour master attacked it.")
    attacked = [q for q in found if q["cue"] and q["cue"]["text"] == "attacked"]
    assert [q["text"] for q in attacked] == ["it"]
    assert attacked[0]["speaker"]["text"] == "the harbour master"
