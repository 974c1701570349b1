"""An event's place: the location phrase on its trigger, else a visit's destination, else none."""

from __future__ import annotations

from eventwire.geo.attach import event_place


def _place_of(nlp, text: str, trigger: str) -> str | None:
    doc = nlp(text)
    start = text.index(trigger)
    span = doc.char_span(start, start + len(trigger), alignment_mode="expand")
    pid = event_place(doc, span)
    names = {p["id"]: p["name"] for p in doc._.places}
    return names.get(pid) if pid else None


def test_locative_phrase_on_the_trigger(nlp):
    assert _place_of(nlp, "The ministers met in Geneva on Friday.", "met") == "Geneva"


def test_visit_destination_as_object(nlp):
    assert _place_of(nlp, "The envoy visited Nairobi last month.", "visited") == "Nairobi"


def test_visit_destination_as_noun_phrase(nlp):
    text = "The chancellor is on a visit to Japan, her office said."
    assert _place_of(nlp, text, "visit") == "Japan"


def test_conjoined_verb_shares_the_location(nlp):
    text = "She will spend three days in Jakarta and meet the president."
    assert _place_of(nlp, text, "meet") == "Jakarta"


def test_reporting_verb_with_a_place_of_its_own(nlp):
    text = "The spokesman told reporters in Ankara that Syria must withdraw."
    assert _place_of(nlp, text, "told") == "Ankara"


def test_place_named_in_the_sentence_is_not_the_event_place(nlp):
    text = "Officials said Canada would raise tariffs."
    assert _place_of(nlp, text, "said") is None


def test_origin_is_not_the_place(nlp):
    text = "The minister flew home from Lima and resigned."
    assert _place_of(nlp, text, "resigned") is None


def test_no_places_no_place(nlp):
    assert _place_of(nlp, "He resigned on Monday.", "resigned") is None


def test_seed_touchdown_in_beijing(nlp, seed_text):
    text = " ".join(seed_text.split())
    assert _place_of(nlp, text, "touched down") == "Beijing"


def test_seed_events_carry_places(seed_record):
    events = seed_record["events"]
    if not events:
        import pytest

        pytest.skip("the events coder produced no events yet")
    ids = {p["id"] for p in seed_record["places"]}
    assert any(e["place"] in ids for e in events)
    assert all(e["place"] is None or e["place"] in ids for e in events)


def test_empty_trigger_has_no_place(nlp):
    doc = nlp("The ministers met in Geneva.")
    assert event_place(doc, doc[0:0]) is None


def test_token_places_are_computed_once_per_doc(nlp):
    from eventwire.geo.attach import token_places

    doc = nlp("The ministers met in Geneva and later flew to Oslo.")
    assert token_places(doc) is token_places(doc)


def test_token_places_follow_replaced_places(nlp):
    from eventwire.geo.attach import token_places

    doc = nlp("The ministers met in Geneva on Friday.")
    assert token_places(doc)
    doc._.places = []
    assert token_places(doc) == {}
