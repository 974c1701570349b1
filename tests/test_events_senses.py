"""Words of an act in another sense, headline constructions and who is acted upon."""

import pytest


def _events(process, text):
    record = process(text, published="2024-04-10")
    return [(e["cameo"], e["source_code"], e["target_code"], e["modality"])
            for e in record["events"] if e["cameo"] != "010"]


def test_a_date_is_never_the_target(process):
    assert _events(process, "Canada imposed sanctions on Iran on Monday.") == [
        ("163", "CANGOV", "IRN", "asserted")]


def test_adopted_sanctions(process):
    events = _events(process, "The European Union adopted sanctions against Belarus on Monday.")
    assert [(c, t) for c, _, t, _ in events] == [("163", "BLR")]


def test_no_as_determiner_negates_the_act(process):
    assert all(m == "negated" for *_, m in _events(
        process, "The Kenyan government gave no details about the agreement."))


def test_breaking_off_a_speech_is_no_break_in_relations(process):
    assert not _events(process, "The Chilean president broke off his speech on Monday.")


def test_returning_home_returns_nothing(process):
    assert not _events(process, "The Kenyan president returned home from Ethiopia on Sunday.")


def test_protesters_gathering_protest(process):
    events = _events(process, "Thousands of protesters gathered outside parliament in Nairobi.")
    assert [c for c, *_ in events] == ["141"]


def test_backed_by_makes_the_agent_the_source(process):
    events = _events(process, "Militias backed by Iran attacked the base on Monday.")
    assert ("051", "IRNGOV") in [(c, s) for c, s, *_ in events]


def test_returning_something_is_a_return(process):
    assert [c for c, *_ in _events(process, "The Chilean army returned the seized weapons to "
                                            "Peru on Monday.")] == ["0842"]


def test_a_passive_governor_lends_its_subject(process):
    events = _events(process, "The Chilean president was expected to visit Lima on Friday.")
    assert [(c, s, t) for c, s, t, _ in events] == [("036", "CHLGOV", "PER")]


def test_concern_about_an_act_is_disapproval(process):
    events = _events(process, "The Kenyan foreign ministry expressed concern about Uganda's new "
                              "border law on Monday.")
    assert [c for c, *_ in events] == ["110"]


def test_an_attack_between_politicians_is_made_in_words(process):
    events = _events(process, "Senator Maria Cantwell attacked Governor Jay Inslee on Monday.")
    assert [c for c, *_ in events] == ["111"]


def test_meeting_codes_follow_the_place(process):
    visit = _events(process, "Russia's foreign minister met China's foreign minister in Beijing.")
    host = _events(process, "The Kenyan president met the Ethiopian prime minister in Nairobi.")
    third = _events(process, "The Kenyan president met the Ethiopian prime minister in Geneva.")
    assert [c for c, *_ in visit + host + third] == ["042", "043", "044"]


def test_a_government_reporting_its_army_accuses_no_one(process):
    events = _events(process, "The Nigerian government said the army had killed 12 militants.")
    assert "112" not in [c for c, *_ in events]


def test_an_exile_group_reporting_its_country_army_accuses_it(process):
    events = _events(process, "An Iranian opposition group said Iranian troops had shelled "
                              "Kurdish villages.")
    assert "112" in [c for c, *_ in events]


def test_talks_between_two_sides(process):
    events = _events(process, "Talks between Sudan and South Sudan resumed in Addis Ababa on Monday.")
    # one event per dyad: each side meets the other
    assert [(c[:2], s, t) for c, s, t, _ in events] == [("04", "SDNGOV", "SSDGOV"),
                                                        ("04", "SSDGOV", "SDNGOV")]


def test_a_ceasefire_reached_by_two_sides_is_mutual(process):
    events = _events(process, "Chile and Peru reached a ceasefire on Friday.")
    assert [(c, s, t) for c, s, t, _ in events] == [("0871", "CHLGOV", "PERGOV"),
                                                    ("0871", "PERGOV", "CHLGOV")]


