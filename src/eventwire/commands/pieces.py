"""Progress through one long document: a bar of its pieces on standard error, as they finish.

A 300-page PDF is cut into pieces (``eventwire.longdoc``) and can take minutes; the article
progress bar would not move meanwhile. This shows "report.pdf: 3/12 pieces" instead.
"""

from __future__ import annotations

import sys
from typing import IO


class PieceProgress:
    """``on_piece(name, done, total)`` for the runner: one bar per long article, closed when done."""

    def __init__(self, stream: IO[str] | None = None, enabled: bool | None = None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.bar = None
        self.name: str | None = None

    def __call__(self, name: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        from tqdm import tqdm

        if self.bar is None or self.name != name:
            self.close()
            self.name = name
            self.bar = tqdm(total=total, desc=f"{name}: pieces", unit="piece",
                            file=self.stream, leave=False, dynamic_ncols=True, mininterval=0)
        self.bar.update(done - self.bar.n)
        if done >= total:
            self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
