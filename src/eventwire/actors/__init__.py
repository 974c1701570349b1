"""Actors: who is who in an article (persons, organisations, countries, groups), resolved to
country, sector and CAMEO code, with all their mentions.

``resolve_phrase(doc, span)`` gives the actor a phrase names without adding it to the Doc, for
components (the event coder) that meet a source or target with no actor yet.
"""

from eventwire.actors.codes import actor_code
from eventwire.actors.resolve import resolve_phrase

__all__ = ["actor_code", "resolve_phrase"]
