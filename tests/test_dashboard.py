"""The dashboard in headless Chromium against a real server: timeline, dyads, map, events table,
sentence view, quotes browser, and article text containing ``<script>`` shown as text.

The timeline and the map are drawn by plotly.js, served from the installed plotly package; the
tests read what plotly drew (its traces on the chart element, and the SVG it made). Chromium is
driven over the DevTools protocol; a screenshot is saved to test-artifacts/. Skipped only when
Debian's ``chromium`` is not installed.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from dashboard_records import HISTORY_URL, history_record
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
    from eventwire.store import open_store

    db = tmp_path_factory.mktemp("dash") / "events.db"
    records = fill_store(db)
    with open_store(str(db)) as store:
        store.ingest([history_record()])
    return db, [*records, history_record()]


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


TIMELINE = "document.querySelector('#timeline .chart')"
MAP = "document.querySelector('#map .chart')"
DAY_MS = 86_400_000


def bars(page) -> list[dict]:
    """The timeline's bars as plotly holds them: one dict per bar."""
    return page.eval(
        f"{TIMELINE}.data.flatMap(t => t.x.map((x, i) => ({{name: t.name, x, width: t.width[i], "
        "count: t.y[i], label: t.customdata[i], opacity: t.marker.opacity})))"
    )


def zoom_timeline(page, start: str, end: str, interval: str) -> None:
    page.eval(f"Plotly.relayout({TIMELINE}, {{'xaxis.range': ['{start}', '{end}']}}).then(() => true)")
    page.wait_for(f"document.getElementById('timeline').dataset.interval === '{interval}'")


def reset_timeline(page) -> None:
    page.eval(f"Plotly.relayout({TIMELINE}, {{'xaxis.autorange': true}}).then(() => true)")
    page.wait_for("document.getElementById('timeline').dataset.interval === 'year'")


def test_every_panel_shows_data(page):
    assert page.eval("document.querySelectorAll('#timeline .bars path').length") >= 4
    assert page.eval("document.querySelectorAll('#dyads td.cell').length") >= 5
    assert page.eval("document.querySelectorAll('#map .scatterlayer .trace')[1]"
                     ".querySelectorAll('path.point').length") == 3
    assert page.eval("document.querySelectorAll('#events tbody tr[data-uid]').length") == 10
    page.wait_for("document.getElementById('quotes').dataset.state === 'ready'")
    assert page.eval("document.querySelectorAll('#quotes .quote-list blockquote').length") == 2
    assert page.eval("document.querySelectorAll('main .loading').length") == 0


def test_timeline_has_a_real_time_axis_with_the_interval_chosen_from_the_range(page):
    assert page.eval(f"{TIMELINE}._fullLayout.xaxis.type") == "date"
    # events from 2014 to 2024: yearly bars, each as wide as its year, placed on the time axis
    assert page.eval("document.getElementById('timeline').dataset.interval") == "year"
    by_year = {b["x"][:4]: b for b in bars(page)}
    assert set(by_year) == {"2014", "2016", "2024"}
    assert by_year["2014"]["width"] == 365 * DAY_MS and by_year["2016"]["width"] == 366 * DAY_MS
    assert page.eval(f"{TIMELINE}._fullLayout.xaxis.range[0]") < "2014-01-01"


def test_timeline_bars_are_stacked_by_quad_class(page):
    names = {b["name"] for b in bars(page)}
    assert {"1 verbal cooperation", "3 verbal conflict", "4 material conflict"} <= names


def test_zooming_in_redraws_by_day(page):
    zoom_timeline(page, "2024-04-01", "2024-05-10", "day")
    days = [b for b in bars(page) if b["x"].startswith("2024-04-08")]
    assert days and all(b["width"] == DAY_MS for b in days)
    assert page.eval("document.querySelector('#timeline .interval-used').textContent") == "bars by day"
    page.screenshot(ROOT / "test-artifacts" / "dashboard-timeline-by-day.png")
    reset_timeline(page)


def test_month_and_year_dates_are_drawn_across_their_period(page):
    zoom_timeline(page, "2015-11-01", "2016-05-01", "week")
    coarse = [b for b in bars(page) if b["x"].startswith("2016-03-01")]
    assert len(coarse) == 1 and coarse[0]["width"] == 31 * DAY_MS and coarse[0]["opacity"] < 1
    assert coarse[0]["label"] == "March 2016: 1 material conflict (dated only to the month)"
    day = [b for b in bars(page) if b["name"] == "3 verbal conflict" and b["x"] < "2016-02"]
    assert day and day[0]["width"] == 7 * DAY_MS  # the week of 1 January 2016 (from 28 December)
    page.screenshot(ROOT / "test-artifacts" / "dashboard-timeline-month-dates.png")
    reset_timeline(page)


