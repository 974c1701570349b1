"""What a batch did, for the one line ``process`` prints on standard error when it ends."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


def plural(n: int, word: str) -> str:
    """``1 article``, ``3 articles``."""
    return f"{n} {word}" + ("" if n == 1 else "s")


@dataclass
class Tally:
    """Counts of one batch: articles written, events in them, failures, articles without a date."""

    articles: int = 0
    events: int = 0
    failed: int = 0
    undated: int = 0
    started: float = field(default_factory=time.perf_counter)

    def add(self, record: dict) -> None:
        """Count one record written."""
        self.articles += 1
        count = getattr(record, "count", None)  # a record kept on disk knows without loading
        self.events += count("events") if count else len(record.get("events") or [])
        if not record.get("published"):
            self.undated += 1

    def line(self, command: str) -> str:
        """``eventwire process: 3 articles, 41 events, 1 failed, 1 without a date; 12.4 s``."""
        seconds = time.perf_counter() - self.started
        parts = [plural(self.articles, "article"), plural(self.events, "event"),
                 f"{self.failed} failed"]
        if self.undated:
            parts.append(f"{self.undated} without a publication date")
        rate = f" ({self.articles / seconds:.2f} articles/s)" if self.articles and seconds else ""
        return f"eventwire {command}: {', '.join(parts)}; {seconds:.1f} s{rate}"
