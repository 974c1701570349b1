"""Every store query, on both backends, over the hand-written sample collection."""

from __future__ import annotations

import pytest
import test_store_records as fixtures
from test_store_records import arrest_record, trade_record, visit_record

from eventwire.store import EventFilter, StoreError

VISIT, ARREST, TRADE = visit_record()["id"], arrest_record()["id"], trade_record()["id"]

# the shared fixtures: one SQLite file and one PostgreSQL database per test
loaded_store = fixtures.loaded_store
pg_server = fixtures.pg_server
pg_url = fixtures.pg_url
store_url = fixtures.store_url


def uids(rows):
    return sorted(r["uid"] for r in rows)


def test_all_events_newest_first(loaded_store):
    dates = [r["date"] for r in loaded_store.events()]
    assert dates[0] == "2024-05"
    assert dates[-1] == "2024-03-04"
    assert len(dates) == 6


def test_event_row_fields(loaded_store):
    row = loaded_store.events(EventFilter(cameo="173"))[0]
    assert row["uid"] == f"{ARREST}:e1"
    assert (row["source_code"], row["target_code"]) == ("NGACOP", "NGACVL")
    assert (row["source_name"], row["target_name"]) == ("Nigerian police", "protesters")
    assert row["trigger"] == "arrested"
    assert row["sentence_text"].startswith("Police in Lagos arrested")
    assert (row["place_name"], row["lat"], row["lon"]) == ("Lagos", 6.4541, 3.3947)
    assert (row["quad_class"], row["goldstein"], row["plover_type"]) == (4, -5.0, "ARREST")
    assert row["title"] == "Protesters arrested in Lagos"
    assert row["published"] == "2024-03-20"


def test_actor_prefix_matches_source_or_target(loaded_store):
    assert uids(loaded_store.events(EventFilter(actor="RUS"))) == [f"{TRADE}:e1"]
    assert len(loaded_store.events(EventFilter(actor="chn"))) == 1
    assert len(loaded_store.events(EventFilter(actor="NGACOP"))) == 2


def test_country_matches_source_or_target(loaded_store):
    assert loaded_store.count_events(EventFilter(country="nor")) == 3
    assert loaded_store.count_events(EventFilter(country="XYZ")) == 0


def test_dyad_is_directed(loaded_store):
    assert loaded_store.count_events(EventFilter(dyad=("NOR", "CAN"))) == 2
    assert loaded_store.count_events(EventFilter(dyad=("CAN", "NOR"))) == 1
    assert loaded_store.count_events(EventFilter(dyad=("CHN", "RUS"))) == 0


def test_cameo_prefix_and_root(loaded_store):
    assert loaded_store.count_events(EventFilter(cameo="03")) == 2
    assert loaded_store.count_events(EventFilter(cameo="0311")) == 1
    assert loaded_store.count_events(EventFilter(root="04")) == 1
    assert loaded_store.count_events(EventFilter(root="4")) == 1


def test_plover_and_quad_class(loaded_store):
    assert loaded_store.count_events(EventFilter(plover="consult")) == 2
    assert loaded_store.count_events(EventFilter(quad_class=4)) == 1
    assert loaded_store.count_events(EventFilter(quad_class=1)) == 4


def test_date_range_is_inclusive(loaded_store):
    f = EventFilter(since="2024-03-04", until="2024-03-19")
    assert loaded_store.count_events(f) == 4


def test_month_precision_date_counts_from_its_first_day(loaded_store):
    assert loaded_store.count_events(EventFilter(since="2024-05-01", until="2024-05-01")) == 1
    assert loaded_store.count_events(EventFilter(since="2024-05-02")) == 0


def test_place_is_case_insensitive(loaded_store):
    assert loaded_store.count_events(EventFilter(place="ottawa")) == 2


def test_text_search_in_sentence(loaded_store):
    assert uids(loaded_store.events(EventFilter(q="FISHERIES"))) == [f"{VISIT}:e2"]


def test_text_search_treats_wildcards_literally(loaded_store):
    assert loaded_store.count_events(EventFilter(q="%")) == 0
    assert loaded_store.count_events(EventFilter(q="_")) == 0


def test_text_search_quote_characters_are_data(loaded_store):
    assert loaded_store.count_events(EventFilter(q="'; DROP TABLE events; --")) == 0
    assert loaded_store.count_events() == 6


def test_article_filter(loaded_store):
    assert loaded_store.count_events(EventFilter(article=VISIT)) == 3


def test_filters_combine(loaded_store):
    assert loaded_store.count_events(EventFilter(actor="NOR", root="04")) == 1


