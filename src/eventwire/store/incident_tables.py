"""The store's incident tables and indexes (schema version 2, the passages table version 3);
:mod:`eventwire.incidents` fills them.

``incident_events`` holds, for every stored event, its incident and what the rule compares (its
family, day, countries, place, words): the candidate lookup reads this table only, through the
index on (family, day), so finding the candidates of a new event never scans the store.
``incident_articles`` holds each article's title and lead words and publisher, ``incident_passages``
the fingerprints of its passages; ``incidents`` holds one summary row per incident (what the API,
dashboard and exports show).
"""

from __future__ import annotations

INCIDENT_TABLES: dict[str, list[tuple[str, str]]] = {
    "incidents": [
        ("id", "TEXT PRIMARY KEY"),
        ("event_uid", "TEXT"),
        ("date", "TEXT"),
        ("day", "TEXT"),
        ("week", "TEXT"),
        ("month", "TEXT"),
        ("first_seen", "TEXT"),
        ("last_seen", "TEXT"),
        ("cameo", "TEXT"),
        ("cameo_root", "TEXT"),
        ("quad_class", "INTEGER"),
        ("goldstein", "{float}"),
        ("plover_type", "TEXT"),
        ("source_code", "TEXT"),
        ("target_code", "TEXT"),
        ("source_name", "TEXT"),
        ("target_name", "TEXT"),
        ("source_country", "TEXT"),
        ("target_country", "TEXT"),
        ("place_name", "TEXT"),
        ("place_country", "TEXT"),
        ("lat", "{float}"),
        ("lon", "{float}"),
        ("trigger_text", "TEXT"),
        ("sentence_text", "TEXT"),
        ("title", "TEXT"),
        ("n_events", "INTEGER"),
        ("n_articles", "INTEGER"),
        ("n_sources", "INTEGER"),
        ("confidence", "{float}"),
    ],
    "incident_events": [
        ("uid", "TEXT PRIMARY KEY"),
        ("incident_id", "TEXT NOT NULL"),
        ("article_id", "TEXT NOT NULL"),
        ("family", "TEXT"),
        ("day", "TEXT"),
        ("precision", "TEXT"),
        ("source_country", "TEXT"),
        ("target_country", "TEXT"),
        ("source_sector", "TEXT"),
        ("target_sector", "TEXT"),
        ("lat", "{float}"),
        ("lon", "{float}"),
        ("words", "TEXT"),
        ("numbers", "TEXT"),
    ],
    "incident_articles": [
        ("article_id", "TEXT PRIMARY KEY"),
        ("published", "TEXT"),
        ("publisher", "TEXT"),
        ("title_words", "TEXT"),
        ("words", "TEXT"),
    ],
}

# Version 3: each article's passages (fingerprints of what reports repeat word for word), in a
# table of their own so the migration only creates it.
PASSAGE_TABLES: dict[str, list[tuple[str, str]]] = {
    "incident_passages": [
        ("article_id", "TEXT PRIMARY KEY"),
        ("passages", "TEXT"),
    ],
}

ALL_INCIDENT_TABLES = {**INCIDENT_TABLES, **PASSAGE_TABLES}


INCIDENT_INDEXES: list[tuple[str, str, tuple[str, ...]]] = [
    ("idx_incident_events_lookup", "incident_events", ("family", "day", "article_id")),
    ("idx_incident_events_incident", "incident_events", ("incident_id",)),
    ("idx_incident_events_article", "incident_events", ("article_id",)),
    ("idx_incidents_day", "incidents", ("day",)),
    ("idx_incidents_root", "incidents", ("cameo_root",)),
    ("idx_incidents_dyad", "incidents", ("source_code", "target_code")),
]


def insert_sql(table: str) -> str:
    """A parameterised INSERT for every column of an incident table (``?`` placeholders)."""
    from eventwire.store import schema

    return schema.insert_sql(table, ALL_INCIDENT_TABLES[table])
