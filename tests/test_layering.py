"""Data flows one way: no module imports a later stage, and cleaning and reading stay apart.

The stages of ``docs/ARCHITECTURE.md`` in order, with the shared helpers every stage may use
first; a module may import its own stage, the shared helpers and earlier stages only. The
imports are read from the source (every ``import``, also inside functions), not run.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "eventwire"

# Shared helpers: no stage of their own, importable from anywhere.
SHARED = {"__version__", "article", "extensions", "spans", "syntax", "datacache", "data",
          "failures", "pubdate", "models", "daterange"}
# Stages in the order the data goes through them; one rank may hold stages that do not talk.
ORDER = [
    {"ingest"},
    {"clean", "dateline"},
    {"nlp", "paragraphs"},
    {"geo", "timex"},
    {"actors"},
    {"quotes"},
    {"events"},
    {"record"},
    {"longrecord"},
    {"longdoc"},
    {"pipeline"},
    {"workerpool"},
    {"runner"},
    {"cluster"},
    {"store"},
    {"incidents"},
    {"api", "web", "export", "tableview", "watcher"},
    {"commands"},
    {"cli"},
    {"__main__"},
]
RANK = {unit: rank for rank, units in enumerate(ORDER) for unit in units}


def unit(module: str) -> str:
    """The stage a dotted module name belongs to (``eventwire.events.build`` -> ``events``)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "eventwire"


def imports() -> list[tuple[str, str, str]]:
    """(importing file, importing unit, imported unit) for every eventwire import."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(("eventwire", *path.relative_to(PACKAGE).with_suffix("").parts))
        name = name.removesuffix(".__init__")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module == "eventwire":
                    targets = [f"eventwire.{a.name}" for a in node.names]
                elif node.module.startswith("eventwire."):
                    targets = [node.module]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names if a.name.startswith("eventwire.")]
            out += [(str(path.relative_to(PACKAGE)), unit(name), unit(t)) for t in targets]
    return out


def test_every_module_has_a_place_in_the_order():
    units = {unit(f"eventwire.{p.relative_to(PACKAGE).with_suffix('').parts[0]}")
             for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE}
    unknown = units - set(RANK) - SHARED - {"eventwire"}
    assert not unknown, f"give these a stage in tests/test_layering.py ORDER: {sorted(unknown)}"


@pytest.mark.parametrize("importer,imported", [("clean", "ingest"), ("ingest", "clean")])
def test_cleaning_and_reading_do_not_import_each_other(importer, imported):
    found = [f for f, a, b in imports() if a == importer and b == imported]
    assert not found, f"{importer}/ imports {imported}/ in {found}"


def test_no_stage_imports_a_later_one():
    backwards = [f"{f} imports {b}" for f, a, b in imports()
                 if a in RANK and b in RANK and RANK[b] >= RANK[a] and a != b]
    assert not backwards, backwards


def test_shared_helpers_import_no_stage():
    found = [f"{f} imports {b}" for f, a, b in imports() if a in SHARED and b in RANK]
    assert not found, found
