"""Publication dates in the common written forms, from every source, with where they came from."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys

import pytest

import eventwire
from eventwire.article import Article
from eventwire.dateline import find_published
from eventwire.ingest import read_bytes
from eventwire.ingest.jsonl import read_jsonl
from eventwire.pipeline import process_article
from eventwire.pubdate import DateError, parse_published
from eventwire.record import RecordError

STORY = "Police in Lagos arrested 30 protesters on Monday, a police spokesman said.\n"


@pytest.mark.parametrize(
    "written",
    [
        "2016-12-17",
        "2016-12-17T10:30:00Z",
        "2016-12-17 10:30:00+01:00",
        "17 December 2016",
        "17th December 2016",
        "December 17, 2016",
        "Dec. 17, 2016",
        "Saturday, 17 Dec 2016",
        "Sat, 17 Dec 2016 10:30:00 GMT",
        "December 17, 2016 10:30 am",
        "2016/12/17",
        "17.12.2016",
        "17/12/2016",
        "12/17/2016",
        "20161217",
        "D:20161217103000+01'00'",
    ],
)
def test_common_written_forms_become_an_iso_day(written):
    assert parse_published(written) == "2016-12-17"


def test_a_slashed_date_that_reads_two_ways_is_refused():
    with pytest.raises(DateError, match="ambiguous"):
        parse_published("03/04/2016")


@pytest.mark.parametrize("bad", ["soon", "31 February 2016", "2016-13-01"])
def test_what_is_not_a_date_is_refused_with_examples(bad):
    with pytest.raises(DateError, match="17 December 2016"):
        parse_published(bad)


def test_jsonl_line_with_a_written_date_is_read():
    line = json.dumps({"text": STORY, "published": "17 December 2016"})
    [article] = list(read_jsonl([line], "feed.jsonl"))
    assert article.published == "2016-12-17"


def test_jsonl_line_with_a_bad_date_names_the_field():
    line = json.dumps({"text": STORY, "published": "next week"})
    [failure] = list(read_jsonl([line], "feed.jsonl"))
    assert "'published'" in failure.message and "feed.jsonl line 1" in failure.input


def test_html_metadata_date_in_written_form():
    html = (
        "<html><head><title>Arrests in Lagos</title>"
        '<meta name="date" content="December 17, 2016"></head>'
        f"<body><article><p>{STORY * 3}</p></article></body></html>"
    ).encode()
    article = read_bytes(html, "page.html")
    assert article.published == "2016-12-17"


def test_pdf_creation_date_is_the_fallback_after_a_dateline():
    from fpdf import FPDF

    def pdf(text: str) -> bytes:
        doc = FPDF()
        doc.set_creation_date(dt.datetime(2016, 12, 17, 10, 30, tzinfo=dt.timezone.utc))
        doc.add_page()
        doc.set_font("helvetica", size=11)
        doc.multi_cell(0, 6, text)
        return bytes(doc.output())

    undated = read_bytes(pdf(STORY), "story.pdf")
    assert (undated.fallback_published, undated.fallback_source) == ("2016-12-17", "metadata")
    record = process_article(undated)
    assert (record["published"], record["published_source"]) == ("2016-12-17", "metadata")
    with_dateline = read_bytes(pdf("LAGOS, May 6, 2024 - " + STORY), "story.pdf")
    record = process_article(with_dateline)
    assert (record["published"], record["published_source"]) == ("2024-05-06", "dateline")


@pytest.mark.parametrize(
    "line", ["Published: 17.12.2016", "Updated 2016/12/17 10:30", "LAGOS, 17th December 2016 -"]
)
def test_datelines_in_more_written_forms(line):
    assert find_published(f"{line}\n\n{STORY}") == "2016-12-17"


def test_record_says_where_its_date_came_from(nlp):
    given = eventwire.process(STORY, published="2024-05-08", nlp=nlp)
    assert given["published_source"] == "option"
    dateline = eventwire.process("LAGOS, May 6, 2024 - " + STORY, nlp=nlp)
    assert (dateline["published"], dateline["published_source"]) == ("2024-05-06", "dateline")
    meta = process_article(Article(text=STORY, published="2016-12-17"), nlp)
    assert meta["published_source"] == "metadata"
    crawl = process_article(
        Article(text=STORY, fallback_published="2016-12-18", fallback_source="crawl"), nlp
    )
    assert (crawl["published"], crawl["published_source"]) == ("2016-12-18", "crawl")
    none = eventwire.process(STORY, nlp=nlp)
    assert (none["published"], none["published_source"]) == (None, None)
    for record in (given, dateline, meta, crawl, none):
        eventwire.validate(record)


def test_schema_refuses_an_unknown_date_source(nlp):
    record = eventwire.process(STORY, published="2024-05-08", nlp=nlp)
    record["published_source"] = "guess"
    with pytest.raises(RecordError, match="published_source"):
        eventwire.validate(record)


def run_cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "eventwire", *args], input=stdin,
                          capture_output=True, text=True, check=False, timeout=300)


def test_article_without_a_date_gets_a_warning_naming_the_option():
    out = run_cli("process", "-", stdin=STORY)
    assert out.returncode == 0
    warning = [line for line in out.stderr.splitlines() if "warning" in line]
    assert len(warning) == 1 and "--published" in warning[0] and "no publication date" in warning[0]


def test_published_option_takes_a_written_date():
    out = run_cli("process", "-", "--published", "17 December 2016", stdin=STORY)
    record = json.loads(out.stdout)
    assert (record["published"], record["published_source"]) == ("2016-12-17", "option")
    assert "warning" not in out.stderr


def test_published_option_refuses_a_non_date_as_a_usage_error():
    out = run_cli("process", "-", "--published", "someday", stdin=STORY)
    assert out.returncode == 2 and "--published" in out.stderr


def test_jsonl_stream_keeps_written_dates():
    lines = b"".join(
        json.dumps({"id": str(i), "text": STORY, "published": d}).encode() + b"\n"
        for i, d in enumerate(["17 December 2016", "Dec. 18, 2016", "2016-12-19"])
    )
    articles = list(read_jsonl(io.BytesIO(lines), "-"))
    assert [a.published for a in articles] == ["2016-12-17", "2016-12-18", "2016-12-19"]
