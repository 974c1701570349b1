"""Small hand-written articles for the incident tests (our own text), processed once per session.

The two outlets' reports of one attack are the README's example (examples/incidents/*.jsonl).
"""

from __future__ import annotations

import json
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "incidents"

MARKET = """Taliban attack Kandahar market

Taliban fighters attacked a crowded fruit market in Kandahar on Monday, killing three shoppers and wounding nine, the city's police chief said.

No other group claimed the attack.
"""

CHECKPOINT = """Gunmen overrun army checkpoint near Kandahar airport

Insurgents armed with rifles and grenades overran an army checkpoint beside Kandahar airport on Wednesday, killing fourteen soldiers, the defence ministry said.

The fighting at the checkpoint went on through the night.
"""

TALKS_ANNOUNCED = """India and China to hold border talks

India's foreign minister will meet China's foreign minister in New Delhi on Wednesday to discuss the disputed Himalayan border, the ministry announced on Monday.
"""

TALKS_HELD = """Indian and Chinese ministers discuss border

India's foreign minister met his Chinese counterpart in New Delhi on Wednesday, and the two discussed the tense Himalayan frontier for three hours.
"""

# name -> (text, published, publisher); 2024-03-04 is a Monday
ARTICLES = {
    "market": (MARKET, "2024-03-04", "Kabul Daily"),
    "checkpoint": (CHECKPOINT, "2024-03-06", "Kabul Daily"),
    "talks_announced": (TALKS_ANNOUNCED, "2024-03-04", "Delhi Ledger"),
    "talks_held": (TALKS_HELD, "2024-03-06", "Himalaya Times"),
}


# name -> JSONL example file of one article
EXAMPLE_FILES = {"attack_a": "kabul-daily.jsonl", "attack_b": "frontier-post.jsonl"}


def articles() -> dict:
    """Every test article as an :class:`~eventwire.article.Article`, by name."""
    from eventwire.article import Article

    out = {}
    for name, filename in EXAMPLE_FILES.items():
        row = json.loads((EXAMPLES / filename).read_text("utf-8"))
        out[name] = Article(text=row["text"], title=row["title"], published=row["published"],
                            publisher=row["publisher"], url=row["url"])
    for name, (text, published, publisher) in ARTICLES.items():
        out[name] = Article(text=text, published=published, publisher=publisher)
    return out


def process_all(nlp) -> dict[str, dict]:
    """The record of every test article, by name."""
    from eventwire.pipeline import process_article

    return {name: process_article(article, nlp) for name, article in articles().items()}
