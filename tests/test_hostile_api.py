"""What a hostile or careless client sends to ``eventwire serve``: never a 500 with a traceback.

Numbers out of range get 422, request bodies are checked exactly as the CLI checks a JSONL line,
the Host header is checked, and what ``serve`` prints never shows a password.
"""

from __future__ import annotations

import pytest
from test_api_support import TOKEN, Server, served

from eventwire.cli import main

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def served_api(tmp_path_factory):
    yield from served(tmp_path_factory, "hostile-api")


@pytest.fixture(scope="module")
def db(served_api):
    return served_api[0]


@pytest.fixture(scope="module")
def server(served_api):
    return served_api[1]


@pytest.fixture(scope="module")
def client(served_api):
    return served_api[2]


@pytest.mark.parametrize("path", ["/events", "/articles", "/actors", "/quotes"])
@pytest.mark.parametrize("offset", [2**63, 2**64 + 5, 2**31])
def test_an_offset_past_any_store_is_a_422(client, path, offset):
    response = client.get(path, params={"offset": offset})
    assert response.status_code == 422
    assert "offset" in response.text and "Traceback" not in response.text


def test_the_largest_allowed_offset_is_an_empty_page(client):
    from eventwire.store import MAX_OFFSET

    response = client.get("/events", params={"offset": MAX_OFFSET})
    assert response.status_code == 200 and response.json()["items"] == []


def test_a_day_that_does_not_exist_is_refused_like_the_cli_refuses_it(client):
    body = {"text": "The mayor of Tartu met the governor.", "published": "2024-02-30"}
    response = client.post("/articles", json=body, headers=AUTH)
    assert response.status_code == 422
    assert "'published': '2024-02-30' is not a date" in response.json()["detail"]


def test_a_date_in_words_is_accepted_like_the_cli_accepts_it(client):
    body = {"text": "The mayor of Tartu met the governor.", "published": "17 December 2016"}
    response = client.post("/process", json=body, headers=AUTH)
    assert response.status_code == 200 and response.json()["published"] == "2016-12-17"


def test_a_whitespace_only_article_is_refused(client):
    response = client.post("/articles", json={"text": " \n\t  "}, headers=AUTH)
    assert response.status_code == 422
    assert "non-empty 'text'" in response.json()["detail"]


def test_a_lone_surrogate_in_the_body_is_a_422(client):
    body = '{"text": "The mayor \\ud800 of Tartu spoke."}'
    response = client.post(
        "/process", content=body, headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == 422 and "text" in response.text


def test_a_lone_surrogate_in_the_title_is_a_422(client):
    body = '{"text": "The mayor of Tartu spoke.", "title": "\\udfff"}'
    response = client.post(
        "/articles", content=body, headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == 422 and "title" in response.text


def test_a_foreign_host_header_is_refused(client):
    response = client.get("/events", headers={"Host": "attacker.example:8000"})
    assert response.status_code == 400


def test_loopback_names_are_accepted_as_host(server):
    import httpx

    for host in ("localhost", "127.0.0.1"):
        response = httpx.get(server.url + "/health", headers={"Host": f"{host}:{server.port}"})
        assert response.status_code == 200


def test_allow_host_adds_a_name(db):
    import httpx

    server = Server(str(db), "--allow-host", "events.example.org")
    try:
        ok = httpx.get(server.url + "/health", headers={"Host": "events.example.org"})
        other = httpx.get(server.url + "/health", headers={"Host": "other.example.org"})
    finally:
        server.stop()
    assert ok.status_code == 200 and other.status_code == 400


def test_a_non_loopback_host_prints_a_warning_naming_what_is_reachable(db):
    from eventwire.commands.serve import exposure_warning

    warning = exposure_warning("0.0.0.0", 8000, writes=True)
    assert "every network interface" in warning and "port 8000" in warning
    assert "POST /process" in warning
    assert exposure_warning("127.0.0.1", 8000, writes=True) is None
    assert exposure_warning("::1", 8000, writes=False) is None


def test_serve_masks_the_password_of_a_database_url(capsys):
    url = "postgresql://reader:s3cret-pass@127.0.0.1:1/events"
    status = main(["serve", "--db", url])
    err = capsys.readouterr().err
    assert status == 2
    assert "s3cret-pass" not in err and "reader:***@" in err


@pytest.mark.parametrize(
    ("argv", "word"),
    [(["--pool-size", "0"], "--pool-size"), (["--max-body", str(2**63)], "--max-body")],
)
def test_serve_numbers_out_of_range_are_usage_errors(capsys, db, argv, word):
    status = main(["serve", "--db", str(db), *argv])
    assert status == 2 and word in capsys.readouterr().err


@pytest.mark.parametrize("option", ["--offset", "--limit"])
def test_query_numbers_past_the_range_are_usage_errors(capsys, db, option):
    status = main(["query", "--db", str(db), option, str(2**63)])
    err = capsys.readouterr().err
    assert status == 2 and option in err and "Traceback" not in err