def test_an_agreement_to_stop_force_is_not_force(process):
    events = _events(process, "Armenia and Azerbaijan agreed to stop shelling border villages.")
    assert {c[:2] for c, *_ in events} == {"03"}


def test_stopping_force_is_de_escalation(process):
    events = _events(process, "The Peruvian army stopped shelling rebel positions on Monday.")
    assert [c for c, *_ in events] == ["087"]


def test_a_strike_by_workers_is_a_labour_strike(process):
    events = _events(process, "The strike by Belgian dock workers entered its third day.")
    assert [c for c, *_ in events] == ["143"]


def test_giving_up_arms_is_no_aid(process):
    events = _events(process, "The rebels gave up their weapons in Lima on Monday.")
    assert [c[:2] for c, *_ in events] == ["08"]


def test_firing_workers_is_an_administrative_sanction(process):
    events = _events(process, "The Kenyan government fired 5,000 striking nurses on Saturday.")
    assert [c for c, *_ in events] == ["172"]


def test_an_act_asked_for_is_no_event_of_its_own(process):
    events = _events(process, "Chilean senators asked the attorney general to investigate the "
                              "interior minister on Monday.")
    assert [c[:2] for c, *_ in events] == ["02"]


def test_a_candidates_rally_is_no_protest(process):
    events = _events(process, "Senator Maria Cantwell held a rally in Spokane on Monday.")
    assert not [c for c, *_ in events if c.startswith("14")]


def test_a_crowds_rally_is_a_protest(process):
    events = _events(process, "Thousands of students held a rally against the tuition law in "
                              "Santiago on Monday.")
    assert [c[:2] for c, *_ in events] == ["14"]


def test_receiving_assurances_is_no_hosting(process):
    assert not [c for c, *_ in _events(process, "Germany received assurances from Russia on "
                                                "Monday.") if c.startswith("04")]


def test_receiving_a_delegation_is_hosting(process):
    events = _events(process, "The Kenyan president received a Somali delegation in Nairobi.")
    assert [c for c, *_ in events] == ["043"]


def test_objections_to_something_are_a_rejection(process):
    events = _events(process, "The Peruvian government repeated its objections to the treaty.")
    assert [c for c, *_ in events] == ["120"]


def test_the_opposition_party_is_no_rejection(process):
    events = _events(process, "The Peruvian opposition leader visited Santiago on Monday.")
    assert "120" not in [c for c, *_ in events]


def test_a_country_acting_by_name_is_its_government_and_one_named_as_acted_upon_the_whole(
        process):
    events = _events(process, "Kenya criticised Uganda on Monday.")
    assert [(c[:2], s, t) for c, s, t, _ in events] == [("11", "KENGOV", "UGA")]


@pytest.mark.parametrize("text, target", [
    pytest.param("Kenya criticised Kampala on Monday.", "UGAGOV", id="a-capital-is-the-government"),
    pytest.param("Kenya criticised Uganda's plan to close the border on Monday.", "UGA",
                 id="a-possessor-named-by-name"),
    pytest.param("Kenya criticised the Ugandan government on Monday.", "UGAGOV",
                 id="the-government-named"),
])
def test_the_target_country_is_coded_as_the_text_names_it(process, text, target):
    assert [t for c, _, t, _ in _events(process, text) if c[:2] == "11"] == [target]


def test_a_country_using_force_is_the_country_as_a_whole(process):
    events = _events(process, "Chile shelled Peru on Monday.")
    assert [(c[:2], s, t) for c, s, t, _ in events] == [("19", "CHL", "PER")]


def test_a_question_asked_is_no_appeal(process):
    assert not _events(process, "The Kenyan president asked the minister whether the talks had "
                                "failed.")


def test_asking_someone_to_act_is_an_appeal(process):
    events = _events(process, "The Kenyan president asked Uganda to reopen the border.")
    assert [c[:2] for c, *_ in events] == ["02"]


def test_releasing_a_report_frees_nobody(process):
    assert not _events(process, "The Kenyan government released a report on Monday.")


def test_striking_a_balance_is_no_force(process):
    assert not _events(process, "The Chilean minister said the budget struck the right balance.")


