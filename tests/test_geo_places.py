"""Place mentions and their resolution, through the real pipeline (session fixture ``nlp``)."""

from __future__ import annotations

import pytest


def _places(nlp, text: str) -> list[dict]:
    return nlp(text)._.places


def _named(places: list[dict], text: str) -> dict:
    for place in places:
        if any(m["text"] == text for m in place["mentions"]):
            return place
    raise AssertionError(f"no place mentioned as {text!r} in {places}")


# -- the seed article ---------------------------------------------------------------------------

def test_seed_beijing_is_the_chinese_capital(seed_record):
    beijing = _named(seed_record["places"], "Beijing")
    assert beijing["country"] == "CHN"
    assert beijing["feature"] == "city"
    assert abs(beijing["lat"] - 39.9) < 0.1 and abs(beijing["lon"] - 116.4) < 0.1


def test_seed_beijing_is_one_place_with_all_its_mentions(seed_record):
    text = seed_record["text"]
    beijing = _named(seed_record["places"], "Beijing")
    assert len(beijing["mentions"]) == text.count("Beijing")
    for m in beijing["mentions"]:
        assert text[m["start"]:m["end"]] == "Beijing"


def test_seed_brussels(seed_record):
    brussels = _named(seed_record["places"], "Brussels")
    assert brussels["country"] == "BEL"
    assert abs(brussels["lat"] - 50.85) < 0.1 and abs(brussels["lon"] - 4.35) < 0.1


def test_seed_countries_are_places(seed_record):
    for name, code in (("China", "CHN"), ("Russia", "RUS"), ("Ukraine", "UKR")):
        place = _named(seed_record["places"], name)
        assert place["feature"] == "country" and place["country"] == code


def test_seed_place_ids_are_sequential(seed_record):
    ids = [p["id"] for p in seed_record["places"]]
    assert ids == [f"p{i}" for i in range(1, len(ids) + 1)]


def test_seed_names_of_people_are_not_places(seed_record):
    texts = {m["text"] for p in seed_record["places"] for m in p["mentions"]}
    people = [a["name"] for a in seed_record["actors"] if a.get("kind") == "person"]
    assert people  # the seed quotes several officials by name
    names = {part for name in people for part in [name, *name.split()]}
    assert not texts & names


# -- ambiguous names ------------------------------------------------------------------------------

def test_qualifier_picks_the_small_town(nlp):
    paris = _named(_places(nlp, "She grew up in Paris, Texas, before moving away."), "Paris")
    assert paris["country"] == "USA" and paris["admin1"] == "Texas"


def test_without_context_the_big_city_wins(nlp):
    paris = _named(_places(nlp, "The talks were held in Paris on Friday."), "Paris")
    assert paris["country"] == "FRA"


def test_state_abbreviation_qualifies(nlp):
    city = _named(_places(nlp, "The plant in Springfield, Ill., will close."), "Springfield")
    assert city["admin1"] == "Illinois"


def test_repeated_name_keeps_its_first_reading(nlp):
    places = _places(nlp, "He was born in Paris, Texas. Paris has a small airport.")
    paris = [p for p in places if p["name"] == "Paris"]
    assert len(paris) == 1 and paris[0]["country"] == "USA"
    assert len(paris[0]["mentions"]) == 2


def test_georgia_the_state_among_us_places(nlp):
    text = "Storms moved from Alabama into Georgia, and Atlanta lost power."
    assert _named(_places(nlp, text), "Georgia")["feature"] == "admin1"


def test_georgia_the_country_among_caucasus_places(nlp):
    text = "Troops left Georgia and returned to Russia, officials in Tbilisi said."
    georgia = _named(_places(nlp, text), "Georgia")
    assert georgia["feature"] == "country" and georgia["country"] == "GEO"


def test_region_word_makes_a_region(nlp):
    places = _places(nlp, "Shelling hit the Kharkiv region overnight.")
    assert _named(places, "Kharkiv")["feature"] == "admin1"


def test_city_name_alone_is_the_city(nlp):
    text = "Two died in Kharkiv, officials in Kyiv said."
    assert _named(_places(nlp, text), "Kharkiv")["feature"] == "city"


