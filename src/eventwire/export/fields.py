"""Cell values as exports write them: text without the blank lines and spaces around it."""

from __future__ import annotations


def trimmed(row: dict) -> dict:
    """The row with every text value stripped (a sentence's span keeps its trailing line breaks,
    which would make multi-line CSV cells)."""
    return {k: v.strip() if isinstance(v, str) else v for k, v in row.items()}
