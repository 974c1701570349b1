"""Events read the actors stage and never write to it; they use the actor knowledge the
pipeline's ``eventwire_actors`` component was configured with (its ``data_dir``)."""

import shutil

import pytest

import eventwire
from eventwire.actors.knowledge import DATA
from eventwire.extensions import record_actors

STRIKE = "Kenyan teachers went on strike on Monday."


@pytest.fixture(scope="module")
def renamed_kenya(tmp_path_factory):
    """A copy of the packaged actor tables where Kenya's canonical name is its long form."""
    folder = tmp_path_factory.mktemp("actors")
    for table in DATA.glob("*.tsv"):
        shutil.copy(table, folder / table.name)
    countries = folder / "countries.tsv"
    countries.write_text(countries.read_text("utf-8").replace(
        "KEN\tKenya\tRepublic of Kenya\t", "KEN\tRepublic of Kenya\tKenya\t"), "utf-8")
    return folder


def test_an_untargeted_strike_is_aimed_at_the_strikers_country(nlp):
    doc = nlp(STRIKE)
    names = {a["id"]: a["name"] for a in record_actors(doc)}
    assert [names[t] for e in doc._.events for t in e["target"]] == ["Kenya"]


def test_events_leave_the_actors_stage_list_as_it_was(nlp):
    without_events = eventwire.load(components=["eventwire_actors"])(STRIKE)._.actors
    doc = nlp(STRIKE)
    assert doc._.actors == without_events
    assert [a["name"] for a in doc._.event_actors] == ["Kenya"]


def test_the_record_lists_the_actors_events_found_after_the_others(process):
    record = process(STRIKE)
    assert [a["name"] for a in record["actors"]] == ["Kenyan teachers", "Kenya"]
    assert [a["id"] for a in record["actors"]] == ["a1", "a2"]


def test_events_use_the_configured_actor_knowledge(renamed_kenya):
    nlp = eventwire.load(config={"eventwire_actors": {"data_dir": str(renamed_kenya)}})
    doc = nlp(STRIKE)
    names = {a["id"]: a["name"] for a in record_actors(doc)}
    assert [names[t] for e in doc._.events for t in e["target"]] == ["Republic of Kenya"]


def test_an_intent_with_no_one_named_is_never_aimed_at_the_speakers_own_code(process):
    record = process("Kenyan officials agreed on Monday to speed up work on the new power line.",
                     published="2024-03-12")
    intents = [e for e in record["events"] if e["cameo"].startswith("03")]
    assert intents and all(e["target_code"] != e["source_code"] for e in intents)


@pytest.mark.parametrize("text", [
    pytest.param("Shopper Ana Lopez spoke to reporters in Lima on Monday. Peruvian farmers went on "
                 "strike on Tuesday.", id="not-a-person"),
    pytest.param("LIMA, March 3 (Reuters) - The Harbour Board met on Monday. Local farmers went on "
                 "strike on Tuesday.", id="not-an-organisation"),
])
def test_an_implicit_target_is_the_country_itself(process, text):
    record = process(text, published="2016-03-05")
    names = {a["id"]: a["name"] for a in record["actors"]}
    strike = [e for e in record["events"] if e["cameo"].startswith("14")]
    assert [names[t] for t in strike[0]["target"]] == ["Peru"]


@pytest.mark.parametrize(("text", "code"), [
    pytest.param("Anti-government students marched through Quito on Sunday.", "ECUGOV",
                 id="the government"),
    pytest.param("Senator Dana Whitcombe spoke in Ohio on Monday. About 300 anti-Whitcombe "
                 "demonstrators rallied outside the hall.", "USALEG", id="a person named before"),
    pytest.param("Thousands of students held an anti-American rally in Quito on Sunday.", "USA",
                 id="a country"),
])
def test_a_protest_is_aimed_at_whom_its_demonstrators_are_named_against(process, text, code):
    record = process(text, published="2016-03-05")
    protests = [e for e in record["events"] if e["cameo"].startswith("14")]
    assert protests and protests[-1]["target_code"] in (code, code + "GOV")


def test_a_protest_named_against_a_cause_keeps_its_implicit_target(process):
    record = process("Anti-war students marched through Quito on Sunday.",
                     published="2016-03-05")
    protests = [e for e in record["events"] if e["cameo"].startswith("14")]
    assert protests and protests[0]["target_code"] == "ECUGOV"