def test_timeline_hover_names_the_period_and_count(page):
    page.eval(f"Plotly.Fx.hover({TIMELINE}, [{{curveNumber: 0, pointNumber: 0}}])")
    text = page.wait_for("document.querySelector('#timeline .hoverlayer .hovertext')?.textContent")
    assert re.fullmatch(r"(2014|2016|2024): \d+ [a-z ]+", text), text
    page.eval(f"Plotly.Fx.unhover({TIMELINE})")


def test_map_draws_countries_and_event_places(page):
    rings = page.eval(f"{MAP}.data[0].x.filter(v => v === null).length")
    assert rings > 150
    labels = page.eval(f"{MAP}.data[1].customdata")
    assert "Beijing (CHN): 2 events" in labels
    assert len(labels) == 3
    assert "Natural Earth" in page.eval("document.querySelector('#map .credit').textContent")


def test_map_hover_and_zoom(page):
    index = page.eval(f"{MAP}.data[1].text.indexOf('Beijing')")
    page.eval(f"Plotly.Fx.hover({MAP}, [{{curveNumber: 1, pointNumber: {index}}}])")
    text = page.wait_for("document.querySelector('#map .hoverlayer .hovertext')?.textContent")
    assert text == "Beijing (CHN): 2 events"
    page.eval(f"Plotly.Fx.unhover({MAP})")
    page.eval(f"Plotly.relayout({MAP}, {{'xaxis.range': [60, 130], 'yaxis.range': [10, 50]}}).then(() => true)")
    west, east = page.eval(f"{MAP}._fullLayout.xaxis.range")  # widened to keep the aspect
    assert west <= 60 and east >= 130 and east - west < 180
    assert page.eval(f"{MAP}._context.scrollZoom") is True
    page.eval(f"Plotly.relayout({MAP}, {{'xaxis.range': [-180, 180], 'yaxis.range': [-60, 85]}}).then(() => true)")


def test_articles_are_named_by_title_then_url_then_file_name(page):
    names = page.eval("[...document.querySelectorAll('#events tbody tr')].map(r => r.cells[7].textContent)")
    assert HISTORY_URL in names and "Troops clash on the border" in names
    assert not any(len(n) == 16 and all(c in "0123456789abcdef" for c in n) for n in names)
    assert page.eval("articleName({source_path: '/data/in/story-12.txt', article_id: 'x'})") == "story-12.txt"


def test_dyad_matrix_has_counts(page):
    cells = page.eval("[...document.querySelectorAll('#dyads td.cell')].map(c => c.title)")
    assert any(c.startswith("RUSGOV → CHNGOV: 3 events") for c in cells)


def test_events_table_lists_every_event(page):
    assert page.eval("document.querySelectorAll('#events tbody tr[data-uid]').length") == 10
    assert page.eval("document.getElementById('summary').textContent") == "10 events match"


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
    page.wait_for("document.getElementById('summary').textContent === '10 events match'")


def test_map_says_so_when_no_event_has_a_place(page):
    page.eval(
        "document.querySelector('#filters [name=actor]').value = 'UKR';"
        "document.querySelector('#filters button[type=submit]').click()"
    )
    page.wait_for("document.getElementById('summary').textContent === '1 event matches'")
    page.wait_for("document.getElementById('map').dataset.count === '0'")
    assert "No event places match" in page.eval("document.querySelector('#map .empty').textContent")
    page.eval("document.querySelector('#filters button[type=reset]').click()")
    page.wait_for("document.getElementById('summary').textContent === '10 events match'")


def test_page_had_no_script_errors_and_screenshot_saved(page):
    page.wait_for("document.getElementById('map').dataset.count === '3'")
    page.wait_for("document.getElementById('timeline').dataset.interval === 'year'")
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


def test_api_reference_renders_its_descriptions(server, tmp_path):
    browser = Browser(tmp_path / "profile")
    try:
        browser.open(server.url + "/docs")
        browser.wait_for("document.getElementById('reference').dataset.state === 'ready'")
        assert "``" not in browser.eval("document.getElementById('reference').textContent")
        codes = browser.eval("[...document.querySelectorAll('#reference p code, #reference td code')]"
                             ".map(c => c.textContent)")
        assert "dyad" in codes and "2024-W11" in codes
    finally:
        browser.close()


def test_panels_render_as_their_data_arrives(server, tmp_path):
    """With the charting library held back, the table, dyads and quotes still show their data."""
    browser = Browser(tmp_path / "profile")
    try:
        browser.send("Network.enable")
        browser.send("Network.setBlockedURLs", urls=["*plotly.min.js"])
        browser.open(server.url + "/")
        browser.wait_for("['dyads','events'].every(id => document.getElementById(id)"
                         ".dataset.state === 'ready')")
        browser.wait_for("document.getElementById('quotes').dataset.state === 'ready'")
        assert browser.eval("document.querySelectorAll('#events tbody tr[data-uid]').length") == 10
        assert browser.eval("document.getElementById('timeline').dataset.state") == "loading"
        browser.wait_for("document.getElementById('error').textContent.includes('plotly')")
    finally:
        browser.close()
