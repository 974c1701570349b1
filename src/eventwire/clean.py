"""Repair of text extracted from PDFs and web pages (placeholder until the cleaner lands)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Cleaned:
    text: str
    removed: list[dict] = field(default_factory=list)


def clean(text: str) -> Cleaned:
    paras = [" ".join(p.split()) for p in text.replace("\f", "\n\n").split("\n\n")]
    return Cleaned("\n\n".join(p for p in paras if p))
