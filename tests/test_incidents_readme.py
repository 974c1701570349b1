"""The README's incident example works as written: two articles in, one incident out."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def example_commands() -> list[list[str]]:
    block = re.search(r"<!-- incidents-example -->\s*```console\n(.*?)```", README, re.DOTALL)
    assert block, "README has no incidents-example block"
    return [line[2:].split() for line in block.group(1).splitlines() if line.startswith("$ ")]


def eventwire(args: list[str], db: Path) -> subprocess.CompletedProcess:
    args = [str(db) if a == "incidents.db" else a for a in args[1:]]
    return subprocess.run([sys.executable, "-m", "eventwire", *args], cwd=ROOT, check=False,
                          capture_output=True, text=True, timeout=300)


def test_two_articles_in_one_incident_out(tmp_path):
    db = tmp_path / "incidents.db"
    commands = example_commands()
    assert [c[1] for c in commands] == ["ingest", "ingest", "query", "incidents"]
    for args in commands[:2]:
        out = eventwire(args, db)
        assert out.returncode == 0, out.stderr
    listing = eventwire(commands[2], db)
    assert listing.returncode == 0, listing.stderr
    joined = [line.split()[0] for line in listing.stdout.splitlines()[2:]
              if line.split()[5:7] == ["2", "2"]]
    assert len(joined) == 1  # one incident told by both articles, from two sources
    show = eventwire([*commands[3][:3], joined[0], *commands[3][4:]], db)
    assert show.returncode == 0, show.stderr
    assert "in 2 articles from 2 sources" in show.stdout
    assert "Kabul Daily" in show.stdout and "Frontier Post" in show.stdout
