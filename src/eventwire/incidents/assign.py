"""Assignment: the events of a newly stored article join (or start, or merge) incidents.

Runs inside the store's ingest transaction, right after the article's rows are written. The
events of the article are linked among themselves and to their candidates (one indexed lookup
each); every group of linked events becomes one incident: a new one, the one existing incident it
touches, or, when it touches several, their merger. An incident is thus a connected group of
linked events, which does not depend on the order articles arrive in: rebuilding from scratch
gives the same incidents, with the same ids (each named after its first report).
"""

from __future__ import annotations

from eventwire.incidents.candidates import (
    article_events,
    articles,
    nearby_articles,
    passages_column,
    title_column,
    to_row,
    with_passages,
)
from eventwire.incidents.rule import article_similarity, link_score, linked_pairs
from eventwire.incidents.settings import settings
from eventwire.incidents.signature import EventSignature, article_signature, event_signatures
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
    tx.execute(insert_sql("incident_articles"), [
        aid, art.published, art.publisher, title_column(art),
        " ".join(sorted(art.words)),
    ])
    tx.execute(insert_sql("incident_passages"), [aid, passages_column(art)])
    sigs = event_signatures(record)
    if not sigs:
        return set()
    groups = _Groups()
    by_family: dict[str | None, list[int]] = {}  # only events of one family can be linked
    for i, sig in enumerate(sigs):
        groups.find(i)
        by_family.setdefault(sig.family, []).append(i)
    for i, a in enumerate(sigs):  # the same occurrence told twice in the article
        for j in by_family[a.family]:
            if j > i and link_score(a, sigs[j], art, art) is not None:
                groups.union(i, j)
    floor = settings().article_min
    near = articles(tx, nearby_articles(tx, sigs))
    sims = {aid: sim for aid, other in near.items()
            if (sim := article_similarity(art, other)) >= floor}
    alike = {aid: (sims[aid], other)
             for aid, other in with_passages(tx, {aid: near[aid] for aid in sims}).items()}
    stored: dict[str, list[tuple[str, EventSignature]]] = {}  # candidate article -> its events
    for incident, cand in article_events(tx, set(alike)):
        stored.setdefault(cand.article_id, []).append((incident, cand))
    for other_id, events in sorted(stored.items()):
        sim, other = alike[other_id]
        for i, j in linked_pairs(sigs, [e for _, e in events], art, other, sim):
            groups.union(i, ("incident", events[j][0]))
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
