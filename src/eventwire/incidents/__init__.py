"""Incidents: one occurrence reported by many articles (or told twice in one) is one incident.

The one stage that looks across articles. It runs on the store, inside each ingest transaction:
:func:`ingest` stores records and has :func:`assign_article` put each new article's events into
incidents (joining, starting or merging them); :func:`rebuild` recomputes them all from the
stored records (for a store filled with plain ``store.ingest``, or one from before incidents). The rule deciding when two
events are one occurrence is in :mod:`eventwire.incidents.rule`, its settings in
``data/rule.yaml`` and ``data/families.tsv``; docs/incidents.md says it in words.

    from eventwire import incidents
    from eventwire.store import open_store
    with open_store("events.db") as store:
        incidents.ingest(store, records)      # incidents assigned as the articles arrive
        store.incidents(limit=10)             # the incidents reported by most articles first
        store.incident("i3f0c...")            # one, with its events, sentences and articles
"""

from collections.abc import Iterable

from eventwire.incidents.assign import assign_article
from eventwire.incidents.rebuild import rebuild
from eventwire.store import IngestStats, Store


def ingest(store: Store, records: Iterable[dict], *, batch_size: int = 100) -> IngestStats:
    """Store records (skipping those already stored) and assign their events to incidents."""
    return store.ingest(records, batch_size=batch_size, on_stored=assign_article)


__all__ = ["assign_article", "ingest", "rebuild"]
