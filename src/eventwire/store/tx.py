"""A cursor inside an open transaction, with the backend's placeholder style, for code that
works on the store's tables inside the store's own transactions (incident assignment)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence


class Tx:
    """Run ``?``-style SQL on a DB-API cursor; rows come back as dicts."""

    def __init__(self, cursor, placeholder: str = "?"):
        self.cursor = cursor
        self.placeholder = placeholder

    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def rows(self, sql: str, params: Iterable = ()) -> list[dict]:
        self.cursor.execute(self._sql(sql), tuple(params))
        names = [d[0] for d in self.cursor.description]
        return [dict(zip(names, row)) for row in self.cursor.fetchall()]

    def execute(self, sql: str, params: Iterable = ()) -> None:
        self.cursor.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence]) -> None:
        if rows:
            self.cursor.executemany(self._sql(sql), list(rows))


OnStored = Callable[[Tx, dict], object]  # called with each newly stored record, in its transaction
