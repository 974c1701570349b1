"""The ``eventwire_actors`` spaCy component (placeholder: leaves an empty list on ``doc._.actors``)."""

from spacy.language import Language
from spacy.tokens import Doc

from eventwire import extensions


@Language.factory("eventwire_actors")
def make_component(nlp: Language, name: str):
    extensions.register()
    return _Component()


class _Component:
    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = []
        return doc
