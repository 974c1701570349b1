"""HTML: the main text of a web page and its metadata (title, date, author, site) via trafilatura."""

from __future__ import annotations

import logging
import re

from eventwire.article import Article
from eventwire.ingest.errors import ReadError
from eventwire.ingest.text import decode
from eventwire.pubdate import try_published

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes) -> str:
    """Decode an HTML page by the charset it declares, or by detection when it declares none."""
    m = _CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect instead
    return decode(data)


_BLOCKS = "//p|//h1|//h2|//h3|//h4|//h5|//h6|//li|//blockquote|//pre"
_CHROME = ("head", "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template")


def _blocks_text(html: str) -> str:
    """The text of a fragment too small for trafilatura ("<p>…</p>"): one line per block."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for element in root.xpath("|".join(f"//{tag}" for tag in _CHROME)):
        element.drop_tree()
    blocks = [" ".join(e.text_content().split()) for e in root.xpath(_BLOCKS)]
    blocks = [b for b in blocks if b] or [" ".join(root.text_content().split())]
    return "\n".join(blocks)


def _drop_repeated_title(text: str, title: str | None) -> str:
    """Drop the headline from the top of the body when it is the title (it is kept as the title)."""
    first, _, rest = text.partition("\n")
    if title and rest.strip() and " ".join(first.split()) == " ".join(title.split()):
        return rest
    return text


def read_html(html: str, name: str, *, url: str | None = None) -> Article:
    """One article from the HTML of a page; raises ReadError when no article text is found."""
    try:
        import trafilatura
    except ImportError as err:  # lxml without its html-clean part, for instance
        raise ReadError(f"cannot read HTML: {err}") from None

    for logger in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(logger).setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
        )
    except Exception as err:  # noqa: BLE001 - trafilatura fails on some broken markup
        raise ReadError(f"cannot parse the HTML ({err.__class__.__name__})") from None
    doc = doc.as_dict() if doc is not None else {}
    text = doc.get("text") or _blocks_text(html)
    if not text.strip():
        raise ReadError("no article text found in the HTML page")
    text = _drop_repeated_title(text, doc.get("title"))
    return Article(
        text=text,
        path=name,
        title=doc.get("title") or None,
        published=try_published(doc.get("date")),
        url=doc.get("url") or url,
        publisher=doc.get("sitename") or doc.get("hostname") or None,
        byline=doc.get("author") or None,
        format="html",
    )
