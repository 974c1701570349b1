"""Very long articles: split at paragraph breaks (else sentence ends, else spaces) into pieces.

One giant input (a book-length PDF, a crawl page with a whole forum thread, a text without a
single line break) must not stall or exhaust a worker, and spaCy refuses texts over
``nlp.max_length``. The pieces are processed like articles of their own, then merged into one
record of the whole text (``eventwire.longrecord``): offsets shifted, ids renumbered, references
remapped, and actors and places met in several pieces joined.
"""

from __future__ import annotations

import re

MAX_CHARS = 100_000


def split_text(text: str, max_chars: int = MAX_CHARS) -> list[tuple[int, str]]:
    """``[(offset, piece), …]`` covering ``text``; pieces end at paragraph (else sentence, else
    space) breaks and are at most ``max_chars`` long."""
    if len(text) <= max_chars:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            window = text[start:end]
            cut = window.rfind("\n\n")
            if cut < max_chars // 4:
                m = list(re.finditer(r"[.!?]\s", window))
                cut = m[-1].end() - 1 if m and m[-1].end() > max_chars // 4 else window.rfind(" ")
            if cut > 0:
                end = start + cut
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            pieces.append((start + lead, stripped))
        start = end
    return pieces
