"""Coreference within an article: pronouns by gender and recency, surnames, role phrases."""

from __future__ import annotations


def mentions(record: dict, name: str) -> list[str]:
    for actor in record["actors"]:
        if actor["name"] == name:
            return [m["text"] for m in actor["mentions"]]
    raise AssertionError(f"no actor {name!r} in {[a['name'] for a in record['actors']]}")


TWO_PEOPLE = (
    "Indian Finance Minister Nirmala Sitharaman met Turkish Foreign Minister Hakan Fidan in "
    "Delhi on Tuesday. She said the talks had been useful. He said his country wanted more "
    "trade. Sitharaman added that her ministry would publish the figures."
)


def test_pronouns_follow_gender_across_sentences(process):
    record = process(TWO_PEOPLE, published="2024-03-01")
    assert mentions(record, "Nirmala Sitharaman").count("She") == 1
    assert "her" in mentions(record, "Nirmala Sitharaman")
    assert "He" in mentions(record, "Hakan Fidan")
    assert "his" in mentions(record, "Hakan Fidan")


def test_surname_joins_full_name(process):
    record = process(TWO_PEOPLE, published="2024-03-01")
    assert "Sitharaman" in mentions(record, "Nirmala Sitharaman")


def test_gender_learned_from_text_for_unknown_people(process):
    text = ("Local councillor Amara Okafor opened the clinic. Okafor said she was proud. "
            "Engineer Tomas Berg arrived later.")
    record = process(text)
    assert "she" in mentions(record, "Amara Okafor")


def test_role_phrase_points_to_earlier_person(process):
    text = ("Danish Foreign Minister Lars Lokke Rasmussen visited Riga. "
            "The minister met students there.")
    record = process(text)
    assert "minister" in " ".join(mentions(record, "Lars Lokke Rasmussen")).lower().split()[-1:]


def test_role_phrase_points_to_earlier_institution(process):
    text = ("The Japanese Foreign Ministry issued a protest. The ministry said it expected an "
            "answer within a week.")
    record = process(text)
    ministry = [a for a in record["actors"] if a["code"] == "JPNGOV"]
    assert len(ministry) == 1
    assert [m["text"] for m in ministry[0]["mentions"]][:2] == ["Japanese Foreign Ministry",
                                                                 "ministry"]


def test_their_after_conjoined_countries(process):
    text = "Chile and Peru have deepened ties, using their ports as a bridge."
    record = process(text)
    assert "their" in mentions(record, "Chile") and "their" in mentions(record, "Peru")


def test_it_reported_by_capital(process):
    record = process("Ottawa insists it is a neutral party.")
    ottawa = [a for a in record["actors"] if a["code"] == "CANGOV"]
    assert [m["text"] for m in ottawa[0]["mentions"]] == ["Ottawa", "it"]


def test_the_two_women(process):
    text = ("Mexican President Claudia Sheinbaum spoke with Italian Prime Minister Giorgia "
            "Meloni. The two women agreed to meet in June.")
    record = process(text, published="2025-02-01")
    assert "two women" in mentions(record, "Claudia Sheinbaum")
    assert "two women" in mentions(record, "Giorgia Meloni")


def test_relative_pronoun_joins_its_antecedent(process):
    text = "Canadian Foreign Minister Anita Anand, who is visiting Seoul, said the talks went well."
    record = process(text, published="2025-09-01")
    assert "who" in mentions(record, "Anita Anand")


def test_pronoun_outside_a_quotation_does_not_point_into_it(process):
    text = ('Prime Minister Avi Tamir spoke to reporters on Sunday. "President Osei has said '
            'that he wants peace," he said.')
    record = process(text, published="2012-09-20")
    tamir = next(a for a in record["actors"] if a["name"] == "Avi Tamir")
    assert [m["text"] for m in tamir["mentions"]][-1] == "he"
