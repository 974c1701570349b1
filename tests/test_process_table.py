"""``process --format table``, the batch summary on stderr, and progress through a long document."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

from eventwire.article import Article
from eventwire.commands.pieces import PieceProgress
from eventwire.runner import RunConfig, run
from eventwire.tableview import article_name, record_table

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def readme_table_example() -> tuple[list[str], str]:
    block = re.search(r"<!-- table-example -->\s*```console\n\$ (.*?)\n(.*?)```", README, re.DOTALL)
    assert block, "README has no table-example block"
    return block.group(1).split(), block.group(2)


def eventwire(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventwire", *args], cwd=cwd, check=False,
                          capture_output=True, text=True, timeout=300)


def test_readme_table_is_what_the_command_prints():
    command, shown = readme_table_example()
    assert command[:2] == ["eventwire", "process"] and "table" in command
    out = eventwire(*command[1:])
    assert out.returncode == 0, out.stderr
    assert out.stdout == shown


def test_table_groups_events_under_their_article(tmp_path):
    (tmp_path / "a.txt").write_text("Police in Lagos arrested 30 protesters on Monday.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Japan's foreign minister visited Seoul on Friday.\n", "utf-8")
    out = eventwire("process", "a.txt", "b.txt", "--format", "table", "--published", "2024-05-08",
                    cwd=tmp_path)
    blocks = out.stdout.split("\n\n")
    assert len(blocks) == 2
    assert blocks[0].startswith("a.txt · published 2024-05-08 (option)")
    assert "'arrested'" in blocks[0] and "'visited'" not in blocks[0]
    assert blocks[1].startswith("b.txt · ") and "'visited'" in blocks[1]


def test_pretty_format_stays_the_indented_record(tmp_path):
    (tmp_path / "a.txt").write_text("Police in Lagos arrested 30 protesters.\n", "utf-8")
    out = eventwire("process", "a.txt", "--format", "pretty", "--published", "2024-05-08",
                    cwd=tmp_path)
    assert out.stdout.startswith('{\n  "schema": "eventwire/1"')


def test_batch_ends_with_one_summary_line_on_stderr(tmp_path):
    (tmp_path / "a.txt").write_text("Police in Lagos arrested 30 protesters.\n", "utf-8")
    out = eventwire("process", "a.txt", "missing.txt", "--published", "2024-05-08", cwd=tmp_path)
    last = out.stderr.strip().splitlines()[-1]
    assert re.fullmatch(
        r"eventwire process: 1 article, \d+ events?, 1 failed; \d+\.\d s \(\d+\.\d\d articles/s\)",
        last,
    ), last
    assert out.returncode == 1


def test_article_named_by_title_then_url_then_file():
    base = {"source": {"path": "story.txt", "url": "https://example.org/a"}, "title": "Talks"}
    assert article_name(base) == "Talks"
    assert article_name({**base, "title": None}) == "https://example.org/a"
    assert article_name({**base, "title": None, "source": {"path": "story.txt"}}) == "story.txt"


def test_article_without_events_says_why():
    text = record_table({"id": "x", "source": {"path": "a.txt"}, "events": [], "actors": []})
    assert "no event coded" in text


def test_long_document_reports_its_pieces_as_they_finish():
    paragraph = "The minister visited Nairobi on Monday. Talks went on for hours.\n\n"
    article = Article(text=paragraph * 12, path="long.txt")
    heard = []
    cfg = RunConfig(published="2024-05-08", piece_chars=300, components=("eventwire_places",))
    [record] = list(run([article], cfg=cfg, on_piece=lambda *a: heard.append(a)))
    assert len(heard) > 2
    assert heard[-1] == ("long.txt", len(heard), len(heard))
    assert [k for _, k, _ in heard] == list(range(1, len(heard) + 1))
    assert record["text"].count("visited Nairobi") == 12


def test_piece_progress_draws_a_bar_of_pieces():
    stream = io.StringIO()
    bar = PieceProgress(stream, enabled=True)
    for k in range(1, 4):
        bar("long.pdf", k, 3)
    assert "long.pdf: pieces" in stream.getvalue()
    assert "2/3" in stream.getvalue()
    assert bar.bar is None  # closed at the last piece
