"""Readers: text in its encodings, folders, standard input, and clear failures for bad input."""

from __future__ import annotations

import io
import os

import pytest

from eventwire.article import Article, Failure
from eventwire.ingest import read_inputs, read_stdin
from eventwire.ingest.detect import detect, sniff

STORY = "Officials in Lusaka said on Thursday that the border would reopen.\n"


def read_all(*inputs) -> list:
    return list(read_inputs([str(i) for i in inputs]))


def only(*inputs):
    (item,) = read_all(*inputs)
    return item


# --- plain text and encodings ----------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_unicode_encodings(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes("Café talks in Zürich — “agreed”.\n".encode(encoding))
    article = only(path)
    assert article.text.startswith("Café talks in Zürich — “agreed”.")


def test_windows_1252(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("The minister’s “visit” to Bogotá – a first.".encode("cp1252"))
    assert only(path).text == "The minister’s “visit” to Bogotá – a first."


def test_latin_1(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Talks in Asunción and São Paulo ended on Friday.".encode("latin-1"))
    assert only(path).text == "Talks in Asunción and São Paulo ended on Friday."


def test_utf16_without_bom(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Plain English text without a byte-order mark.".encode("utf-16-le"))
    assert only(path).text.startswith("Plain English text")


def test_text_article_fields(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, "utf-8")
    article = only(path)
    assert isinstance(article, Article)
    assert (article.path, article.format, article.text) == (str(path), "text", STORY)


def test_file_without_known_suffix_is_read_as_text(tmp_path):
    path = tmp_path / "story"
    path.write_text(STORY, "utf-8")
    assert only(path).text == STORY


# --- failures ------------------------------------------------------------------------------

def test_binary_junk(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 8 + os.urandom(512))
    failure = only(path)
    assert isinstance(failure, Failure)
    assert failure.input == str(path) and "not a text file" in failure.message


def test_png_with_txt_suffix(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    assert "not a text file" in only(path).message


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert only(path).message == "empty file"


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n ", "utf-8")
    assert "empty" in only(path).message


def test_missing_file(tmp_path):
    failure = only(tmp_path / "nope.txt")
    assert isinstance(failure, Failure) and failure.message == "no such file or directory"


def test_failure_str_names_the_input(tmp_path):
    failure = only(tmp_path / "nope.txt")
    assert str(failure) == f"{tmp_path / 'nope.txt'}: no such file or directory"


def test_failures_keep_input_order(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY, "utf-8")
    items = read_all(tmp_path / "missing.txt", good, tmp_path / "missing2.txt")
    assert [type(i).__name__ for i in items] == ["Failure", "Article", "Failure"]


# --- folders ------------------------------------------------------------------------------

def test_folder_recursive_sorted_hidden_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for rel in ("b/2.txt", "a.txt", "b/1.txt", ".secret.txt", ".hidden/x.txt", "c.png"):
        (tmp_path / rel).write_text(f"Story in {rel}.", "utf-8")
    names = [os.path.relpath(a.path, tmp_path) for a in read_all(tmp_path)]
    assert names == ["a.txt", os.path.join("b", "1.txt"), os.path.join("b", "2.txt")]


def test_folder_with_nothing_readable(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / ".notes.txt").write_text("hidden", "utf-8")
    failure = only(tmp_path)
    assert isinstance(failure, Failure) and "no readable files" in failure.message


def test_empty_file_in_folder_fails_alone(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, "utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    items = read_all(tmp_path)
    assert isinstance(items[0], Article) and isinstance(items[1], Failure)


# --- detection and standard input -------------------------------------------------------------

@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"<!DOCTYPE html><html><body>", "html"),
        (b"  <html lang='en'>", "html"),
        (b'{"text": "hello"}\n{"text": "again"}\n', "jsonl"),
        (b"Plain words.", None),
        (b"{not json", None),
    ],
)
def test_sniff(head, kind):
    assert sniff(head) == kind


def test_detect_prefers_content_for_pdf_and_suffix_otherwise():
    assert detect("story.txt", b"%PDF-1.4") == "pdf"
    assert detect("story.pdf", b"garbage") == "pdf"
    assert detect("page.htm", b"Just text") == "html"
    assert detect("notes.txt", b"<!doctype html><p>x</p>") == "html"
    assert detect("notes.txt", b"Plain") == "text"


def test_stdin_text():
    (article,) = read_stdin(io.BytesIO(STORY.encode("utf-8")))
    assert (article.path, article.text) == ("-", STORY)


def test_stdin_jsonl_is_streamed_per_line():
    data = b'\n{"id": "1", "text": "First story."}\nnot json\n{"id": "3", "text": "Third."}\n'
    items = list(read_stdin(io.BytesIO(data)))
    assert [getattr(i, "id", None) for i in items] == ["1", None, "3"]
    assert items[1].input == "- line 3"


def test_stdin_html():
    html = b"<html><body><p>" + STORY.encode() + b"</p></body></html>"
    (article,) = read_stdin(io.BytesIO(html))
    assert article.format == "html" and "border would reopen" in article.text


def test_stdin_empty():
    (failure,) = read_stdin(io.BytesIO(b"\n\n"))
    assert isinstance(failure, Failure) and failure.input == "-" and "empty" in failure.message
