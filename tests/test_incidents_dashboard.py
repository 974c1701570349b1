"""The dashboard's incident switch and incident view in headless Chromium, against a real server
over a store of hand-written articles (two outlets telling one attack)."""

from __future__ import annotations

import pytest
from incident_articles import process_all
from test_api_support import Server
from test_dashboard import CHROMIUM, Browser

from eventwire import incidents
from eventwire.store import open_store

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
READY = ("['timeline','dyads','map','incidents'].every(id => document.getElementById(id)"
         ".dataset.state === 'ready')")


@pytest.fixture(scope="module")
def page(nlp, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("dash-incidents") / "events.db")
    with open_store(db) as store:
        incidents.ingest(store, process_all(nlp).values())
    server = Server(db)
    browser = Browser(tmp_path_factory.mktemp("chromium"))
    try:
        browser.open(server.url + "/")
        browser.wait_for(READY)
        yield browser
    finally:
        browser.close()
        server.stop()


def bars(page) -> int:
    """The total count drawn on the timeline."""
    return int(page.eval("document.getElementById('timeline').dataset.count"))


def switch(page, value: str) -> None:
    page.eval("['timeline','dyads','map'].forEach(id => document.getElementById(id).dataset.state = '')")
    page.eval(f"(() => {{ const s = document.getElementById('count'); s.value = '{value}';"
              "s.dispatchEvent(new Event('change')); })()")
    page.wait_for(f"document.body.dataset.count === '{value}'")
    page.wait_for(READY)


def test_switch_counts_incidents_instead_of_mentions(page):
    switch(page, "mentions")
    mentions = bars(page)
    switch(page, "incidents")
    page.wait_for("document.querySelector('#timeline h2').textContent.startsWith('Incidents')")
    assert 0 < bars(page) < mentions
    switch(page, "mentions")


def test_incident_view_lists_the_articles_that_reported_it(page):
    row = page.wait_for(
        "[...document.querySelectorAll('#incidents tbody tr[data-id]')]"
        ".find(r => r.querySelector('.n-articles').textContent === '2'"
        " && r.textContent.includes('190'))?.dataset.id"
    )
    page.eval(f"document.querySelector('#incidents tr[data-id=\"{row}\"]').click()")
    page.wait_for(f"document.getElementById('incident-detail').dataset.id === '{row}'")
    reports = page.eval(
        "[...document.querySelectorAll('#incident-detail .reports li')].map(li => li.textContent)"
    )
    assert len(reports) == 2
    assert any("Kabul Daily" in r for r in reports) and any("Frontier Post" in r for r in reports), reports
    assert not page.errors
