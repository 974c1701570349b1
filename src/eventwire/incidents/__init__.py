"""Incidents: one occurrence reported by many articles (or told twice in one) is one incident.

The one stage that looks across articles. It runs on the store, inside each ingest transaction:
:func:`assign_article` puts a new article's events into incidents (joining, starting or merging
them), and :func:`rebuild` recomputes them all from the stored records. The rule deciding when two
events are one occurrence is in :mod:`eventwire.incidents.rule`, its settings in
``data/rule.yaml`` and ``data/families.tsv``; docs/incidents.md says it in words.

    from eventwire.store import open_store
    with open_store("events.db") as store:
        store.ingest(records)                 # incidents assigned as the articles arrive
        store.incidents(limit=10)             # the incidents reported by most articles first
        store.incident("i3f0c...")            # one, with its events, sentences and articles
"""

from eventwire.incidents.assign import assign_article
from eventwire.incidents.rebuild import rebuild

__all__ = ["assign_article", "rebuild"]
