"""The quotes component on short sentences written for these tests: kinds, cues, speakers, edges."""

from __future__ import annotations

from eventwire.quotes import quote_at


def only(found: list[dict]) -> dict:
    assert len(found) == 1, found
    return found[0]


def speaker_text(quote: dict) -> str | None:
    return quote["speaker"]["text"] if quote["speaker"] else None


def test_direct_quote_with_cue_after(quotes):
    q = only(quotes('"We will rebuild every bridge in the province," the governor said.'))
    assert q["kind"] == "direct"
    assert q["text"] == "We will rebuild every bridge in the province"
    assert q["cue"]["text"] == "said"
    assert speaker_text(q) == "the governor"


def test_direct_quote_with_cue_before(quotes):
    text = 'The minister told reporters: "Our border stays open to all traders."'
    q = only(quotes(text))
    assert q["kind"] == "direct"
    assert q["cue"]["text"] == "told reporters"
    assert speaker_text(q) == "The minister"


def test_offsets_point_into_the_text(nlp):
    text = 'Farmers gathered early. "Prices have never been this low," a farmer said.'
    doc = nlp(text)
    q = only(doc._.quotes)
    assert text[q["start"] : q["end"]] == q["text"]
    assert text[q["cue"]["start"] : q["cue"]["end"]] == "said"
    sp = q["speaker"]
    assert text[sp["start"] : sp["end"]] == "a farmer"


def test_inverted_cue(quotes):
    q = only(quotes('"The strike will go on until Friday," said the union leader.'))
    assert speaker_text(q) == "the union leader"


def test_interrupted_quote_is_one_quote_with_two_parts(quotes):
    text = (
        '"The port is closed," the captain said, "and no ship will leave before the storm passes."'
    )
    q = only(quotes(text))
    assert q["kind"] == "direct"
    assert len(q["parts"]) == 2
    assert q["text"] == "The port is closed and no ship will leave before the storm passes."
    assert speaker_text(q) == "the captain"


def test_quote_over_several_paragraphs(quotes):
    text = (
        '"We have rebuilt the school and the clinic.\n\n'
        '"Next year we will open a market for the whole valley," the mayor said.'
    )
    q = only(quotes(text))
    assert q["text"].startswith("We have rebuilt")
    assert q["text"].endswith("whole valley")
    assert speaker_text(q) == "the mayor"


def test_cueless_quote_takes_the_speaker_of_the_quote_before(quotes):
    text = (
        '"We will not sign this treaty," the senator said on Tuesday. The vote is due in May.\n\n'
        '"It gives away far too much and asks for nothing in return."'
    )
    found = quotes(text)
    assert len(found) == 2
    assert found[1]["cue"] is None
    assert speaker_text(found[1]) == "the senator"


def test_quote_resumed_in_the_paragraph_after_its_attribution_is_one_quote(quotes):
    text = (
        '"We will not sign this treaty," the senator said on Tuesday.\n\n'
        '"It gives away far too much and asks for nothing in return."'
    )
    q = only(quotes(text))
    assert [text[p["start"] : p["end"]] for p in q["parts"]] == [
        "We will not sign this treaty",
        "It gives away far too much and asks for nothing in return.",
    ]
    assert speaker_text(q) == "the senator"


def test_scare_quote_is_not_a_quote(quotes):
    assert quotes('The so-called "peace dividend" never arrived in the region.') == []


def test_title_in_quotation_marks_is_not_a_quote(quotes):
    assert quotes('She starred in "The Long Road Home From Winter" last year.') == []


def test_short_quote_inside_reported_speech_makes_a_mixed_quote(quotes):
    q = only(quotes('The general said the offensive had been "a complete success" for his troops.'))
    assert q["kind"] == "mixed"
    assert "a complete success" in q["text"]
    assert speaker_text(q) == "The general"


def test_mixed_quote_starting_outside_the_marks(quotes):
    q = only(quotes('The council would "keep every library open for as long as it can," she said.'))
    assert q["kind"] == "mixed"
    assert q["text"].startswith("The council would")
    assert speaker_text(q) == "she"


def test_indirect_quote_with_that(quotes):
    q = only(quotes("The mayor said that the bridge would reopen in spring."))
    assert q["kind"] == "indirect"
    assert q["text"] == "that the bridge would reopen in spring"
    assert speaker_text(q) == "The mayor"


def test_indirect_quote_after_its_content(quotes):
    q = only(quotes("The bridge will reopen in spring, the mayor said."))
    assert q["kind"] == "indirect"
    assert q["text"] == "The bridge will reopen in spring"
    assert speaker_text(q) == "the mayor"


def test_indirect_quote_with_cognition_verb(quotes):
    q = only(quotes("The union insists it is acting within the law."))
    assert q["cue"]["text"] == "insists"
    assert q["text"] == "it is acting within the law"
    assert speaker_text(q) == "The union"


def test_according_to(quotes):
    q = only(quotes("The dam was built in 1962, according to the water authority."))
    assert q["kind"] == "indirect"
    assert q["cue"]["text"] == "according to"
    assert q["text"] == "The dam was built in 1962"
    assert speaker_text(q) == "the water authority"


