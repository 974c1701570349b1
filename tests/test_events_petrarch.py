"""The PETRARCH-2 verb dictionary converter (scripts/build_petrarch_verbs.py)."""

import importlib.util
from pathlib import Path

import pytest
import yaml

from eventwire.events.lexicon import read_entries

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "eventwire" / "events" / "data"
SOURCE = ROOT.parent / "shared" / "data" / "petrarch2" / "CAMEO.2.0.txt"

pytestmark = pytest.mark.skipif(not SOURCE.exists(), reason="shared PETRARCH-2 data not available")


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("bpv", ROOT / "scripts" / "build_petrarch_verbs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path_factory.mktemp("p2") / "verbs-petrarch.yaml"
    module.write(module.convert(), out)
    return out


def test_converted_file_is_a_valid_lexicon(converted):
    entries = read_entries(converted)
    assert len(entries) > 1000 and all(e.object or e.prep for e in entries)


def test_our_verbs_win(converted):
    ours = {e["verb"].split()[0] for e in yaml.safe_load((DATA / "verbs.yaml").read_text("utf-8"))}
    assert not {e.lemma for e in read_entries(converted)} & ours


def test_the_source_is_named(converted):
    assert "openeventdata/petrarch2" in converted.read_text("utf-8")[:400]