def test_local_context_beats_population(nlp):
    text = ("Deputies from Rapides Parish arrested two men in Alexandria on Tuesday. "
            "Alexandria police assisted.")
    alexandria = _named(_places(nlp, text), "Alexandria")
    assert alexandria["country"] == "USA" and alexandria["admin1"] == "Louisiana"


def test_dateline_gives_the_country(nlp):
    text = "KYIV, Ukraine (AP) — Officials met in Lviv on Tuesday."
    places = _places(nlp, text)
    assert _named(places, "KYIV")["country"] == "UKR"
    assert _named(places, "Lviv")["country"] == "UKR"


# -- mentions the model gets wrong ----------------------------------------------------------------

def test_city_tagged_as_person_is_still_a_place(nlp):
    doc = nlp("Aid arrived in Mykolaiv by truck.")
    assert [e.label_ for e in doc.ents if e.text == "Mykolaiv"] == ["PERSON"]  # the model's error
    assert _named(doc._.places, "Mykolaiv")["country"] == "UKR"


def test_untagged_city_after_a_motion_verb(nlp):
    assert _named(_places(nlp, "The convoy reached Kramatorsk late."), "Kramatorsk")


def test_person_with_a_town_name_is_not_a_place(nlp):
    places = _places(nlp, "Senator Jackson said the bill would pass.")
    assert not places


def test_name_inside_a_longer_name_is_not_a_place(nlp):
    places = _places(nlp, "Sergio Paris scored twice for the visitors.")
    assert not any(p["name"] == "Paris" for p in places)


def test_ordinary_capitalised_word_at_sentence_start_is_not_a_place(nlp):
    assert not _places(nlp, "Mobile phones were banned. March was cold.")


# -- odd input --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "   ", "\n\n", "\u200b\u2060", "ÆØÅ ☃ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "in , in"])
def test_odd_input_gives_a_list(nlp, text):
    doc = nlp(text)
    assert doc._.errors is None, "no component failed"
    assert isinstance(doc._.places, list)


def test_record_places_validate(seed_record):
    import eventwire

    eventwire.validate(seed_record)


def test_capital_name_alone_is_the_capital(nlp):
    washington = _named(_places(nlp, "Officials in Washington said the talks failed."),
                        "Washington")
    assert washington["feature"] == "city" and washington["country"] == "USA"
    assert abs(washington["lat"] - 38.9) < 0.2


def test_capital_name_among_regions_is_the_region(nlp):
    places = _places(nlp, "Wildfires spread across Washington and Oregon.")
    assert _named(places, "Washington")["feature"] == "admin1"


def test_region_smaller_than_a_city_of_its_name_gives_way(nlp):
    gaza = _named(_places(nlp, "Troops moved toward Gaza, officials said."), "Gaza")
    assert gaza["feature"] == "city" and gaza["country"] == "PSE"


def test_places_component_in_a_users_own_pipeline():
    import spacy

    import eventwire.geo.component  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("eventwire_places")
    assert nlp("No entities here without a model.")._.places == []


def test_blank_pipeline_finds_names_by_context():
    import spacy

    import eventwire.geo.component  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("eventwire_places")
    places = nlp("The convoy went to Kramatorsk, Ukraine.")._.places
    assert [p["name"] for p in places] == ["Kramatorsk", "Ukraine"]
    assert places[0]["admin1"] == "Donetsk"


def test_names_near_each_other_pull_together(nlp):
    # Neither name says its state; together they point at the one state holding both.
    places = _places(nlp, "Deputies from Lamar County joined firefighters in Paris on Sunday.")
    paris = _named(places, "Paris")
    assert (paris["country"], paris["admin1"]) == ("USA", "Texas")


def test_state_named_like_its_big_city_is_the_state(nlp):
    places = _places(nlp, "Lawmakers in New York passed the budget on Friday.")
    assert _named(places, "New York")["feature"] == "admin1"


def test_city_named_in_full_is_the_city(nlp):
    places = _places(nlp, "Lawmakers in New York City passed the budget on Friday.")
    assert _named(places, "New York City")["feature"] == "city"
