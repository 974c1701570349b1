"""``eventwire serve``: clear errors for bad input, read-only by default, the token from the env."""

from __future__ import annotations

import pytest
from test_api_support import TOKEN, Server, fill_store

from eventwire.cli import main


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "events.db"
    fill_store(path)
    return path


def run_cli(capsys, *argv) -> tuple[int, str]:
    status = main(["serve", *argv])
    return status, capsys.readouterr().err


def test_missing_database_is_a_usage_error(capsys, tmp_path):
    status, err = run_cli(capsys, "--db", str(tmp_path / "nope.db"))
    assert status == 2
    assert "nope.db" in err and "no such database" in err
    assert "Traceback" not in err


def test_file_that_is_not_a_store_is_a_usage_error(capsys, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_text("this is not a database\n" * 100)
    status, err = run_cli(capsys, "--db", str(junk))
    assert status == 2
    assert "junk.db" in err and "cannot open the store" in err


def test_unknown_url_scheme_is_a_usage_error(capsys):
    status, err = run_cli(capsys, "--db", "mysql://localhost/events")
    assert status == 2 and "mysql://" in err


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["--port", "70000"], "--port"),
        (["--token", "short"], "--token"),
        (["--max-body", "0"], "--max-body"),
    ],
)
def test_bad_options_are_usage_errors(capsys, db, argv, word):
    status, err = run_cli(capsys, "--db", str(db), *argv)
    assert status == 2 and word in err


def test_without_a_token_the_server_only_reads(db):
    server = Server(str(db))
    try:
        with server.client() as client:
            assert client.get("/health").json() == {
                "status": "ok",
                "version": client.get("/health").json()["version"],
                "readonly": True,
                "writes": False,
                "process": False,
            }
            assert client.get("/events").json()["total"] == 7
            for path in ("/process", "/articles"):
                response = client.post(
                    path, json={"text": "Hello."}, headers={"Authorization": f"Bearer {TOKEN}"}
                )
                assert response.status_code == 403
                assert "without a token" in response.json()["detail"]
    finally:
        server.stop()


def test_token_from_environment_and_read_only_flag(db):
    server = Server(str(db), "--read-only", env={"EVENTWIRE_TOKEN": TOKEN})
    try:
        with server.client() as client:
            health = client.get("/health").json()
            assert health["process"] is True and health["writes"] is False
            response = client.post(
                "/articles", json={"text": "Hello."}, headers={"Authorization": f"Bearer {TOKEN}"}
            )
            assert response.status_code == 403
            assert "read-only" in response.json()["detail"]
    finally:
        server.stop()


def test_an_article_already_stored_is_answered_without_running_the_pipeline(tmp_path, process):
    """POST /articles recognises a stored article before the NLP, as `eventwire ingest` does:
    with no pipeline to load, the stored article is still answered and a new one is not."""
    from eventwire.store import open_store

    text = "Kenyan teachers went on strike on Monday."
    db = tmp_path / "events.db"
    with open_store(str(db)) as store:
        store.ingest([process(text)])
    server = Server(str(db), token=TOKEN, env={"EVENTWIRE_MODEL": str(tmp_path / "no-model")})
    auth = {"Authorization": f"Bearer {TOKEN}"}
    try:
        with server.client() as client:
            again = client.post("/articles", json={"text": text, "published": "2024-04-08"},
                                headers=auth)
            assert again.status_code == 200 and again.json()["added"] is False
            assert again.json()["events"] == 1
            new = client.post("/articles", json={"text": "Talks resumed."}, headers=auth)
            assert new.status_code == 503
    finally:
        server.stop()
