"""Plain text in any common encoding: detected, decoded, and refused when it is not text at all."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from eventwire.article import Article
from eventwire.ingest.errors import ReadError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MAX_CONTROL = 0.01  # share of control characters above which a decoded file is not text
MAX_BAD_UTF8 = 0.01  # share of bytes that may be broken in a text still read as UTF-8


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no byte-order mark shows as zero bytes on every other position."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    control = sum(
        1 for ch in sample if ch not in "\n\r\t\f" and unicodedata.category(ch) in ("Cc", "Cs", "Co")
    )
    bad = sample.count("\ufffd")
    return (control + bad) / len(sample) > MAX_CONTROL


def detect_encoding(data: bytes) -> str:
    """The encoding of ``data``: a BOM, UTF-8, UTF-16, or the best guess of charset-normalizer."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    if b"\x00" in data[:4096]:
        encoding = _utf16_without_bom(data)
        if encoding:
            return encoding
        raise ReadError("not a text file (binary data)")
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return "utf-8"  # decoded with U+FFFD for the few broken bytes
    try:
        letters = [ch for ch in data.decode("cp1252") if ch.isalpha()]
        if sum(ch.isascii() for ch in letters) >= 0.8 * len(letters):
            return "cp1252"  # mostly ASCII with a few accents: Western text, the common case
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200000]).best()
    if best is not None and best.encoding:
        return best.encoding
    return "latin-1"


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few broken bytes (a bad copy, a truncated character): more valid non-ASCII
    UTF-8 characters than broken bytes, and the broken ones at most 1 % of all bytes. A text
    in a single-byte code page (cp1251, cp1252) has hardly any valid UTF-8 sequences."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return 0 < bad <= MAX_BAD_UTF8 * len(data) and valid >= bad


def decode(data: bytes) -> str:
    """Decode bytes of a text file, or raise ReadError saying why it is not readable text."""
    if not data.strip():
        raise ReadError("empty file" if not data else "empty file (only white space)")
    encoding = detect_encoding(data)
    try:
        text = data.decode(encoding, errors="replace" if encoding == "utf-8" else "strict")
    except (UnicodeDecodeError, LookupError):
        raise ReadError(f"cannot decode the text (tried {encoding})") from None
    if _looks_binary(text):
        raise ReadError("not a text file (binary data)")
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise ReadError("empty file (only white space)")
    return text


def read_text(data: bytes, name: str) -> Article:
    """One plain-text article from the bytes of ``name``."""
    return Article(text=decode(data), path=name, format="text")


def read_text_file(path: Path, name: str) -> Article:
    """One plain-text article from a file."""
    return read_text(path.read_bytes(), name)
