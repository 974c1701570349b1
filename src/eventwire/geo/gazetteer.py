"""The offline gazetteer: every known place under each of its name keys, loaded once per process.

The tables under ``geo/data/`` are derived from GeoNames (CC BY 4.0) by
``scripts/build_gazetteer.py``: countries, admin1 regions, US counties, continents and cities of
1,000 people or more. Loading is lazy (first lookup) and takes well under a second.
"""

from __future__ import annotations

import threading
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from eventwire import data as knowledge
from eventwire.datacache import cached
from eventwire.geo import names
from eventwire.geo.names import name_key

DATA = knowledge.packaged("geo")


class GazetteerError(RuntimeError):
    """A gazetteer table is missing or unreadable (a broken installation)."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may refer to."""

    geonameid: int | None
    name: str
    feature: str  # "country", "admin1", "city", "region"
    country: str | None  # ISO alpha-3
    cc: str | None  # ISO alpha-2, for joining with admin1 codes
    admin1_code: str | None
    admin1: str | None  # admin1 name
    lat: float
    lon: float
    population: int
    capital: bool = False
    level: str = ""  # finer kind: "admin2" (US county), "continent"


class Gazetteer:
    """Name key -> candidates, plus the tables the resolver needs (country names, admin1 names)."""

    def __init__(self, data: Path = DATA) -> None:
        self.index: dict[str, list[Candidate]] = {}
        self.exact: dict[str, list[Candidate]] = {}  # aliases matched only as written
        self.countries: dict[str, Candidate] = {}  # alpha-2 -> country
        self.admin1: dict[tuple[str, str], Candidate] = {}  # (alpha-2, code) -> region
        self.capitals: dict[str, str] = {}  # alpha-2 -> capital's name key
        self.capital_names: dict[str, str] = {}  # alpha-2 -> capital's name, lower case
        self._city_cache: dict[int, Candidate] = {}
        self._load(data)

    # -- loading ---------------------------------------------------------------------------
    def _rows(self, path: Path) -> list[dict[str, str]]:
        try:
            return knowledge.read_tsv("geo", path.name, data_dir=path.parent)
        except knowledge.KnowledgeError as err:
            raise GazetteerError(f"gazetteer table {path} cannot be read: {err}") from None

    def _add(self, name: str, cand: Candidate) -> None:
        key = name_key(name)
        if key:
            bucket = self.index.setdefault(key, [])
            if not any(c is cand for c in bucket):
                bucket.append(cand)

    def _load(self, data: Path) -> None:
        iso3 = {}
        for row in self._rows(data / "countries.tsv"):
            cand = Candidate(int(row["geonameid"]), row["name"], "country", row["iso3"],
                             row["iso2"], None, None, float(row["lat"]), float(row["lon"]),
                             int(row["population"] or 0))
            iso3[row["iso2"]] = row["iso3"]
            self.countries[row["iso2"]] = cand
            self.capitals[row["iso2"]] = name_key(row["capital"])
            self.capital_names[row["iso2"]] = row["capital"].lower()
            for name in [row["name"], *filter(None, row["alternates"].split("|"))]:
                self._add(name, cand)
        for row in self._rows(data / "admin1.tsv"):
            cc = row["country"]
            cand = Candidate(None, row["name"], "admin1", iso3.get(cc), cc, row["code"],
                             row["name"], float(row["lat"]), float(row["lon"]),
                             int(row["population"] or 0))
            self.admin1[(cc, row["code"])] = cand
            for name in [row["name"], *filter(None, row["alternates"].split("|"))]:
                self._add(name, cand)
        for row in self._rows(data / "admin2.tsv"):
            region = self.admin1.get((row["country"], row["admin1"]))
            cand = Candidate(None, row["name"], "region", iso3.get(row["country"]),
                             row["country"], row["admin1"], region.name if region else None,
                             float(row["lat"]), float(row["lon"]), 0, level="admin2")
            self._add(row["name"], cand)
        for row in self._rows(data / "continents.tsv"):
            cand = Candidate(int(row["geonameid"]), row["name"], "region", None, None, None,
                             None, float(row["lat"]), float(row["lon"]), 0, level="continent")
            self._add(row["name"], cand)
        for row in self._rows(data / "aliases.tsv"):
            if row["kind"] == "country":
                cand = self.countries.get(row["code"])
            else:
                cc, _, code = row["code"].partition(".")
                cand = self.admin1.get((cc, code))
            if cand is None:
                continue
            if row["exact"] == "1":
                self.exact.setdefault(row["alias"], []).append(cand)
            else:
                self._add(row["alias"], cand)
        self._load_cities(data, iso3)

    def _load_cities(self, data: Path, iso3: dict[str, str]) -> None:
        """Read the city table and its name index; rows become Candidates only when looked up.

        Both tables stay one block of UTF-8 bytes each: the name index is searched by
        bisection over its sorted lines, and a city row is found through an array of line
        offsets. No per-line objects are built, which keeps the load fast and the memory small
        (170,000 cities, 290,000 names).
        """
        self._iso3 = iso3
        self._city_rows_blob, first = _data_block(data / "cities.tsv.gz")
        blob = self._city_rows_blob
        header_end = blob.index(b"\n", first)
        ends = np.flatnonzero(np.frombuffer(blob, dtype=np.uint8) == 10)
        starts = ends[ends >= header_end] + 1  # each line after the header starts after a break
        self._city_starts = starts[starts < len(blob)]
        names, first = _data_block(data / "city_names.tsv.gz")
        self._city_names = names
        self._city_names_start = names.index(b"\n", first) + 1  # after the header line

    def _city(self, i: int) -> Candidate:
        cand = self._city_cache.get(i)
        if cand is None:
            blob = self._city_rows_blob
            start = int(self._city_starts[i])
            line = blob[start:blob.index(b"\n", start)]
            gid, name, lat, lon, cc, code, pop, capital = line.decode("utf-8").split("\t")
            region = self.admin1.get((cc, code))
            cand = Candidate(int(gid), name, "city", self._iso3.get(cc), cc, code,
                             region.name if region else None, float(lat), float(lon),
                             int(pop or 0), capital == "1")
            self._city_cache[i] = cand
        return cand

    def cities(self, key: str) -> list[Candidate]:
        rows = self._city_rows(key)
        return [self._city(int(i)) for i in rows.split(",")] if rows else []

    def _city_rows(self, key: str) -> str | None:
        """The row numbers stored for ``key`` in the sorted name index, or None.

        Bisection over byte offsets: each probe reads the line around the middle. UTF-8 bytes
        sort like the code points they encode, so the bytes compare as the keys do.
        """
        probe = (key + "\t").encode("utf-8")
        blob = self._city_names
        lo, hi = self._city_names_start, len(blob)
        while lo < hi:  # lo and hi are line starts; lines before lo sort below the probe
            mid = (lo + hi) // 2
            start = blob.rfind(b"\n", 0, mid) + 1
            end = blob.index(b"\n", start)
            if blob[start:end] < probe:
                lo = end + 1
            else:
                hi = start
        if blob.startswith(probe, lo):
            return blob[lo + len(probe):blob.index(b"\n", lo)].decode("ascii")
        return None

    # -- lookup ----------------------------------------------------------------------------
    def lookup(self, name: str) -> list[Candidate]:
        """All places ``name`` may refer to (aliases such as "U.S." only as written)."""
        name = name.strip()
        exact = self.exact.get(name) or self.exact.get(name + ".")
        if exact:
            return list(exact)
        key = name_key(name)
        return [*self.index.get(key, ()), *self.cities(key)]

    def has(self, name: str) -> bool:
        """True when some place goes by ``name``."""
        name = name.strip()
        if name in self.exact or name + "." in self.exact:
            return True
        key = name_key(name)
        return key in self.index or self._city_rows(key) is not None

    def country(self, alpha2: str | None) -> Candidate | None:
        return self.countries.get(alpha2 or "")


