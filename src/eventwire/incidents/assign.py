"""Assignment: the events of a newly stored article join (or start, or merge) incidents.

Runs inside the store's ingest transaction, right after the article's rows are written. The
events of the article are linked among themselves and to their candidates (one indexed lookup
each); every group of linked events becomes one incident: a new one, the one existing incident it
touches, or, when it touches several, their merger. An incident is thus a connected group of
linked events, which does not depend on the order articles arrive in: rebuilding from scratch
gives the same incidents, with the same ids (each named after its first report).
"""

from __future__ import annotations

from eventwire.incidents.candidates import articles, candidates, to_row
from eventwire.incidents.rule import link_score
from eventwire.incidents.signature import article_signature, event_signatures
from eventwire.incidents.summary import incident_id, refresh
from eventwire.store.incident_tables import insert_sql
from eventwire.store.tx import Tx


class _Groups:
    """Union-find over the new article's events (by position) and existing incidents (by id)."""

    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x, y) -> None:
        a, b = self.find(x), self.find(y)
        if a != b:
            self.parent[b] = a


def assign_article(tx: Tx, record: dict) -> set[str]:
    """Put the events of a just-stored record into incidents; return the incident ids touched.

    Does nothing for an article whose events already have incidents (a re-ingest).
    """
    aid = record["id"]
    if tx.rows("SELECT 1 AS x FROM incident_articles WHERE article_id = ?", [aid]):
        return set()
    art = article_signature(record)
    tx.execute(insert_sql("incident_articles"),
               [aid, art.published, art.publisher, " ".join(sorted(art.words))])
    sigs = event_signatures(record)
    if not sigs:
        return set()
    groups = _Groups()
    for i, a in enumerate(sigs):  # the same occurrence told twice in the article
        groups.find(i)
        for j in range(i + 1, len(sigs)):
            if link_score(a, sigs[j], art, art) is not None:
                groups.union(i, j)
    found = [candidates(tx, s) for s in sigs]
    others = articles(tx, {c.article_id for cands in found for _, c in cands})
    for i, (sig, cands) in enumerate(zip(sigs, found)):
        for incident, cand in cands:
            other = others.get(cand.article_id)
            if other is not None and link_score(sig, cand, art, other) is not None:
                groups.union(i, ("incident", incident))
    parts: dict = {}  # component -> (new event positions, existing incidents)
    for node in list(groups.parent):
        events, incidents = parts.setdefault(groups.find(node), ([], []))
        if isinstance(node, int):
            events.append(node)
        else:
            incidents.append(node[1])
    touched: set[str] = set()
    rows = []
    for events, incidents in parts.values():
        existing = sorted(incidents)
        target = existing[0] if existing else incident_id(sigs[min(events)].uid)
        for old in existing[1:]:  # the new events bridge several incidents: merge them
            tx.execute("UPDATE incident_events SET incident_id = ? WHERE incident_id = ?",
                       [target, old])
            tx.execute("DELETE FROM incidents WHERE id = ?", [old])
        rows += [to_row(sigs[i], target) for i in sorted(events)]
        touched.add(target)
    tx.executemany(insert_sql("incident_events"), rows)
    return {new for old in sorted(touched) if (new := refresh(tx, old))}
