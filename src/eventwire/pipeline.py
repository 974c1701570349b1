"""One article through the whole pipeline: clean, run the spaCy components, build the record."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from eventwire import clean as cleaning
from eventwire.article import Article
from eventwire.dateline import find_published
from eventwire.extensions import ARTICLE_KEY
from eventwire.longdoc import MAX_CHARS, merge_records, split_text
from eventwire.nlp import load, model_label
from eventwire.record import record_id, to_record

_default_nlp: Language | None = None


def default_nlp() -> Language:
    """The process-wide default pipeline, loaded once on first use."""
    global _default_nlp
    if _default_nlp is None:
        _default_nlp = load()
    return _default_nlp


@dataclass
class Prepared:
    """An article cleaned and cut into Docs (one, unless it is very long), not yet processed."""

    article: Article
    text: str
    removed: list[dict]
    docs: list[Doc]
    offsets: list[int]
    published_source: str | None = None


def prepare(
    article: Article,
    nlp: Language,
    *,
    clean: bool = True,
    published: str | None = None,
    max_chars: int = MAX_CHARS,
) -> Prepared:
    """Clean an article and make its unprocessed Doc(s), with ``doc._.published`` set.

    ``published`` comes from the argument, then the article's metadata, then a dateline, then
    the article's fallback date (a crawl date, a PDF's creation date); :func:`dated` says which.
    """
    if clean:
        cleaned = cleaning.clean(article.text)
        text, removed = cleaned.text, cleaned.removed
    else:
        text, removed = article.text, []
    date, source = dated(article, text, published)
    label = model_label(nlp)
    name = f"article {record_id(text)}"
    if article.path or article.id or article.url:
        name += f" ({article.path or article.id or article.url})"
    docs, offsets = [], []
    for offset, piece in split_text(text, max_chars):
        doc = nlp.make_doc(piece)
        doc._.published = date
        doc.user_data["eventwire_model"] = label
        doc.user_data[ARTICLE_KEY] = name
        docs.append(doc)
        offsets.append(offset)
    if not docs:  # empty text: one empty Doc keeps the record shape
        doc = nlp.make_doc("")
        doc._.published = date
        doc.user_data["eventwire_model"] = label
        doc.user_data[ARTICLE_KEY] = name
        docs, offsets = [doc], [0]
    return Prepared(article, text, removed, docs, offsets, source)


def dated(article: Article, text: str, published: str | None = None) -> tuple[str | None, str | None]:
    """(publication date, where it came from: option, metadata, dateline or crawl), or (None, None)."""
    if published:
        return published, "option"
    if article.published:
        return article.published, "metadata"
    found = find_published(text)
    if found:
        return found, "dateline"
    if article.fallback_published:
        return article.fallback_published, article.fallback_source or "metadata"
    return None, None


def finish(prepared: Prepared, docs: list[Doc]) -> dict:
    """Build the record of an article from its processed Doc(s)."""
    article = prepared.article
    parts = [
        to_record(
            doc,
            title=article.title,
            source={
                "id": article.id,
                "path": article.path,
                "url": article.url,
                "publisher": article.publisher,
                "byline": article.byline,
            },
            removed=prepared.removed,
            published_source=prepared.published_source,
        )
        for doc in docs
    ]
    if len(parts) == 1 and prepared.offsets[0] == 0 and parts[0]["text"] == prepared.text:
        return parts[0]
    return merge_records(parts, prepared.offsets, prepared.text)


def process_article(
    article: Article,
    nlp: Language | None = None,
    *,
    clean: bool = True,
    published: str | None = None,
) -> dict:
    """Run one :class:`Article` through the pipeline and return its record."""
    nlp = nlp or default_nlp()
    prepared = prepare(article, nlp, clean=clean, published=published)
    return finish(prepared, [nlp(doc) for doc in prepared.docs])


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
