"""Odd input never makes the actors component fail: it degrades to fewer or no actors."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n\n", "...", "“”", "he she they it his", "🙂 🚀 ∑∆", "A" * 500,
     "President", "The the the", "Minister of", "'s 's", "ﬁnance ministry ﬁgures"],
)
def test_odd_text(nlp, text):
    doc = nlp(text)
    assert doc._.errors is None, "no component failed"
    assert isinstance(doc._.actors, list)


def test_no_published_date_uses_today(nlp):
    doc = nlp.make_doc("Vladimir Putin spoke.")
    doc._.published = None
    doc = nlp(doc)
    assert doc._.actors[0]["code"] == "RUSGOV"


def test_bad_published_date_is_ignored(nlp):
    doc = nlp.make_doc("Vladimir Putin spoke.")
    doc._.published = "not a date"
    doc = nlp(doc)
    assert doc._.actors[0]["code"] == "RUSGOV"


def test_component_alone_in_a_blank_pipeline():
    """No parser, no NER: the component runs and finds nothing to say."""
    import spacy

    import eventwire.actors.component  # noqa: F401 - registers the factory

    nlp = spacy.blank("en")
    nlp.add_pipe("eventwire_actors")
    doc = nlp("Kenyan police fired tear gas.")
    assert doc._.errors is None and doc._.actors is not None


def test_pronoun_without_antecedent(nlp):
    doc = nlp("She said it would rain.")
    assert doc._.actors == []
