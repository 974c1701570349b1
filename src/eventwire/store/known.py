"""Articles the store already holds, recognised before the NLP runs (by their record id)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from eventwire.article import Article, Failure


def stored_id(article: Article, clean: bool) -> str:
    """The record id the article will get: the hash of its cleaned text."""
    from eventwire.clean import clean as clean_text
    from eventwire.record import record_id

    return record_id(clean_text(article.text).text if clean else article.text)


def not_stored(
    items: Iterable[Article | Failure], store, clean: bool, seen: list[int]
) -> Iterator[Article | Failure]:
    """Drop articles whose record is already in the store (counted in ``seen[0]``)."""
    for item in items:
        if isinstance(item, Article):
            try:
                known = store.has_article(stored_id(item, clean))
            except Exception:  # noqa: BLE001 - the pipeline reports a bad article, naming it
                known = False
            if known:
                seen[0] += 1
                continue
        yield item
