"""The dashboard in headless Chromium against a real server: timeline, dyads, map, events table,
sentence view, quotes browser, and article text containing ``<script>`` shown as text.

Chromium is driven over the DevTools protocol; a screenshot is saved to test-artifacts/.
Skipped only when Debian's ``chromium`` is not installed.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from test_api_support import ROOT, SCRIPT_TEXT, Server, fill_store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-allow-origins=*",
    "--remote-debugging-port=0",
]


class Browser:
    """One headless Chromium page, driven over the DevTools protocol."""

    def __init__(self, profile: Path) -> None:
        import websocket

        self.proc = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = profile / "DevToolsActivePort"
        for _ in range(200):
            if port_file.exists() and port_file.read_text().strip():
                break
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        pages = []
        for _ in range(100):
            pages = [
                t
                for t in httpx.get(f"http://127.0.0.1:{port}/json/list").json()
                if t["type"] == "page"
            ]
            if pages:
                break
            time.sleep(0.05)
        self.ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=30)
        self.next_id = 0
        self.errors: list[str] = []
        self.send("Runtime.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=1300,
            height=2000,
            deviceScaleFactor=1,
            mobile=False,
        )

    def send(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("method") == "Runtime.exceptionThrown":
                self.errors.append(json.dumps(message["params"]["exceptionDetails"])[:500])
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]

    def eval(self, expression: str):
        result = self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, attempts: int = 200):
        last = None
        for _ in range(attempts):
            try:
                value = self.eval(expression)
            except RuntimeError as err:  # e.g. the element is not there yet
                value, last = None, err
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"never became true in the page: {expression} ({last})")

    def open(self, url: str) -> None:
        self.send("Page.enable")
        self.send("Page.navigate", url=url)
        self.wait_for(f"location.href === {json.dumps(url)} && document.readyState === 'complete'")

    def screenshot(self, path: Path) -> None:
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    db = tmp_path_factory.mktemp("dash") / "events.db"
    return db, fill_store(db)


@pytest.fixture(scope="module")
def server(records):
    srv = Server(str(records[0]))
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def page(server, tmp_path_factory):
    browser = Browser(tmp_path_factory.mktemp("chromium"))
    browser.open(server.url + "/")
    browser.wait_for(
        "['timeline','dyads','map','events'].every(id => document.getElementById(id)"
        ".dataset.state === 'ready')"
    )
    yield browser
    browser.close()


def script_uid(records) -> str:
    record = next(r for r in records[1] if "<script>" in r["text"])
    return f"{record['id']}:e1"


def test_timeline_draws_bars_per_quad_class(page):
    classes = page.eval(
        "[...document.querySelectorAll('#timeline rect.bar')].map(r => r.getAttribute('class'))"
    )
    assert {"bar q1", "bar q3", "bar q4"} <= set(classes)


def test_map_draws_countries_and_event_places(page):
    assert page.eval("document.querySelectorAll('#map path.land').length") > 150
    titles = page.eval(
        "[...document.querySelectorAll('#map circle.place title')].map(t => t.textContent)"
    )
    assert any(t.startswith("Beijing (CHN): 2 events") for t in titles)
    assert len(titles) == 3
    assert "Natural Earth" in page.eval("document.querySelector('#map .credit').textContent")


def test_dyad_matrix_has_counts(page):
    cells = page.eval("[...document.querySelectorAll('#dyads td.cell')].map(c => c.title)")
    assert any(c.startswith("RUSGOV → CHNGOV: 3 events") for c in cells)


def test_events_table_lists_every_event(page):
    assert page.eval("document.querySelectorAll('#events tbody tr[data-uid]').length") == 7
    assert page.eval("document.getElementById('summary').textContent") == "7 events match"


def test_row_opens_sentence_with_trigger_actor_and_quote_marked(page):
    uid = next(
        u
        for u in page.eval(
            "[...document.querySelectorAll('#events tbody tr')].map(r => r.dataset.uid)"
        )
        if u
        and u.endswith(":e1")
        and "arrived" in page.eval(f"document.querySelector('tr[data-uid=\"{u}\"]').textContent")
    )
    page.eval(f"document.querySelector('tr[data-uid=\"{uid}\"]').click()")
    page.wait_for(f"document.getElementById('event-detail').dataset.uid === '{uid}'")
    marks = page.eval(
        "[...document.querySelectorAll('#event-detail .sentence mark')]"
        ".map(m => [m.className, m.textContent])"
    )
    assert ["trigger", "arrived"] in marks
    assert ["source", "Russia"] in marks


def test_script_in_article_shows_as_text_and_never_runs(page, records):
    uid = script_uid(records)
    page.eval(f"document.querySelector('tr[data-uid=\"{uid}\"]').click()")
    page.wait_for(f"document.getElementById('event-detail').dataset.uid === '{uid}'")
    sentence = page.eval("document.querySelector('#event-detail .sentence').textContent")
    assert SCRIPT_TEXT in sentence
    quote_marks = page.eval(
        "[...document.querySelectorAll('#event-detail mark.quote')]"
        ".map(m => m.textContent).join('')"
    )
    assert "<script>window.__pwned = 1</script>" in quote_marks
    # no element was made from the article's markup, and nothing ran
    assert (
        page.eval("document.querySelectorAll('main script, main img, main b, main i').length") == 0
    )
    assert page.eval("typeof window.__pwned") == "undefined"
    title = page.eval("document.querySelector('#event-detail h3').textContent")
    assert title.startswith("<b>Aid</b> & <i>promises</i> from Berlin")


def test_quotes_browser_filters_by_speaker(page):
    page.wait_for("document.getElementById('quotes').dataset.state === 'ready'")
    speakers = page.eval(
        "[...document.querySelectorAll('#quotes .speakers button')].map(b => b.textContent)"
    )
    assert "German Foreign Ministry (1)" in speakers
    page.eval(
        "[...document.querySelectorAll('#quotes .speakers button')]"
        ".find(b => b.textContent.startsWith('Russia')).click()"
    )
    page.wait_for(
        "document.querySelectorAll('#quotes .quote-list li').length === 1 && "
        "document.querySelector('#quotes .quote-list blockquote').textContent"
        ".includes('We stand together')"
    )


def test_filter_by_dyad_narrows_every_view(page):
    page.eval(
        "document.querySelector('#filters [name=dyad]').value = 'IND:CHN';"
        "document.querySelector('#filters button[type=submit]').click()"
    )
    page.wait_for("document.getElementById('summary').textContent === '2 events match'")
    page.wait_for("document.getElementById('map').dataset.count === '1'")
    page.eval("document.querySelector('#filters button[type=reset]').click()")
    page.wait_for("document.getElementById('summary').textContent === '7 events match'")


def test_map_says_so_when_no_event_has_a_place(page):
    page.eval(
        "document.querySelector('#filters [name=actor]').value = 'UKR';"
        "document.querySelector('#filters button[type=submit]').click()"
    )
    page.wait_for("document.getElementById('summary').textContent === '1 event matches'")
    page.wait_for("document.getElementById('map').dataset.count === '0'")
    assert "No event places match" in page.eval("document.querySelector('#map .empty').textContent")
    page.eval("document.querySelector('#filters button[type=reset]').click()")
    page.wait_for("document.getElementById('summary').textContent === '7 events match'")


def test_page_had_no_script_errors_and_screenshot_saved(page):
    page.wait_for("document.getElementById('map').dataset.count === '3'")
    page.screenshot(ROOT / "test-artifacts" / "dashboard.png")
    assert (ROOT / "test-artifacts" / "dashboard.png").stat().st_size > 10_000
    assert page.errors == []


def test_api_reference_page_lists_endpoints(server, tmp_path):
    browser = Browser(tmp_path / "profile")
    try:
        browser.open(server.url + "/docs")
        browser.wait_for("document.getElementById('reference').dataset.state === 'ready'")
        headings = browser.eval("[...document.querySelectorAll('.op h3')].map(h => h.textContent)")
        assert "GET/events" in headings
        assert "POST/process" in headings
    finally:
        browser.close()
