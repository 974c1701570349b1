"""JSON Lines: one article a line, with ``text`` or ``html`` and optional metadata.

Fields: ``text`` or ``html`` (one is required), ``id``, ``title``, ``published`` (a date in
any common written form, see :mod:`eventwire.pubdate`), ``url``, ``publisher``, ``author``. A bad
line becomes a Failure naming its line number; the lines after it are still read. Lines are read one at a time, never all at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from eventwire.article import Article, Failure
from eventwire.ingest.errors import ReadError
from eventwire.ingest.html import read_html
from eventwire.pubdate import DateError, parse_published

FIELDS = ("id", "title", "published", "url", "publisher", "author", "text", "html")


def _published(value) -> str | None:
    if isinstance(value, dict | list):
        raise ReadError("'published' must be a string")
    try:
        return parse_published(value)
    except DateError as err:
        raise ReadError(f"'published': {err}") from None


def _string(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise ReadError(f"'{key}' must be a string")
    return str(value)


def parse_line(line: str, name: str, number: int) -> Article:
    """One article from one JSON line; raises ReadError saying what is wrong with it."""
    try:
        obj = json.loads(line)
    except ValueError as err:
        raise ReadError(f"not valid JSON ({getattr(err, 'msg', err)})") from None
    if not isinstance(obj, dict):
        raise ReadError("not a JSON object")
    text, html = obj.get("text"), obj.get("html")
    url = _string(obj, "url")
    if isinstance(text, str) and text.strip():
        article = Article(text=text, path=name)
    elif isinstance(html, str) and html.strip():
        article = read_html(html, name, url=url)
    else:
        raise ReadError("needs a non-empty 'text' or 'html' field")
    article.format = "jsonl"
    article.id = _string(obj, "id")
    article.title = _string(obj, "title") or article.title
    article.published = _published(obj.get("published")) or article.published
    article.url = url or article.url
    article.publisher = _string(obj, "publisher") or article.publisher
    article.byline = _string(obj, "author") or article.byline
    article.extra = {"line": number, **{k: v for k, v in obj.items() if k not in FIELDS}}
    return article


def read_jsonl(
    lines: Iterable[bytes | str], name: str, first_line: int = 1
) -> Iterator[Article | Failure]:
    """Articles (or per-line Failures) from the lines of a JSONL stream, in order."""
    found = False
    for number, raw in enumerate(lines, first_line):
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                found = True
                yield Failure(f"{name} line {number}", "not UTF-8 text")
                continue
        if not raw.strip():
            continue
        found = True
        try:
            yield parse_line(raw, name, number)
        except ReadError as err:
            yield Failure(f"{name} line {number}", str(err))
    if not found:
        yield Failure(name, "empty file (no JSON lines)")
