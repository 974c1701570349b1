"""Name keys: the one normal form under which the gazetteer stores and looks up place names.

Accents, case, dots, hyphens and a leading "the" do not distinguish places in English news
("São Paulo" = "Sao Paulo", "St. Louis" = "Saint Louis", "the Netherlands" = "Netherlands").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_DROP = re.compile(r"[.\u2019'`\u00b4]")
_JOIN = re.compile(r"[-\u2010-\u2015/_]")


def strip_accents(text: str) -> str:
    """``text`` without combining marks (NFKD), so "Kyïv" and "Kyiv" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The lookup key of a place name: lower case, no accents, dots or apostrophes, one space."""
    key = (name if name.isascii() else strip_accents(name)).lower()
    key = _DROP.sub("", key)
    key = _JOIN.sub(" ", key)
    key = _SPACES.sub(" ", key).strip()
    key = key.removeprefix("the ")
    if key.startswith("st "):
        key = "saint " + key[3:]
    elif key.startswith("ste "):
        key = "sainte " + key[4:]
    elif key.startswith("ft "):
        key = "fort " + key[3:]
    elif key.startswith("mt "):
        key = "mount " + key[3:]
    return key


def is_latin(name: str) -> bool:
    """True when ``name`` is written in Latin letters (other scripts never occur in English text)."""
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in strip_accents(name))
