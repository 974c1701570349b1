"""Readers (placeholder: plain text only, until the readers land)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.article import Article, Failure


def read_inputs(inputs: Iterable[str]) -> Iterator[Article | Failure]:
    for name in inputs:
        if name == "-":
            yield Article(text=sys.stdin.read(), path="-")
            continue
        path = Path(name)
        try:
            yield Article(text=path.read_text("utf-8"), path=name)
        except OSError as err:
            yield Failure(name, err.strerror or str(err))
