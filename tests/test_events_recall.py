"""Acts the coder used to miss: participants named in a second phrase, other senses of words."""

import pytest


def _events(process, text):
    record = process(text, published="2024-04-10")
    return [(e["cameo"], e["source_code"], e["target_code"], e["modality"])
            for e in record["events"] if e["cameo"] != "010"]


CODED = [
    # taking part in a strike is a strike; protesters filling or occupying a place protest
    ("Thousands of Kenyan teachers took part in a strike on Monday.", "143"),
    ("Protesters filled the main square of Nairobi on Monday.", "141"),
    ("Dozens of protesters occupied the lobby of the Kenyan health ministry.", "144"),
    # police dispersing a crowd is still repression
    ("Kenyan police dispersed the crowd with tear gas.", "175"),
    ("Dutch peacekeepers beefed up their patrols around the Bosnian town.", "154"),
    ("Kenyan troops sealed off the border town on Monday.", "191"),
    ("The Kenyan judge imposed a 14-month prison sentence on the activist.", "173"),
    # people counted and sent back are expelled; weapons returned are returned property
    ("Twelve were returned to Haiti by the Kenyan navy on Monday.", "174"),
    ("Kenya returned the seized weapons to Somalia.", "0842"),
    # slapping a person is still an assault; a verb written with a hyphen is one verb
    ("Kenyan police slapped the protester.", "182"),
    ("A Kenyan police officer pepper-sprayed the protester.", "182"),
    ("Kenyan police tear-gassed the protesters in Nairobi.", "175"),
]


@pytest.mark.parametrize(("text", "code"), CODED)
def test_the_act_is_coded(process, text, code):
    assert [c for c, *_ in _events(process, text)] == [code]


def test_a_repeated_preposition_names_a_second_participant(process):
    events = _events(process, "Kenyan diplomats in Kampala were cooperating with the Anglican "
                              "church and with Ethiopian envoys to free the hostages.")
    assert {t for c, _, t, _ in events if c.startswith("06")} == {"KENREL", "ETHGOV"}


def test_conjoined_adjectives_name_one_participant_each(process):
    events = _events(process, "Ethiopian and Somali officials accused Kenyan police of "
                              "beating refugees.")
    assert {s for c, s, _, _ in events if c.startswith("112")} == {"ETHGOV", "SOMGOV"}


def test_joining_a_rally_is_protesting(process):
    events = _events(process, "Kenyan nurses joined the rally outside the ministry on Tuesday.")
    assert [c[:2] for c, *_ in events] == ["14"]


def test_being_in_touch_is_consulting(process):
    events = _events(process, "The Afghan government is in touch with Taliban insurgents, "
                              "an official said.")
    assert [(c[:2], t) for c, _, t, _ in events] == [("04", "AFGREB")]


def test_people_held_by_a_group_are_detained(process):
    events = _events(process, "Somali militiamen held six Kenyan aid workers near the border.")
    assert [(c, s) for c, s, _, _ in events] == [("173", "SOMREB")]


def test_a_participle_describing_the_held_is_passive(process):
    events = _events(process, "Somali elders negotiated the release of the aid workers held "
                              "for two weeks near Kismayo.")
    held = [e for e in events if e[0] == "173"]
    assert held and all(s != t for _, s, t, _ in held)


def test_holding_talks_or_elections_detains_no_one(process):
    assert not [c for c, *_ in _events(process, "Elections were held in Kenya on Monday.")
                if c == "173"]


def test_ending_a_truce_violates_it(process):
    events = _events(process, "Somali rebels ended a shaky truce with a raid on Kismayo.")
    assert "196" in [c for c, *_ in events]


def test_a_military_campaign_is_fighting(process):
    events = _events(process, "Kenya's military campaign against the Somali militia entered "
                              "its third year.")
    assert [(c, t) for c, _, t, _ in events] == [("190", "SOMREB")]


def test_a_group_of_several_countries_is_one_participant_per_country(process):
    events = _events(process, "The Chilean president held separate meetings with the foreign "
                              "ministers of Peru, Bolivia and Ecuador.")
    assert {t for *_, t, _ in events} == {"PERGOV", "BOLGOV", "ECUGOV"}


def test_talks_between_officials_of_two_countries_set_them_on_each_other(process):
    events = _events(process, "The annual talks in Nairobi between senior Kenyan and Ugandan "
                              "officials ended on Monday.")
    assert {(s, t) for _, s, t, _ in events} == {("KENGOV", "UGAGOV"), ("UGAGOV", "KENGOV")}


def test_clashes_between_troops_of_two_countries_set_one_against_the_other(process):
    events = _events(process, "Clashes between Kenyan and Somali troops left ten dead.")
    assert [(c, s, t) for c, s, t, _ in events] == [("190", "KENMIL", "SOMMIL")]


def test_tariffs_slapped_or_put_on_a_country_are_sanctions(process):
    for text in ("The American president slapped tariffs on Chinese steel on Monday.",
                 "The American government began putting heavy tariffs on Chinese steel."):
        assert [(c, t) for c, _, t, _ in _events(process, text)] == [("163", "CHN")]


def test_an_escort_from_armed_men_is_protection(process):
    events = _events(process, "The UN observers travelled north with an escort from a "
                              "Somali militia.")
    assert [(c, s) for c, s, _, _ in events] == [("074", "SOMREB")]


def test_a_sentence_told_again_is_aimed_at_the_one_sentenced_before(process):
    record = process("A Kenyan court sentenced the Ugandan activist Peter Okello to prison on "
                     "Monday. The Kenyan judge imposed a 30-month sentence, saying the "
                     "penalty would deter others.", published="2024-04-10")
    later = [e for e in record["events"] if e["sentence"] == 1 and e["cameo"] == "173"]
    assert later and later[0]["target_code"].startswith("UGA")


def test_a_bomb_damaging_a_ministry_is_a_bombing_of_its_country(process):
    events = _events(process, "A small bomb badly damaged three floors of the Kenyan "
                              "interior ministry offices.")
    assert [(c, t[:3]) for c, _, t, _ in events] == [("183", "KEN")]


def test_a_storm_damaging_a_building_is_no_bombing(process):
    events = _events(process, "The storm damaged the Kenyan ministry building.")
    assert "183" not in [c for c, *_ in events]


def test_the_crowd_is_the_protesters_told_before(process):
    record = process("Thousands of Kenyan students rallied outside parliament in Nairobi on "
                     "Monday. Police watched from a distance. The crowd dispersed peacefully "
                     "in the evening.", published="2024-04-10")
    dispersed = [e for e in record["events"] if e["cameo"] == "082"]
    assert [e["source_code"] for e in dispersed] == ["KENEDU"]


def test_sides_meeting_in_a_city_meet_each_other_not_the_city(process):
    events = _events(process, "On Monday Chilean and Peruvian ministers met in Lima.")
    assert {(s, t) for _, s, t, _ in events} == {("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")}

