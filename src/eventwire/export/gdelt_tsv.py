"""GDELT 2.0 style event table: tab-separated, no header, the 61 columns of a GDELT 2.0 export.

eventwire fills the columns it knows (dates, actor codes, names, countries and sector as
Type1Code, event codes, quad class, Goldstein, action place and coordinates, source URL); the
rest stay empty. Geographic country and ADM1 codes are FIPS 10-4 in GDELT, which eventwire does
not hold, so they are empty too: the country is in ActionGeo_FullName.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import lru_cache

from eventwire.export.output import text_output
from eventwire.export.records import RecordCache
from eventwire.store import EventFilter, Store
from eventwire.store.rows import first_day


def _actor_columns(n: int) -> list[str]:
    return [
        f"Actor{n}{c}"
        for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                  "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
    ]


def _geo_columns(prefix: str) -> list[str]:
    return [
        f"{prefix}_{c}"
        for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                  "FeatureID")
    ]


COLUMNS: list[str] = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *_actor_columns(1), *_actor_columns(2),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *_geo_columns("Actor1Geo"), *_geo_columns("Actor2Geo"), *_geo_columns("ActionGeo"),
    "DATEADDED", "SOURCEURL",
]

# GDELT geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
GEO_TYPE = {("country", False): 1, ("country", True): 1, ("admin1", True): 2,
            ("admin1", False): 5, ("city", True): 3, ("city", False): 4}


def global_event_id(uid: str) -> int:
    """A stable positive integer for an event uid (GDELT ids are integers)."""
    return int(hashlib.sha256(uid.encode("utf-8")).hexdigest()[:15], 16)


@lru_cache(maxsize=512)
def country_name(iso3: str | None) -> str | None:
    if not iso3:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    return country.name if country else None


def _cameo_country(code: str | None) -> str | None:
    return code if code and len(code) == 3 and code.isalpha() else None


def _actor(actor: dict | None, code: str | None) -> list:
    if not actor and not code:
        return [""] * 10
    actor = actor or {}
    name = actor.get("name")
    return [code, name.upper() if name else None, _cameo_country(actor.get("country")),
            None, None, None, None, actor.get("sector"), None, None]


def _geo(place: dict | None) -> list:
    if not place:
        return [None] * 8
    us = place.get("country") == "USA"
    parts = [place.get("name")]
    for extra in (place.get("admin1"), country_name(place.get("country"))):
        if extra and extra not in parts:
            parts.append(extra)
    full = ", ".join(p for p in parts if p)
    return [GEO_TYPE.get((place.get("feature"), us)), full, None, None, None,
            place.get("lat"), place.get("lon"), place.get("geonameid")]


def _is_root(record: dict, sentence_start: int | None) -> int:
    """1 when the event's sentence is in the lead paragraph, as GDELT's IsRootEvent."""
    if sentence_start is None:
        return 0
    text = record.get("text") or ""
    end = text.find("\n\n")
    return int(end < 0 or sentence_start < end)


def gdelt_row(row: dict, cache: RecordCache) -> list:
    record, event, actors, place = cache.parts(row)
    day = first_day(row.get("date")) or first_day(row.get("published"))
    src = actors.get((event.get("source") or [None])[0])
    tgt = actors.get((event.get("target") or [None])[0])
    cameo = row.get("cameo") or ""
    added = row.get("ingested_at")
    added = dt.datetime.fromisoformat(added).strftime("%Y%m%d%H%M%S") if added else None
    source = record.get("source") or {}
    return [
        global_event_id(row["uid"]),
        day.strftime("%Y%m%d") if day else None,
        day.strftime("%Y%m") if day else None,
        day.year if day else None,
        f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else None,
        *_actor(src, row.get("source_code")),
        *_actor(tgt, row.get("target_code")),
        _is_root(record, row.get("sentence_start")),
        cameo, cameo[:3], row.get("cameo_root"), row.get("quad_class"), row.get("goldstein"),
        row.get("incident_events") or 1, row.get("incident_sources") or 1,
        row.get("incident_articles") or 1, None,
        *[None] * 8, *[None] * 8, *_geo(place),
        added, source.get("url") or source.get("path"),
    ]


def write(store: Store, path: str, f: EventFilter | None = None, left_out=None, rows=None) -> int:
    """Write the selected events as GDELT 2.0 style TSV; return how many (none is left out).

    NumMentions, NumSources and NumArticles are those of the event's incident (its events,
    distinct publishers and articles).
    """
    cache = RecordCache(store)
    n = 0
    with text_output(path, newline="") as out:
        for row in store.iter_events(f) if rows is None else rows:
            cells = ["" if v is None else _clean(v) for v in gdelt_row(row, cache)]
            out.write("\t".join(cells) + "\n")
            n += 1
    return n


def write_incidents(store: Store, path: str, f: EventFilter | None = None, left_out=None) -> int:
    """One GDELT row per incident: its representative event with the incident's counts."""
    from eventwire.export.incidents import representative_rows

    return write(store, path, f, left_out, rows=representative_rows(store, f))


def _clean(value) -> str:
    """GDELT cells hold no tabs or line breaks."""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)
