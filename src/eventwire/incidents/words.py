"""The words that wording similarity compares: content words of a clause or an article's lead.

Lowercased alphabetic words of three letters or more, without spaCy's English stop words and the
common news words of ``data/common_words.txt``, each reduced to a known English word without its
plural or tense ending where there is one ("attacked", "attacks" -> "attack"; "announced" ->
"announce"), so different tellings meet. Each word weighs by how rare it is in English at large
(wordfreq's Zipf frequency, a fixed table, so weights never depend on what the store holds): a
name like "Etheridge" tells more than "government". Numbers (casualty counts and the like) are
kept apart, without years, for :func:`eventwire.incidents.rule.numbers_agree`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire import data

_WORD = re.compile(r"[^\W\d_]{3,}")
_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?![\w])|(?<![\w.,])\d+(?![\w,])")
_SUFFIXES = ("ings", "ing", "ies", "ied", "es", "ed", "s")
_CLAUSE_BREAK = re.compile(r"[;:()\[\]—–]| - ")
KNOWN_ZIPF = 2.0  # a word at least this common is a known English word
RARE_ZIPF = 7.0  # a word this common ("the", "and") weighs nothing


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words plus the common news words of the data file."""
    from spacy.lang.en.stop_words import STOP_WORDS

    extra = {w.lower() for w in data.read_words("incidents", "common_words.txt")}
    return frozenset(STOP_WORDS | extra)


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """How common the word is in English: wordfreq's Zipf value (0 unknown, 7+ "the")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


_ONE_SHORT_VOWEL = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")  # hop, tap, vot; not visit


def _candidates(base: str, suffix: str) -> tuple[str, ...]:
    """The words ``base`` + ``suffix`` may come from, most likely first. English doubles the
    last consonant after a short vowel ("hopping" from "hop"), so an "-ing"/"-ed" form of one
    syllable ending in one vowel and one consonant ("hoping") comes from the word with a silent
    "e"."""
    if suffix in ("ies", "ied"):
        return (base + "y",)
    if suffix in ("ing", "ings", "ed"):
        if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "aeioufls":
            return (base[:-1], base)  # planned -> plan, shipping -> ship
        if _ONE_SHORT_VOWEL.match(base):
            return (base + "e", base)  # hoping -> hope, based -> base
    return (base, base + "e")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The word without one plural or tense ending when what is left (or that plus "e", or with
    "y" for "ie") is a known English word; else the word itself."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            for candidate in _candidates(word[: -len(suffix)], suffix):
                if zipf(candidate) >= KNOWN_ZIPF:
                    return candidate
    return word


@lru_cache(maxsize=200_000)
def weight(word: str) -> float:
    """How much a shared word tells: the rarer in English, the more (0 for the commonest)."""
    return max(0.0, RARE_ZIPF - zipf(word))


def weighted_dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice overlap of two word sets, each word counted by its :func:`weight`."""
    if not a or not b:
        return 0.0
    total = sum(map(weight, a)) + sum(map(weight, b))
    return 2 * sum(map(weight, a & b)) / total if total else 0.0


def content_words(text: str) -> frozenset[str]:
    """The stems of the content words of ``text``."""
    stops = stop_words()
    return frozenset(
        stem(w) for w in (m.group().lower() for m in _WORD.finditer(text or "")) if w not in stops
    )


@lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """Counts written in words ("six", "fourteen"): ``data/number_words.tsv``."""
    text = data.read_text("incidents", "number_words.tsv")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {word.strip(): int(value) for word, value, *_ in rows}


def numbers(text: str) -> tuple[int, ...]:
    """The whole numbers in ``text``, in digits or words, years (1900-2099) left out."""
    words = number_words()
    out = [words[w] for w in re.findall(r"[a-z]+", (text or "").lower()) if w in words]
    for m in _NUMBER.finditer(text or ""):
        value = int(m.group().replace(",", ""))
        if not (1900 <= value <= 2099 and "," not in m.group()):
            out.append(value)
    return tuple(sorted(set(out)))


def clause(sentence: str, start: int, end: int) -> str:
    """The part of ``sentence`` around the span start..end (offsets in the sentence) between
    clause breaks (semicolon, colon, dash, brackets)."""
    left = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, max(0, start)):
        left = m.end()
    m = _CLAUSE_BREAK.search(sentence, max(0, end))
    right = m.start() if m else len(sentence)
    return sentence[left:right]
