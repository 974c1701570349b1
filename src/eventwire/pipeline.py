"""One article through the whole pipeline: clean, run the spaCy components, build the record."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc

from eventwire import clean as cleaning
from eventwire.article import Article
from eventwire.dateline import find_published
from eventwire.extensions import ARTICLE_KEY
from eventwire.longdoc import MAX_CHARS, split_text
from eventwire.longrecord import merge_records
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
    """An article cleaned and cut into pieces (one, unless it is very long), not yet processed.

    The pieces stay strings until :meth:`make_docs` makes their Docs one at a time, so a runner
    holds the tokens of one piece, not of a whole 20 MB text, at once.
    """

    article: Article
    text: str
    removed: list[dict]
    pieces: list[str]
    offsets: list[int]
    published: str | None
    label: str
    nlp: Language
    published_source: str | None = None
    name: str = ""  # how component failures name the article

    def make_docs(self) -> Iterator[Doc]:
        """The unprocessed Doc of each piece, in order, made as they are asked for."""
        for piece in self.pieces:
            doc = self.nlp.make_doc(piece)
            doc._.published = self.published
            doc.user_data["eventwire_model"] = self.label
            doc.user_data[ARTICLE_KEY] = self.name
            yield doc

    @cached_property
    def docs(self) -> list[Doc]:
        """Every piece's Doc at once (fine for one article of ordinary size)."""
        return list(self.make_docs())


def prepare(
    article: Article,
    nlp: Language,
    *,
    clean: bool = True,
    published: str | None = None,
    max_chars: int = MAX_CHARS,
) -> Prepared:
    """Clean an article and cut it into the pieces its Docs will be made of.

    ``published`` comes from the argument, then the article's metadata, then a dateline, then
    the article's fallback date (a crawl date, a PDF's creation date); :func:`dated` says which.
    """
    if clean:
        cleaned = cleaning.clean(article.text)
        text, removed = cleaned.text, cleaned.removed
    else:
        text, removed = article.text, []
    date, source = dated(article, text, published)
    name = f"article {record_id(text)}"
    if article.path or article.id or article.url:
        name += f" ({article.path or article.id or article.url})"
    pieces = split_text(text, max_chars) or [(0, "")]  # empty text: one empty Doc keeps the shape
    return Prepared(
        article,
        text,
        removed,
        [piece for _, piece in pieces],
        [offset for offset, _ in pieces],
        date,
        model_label(nlp),
        nlp,
        source,
        name,
    )


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


def piece_record(prepared: Prepared, doc: Doc) -> dict:
    """The record of one processed piece of an article (the whole article if it is one piece)."""
    article = prepared.article
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
        removed=prepared.removed,
        published_source=prepared.published_source,
    )


def finish(prepared: Prepared, parts: list[Doc | dict]) -> dict:
    """Build the record of an article from its processed Docs (or the records of its pieces)."""
    parts = [piece_record(prepared, p) if isinstance(p, Doc) else p for p in parts]
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
    return finish(prepared, [piece_record(prepared, nlp(doc)) for doc in prepared.make_docs()])


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
