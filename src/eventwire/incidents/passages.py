"""Passages two articles share word for word: the runs of words that reports of one occurrence
repeat (the statement quoted, the official's line, the agency's phrase).

An article's passages are its runs of ``article_evidence.passages.words`` consecutive words
(lowercased letters and digits) with at least ``content_words`` of them content words (not stop
words, so "one of the most" is no passage), each kept as a short fingerprint (CRC-32 in hex: the
same run gives the same fingerprint in every article and on every run). Counting the fingerprints
two articles share needs only the two articles, never a count over the store, so it keeps the
incidents independent of arrival order.
"""

from __future__ import annotations

import re
import zlib

from eventwire.incidents.settings import settings
from eventwire.incidents.words import stop_words

_TOKEN = re.compile(r"[^\W_]+")


def passages(text: str) -> frozenset[str]:
    """The fingerprints of the passages of ``text``."""
    s = settings()
    size, content, stops = s.passage_words, s.passage_content_words, stop_words()
    words = [w.lower() for w in _TOKEN.findall(text or "")]
    runs = (words[i : i + size] for i in range(len(words) - size + 1))
    return frozenset(
        format(zlib.crc32(" ".join(run).encode("utf-8")), "08x")
        for run in runs
        if sum(w not in stops for w in run) >= content
    )


def missing_passages(a: frozenset[str] | None, b: frozenset[str] | None) -> int:
    """How many shared passages the two articles lack of ``article_evidence.passages.min``; 0
    when either article's passages are unknown (stored before they were kept)."""
    if a is None or b is None:
        return 0
    return max(0, settings().passages_min - len(a & b))
