"""PDF, HTML and JSONL readers on real files made in the test, and the clear errors for bad ones."""

from __future__ import annotations

import json

import pytest

from eventwire.article import Article, Failure
from eventwire.clean import clean
from eventwire.ingest import read_inputs

PARAGRAPH = (
    "The trade ministers of the two neighbouring countries met for a second day of talks on "
    "customs rules, transit fees and the reopening of a border crossing that has been closed "
    "since the floods of last year, officials said."
)


def only(path):
    (item,) = list(read_inputs([str(path)]))
    return item


# --- PDF ------------------------------------------------------------------------------------

def _pdf_class():
    fpdf = pytest.importorskip("fpdf")

    class Gazette(fpdf.FPDF):
        def header(self):
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, "The Harbour Gazette - World News", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    return Gazette


@pytest.fixture(scope="module")
def story_pdf(tmp_path_factory):
    """A two-page PDF with a caption, running header, page numbers, a URL and a word split
    across the page break."""
    pdf = _pdf_class()()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Delegates arrive at the summit venue in Lusaka on Thursday. Photo: Example Wire")
    pdf.ln(4)
    for n in range(3):
        pdf.multi_cell(0, 6, f"Day {n + 1}. {PARAGRAPH}")
        pdf.ln(3)
    pdf.multi_cell(0, 6, "https://www.example-news.com/authors/staff")
    pdf.ln(3)
    pdf.multi_cell(0, 6, "The talks ended with a joint statement on the Asia-")
    pdf.add_page()
    pdf.multi_cell(0, 6, "Pacific trade corridor and a promise to meet again in June.")
    pdf.set_title("Border talks resume")
    path = tmp_path_factory.mktemp("pdf") / "story.pdf"
    pdf.output(str(path))
    return path


def test_pdf_pages_joined_with_form_feed(story_pdf):
    article = only(story_pdf)
    assert isinstance(article, Article) and article.format == "pdf"
    assert article.text.count("\f") == 1


def test_pdf_title_from_metadata(story_pdf):
    assert only(story_pdf).title == "Border talks resume"


def test_pdf_cleaned_reads_as_article(story_pdf):
    cleaned = clean(only(story_pdf).text)
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs[0] == f"Day 1. {PARAGRAPH}"
    assert paragraphs[-1] == (
        "The talks ended with a joint statement on the Asia-Pacific trade corridor and a promise "
        "to meet again in June."
    )
    assert len(paragraphs) == 4


def test_pdf_furniture_recorded(story_pdf):
    kinds = [r["kind"] for r in clean(only(story_pdf).text).removed]
    assert kinds.count("header") == 2 and kinds.count("page-number") == 2
    assert {"caption", "credit", "url"} <= set(kinds)


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage garbage\n")
    failure = only(path)
    assert isinstance(failure, Failure) and "PDF" in failure.message


def test_truncated_pdf(tmp_path, story_pdf):
    path = tmp_path / "cut.pdf"
    path.write_bytes(story_pdf.read_bytes()[:300])
    assert isinstance(only(path), Failure)


