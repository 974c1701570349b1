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
