"""One event per dyad: an act told of several actors of different codes is one event for each
(source, target) pair, as event-data coders list them (ICEWS, PLOVER, the newsevents guidelines:
"one event per (source, action, target)").

"Unions and opposition parties backed the strike" is a union's act and a party's act; "visited
Chile, Peru and Bolivia" is three visits; "Chile and Peru signed a treaty" is Chile's act towards
Peru and Peru's towards Chile. Actors of the same code stay together in one event ("two
senators urged …" is one act of one kind of actor), and no pair is an actor acting on itself.
"""

from __future__ import annotations

from collections.abc import Callable


def _groups(ids: list[str], code_of: Callable[[str], str | None]) -> list[tuple[str | None,
                                                                           list[str]]]:
    """The ids grouped by their code in the event, in the order they first appear."""
    out: dict[str | None, list[str]] = {}
    for i in ids:
        out.setdefault(code_of(i), []).append(i)
    return list(out.items())


def split(events: list[dict], code_of: Callable[[dict, str, bool], str | None]) -> list[dict]:
    """The events with every multi-actor event split into one event per (source code, target
    code) pair; ``code_of(event, actor_id, as_target)`` is the actor's code in that event (the
    events component numbers the ids once all its steps are done)."""
    out: list[dict] = []
    for ev in events:
        n_before = len(out)
        sources = _groups(ev["source"], lambda i, e=ev: code_of(e, i, False))
        targets = _groups(ev["target"], lambda i, e=ev: code_of(e, i, True)) or [(None, [])]
        if len(sources) < 2 and len(targets) < 2:
            out.append(ev)
            continue
        for s_code, s_ids in sources or [(None, [])]:
            for t_code, t_ids in targets:
                if set(s_ids) & set(t_ids):
                    continue  # no actor acts on itself
                out.append({**ev, "source": s_ids, "target": t_ids,
                            "source_code": s_code if s_ids else ev["source_code"],
                            "target_code": t_code if t_ids else None})
        if len(out) == n_before:
            out.append(ev)
    return out


def one_per_act(events: list[dict]) -> list[dict]:
    """One event per (source, action, target) in a sentence, as the guidelines list them: a later
    event of the same sentence, CAMEO code, source code and target code ("denied that … and
    insisted that …", "was expected to visit X and meet X's leaders") tells the same act again
    and is dropped; a negated one is another act."""
    seen: set[tuple] = set()
    out: list[dict] = []
    for ev in events:
        key = (ev["sentence"], ev["cameo"], ev.get("source_code"), ev.get("target_code"),
               ev.get("modality") == "negated")
        if key in seen and ev.get("source_code"):
            continue
        seen.add(key)
        out.append(ev)
    return out