def test_pagination(loaded_store):
    first = loaded_store.events(limit=4)
    rest = loaded_store.events(limit=4, offset=4)
    assert len(first) == 4 and len(rest) == 2
    assert not set(uids(first)) & set(uids(rest))


def test_bad_filter_values_are_clear_errors(loaded_store):
    with pytest.raises(StoreError, match="not a date"):
        loaded_store.events(EventFilter(since="last week"))
    with pytest.raises(StoreError, match="quad_class"):
        loaded_store.events(EventFilter(quad_class=7))
    with pytest.raises(StoreError, match="negative"):
        loaded_store.events(limit=-1)


def test_event_detail(loaded_store):
    ev = loaded_store.event(f"{VISIT}:e3")
    assert ev["quote"]["text"] == "We will work together on the Arctic"
    assert ev["sentence"]["text"].startswith('"We will work together')
    assert [a["name"] for a in ev["actors"]["source"]] == ["Norwegian Foreign Minister"]
    assert [a["code"] for a in ev["actors"]["target"]] == ["CANGOV"]
    assert ev["article"]["title"] == "Minister visits Ottawa"


def test_event_detail_unknown_uid(loaded_store):
    assert loaded_store.event("nope:e1") is None


def test_articles_newest_first_with_counts(loaded_store):
    rows = loaded_store.articles()
    assert [r["id"] for r in rows] == [TRADE, ARREST, VISIT]
    assert rows[2]["n_events"] == 3 and rows[2]["n_quotes"] == 1
    assert rows[2]["source"]["url"] == "https://example.org/a"


def test_articles_search_and_dates(loaded_store):
    assert [r["id"] for r in loaded_store.articles(q="lagos")] == [ARREST]
    assert [r["id"] for r in loaded_store.articles(since="2024-03-20", until="2024-03-20")] == [
        ARREST
    ]


def test_actors_with_counts(loaded_store):
    rows = {r["code"]: r for r in loaded_store.actors()}
    assert rows["NGACOP"]["n_mentions"] == 2
    assert rows["NGACOP"]["n_events"] == 2
    assert rows["CANGOV"]["n_articles"] == 1
    assert [r["code"] for r in loaded_store.actors(country="rus")] == ["RUSGOV"]
    assert [r["code"] for r in loaded_store.actors(q="police")] == ["NGACOP"]


def test_quotes_by_speaker(loaded_store):
    rows = loaded_store.quotes(speaker="norwegian")
    assert [r["text"] for r in rows] == ["We will work together on the Arctic"]
    assert rows[0]["speaker_code"] == "NORGOV" and rows[0]["cue"] == "said"
    assert len(loaded_store.quotes(speaker="NGA")) == 1
    assert len(loaded_store.quotes(q="unlawfully")) == 1


def test_timeseries_by_day(loaded_store):
    rows = loaded_store.timeseries(interval="day")
    assert {"period": "2024-03-19", "quad_class": 4, "count": 1, "mean_goldstein": -5.0} in rows


def test_timeseries_by_week_and_month(loaded_store):
    weeks = loaded_store.timeseries(interval="week")
    assert {"period": "2024-W10", "quad_class": 1, "count": 3, "mean_goldstein": 4.633} in weeks
    months = loaded_store.timeseries(EventFilter(quad_class=1), interval="month")
    assert [(r["period"], r["count"]) for r in months] == [("2024-03", 3), ("2024-05", 1)]


def test_timeseries_bad_interval(loaded_store):
    with pytest.raises(StoreError, match="interval"):
        loaded_store.timeseries(interval="hour")


def test_dyads(loaded_store):
    rows = loaded_store.dyads()
    assert rows[0] == {
        "source_code": "NORGOV", "target_code": "CANGOV", "count": 2, "mean_goldstein": 2.95
    }
    assert len(rows) == 5


def test_places(loaded_store):
    rows = loaded_store.places()
    assert rows[0] == {"name": "Ottawa", "country": "CAN", "lat": 45.4112, "lon": -75.6981,
                       "count": 2}
    assert loaded_store.places(EventFilter(quad_class=4))[0]["name"] == "Lagos"


def test_iter_events_streams_all_in_date_order(loaded_store):
    rows = list(loaded_store.iter_events(chunk=2))
    assert len(rows) == 6
    assert rows[0]["date"] == "2024-03-04" and rows[-1]["date"] == "2024-05"


def test_markup_is_stored_as_text(loaded_store):
    rec = loaded_store.article(TRADE)
    assert "<script>alert('x')</script>" in rec["text"]
    assert loaded_store.articles(q="<script>")[0]["title"] == "Trade <b>plans</b>"
