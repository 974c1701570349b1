"""The ``eventwire_events`` spaCy component: codes the Doc's events into ``doc._.events``.

Actors are read through the actors stage's interfaces, with the knowledge of the pipeline's
``eventwire_actors`` component (its ``data_dir``); actors the events resolve themselves for
their arguments go to ``doc._.event_actors`` (:mod:`.arguments`), never into ``doc._.actors``.
Config: ``statements`` (default True) keeps bare statements (CAMEO 01x) when nothing more
specific was said; PLOVER drops them, so ``--no-statements`` switches them off.
``background_days`` (default 30, ``None`` keeps all) leaves out events dated more than that many
days before publication: history told as background, not news (see ``background.py``).
``event_filter`` (default True) drops the events the trained filter scores below
``filter_threshold`` (default 0.05, ``event_filter.SURE_DROP``: only events it is near sure a coder
would leave out; ``None``: the model's own threshold, 0.25; see ``event_filter.py``). The coder's raw
matches and near misses stay on the Doc as ``doc._.ew_events_matches`` / ``ew_events_near``
for ``eventwire explain``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire import extensions
from eventwire.actors import actors_knowledge
from eventwire.actors.knowledge import Knowledge
from eventwire.events import background, build, dyads, judgement, lexicon, scope
from eventwire.events.arguments import ArgumentActors
from eventwire.events.event_filter import SURE_DROP, default_threshold, filter_events
from eventwire.events.event_filter import load_model as event_filter_model
from eventwire.events.frame_rules import apply_frames
from eventwire.events.lexicon import Lexicon
from eventwire.events.matching import Match, NearMiss, match_sentence


def register() -> None:
    extensions.register()
    for name in ("ew_events_matches", "ew_events_near", "ew_events_filtered"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@Language.factory("eventwire_events",
                  default_config={"statements": True, "background_days": 30,
                                  "event_filter": True, "filter_threshold": SURE_DROP})
def make_component(nlp: Language, name: str, statements: bool = True,
                   background_days: int | None = 30, event_filter: bool = True,
                   filter_threshold: float | None = SURE_DROP):
    register()
    return EventCoder(nlp, statements=statements, background_days=background_days,
                      event_filter=event_filter, filter_threshold=filter_threshold)


class EventCoder:
    """Apply the pattern lexicon to each clause and write record-shaped events."""

    def __init__(self, nlp: Language, statements: bool = True, background_days: int | None = 30,
                 event_filter: bool = True, filter_threshold: float | None = SURE_DROP):
        self.nlp = nlp
        self.statements = statements
        self.background_days = background_days
        self.filter_model = event_filter_model() if event_filter else None
        self.filter_threshold = filter_threshold if filter_threshold is not None or \
            self.filter_model is None else default_threshold(self.filter_model)
        self.lexicon = lexicon.load()

    @property
    def kb(self) -> Knowledge:
        """The actor knowledge of the pipeline's ``eventwire_actors`` component, asked at each
        call (the component may be added after this one)."""
        return actors_knowledge(self.nlp)

    def __call__(self, doc: Doc) -> Doc:
        try:
            matches, near = code_doc(doc, self.lexicon)
            scope.fold_out_of_scope(matches)
            args = ArgumentActors(doc, self.kb)
            events = build.build_events(doc, matches, args, statements=self.statements)
            # what speakers' words do, in the sentences where no act more specific than a
            # statement was coded (a match the actor rule dropped does not count) or a specific
            # statement (a denial, "016", is as specific: ``specific_statements``)
            specific = {e["sentence"] for e in events if e["cameo_root"] != "01"
                        or e["cameo"] in judgement.settings()["specific_statements"]}
            judged = judgement.judgements(doc, matches, specific)
            if judged:
                matches += judged
                events = build.build_events(doc, matches, args, statements=self.statements)
            doc._.ew_events_matches = matches
            doc._.ew_events_near = near
            events = background.recent(events, doc._.published, self.background_days)
            doc._.ew_events_filtered = []
            if self.filter_model is not None:
                events, doc._.ew_events_filtered = filter_events(
                    doc, events, self.filter_threshold, self.filter_model)
            # one event per (source, action, target) among those kept
            events = dyads.one_per_act(events)
            for n, e in enumerate(events, 1):  # ids once the events are final: e1, e2, …
                e["id"] = f"e{n}"
            doc._.events = events
            doc._.event_actors = args.own
        except Exception as err:  # noqa: BLE001 - noted on the Doc; the article goes on
            extensions.component_failed(doc, "eventwire_events", err)
            doc._.events, doc._.event_actors = [], []
        return doc


def code_sentence(sent: Span, sentence: int, lex: Lexicon | None = None
                  ) -> tuple[list[Match], list[NearMiss]]:
    """All matches in one sentence, after frames (intent/appeal/demand/speech) are applied."""
    lex = lex or lexicon.load()
    tokens = list(sent)  # one Token object per word, shared by both passes
    matches, near = match_sentence(tokens, lex, sentence)
    return apply_frames(tokens, matches), near


def code_doc(doc: Doc, lex: Lexicon | None = None) -> tuple[list[Match], list[NearMiss]]:
    """Code every sentence of a parsed Doc; never raises on odd input."""
    lex = lex or lexicon.load()
    matches: list[Match] = []
    near: list[NearMiss] = []
    if not len(doc) or not doc.has_annotation("DEP"):
        return matches, near
    for i, sent in enumerate(doc.sents):
        m, n = code_sentence(sent, i, lex)
        matches += m
        near += n
    return matches, near
