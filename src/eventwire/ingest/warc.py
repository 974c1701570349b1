"""WARC crawls (``.warc``, ``.warc.gz``), as Common Crawl News and web archives write them.

Read with ``warcio``, record by record (a crawl file is never loaded whole). Each ``response``
record with HTTP status 200 and an HTML body is one article, read by the HTML reader: its
``WARC-Target-URI`` is the article's URL and its ``WARC-Date`` the fallback publication date
(``published_source: crawl``) when neither the page's metadata nor a dateline gives one. Every
other record (requests, metadata, redirects, errors, images, …) is skipped and counted. Each
record's body and article text are held to the same limits as a file (``ingest/limits.py``): an
oversized record is that record's one-line error and the crawl goes on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from eventwire.article import Article, Failure
from eventwire.ingest.errors import ReadError
from eventwire.ingest.html import decode_html, read_html
from eventwire.ingest.limits import DEFAULT_LIMITS, ReadLimits, check_article, read_at_most
from eventwire.pubdate import try_published

HTML_TYPES = ("text/html", "application/xhtml+xml")


class WarcReader:
    """Articles from one WARC file; ``skipped`` counts the records that were not articles, by why."""

    def __init__(self, path: Path, name: str, limits: ReadLimits = DEFAULT_LIMITS):
        self.path = path
        self.name = name
        self.limits = limits  # each record's body and article text are bounded like a file
        self.skipped: Counter = Counter()
        self.articles = 0

    def __iter__(self) -> Iterator[Article | Failure]:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        try:
            with open(self.path, "rb") as stream:
                for record in ArchiveIterator(stream):
                    item = self._article(record)
                    if item is not None:
                        yield item
        except ArchiveLoadFailed as err:
            yield Failure(self.name, f"not a readable WARC file ({str(err).splitlines()[0]})")
        except (OSError, EOFError, ValueError) as err:  # a truncated or corrupt gzip member
            yield Failure(self.name, f"WARC file cut short or corrupt ({err.__class__.__name__})")

    def _skip(self, why: str) -> None:
        """Count a record that is not an article, under why."""
        self.skipped[why] += 1

    def _article(self, record) -> Article | Failure | None:
        """The article of one WARC record, a Failure naming it, or None when it is skipped."""
        if record.rec_type != "response":
            self._skip(f"{record.rec_type} records")
            return None
        uri = record.rec_headers.get_header("WARC-Target-URI")
        status = record.http_headers.get_statuscode() if record.http_headers else None
        if status != "200":
            self._skip("responses that are not HTTP 200" if status else "non-HTTP responses")
            return None
        kind = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
        if kind and kind not in HTML_TYPES:
            self._skip("responses that are not HTML")
            return None
        where = f"{self.name} {uri or '(no WARC-Target-URI)'}"
        try:
            body = read_at_most(record.content_stream(), self.limits)
            article = check_article(read_html(decode_html(body), self.name, url=uri), self.limits)
        except ReadError as err:
            return Failure(where, str(err))
        except Exception as err:  # noqa: BLE001 - a broken body (bad chunking, bad encoding)
            return Failure(where, f"cannot read the response body ({err.__class__.__name__})")
        article.url = uri or article.url
        article.format = "warc"
        article.fallback_published = try_published(record.rec_headers.get_header("WARC-Date"))
        article.fallback_source = "crawl"
        article.extra = {"warc_record_id": record.rec_headers.get_header("WARC-Record-ID")}
        self.articles += 1
        return article

    def summary(self) -> str:
        """``crawl.warc.gz: 12 articles; 40 records skipped (31 request records, 9 …)``."""
        total = sum(self.skipped.values())
        text = f"{self.name}: {self.articles} article" + ("" if self.articles == 1 else "s")
        if total:
            reasons = ", ".join(f"{n} {why}" for why, n in sorted(self.skipped.items(),
                                                                 key=lambda kv: (-kv[1], kv[0])))
            text += f"; {total} record" + ("" if total == 1 else "s") + f" skipped ({reasons})"
        return text