def test_signing_a_bill_into_law_is_no_agreement(process):
    assert not _events(process, "The Kenyan president signed the bill into law on Monday.")


def test_demonstrating_unity_is_no_protest(process):
    assert not _events(process, "The Chilean and Peruvian leaders demonstrated their unity.")


def test_sentencing_to_prison_is_detention(process):
    events = _events(process, "A Kenyan court sentenced the opposition leader to five years "
                              "in prison on Monday.")
    assert [c for c, *_ in events] == ["173"]


def test_held_in_prison_is_detention(process):
    events = _events(process, "Kenyan police said the opposition leader was held in a prison "
                              "in Nairobi.")
    assert "173" in [c for c, *_ in events]


def test_planting_a_bomb_is_a_bombing(process):
    events = _events(process, "Rebels planted a bomb at the Kenyan ministry on Monday.")
    assert [c for c, *_ in events] == ["183"]


def test_throwing_support_behind_a_candidate_is_support(process):
    events = _events(process, "The Kenyan president threw his support behind the Ugandan "
                              "candidate.")
    assert [c for c, *_ in events] == ["051"]


def test_disputing_an_allegation_is_a_denial(process):
    events = _events(process, "The Kenyan government disputed the allegations on Monday.")
    assert [c for c, *_ in events] == ["016"]


def test_a_response_to_a_ruling_is_aimed_at_the_court_that_made_it(process):
    record = process("The Kenyan High Court overturned the election result on Monday. The "
                     "Kenyan opposition leader applauded the ruling.", published="2024-04-10")
    praise = [e for e in record["events"] if e["cameo"] == "051"]
    assert [e["target_code"] for e in praise] == ["KENJUD"]


def test_a_response_without_an_earlier_act_is_aimed_at_its_country(process):
    # no earlier act names who gave the ruling: support with no one named is aimed at the
    # speaker's own country (code_rules.tsv), no author is made up
    events = _events(process, "The Kenyan opposition leader applauded the ruling.")
    assert [(c, t) for c, _, t, _ in events] == [("051", "KENGOV")]


def test_a_call_for_an_act_on_someone_is_aimed_at_them(process):
    events = _events(process, "Kenyan opposition leaders called on Tuesday for the resignation "
                              "of President William Ruto.")
    assert [(c[:2], t) for c, _, t, _ in events] == [("02", "KENGOV")]


def test_a_meeting_in_a_purpose_clause_is_planned(process):
    events = _events(process, "The Kenyan president flew to Kampala on Monday to meet the "
                              "Ugandan president.")
    assert ("036", "future") in [(c, m) for c, _, _, m in events]


def test_a_meeting_one_waits_for_is_planned(process):
    events = _events(process, "The Kenyan president is waiting in Nairobi to meet the Ugandan "
                              "president.")
    assert [c for c, *_ in events] == ["036"]


def test_the_act_one_is_accused_of_is_no_event_of_its_own(process):
    events = _events(process, "Kenyan opposition parties accused the police of killing "
                              "protesters in Nairobi.")
    assert [c[:2] for c, *_ in events] == ["11"]


def test_went_on_to_is_no_future(process):
    events = _events(process, "The Kenyan president went on to praise the Ugandan army.")
    assert [(c, m) for c, _, _, m in events] == [("051", "asserted")]


def test_a_poll_released_frees_nobody(process):
    assert not [c for c, *_ in _events(process, "A Kenyan poll released on Monday shows the "
                                                "president ahead.") if c[:2] == "08"]


def test_signing_it_into_law_is_no_agreement(process):
    assert not _events(process, "The Kenyan president signed the measure into law on Friday.")


def test_a_denial_of_allegations_answers_their_author(process):
    record = process("Kenyan rights groups accused the Ugandan police of torture on Monday. The "
                     "Ugandan police disputed the allegations.", published="2024-04-10")
    denial = [e for e in record["events"] if e["cameo"] == "016"]
    assert denial and denial[0]["target_code"][:3] == "KEN"


