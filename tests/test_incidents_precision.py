"""The rules that keep stories about the same people apart: a link needs specific shared
wording beyond the protagonists' names, and the bar rises with the days between publications."""

from __future__ import annotations

from dataclasses import replace

from eventwire.incidents.candidates import split_names, title_column
from eventwire.incidents.rule import link_score, specific_evidence
from eventwire.incidents.signature import ArticleSignature, EventSignature, article_signature
from eventwire.incidents.words import content_words

SPEECH = EventSignature(
    uid="a:e1", article_id="a", seq=0, family="01", day="2024-05-14", precision="undated",
    source_country="NZL", target_country=None, source_sector="GOV", target_sector=None,
    lat=None, lon=None, words=frozenset(), numbers=(),
)
NAMES = "Premier Odile Varga"


def article(aid: str, title: str, lead: str, published: str = "2024-05-14") -> ArticleSignature:
    return ArticleSignature(aid, published, None, content_words(title), content_words(lead),
                            content_words(NAMES))


def speech(aid: str, clause: str) -> EventSignature:
    return replace(SPEECH, uid=f"{aid}:e1", article_id=aid, words=content_words(clause))


def test_stories_sharing_only_the_protagonist_are_not_one_incident():
    a = article("a", "Varga backs the ferry tariff", "Premier Odile Varga backed the ferry tariff")
    b = article("b", "Varga opens a rugby stadium", "Premier Odile Varga opened a rugby stadium")
    ev_a, ev_b = speech("a", "Odile Varga said on Tuesday"), speech("b", "Odile Varga said")
    assert specific_evidence(ev_a, ev_b, a, b) == 0
    assert link_score(ev_a, ev_b, a, b) is None


def test_reports_sharing_what_happened_are_one_incident():
    a = article("a", "Varga backs the ferry tariff", "Premier Odile Varga backed the ferry tariff")
    b = article("b", "Varga defends ferry tariff", "Odile Varga defended a tariff on ferry crossings")
    ev_a = speech("a", "Varga said the ferry tariff would stay")
    ev_b = speech("b", "the ferry tariff stays, Varga said")
    assert specific_evidence(ev_a, ev_b, a, b) > 0
    assert link_score(ev_a, ev_b, a, b) is not None


def test_specific_evidence_is_symmetric():
    a = article("a", "Varga backs the ferry tariff", "Premier Odile Varga backed the ferry tariff")
    b = article("b", "Varga defends ferry tariff", "Odile Varga defended a tariff on ferry crossings")
    ev_a, ev_b = speech("a", "Varga praised the ferry tariff"), speech("b", "Varga: tariff on ferries")
    assert specific_evidence(ev_a, ev_b, a, b) == specific_evidence(ev_b, ev_a, b, a)


def test_the_same_reports_two_days_apart_need_more_alike_articles():
    a = article("a", "Varga backs ferry levy as coastal towns await budget",
                "Treasurers of the northern coastal towns await the budget. Varga backed a levy on"
                " harbour ferries")
    b = article("b", "Fishermen protest quotas in Wellport",
                "Trawler crews blocked the Wellport quay over cod quotas. Varga defended the harbour"
                " ferry levy")
    ev_a = speech("a", "Varga said the levy on ferries would stay")
    ev_b = speech("b", "Varga told crews the ferry levy was fair")
    assert link_score(ev_a, ev_b, a, b) is not None
    later = replace(b, published="2024-05-16")
    assert link_score(ev_a, replace(ev_b, day="2024-05-16"), a, later) is None


def test_article_signature_keeps_the_actor_names():
    record = {"id": "x", "text": "Odile Varga spoke.", "title": "Varga speaks",
              "actors": [{"id": "a1", "name": "Odile Varga"}], "sentences": []}
    assert article_signature(record).names == {"odile", "varga"}


def test_stored_title_column_keeps_title_words_and_names_apart():
    art = article("a", "Varga backs the ferry tariff", "")
    title, names = split_names(title_column(art))
    assert title == art.title_words and names == art.names


def test_an_outlets_follow_up_needs_a_higher_score_than_another_outlets_report():
    a = replace(article("a", "Varga backs ferry levy as coastal towns await budget",
                        "Treasurers of the northern coastal towns await the budget. Varga backed a"
                        " levy on harbour ferries"), publisher="Harbour Herald")
    b = replace(article("b", "Fishermen protest quotas in Wellport",
                        "Trawler crews blocked the Wellport quay over cod quotas. Varga defended the"
                        " harbour ferry levy"), publisher="Coast Courier")
    ev_a = speech("a", "Varga said the levy would stay")
    ev_b = speech("b", "Varga told crews the levy, cod quotas and diesel prices were fair")
    score = link_score(ev_a, ev_b, a, b)
    assert score is not None and score < 0.35
    assert link_score(ev_a, ev_b, a, replace(b, publisher="Harbour Herald")) is None
