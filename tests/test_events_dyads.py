"""One event per dyad: an act told of several actors of different codes is one event for each
(source, target) pair, as event-data coders list them."""


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
