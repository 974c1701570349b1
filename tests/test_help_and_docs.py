"""What the user reads: --help of --model, the README's token rules, the process formats."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest
import spacy

from eventwire.cli import build_parser
from eventwire.commands import UsageError
from eventwire.commands.serve import check_args
from eventwire.nlp import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def help_of(command: str) -> str:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return " ".join(sub.choices[command].format_help().split())


@pytest.mark.parametrize("command", ["process", "ingest"])
def test_model_help_names_the_installed_default_and_how_to_use_another(command):
    text = help_of(command)
    assert spacy.util.is_package(DEFAULT_MODEL)
    assert f"default: {DEFAULT_MODEL}" in text
    assert "en_core_web_sm)" not in text  # not a model eventwire installs
    assert "EVENTWIRE_MODEL" in text and "path of a pipeline folder" in text


def test_readme_states_the_token_length_serve_enforces():
    block = README.split("<!-- token-rules -->", 1)[1][:1500]
    n = int(re.search(r"at least (\d+) characters", block).group(1))

    def args(token: str) -> argparse.Namespace:
        return argparse.Namespace(db=str(ROOT / "README.md"), port=8000, max_body=1,
                                  token=token, host="127.0.0.1")

    check_args(args("x" * n))
    with pytest.raises(UsageError, match=f"at least {n} characters"):
        check_args(args("x" * (n - 1)))


def test_readme_documents_every_process_format():
    from eventwire.commands.process import FORMATS

    for fmt in FORMATS:
        assert f"--format {fmt}" in README
