"""Choosing, for each place mention, the place it names among the gazetteer's candidates.

Each candidate gets a score: a prior (kind of place, population, capital) plus context from the
rest of the article (the countries and regions the other mentions resolve to, a qualifier such
as "Paris, Texas", the dateline) plus coherence (how close it lies to plausible readings of the
article's other names). Resolution runs a few rounds so that unambiguous mentions settle first
and then pull the ambiguous ones towards the article's country and region.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from eventwire.geo.gazetteer import Candidate, Gazetteer
from eventwire.geo.mentions import Mention
from eventwire.geo.names import name_key

# Prior weights (log10 population is 3 for a town of 1,000, 7 for a city of 10 million).
COUNTRY_PRIOR = 14.0
CONTINENT_PRIOR = 13.0
ADMIN1_PRIOR = 6.0
ADMIN2_PRIOR = 8.5
CAPITAL_BONUS = 2.0
# Context weights.
QUALIFIER_MATCH = 8.0
SAME_COUNTRY = 7.0
SAME_ADMIN1 = 5.0
DATELINE_COUNTRY = 3.0
CAPITAL_OF_MENTIONED = 1.5
SIBLING_REGIONS = 5.0  # other first-level regions of the same country ("Washington and Oregon")
CAPITAL_SHADOWS_REGION = 3.0
OWN_NAME = 3.0  # the candidate's main name is the mention's, not one of its alternate names
NEARBY = 3.0  # share of the article's other towns within NEAR_KM of the candidate
NEAR_KM = 150.0
# A city that holds this share of its region's people is what its name means ("Beijing").
CITY_DOMINATES_REGION = 0.25
ROUNDS = 3
LOC_MIN_CITY = 100_000
# Coherence: a candidate near some plausible candidate of each other name in the article wins
# ("Athens" with "Henderson County": the Texas pair). A candidate of another name counts with
# weight exp(-PLAUSIBLE_DECAY * (its group's best prior - its prior)), closeness with
# 1 / (1 + (km / COHERENCE_KM) ** 2), inside a named region or country as fully close.
COHERENCE = 12.0
COHERENCE_KM = 50.0
PLAUSIBLE_DECAY = 0.4


def _population_score(pop: int) -> float:
    return math.log10(pop + 1)


def prior(cand: Candidate) -> float:
    """How likely ``cand`` is what its name means, knowing nothing of the article."""
    if cand.feature == "country":
        return COUNTRY_PRIOR
    if cand.level == "continent":
        return CONTINENT_PRIOR
    if cand.level == "admin2":
        return ADMIN2_PRIOR
    if cand.feature == "admin1":
        return ADMIN1_PRIOR + 0.4 * _population_score(cand.population)
    return _population_score(cand.population) + (CAPITAL_BONUS if cand.capital else 0.0)


def _shadowed(region: Candidate, cities: list[Candidate], key: str) -> bool:
    """True when a city of the region's name is what the name means: a bigger city, or the
    region's own main city written by its own name ("Beijing"; not "New York", whose city
    GeoNames calls "New York City")."""
    for city in cities:
        if city.population >= region.population:
            return True
        if (city.cc == region.cc and city.admin1_code == region.admin1_code
                and name_key(city.name) == key
                and city.population >= CITY_DOMINATES_REGION * max(region.population, 1)):
            return True
    return False


def candidates(mention: Mention, gaz: Gazetteer) -> list[Candidate]:
    """The places ``mention`` may name, after the text's own restrictions ("Kharkiv region")."""
    cands = gaz.lookup(mention.name)
    if mention.extra.get("label") == "LOC":
        # LOC is the model's label for seas, mountains and areas: a town that shares such a
        # name ("Pacific", Missouri) is not meant.
        cands = [c for c in cands if c.feature != "city" or c.population >= LOC_MIN_CITY]
    if mention.restrict == "admin1":
        regions = [c for c in cands if c.feature in ("admin1", "region")]
        cands = regions or cands
    else:
        # Drop a region named after its dominant city ("Beijing", "Moscow" mean the city), or
        # smaller than a city of the same name elsewhere ("Gaza").
        cities = [c for c in cands if c.feature == "city"]
        key = name_key(mention.name)
        cands = [c for c in cands if not (c.feature == "admin1" and _shadowed(c, cities, key))]
    return cands


@dataclass
class Context:
    """What the rest of the article says about where it is: the places other names resolved to."""

    countries: Counter = field(default_factory=Counter)  # alpha-2 -> mentions
    regions: Counter = field(default_factory=Counter)  # (alpha-2, admin1 code) -> mentions
    admin1_of: Counter = field(default_factory=Counter)  # alpha-2 -> mentions of its admin1s
    points: list = field(default_factory=list)  # (lat, lon) of other towns and counties, sorted
    total: int = 0
    dateline_cc: str | None = None


