"""Rebuild: recompute every incident from the stored records, from scratch.

Empties the incident tables and assigns the stored articles again, a batch of articles per
transaction. Because an incident is a connected group of linked events, the result is the same
as the incremental assignment made while ingesting, whatever the order.
"""

from __future__ import annotations

import json

from eventwire.incidents.assign import assign_article
from eventwire.store.incident_tables import ALL_INCIDENT_TABLES
from eventwire.store.tx import Tx

BATCH = 200


def clear(tx: Tx) -> None:
    """Empty the incident tables."""
    for table in ALL_INCIDENT_TABLES:
        tx.execute(f"DELETE FROM {table}")


def rebuild(store, *, batch: int = BATCH) -> int:
    """Recompute all incidents of a store; return the number of articles assigned."""
    transaction = store.transaction
    with transaction() as tx:
        clear(tx)
    last, n = "", 0
    while True:
        with transaction() as tx:
            rows = tx.rows(
                "SELECT id, record FROM articles WHERE id > ? ORDER BY id LIMIT ?", [last, batch]
            )
            for row in rows:
                assign_article(tx, json.loads(row["record"]))
        if not rows:
            return n
        n += len(rows)
        last = rows[-1]["id"]