def _data_block(path: Path) -> tuple[bytes, int]:
    """A gzipped table as one block of UTF-8 bytes ending in a line break, and the offset of
    its header line (the first line that is neither empty nor a ``#`` comment).

    One-shot decompression with no decoding and no split into lines (cold start counts).
    """
    try:
        data = zlib.decompress(path.read_bytes(), wbits=31)
    except (OSError, zlib.error) as err:
        raise GazetteerError(f"gazetteer table {path} cannot be read: {err}") from None
    start = 0
    while start < len(data) and data[start:start + 1] in (b"#", b"\n"):
        start = data.find(b"\n", start) + 1 or len(data)
    if data.find(b"\n", start) < 0:
        raise GazetteerError(f"gazetteer table {path} has no rows")
    if not data.endswith(b"\n"):
        data += b"\n"  # every line ends with a break: lookups need not check for the end
    return data, start


_LOCK = threading.Lock()
_GAZETTEER: Gazetteer | None = None


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use (once, also when threads ask at once)."""
    global _GAZETTEER
    if _GAZETTEER is None:
        with _LOCK:
            if _GAZETTEER is None:
                sources = [*sorted(DATA.iterdir()), Path(__file__), Path(names.__file__)]
                _GAZETTEER = cached("gazetteer", sources, Gazetteer)
    return _GAZETTEER
