"""The incident rule on signatures built by hand: families, sides, day windows, place, counts."""

from __future__ import annotations

from dataclasses import replace

from eventwire.incidents.rule import article_similarity, compatible, link_score, sides_agree
from eventwire.incidents.settings import family
from eventwire.incidents.signature import ArticleSignature, EventSignature
from eventwire.incidents.summary import summary
from eventwire.incidents.words import clause, content_words, numbers

BASE = EventSignature(
    uid="a:e1", article_id="a", seq=0, family="violence", day="2024-03-05", precision="day",
    source_country="AFG", target_country="AFG", source_sector="REB", target_sector="COP",
    lat=31.61, lon=65.71, words=frozenset({"taliban", "storm", "police", "kandahar"}),
    numbers=(6,),
)


def other(**changes) -> EventSignature:
    return replace(BASE, uid="b:e1", article_id="b", **changes)


def test_intent_to_meet_and_meeting_are_one_family():
    assert family("036") == family("042") == family("046") == "meet"


def test_assault_fight_and_mass_violence_are_one_family():
    assert family("180") == family("190") == family("202")


def test_statement_and_meeting_are_different_families():
    assert family("010") != family("040")


def test_unlisted_code_is_its_own_root():
    assert family("057") == "05"


def test_missing_side_agrees_with_any():
    assert sides_agree(BASE, other(target_country=None, target_sector=None))


def test_different_target_country_is_another_occurrence():
    assert not compatible(BASE, other(target_country="PAK"))


def test_rebels_and_unidentified_gunmen_are_compatible_sectors():
    assert compatible(BASE, other(source_sector="UAF"))


def test_rebels_and_government_are_not():
    assert not compatible(BASE, other(source_sector="GOV"))


def test_meeting_sides_may_be_told_either_way_round():
    meet = replace(BASE, family="meet", source_country="IND", target_country="CHN",
                   source_sector="GOV", target_sector="GOV")
    swapped = replace(meet, uid="b:e1", article_id="b", source_country="CHN", target_country="IND")
    assert compatible(meet, swapped)
    assert not compatible(BASE, other(source_country="AFG", target_country="AFG", family="violence",
                                      source_sector="COP", target_sector="REB"))


def test_day_precise_dates_on_the_same_day_are_compatible():
    assert compatible(BASE, other(day="2024-03-05"))


def test_day_precise_dates_on_consecutive_days_are_not():
    assert not compatible(BASE, other(day="2024-03-06"))


def test_undated_event_matches_within_two_days_of_publication():
    assert compatible(BASE, other(day="2024-03-07", precision="undated"))
    assert not compatible(BASE, other(day="2024-03-08", precision="undated"))


def test_vague_date_joins_nothing_across_articles():
    assert not compatible(BASE, other(day=None, precision="vague"))


def test_places_far_apart_are_different_occurrences():
    assert not compatible(BASE, other(lat=34.53, lon=69.17))  # Kabul, about 450 km away


def test_contradicting_counts_are_different_occurrences():
    assert compatible(BASE, other(numbers=(7,)))  # a toll that grew
    assert compatible(BASE, other(numbers=(2, 6)))  # one count in common
    assert not compatible(BASE, other(numbers=(40,)))
    assert not compatible(BASE, other(numbers=(3, 9)))


def test_counts_in_words_are_numbers():
    assert numbers("killing six officers and wounding fourteen") == (6, 14)


def lead(article_id: str, text: str, title: str = "") -> ArticleSignature:
    return ArticleSignature(article_id, "2024-03-05", None, content_words(title), content_words(text))


def test_similar_wording_links_and_unrelated_wording_does_not():
    art_a = lead("a", "Taliban storm Kandahar police")
    art_b = lead("b", "Kandahar police post stormed")
    art_c = lead("b", "Cricket final in Mumbai")
    assert link_score(BASE, other(), art_a, art_b) is not None
    assert link_score(BASE, other(words=frozenset({"cricket"})), art_a, art_c) is None


def test_titles_and_leads_count_alike():
    same_story = article_similarity(lead("a", "Gunmen attack a police post", "Kandahar attack"),
                                    lead("b", "Militants stormed the post", "Kandahar attack"))
    assert same_story > article_similarity(lead("a", "Gunmen attack a police post"),
                                           lead("b", "Militants stormed the post"))


def test_link_score_is_symmetric():
    art_a = lead("a", "Taliban storm Kandahar police", "Kandahar police attacked")
    art_b = lead("b", "Kandahar police post stormed", "Police post stormed")
    b = other(words=frozenset({"storm", "post", "kandahar"}))
    assert link_score(BASE, b, art_a, art_b) == link_score(b, BASE, art_b, art_a)


def test_words_meet_across_tense_and_number():
    assert content_words("attacked policies") == content_words("attacks policy")


def test_numbers_leave_years_out():
    assert numbers("In 2024 some 1,200 people and 6 officers") == (6, 1200)


def test_clause_stops_at_a_semicolon():
    sentence = "Gunmen stormed the post; the minister resigned later."
    assert clause(sentence, 7, 14) == "Gunmen stormed the post"


def member(uid: str, **values) -> dict:
    """One member event row as the incident summary reads it."""
    row = dict.fromkeys(
        ("date", "date_text", "cameo", "cameo_root", "quad_class", "goldstein", "plover_type",
         "source_code", "target_code", "source_name", "target_name", "source_country",
         "target_country", "place_name", "place_country", "lat", "lon", "trigger_text",
         "sentence_text", "confidence", "published", "publisher", "source_url", "title"))
    row.update(uid=uid, article_id=uid.split(":")[0], cameo="190", cameo_root="19", **values)
    return row


def test_incident_of_undated_reports_has_no_date():
    row = summary("i1", [member("a:e1"), member("b:e1")])
    assert row["date"] is None and row["first_seen"] is None
    assert row["n_articles"] == 2 and row["n_sources"] == 2


def test_incident_date_is_the_day_most_reports_give():
    row = summary("i1", [
        member("a:e1", date="2024-03-05", date_text="on Tuesday", published="2024-03-05"),
        member("b:e1", date="2024-03-05", date_text="Tuesday", published="2024-03-06"),
        member("c:e1", date="2024-03-06", date_text=None, published="2024-03-06"),
    ])
    assert row["date"] == "2024-03-05"
    assert (row["first_seen"], row["last_seen"]) == ("2024-03-05", "2024-03-06")


def test_incident_confidence_grows_with_independent_reports():
    one = summary("i1", [member("a:e1", confidence=0.6)])["confidence"]
    two = summary("i1", [member("a:e1", confidence=0.6), member("b:e1", confidence=0.6)])
    assert one == 0.6 and two["confidence"] == 0.84
