"""The TBAQ reader of ``benchmarks/time.py``: gold spans and the values it scores against."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TBAQ = ROOT / ".." / "shared" / "data" / "time" / "TBAQ-cleaned"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_time", ROOT / "benchmarks" / "time.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_time"] = module
    spec.loader.exec_module(module)
    return module


def test_gold_values_are_brought_to_our_precision(bench):
    def target(value):
        return bench.Gold(0, 1, "x", value).target

    assert target("1990-08-15") == "1990-08-15"
    assert target("1990-08-15TNI") == "1990-08-15"
    assert target("1991-W08-WE") == "1991-W08"
    assert target("199X") == "199"
    assert target("1989-Q3") == "1989-Q3"
    assert target("PRESENT_REF") is None
    assert target("1989-WXX") is None


def test_reader_finds_dct_and_date_spans(bench):
    files = sorted((TBAQ / "TimeBank").glob("*.tml"))
    if not files:
        pytest.skip("TBAQ-cleaned not available")
    doc = bench.read_tml(files[0])
    assert doc.dct.year > 1900
    assert doc.dates
    for gold in doc.dates:
        assert doc.text[gold.start: gold.end] == gold.text


def test_missing_data_folder_is_a_clear_error(bench, tmp_path, capsys):
    assert bench.main(["--data", str(tmp_path)]) == 2
    assert "no .tml files" in capsys.readouterr().err