def test_not_a_pdf_with_pdf_suffix(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_text("This is plain text pretending to be a PDF.", "utf-8")
    failure = only(path)
    assert isinstance(failure, Failure) and "not a readable PDF" in failure.message


def test_image_only_pdf(tmp_path):
    pdf = pytest.importorskip("fpdf").FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a drawing, no text layer
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    failure = only(path)
    assert isinstance(failure, Failure) and "no text layer" in failure.message


def test_encrypted_pdf(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 10, "Confidential minutes of the meeting.")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    failure = only(path)
    assert isinstance(failure, Failure) and "encrypted" in failure.message


# --- HTML -----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Border reopens | Example Wire</title>
<meta property="og:title" content="Zambia and Malawi reopen border">
<meta name="author" content="Jane Okafor"><meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2024-05-02T09:00:00Z">
<link rel="canonical" href="https://example.org/news/border-reopens"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Zambia and Malawi reopen border</h1>
<p>Zambia and Malawi agreed on Thursday to reopen a border crossing that has been closed for two
years, officials from both governments said.</p>
<p>The agreement was signed in Lusaka by the two foreign ministers after a day of talks on trade
and security along the shared frontier.</p>
<p>Traders welcomed the move, saying the closure had cost them business and forced long detours
through neighbouring countries.</p></article>
<footer>Copyright 2024 Example Wire. All rights reserved.</footer></body></html>"""


@pytest.fixture
def html_article(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, "utf-8")
    return only(path)


def test_html_main_text_without_chrome(html_article):
    assert html_article.format == "html"
    assert "Zambia and Malawi agreed on Thursday" in html_article.text
    assert "Home" not in html_article.text and "Copyright" not in html_article.text


def test_html_metadata(html_article):
    assert html_article.title == "Zambia and Malawi reopen border"
    assert html_article.published == "2024-05-02"
    assert html_article.byline == "Jane Okafor"
    assert html_article.publisher == "Example Wire"
    assert html_article.url == "https://example.org/news/border-reopens"


def test_html_cleaned_paragraphs(html_article):
    paragraphs = clean(html_article.text).text.split("\n\n")
    assert len(paragraphs) == 3 and paragraphs[-1].endswith("neighbouring countries.")


def test_html_without_article_text(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><script>1</script></body></html>")
    failure = only(path)
    assert isinstance(failure, Failure) and "no article text" in failure.message


# --- JSONL ----------------------------------------------------------------------------------

def write_jsonl(path, lines):
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    return path


def test_jsonl_articles_and_metadata(tmp_path):
    path = write_jsonl(tmp_path / "crawl.jsonl", [
        {"id": "n1", "text": "Police in Accra arrested 12 people.", "title": "Arrests",
         "published": "2024-01-08T10:00:00Z", "url": "https://example.org/1", "publisher": "Wire"},
    ])
    (article,) = list(read_inputs([str(path)]))
    assert (article.id, article.title, article.published) == ("n1", "Arrests", "2024-01-08")
    assert (article.url, article.publisher, article.format) == ("https://example.org/1", "Wire", "jsonl")


def test_jsonl_bad_lines_reported_with_line_numbers(tmp_path):
    path = write_jsonl(tmp_path / "crawl.jsonl", [
        {"id": "1", "text": "First."},
        "{broken",
        "",
        {"id": "4", "title": "no text"},
        "[1, 2]",
        {"id": "6", "text": "Sixth.", "published": "last Tuesday"},
        {"id": "7", "text": "Seventh."},
    ])
    items = list(read_inputs([str(path)]))
    failures = {i.input: i.message for i in items if isinstance(i, Failure)}
    assert [i.id for i in items if isinstance(i, Article)] == ["1", "7"]
    assert set(failures) == {f"{path} line {n}" for n in (2, 4, 5, 6)}
    assert "not valid JSON" in failures[f"{path} line 2"]
    assert "'text' or 'html'" in failures[f"{path} line 4"]
    assert "not a JSON object" in failures[f"{path} line 5"]
    assert "not a date" in failures[f"{path} line 6"]


def test_jsonl_html_field(tmp_path):
    html = "<p>Officials in Dakar said on Friday that the election would be held in March.</p>"
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "h", "html": html, "title": "Vote"}])
    (article,) = list(read_inputs([str(path)]))
    assert article.text.startswith("Officials in Dakar") and article.title == "Vote"


def test_jsonl_empty_file(tmp_path):
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n")
    (failure,) = list(read_inputs([str(path)]))
    assert isinstance(failure, Failure) and "empty" in failure.message


def test_html_declared_charset(tmp_path):
    body = "<p>Москва и Пекин провели переговоры о торговле и безопасности в понедельник вечером.</p>"
    page = f'<html><head><meta charset="windows-1251"></head><body>{body * 3}</body></html>'
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))
    assert only(path).text.startswith("Москва и Пекин")


def test_pdf_locked_only_against_editing_is_read(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_encryption(owner_password="owner")  # no password needed to open it
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 10, "Minutes of the open meeting of the council.")
    path = tmp_path / "owner.pdf"
    pdf.output(str(path))
    assert only(path).text == "Minutes of the open meeting of the council."