def _context(chosen: list[Candidate | None], skip: int, keys: list[str],
             dateline_cc: str | None) -> Context:
    """The other mentions' places (not those of the same name as mention ``skip``)."""
    ctx = Context(dateline_cc=dateline_cc)
    for k, cand in enumerate(chosen):
        if cand is None or k == skip or keys[k] == keys[skip]:
            continue
        ctx.total += 1
        if cand.cc:
            ctx.countries[cand.cc] += 1
        if cand.admin1_code and cand.feature != "country":
            ctx.regions[(cand.cc, cand.admin1_code)] += 1
        if cand.feature == "admin1":
            ctx.admin1_of[cand.cc] += 1
        if cand.feature == "city" or cand.level == "admin2":
            ctx.points.append((cand.lat, cand.lon))
    ctx.points.sort()
    return ctx


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


def _near_share(cand: Candidate, points: list) -> float:
    """Share of ``points`` (sorted by latitude) within NEAR_KM of ``cand``: only the points in
    its band of latitude are looked at, then a cheap degree test, then the distance."""
    dlat_max = NEAR_KM / 110.0
    dlon_max = dlat_max / max(math.cos(math.radians(cand.lat)), 0.05)
    lat0, lon0 = cand.lat, cand.lon
    near = 0
    for k in range(bisect_left(points, (lat0 - dlat_max,)), len(points)):
        lat, lon = points[k]
        if lat > lat0 + dlat_max:
            break
        if abs(lon - lon0) <= dlon_max and _km(lat0, lon0, lat, lon) <= NEAR_KM:
            near += 1
    return near / len(points)


def score(cand: Candidate, mention: Mention, qualifier: Candidate | None, ctx: Context,
          gaz: Gazetteer) -> float:
    """Prior plus article context for one candidate of one mention."""
    value = prior(cand)
    if name_key(cand.name) == name_key(mention.name):
        value += OWN_NAME  # "Rogersville" is a town of that name before another's old alias
    if qualifier is not None:
        if qualifier.feature == "country":
            value += QUALIFIER_MATCH if cand.cc == qualifier.cc else -QUALIFIER_MATCH
        elif qualifier.feature == "admin1":
            same = cand.cc == qualifier.cc and cand.admin1_code == qualifier.admin1_code
            value += QUALIFIER_MATCH if same else -QUALIFIER_MATCH
    if ctx.total:
        value += SAME_COUNTRY * ctx.countries.get(cand.cc, 0) / ctx.total
        if cand.feature != "country":
            value += SAME_ADMIN1 * ctx.regions.get((cand.cc, cand.admin1_code), 0) / ctx.total
    if ctx.points and cand.feature == "city":
        value += NEARBY * _near_share(cand, ctx.points)
    if ctx.dateline_cc and cand.cc == ctx.dateline_cc and cand.feature != "country":
        value += DATELINE_COUNTRY
    if cand.capital and (ctx.countries.get(cand.cc) or ctx.dateline_cc == cand.cc):
        value += CAPITAL_OF_MENTIONED
    if cand.feature == "admin1":
        if ctx.total:
            value += SIBLING_REGIONS * ctx.admin1_of.get(cand.cc, 0) / ctx.total
        if gaz.capital_names.get(cand.cc or "") == mention.name.lower():
            value -= CAPITAL_SHADOWS_REGION  # "Washington" alone is the capital, not the state
    return value


def _qualifier(mention: Mention, chosen: list[Candidate | None]) -> Candidate | None:
    return chosen[mention.qualifier] if mention.qualifier is not None else None


# Towns are indexed by cells of this many degrees; only towns in the same or a neighbouring
# cell vouch for each other (all towns within 2 degrees, about 220 km, are seen): further
# away the closeness is below 0.05 anyway.
_CELL_DEGREES = 2.0


