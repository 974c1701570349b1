"""Choosing, for each place mention, the place it names among the gazetteer's candidates.

Each candidate gets a score: a prior (kind of place, population, capital) plus context from the
rest of the article (the countries and regions the other mentions resolve to, a qualifier such
as "Paris, Texas", the dateline). Resolution runs a few rounds so that unambiguous mentions
settle first and then pull the ambiguous ones towards the article's country and region.
"""

from __future__ import annotations

import math
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


def _shadowed(region: Candidate, cities: list[Candidate]) -> bool:
    """True when a city of the region's name is what the name means."""
    for city in cities:
        if city.population >= region.population:
            return True
        if (city.cc == region.cc and city.admin1_code == region.admin1_code
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
        cands = [c for c in cands if not (c.feature == "admin1" and _shadowed(c, cities))]
    return cands


@dataclass
class Context:
    """What the rest of the article says about where it is: the places other names resolved to."""

    countries: Counter = field(default_factory=Counter)  # alpha-2 -> mentions
    regions: Counter = field(default_factory=Counter)  # (alpha-2, admin1 code) -> mentions
    admin1_of: Counter = field(default_factory=Counter)  # alpha-2 -> mentions of its admin1s
    points: list = field(default_factory=list)  # (lat, lon) of other towns and counties
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
    return ctx


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


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
        near = sum(1 for lat, lon in ctx.points if _km(cand.lat, cand.lon, lat, lon) <= NEAR_KM)
        value += NEARBY * near / len(ctx.points)
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
    for _ in range(ROUNDS):
        dateline_cc = next(
            (c.cc for m, c in zip(mentions, chosen) if m.source == "dateline" and c), None
        )
        updated = list(chosen)
        # One sense per article: all mentions of a name share one place, chosen on the
        # evidence of all of them ("Paris, Texas ... Paris").
        for members in groups.values():
            opts = options[members[0]]
            if not opts:
                continue
            if len(opts) == 1:  # nothing to choose: skip the scoring
                for k in members:
                    updated[k] = opts[0]
                continue
            context = _context(chosen, members[0], keys, dateline_cc)
            best = max(opts, key=lambda c, ms=members, ctx=context: sum(
                score(c, mentions[k], _qualifier(mentions[k], chosen), ctx, gaz) for k in ms
            ))
            for k in members:
                updated[k] = best
        if updated == chosen:
            break
        chosen = updated
    return chosen