def test_passive_violence_takes_the_author_of_the_sentence_s_other_violence(process):
    record = process("Two Kenyan policemen were wounded on Monday when al-Shabaab militants "
                     "ambushed their patrol near Mandera.", published="2024-04-10")
    wounded = [e for e in record["events"] if e["trigger"]["text"] == "wounded"]
    ambush = [e for e in record["events"] if e["trigger"]["text"] == "ambushed"]
    assert wounded and ambush and wounded[0]["source"] == ambush[0]["source"]


def test_criticism_answered_is_aimed_at_who_answers(process):
    events = _events(process, "Kenya rebuts Ugandan criticism over the border closure.")
    assert ("111", "UGA", "KENGOV") in [(c, s[:3], t) for c, s, t, _ in events]


def test_complaints_from_someone_are_theirs(process):
    record = process("The Kenyan finance minister was answering questions on complaints "
                     "from his Ugandan counterpart.", published="2024-04-10")
    complaint = [e for e in record["events"] if e["trigger"]["text"] == "complaints"]
    assert complaint and complaint[0]["source_code"] == "UGAGOV"
    assert complaint[0]["target_code"] == "KENGOV"


def test_sending_migrants_back_is_expulsion(process):
    events = _events(process, "Kenya returned the migrants to Somalia on Monday.")
    assert [c for c, *_ in events] == ["174"]


def test_trying_the_suspects_is_legal_action(process):
    events = _events(process, "Kenyan authorities tried the hijackers in Nairobi on Monday.")
    assert [c for c, *_ in events] == ["173"]


def test_complaints_that_someone_did_something_are_aimed_at_them(process):
    events = _events(process, "Kenya voiced complaints that Uganda was closing the border.")
    assert ("114", "UGA") in [(c, t) for c, _, t, _ in events]


def test_banning_travel_to_a_place_is_an_embargo(process):
    events = _events(process, "The Kenyan government banned travel to Uganda on Monday.")
    assert [(c, t) for c, _, t, _ in events] == [("163", "UGA")]


def test_weighing_in_with_support_is_support(process):
    events = _events(process, "The Kenyan opposition leader weighed in with his support for "
                              "the Ugandan plan on Tuesday.")
    assert [c for c, *_ in events] == ["051"]


def test_an_appeal_told_in_a_relative_clause_describes_its_speakers(process):
    events = _events(process, "Kenyan senators who think the camp should be shut down "
                              "criticised the Ugandan plan.")
    assert [c[:2] for c, *_ in events] == ["11"]


def test_conceding_that_is_an_admission_not_a_concession(process):
    events = _events(process, "The Kenyan minister conceded that a trade deal with Uganda was "
                              "far off.")
    assert not [c for c, *_ in events if c[:2] == "08"]


def test_the_country_one_travels_to_is_the_place(process):
    events = _events(process, "The Kenyan foreign minister will travel to Djibouti on Friday.")
    assert [(c, t) for c, _, t, _ in events] == [("036", "DJI")]


def test_a_denial_of_named_criticism_is_aimed_at_its_author(process):
    record = process("Kenya rebuts Ugandan criticism over the border closure.",
                     published="2024-04-10")
    denial = [e for e in record["events"] if e["cameo"] == "016"]
    assert denial and denial[0]["target_code"][:3] == "UGA"


def test_an_agreement_as_subject_is_the_document(process):
    events = _events(process, "The Kenyan-Ugandan border treaty guaranteed herders the right to "
                              "cross.")
    assert not [c for c, *_ in events if c == "057"]


def test_dismissing_someone_as_a_failure_is_criticism(process):
    events = _events(process, "The Kenyan opposition leader dismissed the Ugandan president as "
                              "an ineffective leader.")
    assert [(c, t) for c, _, t, _ in events] == [("111", "UGAGOV")]


def test_a_lawsuit_brought_by_someone_is_theirs(process):
    events = _events(process, "A lawsuit against the Ugandan government was brought by the "
                              "Kenyan attorney general on Monday.")
    assert [(c, s[:3], t) for c, s, t, _ in events] == [("115", "KEN", "UGAGOV")]


