"""Attributions beyond reporting verbs: hedges, nouns that carry an attribution, intentions,
speaker phrases and paragraph limits of a cue (sentences written for these tests)."""

from __future__ import annotations

from quote_helpers import with_text


def test_hedge_verb_reports_its_whole_clause(quotes):
    q = with_text(
        quotes("The new locks appear to have stopped the thefts at the harbour."), "locks"
    )
    assert q["text"] == "The new locks appear to have stopped the thefts at the harbour"
    assert q["speaker"] is None


def test_hedge_adverb_marks_its_clause_as_reported(quotes):
    q = with_text(
        quotes("The smugglers have reportedly crossed the border twice this month."), "smugglers"
    )
    assert q["cue"]["text"] == "reportedly"
    assert q["text"].startswith("The smugglers have reportedly crossed")


def test_passive_cue_with_infinitive_keeps_its_subject(quotes):
    q = with_text(quotes("The council is expected to approve the budget next week."), "budget")
    assert q["text"].startswith("The council is expected to approve")
    assert q["speaker"] is None


def test_noun_cue_takes_its_object_and_possessor(quotes):
    q = with_text(
        quotes("Her criticism of the new harbour fees angered the shipping firms."), "fees"
    )
    assert q["text"] == "the new harbour fees"
    assert q["speaker"]["text"] == "Her"


def test_lemmatizer_slip_on_hoping_is_corrected(quotes):
    q = with_text(quotes("The mayor is hoping to reopen the old bridge in spring."), "bridge")
    assert q["cue"]["text"] == "is hoping"
    assert q["text"] == "to reopen the old bridge in spring"


def test_intention_content_includes_who_is_to_act(quotes):
    q = with_text(quotes("The mayor urged residents to stay indoors during the storm."), "indoors")
    assert q["text"] == "residents to stay indoors during the storm"


def test_relative_clause_with_its_own_cue_stays_out_of_the_speaker(quotes):
    found = quotes(
        '"The harbour will stay closed until the storm passes," said Anna Berg, '
        "who has called for new sea walls."
    )
    q = with_text(found, "harbour will stay closed")
    assert q["speaker"]["text"] == "Anna Berg"


def test_cue_in_the_next_paragraph_is_not_taken(quotes):
    found = quotes(
        'Here is what she said. "We will keep every ferry running through the winter, and '
        'nobody will be stranded on the islands"\n\n2\n\n'
        "Harbour Master Described Her Plans For The Ice Season."
    )
    q = with_text(found, "ferry")
    assert q["cue"] is None


def test_title_cased_noun_in_a_heading_is_not_a_cue(quotes):
    found = quotes("Harbour Master Describes Her Plans For The Ice Season")
    assert all(q["cue"] is None or q["cue"]["text"] != "Plans" for q in found)


def test_any_verb_in_the_attribution_slot_is_a_cue(quotes):
    found = quotes('"Nobody will cross the bridge before it is inspected," the engineer grumbled.')
    q = with_text(found, "bridge")
    assert q["cue"]["text"] == "grumbled"
    assert q["speaker"]["text"] == "the engineer"


def test_verb_before_a_colon_introduces_the_quote(quotes):
    found = quotes('The engineer shot back: "Nobody will cross the bridge before it is inspected."')
    q = with_text(found, "bridge")
    assert q["speaker"]["text"] == "The engineer"


def test_participle_of_saying_before_colon_speaks_for_the_main_subject(quotes):
    q = with_text(
        quotes(
            "Senator Jo Marlow of Ohio was also critical of the plan, telling the Daily Courier: "
            "\u201cThe plan is a mistake from start to finish.\u201d"
        ),
        "mistake",
    )
    assert q["cue"]["text"] == "telling"
    assert "Marlow" in q["speaker"]["text"]


def test_name_in_apposition_before_subjectless_said_is_the_speaker(quotes):
    q = with_text(
        quotes(
            "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "
            "\u201cThe senator believes that the alliance is essential to both nations.\u201d"
        ),
        "alliance",
    )
    assert "Sullivan" in q["speaker"]["text"]
