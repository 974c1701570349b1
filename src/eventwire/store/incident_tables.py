"""The store's incident tables and indexes (schema version 2, a column added in version 3);
:mod:`eventwire.incidents` fills them.

``incident_events`` holds, for every stored event, its incident and what the rule compares (its
family, day, countries, place, words): the candidate lookup reads this table only, through the
index on (family, day), so finding the candidates of a new event never scans the store.
``incident_articles`` holds each article's title and lead words, publisher and (since version 3) the
fingerprints of its passages; ``incidents`` holds one summary row per incident (what the API,
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

# Columns added to the version-2 tables by later migrations: version -> (table, column, type).
ADDED_COLUMNS: dict[int, list[tuple[str, str, str]]] = {
    3: [("incident_articles", "passages", "TEXT")],  # fingerprints of its word-for-word passages
}


def columns(table: str) -> list[tuple[str, str]]:
    """A table's columns now: those it was created with (version 2), then those added since."""
    added = [(c, kind) for v in sorted(ADDED_COLUMNS) for t, c, kind in ADDED_COLUMNS[v] if t == table]
    return INCIDENT_TABLES[table] + added


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

    return schema.insert_sql(table, columns(table))
