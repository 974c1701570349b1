"""The HTTP API against a real ``eventwire serve`` process over a SQLite store of hand-made records."""

from __future__ import annotations

import pytest
from test_api_support import TOKEN, all_records, served

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    for _db, _server, c in served(tmp_path_factory, "api"):
        yield c


@pytest.fixture(scope="module")
def records():
    return {r["title"]: r for r in all_records()}


def events(client, **params) -> dict:
    response = client.get("/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()


# ---- events: list, filter, paginate ----


def test_events_lists_all_with_total(client):
    page = events(client)
    assert page["total"] == 7
    assert len(page["items"]) == 7
    assert page["next_offset"] is None


def test_events_paginate(client):
    first = events(client, limit=3)
    second = events(client, limit=3, offset=3)
    assert first["next_offset"] == 3 and second["next_offset"] == 6
    uids = [e["uid"] for e in first["items"] + second["items"]]
    assert len(set(uids)) == 6


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"actor": "RUS"}, 3),
        ({"actor": "chngov"}, 4),
        ({"country": "DEU"}, 2),
        ({"dyad": "IND:CHN"}, 2),
        ({"dyad": "RUSGOV:CHNGOV"}, 3),
        ({"dyad": ":UKR"}, 1),
        ({"cameo": "04"}, 2),
        ({"cameo": "042"}, 1),
        ({"root": "19"}, 1),
        ({"plover": "consult"}, 2),
        ({"quad_class": 4}, 1),
        ({"since": "2024-04-15"}, 4),
        ({"since": "2024-04-15", "until": "2024-04-16"}, 2),
        ({"place": "beijing"}, 2),
        ({"q": "provocation"}, 1),
        ({"actor": "RUS", "cameo": "05"}, 1),
    ],
)
def test_events_filter(client, params, expected):
    assert events(client, **params)["total"] == expected


def test_events_filter_by_article(client, records):
    article_id = records["Troops clash on the border"]["id"]
    page = events(client, article=article_id)
    assert {e["event_id"] for e in page["items"]} == {"e1", "e2"}


def test_events_quoting_in_filters_is_data_not_sql(client):
    assert events(client, actor="RUS' OR '1'='1")["total"] == 0
    assert events(client, q="%")["total"] == 0
    assert events(client, place="x'); DROP TABLE events; --")["total"] == 0
    assert events(client)["total"] == 7


@pytest.mark.parametrize(
    ("params", "word"),
    [
        ({"dyad": "RUS"}, "dyad"),
        ({"since": "2024-13"}, "since"),
        ({"until": "yesterday"}, "until"),
        ({"quad_class": 5}, "quad_class"),
        ({"cameo": "abc"}, "cameo"),
        ({"limit": 0}, "limit"),
        ({"limit": 100000}, "limit"),
        ({"offset": -1}, "offset"),
    ],
)
def test_bad_filter_is_a_clear_422(client, params, word):
    response = client.get("/events", params=params)
    assert response.status_code == 422
    assert word in response.text


# ---- one event ----


def test_event_has_sentence_quote_actors_and_article(client, records):
    record = records["Foreign ministers meet in Beijing"]
    event = client.get(f"/events/{record['id']}:e3").json()
    assert event["sentence"]["text"] == '"We stand together," the minister told reporters.'
    assert event["quote"]["text"] == "We stand together"
    assert event["quote"]["speaker"]["actor"] == "a1"
    assert [a["code"] for a in event["actors"]["source"]] == ["RUSGOV"]
    assert event["article"]["title"] == "Foreign ministers meet in Beijing"
    assert event["trigger"] == "stand together"


def test_unknown_event_is_404_naming_it(client):
    response = client.get("/events/0000000000000000:e9")
    assert response.status_code == 404
    assert "0000000000000000:e9" in response.json()["detail"]


# ---- articles ----


def test_articles_list_newest_first_with_counts(client):
    items = client.get("/articles").json()["items"]
    assert [a["published"] for a in items[:3]] == ["2024-05-02", "2024-04-16", "2024-04-08"]
    clash = next(a for a in items if a["title"] == "Troops clash on the border")
    assert clash["n_events"] == 2 and clash["n_quotes"] == 0


def test_articles_search_and_date_range(client):
    assert [
        a["title"] for a in client.get("/articles", params={"q": "troops"}).json()["items"]
    ] == ["Troops clash on the border"]
    in_april = client.get("/articles", params={"since": "2024-04-01", "until": "2024-04-30"})
    assert len(in_april.json()["items"]) == 2


def test_article_returns_its_full_record(client, records):
    record = records["Troops clash on the border"]
    assert client.get(f"/articles/{record['id']}").json() == record


def test_unknown_article_is_404(client):
    response = client.get("/articles/ffffffffffffffff")
    assert response.status_code == 404
    assert "ffffffffffffffff" in response.json()["detail"]


# ---- actors, quotes, aggregates ----


def test_actors_with_counts(client):
    items = client.get("/actors").json()["items"]
    russia = next(a for a in items if a["code"] == "RUSGOV")
    assert (russia["n_mentions"], russia["n_events"], russia["n_articles"]) == (3, 3, 1)
    indian = client.get("/actors", params={"country": "ind"}).json()["items"]
    assert {a["code"] for a in indian} == {"INDMIL", "INDGOV"}


def test_quotes_by_speaker(client):
    items = client.get("/quotes", params={"speaker": "russia"}).json()["items"]
    assert [(q["text"], q["cue"], q["speaker_code"]) for q in items] == [
        ("We stand together", "told reporters", "RUSGOV")
    ]
    assert len(client.get("/quotes").json()["items"]) == 2


@pytest.mark.parametrize(
    ("interval", "period"), [("day", "2024-04-09"), ("week", "2024-W15"), ("month", "2024-04")]
)
def test_timeseries_by_interval(client, interval, period):
    body = client.get("/timeseries", params={"interval": interval}).json()
    assert body["interval"] == interval
    assert period in {row["period"] for row in body["items"]}


def test_timeseries_of_one_dyad(client):
    rows = client.get("/timeseries", params={"dyad": "RUS:CHN", "interval": "month"}).json()
    assert rows["items"] == [
        {"period": "2024-04", "quad_class": 1, "count": 3, "mean_goldstein": pytest.approx(2.1)}
    ]


def test_timeseries_rejects_unknown_interval(client):
    assert client.get("/timeseries", params={"interval": "year"}).status_code == 422


def test_dyads_with_mean_goldstein(client):
    items = client.get("/dyads").json()["items"]
    assert items[0]["source_code"] == "RUSGOV" and items[0]["target_code"] == "CHNGOV"
    assert items[0]["count"] == 3
    conflict = client.get("/dyads", params={"quad_class": 4}).json()["items"]
    assert conflict == [
        {"source_code": "INDMIL", "target_code": "CHNMIL", "count": 1, "mean_goldstein": -10.0}
    ]


def test_places_with_coordinates(client):
    items = client.get("/places").json()["items"]
    assert items[0] == {"name": "Beijing", "country": "CHN", "lat": 39.9, "lon": 116.4, "count": 2}
    assert len(client.get("/places", params={"actor": "IND"}).json()["items"]) == 1


# ---- server, docs, dashboard ----


def test_health_says_what_is_allowed(client):
    assert client.get("/health").json()["writes"] is True


def test_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/events",
        "/events/{uid}",
        "/articles",
        "/articles/{article_id}",
        "/actors",
        "/quotes",
        "/timeseries",
        "/dyads",
        "/places",
        "/process",
    ):
        assert path in paths
    assert "post" in paths["/articles"] and "get" in paths["/articles"]
    assert paths["/process"]["post"]["security"] == [{"HTTPBearer": []}]


def test_docs_and_dashboard_are_served_offline(client):
    for path in ("/", "/docs"):
        response = client.get(path)
        assert response.status_code == 200
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert "http" not in response.text.replace("http://www.w3.org", "")
    world = client.get("/static/world.json").json()
    assert len(world["countries"]) > 150 and "Natural Earth" in world["credit"]


# ---- writing: token, size limit, process and store ----


def test_process_needs_the_token(client):
    body = {"text": "Germany criticised Poland."}
    assert client.post("/process", json=body).status_code == 401
    wrong = client.post("/process", json=body, headers={"Authorization": "Bearer nope-nope-nope"})
    assert wrong.status_code == 401
    assert "token" in wrong.json()["detail"]
    basic = client.post("/process", json=body, headers={"Authorization": f"Basic {TOKEN}"})
    assert basic.status_code == 401


def test_process_returns_a_valid_record_without_storing(client):
    import eventwire

    text = "France and Germany signed a trade agreement in Paris on Monday."
    response = client.post("/process", json={"text": text, "published": "2024-06-03"}, headers=AUTH)
    assert response.status_code == 200, response.text
    record = response.json()
    eventwire.validate(record)
    assert record["published"] == "2024-06-03"
    assert client.get(f"/articles/{record['id']}").status_code == 404


def test_process_rejects_bad_body(client):
    assert client.post("/process", json={"text": ""}, headers=AUTH).status_code == 422
    bad_date = client.post("/process", json={"text": "x", "published": "soon"}, headers=AUTH)
    assert bad_date.status_code == 422 and "published" in bad_date.text


def test_post_articles_stores_once(client):
    body = {
        "text": "Japan thanked South Korea for its help.",
        "published": "2024-07-01",
        "title": "Thanks",
    }
    first = client.post("/articles", json=body, headers=AUTH)
    assert first.status_code == 201, first.text
    article_id = first.json()["id"]
    assert first.json()["added"] is True
    again = client.post("/articles", json=body, headers=AUTH)
    assert again.status_code == 200 and again.json()["added"] is False
    stored = client.get(f"/articles/{article_id}").json()
    assert stored["title"] == "Thanks" and stored["published"] == "2024-07-01"


def test_post_articles_needs_the_token(client):
    assert client.post("/articles", json={"text": "Hello."}).status_code == 401


def test_body_over_the_limit_is_413(client):
    big = {"text": "word " * (600 * 1024)}  # ~3 MiB, over the 2 MiB default
    response = client.post("/process", json=big, headers=AUTH)
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]


def test_chunked_body_over_the_limit_is_413(client):
    def chunks():
        yield b'{"text": "'
        for _ in range(40):
            yield b"x" * 65536
        yield b'"}'

    response = client.post(
        "/process", content=chunks(), headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == 413
