"""Actors: who is who in an article (persons, organisations, countries, groups), resolved to
country, sector and CAMEO code, with all their mentions.

Later stages read actors through these functions: ``actor_at(doc, start, end)`` gives the actor
whose mention overlaps a character span (:mod:`.lookup`); ``resolve_phrase(doc, span, kb=...)``
gives the actor a phrase names without adding it to the Doc, for components (the event coder)
that meet a source or target with no actor yet; ``actors_knowledge(nlp)`` gives the knowledge
the pipeline's ``eventwire_actors`` component was configured with.
"""

from eventwire.actors.codes import actor_code
from eventwire.actors.component import actors_knowledge
from eventwire.actors.lookup import actor_at, mention_table
from eventwire.actors.resolve import resolve_phrase

__all__ = ["actor_at", "actor_code", "actors_knowledge", "mention_table", "resolve_phrase"]
