"""Passages shared word for word: reports of one occurrence repeat its words (the statement
quoted, the official's line), stories of other developments about the same people do not, and two
articles that share too few passages need more evidence to be one occurrence."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from eventwire.incidents.candidates import passages_column, with_passages, word_set
from eventwire.incidents.passages import missing_passages, passages
from eventwire.incidents.rule import article_similarity, evidence_needed, linked_pairs
from eventwire.incidents.settings import settings
from eventwire.incidents.signature import ArticleSignature, EventSignature
from eventwire.incidents.words import content_words
from eventwire.store import open_store

NAMES = "Mayor Tomas Ellery"

# Two outlets report the mayor's harbour speech; both quote the same line of it.
SPEECH_A = (
    "Mayor Tomas Ellery told dock workers on Thursday that \"the north quay will reopen before the"
    " herring season\" and promised new cranes for the harbour."
)
SPEECH_B = (
    "Speaking at the docks, Ellery said the north quay will reopen before the herring season,"
    " adding that the council had ordered two cranes."
)
# A story of the same days about the same mayor: his council's budget vote.
BUDGET = (
    "The city council approved Mayor Tomas Ellery's budget on Thursday after a long debate over"
    " library hours and snow clearing on the ring road."
)


def article(aid: str, title: str, text: str, published: str = "2031-10-09") -> ArticleSignature:
    return ArticleSignature(aid, published, None, content_words(title), content_words(text),
                            content_words(NAMES), passages(text))


def said(aid: str, clause: str) -> EventSignature:
    return EventSignature(
        uid=f"{aid}:e1", article_id=aid, seq=0, family="01", day="2031-10-09", precision="undated",
        source_country="IRL", target_country=None, source_sector="GOV", target_sector=None,
        lat=None, lon=None, words=content_words(clause), numbers=(), cameo="010",
    )


def test_two_reports_quoting_one_statement_share_passages():
    shared = passages(SPEECH_A) & passages(SPEECH_B)
    assert len(shared) >= settings().passages_min


def test_a_story_of_another_development_about_the_same_people_shares_none():
    assert not passages(SPEECH_A) & passages(BUDGET)


def test_runs_of_stop_words_are_no_passages():
    assert passages("one of the most of all of them in the") == frozenset()


def test_passages_ignore_case_and_punctuation():
    assert passages('The North Quay, will "reopen" soon!') == passages("the north quay will reopen soon")


def test_passages_are_the_same_on_every_run():
    assert passages(SPEECH_A) == passages(SPEECH_A)
    assert all(len(p) == 8 for p in passages(SPEECH_A))  # a CRC-32 in hex, not Python's hash()


def test_each_missing_shared_passage_asks_for_more_evidence():
    s = settings()
    a, b, other = article("a", "", SPEECH_A), article("b", "", SPEECH_B), article("c", "", BUDGET)
    assert evidence_needed(a, b, True) == s.evidence_min
    assert evidence_needed(a, other, True) == s.evidence_min + s.passages_min * (
        s.evidence_per_missing_passage)


def test_unknown_passages_ask_for_nothing_more():
    a = article("a", "", SPEECH_A)
    unknown = replace(article("c", "", BUDGET), passages=None)
    assert missing_passages(a.passages, unknown.passages) == 0
    assert evidence_needed(a, unknown, True) == settings().evidence_min


def test_articles_alike_in_passing_are_one_occurrence_only_when_they_repeat_its_words():
    a, b = article("a", "", SPEECH_A), article("b", "", SPEECH_B)
    ev_a, ev_b = said("a", "Ellery said the quay would reopen"), said("b", "the quay reopens, Ellery said")
    in_passing = 0.26  # article similarity: alike, but not close throughout
    assert linked_pairs([ev_a], [ev_b], a, b, in_passing) == [(0, 0)]
    nothing_repeated = replace(b, passages=passages(BUDGET))
    assert linked_pairs([ev_a], [ev_b], a, nothing_repeated, in_passing) == []


def test_linked_pairs_stay_symmetric_with_passages():
    title = "Ellery promises quay and cranes"
    a, b = article("a", title, SPEECH_A), article("b", title, SPEECH_B)
    ev_a, ev_b = said("a", "Ellery said the quay reopens"), said("b", "the quay reopens, Ellery said")
    sim = article_similarity(a, b)
    assert linked_pairs([ev_a], [ev_b], a, b, sim) == [
        (i, j) for j, i in linked_pairs([ev_b], [ev_a], b, a, sim)]


def test_the_stored_passages_round_trip(tmp_path):
    a = article("a", "", SPEECH_A)
    assert word_set(passages_column(a)) == a.passages
    with open_store(str(tmp_path / "events.db")) as store, store.transaction() as tx:
        tx.execute("INSERT INTO incident_passages (article_id, passages) VALUES (?, ?)",
                   ["a", passages_column(a)])
        back = with_passages(tx, {"a": replace(a, passages=None), "old": article("old", "", BUDGET)})
    assert back["a"].passages == a.passages
    assert back["old"].passages is None  # assigned before passages were kept: unknown


def test_a_store_of_schema_version_2_gets_the_passages_table(tmp_path):
    path = tmp_path / "old.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as conn:  # make it a version-2 store again
        conn.execute("DROP TABLE incident_passages")
        conn.execute("UPDATE eventwire_meta SET value = '2' WHERE key = 'schema_version'")
    with open_store(str(path)) as store, store.transaction() as tx:
        assert tx.rows("SELECT COUNT(*) AS n FROM incident_passages")[0]["n"] == 0
