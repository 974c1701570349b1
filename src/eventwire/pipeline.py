"""One article through the whole pipeline: clean, run the spaCy components, build the record."""

from __future__ import annotations

from spacy.language import Language

from eventwire import clean as cleaning
from eventwire.article import Article
from eventwire.dateline import find_published
from eventwire.nlp import load, model_label
from eventwire.record import to_record

_default_nlp: Language | None = None


def default_nlp() -> Language:
    """The process-wide default pipeline, loaded once on first use."""
    global _default_nlp
    if _default_nlp is None:
        _default_nlp = load()
    return _default_nlp


def prepare(article: Article, nlp: Language, *, clean: bool = True, published: str | None = None):
    """Clean an article and make its (unprocessed) Doc, with ``doc._.published`` set.

    Returns ``(doc, removed)``. ``published`` comes from the argument, then the article's
    metadata, then a dateline in the text.
    """
    if clean:
        cleaned = cleaning.clean(article.text)
        text, removed = cleaned.text, cleaned.removed
    else:
        text, removed = article.text, []
    doc = nlp.make_doc(text)
    doc._.published = published or article.published or find_published(text)
    doc.user_data["eventwire_model"] = model_label(nlp)
    return doc, removed


def finish(doc, article: Article, removed: list[dict]) -> dict:
    """Build the record of a processed Doc."""
    return to_record(
        doc,
        title=article.title,
        source={
            "id": article.id,
            "path": article.path,
            "url": article.url,
            "publisher": article.publisher,
            "byline": article.byline,
        },
        removed=removed,
    )


def process_article(
    article: Article,
    nlp: Language | None = None,
    *,
    clean: bool = True,
    published: str | None = None,
) -> dict:
    """Run one :class:`Article` through the pipeline and return its record."""
    nlp = nlp or default_nlp()
    doc, removed = prepare(article, nlp, clean=clean, published=published)
    return finish(nlp(doc), article, removed)


def process(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    nlp: Language | None = None,
    clean: bool = True,
    url: str | None = None,
) -> dict:
    """Process one article given as a string and return its record (a dict in schema eventwire/1)."""
    article = Article(text=text, title=title, url=url)
    return process_article(article, nlp, clean=clean, published=published)
