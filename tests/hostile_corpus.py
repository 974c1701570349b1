"""A corpus of hostile and careless inputs, built in a folder by the tests (nothing stored).

Each entry is written by :func:`build` and named here with the exact outcome expected from
``process`` and ``ingest``: a record, or one line of error naming the input.
"""

from __future__ import annotations

import io
import json
import os
import zlib
from pathlib import Path

STORY = (
    "The foreign minister of Norway met her Chilean counterpart in Santiago on Tuesday. "
    "The two ministers signed an agreement on fisheries research, officials said."
)
LIMIT = "1M"  # --max-input-size for the corpus runs: big inputs stay cheap to make
MAX_PAGES = "100"  # --max-pages for the corpus runs
MAX_CHARS = "150000"  # --max-chars for the corpus runs
OPTIONS = ["--max-input-size", LIMIT, "--max-pages", MAX_PAGES, "--max-chars", MAX_CHARS]


def deep_json(levels: int) -> str:
    """A JSON object nested ``levels`` deep (4 KB for 2,000 levels)."""
    return '{"text": "Deep.", "x": ' + "[" * levels + "]" * levels + "}"


def minimal_pdf(pages: int, text: str = "Page text.") -> bytes:
    """A valid PDF of ``pages`` pages that all share one content stream: cheap at any size."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    kids = " ".join(f"{5 + i} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " \
           b"/Resources << /Font << /F1 3 0 R >> >> >>"
    objects += [page] * pages
    return _pdf(objects)


def bomb_pdf(inflated: int) -> bytes:
    """A one-page PDF whose content stream inflates from a few KB to ``inflated`` bytes."""
    packed = zlib.compress(b" " * inflated, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
    ]
    return _pdf(objects)


def _pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def aes_pdf(text: str) -> bytes:
    """A PDF encrypted with AES-128 and an empty user password (readers open it silently)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(minimal_pdf(1, text))))
    writer.encrypt(user_password="", owner_password="owner-secret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def entity_bomb_html() -> str:
    """An XHTML page that declares nested entities (a 'billion laughs')."""
    decl = ['<!ENTITY l0 "ha">'] + [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE html [' + "".join(decl) + "]>\n"
        "<html><body><p>&l9;</p></body></html>\n"
    )


# name -> (what the file holds, the exact outcome: "record" or the error after "NAME: ")
JSONL_LINES = [
    (json.dumps({"id": "ok1", "text": STORY.replace("Tuesday", "Monday")}), "record"),
    (deep_json(2000), "JSON nested deeper than 64 levels"),
    ('{"id": "s", "text": "Lone \\ud800 surrogate here."}', "'text' holds invalid Unicode (a lone surrogate)"),
    (json.dumps({"id": "feb", "text": STORY, "published": "2024-02-30"}),
     ("'published': '2024-02-30' is not a date (write it like 2016-12-17, 17 December 2016 or "
      "December 17, 2016)")),
    (json.dumps({"id": "blank", "text": " \n\t "}), "needs a non-empty 'text' or 'html' field"),
    ("[1, 2, 3]", "not a JSON object"),
    ('{"text": "unfinished', "not valid JSON (Invalid control character at)"),
    (json.dumps({"id": "big", "text": "word " * 300_000}), "larger than the limit of 1 MiB (--max-input-size)"),
    (json.dumps({"id": "ok2", "text": STORY.replace("Tuesday", "Friday")}), "record"),
]


def build(folder: Path) -> dict[str, str]:
    """Write the corpus into ``folder``; the expected outcome of every input, by input name."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def put(name: str, data: bytes | str, outcome: str) -> None:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expected[str(path)] = outcome

    put("01-good.txt", STORY, "record")
    put("02-empty.txt", b"", "empty file")
    put("03-nul-bytes.txt", b"Text\x00with\x00nul\x00" * 200, "not a text file (binary data)")
    put("04-over-limit.txt", b"word " * 250_000, "larger than the limit of 1 MiB (--max-input-size)")
    put("05-tiny-lines.txt", "x\n" * 100_000,
        "text of 200,000 characters is longer than the limit of 150,000 (--max-chars)")
    mixed = (STORY + " They flew on to São Paulo, Bogotá and Zürich.").encode() + b" caf\xe9 \xff."
    put("06-mostly-utf8.txt", mixed, "record")
    put("07-cp1251.txt", "Министр иностранных дел встретился с коллегой.".encode("cp1251") * 5,
        "record")
    put("08-pages.pdf", minimal_pdf(5000), "PDF has 5,000 pages, more than the limit of 100 (--max-pages)")
    put("09-bomb.pdf", bomb_pdf(100_000_000),
        "PDF has no text layer (an image-only or scanned PDF? run OCR on it first)")
    put("10-aes.pdf", aes_pdf("The minister of Peru visited Quito on Monday."), "record")
    put("11-entities.html", entity_bomb_html(), "record")  # the entities are not expanded
    put("12-deep.html", "<div>" * 100_000 + "<p>Deep text of an article.</p>", "no article text found in the HTML page")
    os.symlink("/dev/zero", folder / "13-zero.txt")
    expected[str(folder / "13-zero.txt")] = "not a regular file (a device or socket): refused"
    lines = folder / "14-lines.jsonl"
    lines.write_text("\n".join(text for text, _ in JSONL_LINES) + "\n", encoding="utf-8")
    for number, (_, outcome) in enumerate(JSONL_LINES, 1):
        expected[f"{lines} line {number}"] = outcome
    return expected
