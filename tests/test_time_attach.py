"""Giving events their date with ``event_date``: own clause, governing clause, story day, publication."""


from eventwire.timex.attach import event_date


def span(doc, word: str):
    at = doc.text.index(word)
    return doc.char_span(at, at + len(word))


def test_date_of_the_trigger_clause(doc_of):
    doc = doc_of("The spokesman said on Monday that the army had withdrawn in December.")
    assert event_date(doc, span(doc, "said")) == ("2024-04-08", "on Monday")
    assert event_date(doc, span(doc, "withdrawn")) == ("2023-12", "in December")


def test_conjoined_verb_shares_the_date(doc_of):
    doc = doc_of("The envoy will arrive in Ankara on Friday and meet the foreign minister.")
    assert event_date(doc, span(doc, "meet")) == ("2024-04-12", "on Friday")


def test_noun_trigger_takes_its_clause_date(doc_of):
    doc = doc_of("The minister was in Rome for talks on Tuesday.")
    assert event_date(doc, span(doc, "talks")) == ("2024-04-02", "on Tuesday")


def test_sentence_date_when_the_clause_has_none(doc_of):
    doc = doc_of("Soldiers fired on protesters, the agency reported on Saturday.")
    assert event_date(doc, span(doc, "fired")) == ("2024-04-06", "on Saturday")


def test_story_day_when_the_sentence_has_none(doc_of):
    doc = doc_of("Soldiers fired on protesters. The agency reported it on Saturday.")
    assert event_date(doc, span(doc, "fired")) == ("2024-04-06", None)


def test_publication_date_when_the_article_names_no_day(doc_of):
    doc = doc_of("Soldiers fired on protesters. The agency reported it in a statement.")
    assert event_date(doc, span(doc, "fired")) == ("2024-04-08", None)


def test_no_publication_date_and_no_expression(doc_of):
    doc = doc_of("Soldiers fired on protesters.", published=None)
    assert event_date(doc, span(doc, "fired")) == (None, None)


def test_vague_attached_expression_gives_no_date_but_its_text(doc_of):
    doc = doc_of("The two governments have cooperated closely in recent years.")
    assert event_date(doc, span(doc, "cooperated")) == (None, "in recent years")


def test_empty_trigger_falls_back_to_the_story_day(doc_of):
    doc = doc_of("They met on Friday.")
    assert event_date(doc, doc[0:0]) == ("2024-04-05", None)
