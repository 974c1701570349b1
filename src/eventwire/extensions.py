"""The Doc extensions eventwire's components read and write.

Each component leaves its results on the Doc as lists of record-shaped dicts (see
``docs/record.md``), so building the record is a copy, and a spaCy user can read them directly:
``doc._.actors``, ``doc._.quotes``, ``doc._.places``, ``doc._.times``, ``doc._.events``.
``doc._.published`` (ISO date or None) is set before the pipeline runs; components that resolve
things "as of the article's date" read it.
"""

from spacy.tokens import Doc

RESULT_FIELDS = ("actors", "quotes", "places", "times", "events")
INPUT_FIELDS = ("published",)


def register() -> None:
    """Register the extensions once; safe to call again."""
    for name in RESULT_FIELDS + INPUT_FIELDS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()
