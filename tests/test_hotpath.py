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


def test_covering_entity_equals_the_first_overlapping_entity(nlp):
    from eventwire.geo.mentions import _covering_entity

    doc = nlp(TEXT)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 4) + 1):
            expected = next((e for e in doc.ents if e.start < end and start < e.end), None)
            got = _covering_entity(doc, start, end)
            if expected is None:
                assert got is None
            else:
                assert (got.start, got.end, got.label_) == (
                    expected.start, expected.end, expected.label_)


def test_doc_text_is_the_text_of_the_doc(nlp):
    from eventwire.spans import doc_text

    doc = nlp(TEXT)
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # built once


def test_actor_at_sees_an_actor_added_after_a_first_question(nlp):
    from eventwire.actors import actor_at

    doc = nlp(TEXT)
    word = doc[[t.text for t in doc].index("Monday")]
    start, end = word.idx, word.idx + len(word)
    assert actor_at(doc, start, end) is None
    doc._.actors.append({"id": "a99", "name": "Monday", "mentions": [
        {"start": start, "end": end, "text": "Monday"}]})
    assert actor_at(doc, start, end) == "a99"


def test_a_processed_doc_is_freed_once_dropped(nlp):
    """No per-Doc cache may keep a Doc alive: a worker's memory must stay flat over a stream."""
    import gc
    import weakref

    from eventwire.article import Article
    from eventwire.pipeline import finish, prepare

    prepared = prepare(Article(text=TEXT + " The talks will resume on Friday.",
                               published="2024-04-08"), nlp)
    docs = list(nlp.pipe(prepared.docs))
    record = finish(prepared, docs)
    assert record["events"]  # the coder asked for dates, places and actors of this Doc
    refs = [weakref.ref(d) for d in docs]
    del docs, prepared
    gc.collect()
    assert all(r() is None for r in refs)
