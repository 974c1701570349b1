"""The articles' evidence as a whole: two articles are one occurrence only when their similarity
plus the specific wording all their linked event pairs share outweighs the days between them;
a protagonist's name plus one campaign word links only articles that are close throughout."""

from __future__ import annotations

from dataclasses import replace

from eventwire.incidents.candidates import split_code, words_column
from eventwire.incidents.rule import (
    article_evidence,
    article_similarity,
    link,
    linked_pairs,
    specific_words,
)
from eventwire.incidents.settings import settings
from eventwire.incidents.signature import ArticleSignature, EventSignature
from eventwire.incidents.words import content_words, stem

NAMES = "Senator Ilse Marrow"
EVENT = EventSignature(
    uid="a:e1", article_id="a", seq=0, family="01", day="2031-03-04", precision="undated",
    source_country="CAN", target_country=None, source_sector="LEG", target_sector=None,
    lat=None, lon=None, words=frozenset(), numbers=(),
)


def article(aid: str, title: str, lead: str, published: str = "2031-03-04") -> ArticleSignature:
    return ArticleSignature(aid, published, None, content_words(title), content_words(lead),
                            content_words(NAMES))


def event(aid: str, clause: str, n: int = 1) -> EventSignature:
    return replace(EVENT, uid=f"{aid}:e{n}", article_id=aid, words=content_words(clause))


# Two stories of one campaign day about the same senator: one on her caucus win, one on a
# stadium she opened. Their leads share her name and the season's words; their clauses share
# "caucus" and nothing else that happened.
WIN = article("a", "Marrow wins the Ridgeford caucus",
              "Senator Ilse Marrow won the Ridgeford caucus on Tuesday, her campaign said, and"
              " thanked volunteers in the county hall.")
STADIUM = article("b", "Marrow opens hockey rink",
                  "Schoolchildren in Lakeview skated on a new hockey rink that Marrow opened, and"
                  " the town's mayor praised winter sports funding.")
WIN_SAID = event("a", "Marrow said the caucus vote thanked volunteers")
STADIUM_SAID = event("b", "Marrow said the rink mattered more than the caucus")

# Two reports of the caucus win itself, told in other words.
WIN_AGAIN = article("c", "Marrow takes Ridgeford caucus by wide margin",
                    "Ilse Marrow carried the Ridgeford caucus with a wide margin, beating two"
                    " rivals as volunteers cheered in the county hall.")
WIN_AGAIN_SAID = event("c", "Marrow said the caucus result thanked volunteers and rivals")


def test_a_single_pair_linked_on_a_campaign_word_is_not_enough_for_weakly_alike_articles():
    sim = article_similarity(WIN, STADIUM)
    assert link(WIN_SAID, STADIUM_SAID, WIN, STADIUM, sim) is not None
    assert linked_pairs([WIN_SAID], [STADIUM_SAID], WIN, STADIUM, sim) == []


def test_reports_of_the_same_win_are_one_occurrence():
    sim = article_similarity(WIN, WIN_AGAIN)
    assert linked_pairs([WIN_SAID], [WIN_AGAIN_SAID], WIN, WIN_AGAIN, sim) == [(0, 0)]


def test_evidence_grows_with_the_specific_words_of_all_linked_pairs():
    few = frozenset({"caucus"})
    many = few | {"volunteer", "margin", "rival", "county"}
    assert article_evidence(WIN, STADIUM, 0.2, many) > article_evidence(WIN, STADIUM, 0.2, few)


def test_a_second_linked_pair_adds_its_specific_words():
    second_a = event("a", "volunteers of the county hall cheered the margin", 2)
    second_b = event("b", "the rink in the county hall has a margin for volunteers", 2)
    sim = article_similarity(WIN, STADIUM)
    one = specific_words(WIN_SAID, STADIUM_SAID, WIN, STADIUM)
    both = one | specific_words(second_a, second_b, WIN, STADIUM)
    assert both > one
    assert article_evidence(WIN, STADIUM, sim, both) > article_evidence(WIN, STADIUM, sim, one)


def test_evidence_falls_with_the_days_between_publications():
    later = replace(WIN_AGAIN, published="2031-03-06")
    shared = frozenset({"caucus", "volunteer"})
    assert article_evidence(WIN, later, 0.3, shared) < article_evidence(WIN, WIN_AGAIN, 0.3, shared)


def test_articles_enough_alike_the_same_day_are_not_two_days_apart():
    later = replace(WIN_AGAIN, published="2031-03-06")
    shared = frozenset({"caucus"})
    assert article_evidence(WIN, WIN_AGAIN, 0.28, shared) >= settings().evidence_min
    assert article_evidence(WIN, later, 0.28, shared) < settings().evidence_min


def test_linked_pairs_are_symmetric_in_the_two_articles():
    sim = article_similarity(WIN, WIN_AGAIN)
    forth = linked_pairs([WIN_SAID], [WIN_AGAIN_SAID], WIN, WIN_AGAIN, sim)
    back = linked_pairs([WIN_AGAIN_SAID], [WIN_SAID], WIN_AGAIN, WIN, sim)
    assert forth == [(j, i) for i, j in back]
    assert article_evidence(WIN, STADIUM, sim, frozenset({"caucus"})) == article_evidence(
        STADIUM, WIN, sim, frozenset({"caucus"}))


def test_protagonist_names_are_not_specific_words():
    assert "marrow" not in specific_words(WIN_SAID, WIN_AGAIN_SAID, WIN, WIN_AGAIN)


def test_one_syllable_forms_meet_their_silent_e_word():
    assert stem("hoping") == stem("hoped") == "hope"
    assert stem("based") == "base"
    assert stem("visiting") == "visit"


def test_doubled_consonants_are_undone():
    assert stem("planned") == stem("planning") == "plan"
    assert stem("calling") == "call" and stem("staffed") == "staff"


def test_contraction_stubs_are_not_content_words():
    assert content_words("She didn't say; they don't know") == {"know"}


def _evidence_between_the_two_bars() -> tuple[ArticleSignature, ArticleSignature, float]:
    """Two articles whose evidence passes the bar for identically coded acts but not the other."""
    s = settings()
    sim = article_similarity(WIN, WIN_AGAIN)
    shared = specific_words(WIN_SAID, WIN_AGAIN_SAID, WIN, WIN_AGAIN)
    target = s.evidence_min + s.evidence_other_code / 2
    return WIN, WIN_AGAIN, sim + target - article_evidence(WIN, WIN_AGAIN, sim, shared)


def test_tellings_that_code_the_act_the_same_need_less_evidence_than_its_family_alone():
    a, b, sim = _evidence_between_the_two_bars()
    same = linked_pairs([replace(WIN_SAID, cameo="112")], [replace(WIN_AGAIN_SAID, cameo="112")],
                        a, b, sim)
    other = linked_pairs([replace(WIN_SAID, cameo="112")], [replace(WIN_AGAIN_SAID, cameo="111")],
                         a, b, sim)
    assert same == [(0, 0)] and other == []


def test_stored_words_keep_the_cameo_code_apart_from_the_clause_words():
    sig = replace(WIN_SAID, cameo="0431")
    words, code = split_code(words_column(sig))
    assert words == sig.words and code == "0431"
    assert split_code(words_column(replace(sig, cameo=None))) == (sig.words, None)