def test_passive_cue_takes_the_agent(quotes):
    q = only(quotes("It was announced by the electoral commission that the vote would be delayed."))
    assert speaker_text(q) == "the electoral commission"


def test_participle_cue_takes_the_subject_of_its_clause(quotes):
    text = 'The agency closed the road, citing "serious damage to the foundations of the bridge."'
    q = only(quotes(text))
    assert q["cue"]["text"] == "citing"
    assert speaker_text(q) == "The agency"


def test_no_quotes_in_plain_narration(quotes):
    assert quotes("The river rose two metres overnight and flooded the lower town.") == []


def test_quote_ids_are_numbered_in_order(quotes):
    text = '"Water is rising," the mayor said. "We are ready to evacuate the school," the fire chief said.'
    found = quotes(text)
    assert [q["id"] for q in found] == ["q1", "q2"]


def test_quote_at_finds_the_quote_covering_an_offset(nlp):
    text = 'Rain fell. "The harvest is lost in three villages," the farmer said.'
    doc = nlp(text)
    inside = text.index("harvest")
    assert quote_at(doc, inside)["id"] == "q1"
    assert quote_at(doc, text.index("Rain")) is None


def test_unbalanced_mark_does_not_swallow_the_article(quotes):
    text = (
        'The mayor said "we will rebuild the market square by summer.\n\n'
        "Traders moved their stalls to the car park on Tuesday.\n\n"
        '"Business is slow but we survive," a baker said.'
    )
    found = quotes(text)
    assert all("car park" not in q["text"] for q in found)
    assert any(q["text"] == "Business is slow but we survive" for q in found)


def test_empty_text_gives_no_quotes(quotes):
    assert quotes("") == []


def test_odd_characters_give_a_list_and_nothing_fails(nlp):
    doc = nlp("“ ” « » ‘ ’ \" ' \u200b \ufeff ...")
    assert doc._.errors is None, "no component failed"
    assert isinstance(doc._.quotes, list)


def test_only_quotation_marks(quotes):
    assert quotes('""""') == []


def test_quote_without_parser_is_empty(nlp):
    from eventwire.quotes.component import QuoteFinder

    doc = nlp.make_doc('"We will win this election easily," she said.')
    doc = QuoteFinder()(doc)
    assert doc._.errors is None and doc._.quotes == []


def test_speaker_label_with_colon(quotes):
    q = only(
        quotes("Mayor Jensen: The new bridge will open before the winter.\n\nTraffic was light.")
    )
    assert q["cue"]["text"] == ":"
    assert speaker_text(q) == "Mayor Jensen"
    assert q["text"] == "The new bridge will open before the winter"


def test_clock_time_is_not_a_speaker_label(quotes):
    assert quotes("10:45 a.m.\n\nThe convoy left the border crossing.") == []


def test_intention_verb_takes_the_infinitive(quotes):
    q = only(quotes("The governor vowed to rebuild every damaged school."))
    assert q["text"] == "to rebuild every damaged school"
    assert q["cue"]["text"] == "vowed"


def test_prepositional_cue_takes_its_object(quotes):
    q = only(quotes("The opposition called for early elections in the spring."))
    assert q["text"].startswith("early elections")
    assert speaker_text(q) == "The opposition"


def test_verb_of_judging_takes_its_object(quotes):
    q = only(quotes("The senator criticized the new tax plan for its cost."))
    assert q["text"] == "the new tax plan for its cost"


def test_statement_saying_is_spoken_by_the_statement(quotes):
    q = only(quotes("The ministry issued a statement saying the border would stay closed."))
    assert speaker_text(q) == "a statement"
    assert q["text"] == "the border would stay closed"


def test_relative_pronoun_is_the_speaker_mention(quotes):
    found = quotes("The mayor, who said the dam was safe, left the town on Monday.")
    q = only(found)
    assert speaker_text(q) == "who"


def test_attribution_inside_the_clause_splits_the_content(quotes):
    q = only(quotes("The new museum, the mayor said, will open in May."))
    assert len(q["parts"]) == 2
    assert q["text"] == "The new museum will open in May"


def test_quotes_in_span(nlp):
    from eventwire.quotes import quotes_in

    text = 'The talks failed. "We will try again next month," the envoy said.'
    doc = nlp(text)
    assert [q["id"] for q in quotes_in(doc, 0, len(text))] == ["q1"]
    assert quotes_in(doc, 0, 5) == []


def test_speaker_phrase_keeps_its_relative_clause(quotes):
    text = "Anna Berg, who chairs the budget panel, said the harbour tax would rise next spring."
    q = only(quotes(text))
    assert speaker_text(q) == "Anna Berg, who chairs the budget panel"


def test_speaker_phrase_stays_on_its_line(quotes):
    text = "Harbour report\n\nThe mayor said the harbour tax would rise next spring."
    q = only(quotes(text))
    assert "\n" not in speaker_text(q)
