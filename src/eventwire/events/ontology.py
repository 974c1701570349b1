"""The CAMEO code table: name, root, Goldstein value, quad class and PLOVER type/mode per code,
and how eventwire codes events of that code (which arguments they need, where an untargeted
one is aimed, how a planned one is coded).

Read once from ``data/ontology.tsv`` (built by ``scripts/build_ontology.py`` from CAMEO and
PLOVER) and ``data/code_rules.tsv`` (eventwire's coding decisions per root, hand-edited; a row
for a longer code overrides its root's).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire import data


@dataclass(frozen=True)
class Code:
    """One CAMEO event code and the facts eventwire records about it."""

    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None
    # eventwire's coding decisions (code_rules.tsv)
    no_source: bool = False  # may lack a named source when it names a target
    needs_target: bool = False  # needs someone acted upon (or two conjoined sources)
    thing_target: bool = False  # ... which may be a thing or a place
    implicit_target: bool = False  # untargeted: aimed at the country where it happened
    own_country: bool = False  # ... or at the source's own country
    mutual: bool = False  # conjoined sources with no target act on each other
    place_target: bool = False  # the country where it happens is the target, if no actor is
    conditional_threat: bool = False  # made conditional on the other side, it is a threat
    future_frame: str | None = None  # planned: coded as "intent" (03x) or "threaten" (13x)
    place_coded: bool = False  # a meeting coded by where it happened (042 / 043 / 044)
    senses: frozenset[str] = frozenset()  # word-sense checks: campaign, labour, verbal_attack

    def plover(self) -> dict | None:
        """The record's ``plover`` object, or None for CAMEO 01/02 (PLOVER drops them)."""
        if not self.plover_type:
            return None
        return {"type": self.plover_type, "mode": self.plover_mode or None}


@lru_cache(maxsize=1)
def table() -> dict[str, Code]:
    """All CAMEO codes by code string (``"042"``)."""
    rules = {r["code"]: r for r in data.read_tsv("events", "code_rules.tsv")}
    codes = {}
    for r in data.read_tsv("events", "ontology.tsv"):
        rule = _rule(rules, r["code"])
        codes[r["code"]] = Code(
            code=r["code"],
            name=r["name"],
            root=r["root"],
            goldstein=float(r["goldstein"]),
            quad_class=int(r["quad_class"]),
            plover_type=r["plover_type"] or None,
            plover_mode=r["plover_mode"] or None,
            plover_context=r["plover_context"] or None,
            **{name: rule.get(name) == "yes" for name in RULE_FLAGS},
            future_frame=rule.get("future_frame") or None,
            senses=frozenset((rule.get("senses") or "").split()),
        )
    return codes


RULE_FLAGS = ("no_source", "needs_target", "thing_target", "implicit_target", "own_country",
              "mutual", "place_target", "conditional_threat", "place_coded")


def _rule(rules: dict[str, dict[str, str]], code: str) -> dict[str, str]:
    """The coding rule row of the longest prefix of ``code`` that has one (at least its root)."""
    for n in range(len(code), 1, -1):
        if code[:n] in rules:
            return rules[code[:n]]
    return {}


def lookup(code: str) -> Code:
    """The :class:`Code` for ``code``; KeyError names the unknown code."""
    try:
        return table()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None


def is_code(code: str) -> bool:
    return code in table()
