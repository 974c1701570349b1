"""The pattern lexicon: every entry valid, every root covered, mistakes reported by name."""

import pytest

from eventwire.events import lexicon, ontology


def test_lexicon_loads_and_ids_are_unique():
    lex = lexicon.load()
    assert len(lex) > 300
    assert len({e.id for e in lex.entries}) == len(lex)


def test_every_cameo_root_has_verbs_and_the_codes_exist():
    lex = lexicon.load()
    coded = [e for e in lex.entries if e.code != lexicon.NO_EVENT]
    roots = {e.code[:2] for e in coded if e.kind == "verb"}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    assert all(ontology.is_code(e.code) for e in coded)


def test_a_sense_that_is_no_event_is_marked_none_and_nothing_else():
    assert lexicon.parse_entry({"id": "x", "verb": "ask", "code": "none"}, "t").code == "none"
    with pytest.raises(lexicon.LexiconError):
        lexicon.parse_entry({"id": "x", "verb": "ask", "code": "nothing"}, "t")


@pytest.mark.parametrize("noun", ["visit", "talk", "invasion", "sanction", "strike", "protest",
                                  "ceasefire", "aid"])
def test_issue_event_nouns_are_covered(noun):
    assert lexicon.load().candidates("noun", noun)


def test_multiword_verb_takes_its_particle():
    e = lexicon.parse_entry({"id": "x", "verb": "pull out", "code": "0874"}, "test")
    assert (e.lemma, e.particle) == ("pull", "out")


def test_specificity_counts_conditions():
    plain = lexicon.parse_entry({"id": "a", "verb": "call", "code": "041"}, "t")
    on = lexicon.parse_entry({"id": "b", "verb": "call", "prep": "on", "code": "020"}, "t")
    assert on.specificity > plain.specificity


@pytest.mark.parametrize("raw,message", [
    ({"verb": "meet", "code": "040"}, "without id"),
    ({"id": "x", "verb": "meet", "code": "999"}, "unknown CAMEO code"),
    ({"id": "x", "code": "040"}, "exactly one of verb, noun or adj"),
    ({"id": "x", "verb": "meet", "code": "040", "frame": "wish"}, "unknown frame"),
    ({"id": "x", "verb": "meet", "code": "040", "target": "elsewhere"}, "unknown argument slot"),
    ({"id": "x", "verb": "meet", "code": "040", "colour": "red"}, "unknown key"),
])
def test_bad_entries_name_the_problem(raw, message):
    with pytest.raises(lexicon.LexiconError, match=message):
        lexicon.parse_entry(raw, "my.yaml entry 1")


def test_bad_yaml_names_the_file():
    with pytest.raises(lexicon.LexiconError, match="extra.yaml"):
        lexicon.read_entries("extra.yaml", "- {id: a, verb: [")


def test_duplicate_ids_rejected():
    e = lexicon.parse_entry({"id": "a", "verb": "meet", "code": "040"}, "t")
    with pytest.raises(lexicon.LexiconError, match="duplicate"):
        lexicon.Lexicon([e, e])


def test_frame_maps_point_to_real_codes():
    f = lexicon.frames()
    for frame in ("intent", "appeal", "demand", "reject", "threaten"):
        assert all(ontology.is_code(v) for v in f[frame].values()), frame
