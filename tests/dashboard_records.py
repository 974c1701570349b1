"""A hand-made article for the dashboard tests whose events span years at mixed precision.

Untitled, with a URL: the dashboard must name it by its URL. Its events are dated to a year
(2014), a month (2016-03) and a day (2016-01-01), so the timeline must draw a real time axis.
"""

from __future__ import annotations

from test_api_support import _actor, _event, _record

HISTORY_URL = "https://news.example.org/archive/border-history"


def history_record() -> dict:
    def build(text, sentences):
        actors = [
            _actor(text, "a1", "India", "country", "IND", "GOV", "INDGOV", ["India"]),
            _actor(text, "a2", "Pakistan", "country", "PAK", "GOV", "PAKGOV", ["Pakistan"]),
        ]
        dated = [("e1", 0, "signed", "057", 1, 8.0, ("AGREE", None), "2014"),
                 ("e2", 1, "shelled", "195", 4, -10.0, ("ASSAULT", None), "2016-03"),
                 ("e3", 2, "protested", "111", 3, -2.0, ("ACCUSE", None), "2016-01-01")]
        events = [
            _event(text, sentences, eid, sentence=s, trigger=trigger, source=["a1"],
                   target=["a2"], codes=("INDGOV", "PAKGOV"), cameo=cameo, quad=quad,
                   goldstein=gold, plover=plover, date=date)
            for eid, s, trigger, cameo, quad, gold, plover, date in dated
        ]
        return {"actors": actors, "events": events}

    record = _record(
        None,
        "2016-04-02",
        [
            "India signed a trade accord with Pakistan.",
            "India shelled posts held by Pakistan.",
            "India protested to Pakistan about the shelling.",
        ],
        build,
    )
    record["source"]["url"] = HISTORY_URL
    return record
