"""Rejoining a word split across a line or page break: "diplo-" + "matic", "Asia-" + "Pacific".

A broken word loses its hyphen; a real compound keeps it. The decision uses general rules of
English spelling (a capitalised or numeric second half is a compound; so is a pair of words that
is not itself one word) and the model's word list, never a list of particular compounds.
"""

from __future__ import annotations

import re

from eventwire.clean.cues import cues
from eventwire.clean.words import is_word

# Characters that end a line when a word is split: hyphen-minus, hyphen, soft hyphen.
HYPHENS = "-\u2010\u00ad"
_LEFT = re.compile(rf"([^\W\d_][\w'’.]*)[{HYPHENS}]$")
_RIGHT = re.compile(r"^([^\W_][\w'’]*)")


def split_word_end(line: str) -> str | None:
    """The word fragment a line ends with, when it ends in a break hyphen ("diplo-" → "diplo")."""
    m = _LEFT.search(line[-80:])
    if not m or (line.endswith("-") and line[:-1].endswith(("-", " "))):
        return None
    return m.group(1)


def word_start(line: str) -> str | None:
    """The word fragment a line starts with, if it starts with a letter or digit."""
    m = _RIGHT.match(line)
    return m.group(1) if m else None


def keeps_hyphen(left: str, right: str, soft: bool = False) -> bool:
    """Decide whether ``left`` + "-" + ``right`` is a compound (True) or one broken word (False)."""
    if soft:
        return False  # a soft hyphen marks a break, never a compound
    if right[:1].isupper() or any(c.isdigit() for c in left + right):
        return True  # Asia-Pacific, Russia-Ukraine, anti-American, COVID-19
    if len(left) > 1 and left.replace(".", "").isupper():
        return True  # U.S.-led, NATO-backed
    if left.lower() in cues().hyphen_prefixes:
        return True  # self-defence, ex-president
    joined = left + right
    if is_word(f"{left}-{right}"):
        return True
    if is_word(joined):
        return False
    # two words stay two (well-known, cross-border); an unknown word, often a name, is one
    return is_word(left) and is_word(right)


def rejoin(before: str, after: str, soft: bool = False) -> str:
    """Join two lines where ``before`` ends in a break hyphen; returns the joined text."""
    left = split_word_end(before)
    right = word_start(after)
    if left is None or right is None:
        return f"{before} {after}"
    if keeps_hyphen(left, right, soft=soft or before.endswith("\u00ad")):
        return before[:-1] + "-" + after
    return before[:-1] + after
