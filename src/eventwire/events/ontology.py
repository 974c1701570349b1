"""The CAMEO code table: name, root, Goldstein value, quad class and PLOVER type/mode per code.

Read once from ``data/ontology.tsv`` (built by ``scripts/build_ontology.py``).
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

    def plover(self) -> dict | None:
        """The record's ``plover`` object, or None for CAMEO 01/02 (PLOVER drops them)."""
        if not self.plover_type:
            return None
        return {"type": self.plover_type, "mode": self.plover_mode or None}


@lru_cache(maxsize=1)
def table() -> dict[str, Code]:
    """All CAMEO codes by code string (``"042"``)."""
    codes = {}
    for r in data.read_tsv("events", "ontology.tsv"):
        codes[r["code"]] = Code(
            code=r["code"],
            name=r["name"],
            root=r["root"],
            goldstein=float(r["goldstein"]),
            quad_class=int(r["quad_class"]),
            plover_type=r["plover_type"] or None,
            plover_mode=r["plover_mode"] or None,
            plover_context=r["plover_context"] or None,
        )
    return codes


def lookup(code: str) -> Code:
    """The :class:`Code` for ``code``; KeyError names the unknown code."""
    try:
        return table()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None


def is_code(code: str) -> bool:
    return code in table()
