"""Articles already stored, recognised before the NLP runs.

An article's record id is the hash of its cleaned text, so whether it is stored can be asked
before the pipeline runs on it: ``eventwire ingest`` (rerun after an interruption) and
``POST /articles`` (a client sending the same article twice) both skip the work through
:class:`SkipStored`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from eventwire.article import Article, Failure
from eventwire.clean import clean as clean_text
from eventwire.record import record_id


def stored_id(article: Article, *, clean: bool = True) -> str:
    """The record id the article will get: the hash of its (cleaned) text."""
    return record_id(clean_text(article.text).text if clean else article.text)


class SkipStored:
    """Pass on only the articles whose record is not in ``store`` yet, counting the others."""

    def __init__(self, store, *, clean: bool = True):
        self.store = store
        self.clean = clean
        self.skipped = 0

    def stored(self, article: Article) -> str | None:
        """The record id of the article when it is stored (counted in ``skipped``), else None."""
        try:
            rid = stored_id(article, clean=self.clean)
            known = self.store.has_article(rid)
        except Exception:  # noqa: BLE001 - the pipeline reports a bad article, naming it
            return None
        self.skipped += known
        return rid if known else None

    def __call__(self, items: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
        """``items`` without the articles already stored (failures pass through)."""
        for item in items:
            if isinstance(item, Article) and self.stored(item) is not None:
                continue
            yield item
