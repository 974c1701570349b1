"""The seed article's actors: codes, titles and every surname, pronoun and role mention."""

from __future__ import annotations

import pytest


def _actor(record: dict, name: str) -> dict:
    found = [a for a in record["actors"] if a["name"] == name]
    assert found, f"no actor named {name!r}: {[a['name'] for a in record['actors']]}"
    return found[0]


def _texts(actor: dict) -> list[str]:
    return [m["text"] for m in actor["mentions"]]


@pytest.mark.parametrize(
    ("name", "code", "kind"),
    [
        ("Sergei Lavrov", "RUSGOV", "person"),
        ("Wang Yi", "CHNGOV", "person"),
        ("Mao Ning", "CHNGOV", "person"),
        ("Antony Blinken", "USAGOV", "person"),
        ("Janet Yellen", "USAGOV", "person"),
        ("Xi Jinping", "CHNGOV", "person"),
        ("Russia", "RUS", "country"),
        ("China", "CHN", "country"),
        ("Ukraine", "UKR", "country"),
    ],
)
def test_seed_actor_codes(seed_record, name, code, kind):
    actor = _actor(seed_record, name)
    assert actor["code"] == code
    assert actor["kind"] == kind


def test_lavrov_has_title_surname_and_pronouns(seed_record):
    lavrov = _actor(seed_record, "Sergei Lavrov")
    assert lavrov["title"] == "Foreign Minister"
    texts = _texts(lavrov)
    assert texts.count("Lavrov") == 2
    assert "He" in texts and texts.count("his") == 2


def test_mao_ning_has_surname_and_she(seed_record):
    mao = _actor(seed_record, "Mao Ning")
    assert "Mao" in _texts(mao)
    assert _texts(mao).count("she") == 2
    assert "spokesperson" in mao["title"]


def test_yellen_she_said(seed_record):
    assert "she" in _texts(_actor(seed_record, "Janet Yellen"))


def test_beijing_acting_is_chinese_government(seed_record):
    text = seed_record["text"]
    at = text.index("Beijing insists")
    owners = [a for a in seed_record["actors"]
              if any(m["start"] == at for m in a["mentions"])]
    assert [a["code"] for a in owners] == ["CHNGOV"]


def test_moscow_foreign_ministry_and_the_ministry(seed_record):
    ministry = _actor(seed_record, "Russian Foreign Ministry")
    assert ministry["code"] == "RUSGOV"
    assert "Moscow's Foreign Ministry" in _texts(ministry)
    assert _texts(ministry).count("ministry") >= 2  # "his ministry", "the ministry" ...


def test_the_two_men_are_lavrov_and_wang(seed_record):
    holders = [a["name"] for a in seed_record["actors"] if "two men" in _texts(a)]
    assert sorted(holders) == ["Sergei Lavrov", "Wang Yi"]


def test_western_nations_are_wst(seed_record):
    assert _actor(seed_record, "Western nations")["code"] == "WST"


def test_mentions_sorted_and_point_into_text(seed_record):
    text = seed_record["text"]
    for actor in seed_record["actors"]:
        starts = [m["start"] for m in actor["mentions"]]
        assert starts == sorted(starts)
        for m in actor["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]


def test_actor_ids_are_sequential(seed_record):
    ids = [a["id"] for a in seed_record["actors"]]
    assert ids[:3] == ["a1", "a2", "a3"]
    assert len(set(ids)) == len(ids)


def test_actor_at_finds_every_mention(seed_record, nlp):
    from eventwire.actors.lookup import actor_at

    doc = nlp.make_doc(seed_record["text"])
    doc._.published = "2024-04-08"
    doc = nlp(doc)
    for actor in doc._.actors:
        for m in actor["mentions"]:
            assert actor_at(doc, m["start"], m["end"]) is not None
