"""Which word is a quote's cue and what it reports: nested attributions, second cues joined to a
reported clause, judging "as", speaker phrases and continued quotes (sentences written for
these tests)."""

from __future__ import annotations

from quote_helpers import with_text


def cue_texts(found: list[dict]) -> list[str]:
    return [q["cue"]["text"] for q in found if q["cue"]]


def test_attribution_inside_a_reported_clause_is_no_quote_of_its_own(quotes):
    found = quotes("The mayor said the farmers would support the new canal.")
    assert cue_texts(found) == ["said"]
    assert found[0]["text"] == "the farmers would support the new canal"


def test_second_reporting_verb_of_the_speaker_is_its_own_quote(quotes):
    found = quotes("She said she admires the new bridge and praised its builders.")
    said = with_text(found, "admires")
    assert said["text"] == "she admires the new bridge"
    praised = with_text(found, "builders")
    assert praised["cue"]["text"] == "praised"


def test_verb_before_a_comma_that_opens_a_quote_is_its_cue(quotes):
    found = quotes('The mayor joked, "We will need a bigger ferry for all these tourists."')
    q = with_text(found, "ferry")
    assert q["cue"]["text"] == "joked"
    assert q["speaker"]["text"] == "The mayor"


def test_hedge_verb_before_a_cue_leaves_the_cue_to_its_subject(quotes):
    found = quotes("The senator seemed to blame the harbour authority for the delays.")
    q = with_text(found, "harbour authority")
    assert q["cue"]["text"] == "to blame"
    assert q["speaker"]["text"] == "The senator"


def test_judging_as_reports_the_object_and_its_role(quotes):
    found = quotes("Many farmers see the governor as an outsider.")
    q = with_text(found, "outsider")
    assert q["text"] == "the governor as an outsider"
    assert q["speaker"]["text"] == "Many farmers"


def test_passive_judging_as_reports_the_whole_clause(quotes):
    found = quotes("The governor is widely seen as an outsider.")
    q = with_text(found, "outsider")
    assert q["text"] == "The governor is widely seen as an outsider"
    assert q["speaker"] is None


def test_no_reply_to_a_request_is_an_attribution(quotes):
    found = quotes("The shipping company did not respond to a request for comment.")
    q = with_text(found, "request")
    assert q["text"] == "a request for comment"
    assert q["speaker"]["text"] == "The shipping company"


def test_finding_needs_a_clause(quotes):
    assert quotes("The engineer found a job in the harbour last spring.") == []
    q = with_text(quotes("The survey found that most farmers oppose the canal."), "farmers")
    assert q["speaker"]["text"] == "The survey"


def test_label_before_a_number_is_no_speaker(quotes):
    assert quotes("Harbour fees collected in May:\n\nTotal: 547") == []


def test_participle_after_the_speaker_stays_out_of_the_speaker_phrase(quotes):
    found = quotes("Anna Berg, speaking at the harbour on Monday, said the port would reopen.")
    q = with_text(found, "port would reopen")
    assert q["speaker"]["text"] == "Anna Berg"


def test_title_inside_the_attribution_does_not_split_a_quote(quotes):
    text = (
        '"The port is closed," the captain told "Harbour Radio" on Monday. '
        '"No ship will leave before the storm has passed."'
    )
    q = with_text(quotes(text), "port is closed")
    assert q["text"].endswith("before the storm has passed.")
