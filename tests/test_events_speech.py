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
    assert ("190", "COLREB", "COL") in _triples(doc)


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


def _events(record, pattern_part):
    return [(e["cameo"], e["source_code"], e["target_code"]) for e in record["events"]
            if pattern_part in (e["pattern"] or "")]


def test_harm_told_of_another_is_an_accusation(process):
    record = process("The Chilean foreign minister said Bolivia intends to neutralise the water "
                     "talks.", published="2024-04-10")
    assert ("112", "CHLGOV", "BOL") in _events(record, "+wrongdoing")


def test_a_verb_of_causing_harm_told_of_another_is_an_accusation(process):
    record = process("The Chilean interior minister said Bolivian smugglers pose a threat to "
                     "the northern towns.", published="2024-04-10")
    assert [e for e in _events(record, "+wrongdoing") if e[2].startswith("BOL")]


def test_harm_told_of_the_speakers_own_side_is_no_accusation(process):
    record = process("The Chilean foreign minister said he regretted the delay.",
                     published="2024-04-10")
    assert not _events(record, "+wrongdoing")


def test_negated_harm_is_no_accusation(process):
    record = process("The Chilean foreign minister said Bolivia did not cheat in the vote.",
                     published="2024-04-10")
    assert not _events(record, "+wrongdoing")


def test_hoping_another_will_act_is_an_appeal_to_them(process):
    record = process("The Chilean foreign minister said she hoped Bolivia would reopen the "
                     "border crossing.", published="2024-04-10")
    assert [e for e in _events(record, "hope+appeal") if e[0].startswith("02")
            and e[1] == "CHLGOV" and e[2].startswith("BOL")]


def test_the_act_hoped_for_is_no_event(process):
    record = process("The Chilean president said he hoped the Bolivian army would seize the "
                     "chance to talk.", published="2024-04-10")
    assert not [e for e in record["events"] if e["cameo"][:2] in ("13", "17")]


def test_hoping_for_ones_own_act_asks_no_one(process):
    record = process("The Chilean president said she hoped she would visit Bolivia soon.",
                     published="2024-04-10")
    assert not _events(record, "hope+appeal")


def test_a_judging_verb_told_of_another_is_a_criticism(process):
    record = process("The Chilean senator said the Bolivian government had deceived the "
                     "fishermen.", published="2024-04-10")
    assert [e for e in _events(record, "+wrongdoing") if e[0] == "111"
            and e[2].startswith("BOL")]


def test_consequences_foretold_for_another_are_a_threat(process):
    record = process("Any incursion by Bolivia into the northern waters would have serious "
                     "consequences, the Chilean defence minister said.", published="2024-04-10")
    assert ("130", "CHLGOV", "BOL") in _events(record, "+penalty")


def test_a_price_to_pay_foretold_is_a_threat(process):
    record = process("The Chilean minister said Bolivia will pay a heavy price for the raid.",
                     published="2024-04-10")
    assert [e for e in _events(record, "+penalty") if e[2].startswith("BOL")]


def test_a_price_paid_is_no_threat(process):
    record = process("The Chilean minister said Bolivia had paid a price for its mistakes.",
                     published="2024-04-10")
    assert not _events(record, "+penalty")


def test_those_who_will_be_punished_are_threatened(process):
    record = process("The Chilean interior minister said the Bolivian smugglers will be "
                     "punished.", published="2024-04-10")
    assert [e for e in _events(record, "+penalty") if e[1] == "CHLGOV"]


def test_suggesting_that_another_should_act_is_an_appeal(process):
    record = process("The Chilean foreign minister suggested that Bolivia should reopen the "
                     "border.", published="2024-04-10")
    assert any(c.startswith("02") for c in _codes(record))


def test_suggesting_a_meeting_is_no_speech(process):
    record = process("The Chilean foreign minister suggested a meeting with Bolivia.",
                     published="2024-04-10")
    assert not [e for e in record["events"] if e["pattern"].startswith("suggest-that")]


def test_the_one_asked_to_curb_an_act_is_the_subject_of_should(process):
    record = process("The Chilean finance minister suggested that Bolivian officials should curb "
                     "their complaints.", published="2024-04-10")
    assert [e for e in record["events"] if e["cameo"].startswith("02")
            and e["target_code"] == "BOLGOV"]


def test_an_act_in_an_infinitive_accuses_no_one(process):
    record = process("The Chilean minister said the Bolivian ultimatum to storm the town was no "
                     "longer valid.", published="2024-04-10")
    assert not [e for e in record["events"] if e["pattern"] == "say+accuse"]


def test_an_act_told_as_done_accuses_its_author(process):
    record = process("The Chilean minister said Bolivian troops shelled the town.",
                     published="2024-04-10")
    assert [e for e in record["events"] if e["pattern"] == "say+accuse"
            and e["target_code"].startswith("BOL")]


def test_a_warning_of_a_crackdown_by_x_is_a_threat_by_x(process):
    record = process("The rebels struck again despite fresh warnings of a crackdown by Lima.",
                     published="2024-04-10")
    threats = [e for e in record["events"] if e["cameo"].startswith("13")]
    assert threats and threats[0]["source_code"] == "PERGOV"


def test_a_threat_of_sanctions_is_coded_by_the_act_threatened(process):
    record = process("The EU threat of sanctions against Iran worried traders.",
                     published="2024-04-10")
    assert [e for e in record["events"] if e["cameo"] == "1312"
            and e["source_code"] == "IGOEUREEC"]


def test_should_be_removed_is_a_call_aimed_at_the_one_removed(process):
    record = process("The Peruvian opposition leader said the president should be impeached for "
                     "treason.", published="2024-04-10")
    assert [e for e in record["events"] if e["cameo"].startswith("024")
            and e["target_code"] == "PERGOV"]


def test_harm_asked_to_stop_is_an_appeal_not_an_accusation(process):
    record = process('"Bolivia should stop interfering in our elections," the Chilean minister '
                     "said.", published="2024-04-10")
    assert not _events(record, "+wrongdoing")
    assert any(c.startswith("02") for c in _codes(record))


def test_telling_a_briefing_what_happened_is_no_ultimatum(process):
    record = process("Mr. Boric told a news conference that Peru had stopped the talks.",
                     published="2024-04-10")
    assert not [e for e in record["events"] if e["pattern"].startswith("ultimatum-demand")]


def test_telling_another_to_stop_is_a_demand(process):
    record = process("Mr. Boric told Peru to stop the raids.", published="2024-04-10")
    assert [e for e in record["events"] if e["cameo"].startswith("10")]


def test_a_phrase_of_time_is_no_complement(process):
    record = process('"The whole world thanked Chile," Mr. Boric told a news briefing near the '
                     "end of the talks.", published="2024-04-10")
    assert not [e for e in record["events"] if e["cameo"].startswith("10")]


def test_a_phrase_before_the_verb_is_no_complement(process):
    record = process("In his first comments on the deal, the Peruvian foreign minister refused "
                     "to allow Chilean inspectors to visit the port.", published="2024-04-10")
    assert [e for e in record["events"] if e["cameo"].startswith("12")]
    assert not [e for e in record["events"] if e["pattern"] == "refuse-comment"]
