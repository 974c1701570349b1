"""The cue lexicon data file: its header, its sections, and single entries doing their job."""

from importlib import resources

from eventwire.quotes.lexicon import lexicon


def test_data_file_says_where_its_facts_come_from():
    text = resources.files("eventwire.quotes").joinpath("data/cues.yaml").read_text("utf-8")
    assert text.startswith("#")
    assert "Where these facts come from" in text


def test_reporting_verb_entry():
    assert lexicon().is_cue_verb("say")
    assert lexicon().is_cue_verb("Insist")


def test_belief_verb_is_not_a_reporting_verb():
    assert not lexicon().is_cue_verb("believe")
    assert lexicon().is_any_verb("believe")


def test_according_to_is_a_phrase():
    assert ("according", "to") in lexicon().phrases


def test_prepositions_read_as_words_not_booleans():
    assert lexicon().preps_for("call") == {"for", "on"}


def test_document_and_audience_entries():
    assert "statement" in lexicon().documents
    assert "reporters" in lexicon().audiences
    assert "tell" in lexicon().addressee_verbs
    assert "criticize" in lexicon().stance_verbs
    assert "vow" in lexicon().intention_verbs
