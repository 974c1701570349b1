"""The ``eventwire_places`` spaCy component: finds place mentions, resolves each to a GeoNames
place and writes record-shaped Place dicts to ``doc._.places``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventwire import extensions
from eventwire.geo.cues import get_cues
from eventwire.geo.gazetteer import Candidate, get_gazetteer
from eventwire.geo.mentions import find_mentions
from eventwire.geo.resolver import resolve
from eventwire.spans import doc_text


@Language.factory("eventwire_places")
def make_component(nlp: Language, name: str):
    extensions.register()
    return PlacesComponent()


class PlacesComponent:
    """Places of a Doc; the gazetteer loads on the first Doc, once per process."""

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.places = places_of(doc)
        except Exception as err:  # noqa: BLE001 - noted on the Doc; the article goes on
            extensions.component_failed(doc, "eventwire_places", err)
            doc._.places = []
        return doc


def _place_key(cand: Candidate) -> tuple:
    return (cand.feature, cand.level, cand.geonameid, cand.name, cand.cc, cand.admin1_code)


def place_dict(cand: Candidate, pid: str) -> dict:
    """A Place object of the record (``mentions`` left empty to be filled by the caller)."""
    return {
        "id": pid,
        "name": cand.name,
        "country": cand.country,
        "admin1": cand.name if cand.feature == "admin1" else cand.admin1,
        "lat": cand.lat,
        "lon": cand.lon,
        "geonameid": cand.geonameid,
        "feature": cand.feature,
        "mentions": [],
    }


def places_of(doc: Doc) -> list[dict]:
    """The resolved places of ``doc``: one dict per place, with every mention of it."""
    if not doc_text(doc).strip():
        return []
    gaz = get_gazetteer()
    mentions = find_mentions(doc, gaz, get_cues())
    chosen = resolve(mentions, gaz)
    places: dict[tuple, dict] = {}
    for mention, cand in zip(mentions, chosen):
        if cand is None:
            continue
        key = _place_key(cand)
        if key not in places:
            places[key] = place_dict(cand, f"p{len(places) + 1}")
        places[key]["mentions"].append(
            {"start": mention.start, "end": mention.end, "text": mention.text}
        )
    return list(places.values())
