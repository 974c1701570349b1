"""Acts coded with the CAMEO root their words carry, not the root of a word in another role."""


def _events(process, text):
    record = process(text, published="2024-04-10")
    return [(e["cameo"], e["source_code"], e["target_code"], e["modality"])
            for e in record["events"] if e["cameo"] != "010"]


def test_a_stance_owned_by_another_inside_a_clause_is_referred_to(process):
    events = _events(process, "Ugandan opposition leaders argue that the Kenyan president's "
                              "opposition to the new tariff goes beyond his speeches.")
    assert not [c for c, *_ in events if c.startswith("12")]


def test_the_owner_telling_its_own_stance_is_an_event(process):
    events = _events(process, "Kenya said on Monday that its opposition to the new tariff "
                              "was firm.")
    assert [(c, s) for c, s, *_ in events if c.startswith("12")] == [("120", "KENGOV")]


def test_occupying_a_lobby_is_a_sit_in(process):
    events = _events(process, "Chilean students occupied the lobby of the education ministry "
                              "in Santiago on Tuesday.")
    assert [c for c, *_ in events] == ["144"]


def test_occupying_a_town_is_still_force(process):
    events = _events(process, "Russian troops occupied the Georgian town of Gori on Tuesday.")
    assert [c[:2] for c, *_ in events] == ["19"]


def test_declining_to_give_details_declines_comment(process):
    events = _events(process, "The Peruvian finance minister declined to give details of the "
                              "new tariff on Friday.")
    assert [c for c, *_ in events] == ["011"]


def test_declining_to_offer_aid_is_still_a_refusal(process):
    events = _events(process, "Peru declined to offer aid to Bolivia on Friday.")
    assert [c[:2] for c, *_ in events] == ["12"]


def test_a_vow_to_serve_out_a_term_refuses_to_yield(process):
    events = _events(process, "Facing calls to resign, the Peruvian president vowed on Monday "
                              "to complete his four-year term.")
    assert [c[:2] for c, *_ in events] == ["12"]


def test_a_vow_to_remain_a_partner_is_an_intent(process):
    events = _events(process, "Japan vowed on Monday to remain a reliable partner of Vietnam.")
    assert [c[:2] for c, *_ in events] == ["03"]


def test_talks_that_collapsed_are_halted_negotiations(process):
    events = _events(process, "Talks between Chile and Peru over the fishing zone collapsed "
                              "on Monday.")
    assert {c for c, *_ in events} == {"164"}


def test_talks_described_as_failed_are_halted(process):
    events = _events(process, "Chile held talks with Peru on the fishing dispute which have "
                              "now failed.")
    assert [c for c, *_ in events] == ["164"]


def test_a_meeting_that_failed_to_take_place_was_never_held(process):
    events = _events(process, "A meeting between the Chilean and Peruvian ministers failed to "
                              "take place on Monday.")
    assert not [c for c, *_ in events if c.startswith("04")]


def test_ending_a_truce_resumes_fighting(process):
    events = _events(process, "Kurdish rebels ended a six-month truce with Turkey on Sunday.")
    assert [c for c, *_ in events] == ["196"]


def test_a_demand_dismissed_by_another_is_referred_to(process):
    events = _events(process, "The Kenyan government on Monday dismissed the Orange Democratic "
                              "Movement demand for a recount as a stunt.")
    assert not [c for c, *_ in events if c.startswith("10")]
    assert [c[:2] for c, *_ in events] == ["11"] or [c[:2] for c, *_ in events] == ["12"]


def test_dismissing_a_proposal_as_a_stunt_rejects_it(process):
    events = _events(process, "Peru on Monday dismissed the Chilean proposal as a publicity "
                              "stunt.")
    assert [c[:2] for c, *_ in events] == ["12"]


def test_dismissing_a_minister_as_weak_criticises_him(process):
    events = _events(process, "The Chilean senator dismissed the Peruvian foreign minister as a "
                              "weak negotiator.")
    assert [c for c, *_ in events] == ["111"]


def test_an_appeal_inside_a_relative_clause_of_a_quote_describes_someone(process):
    events = _events(process, '"Those who say Chile should close the mine do not know the '
                              'region," the Peruvian minister said on Monday.')
    assert not [c for c, *_ in events if c.startswith("02")]


def test_defending_against_a_lawsuit_rejects_it(process):
    events = _events(process, "The Chilean government said it would firmly defend against the "
                              "complaint filed by Peru.")
    assert ("120", "CHLGOV", "PER", "future") in events


def test_defending_a_minister_is_still_a_defence(process):
    events = _events(process, "The Chilean president defended the foreign minister on Monday.")
    assert [c for c, *_ in events] == ["052"]


def test_an_act_set_aside_rather_than_done_is_negated(process):
    record = process("Rather than scolding Peru, Chile should seek new ways to work with Lima.",
                     published="2024-04-10")
    assert [e["modality"] for e in record["events"] if e["cameo"] == "111"] == ["negated"]


def test_instead_of_meeting_is_no_meeting(process):
    record = process("Instead of meeting the Peruvian minister, the Chilean president flew "
                     "to Bolivia on Monday.", published="2024-04-10")
    assert [e["modality"] for e in record["events"] if e["cameo"].startswith("04")
            and e["target_code"] == "PERGOV"] == ["negated"]


def test_helping_to_broker_a_truce_gives_no_aid(process):
    events = _events(process, "Norway helped broker a truce between Israel and Syria.")
    assert not [c for c, *_ in events if c.startswith("07")]


def test_helping_a_country_build_is_still_aid(process):
    events = _events(process, "Japan said on Tuesday that it would help Vietnam build its coast guard.")
    assert [c[:2] for c, *_ in events] == ["03"]


def test_the_second_verb_of_a_purpose_is_planned_too(process):
    events = _events(process, "The Chilean minister flew to Lima to meet the Peruvian president "
                              "and sign a trade deal.")
    assert ("032", "CHLGOV", "PERGOV", "future") in events
