"""The record: schema, ids, offsets, and the JSON Schema shipped with the package."""

import copy

import pytest

import eventwire
from eventwire.record import RecordError, json_schema, record_id

EXAMPLE = "examples/nairobi-talks.txt"


def test_record_has_every_article_field(process):
    record = process("Kenya's president met Ethiopia's prime minister in Nairobi on Tuesday.")
    for field in ("schema", "id", "source", "title", "published", "language", "text", "removed",
                  "sentences", "actors", "quotes", "places", "times", "events", "coder"):
        assert field in record
    assert record["schema"] == "eventwire/1"
    assert record["language"] == "en"
    assert record["coder"]["name"] == "eventwire"
    assert record["coder"]["model"].startswith("en_core_web_sm")
    eventwire.validate(record)


def test_id_is_the_hash_of_the_clean_text(process):
    a = process("Parliament passed the budget on Friday.")
    b = process("Parliament passed the budget on Friday.", published="2020-01-01")
    assert a["id"] == b["id"] == record_id(a["text"])
    assert len(a["id"]) == 16


def test_sentences_index_the_text(process):
    record = process("The army withdrew. Rebels took the town. Talks begin next week.")
    spans = [record["text"][s["start"]:s["end"]] for s in record["sentences"]]
    assert spans == ["The army withdrew.", "Rebels took the town.", "Talks begin next week."]


def test_empty_text_gives_a_valid_record(process):
    record = process("")
    eventwire.validate(record)
    assert record["text"] == "" and record["events"] == []
    assert "errors" not in record["coder"], "no component failed"


def test_seed_gives_a_valid_record(seed_record):
    eventwire.validate(seed_record)
    assert seed_record["published"] == "2024-04-08"


def test_example_article_gives_a_valid_record(process):
    with open(EXAMPLE, encoding="utf-8") as f:
        record = process(f.read(), published=None)
    eventwire.validate(record)


def test_validate_names_the_bad_field(process):
    record = copy.deepcopy(process("Police arrested two men."))
    record["sentences"][0]["start"] = "zero"
    with pytest.raises(RecordError, match="sentences/0/start"):
        eventwire.validate(record)


def test_validate_catches_offsets_that_do_not_match(process):
    record = copy.deepcopy(process("Police arrested two men."))
    record["actors"] = [{"id": "a1", "name": "Police", "kind": "group", "country": None,
                         "sector": "COP", "code": "---COP", "title": None, "wikidata": None,
                         "mentions": [{"start": 0, "end": 6, "text": "Rebels"}]}]
    with pytest.raises(RecordError, match="actors/0/mentions/0"):
        eventwire.validate(record)


def test_schema_file_ships_with_the_package():
    schema = json_schema()
    assert schema["properties"]["schema"]["const"] == "eventwire/1"
