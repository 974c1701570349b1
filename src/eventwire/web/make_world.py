"""Build the dashboard's bundled world outline (``world.json``) from a Natural Earth TopoJSON.

Run once by a maintainer, never at run time (the dashboard works offline)::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python src/eventwire/web/make_world.py package/countries-110m.json src/eventwire/web/static/world.json

The input is Natural Earth 1:110m Admin 0 countries (public domain) as redistributed in TopoJSON
by the ``world-atlas`` npm package; the output is a small JSON of rings rounded to 0.1 degree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

CREDIT = (
    "Made with Natural Earth (public domain, naturalearthdata.com): 1:110m Admin 0 countries, "
    "version 4.1.0, via the world-atlas npm package 2.0.2; simplified to 0.1 degree."
)


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of each arc of a quantized TopoJSON topology."""
    kx, ky = topology["transform"]["scale"]
    dx, dy = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for qx, qy in arc:
            x += qx
            y += qy
            points.append((x * kx + dx, y * ky + dy))
        arcs.append(points)
    return arcs


def ring_points(
    ring: list[int], arcs: list[list[tuple[float, float]]]
) -> list[tuple[float, float]]:
    """Join the arcs of one ring; a negative index ``~i`` is arc ``i`` reversed."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def simplify(points: list[tuple[float, float]], step: float = 0.1) -> list[list[float]]:
    """Round to ``step`` degrees and drop repeated points."""
    out: list[list[float]] = []
    for lon, lat in points:
        p = [round(round(lon / step) * step, 1), round(round(lat / step) * step, 1)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Make a ring that crosses the antimeridian continuous (longitudes may pass +-180)."""
    out = [points[0]]
    for lon, lat in points[1:]:
        prev = out[-1][0]
        while lon - prev > 180:
            lon -= 360
        while prev - lon > 180:
            lon += 360
        out.append((lon, lat))
    return out


def split_antimeridian(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring, and for one that crosses +-180 also its copy shifted by 360 degrees.

    A flat map then draws both halves (the parts beyond its edges are clipped) instead of a
    stripe across the whole world.
    """
    ring = unwrap(points)
    lons = [lon for lon, _ in ring]
    if min(lons) >= -180 and max(lons) <= 180:
        return [ring]
    shift = -360 if max(lons) > 180 else 360
    return [ring, [(lon + shift, lat) for lon, lat in ring]]


def convert(topology: dict) -> dict:
    """``{"credit", "countries": [{"name", "id", "rings": [[[lon, lat], ...], ...]}]}``."""
    arcs = decode_arcs(topology)
    countries = []
    for geom in topology["objects"]["countries"]["geometries"]:
        if geom["type"] == "Polygon":
            polygons = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polygons = geom["arcs"]
        else:
            continue
        rings = [
            simplify(part)
            for poly in polygons
            for r in poly
            for part in split_antimeridian(ring_points(r, arcs))
        ]
        rings = [r for r in rings if len(r) >= 4]
        if rings:
            name = (geom.get("properties") or {}).get("name")
            countries.append({"name": name, "id": geom.get("id"), "rings": rings})
    return {"credit": CREDIT, "countries": countries}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, target = (Path(a) for a in argv)
    data = convert(json.loads(source.read_text("utf-8")))
    target.write_text(json.dumps(data, separators=(",", ":")), "utf-8")
    print(f"{target}: {len(data['countries'])} countries, {target.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
