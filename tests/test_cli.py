"""The ``eventwire`` command: version, help, usage errors, standard input, formats."""

import json
import subprocess
import sys

import pytest

from eventwire.cli import COMMANDS, build_parser

EXAMPLE = "examples/nairobi-talks.txt"


def eventwire(*args, input=None):
    return subprocess.run(
        [sys.executable, "-m", "eventwire", *args],
        input=input, check=False, capture_output=True, text=True, timeout=300,
    )


def test_version():
    out = eventwire("--version")
    assert out.returncode == 0 and out.stdout.startswith("eventwire ")


def test_help_lists_the_commands():
    out = eventwire("--help")
    assert out.returncode == 0
    for name in ("process", "explain"):
        assert name in out.stdout


@pytest.mark.parametrize("name", COMMANDS)
def test_every_subcommand_has_help(name, capsys):
    parser = build_parser()
    subparsers = parser._subparsers._group_actions[0].choices
    if name not in subparsers:
        pytest.skip(f"{name} not built")
    with pytest.raises(SystemExit) as exit:
        parser.parse_args([name, "--help"])
    assert exit.value.code == 0
    assert "usage: eventwire " + name in capsys.readouterr().out


def test_no_command_is_a_usage_error():
    assert eventwire().returncode == 2


def test_bad_option_is_a_usage_error_without_traceback():
    out = eventwire("process", EXAMPLE, "--published", "last Tuesday")
    assert out.returncode == 2
    assert "--published" in out.stderr and "Traceback" not in out.stderr


def test_unknown_model_is_reported_clearly():
    out = eventwire("process", EXAMPLE, "--model", "no_such_pipeline_xyz")
    assert out.returncode == 2
    assert "no_such_pipeline_xyz" in out.stderr and "Traceback" not in out.stderr


def test_standard_input_and_pretty_output():
    text = "Lawmakers in Ottawa passed a new budget on Thursday, the finance minister said."
    out = eventwire("process", "-", "--published", "2024-06-07", "--format", "pretty", input=text)
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    assert record["published"] == "2024-06-07"
    assert record["source"]["path"] == "-"
    assert "\n  " in out.stdout  # indented


def test_output_file_and_missing_input(tmp_path):
    target = tmp_path / "records.jsonl"
    out = eventwire("process", EXAMPLE, str(tmp_path / "missing.txt"), EXAMPLE, "-o", str(target))
    assert out.returncode == 1
    failure, summary = out.stderr.splitlines()  # one line per failure, then the batch summary
    assert "missing.txt" in failure and summary.startswith("eventwire process: 2 articles")
    lines = target.read_text().splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["source"]["path"] == EXAMPLE for line in lines)


def test_no_clean_keeps_the_text_as_given():
    text = "Photo: Reuters\nThe army\nwithdrew."
    out = eventwire("process", "-", "--no-clean", input=text)
    assert json.loads(out.stdout)["text"] == text


def test_progress_total_counts_files_and_jsonl_lines(tmp_path):
    from eventwire.commands.common import estimate_total

    (tmp_path / "a.txt").write_text("One story.")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n\n{"text": "z"}\n')
    assert estimate_total([str(tmp_path)]) == 4
    assert estimate_total([str(tmp_path / "a.txt"), "-"]) is None


def test_only_runs_the_parts_asked_for_and_what_they_need():
    out = eventwire("process", "-", "--only", "quotes", "--published", "2024-01-05",
                    input='"We will not back down," the opposition leader said on Friday.')
    record = json.loads(out.stdout)
    assert record["events"] == [] and record["times"] == []
    assert record["quotes"]  # quotes need actors, which come along


def test_only_rejects_unknown_parts():
    out = eventwire("process", "-", "--only", "sentiment", input="x")
    assert out.returncode == 2 and "sentiment" in out.stderr
