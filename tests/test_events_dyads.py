"""One event per dyad: an act told of several actors of different codes is one event for each
(source, target) pair, as event-data coders list them."""

from eventwire.events.dyads import one_per_act


def dyads(doc, root):
    return sorted((e["source_code"], e["target_code"]) for e in doc._.events
                  if e["cameo_root"] == root)


def test_a_visit_to_three_countries_is_three_visits(nlp):
    doc = nlp("The Chilean foreign minister visited Peru, Bolivia and Ecuador last week.")
    assert dyads(doc, "04") == [("CHLGOV", "BOL"), ("CHLGOV", "ECU"), ("CHLGOV", "PER")]


def test_two_signatories_each_act_towards_the_other(nlp):
    doc = nlp("Chile and Peru signed a fishing agreement on Monday.")
    assert dyads(doc, "05") == [("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")]


def test_the_ids_are_numbered_again_in_order(nlp):
    doc = nlp("The Chilean foreign minister visited Peru, Bolivia and Ecuador last week.")
    assert [e["id"] for e in doc._.events] == [f"e{n}" for n in range(1, len(doc._.events) + 1)]


def test_actors_of_one_code_stay_one_event(nlp):
    doc = nlp("Two Chilean ministers, Ana Rojas and Pablo Vera, visited Peru on Monday.")
    assert dyads(doc, "04") == [("CHLGOV", "PER")]


def test_one_event_per_act_in_a_sentence(nlp):
    doc = nlp("The Kenyan minister was expected to visit Ugandan officials in Gulu and meet "
              "Ugandan officials in Kampala next week.")
    assert [(e["cameo"], e["source_code"], e["target_code"]) for e in doc._.events] == [
        ("036", "KENGOV", "UGAGOV")]


def test_the_same_act_negated_is_another_act():
    events = [{"sentence": 0, "cameo": "040", "source_code": "KENGOV", "target_code": "UGAGOV",
               "modality": m} for m in ("asserted", "negated", "asserted")]
    assert [e["modality"] for e in one_per_act(events)] == ["asserted", "negated"]
