"""Acts coded with the CAMEO root their words carry, not the root of a word in another role."""

import pytest


def _events(process, text):
    record = process(text, published="2024-04-10")
    return [(e["cameo"], e["source_code"], e["target_code"], e["modality"])
            for e in record["events"] if e["cameo"] != "010"]


def test_the_owner_telling_its_own_stance_is_an_event(process):
    events = _events(process, "Kenya said on Monday that its opposition to the new tariff "
                              "was firm.")
    assert [(c, s) for c, s, *_ in events if c.startswith("12")] == [("120", "KENGOV")]


def test_talks_that_collapsed_are_halted_negotiations(process):
    events = _events(process, "Talks between Chile and Peru over the fishing zone collapsed "
                              "on Monday.")
    assert {c for c, *_ in events} == {"164"}


def test_a_demand_dismissed_by_another_is_referred_to(process):
    events = _events(process, "The Kenyan government on Monday dismissed the Orange Democratic "
                              "Movement demand for a recount as a stunt.")
    assert not [c for c, *_ in events if c.startswith("10")]
    assert [c[:2] for c, *_ in events] == ["11"] or [c[:2] for c, *_ in events] == ["12"]


def test_defending_against_a_lawsuit_rejects_it(process):
    events = _events(process, "The Chilean government said it would firmly defend against the "
                              "complaint filed by Peru.")
    assert ("120", "CHLGOV", "PER", "future") in events


def test_an_act_set_aside_rather_than_done_is_negated(process):
    record = process("Rather than scolding Peru, Chile should seek new ways to work with Lima.",
                     published="2024-04-10")
    assert [e["modality"] for e in record["events"] if e["cameo"] == "111"] == ["negated"]


def test_instead_of_meeting_is_no_meeting(process):
    record = process("Instead of meeting the Peruvian minister, the Chilean president flew "
                     "to Bolivia on Monday.", published="2024-04-10")
    assert [e["modality"] for e in record["events"] if e["cameo"].startswith("04")
            and e["target_code"] == "PERGOV"] == ["negated"]


def test_the_second_verb_of_a_purpose_is_planned_too(process):
    events = _events(process, "The Chilean minister flew to Lima to meet the Peruvian president "
                              "and sign a trade deal.")
    assert ("032", "CHLGOV", "PERGOV", "future") in events


# (sentence, the events' codes, each compared on as many digits as written)
CODES = [
    pytest.param("Chilean students occupied the lobby of the education ministry "
                 "in Santiago on Tuesday.",
                 ["144"], id="occupying-a-lobby-is-a-sit-in"),
    pytest.param("Russian troops occupied the Georgian town of Gori on Tuesday.",
                 ["19"], id="occupying-a-town-is-still-force"),
    pytest.param("The Peruvian finance minister declined to give details of the "
                 "new tariff on Friday.",
                 ["011"], id="declining-to-give-details-declines-comment"),
    pytest.param("Peru declined to offer aid to Bolivia on Friday.",
                 ["12"], id="declining-to-offer-aid-is-still-a-refusal"),
    pytest.param("Facing calls to resign, the Peruvian president vowed on Monday "
                 "to complete his four-year term.",
                 ["12"], id="a-vow-to-serve-out-a-term-refuses-to-yield"),
    pytest.param("Japan vowed on Monday to remain a reliable partner of Vietnam.",
                 ["03"], id="a-vow-to-remain-a-partner-is-an-intent"),
    pytest.param("Chile held talks with Peru on the fishing dispute which have "
                 "now failed.",
                 ["164"], id="talks-described-as-failed-are-halted"),
    pytest.param("Kurdish rebels ended a six-month truce with Turkey on Sunday.",
                 ["196"], id="ending-a-truce-resumes-fighting"),
    pytest.param("Peru on Monday dismissed the Chilean proposal as a publicity "
                 "stunt.",
                 ["12"], id="dismissing-a-proposal-as-a-stunt-rejects-it"),
    pytest.param("The Chilean senator dismissed the Peruvian foreign minister as a "
                 "weak negotiator.",
                 ["111"], id="dismissing-a-minister-as-weak-criticises-him"),
    pytest.param("The Chilean president defended the foreign minister on Monday.",
                 ["052"], id="defending-a-minister-is-still-a-defence"),
    pytest.param("Japan said on Tuesday that it would help Vietnam build its coast guard.",
                 ["03"], id="helping-a-country-build-is-still-aid"),
    pytest.param("The Kenyan health minister warned on Monday that thousands of families had "
                 "left their farms.", ["012"], id="a-warning-of-what-has-happened-threatens-nothing"),
    pytest.param("The Kenyan defence minister warned Somalia on Monday.", ["13"],
                 id="a-warning-to-someone-is-still-a-threat"),
]


@pytest.mark.parametrize(("text", "expected"), CODES)
def test_the_act_has_the_root_its_words_carry(process, text, expected):
    codes = [c for c, *_ in _events(process, text)]
    assert [c[:len(e)] for c, e in zip(codes, expected)] == expected
    assert len(codes) == len(expected)


# (sentence, a CAMEO root no event may have)
ABSENT = [
    pytest.param("Ugandan opposition leaders argue that the Kenyan president's "
                 "opposition to the new tariff goes beyond his speeches.",
                 "12", id="a-stance-owned-by-another-inside-a-clause-is-referred-to"),
    pytest.param("A meeting between the Chilean and Peruvian ministers failed to "
                 "take place on Monday.",
                 "04", id="a-meeting-that-failed-to-take-place-was-never-held"),
    pytest.param('"Those who say Chile should close the mine do not know the '
                 'region," the Peruvian minister said on Monday.',
                 "02", id="an-appeal-inside-a-relative-clause-of-a-quote-describes-someone"),
    pytest.param("Norway helped broker a truce between Israel and Syria.",
                 "07", id="helping-to-broker-a-truce-gives-no-aid"),
]


@pytest.mark.parametrize(("text", "root"), ABSENT)
def test_no_event_of_that_root(process, text, root):
    assert not [c for c, *_ in _events(process, text) if c.startswith(root)]
