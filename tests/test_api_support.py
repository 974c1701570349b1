"""Support for the API and dashboard tests: hand-made records, a filled store, a real server.

The records are written by hand (and validated) so the API tests do not depend on what the event
coder finds; the server is a real ``eventwire serve`` process on 127.0.0.1 and a free port.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "test-token-0123456789"
SCRIPT_TEXT = '<script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2">'


def _find(text: str, needle: str, start: int = 0) -> dict:
    i = text.index(needle, start)
    return {"start": i, "end": i + len(needle), "text": needle}


def _actor(text, aid, name, kind, country, sector, code, mentions):
    spans, pos = [], 0
    for m in mentions:
        span = _find(text, m, pos)
        spans.append(span)
        pos = span["end"]
    return {
        "id": aid,
        "name": name,
        "kind": kind,
        "country": country,
        "sector": sector,
        "code": code,
        "title": None,
        "wikidata": None,
        "mentions": spans,
    }


def _event(
    text,
    sentences,
    eid,
    *,
    sentence,
    trigger,
    source,
    target,
    codes,
    cameo,
    quad,
    goldstein,
    plover,
    date,
    place=None,
    quote=None,
    modality="asserted",
):
    s = sentences[sentence]
    return {
        "id": eid,
        "source": source,
        "target": target,
        "source_code": codes[0],
        "target_code": codes[1],
        "cameo": cameo,
        "cameo_root": cameo[:2],
        "quad_class": quad,
        "goldstein": goldstein,
        "plover": {"type": plover[0], "mode": plover[1]} if plover else None,
        "modality": modality,
        "date": date,
        "date_text": None,
        "place": place,
        "quote": quote,
        "sentence": sentence,
        "trigger": _find(text, trigger, s["start"]),
        "pattern": f"test-{cameo}",
        "confidence": 0.9,
    }


def _record(title, published, sentence_texts, build) -> dict:
    from eventwire.record import empty_source, record_id

    text = " ".join(sentence_texts)
    sentences, pos = [], 0
    for s in sentence_texts:
        sentences.append({"start": pos, "end": pos + len(s)})
        pos += len(s) + 1
    parts = build(text, sentences)
    return {
        "schema": "eventwire/1",
        "id": record_id(text),
        "source": empty_source(),
        "title": title,
        "published": published,
        "language": "en",
        "text": text,
        "removed": [],
        "sentences": sentences,
        "actors": parts.get("actors", []),
        "quotes": parts.get("quotes", []),
        "places": parts.get("places", []),
        "times": [],
        "events": parts.get("events", []),
        "coder": {"name": "eventwire", "version": "test", "model": "hand-made"},
    }


def _place(text, pid, name, country, lat, lon, mention):
    return {
        "id": pid,
        "name": name,
        "country": country,
        "admin1": None,
        "lat": lat,
        "lon": lon,
        "geonameid": None,
        "feature": "city",
        "mentions": [_find(text, mention)],
    }


def visit_record() -> dict:
    """A visit, a meeting and praise between two governments, with a direct quote."""

    def build(text, sentences):
        actors = [
            _actor(
                text,
                "a1",
                "Russia",
                "country",
                "RUS",
                "GOV",
                "RUSGOV",
                ["Russia", "He", "the minister"],
            ),
            _actor(text, "a2", "China", "country", "CHN", "GOV", "CHNGOV", ["Chinese counterpart"]),
        ]
        quote = {
            "id": "q1",
            "kind": "direct",
            **_find(text, "We stand together"),
            "speaker": {**_find(text, "the minister"), "actor": "a1"},
            "cue": _find(text, "told reporters"),
        }
        places = [_place(text, "p1", "Beijing", "CHN", 39.9, 116.4, "Beijing")]
        events = [
            _event(
                text,
                sentences,
                "e1",
                sentence=0,
                trigger="arrived",
                source=["a1"],
                target=["a2"],
                codes=("RUSGOV", "CHNGOV"),
                cameo="042",
                quad=1,
                goldstein=1.9,
                plover=("CONSULT", "visit"),
                date="2024-04-08",
                place="p1",
            ),
            _event(
                text,
                sentences,
                "e2",
                sentence=1,
                trigger="met",
                source=["a1"],
                target=["a2"],
                codes=("RUSGOV", "CHNGOV"),
                cameo="040",
                quad=1,
                goldstein=1.0,
                plover=("CONSULT", None),
                date="2024-04-09",
                place="p1",
            ),
            _event(
                text,
                sentences,
                "e3",
                sentence=2,
                trigger="stand together",
                source=["a1"],
                target=["a2"],
                codes=("RUSGOV", "CHNGOV"),
                cameo="051",
                quad=1,
                goldstein=3.4,
                plover=None,
                date="2024-04-09",
                quote="q1",
            ),
        ]
        return {"actors": actors, "quotes": [quote], "places": places, "events": events}

    return _record(
        "Foreign ministers meet in Beijing",
        "2024-04-08",
        [
            "Russia's foreign minister arrived in Beijing on Monday.",
            "He met his Chinese counterpart on Tuesday.",
            '"We stand together," the minister told reporters.',
        ],
        build,
    )


def clash_record() -> dict:
    """Material and verbal conflict between two other countries, a week later."""

    def build(text, sentences):
        actors = [
            _actor(
                text, "a1", "Indian Army", "organization", "IND", "MIL", "INDMIL", ["Indian troops"]
            ),
            _actor(
                text,
                "a2",
                "Chinese military",
                "organization",
                "CHN",
                "MIL",
                "CHNMIL",
                ["Chinese soldiers"],
            ),
            _actor(text, "a3", "India", "country", "IND", "GOV", "INDGOV", ["New Delhi"]),
            _actor(text, "a4", "China", "country", "CHN", "GOV", "CHNGOV", ["Beijing"]),
        ]
        places = [_place(text, "p1", "Ladakh", "IND", 34.2, 77.6, "Ladakh")]
        events = [
            _event(
                text,
                sentences,
                "e1",
                sentence=0,
                trigger="clashed",
                source=["a1"],
                target=["a2"],
                codes=("INDMIL", "CHNMIL"),
                cameo="190",
                quad=4,
                goldstein=-10.0,
                plover=("ASSAULT", None),
                date="2024-04-15",
                place="p1",
            ),
            _event(
                text,
                sentences,
                "e2",
                sentence=1,
                trigger="accused",
                source=["a3"],
                target=["a4"],
                codes=("INDGOV", "CHNGOV"),
                cameo="112",
                quad=3,
                goldstein=-2.0,
                plover=("ACCUSE", None),
                date="2024-04-16",
            ),
        ]
        return {"actors": actors, "places": places, "events": events}

    return _record(
        "Troops clash on the border",
        "2024-04-16",
        [
            "Indian troops clashed with Chinese soldiers in Ladakh.",
            "New Delhi accused Beijing of provocation.",
        ],
        build,
    )


def script_record() -> dict:
    """An article whose text, title and quote contain HTML and a script: it must show as text."""

    def build(text, sentences):
        actors = [
            _actor(
                text,
                "a1",
                "German Foreign Ministry",
                "organization",
                "DEU",
                "GOV",
                "DEUGOV",
                ["The ministry"],
            ),
            _actor(text, "a2", "Germany", "country", "DEU", "GOV", "DEUGOV", ["Germany"]),
            _actor(text, "a3", "Ukraine", "country", "UKR", None, "UKR", ["Ukraine"]),
        ]
        quote = {
            "id": "q1",
            "kind": "indirect",
            **_find(text, SCRIPT_TEXT),
            "speaker": {**_find(text, "The ministry"), "actor": "a1"},
            "cue": _find(text, "said"),
        }
        places = [_place(text, "p1", "Berlin", "DEU", 52.5, 13.4, "Berlin")]
        events = [
            _event(
                text,
                sentences,
                "e1",
                sentence=0,
                trigger="said",
                source=["a1"],
                target=[],
                codes=("DEUGOV", None),
                cameo="010",
                quad=1,
                goldstein=0.0,
                plover=None,
                date="2024-05-02",
                quote="q1",
                place="p1",
            ),
            _event(
                text,
                sentences,
                "e2",
                sentence=1,
                trigger="promised",
                source=["a2"],
                target=["a3"],
                codes=("DEUGOV", "UKR"),
                cameo="033",
                quad=1,
                goldstein=5.2,
                plover=("AID", None),
                date="2024-05-02",
                modality="future",
            ),
        ]
        return {"actors": actors, "quotes": [quote], "places": places, "events": events}

    return _record(
        "<b>Aid</b> & <i>promises</i> from Berlin",
        "2024-05-02",
        [
            f"The ministry said {SCRIPT_TEXT} in Berlin.",
            "Germany promised aid to Ukraine.",
        ],
        build,
    )


def all_records() -> list[dict]:
    import eventwire

    records = [visit_record(), clash_record(), script_record()]
    for record in records:
        eventwire.validate(record)
    return records


def fill_store(path: Path) -> list[dict]:
    """A SQLite store at ``path`` with the hand-made records."""
    from eventwire.store import open_store

    records = all_records()
    with open_store(str(path)) as store:
        store.ingest(records)
    return records


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A real ``eventwire serve`` process; stopped by :meth:`stop`."""

    def __init__(self, db: str, *extra: str, token: str | None = None, env: dict | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        environ = dict(os.environ)
        environ.pop("EVENTWIRE_TOKEN", None)
        environ.update(env or {})
        cmd = [sys.executable, "-m", "eventwire", "serve", "--db", db, "--port", str(self.port)]
        if token:
            cmd += ["--token", token]
        cmd += list(extra)
        self.proc = subprocess.Popen(
            cmd, cwd=ROOT, env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self._wait()

    def _wait(self, attempts: int = 300) -> None:
        for _ in range(attempts):
            if self.proc.poll() is not None:
                out, err = self.proc.communicate()
                raise RuntimeError(f"server exited with {self.proc.returncode}: {err}{out}")
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("server did not answer /health")

    def client(self, **kw) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60, **kw)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream:
                stream.close()


def served(tmp_path_factory, label: str):
    """A store of the hand-made records served by a real ``eventwire serve`` (token ``TOKEN``):
    yields (store path, server, client); for a module-scoped fixture (``yield from``)."""
    path = tmp_path_factory.mktemp(label) / "events.db"
    fill_store(path)
    srv = Server(str(path), token=TOKEN)
    try:
        with srv.client() as client:
            yield path, srv, client
    finally:
        srv.stop()
