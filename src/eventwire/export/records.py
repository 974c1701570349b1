"""The stored record behind an exported event, for fields the flat event row does not carry."""

from __future__ import annotations

from collections import OrderedDict

from eventwire.store import Store


class RecordCache:
    """Parsed records of recently exported articles (events of one article come together)."""

    def __init__(self, store: Store, size: int = 256):
        self.store = store
        self.size = size
        self._cache: OrderedDict[str, dict] = OrderedDict()

    def record(self, article_id: str) -> dict:
        if article_id in self._cache:
            self._cache.move_to_end(article_id)
            return self._cache[article_id]
        record = self.store.article(article_id) or {}
        self._cache[article_id] = record
        if len(self._cache) > self.size:
            self._cache.popitem(last=False)
        return record

    def parts(self, row: dict) -> tuple[dict, dict, dict, dict | None]:
        """(record, event, actors by id, place or None) of one event row."""
        record = self.record(row["article_id"])
        event = next((e for e in record.get("events", []) if e["id"] == row["event_id"]), {})
        actors = {a["id"]: a for a in record.get("actors", [])}
        place = next((p for p in record.get("places", []) if p["id"] == event.get("place")), None)
        return record, event, actors, place
