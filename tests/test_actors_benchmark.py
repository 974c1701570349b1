"""The actors benchmark's gold reader and scoring helpers (the full run is the benchmark's job)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "actors.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_actors", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reads_the_322_gold_records(bench):
    if not bench.GOLD.exists():
        pytest.skip("shared PLOVER gold file not available")
    records = bench.load_gold(bench.GOLD)
    assert len(records) == 322
    assert sum(len(bench.gold_actors(r)) for r in records) == 650


def test_gold_reader_skips_comment_lines(bench, tmp_path):
    path = tmp_path / "gold.txt"
    path.write_text('# a header\n// another\n[{"id": "x", "event": "AGREE", "text": "t"}]\n')
    assert len(bench.load_gold(path)) == 1


def test_bad_gold_file_is_a_clear_error(bench, tmp_path):
    path = tmp_path / "gold.txt"
    path.write_text("not json")
    with pytest.raises(SystemExit, match="not the JSON list"):
        bench.load_gold(path)


def test_find_text_handles_elisions(bench):
    text = "U.S. and Russian negotiators met."
    assert bench.find_text(text, "U.S. ... negotiators") == (0, 4)
    assert bench.find_text(text, "russian negotiators") == (9, 28)


def test_sector_and_country_normalisation(bench):
    assert bench.gold_sector("CVLalb") == "CVL"
    assert bench.gold_sector("***") == "***"
    assert bench.gold_sector(None) is None
    assert bench.our_country("IGOUNO", "IGO") == "IGO"
    assert bench.our_country("RUS", "GOV") == "RUS"


def test_help_runs():
    out = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True,
                         text=True, check=True)
    assert "PLOVER" in out.stdout
