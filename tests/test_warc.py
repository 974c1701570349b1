"""WARC crawls: HTML responses with status 200 are articles; everything else is skipped and counted.

The WARC files are written in the test with warcio, the library that reads them.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import read_inputs
from eventwire.ingest.detect import detect
from eventwire.ingest.folder import files_under
from eventwire.ingest.warc import WarcReader

PAGE = """<html><head><title>{title}</title>{meta}</head><body><article>
<h1>{title}</h1>
<p>Police in Lagos arrested 30 protesters on Monday outside the state assembly, a police
spokesman said, after a week of marches against the rising price of fuel.</p>
<p>The governor said on Tuesday that he would meet the protest leaders next week.</p>
</article></body></html>"""


def page(title: str, meta: str = "") -> bytes:
    return PAGE.format(title=title, meta=meta).encode("utf-8")


def write_warc(path: Path, gzip: bool, responses: list[tuple]) -> None:
    """``responses``: (uri, status, content type, body bytes, WARC-Date); a request and a
    warcinfo record are written too, as crawlers do."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for uri, status, ctype, body, date in responses:
            request = writer.create_warc_record(
                uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(request)
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=http,
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(record)


CRAWL = [
    ("https://news.example.org/lagos-arrests", "200 OK", "text/html; charset=utf-8",
     page("Arrests in Lagos"), "2024-05-07T08:15:00Z"),
    ("https://news.example.org/dated", "200 OK", "text/html",
     page("Dated story", '<meta property="article:published_time" content="2024-05-06">'),
     "2024-05-09T10:00:00Z"),
    ("https://news.example.org/moved", "301 Moved Permanently", "text/html", b"", "2024-05-07T08:16:00Z"),
    ("https://news.example.org/logo.png", "200 OK", "image/png", b"\x89PNG....", "2024-05-07T08:17:00Z"),
    ("https://news.example.org/missing", "404 Not Found", "text/html", page("Not found"),
     "2024-05-07T08:18:00Z"),
]


@pytest.fixture(params=[True, False], ids=["warc.gz", "warc"])
def crawl(request, tmp_path) -> Path:
    path = tmp_path / ("crawl.warc.gz" if request.param else "crawl.warc")
    write_warc(path, request.param, CRAWL)
    return path


def test_html_responses_with_status_200_become_articles(crawl):
    articles = list(WarcReader(crawl, crawl.name))
    assert [a.url for a in articles] == [
        "https://news.example.org/lagos-arrests", "https://news.example.org/dated"
    ]
    assert articles[0].title == "Arrests in Lagos"
    assert "arrested 30 protesters" in articles[0].text


def test_warc_date_is_the_crawl_fallback_date(crawl):
    first, dated = list(WarcReader(crawl, crawl.name))
    assert (first.published, first.fallback_published, first.fallback_source) == (
        None, "2024-05-07", "crawl")
    assert dated.published == "2024-05-06"  # the page's own metadata wins


def test_other_records_are_skipped_and_counted(crawl):
    reader = WarcReader(crawl, crawl.name)
    list(reader)
    assert reader.skipped == {
        "warcinfo records": 1,
        "request records": 5,
        "responses that are not HTTP 200": 2,
        "responses that are not HTML": 1,
    }
    assert reader.summary() == (
        f"{crawl.name}: 2 articles; 9 records skipped (5 request records, 2 responses that are "
        "not HTTP 200, 1 responses that are not HTML, 1 warcinfo records)"
    )


def test_warc_files_are_detected_and_found_in_folders(crawl):
    assert detect(crawl.name, crawl.read_bytes()[:8192]) == "warc"
    assert list(files_under(crawl.parent)) == [crawl]
    assert len([a for a in read_inputs([str(crawl.parent)])]) == 2


def test_not_a_warc_file_is_one_failure(tmp_path):
    bad = tmp_path / "broken.warc.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00garbage" * 10)
    [failure] = list(read_inputs([str(bad)]))
    assert failure.input == str(bad) and "WARC" in failure.message


def test_process_warc_records_url_crawl_date_and_skips(crawl):
    out = subprocess.run(
        [sys.executable, "-m", "eventwire", "process", str(crawl), "--only", "places"],
        capture_output=True, text=True, check=False, timeout=300,
    )
    assert out.returncode == 0, out.stderr
    first, second = (json.loads(line) for line in out.stdout.splitlines())
    assert first["source"]["url"] == "https://news.example.org/lagos-arrests"
    assert (first["published"], first["published_source"]) == ("2024-05-07", "crawl")
    assert (second["published"], second["published_source"]) == ("2024-05-06", "metadata")
    assert f"eventwire: {crawl}: 2 articles; 9 records skipped" in out.stderr


def test_an_oversized_record_is_its_own_error_and_the_crawl_goes_on(tmp_path):
    from eventwire.ingest.limits import ReadLimits

    huge = page("Huge page").replace(b"</article>", b"<p>" + b"word " * 40_000 + b"</p></article>")
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, True, [
        ("https://news.example.org/huge", "200 OK", "text/html", huge, "2024-05-07T08:15:00Z"),
        CRAWL[0],
    ])
    items = list(WarcReader(path, "crawl.warc.gz", ReadLimits(max_bytes=100_000)))
    assert [type(i).__name__ for i in items] == ["Failure", "Article"]
    assert "news.example.org/huge" in items[0].input and "limit" in str(items[0])
