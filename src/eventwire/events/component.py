"""The ``eventwire_events`` spaCy component (placeholder: leaves an empty list on ``doc._.events``)."""

from spacy.language import Language
from spacy.tokens import Doc

from eventwire import extensions


@Language.factory("eventwire_events")
def make_component(nlp: Language, name: str):
    extensions.register()
    return _Component()


class _Component:
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc
