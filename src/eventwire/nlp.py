"""Finding and loading the spaCy pipeline, with eventwire's components added.

One function, :func:`load`, takes the default English model, a user's own installed pipeline
name, or a path to a pipeline folder, and appends eventwire's components after NER (and puts
``eventwire_paragraphs``, paragraph breaks as sentence starts, before the parser).
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import spacy
from spacy.language import Language

from eventwire import extensions
from eventwire.models import DEFAULT_MODEL

# (component name, module that registers its factory), in pipeline order. Places and times come
# first so that actors can tell places from people, and events can take their date and place.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("eventwire_places", "eventwire.geo.component"),
    ("eventwire_times", "eventwire.timex.component"),
    ("eventwire_actors", "eventwire.actors.component"),
    ("eventwire_quotes", "eventwire.quotes.component"),
    ("eventwire_events", "eventwire.events.component"),
)
COMPONENT_NAMES = tuple(name for name, _ in COMPONENTS)

# What each component reads from the ones before it: asking for one brings these along.
REQUIRES: dict[str, tuple[str, ...]] = {
    "eventwire_places": (),
    "eventwire_times": (),
    "eventwire_actors": ("eventwire_places",),
    "eventwire_quotes": ("eventwire_actors",),
    "eventwire_events": ("eventwire_times", "eventwire_places", "eventwire_actors",
                         "eventwire_quotes"),
}


def with_requirements(names: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The components named, plus those they read from, in pipeline order."""
    wanted: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in wanted:
            wanted.add(name)
            todo.extend(REQUIRES.get(name, ()))
    return tuple(n for n in COMPONENT_NAMES if n in wanted)


class ModelError(RuntimeError):
    """The spaCy pipeline could not be found or loaded."""


def register_components() -> None:
    """Import the modules that register eventwire's factories with spaCy."""
    importlib.import_module("eventwire.paragraphs")
    extensions.register()
    for _, module in COMPONENTS:
        importlib.import_module(module)


def load_base(model: str | Path | None = None, **kwargs) -> Language:
    """Load the bare spaCy pipeline (no eventwire components): name, path or the default."""
    name = str(model or os.environ.get("EVENTWIRE_MODEL") or DEFAULT_MODEL)
    try:
        return spacy.load(name, **kwargs)
    except OSError as err:
        raise ModelError(
            f"spaCy pipeline {name!r} could not be loaded: give an installed pipeline name "
            f"or the path of a pipeline folder ({err.__class__.__name__})"
        ) from None


def load(
    model: str | Path | None = None,
    *,
    components: tuple[str, ...] | list[str] | None = None,
    config: dict | None = None,
    exclude: tuple[str, ...] | list[str] = (),
) -> Language:
    """Return a spaCy Language with eventwire's components after the model's own.

    ``model``: an installed pipeline name or a pipeline folder (default: the English small model,
    or ``$EVENTWIRE_MODEL``). ``components``: which eventwire components to add (default all).
    Components that those need are added too (events need actors, quotes, times and places).
    ``config``: per-component settings, e.g. ``{"eventwire_events": {"statements": False}}``.
    ``exclude``: model components not to load at all.
    """
    register_components()
    wanted = COMPONENT_NAMES if components is None else tuple(components)
    unknown = [c for c in wanted if c not in COMPONENT_NAMES]
    if unknown:
        raise ModelError(
            f"unknown eventwire component(s): {', '.join(unknown)} "
            f"(known: {', '.join(COMPONENT_NAMES)})"
        )
    wanted = with_requirements(wanted)
    nlp = load_base(model, exclude=list(exclude))
    if "parser" in nlp.pipe_names and "eventwire_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_paragraphs", before="parser")
    config = config or {}
    for name in COMPONENT_NAMES:
        if name in wanted and name not in nlp.pipe_names:
            nlp.add_pipe(name, config=config.get(name, {}))
    return nlp


def model_label(nlp: Language) -> str:
    """The pipeline's name and version as the record's ``coder.model`` writes it."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"
