"""Knowledge files: the one way every stage finds and reads its YAML, TSV and word-list tables.

Each stage keeps its tables under ``src/eventwire/<stage>/data/`` (English, the packaged
language); tables for another language go to ``<stage>/data/<language>/``. A ``data_dir`` given
by the user (e.g. the ``eventwire_actors`` component's ``data_dir``) holds files of the same
names that replace the packaged ones, file by file: a table it lacks is read from the package.
Tables are read as they are: TSV with a header row, ``#`` lines as comments; YAML with the safe
loader.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

PACKAGE = Path(__file__).resolve().parent
LANGUAGE = "en"  # the language of the packaged tables
# libyaml's loader reads the same safe YAML several times faster than the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class KnowledgeError(ValueError):
    """A knowledge file is missing or cannot be read; the message names it."""


def packaged(stage: str, language: str = LANGUAGE) -> Path:
    """The folder of ``stage``'s packaged tables for ``language``."""
    base = PACKAGE / stage / "data"
    return base if language == LANGUAGE else base / language


def data_path(stage: str, name: str, *, data_dir: str | Path | None = None,
              language: str = LANGUAGE) -> Path:
    """Where table ``name`` of ``stage`` is read from: ``data_dir`` if it holds the file, else
    the package's folder for ``language``."""
    if data_dir is not None and (Path(data_dir) / name).is_file():
        return Path(data_dir) / name
    path = packaged(stage, language) / name
    if not path.is_file():
        where = f" nor in {data_dir}" if data_dir is not None else ""
        raise KnowledgeError(f"no {stage} table {name!r} for language {language!r}: not in "
                             f"{path.parent}{where}")
    return path


def has_table(stage: str, name: str, *, data_dir: str | Path | None = None,
              language: str = LANGUAGE) -> bool:
    """Whether table ``name`` exists (some tables are optional)."""
    try:
        data_path(stage, name, data_dir=data_dir, language=language)
    except KnowledgeError:
        return False
    return True


def read_text(stage: str, name: str, *, data_dir: str | Path | None = None,
              language: str = LANGUAGE) -> str:
    """The text of a table."""
    path = data_path(stage, name, data_dir=data_dir, language=language)
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise KnowledgeError(f"{path}: cannot be read ({err})") from None


def read_yaml(stage: str, name: str, *, data_dir: str | Path | None = None,
              language: str = LANGUAGE) -> Any:
    """A YAML table, parsed (None for an empty file)."""
    text = read_text(stage, name, data_dir=data_dir, language=language)
    try:
        return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as err:
        raise KnowledgeError(f"{stage}/data/{name}: not valid YAML: {err}") from None


def read_tsv(stage: str, name: str, *, data_dir: str | Path | None = None,
             language: str = LANGUAGE) -> list[dict[str, str]]:
    """The rows of a TSV table as dicts keyed by its header row; cells stripped, missing
    cells empty, blank lines and lines starting with ``#`` skipped."""
    return parse_tsv(read_text(stage, name, data_dir=data_dir, language=language))


def parse_tsv(text: str) -> list[dict[str, str]]:
    """Rows of TSV text (see :func:`read_tsv`)."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    header = [h.strip() for h in lines[0].split("\t")]
    rows = []
    for line in lines[1:]:
        cells = [c.strip() for c in line.split("\t")]
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return rows


def read_words(stage: str, name: str, *, data_dir: str | Path | None = None,
               language: str = LANGUAGE) -> list[str]:
    """A word list: one entry a line, blank lines and ``#`` lines skipped."""
    text = read_text(stage, name, data_dir=data_dir, language=language)
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
