"""The trained event filter: ships in the package, drops what a coder would not record, can be
switched off. Sentences are invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import eventwire
from eventwire.events import event_filter
from eventwire.events.explain import explain

PUBLISHED = "2026-05-06"
HABITUAL = "The firm gives its customers free advice."
WISH = "The government wants to help first-time buyers."
NEWS = "Kenya's president urged Uganda on Thursday to withdraw its troops."


@pytest.fixture(scope="module")
def filtered():
    """The full pipeline with the event filter on at the model's own threshold."""
    return eventwire.load(config={"eventwire_events": {"event_filter": True,
                                                       "filter_threshold": None}})


@pytest.fixture(scope="module")
def unfiltered():
    """The full pipeline with the event filter switched off."""
    return eventwire.load(config={"eventwire_events": {"event_filter": False}})


def run(nlp, text: str):
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    return nlp(doc)


def test_model_ships_inside_the_package():
    package = Path(eventwire.__file__).parent
    assert event_filter.MODEL_DIR.is_relative_to(package)
    assert (event_filter.MODEL_DIR / "textcat" / "model").exists()


def test_model_loads_offline_with_keep_and_drop_labels():
    model = event_filter.load_model()
    assert set(model.get_pipe("textcat").labels) == {"KEEP", "DROP"}


def test_the_default_pipeline_filters_only_what_it_is_near_sure_of():
    coder = eventwire.load(components=["eventwire_events"]).get_pipe("eventwire_events")
    assert coder.filter_model is not None
    assert coder.filter_threshold == event_filter.SURE_DROP < event_filter.default_threshold(
        event_filter.load_model())


def test_the_default_pipeline_drops_a_habitual_description_and_keeps_news():
    nlp = eventwire.load(components=["eventwire_events"])
    assert run(nlp, HABITUAL)._.events == []
    assert [e["cameo"][:2] for e in run(nlp, NEWS)._.events] == ["02"]


def test_model_carries_its_cross_validated_threshold():
    threshold = event_filter.default_threshold(event_filter.load_model())
    assert 0.0 < threshold < 1.0


def test_a_habitual_description_is_dropped(filtered):
    assert run(filtered, HABITUAL)._.events == []


def test_a_wish_is_dropped(filtered):
    assert run(filtered, WISH)._.events == []


def test_a_dated_appeal_is_kept(filtered):
    events = run(filtered, NEWS)._.events
    assert [e["cameo"][:2] for e in events] == ["02"]


def test_dropped_events_keep_their_score(filtered):
    dropped = run(filtered, HABITUAL)._.ew_events_filtered
    assert dropped and all(0.0 <= e["filter_score"] < 0.5 for e in dropped)


def test_off_switch_keeps_every_event(unfiltered):
    doc = run(unfiltered, HABITUAL)
    assert [e["trigger"]["text"] for e in doc._.events] == ["gives"]
    assert doc._.ew_events_filtered == []


def test_threshold_zero_keeps_every_event():
    nlp = eventwire.load(components=["eventwire_events"],
                         config={"eventwire_events": {"event_filter": True,
                                                      "filter_threshold": 0.0}})
    assert run(nlp, WISH)._.events


def test_explain_says_the_filter_dropped_an_event(filtered):
    assert "dropped by the event filter" in explain(run(filtered, HABITUAL))


def test_kept_events_are_numbered_again(filtered):
    doc = run(filtered, HABITUAL + " " + NEWS)
    assert [e["id"] for e in doc._.events] == ["e1"]


def test_a_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(event_filter.FilterError, match="could not be loaded"):
        event_filter.load_model(str(tmp_path / "nowhere"))
