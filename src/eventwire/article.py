"""The unit of work between readers and the pipeline: one article, or one input that failed."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Article:
    """One article as a reader found it, before cleaning.

    ``text`` is the raw text; for paged input (PDF) the pages are joined with a form feed
    (``"\\f"``) so the cleaner can see page boundaries and running headers and footers.
    """

    text: str
    path: str | None = None  # the file (or "-" for standard input) it came from
    id: str | None = None  # the caller's own identifier (a JSONL line's "id")
    title: str | None = None
    published: str | None = None  # ISO date from the input's metadata, if any
    url: str | None = None
    publisher: str | None = None
    byline: str | None = None
    format: str = "text"  # text | pdf | html | jsonl | warc
    # a weaker date, used when neither metadata nor a dateline give one: a crawl's fetch date
    # (source "crawl") or a PDF's creation date (source "metadata")
    fallback_published: str | None = None
    fallback_source: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        """How error messages and progress name this article."""
        where = self.path or "<text>"
        if self.id is not None:
            return f"{where} [id {self.id}]"
        return where


@dataclass
class Failure:
    """An input that could not be read or processed: it names the input and says what is wrong."""

    input: str
    message: str

    def __str__(self) -> str:
        return f"{self.input}: {self.message}"