class _Area:
    """The candidates of one name, indexed for the coherence of other names' candidates: the
    regions they lie in and the points of towns and counties, by cell of the map."""

    def __init__(self, opts: list[Candidate]) -> None:
        best = max(prior(c) for c in opts)
        self.regions: dict[tuple, float] = {}  # (alpha-2, admin1 code) -> best weight
        self.region_cands: dict[tuple, float] = {}  # same, for admin1 candidates only
        self.cells: dict[tuple[int, int], list[tuple[float, float, float]]] = {}
        for cand in opts:
            if cand.feature == "country" or cand.level == "continent":
                continue
            weight = math.exp(-PLAUSIBLE_DECAY * (best - prior(cand)))
            region = (cand.cc, cand.admin1_code)
            self.regions[region] = max(weight, self.regions.get(region, 0.0))
            if cand.feature == "admin1":
                self.region_cands[region] = max(weight, self.region_cands.get(region, 0.0))
            else:
                cell = (math.floor(cand.lat / _CELL_DEGREES), math.floor(cand.lon / _CELL_DEGREES))
                self.cells.setdefault(cell, []).append((cand.lat, cand.lon, weight))

    def closeness(self, cand: Candidate) -> float:
        """How much this name's candidates vouch for ``cand``'s area, 0..1."""
        if cand.feature == "country" or cand.level == "continent":
            return 0.0
        region = (cand.cc, cand.admin1_code)
        if cand.feature == "admin1":  # a region is vouched for by anything inside it
            return self.regions.get(region, 0.0)
        best = self.region_cands.get(region, 0.0)  # a town by the region it lies in
        lat0 = math.floor(cand.lat / _CELL_DEGREES)
        lon0 = math.floor(cand.lon / _CELL_DEGREES)
        for dlat in (-1, 0, 1):
            for dlon in (-1, 0, 1):
                for lat, lon, weight in self.cells.get((lat0 + dlat, lon0 + dlon), ()):
                    if weight > best:
                        km = _km(cand.lat, cand.lon, lat, lon)
                        best = max(best, weight / (1.0 + (km / COHERENCE_KM) ** 2))
        return best


def _coherence(groups: list[list[Candidate]]) -> list[dict[int, float]]:
    """Per group, candidate index -> mean over the other groups of how much they vouch for it
    (the best of their candidates, each weighted by how plausible it is for its own name)."""
    areas = [_Area(opts) if opts else None for opts in groups]
    others = sum(1 for area in areas if area is not None) - 1
    result: list[dict[int, float]] = []
    for g, opts in enumerate(groups):
        values: dict[int, float] = {}
        if len(opts) > 1 and others > 0:
            for i, cand in enumerate(opts):
                total = sum(area.closeness(cand) for h, area in enumerate(areas)
                            if area is not None and h != g)
                values[i] = total / others
        result.append(values)
    return result


def _group_total(cand: Candidate, members: list[int], quals: list[Candidate | None],
                 mentions: list[Mention], ctx: Context, gaz: Gazetteer, bonus: float) -> float:
    """The score of ``cand`` summed over the mentions of one name. They differ only in their
    qualifier ("Paris, Texas" and a bare "Paris"), so each distinct qualifier is scored once."""
    seen: dict[int, float] = {}
    total = 0.0
    for k, qual in zip(members, quals):
        value = seen.get(id(qual))
        if value is None:
            value = seen[id(qual)] = score(cand, mentions[k], qual, ctx, gaz)
        total += value + COHERENCE * bonus
    return total


def resolve(mentions: list[Mention], gaz: Gazetteer) -> list[Candidate | None]:
    """The chosen place of each mention (None where the gazetteer has nothing for it)."""
    options = [candidates(m, gaz) for m in mentions]
    keys = [m.name.lower() for m in mentions]
    chosen: list[Candidate | None] = [
        max(opts, key=prior) if opts else None for opts in options
    ]
    groups: dict[str, list[int]] = {}
    for k, key in enumerate(keys):
        groups.setdefault(key, []).append(k)
    # How much the article's other names vouch for each candidate: computed once.
    coherence = dict(zip(groups, _coherence([options[ms[0]] for ms in groups.values()])))
    for _ in range(ROUNDS):
        dateline_cc = next(
            (c.cc for m, c in zip(mentions, chosen) if m.source == "dateline" and c), None
        )
        updated = list(chosen)
        # One sense per article: all mentions of a name share one place, chosen on the
        # evidence of all of them ("Paris, Texas ... Paris").
        for gkey, members in groups.items():
            opts = options[members[0]]
            bonus = coherence[gkey]
            if not opts:
                continue
            if len(opts) == 1:  # nothing to choose: skip the scoring
                for k in members:
                    updated[k] = opts[0]
                continue
            context = _context(chosen, members[0], keys, dateline_cc)
            quals = [_qualifier(mentions[k], chosen) for k in members]
            best = opts[max(range(len(opts)), key=lambda i, ms=members, ctx=context, b=bonus,
                            qs=quals: _group_total(opts[i], ms, qs, mentions, ctx, gaz,
                                                   b.get(i, 0.0)))]
            for k in members:
                updated[k] = best
        if updated == chosen:
            break
        chosen = updated
    return chosen
