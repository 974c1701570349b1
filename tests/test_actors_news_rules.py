"""The whole-article actor rules of issue 16, each on a short text written for these tests:
the article's dominant country, national parties, sub-national governments, officers of named
institutions, legislative titles, counted phrases, surnames and the PETRARCH-2 dictionaries."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.actors.knowledge import load_knowledge


def run(nlp, text: str, published: str = "2014-03-05") -> dict[str, str]:
    """Actor name → code."""
    record = eventwire.process(text, published=published, nlp=nlp)
    return {a["name"]: a["code"] for a in record["actors"]}


def mentions(nlp, text: str, published: str = "2014-03-05") -> dict[str, list[str]]:
    record = eventwire.process(text, published=published, nlp=nlp)
    return {a["name"]: [m["text"] for m in a["mentions"]] for a in record["actors"]}


def test_unknown_person_takes_the_country_the_article_names_most(nlp):
    text = ("American officials met Canadian ministers in Ottawa on Monday. The United States "
            "and Canada signed a water deal. Washington will pay for the new dams, U.S. "
            "officials said. Paloma Brightwater, a consultant, said the dams were overdue.")
    assert run(nlp, text)["Paloma Brightwater"].startswith("USA")


def test_party_word_gives_the_country_and_opposition_out_of_power(nlp):
    text = ("Republican officials criticised the budget on Tuesday. Germany and France "
            "welcomed it.")
    codes = run(nlp, text, published="2014-03-05")
    assert codes["Republican officials"] == "USAOPP"


def test_governing_party_is_the_government(nlp):
    text = "Republican officials defended the budget on Tuesday, while France criticised it."
    assert run(nlp, text, published="2006-03-05")["Republican officials"] == "USAGOV"


def test_party_inside_another_name_is_no_party(nlp):
    kb = load_knowledge()
    from eventwire.actors.phrases import read_phrase

    doc = nlp("The Kurdistan Democratic Party said on Monday it would attend.")
    head = next(t for t in doc if t.text == "Party")
    assert read_phrase(head, kb).party is None


def test_state_attorney_general_is_the_government(nlp):
    text = ("Vermont's attorney general, Delia Moorcroft, sued the company on Monday. The "
            "United States Senate did not comment.")
    assert run(nlp, text)["Delia Moorcroft"] == "USAGOV"


def test_state_that_acts_is_the_government(nlp):
    text = "Oregon sued the federal agency on Monday over the new water rules in the United States."
    assert run(nlp, text)["Oregon"] == "USAGOV"


def test_officer_of_a_rights_group_takes_its_sector(nlp):
    text = "NAACP President Corwin Ashby said on Monday the law was unfair to voters."
    assert run(nlp, text)["Corwin Ashby"] == "USAHRI"


def test_director_of_the_fbi_is_police(nlp):
    text = "FBI Director Harlan Quayle told Congress on Tuesday the inquiry was closed."
    assert run(nlp, text)["Harlan Quayle"] == "USACOP"


@pytest.mark.parametrize("title", ["House Speaker", "Judiciary Committee Chairman"])
def test_legislative_titles_are_the_legislature(nlp, title):
    text = f"{title} Orrin Whitfield said the American bill would pass on Tuesday."
    assert run(nlp, text)["Orrin Whitfield"] == "USALEG"


def test_justice_ministry_is_the_judiciary(nlp):
    text = "Romania's Justice Ministry asked for the suspect's extradition on Friday."
    assert run(nlp, text)["Romanian Justice Ministry"] == "ROUJUD"


def test_indefinite_counted_people_are_new_people(nlp):
    text = ("Foreign Ministry spokesman Tobias Wendler said in Berlin that German envoy Karl "
            "Ostheim had met three Russian deputy foreign ministers.")
    found = mentions(nlp, text)
    assert not any("three Russian" in m for ms in (found["Tobias Wendler"],
                                                    found["Karl Ostheim"]) for m in ms)


def test_surname_before_the_full_name_joins_it(nlp):
    text = ("Talks failed, Okonkwo said on Sunday. Nigerian Finance Minister Chidi Okonkwo "
            "spoke after meeting Chinese officials.")
    found = mentions(nlp, text)
    assert "Okonkwo" in found["Chidi Okonkwo"]


def test_dictionary_person_found_by_full_name_as_of_the_date(nlp):
    # PETRARCH-2 gives Jack Lew a US government role from 2010-07-13
    text = "Jack Lew met Chinese officials in Beijing on Tuesday."
    assert run(nlp, text, published="2014-05-06")["Jack Lew"] == "USAGOV"


def test_dictionary_surname_alone_names_nobody():
    kb = load_knowledge()
    assert kb.find_person("Jack Lew", "2014-05-06") is not None
    assert "lew" not in kb.surnames


def test_dictionary_group_gives_country_and_sector(nlp):
    text = "The Sudan People's Liberation Army said it had taken the town on Monday."
    codes = run(nlp, text)
    assert "SDNREB" in codes.values()


def test_unqualified_government_office_is_the_datelines_country(nlp):
    text = ("OSLO 2003-05-02\n\nRussian and Ukrainian envoys met on Friday. Russia said the "
            "talks would go on. Foreign Ministry spokeswoman Ingrid Sollie said Russia had "
            "asked for the meeting, and Russian officials agreed.")
    assert run(nlp, text, published="2003-05-02")["Ingrid Sollie"] == "NORGOV"


def test_a_word_after_a_capital_that_is_no_dateline_is_ignored(nlp):
    from eventwire.actors.resolve import dateline_country

    doc = nlp("U.S. Flexes Its Muscles.\n\nChina and Japan met on Monday.")
    assert dateline_country(doc, load_knowledge()) is None


def test_office_in_apposition_gives_sector_and_party_country(nlp):
    text = ("Corliss Vane, chairman of the Republican National Committee, criticised the plan "
            "on Friday. Germany and France welcomed it.")
    assert run(nlp, text, published="2010-07-02")["Corliss Vane"] == "USAOPP"


def test_office_in_apposition_takes_its_armed_group(nlp):
    text = ("Tomas Ilunga, spokesman for the Sudan People's Liberation Army, said on Monday "
            "that the town had fallen. Kenya and Uganda called for talks.")
    assert run(nlp, text)["Tomas Ilunga"] == "SDNREB"


@pytest.mark.parametrize("words", ["rebel chief of staff", "militia leader General"])
def test_armed_group_word_before_a_state_title_is_the_group(nlp, words):
    text = f"Afghan troops met {words} Rahim Zadran near Kabul on Monday."
    assert run(nlp, text, published="1996-08-27")["Rahim Zadran"] == "AFGREB"


def test_dictionary_agent_word_gives_a_sector(nlp):
    text = "Chinese steelmakers said on Monday that exports would fall."
    assert run(nlp, text)["Chinese steelmakers"] == "CHNBUS"


@pytest.mark.parametrize("dateline", ["CAIRO 1996-08-22\n\n", "CAIRO, May 3 (Reuters) - ",
                                      "CAIRO — "])
def test_dateline_is_never_an_actor(nlp, dateline):
    text = dateline + "Egyptian police arrested three men on Thursday, officials told Reuters."
    record = eventwire.process(text, published="1996-08-22", nlp=nlp)
    named = [m["text"] for a in record["actors"] for m in a["mentions"]]
    assert "CAIRO" not in named
    assert "Reuters" not in named
    assert any("police" in m for m in named)
