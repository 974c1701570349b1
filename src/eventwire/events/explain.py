"""A readable account of how the coder treated a text: parse, actors, matched entries, near misses.

Used by ``eventwire explain`` so that empty output always comes with a reason.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.events import ontology
from eventwire.extensions import record_actors


def _parse_lines(doc: Doc) -> list[str]:
    lines = []
    for i, sent in enumerate(doc.sents):
        lines.append(f"sentence {i}: {sent.text.strip()}")
        for t in sent:
            if t.is_space:
                continue
            head = "ROOT" if t.head.i == t.i else f"{t.head.text}#{t.head.i}"
            lines.append(f"  {t.i:>3} {t.text:<16} {t.lemma_:<14} {t.pos_:<6} {t.dep_:<10} -> {head}")
    return lines


def _actor_lines(doc: Doc) -> list[str]:
    actors = doc._.actors
    if actors is None:
        return ["  (the actors component did not run)"]
    if not actors:
        return ["  none found: events need a source actor, so nothing can be coded"]
    out = []
    for a in record_actors(doc):
        mentions = ", ".join(repr(m["text"]) for m in a["mentions"][:6])
        out.append(f"  {a['id']:<4} {a.get('code') or '-':<9} {a['name']}  [{mentions}]")
    return out


def _toks(toks) -> str:
    return "[" + ", ".join(t.text for t in toks or []) + "]"


def explain(doc: Doc) -> str:
    """Everything the coder saw and decided for a processed Doc, as text."""
    matches = doc._.ew_events_matches if doc.has_extension("ew_events_matches") else None
    near = doc._.ew_events_near if doc.has_extension("ew_events_near") else None
    lines = ["parse (token, lemma, part of speech, dependency -> head):"]
    lines += _parse_lines(doc)
    lines += ["", "actors:"] + _actor_lines(doc)
    lines += ["", "lexicon entries that matched:"]
    if not matches:
        lines.append("  none: no verb or noun in the text is a trigger in the lexicon")
    kept_patterns = {(e["sentence"], e["pattern"]) for e in doc._.events or []}
    filtered = doc._.ew_events_filtered if doc.has_extension("ew_events_filtered") else None
    scores = {(e["sentence"], e["pattern"]): e["filter_score"] for e in filtered or []}
    for m in matches or []:
        code = ontology.lookup(m.code)
        if m.absorbed:
            fate = "folded into a more specific event"
        elif (m.sentence, m.pattern) in kept_patterns:
            fate = "coded"
        elif (m.sentence, m.pattern) in scores:
            fate = f"dropped by the event filter (score {scores[m.sentence, m.pattern]:g})"
        else:
            fate = "dropped: no actor for a required source/target (or statements off)"
        lines.append(
            f"  [{m.pattern}] {m.trigger_span.text!r} -> {code.code} {code.name}; "
            f"source {_toks(m.source)} target {_toks(m.target)}; {m.modality}; {fate}")
    lines += ["", "entries that nearly matched:"]
    if not near:
        lines.append("  none")
    for n in near or []:
        lines.append(f"  [{n.entry.id}] at {n.trigger.text!r} (token {n.trigger.i}): {n.reason}")
    lines += ["", "events:"]
    events = doc._.events or []
    if not events:
        lines.append("  none")
    names = {a["id"]: a["name"] for a in record_actors(doc)}
    for e in events:
        src = ", ".join(names.get(a, a) for a in e["source"]) or "-"
        tgt = ", ".join(names.get(a, a) for a in e["target"]) or "-"
        plover = e["plover"]["type"] if e["plover"] else "-"
        lines.append(
            f"  {e['id']} {src} -> {tgt}: {e['cameo']} {ontology.lookup(e['cameo']).name} "
            f"(PLOVER {plover}, quad {e['quad_class']}, Goldstein {e['goldstein']:g}); "
            f"{e['modality']}; trigger {e['trigger']['text']!r}; pattern {e['pattern']}")
    return "\n".join(lines)
