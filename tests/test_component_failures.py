"""A component that fails on an article is visible: logged with the article's id, noted in the
record's ``coder.errors``, reported by the command line; its own list stays empty and the
article goes on. The failure here is real: a user's component upstream writes places that lack
their mentions, and the events stage, reading places, cannot use them."""

import logging

import pytest
from spacy.language import Language

import eventwire
from eventwire.commands.common import component_failures
from eventwire.pipeline import process

TEXT = "Russian troops shelled Kharkiv on Monday."


@Language.component("test_places_without_mentions")
def places_without_mentions(doc):
    doc._.places = [{"id": "p1", "name": "Kharkiv", "country": "UKR"}]
    return doc


@pytest.fixture(scope="module")
def broken_nlp():
    nlp = eventwire.load()
    nlp.add_pipe("test_places_without_mentions", after="eventwire_places")
    return nlp


@pytest.fixture(scope="module")
def record(broken_nlp):
    return process(TEXT, nlp=broken_nlp, url="https://example.org/kharkiv")


def test_the_failing_component_is_noted_and_leaves_its_list_empty(record):
    assert [e["component"] for e in record["coder"]["errors"]] == ["eventwire_events"]
    assert record["coder"]["errors"][0]["error"].startswith("KeyError")
    assert record["events"] == []


def test_the_other_components_still_write_their_parts(record):
    assert record["actors"] and record["times"]


def test_coder_errors_are_part_of_the_record_schema(record):
    eventwire.validate({**record, "places": []})  # the upstream places are the broken part


def test_the_failure_is_logged_with_the_article_id(broken_nlp, caplog):
    with caplog.at_level(logging.ERROR, logger="eventwire.failures"):
        record = process(TEXT, nlp=broken_nlp, url="https://example.org/kharkiv")
    (message,) = [r.getMessage() for r in caplog.records]
    assert message.startswith(f"eventwire_events failed on article {record['id']} "
                              "(https://example.org/kharkiv): KeyError")


def test_the_command_line_reports_it_in_one_line_naming_the_article(record):
    (line,) = component_failures(record)
    assert line.startswith(f"https://example.org/kharkiv (record {record['id']}): "
                           "eventwire_events failed (KeyError")


def test_a_record_without_failures_has_no_errors_field(process):
    assert "errors" not in process(TEXT)["coder"]