def test_the_source_of_an_office_is_the_person_set_beside_it(process):
    record = process("Mr. Okafor was asked about complaints by the energy secretary, Ernest "
                     "Moniz, that cheap oil was flooding markets.", published="2015-06-01")
    names = {a["id"]: a["name"] for a in record["actors"]}
    complaints = [e for e in record["events"] if e["cameo"].startswith("11")]
    assert complaints and names[complaints[0]["source"][0]] == "Ernest Moniz"
    assert complaints[0]["source_code"] == "USAGOV"


def test_an_institution_named_as_a_modifier_of_the_act_is_its_target(process):
    record = process("The appeals court in Texas on Monday overturned a district court ruling on "
                     "the new map.", published="2016-03-05")
    rejections = [e for e in record["events"] if e["cameo"].startswith("12")]
    assert rejections and rejections[0]["target_code"] == "USAJUD"


def test_a_state_named_as_acted_upon_is_its_government(process):
    record = process("The federal judge in Denver backed the state of Utah on Friday in "
                     "the water case.", published="2016-03-05")
    support = [e for e in record["events"] if e["cameo"].startswith("05")]
    assert support and support[0]["target_code"] == "USAGOV"


@pytest.mark.parametrize("text", [
    ("Two senators sent a letter to the Attorney General Loretta Lynch on Monday, asking that "
     "the inquiry be reopened."),
    ("The mayor wrote to Attorney General Loretta Lynch on Monday, seeking more answers about "
     "the inquiry."),
])
def test_an_appeal_after_a_letter_is_addressed_to_its_recipient(process, text):
    record = process(text, published="2016-03-05")
    names = {a["id"]: a["name"] for a in record["actors"]}
    appeals = [e for e in record["events"] if e["cameo"].startswith("02")]
    assert appeals and names[appeals[0]["target"][0]] == "Loretta Lynch"


def test_clashes_between_two_sides_set_one_against_the_other(process):
    record = process("Clashes between police and protesters broke out in Lagos on Monday.",
                     published="2016-03-05")
    clashes = [e for e in record["events"] if e["cameo"].startswith("19")]
    assert [(e["source_code"], e["target_code"]) for e in clashes] == [("NGACOP", "NGACVL")]


def test_fighting_between_rival_groups_of_one_country_is_within_that_side(process):
    record = process("Heavy fighting erupted between two rival Somali militias in Mogadishu "
                     "on Sunday.", published="2016-03-05")
    fights = [e for e in record["events"] if e["cameo"].startswith("19")]
    assert fights and (fights[0]["source_code"], fights[0]["target_code"]) == ("SOMREB", "SOMREB")


def test_a_mediator_keeps_the_sides_it_mediates_between_as_targets(process):
    record = process("Norway's envoy began a mediation effort on Monday between Sudan and "
                     "South Sudan.", published="2016-03-05")
    mediation = [e for e in record["events"] if e["cameo"].startswith("04")]
    assert mediation and all(e["source_code"].startswith("NOR") for e in mediation)


def test_rival_factions_reach_a_truce_with_each_other(process):
    record = process("The rival Somali factions reached a truce on Saturday after a week of "
                     "shelling.", published="2016-03-05")
    truces = [e for e in record["events"] if e["cameo"].startswith("08")]
    assert truces and (truces[0]["source_code"], truces[0]["target_code"]) == ("SOMREB", "SOMREB")


def test_rebels_agreeing_a_truce_keep_the_government_as_the_other_side(process):
    record = process("Rebels agreed to a ceasefire on Friday in Darfur.", published="2016-03-05")
    assert all(e["target_code"] != e["source_code"] for e in record["events"])


def test_officials_of_two_countries_named_together_meet_each_other(process):
    record = process("Chinese and Brazilian officials met in Geneva on Monday.",
                     published="2016-03-05")
    meetings = {(e["source_code"], e["target_code"]) for e in record["events"]
                if e["cameo"].startswith("04")}
    assert meetings == {("CHNGOV", "BRAGOV"), ("BRAGOV", "CHNGOV")}


def test_officials_of_two_countries_named_together_both_accuse(process):
    record = process("Kenyan and Ugandan officials accused Sudan of arming the rebels.",
                     published="2016-03-05")
    assert {e["source_code"] for e in record["events"] if e["cameo"].startswith("11")} == {
        "KENGOV", "UGAGOV"}