def test_an_act_in_a_whether_clause_is_hypothetical(process):
    record = process("He was asked whether Kenyan banks might be allowed to refuse to "
                     "serve Ugandan traders.", published="2024-04-10")
    assert all(e["modality"] == "hypothetical" for e in record["events"]
               if e["cameo"][:2] == "12")


def test_a_statement_speaks_for_its_author(process):
    record = process("The Kenyan opposition party issued a statement on Monday. The statement "
                     "said Somali rebels had attacked its offices.", published="2024-04-10")
    accuse = [e for e in record["events"] if e["cameo"] == "112"]
    assert accuse and accuse[0]["source_code"] == "KENOPP"


def test_challenging_a_law_is_a_legal_challenge(process):
    events = _events(process, "The Kenyan opposition is challenging the new election law in "
                              "court.")
    assert [c for c, *_ in events] == ["115"]


@pytest.mark.parametrize(("text", "noun", "source", "target"), [
    pytest.param("The Kenyan president met the Ugandan president in Nairobi on Monday. The talks "
                 "ended late at night.", "talks", "KENGOV", "UGAGOV", id="talks"),
    pytest.param("Colombian troops and FARC rebels declared a ceasefire on Monday. The start of "
                 "the truce was welcomed by the church.", "truce", "COLMIL", None, id="truce"),
])
def test_a_meeting_or_truce_told_again_keeps_its_participants(process, text, noun, source,
                                                               target):
    record = process(text, published="2024-04-10")
    told = [e for e in record["events"] if e["trigger"]["text"] == noun]
    assert told and told[0]["source_code"] == source
    assert target is None or told[0]["target_code"] == target


def test_declining_to_take_sides_is_declining_comment(process):
    events = _events(process, "The Kenyan president declined to take a position on the Ugandan "
                              "dispute.")
    assert [c for c, *_ in events] == ["011"]


def test_rejecting_an_explanation_answers_who_gave_it(process):
    record = process("Ugandan officials said the rebels were not under their control. Kenyan "
                     "army commanders rejected the explanation.", published="2024-04-10")
    reject = [e for e in record["events"] if e["cameo"][:2] == "12"]
    assert reject and reject[0]["target_code"][:3] == "UGA"


def test_complaints_told_again_are_aimed_as_before(process):
    record = process("Kenya voiced complaints that Uganda was closing the border. Nairobi's "
                     "complaints were about a convoy stopped at Busia.", published="2024-04-10")
    complaints = [e for e in record["events"] if e["cameo"] == "114"]
    assert [e["target_code"] for e in complaints] == ["UGA", "UGA"]


def test_calling_off_a_visit_reduces_relations(process):
    events = _events(process, "The Kenyan president called off his visit to Uganda on Monday.")
    assert [(c, t) for c, _, t, _ in events] == [("161", "UGA")]


def test_cannot_accept_is_a_refusal(process):
    events = _events(process, "Kenya said it cannot accept the conditions set by Uganda.")
    assert [(c[:2], m) for c, _, _, m in events] == [("12", "reported")]


def test_not_opposing_a_visit_is_consent(process):
    events = _events(process, "Kenya will not oppose a visit by Ugandan envoys.")
    assert [(c, t, m) for c, _, t, m in events] == [("036", "UGAGOV", "asserted")]


def test_a_refusal_to_act_is_no_act(process):
    events = _events(process, "Kenyan lawmakers criticised the police's refusal to arrest the "
                              "Ugandan suspects.")
    assert "173" not in [c for c, *_ in events]


def test_an_act_in_a_that_clause_of_a_negated_verb_is_hypothetical(process):
    record = process("The Kenyan prosecutor decided not to recommend that the Ugandan suspects "
                     "be arrested.", published="2024-04-10")
    assert all(e["modality"] != "asserted" for e in record["events"] if e["cameo"] == "173")


@pytest.mark.parametrize("text", [
    "Chilean opposition leaders railed against the Peruvian government on Monday.",
    "Chilean opposition leaders lambasted the Peruvian government on Monday.",
    "Chilean opposition leaders faulted the Peruvian government on Monday.",
])
def test_verbs_of_railing_and_lambasting_are_criticism(process, text):
    events = _events(process, text)
    assert [(c, t) for c, _, t, _ in events] == [("111", "PERGOV")]


