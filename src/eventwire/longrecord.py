"""The record of a very long article, merged piece by piece and kept on disk as JSON.

An event-dense text makes about 15 MB of record JSON per MB of text (every sentence, event,
quote and date of the whole text), several times that as Python dicts: held in memory, the record
of one 20 MB single-line text would take gigabytes. :class:`RecordMerger` takes the records of the
pieces one at a time (the Doc of each already gone), renumbers and joins their items, and writes
every item that can no longer change to a file at once; only actors and places, which a later
piece may still join, stay in memory, their mentions as JSON text. It ends in a
:class:`SpooledRecord`: a read-only mapping whose small fields are in memory and whose lists are
read from disk when asked for; :meth:`SpooledRecord.write_json` copies the whole record to an
output without building it. The JSON is exactly ``json.dumps(record, ensure_ascii=False)``.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import weakref
from collections.abc import Iterator, Mapping
from typing import IO

from eventwire.extensions import RESULT_FIELDS
from eventwire.record import record_id

_PREFIX = {"actors": "a", "quotes": "q", "places": "p", "times": "t", "events": "e"}
JOINED = ("actors", "places")  # items of different pieces with the same key are one item
LISTS = ("sentences", *RESULT_FIELDS)  # the record's lists, which grow with the text
_COPY = 1 << 20  # characters copied at a time from a list's file


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _shift(obj, delta: int) -> None:
    """Shift every ``start``/``end`` offset inside a record item by ``delta`` (in place)."""
    if isinstance(obj, dict):
        for key in ("start", "end"):
            if isinstance(obj.get(key), int):
                obj[key] += delta
        for value in obj.values():
            if isinstance(value, dict | list):
                _shift(value, delta)
    elif isinstance(obj, list):
        for value in obj:
            _shift(value, delta)


def _key(field: str, item: dict):
    """Items of different pieces with the same key are one item (actors and places only)."""
    if field == "actors":
        return ("actor", item.get("name"), item.get("code"))
    if field == "places":
        return ("place", item.get("geonameid") or item.get("name"), item.get("country"))
    return None


def _remap_refs(field: str, item: dict, remap: dict, n_sentences: int) -> None:
    """Point an item's references (actors, places, quotes, its sentence) at the merged ids."""
    actors, places, quotes = remap.get("actors", {}), remap.get("places", {}), remap.get("quotes", {})
    if field == "quotes" and isinstance(item.get("speaker"), dict) and item["speaker"].get("actor"):
        item["speaker"]["actor"] = actors.get(item["speaker"]["actor"])
    if field == "events":
        item["source"] = [actors[a] for a in item.get("source", []) if a in actors]
        item["target"] = [actors[a] for a in item.get("target", []) if a in actors]
        if item.get("place"):
            item["place"] = places.get(item["place"])
        if item.get("quote"):
            item["quote"] = quotes.get(item["quote"])
        item["sentence"] = item.get("sentence", 0) + n_sentences


