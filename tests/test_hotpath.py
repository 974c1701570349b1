"""Hot-path shortcuts give the same answers as the slow ways they replace."""

from eventwire.actors.phrases import names_within
from eventwire.timex.attach import event_date

TEXT = ("President Maria Okafor of Nigeria met Prime Minister Jan de Vries in Abuja on Monday, "
        "and Okafor said the talks with the Dutch delegation went well.")


def test_names_within_equals_person_entities_of_every_span(nlp):
    doc = nlp(TEXT)
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            span = doc[start:end]
            expected = [(e.start, e.end) for e in span.ents if e.label_ == "PERSON"]
            assert [(n.start, n.end) for n in names_within(span)] == expected


def test_event_date_follows_a_replaced_times_list(nlp):
    doc = nlp("The envoy met the minister on Monday.")
    trigger = doc.char_span(doc.text.index("met"), doc.text.index("met") + 3)
    assert event_date(doc, trigger)[1] == "on Monday"
    doc._.times = []  # a Doc's date expressions replaced after a first question
    assert event_date(doc, trigger) == (doc._.published, None)
