"""Small hand-written articles for the incident tests (our own text), processed once per session."""

from __future__ import annotations

ATTACK_A = """Gunmen attack police station in Kandahar

KANDAHAR, Afghanistan — Taliban gunmen attacked a police station in Kandahar on Tuesday, killing six officers, provincial officials said.

The attackers stormed the compound before dawn and fought the police for two hours, the governor's spokesman said.
"""

ATTACK_B = """Six officers killed as militants storm Kandahar police post

Militants of the Taliban stormed a police post in the Afghan city of Kandahar on Tuesday and killed six policemen, a local official told reporters.

The assault began before sunrise, he said, and the fighting lasted about two hours.
"""

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

# (name, text, published, publisher); 2024-03-04 is a Monday
ARTICLES = {
    "attack_a": (ATTACK_A, "2024-03-05", "Kabul Daily"),
    "attack_b": (ATTACK_B, "2024-03-06", "Frontier Post"),
    "market": (MARKET, "2024-03-04", "Kabul Daily"),
    "checkpoint": (CHECKPOINT, "2024-03-06", "Kabul Daily"),
    "talks_announced": (TALKS_ANNOUNCED, "2024-03-04", "Delhi Ledger"),
    "talks_held": (TALKS_HELD, "2024-03-06", "Himalaya Times"),
}


def process_all(nlp) -> dict[str, dict]:
    """The record of every article above, by name."""
    from eventwire.article import Article
    from eventwire.pipeline import process_article

    out = {}
    for name, (text, published, publisher) in ARTICLES.items():
        article = Article(text=text, published=published, publisher=publisher)
        out[name] = process_article(article, nlp)
    return out
