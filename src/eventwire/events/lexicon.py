"""The event pattern lexicon: verb and noun entries, read from ``data/*.yaml``.

Each entry is one line of YAML (``{id: meet-with, verb: meet, prep: with, code: "040"}``), so a
domain expert adds a pattern without touching Python. :func:`load` checks every entry and names
the file and entry of any mistake.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from eventwire import data
from eventwire.datacache import cached
from eventwire.events import ontology

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader where built

LEXICON_FILES = ("verbs.yaml", "nouns.yaml", "adjectives.yaml")
FRAMES = ("say", "intent", "appeal", "demand", "reject", "threaten", "accuse", "deny", "halt")
# Frames whose verb takes another event as its complement ("pledged to withdraw"), and the
# frames of speech, whose verb reports what is said.
COMPLEMENT_FRAMES = ("intent", "appeal", "demand", "reject", "threaten", "halt")
SPEECH_FRAMES = ("say", "accuse", "deny")
# The code of a sense that is no event ("asked whether", "released a poll"): the most specific
# matching entry wins, and when it is one of these the word codes nothing.
NO_EVENT = "none"
SLOTS = ("subject", "agent", "object", "dative", "possessor", "modifier", "governor", "comp-object",
         "comp-subject", "none")
KEYS = {"id", "verb", "noun", "adj", "code", "prep", "particle", "object", "subject", "comp",
        "target", "source", "frame", "note"}


class LexiconError(ValueError):
    """A lexicon file or entry is malformed."""


@dataclass(frozen=True)
class Entry:
    """One pattern: a trigger lemma, the conditions it needs, and the CAMEO code it gives."""

    id: str
    kind: str  # "verb" or "noun"
    lemma: str
    code: str
    particle: str | None = None
    prep: str | None = None
    object: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    comp: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    frame: str | None = None
    order: int = 0
    conditions: tuple[str, ...] = field(default=())

    @property
    def specificity(self) -> int:
        """How many conditions the entry sets; the most specific matching entry wins."""
        return sum(bool(x) for x in (self.particle, self.prep, self.object, self.subject,
                                     self.comp))

    def beats(self, other: Entry) -> bool:
        """More specific than ``other``; at equal specificity a list of objects beats any
        object at all (``"*"``): "returned the migrants" over "returned something"."""
        if self.specificity != other.specificity:
            return self.specificity > other.specificity
        return other.object == ("*",) and bool(self.object) and self.object != ("*",)


def _tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    return tuple(str(v) for v in value)


def parse_entry(raw: dict, where: str, order: int = 0) -> Entry:
    """Check and convert one raw YAML mapping into an :class:`Entry`."""
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: an entry must be a mapping, got {raw!r}")
    unknown = set(raw) - KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {sorted(unknown)} in {raw!r}")
    eid = raw.get("id")
    if not eid:
        raise LexiconError(f"{where}: entry without id: {raw!r}")
    kinds = [k for k in ("verb", "noun", "adj") if k in raw]
    if len(kinds) != 1:
        raise LexiconError(f"{where}: entry {eid!r} needs exactly one of verb, noun or adj")
    kind = kinds[0]
    words = str(raw[kind]).lower().split()
    code = str(raw.get("code", ""))
    if code != NO_EVENT and not ontology.is_code(code):
        raise LexiconError(f"{where}: entry {eid!r} has unknown CAMEO code {code!r}")
    particle = raw.get("particle")
    if kind == "verb" and len(words) > 1:
        particle = particle or " ".join(words[1:])
    frame = raw.get("frame")
    if frame is not None and frame not in FRAMES:
        raise LexiconError(f"{where}: entry {eid!r} has unknown frame {frame!r} ({', '.join(FRAMES)})")
    target, source = _tuple(raw.get("target")), _tuple(raw.get("source"))
    for slot in target + source:
        if slot not in SLOTS and not slot.startswith("prep:"):
            raise LexiconError(f"{where}: entry {eid!r} has unknown argument slot {slot!r}")
    return Entry(
        id=str(eid), kind=kind, lemma=words[0], code=code,
        particle=str(particle).lower() if particle else None,
        prep=str(raw["prep"]).lower() if raw.get("prep") else None,
        object=tuple(w.lower() for w in _tuple(raw.get("object"))),
        subject=tuple(w.lower() for w in _tuple(raw.get("subject"))),
        comp=tuple(w.lower() for w in _tuple(raw.get("comp"))),
        target=target, source=source, frame=frame, order=order,
    )


def read_entries(path: Path | str, text: str | None = None) -> list[Entry]:
    """All entries of one lexicon file."""
    name = str(path)
    try:
        data = yaml.load(text if text is not None else Path(path).read_text("utf-8"), Loader=_LOADER)
    except yaml.YAMLError as err:
        raise LexiconError(f"{name}: not valid YAML: {err}") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise LexiconError(f"{name}: expected a list of entries")
    return [parse_entry(raw, f"{name} entry {i + 1}", i) for i, raw in enumerate(data)]


class Lexicon:
    """Entries indexed by (kind, lemma), in file order."""

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self.by_lemma: dict[tuple[str, str], list[Entry]] = {}
        seen: set[str] = set()
        for n, e in enumerate(entries):
            if e.id in seen:
                raise LexiconError(f"duplicate lexicon id {e.id!r}")
            seen.add(e.id)
            self.by_lemma.setdefault((e.kind, e.lemma), []).append(e)
            object.__setattr__(e, "order", n)
        self.by_id = {e.id: e for e in entries}

    def candidates(self, kind: str, lemma: str) -> list[Entry]:
        return self.by_lemma.get((kind, lemma.lower()), [])

    def __len__(self) -> int:
        return len(self.entries)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The packaged lexicon (verbs, then nouns), through the start-up cache."""
    sources = [data.data_path("events", name) for name in LEXICON_FILES]
    sources += [Path(__file__), Path(ontology.__file__)]
    return cached("events-lexicon", sources, _build)


def _build() -> Lexicon:
    entries: list[Entry] = []
    for name in LEXICON_FILES:
        entries += read_entries(f"events/data/{name}", data.read_text("events", name))
    return Lexicon(entries)


@lru_cache(maxsize=1)
def frames() -> dict:
    """Modality cues and frame maps from ``data/frames.yaml``."""
    table = data.read_yaml("events", "frames.yaml")
    return {k: (set(v) if isinstance(v, list) else v) for k, v in table.items()}
