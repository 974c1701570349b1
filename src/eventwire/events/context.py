"""Arguments an event takes from the article's other events: what it tells again, what it
answers, who wrote the document that speaks, who did the violence a passive leaves unnamed.

The events stage builds an article's events in text order; these rules look back at the ones
already built (``acts``: their sentence, source ids and trigger lemma) or, once all are built,
across one sentence. Each rule is described in docs/events.md, "Senses and arguments".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from eventwire.events import ontology
from eventwire.events.arguments import ArgumentActors, nested_target
from eventwire.events.lexicon import frames
from eventwire.events.matching import Match

Act = tuple[int, list[str], str]  # an event built so far: (sentence, source ids, trigger lemma)


def latest_author(acts: list[Act], lemmas: frozenset[str] | set[str], *,
                  exclude: list[str] | tuple[str, ...] = (), since: int | None = None) -> list[str]:
    """The source of the latest act so far whose trigger lemma is one of ``lemmas`` (not one
    of ``exclude``; none told before sentence ``since``), as a one-actor list, else empty."""
    for at, by, lemma in reversed(acts):
        if since is not None and at < since:
            break
        if by and by[0] not in exclude and lemma in lemmas:
            return by[:1]
    return []


def recent(events: list[dict], sentence: int) -> Iterator[dict]:
    """The events built so far, latest first, told in the last ``told_again_window``
    sentences before ``sentence`` (``frames.yaml``)."""
    since = sentence - frames()["told_again_window"]
    for ev in reversed(events):
        if ev["sentence"] < since:
            return
        yield ev


def told_again(events: list[dict], m: Match, code: ontology.Code, target: list[str]
               ) -> tuple[list[str], list[str]]:
    """An event noun with no one named ("the talks", "this rally") that tells again an act of
    the same root told earlier in the article (within ``told_again_window`` sentences of
    ``frames.yaml``) has that act's participants."""
    for ev in recent(events, m.sentence):
        if ev["cameo_root"] == code.root and ev["source"]:
            return ev["source"][:1], (target or ev["target"][:1])
    return [], target


def aimed_as_before(args: ArgumentActors, events: list[dict], m: Match, code: ontology.Code,
                    source: list[str]) -> list[str]:
    """An event noun whose source names no one acted upon tells again an act of the same code
    by the same side told in the last ``told_again_window`` sentences: it has that act's
    target."""
    me = args.actor(source[0]) or {}
    for ev in recent(events, m.sentence):
        if ev["cameo"] != code.code or not ev["source"] or not ev["target"]:
            continue
        them = args.actor(ev["source"][0]) or {}
        if ev["source"][0] == source[0] or (me.get("country") and
                                            me.get("country") == them.get("country")):
            return [t for t in ev["target"][:1] if t not in source]
    return []


def document_author(args: ArgumentActors, m: Match, acts: list[Act]) -> list[str]:
    """A document that speaks stands for its author (``document_nouns`` in ``frames.yaml``):
    the actor named inside its phrase ("the lawsuit from Ohio", "a party statement"), else
    the source of the latest earlier event whose trigger is that noun ("said in a statement"
    ... "the statement said")."""
    nouns = frames()["document_nouns"]
    words = [t for t in m.source if t.lemma_.lower() in nouns]
    if not words:
        return []
    inside = nested_target(args, [words], [])
    if inside:
        return inside
    return latest_author(acts, {words[0].lemma_.lower()})


def answers_to_named_acts(args: ArgumentActors, events: list[dict],
                          pending: list[tuple[dict, list[Token]]]) -> None:
    """"Kenya dismisses Ugandan criticism": a response whose words acted upon are themselves an
    event's trigger ("criticism", coded with its own author) is aimed at that author."""
    for ev, words in pending:
        for other in events:
            if other is ev or other["sentence"] != ev["sentence"] or not other["source"]:
                continue
            start, end = other["trigger"]["start"], other["trigger"]["end"]
            if any(start <= t.idx < end for t in words) and other["source"][0] not in ev["source"]:
                ev["target"] = other["source"][:1]
                ev["target_code"] = other["source_code"]
                break


def agents_of_told_violence(events: list[dict]) -> None:
    """"Two policemen were wounded when rebels ambushed their patrol": an act of violence told
    in the passive without its author takes the author of the other act of violence of its
    sentence (quad class 4 both), when that one has an author who is not its victim."""
    for ev in events:
        if ev["source"] or ev["quad_class"] != 4 or not ev["target"]:
            continue
        for other in events:
            if (other is not ev and other["sentence"] == ev["sentence"]
                    and other["quad_class"] == 4 and other["source"]
                    and other["source"][0] not in ev["target"]):
                ev["source"] = other["source"][:1]
                ev["source_code"] = other["source_code"]
                break


def police_of_told_arrests(args: ArgumentActors, events: list[dict]) -> None:
    """"Six protesters were arrested, police said": an arrest or detention told in the passive
    without its author (``police_act_codes`` in ``frames.yaml``) was made by the police the
    article names, the latest named by the end of its sentence (of the arrested's country
    when they have one)."""
    codes = tuple(frames()["police_act_codes"])
    police = [(min(m["start"] for m in a["mentions"]), a) for a in args.actors
              if a.get("sector") == "COP" and a.get("mentions")]
    if not police:
        return
    ends = [s.end_char for s in args.doc.sents]
    for ev in events:
        if ev["source"] or not ev["target"] or not ev["cameo"].startswith(codes):
            continue
        country = (args.actor(ev["target"][0]) or {}).get("country")
        named = [(at, a) for at, a in police if at <= ends[ev["sentence"]]
                 and (not country or a.get("country") == country)]
        if named:
            chosen = max(named, key=lambda p: p[0])[1]
            ev["source"] = [chosen["id"]]
            ev["source_code"] = chosen.get("code")


def crowd_told_before(events: list[dict], m: Match) -> list[str]:
    """"... refugees rallied in the square ... the crowd dispersed": a crowd word that names no
    actor (``crowd_nouns`` in ``frames.yaml``) is the protesters of the latest protest the
    article told before."""
    if not m.source or m.source[0].lemma_.lower() not in frames()["crowd_nouns"]:
        return []
    for ev in reversed(events):
        if ev["cameo_root"] == "14" and ev["source"]:
            return ev["source"][:1]
    return []
