"""``eventwire explain``: prints the parse, actors, matches and near misses; clear usage errors."""

from eventwire import cli
from eventwire.events.explain import explain


def test_explain_lists_matches_and_near_misses(nlp):
    text = explain(nlp("Chile called on Peru to release the fishermen."))
    assert "parse (token" in text and "actors:" in text
    assert "[call-on+release]" in text
    assert "nearly matched" in text and "[call-for]" in text and "needs preposition 'for'" in text
    assert "e1 Chile -> Peru: 0253" in text


def test_explain_says_why_nothing_was_coded(nlp):
    text = explain(nlp("The weather was lovely."))
    assert "no verb or noun in the text is a trigger" in text
    assert "events:\n  none" in text


def test_explain_command_runs(capsys):
    assert cli.main(["explain", "Iraq was attacked by Iran."]) == 0
    out = capsys.readouterr().out
    assert "Iran -> Iraq: 190" in out


def test_explain_without_text_is_a_usage_error(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli.main(["explain"]) == 2
    assert "give a sentence to explain" in capsys.readouterr().err
