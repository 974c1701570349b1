"""Which reader an input needs: by its content first (a PDF or HTML says so), then its name."""

from __future__ import annotations

import json
import re
from pathlib import PurePath

PDF_MAGIC = b"%PDF-"
SUFFIXES = {
    ".txt": "text", ".text": "text",
    ".pdf": "pdf",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl",
    ".warc": "warc", ".warc.gz": "warc",
}  # fmt: skip
WARC_MAGIC = b"WARC/1."
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(rb"</?(?:p|div|article|span|a|h[1-6]|br|section|main|meta|title)\b[^>]*>", re.IGNORECASE)


def by_name(name: str) -> str | None:
    """The format a file name says (``.warc.gz`` counts as one suffix), or None."""
    path = PurePath(name)
    double = "".join(path.suffixes[-2:]).lower()
    return SUFFIXES.get(double) if double in SUFFIXES else SUFFIXES.get(path.suffix.lower())


def sniff(head: bytes) -> str | None:
    """The format the first bytes of an input reveal (pdf, warc, html, jsonl), or None."""
    if head.lstrip()[:5] == PDF_MAGIC:
        return "pdf"
    if head.startswith(WARC_MAGIC):
        return "warc"
    body = head.lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(body) or len(_TAGS.findall(body[:4096])) >= 5:
        return "html"
    first = body.lstrip().split(b"\n", 1)[0].strip()
    if first.startswith(b"{") and first.endswith(b"}"):
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
    return None


def detect(name: str, head: bytes) -> str:
    """The format of a file: content that is unmistakable wins, then the suffix, then text."""
    found = sniff(head)
    named = by_name(name)
    if found in ("pdf", "warc") or named in (None, "text") and found:
        return found
    return named or "text"
