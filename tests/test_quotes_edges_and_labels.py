"""Where a quote starts and ends, and what is no speaker label: clause edges the parser blurs, poll
sources, labels in headlines and quoted transcripts, datelines, quoted pieces joined by "and",
and mark styles (sentences written for these tests)."""

from __future__ import annotations

import pytest
from quote_helpers import with_text

from eventwire.quotes.marks import find_quoted


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




def test_reporting_participle_ends_the_clause_before_it(quotes):
    found = quotes(
        "The minister said the harbour would reopen in May, arguing that the repairs were "
        "ahead of schedule."
    )
    said = with_text(found, "harbour")
    assert said["text"] == "the harbour would reopen in May"
    arguing = with_text(found, "repairs")
    assert arguing["cue"]["text"] == "arguing"










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








def test_a_capital_i_and_a_dash_is_no_dateline(quotes):
    found = quotes("I — I never said that, the harbour master said.")
    q = with_text(found, "never said")
    assert q["text"].startswith("I — I never")


def test_a_pronoun_is_what_a_judging_verb_judges(quotes):
    found = quotes("The council passed the plan. On Monday the harbour master attacked it.")
    attacked = [q for q in found if q["cue"] and q["cue"]["text"] == "attacked"]
    assert [q["text"] for q in attacked] == ["it"]
    assert attacked[0]["speaker"]["text"] == "the harbour master"


# (sentence, words that pick the quote, its content, its speaker or None where not checked)
CONTENTS = {
    "if clause after a verb of asking is the question": (
        "Then the governor asked the students if they had read the report.",
        "read the report",
        "if they had read the report",
        "the governor",
    ),
    "clause never ends with a conjunction": (
        "The coach said the team would be stronger — and\n\nthe fans agreed.",
        "stronger",
        "the team would be stronger",
        None,
    ),
    "poll put before a clause is its source": (
        "In a survey released Monday, the governor led his rival by 12 points.",
        "12 points",
        "the governor led his rival by 12 points",
        "a survey released Monday",
    ),
    "headline label reports what follows": (
        (
            "Report: Harbour Authority Plans Second Ferry Terminal\n\n"
            "The authority has not commented on the plans."
        ),
        "Second Ferry Terminal",
        "Harbour Authority Plans Second Ferry Terminal",
        "Report",
    ),
    "dateline is no part of the content": (
        "LAGOS, March 3 (Wire) — The new terminal will open in June, port officials said.",
        "terminal",
        "The new terminal will open in June",
        None,
    ),
    "occasion of a judgement is not what was judged": (
        "The senator criticized the harbour authority during the hearing.",
        "harbour authority",
        "the harbour authority",
        None,
    ),
    "gerund is what a judging verb judges": (
        "A growing number of senators support reforming the harbour levy.",
        "harbour levy",
        "reforming the harbour levy",
        "A growing number of senators",
    ),
    "participle with object and predicate judges": (
        "One of the doctors who signed the letter called the plan a reckless gamble.",
        "reckless gamble",
        "the plan a reckless gamble",
        None,
    ),
}


@pytest.mark.parametrize("case", CONTENTS, ids=str)
def test_content_and_speaker(quotes, case):
    text, words, content, speaker = CONTENTS[case]
    q = with_text(quotes(text), words)
    assert q["text"] == content
    if speaker is not None:
        assert q["speaker"]["text"] == speaker


# (sentence, words no quote may hold)
NO_QUOTES = {
    "poll after its clause is a circumstance": (
        "The governor gained ground in recent polls of rural voters.",
        "gained ground",
    ),
    "participle that names is no cue": (
        "The ferry stops at a small fishing town called Port Ellen.",
        "Port Ellen",
    ),
}


@pytest.mark.parametrize("case", NO_QUOTES, ids=str)
def test_no_quote(quotes, case):
    text, words = NO_QUOTES[case]
    assert not [q for q in quotes(text) if words in q["text"]]
