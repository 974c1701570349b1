"""PDF: the text layer, page by page, pages joined with a form feed for the cleaner.

Encrypted, corrupt and image-only (scanned) PDFs are refused with a message saying which.
"""

from __future__ import annotations

import logging
from pathlib import Path

from eventwire.article import Article
from eventwire.ingest.errors import ReadError

PAGE_BREAK = "\f"
_JUNK_TITLES = (".doc", ".docx", ".pdf", ".indd", "untitled", "microsoft word")


def _title(reader) -> str | None:
    try:
        title = (reader.metadata or {}).get("/Title")
    except Exception:  # noqa: BLE001 - broken metadata must not cost the article
        return None
    title = " ".join(str(title).split()) if title else ""
    if not title or any(junk in title.lower() for junk in _JUNK_TITLES):
        return None
    return title


def _published(reader) -> str | None:
    """The document's creation date from its metadata, as an ISO day (None if absent or broken).

    A PDF is often made long after the story ran (printed, saved, exported), so this date comes
    after a dateline in the text: it is the article's fallback publication date.
    """
    from eventwire.pubdate import try_published

    try:
        info = reader.metadata or {}
        return try_published(info.get("/CreationDate") or info.get("/ModDate"))
    except Exception:  # noqa: BLE001 - broken metadata must not cost the article
        return None


def read_pdf(source: Path | bytes, name: str) -> Article:
    """One article from a PDF file (or its bytes); raises ReadError for unreadable PDFs."""
    import io

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are not the user's business
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        reader = PdfReader(stream)
    except OSError:
        raise
    except Exception as err:  # noqa: BLE001 - pypdf raises many kinds on a broken file
        raise ReadError(f"not a readable PDF (corrupt or truncated: {err})") from None
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")  # many PDFs are encrypted with an empty user password
        except Exception:  # noqa: BLE001 - e.g. a cipher pypdf cannot handle
            opened = 0
        if not opened:
            raise ReadError("encrypted PDF: it needs a password")
    pages = []
    try:
        for page in reader.pages:
            pages.append(page.extract_text() or "")
    except Exception as err:  # noqa: BLE001 - a broken page stream, of any kind
        if reader.is_encrypted:
            raise ReadError(f"encrypted PDF that cannot be read ({err})") from None
        raise ReadError(f"not a readable PDF (corrupt page {len(pages) + 1}: {err})") from None
    if not pages:
        raise ReadError("PDF without pages")
    if not any(page.strip() for page in pages):
        raise ReadError("PDF has no text layer (an image-only or scanned PDF? run OCR on it first)")
    return Article(text=PAGE_BREAK.join(pages), path=name, title=_title(reader),
                   fallback_published=_published(reader), fallback_source="metadata",
                   format="pdf")
