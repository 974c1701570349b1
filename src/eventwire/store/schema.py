"""The store's tables, indexes, schema version and migrations, written once for both backends.

Plain tables with TEXT, INTEGER and floating-point columns only, so the SQLite file opens in
Datasette and any SQL tool. ``{float}`` is the backend's 8-byte float type.
"""

from __future__ import annotations

from collections.abc import Callable

SCHEMA_VERSION = 3
META_TABLE = "eventwire_meta"

# table -> ordered (column, type) pairs; the order is the insert order used by ingest
TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("id", "TEXT PRIMARY KEY"),
        ("title", "TEXT"),
        ("published", "TEXT"),
        ("source_id", "TEXT"),
        ("source_path", "TEXT"),
        ("source_url", "TEXT"),
        ("publisher", "TEXT"),
        ("byline", "TEXT"),
        ("language", "TEXT"),
        ("text", "TEXT"),
        ("n_actors", "INTEGER"),
        ("n_quotes", "INTEGER"),
        ("n_events", "INTEGER"),
        ("coder_version", "TEXT"),
        ("coder_model", "TEXT"),
        ("ingested_at", "TEXT"),
        ("record", "TEXT"),
    ],
    "actors": [
        ("article_id", "TEXT NOT NULL REFERENCES articles(id)"),
        ("actor_id", "TEXT NOT NULL"),
        ("name", "TEXT"),
        ("kind", "TEXT"),
        ("country", "TEXT"),
        ("sector", "TEXT"),
        ("code", "TEXT"),
        ("title", "TEXT"),
        ("wikidata", "TEXT"),
        ("n_mentions", "INTEGER"),
        ("n_events", "INTEGER"),
    ],
    "mentions": [
        ("article_id", "TEXT NOT NULL REFERENCES articles(id)"),
        ("actor_id", "TEXT NOT NULL"),
        ("start_char", "INTEGER"),
        ("end_char", "INTEGER"),
        ("text", "TEXT"),
    ],
    "quotes": [
        ("uid", "TEXT PRIMARY KEY"),
        ("article_id", "TEXT NOT NULL REFERENCES articles(id)"),
        ("quote_id", "TEXT NOT NULL"),
        ("kind", "TEXT"),
        ("text", "TEXT"),
        ("start_char", "INTEGER"),
        ("end_char", "INTEGER"),
        ("speaker_text", "TEXT"),
        ("speaker_start", "INTEGER"),
        ("speaker_end", "INTEGER"),
        ("speaker_actor", "TEXT"),
        ("speaker_name", "TEXT"),
        ("speaker_code", "TEXT"),
        ("cue_text", "TEXT"),
        ("cue_start", "INTEGER"),
        ("cue_end", "INTEGER"),
    ],
    "places": [
        ("article_id", "TEXT NOT NULL REFERENCES articles(id)"),
        ("place_id", "TEXT NOT NULL"),
        ("name", "TEXT"),
        ("country", "TEXT"),
        ("admin1", "TEXT"),
        ("lat", "{float}"),
        ("lon", "{float}"),
        ("geonameid", "INTEGER"),
        ("feature", "TEXT"),
        ("n_mentions", "INTEGER"),
    ],
    "times": [
        ("article_id", "TEXT NOT NULL REFERENCES articles(id)"),
        ("time_id", "TEXT NOT NULL"),
        ("text", "TEXT"),
        ("start_char", "INTEGER"),
        ("end_char", "INTEGER"),
        ("value", "TEXT"),
        ("precision", "TEXT"),
    ],
    "events": [
        ("uid", "TEXT PRIMARY KEY"),
        ("article_id", "TEXT NOT NULL REFERENCES articles(id)"),
        ("event_id", "TEXT NOT NULL"),
        ("seq", "INTEGER"),
        ("date", "TEXT"),
        ("date_text", "TEXT"),
        ("day", "TEXT"),
        ("week", "TEXT"),
        ("month", "TEXT"),
        ("cameo", "TEXT"),
        ("cameo_root", "TEXT"),
        ("quad_class", "INTEGER"),
        ("goldstein", "{float}"),
        ("plover_type", "TEXT"),
        ("plover_mode", "TEXT"),
        ("modality", "TEXT"),
        ("source_actor", "TEXT"),
        ("target_actor", "TEXT"),
        ("source_code", "TEXT"),
        ("target_code", "TEXT"),
        ("source_name", "TEXT"),
        ("target_name", "TEXT"),
        ("source_country", "TEXT"),
        ("target_country", "TEXT"),
        ("trigger_text", "TEXT"),
        ("trigger_start", "INTEGER"),
        ("trigger_end", "INTEGER"),
        ("sentence_index", "INTEGER"),
        ("sentence_start", "INTEGER"),
        ("sentence_end", "INTEGER"),
        ("sentence_text", "TEXT"),
        ("place_id", "TEXT"),
        ("place_name", "TEXT"),
        ("place_country", "TEXT"),
        ("lat", "{float}"),
        ("lon", "{float}"),
        ("quote_id", "TEXT"),
        ("pattern", "TEXT"),
        ("confidence", "{float}"),
    ],
    "event_actors": [
        ("article_id", "TEXT NOT NULL REFERENCES articles(id)"),
        ("event_id", "TEXT NOT NULL"),
        ("role", "TEXT NOT NULL"),
        ("actor_id", "TEXT NOT NULL"),
    ],
}

