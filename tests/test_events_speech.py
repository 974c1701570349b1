"""What a speaker says others should or must do, and what counts as a denial."""


def _codes(record):
    return [e["cameo"] for e in record["events"] if e["cameo"] != "010"]


def test_should_is_an_appeal(process):
    record = process("The Chilean foreign minister said Peru should reopen the border.",
                     published="2024-04-10")
    assert any(c.startswith("02") for c in _codes(record))


def test_must_is_a_demand(process):
    record = process("The Chilean foreign minister said Peru must reopen the border.",
                     published="2024-04-10")
    assert any(c.startswith("10") for c in _codes(record))


def test_denying_a_part_is_a_denial(process):
    record = process("The Peruvian army said it was not involved in the shooting.",
                     published="2024-04-10")
    assert "016" in _codes(record)


def test_a_negated_expectation_is_no_denial(process):
    record = process("The Peruvian president said he did not expect rain in Lima this week.",
                     published="2024-04-10")
    assert "016" not in _codes(record)


def test_a_negated_expectation_of_an_act_is_no_denial(process):
    record = process("The Peruvian president said he did not think the ruling would harm trade "
                     "with Chile.", published="2024-04-10")
    assert "016" not in _codes(record)


def test_will_not_oppose_is_no_denial(process):
    record = process("The Peruvian government said it will not oppose a visit by Chilean "
                     "officials.", published="2024-04-10")
    assert "016" not in _codes(record)


def _triples(doc):
    return sorted((e["cameo"][:3], e["source_code"], e["target_code"]) for e in doc._.events)


def test_police_telling_an_ambush_pass_the_fact_on_without_accusing(nlp):
    doc = nlp("Colombian rebels ambushed an army convoy near the border on Sunday, "
              "Colombian police said.")
    assert not [e for e in doc._.events if e["cameo"].startswith("112")]
    # the army named in "an army convoy" is the one ambushed (docs/events.md, nested targets)
    assert ("190", "COLREB", "COLMIL") in _triples(doc)


def test_a_newspaper_reporting_an_ambush_does_not_accuse(nlp):
    doc = nlp("A Colombian newspaper reported on Monday that rebels had ambushed an army convoy.")
    assert not [e for e in doc._.events if e["cameo"].startswith("112")]


def test_a_government_telling_what_rebels_did_accuses_them(nlp):
    doc = nlp("The Colombian government said on Monday that rebels had ambushed an army convoy.")
    assert ("112", "COLGOV", "COLREB") in _triples(doc)


def test_charging_that_something_happened_is_an_accusation(nlp):
    doc = nlp("A shop owner in Lima charged on Friday that the tax office had forced him to "
              "close his store.")
    assert [e["cameo"] for e in doc._.events] == ["112"]


def test_an_arrest_told_without_its_author_is_by_the_police_the_article_names(nlp):
    doc = nlp("Six protesters were arrested outside the Chilean parliament on Friday, Chilean "
              "police said.")
    assert ("173", "CHLCOP", "CHLCVL") in _triples(doc)


def test_an_arrest_with_no_police_named_keeps_no_author(nlp):
    doc = nlp("Six protesters were arrested outside the parliament on Friday.")
    assert [e["source_code"] for e in doc._.events if e["cameo"] == "173"] == [None]


def test_a_possible_meeting_its_speaker_tells_of_is_an_intent(nlp):
    doc = nlp("The Chilean foreign minister said on Monday he might meet his Peruvian "
              "counterpart next week.")
    assert [(e["cameo"], e["modality"]) for e in doc._.events] == [("036", "future")]


def test_a_narrated_possibility_of_force_stays_hypothetical(nlp):
    doc = nlp("If talks fail, the army could attack the town.")
    assert {e["modality"] for e in doc._.events} == {"hypothetical"}


def test_an_appeal_spans_the_verbs_joined_under_one_should(nlp):
    doc = nlp("Senator Ana Ruiz said on Monday that Chile should listen to and cooperate with "
              "Peru.")
    assert [(e["cameo"][:2], e["target_code"]) for e in doc._.events] == [("02", "CHL")]