class RecordMerger:
    """Merges the records of an article's pieces, in order, into one :class:`SpooledRecord`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folder = tempfile.mkdtemp(prefix="eventwire-record-")
        self._cleanup = weakref.finalize(self, shutil.rmtree, self.folder, True)
        self.head: dict = {}
        self.files: dict[str, IO[str]] = {}
        self.counts = dict.fromkeys(LISTS, 0)
        self.counters = dict.fromkeys(RESULT_FIELDS, 0)
        self.joined: dict[str, list[dict]] = {f: [] for f in JOINED}
        self.index: dict[str, dict] = {f: {} for f in JOINED}
        self.mentions: dict[int, list[str]] = {}  # id() of a joined item -> its mentions' JSON
        self.errors: list = []

    def _write(self, field: str, item_json: str) -> None:
        """Append one item (its JSON) to the file of list ``field``."""
        if field not in self.files:  # open until close(): items come over many calls
            path = os.path.join(self.folder, field)
            self.files[field] = open(path, "w", encoding="utf-8")  # noqa: SIM115
        self.files[field].write((", " if self.counts[field] else "") + item_json)
        self.counts[field] += 1

    def add(self, part: dict, offset: int) -> None:
        """Merge the record of the next piece, which starts at ``offset`` in the text."""
        if not self.head:
            self.head = {k: (None if k in LISTS else v) for k, v in part.items()}
            for field in LISTS:
                self.head.setdefault(field, None)
        n_sentences = self.counts["sentences"]
        for s in part["sentences"]:
            self._write("sentences", _dumps({"start": s["start"] + offset, "end": s["end"] + offset}))
        remap: dict[str, dict[str, str]] = {}
        for field in ("actors", "places", "times", "quotes", "events"):
            ids = remap.setdefault(field, {})
            for item in part.get(field, []):
                _shift(item, offset)
                key = _key(field, item)
                if key and key in self.index[field]:
                    known = self.index[field][key]
                    self._mentions(known, item.get("mentions", []))
                    ids[item["id"]] = known["id"]
                    continue
                self.counters[field] += 1
                new_id = f"{_PREFIX[field]}{self.counters[field]}"
                ids[item["id"]], item["id"] = new_id, new_id
                _remap_refs(field, item, remap, n_sentences)
                if field not in JOINED:
                    self._write(field, _dumps(item))
                    continue
                self.mentions[id(item)] = []
                if "mentions" in item:
                    self._mentions(item, item["mentions"])
                    item["mentions"] = None  # kept as JSON text in self.mentions
                self.joined[field].append(item)
                if key:
                    self.index[field][key] = item
        self.errors.extend(part["coder"].get("errors", []))

    def _mentions(self, item: dict, mentions: list) -> None:
        item.setdefault("mentions", None)
        if mentions:
            self.mentions[id(item)].append(_dumps(mentions)[1:-1])

    def _joined_json(self, item: dict) -> str:
        """``json.dumps(item)`` with its mentions put back from their JSON text."""
        fields = []
        for k, v in item.items():
            value = "[" + ", ".join(self.mentions[id(item)]) + "]" if k == "mentions" else _dumps(v)
            fields.append(f"{_dumps(k)}: {value}")
        return "{" + ", ".join(fields) + "}"

    def close(self) -> SpooledRecord:
        """The merged record (this merger's files now belong to it)."""
        for field in JOINED:
            for item in self.joined[field]:
                self._write(field, self._joined_json(item))
        for f in self.files.values():
            f.close()
        head = dict(self.head)
        head["text"] = self.text
        head["id"] = record_id(self.text)
        if self.errors:
            head["coder"] = {**head["coder"], "errors": self.errors}
        self._cleanup.detach()
        return SpooledRecord(self.folder, head, dict(self.counts))


class SpooledRecord(Mapping):
    """A record whose lists live in files of a temporary folder (removed with the object).

    Reading a list (``record["events"]``) loads that list only; :meth:`count` says how long it is
    without loading it. Pickled (sent from a worker process to the parent on the same machine),
    the folder goes with it: the receiving copy removes it.
    """

    def __init__(self, folder: str, head: dict, counts: dict[str, int]) -> None:
        self.folder = folder
        self.head = head
        self.counts = counts
        self._cleanup = weakref.finalize(self, shutil.rmtree, folder, True)

    def __reduce__(self):
        self._cleanup.detach()  # the unpickled copy owns the folder now
        return (SpooledRecord, (self.folder, self.head, self.counts))

    def _list_text(self, field: str, chunk_chars: int = _COPY) -> Iterator[str]:
        """The JSON of list ``field`` without its brackets, in chunks."""
        if not self.counts.get(field):
            return
        with open(os.path.join(self.folder, field), encoding="utf-8") as f:
            while chunk := f.read(chunk_chars):
                yield chunk

    def __getitem__(self, key: str):
        if key in self.counts and key in self.head:
            return json.loads("[" + "".join(self._list_text(key)) + "]")
        return self.head[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.head)

    def __len__(self) -> int:
        return len(self.head)

    def count(self, field: str) -> int:
        """How many items list ``field`` holds."""
        return self.counts[field]

    def to_dict(self) -> dict:
        """The whole record as a dict (all of it in memory)."""
        return {k: self[k] for k in self.head}

    def list_items(self, field: str, chunk_chars: int = _COPY) -> Iterator[dict]:
        """The items of list ``field`` one at a time, read from its file as they are asked for."""
        decoder, buf = json.JSONDecoder(), ""
        for chunk in self._list_text(field, chunk_chars):
            buf += chunk
            pos = 0
            while True:
                while buf[pos:pos + 2] == ", ":
                    pos += 2
                try:
                    item, end = decoder.raw_decode(buf, pos)
                except json.JSONDecodeError:
                    break  # the rest of this item is in the next chunk
                yield item
                pos = end
            buf = buf[pos:]

    def write_json(self, out: IO[str], indent: int | None = None) -> None:
        """Write the record as ``json.dumps(record, ensure_ascii=False, indent=indent)`` would,
        a list at a time (copied as it is) or, indented, an item at a time."""
        if indent is None:
            out.write("{")
            for i, key in enumerate(self.head):
                out.write((", " if i else "") + _dumps(key) + ": ")
                if key in self.counts:
                    out.write("[")
                    for chunk in self._list_text(key):
                        out.write(chunk)
                    out.write("]")
                else:
                    out.write(_dumps(self.head[key]))
            out.write("}")
            return
        step = " " * indent
        out.write("{")
        for i, key in enumerate(self.head):
            out.write(("," if i else "") + "\n" + step + _dumps(key) + ": ")
            if key not in self.counts or not self.counts[key]:
                value = json.dumps(self.head[key] if key not in self.counts else [],
                                   ensure_ascii=False, indent=indent)
                out.write(value.replace("\n", "\n" + step))
                continue
            out.write("[")
            for j, item in enumerate(self.list_items(key)):
                value = json.dumps(item, ensure_ascii=False, indent=indent)
                out.write(("," if j else "") + "\n" + 2 * step + value.replace("\n", "\n" + 2 * step))
            out.write("\n" + step + "]")
        out.write("\n}")

    def close(self) -> None:
        """Remove the files now (otherwise when the object goes)."""
        self._cleanup()


def merge_records(parts: list[dict], offsets: list[int], text: str) -> dict:
    """One record (a dict) for ``text`` from the records of its pieces (``parts[i]`` starts at
    ``offsets[i]``); the items of ``parts`` are changed in place."""
    merger = RecordMerger(text)
    for part, offset in zip(parts, offsets, strict=True):
        merger.add(part, offset)
    spooled = merger.close()
    try:
        return spooled.to_dict()
    finally:
        spooled.close()
