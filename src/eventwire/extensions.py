"""The Doc extensions eventwire's components read and write.

Each component leaves its results on the Doc as lists of record-shaped dicts (see
``docs/record.md``), so building the record is a copy, and a spaCy user can read them directly:
``doc._.actors``, ``doc._.quotes``, ``doc._.places``, ``doc._.times``, ``doc._.events``.
``doc._.published`` (ISO date or None) is set before the pipeline runs; components that resolve
things "as of the article's date" read it.

Two more lists complete the record: ``doc._.event_actors``, the actors the events stage found
itself in its arguments (ids continuing ``doc._.actors``'s; see :func:`record_actors`), and
``doc._.errors``, one ``{"component", "error"}`` per component that failed on the Doc
(:func:`component_failed`), which the record carries as ``coder.errors``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.failures import log

RESULT_FIELDS = ("actors", "quotes", "places", "times", "events")
INPUT_FIELDS = ("published",)
STAGE_FIELDS = ("event_actors", "errors")
ARTICLE_KEY = "eventwire_article"  # doc.user_data: the article's name, for log messages



def register() -> None:
    """Register the extensions once; safe to call again."""
    for name in RESULT_FIELDS + INPUT_FIELDS + STAGE_FIELDS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def component_failed(doc: Doc, component: str, err: Exception) -> None:
    """Log that ``component`` raised on ``doc`` (naming the article) and note it on
    ``doc._.errors``; the component then leaves its own list empty and the article goes on."""
    article = doc.user_data.get(ARTICLE_KEY) or "an article"
    log.error("%s failed on %s: %s: %s", component, article, type(err).__name__, err)
    log.debug("%s traceback", component, exc_info=err)
    doc._.errors = [*(doc._.errors or []),
                    {"component": component, "error": f"{type(err).__name__}: {err}"}]


def record_actors(doc: Doc) -> list[dict]:
    """The article's actors as the record lists them: the actors stage's (``doc._.actors``),
    then those the events stage resolved itself for its arguments (``doc._.event_actors``)."""
    return [*(doc._.actors or []), *(doc._.event_actors or [])]


register()
