"""The start-up cache of built indexes: read back when its sources are unchanged, rebuilt when
they change or the file is damaged, skipped when off or unwritable."""

from __future__ import annotations

import os

import pytest

from eventwire import datacache


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_second_call_reads_the_pickle(folder, tmp_path):
    source = tmp_path / "table.tsv"
    source.write_text("a\tb\n")
    build, calls = _counting({"a": ["b"]})
    assert datacache.cached("table", [source], build) == {"a": ["b"]}
    assert datacache.cached("table", [source], build) == {"a": ["b"]}
    assert len(calls) == 1
    assert len(list(folder.glob("table-*.pickle"))) == 1


def test_a_changed_source_rebuilds_and_replaces_the_old_pickle(folder, tmp_path):
    source = tmp_path / "table.tsv"
    source.write_text("a\tb\n")
    datacache.cached("table", [source], lambda: 1)
    source.write_text("a\tb\nc\td\n")
    os.utime(source, ns=(1, 1))
    assert datacache.cached("table", [source], lambda: 2) == 2
    assert len(list(folder.glob("table-*.pickle"))) == 1


def test_a_damaged_pickle_is_rebuilt(folder, tmp_path):
    source = tmp_path / "table.tsv"
    source.write_text("x")
    datacache.cached("table", [source], lambda: [1, 2])
    (pickle,) = folder.glob("table-*.pickle")
    pickle.write_bytes(b"not a pickle")
    build, calls = _counting([1, 2])
    assert datacache.cached("table", [source], build) == [1, 2]
    assert calls == [1]


def test_off_and_unwritable_folders_build_every_time(tmp_path, monkeypatch):
    source = tmp_path / "table.tsv"
    source.write_text("x")
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", "off")
    build, calls = _counting("v")
    datacache.cached("table", [source], build)
    datacache.cached("table", [source], build)
    assert len(calls) == 2
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(blocker / "cache"))
    assert datacache.cached("table", [source], lambda: "w") == "w"


def test_cached_indexes_equal_freshly_built_ones(folder):
    """The packaged indexes read back from the cache answer as the freshly built ones do."""
    from eventwire.clean import words
    from eventwire.events import lexicon
    from eventwire.geo.gazetteer import Gazetteer

    fresh_words = words._build(words._model_path())
    assert datacache.cached("words", [], lambda: fresh_words) == fresh_words
    assert datacache.cached("words", [], lambda: None) == fresh_words
    fresh_lex = lexicon._build()
    datacache.cached("lex", [], lambda: fresh_lex)
    again = datacache.cached("lex", [], lambda: None)
    assert [e.id for e in again.entries] == [e.id for e in fresh_lex.entries]
    assert again.by_lemma.keys() == fresh_lex.by_lemma.keys()
    datacache.cached("gaz", [], Gazetteer)
    gaz = datacache.cached("gaz", [], lambda: None)
    assert gaz.lookup("Nairobi") == Gazetteer().lookup("Nairobi")