PRIMARY_KEYS = {
    "actors": ("article_id", "actor_id"),
    "places": ("article_id", "place_id"),
    "times": ("article_id", "time_id"),
    "event_actors": ("article_id", "event_id", "role", "actor_id"),
}

INDEXES: list[tuple[str, str, tuple[str, ...]]] = [
    ("idx_articles_published", "articles", ("published",)),
    ("idx_actors_code", "actors", ("code",)),
    ("idx_actors_country", "actors", ("country",)),
    ("idx_mentions_actor", "mentions", ("article_id", "actor_id")),
    ("idx_quotes_article", "quotes", ("article_id",)),
    ("idx_quotes_speaker_code", "quotes", ("speaker_code",)),
    ("idx_places_name", "places", ("name",)),
    ("idx_times_article", "times", ("article_id",)),
    ("idx_events_article", "events", ("article_id", "seq")),
    ("idx_events_day", "events", ("day",)),
    ("idx_events_source", "events", ("source_code",)),
    ("idx_events_target", "events", ("target_code",)),
    ("idx_events_dyad", "events", ("source_code", "target_code")),
    ("idx_events_source_country", "events", ("source_country",)),
    ("idx_events_target_country", "events", ("target_country",)),
    ("idx_events_cameo", "events", ("cameo",)),
    ("idx_events_root", "events", ("cameo_root",)),
    ("idx_events_plover", "events", ("plover_type",)),
    ("idx_events_quad", "events", ("quad_class",)),
    ("idx_events_place", "events", ("place_name",)),
    ("idx_event_actors_actor", "event_actors", ("article_id", "actor_id")),
]


def create_table_sql(table: str, float_type: str, columns: list | None = None) -> str:
    """CREATE TABLE for ``table`` (its columns from :data:`TABLES` unless given)."""
    columns = TABLES[table] if columns is None else columns
    cols = [f"{name} {kind.format(float=float_type)}" for name, kind in columns]
    if table in PRIMARY_KEYS:
        cols.append(f"PRIMARY KEY ({', '.join(PRIMARY_KEYS[table])})")
    return f"CREATE TABLE IF NOT EXISTS {table} (\n  " + ",\n  ".join(cols) + "\n)"


def _v1(float_type: str) -> list[str]:
    """Version 1: every table and index of the eventwire/1 record."""
    stmts = [create_table_sql(t, float_type) for t in TABLES]
    stmts += [
        f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({', '.join(cols)})"
        for name, table, cols in INDEXES
    ]
    return stmts


def _v2(float_type: str) -> list[str]:
    """Version 2: incidents (one occurrence reported by many articles), see docs/incidents.md."""
    from eventwire.store.incident_tables import INCIDENT_INDEXES, INCIDENT_TABLES

    stmts = [create_table_sql(t, float_type, cols) for t, cols in INCIDENT_TABLES.items()]
    stmts += [
        f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({', '.join(cols)})"
        for name, table, cols in INCIDENT_INDEXES
    ]
    return stmts


def _v3(float_type: str) -> list[str]:
    """Version 3: each incident article's passages (what two reports repeat word for word)."""
    from eventwire.store.incident_tables import PASSAGE_TABLES

    return [create_table_sql(t, float_type, cols) for t, cols in PASSAGE_TABLES.items()]


# version -> statements that bring a store from version-1 to version; append, never edit
MIGRATIONS: dict[int, Callable[[str], list[str]]] = {1: _v1, 2: _v2, 3: _v3}

assert max(MIGRATIONS) == SCHEMA_VERSION


def pending(current: int) -> list[tuple[int, Callable[[str], list[str]]]]:
    """The migrations a store at version ``current`` still needs, in order."""
    return [(v, MIGRATIONS[v]) for v in sorted(MIGRATIONS) if v > current]


def insert_sql(table: str, columns: list | None = None) -> str:
    """A parameterised INSERT for every column of ``table`` (``?`` placeholders)."""
    cols = [c for c, _ in (TABLES[table] if columns is None else columns)]
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
