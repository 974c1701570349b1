"""The timeline's data: event counts per event date at its own precision, and article naming
fields on event and quote rows."""

from __future__ import annotations

from dashboard_records import HISTORY_URL, history_record

from eventwire.store import open_store


def test_timeseries_by_date_keeps_each_date_at_its_precision(tmp_path):
    with open_store(str(tmp_path / "s.db")) as store:
        store.ingest([history_record()])
        rows = store.timeseries(interval="date")
    assert sorted((r["period"], r["quad_class"], r["count"]) for r in rows) == [
        ("2014", 1, 1), ("2016-01-01", 3, 1), ("2016-03", 4, 1)
    ]


def test_event_rows_carry_the_article_url_and_path(tmp_path):
    record = history_record()
    record["source"]["path"] = "crawl/border.html"
    with open_store(str(tmp_path / "s.db")) as store:
        store.ingest([record])
        row = store.events(limit=1)[0]
    assert (row["title"], row["source_url"], row["source_path"]) == (
        None, HISTORY_URL, "crawl/border.html")