def test_an_act_done_without_is_not_done(process):
    record = process("The Chilean senator backed the critics of the treaty without actually "
                     "opposing Peru.", published="2024-04-10")
    assert [e["modality"] for e in record["events"] if e["cameo"].startswith("11")] == ["negated"]


def test_an_object_described_by_a_participle_is_still_the_object(process):
    # the parser reads "the ceasefire agreed last week" as a clause of its own
    record = process("The Colombian army said FARC rebels had broken the ceasefire agreed "
                     "between the two sides last week.", published="2016-03-05")
    assert "196" in [e["cameo"] for e in record["events"]]


# (sentence, the events' (CAMEO code or root, source, target)): whole-article rules of this session
WHO_DID_WHAT = [
    pytest.param("The Peruvian finance minister fired back at Chile on Monday.",
                 [("111", "PERGOV", "CHL")], id="firing-back-is-criticism"),
    pytest.param("Several thousand students demonstrated outside the Peruvian congress on Friday "
                 "demanding the interior minister's resignation.",
                 [("1411", "PEREDU", "PERGOV")], id="a-protest-demanding-is-one-protest"),
    pytest.param("Opposition leaders said they will hold a rally in Lima on Friday against the "
                 "Peruvian government.", [("133", "PEROPP", "PERGOV")],
                 id="a-planned-protest-is-a-threat-of-protest"),
    pytest.param("The Chilean president repeated his advice that Peru should reopen the border.",
                 [("02", "CHLGOV", "PER")], id="advice-that-Y-should-is-aimed-at-Y"),
    pytest.param("Chile helped Peru rebuild its ports on Monday.", [("07", "CHLGOV", "PER")],
                 id="helping-Y-do-is-aimed-at-Y"),
    pytest.param("A lawmaker in Chile is calling for the Peruvian president to be barred from "
                 "entering Chile.", [("02", "CHLLEG", "PERGOV")], id="a-call-for-a-ban-is-one-appeal"),
    pytest.param("The Peruvian government favoured talks with all rebel factions, a spokesman said "
                 "on Monday.", [("036", "PERGOV", "PERREB")], id="favouring-talks-is-an-intent"),
    pytest.param("The Peruvian interior minister interrupted talks with the rebels on Sunday.",
                 [("164", "PERGOV", "PERREB")], id="interrupting-talks-halts-negotiations"),
    pytest.param("Peru postponed the talks with Chile on Monday.", [("164", "PERGOV", "CHL")],
                 id="postponing-talks-halts-negotiations"),
    pytest.param("Chilean opposition leaders called for new elections on Tuesday.",
                 [("02", "CHLOPP", "CHLGOV")], id="an-appeal-to-no-one-named-is-aimed-at-home"),
    pytest.param("Chilean opposition leaders called for a boycott of the vote on Tuesday.",
                 [("13", "CHLOPP", "CHLGOV")], id="a-call-for-a-boycott-threatens-at-home"),
    pytest.param("The Kenyan opposition leader said more protests would be held in Nairobi next "
                 "week.", [("133", "KENOPP", "KENGOV")], id="an-announced-passive-is-the-speakers"),
    pytest.param("The Kenyan opposition leader said more protests would be held by students next "
                 "week.", [("133", "KENEDU", "KENGOV")], id="an-agent-named-is-the-source"),
    pytest.param("Rival militia leaders in Somalia blamed each other on Monday for the collapse "
                 "of the truce.",
                 [("112", "SOMREB", "SOMREB")], id="each-other-is-the-sources-themselves"),
    pytest.param("The two Peruvian ministers praised one another on Monday.",
                 [("051", "PERGOV", "PERGOV")], id="one-another-is-the-sources-themselves"),
]


@pytest.mark.parametrize(("text", "expected"), WHO_DID_WHAT)
def test_who_did_what_to_whom(process, text, expected):
    events = _events(process, text)
    assert [(c[:len(e[0])], s, t) for (c, s, t, _), e in zip(events, expected)] == expected
    assert len(events) == len(expected)

