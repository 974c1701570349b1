"""Building events: from matches (token arguments) to record-shaped event dicts (actor ids,
codes, quote, date, place), applying the rule that an event needs an actor who acts.

:func:`build_events` takes each live match through three steps: its arguments as actor ids
(:func:`arguments`), the actor rule (:func:`passes_actor_rule`), and the event dict
(:func:`event_dict`) with the date, place and quote the earlier stages found for its trigger.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire import spans, syntax
from eventwire.events import ontology
from eventwire.events.lexicon import COMPLEMENT_FRAMES, frames
from eventwire.events.matching import Match
from eventwire.events.modality import ASSERTED, REPORTED

# Roots whose events may lack a named source when they name a target: accusations, coercion and
# violence are often reported in the passive without the actor ("he was arrested", "was accused
# of", "a car bomb killed ten soldiers").
NO_SOURCE_ROOTS = ("11", "17", "18", "19", "20")
# Roots whose events need someone acted upon: a consultation needs a partner (or two conjoined
# sources: "X and Y met"), force and coercion a target ("beat Chelsea 2-1" has none).
NEEDS_TARGET_ROOTS = ("04", "16", "17", "18", "19", "20")
PRONOUNS_FIRST_PERSON = ("we", "i", "us", "our", "my")
NAMING_POS = ("NOUN", "PROPN", "PRON", "ADJ", "NUM", "X")  # words that may name an actor
# Roots whose events, when the sentence names no one acted upon, are aimed at a country: where
# the event took place, else the source's own country (a strike, a protest, a demand, a curfew,
# an arrest or a bombing with no named target concerns the country it happens in), as PLOVER's
# and ICEWS's coders do. Statements, appeals and consultations (01, 02, 04) keep no target.
IMPLICIT_TARGET_ROOTS = ("03", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15",
                         "16", "17", "18", "19", "20")
# Of these, the roots whose untargeted events concern the source's own country when no place is
# given (a domestic strike, demand, arrest); intents, support, aid and reductions of relations
# without a named partner are not aimed at one's own country.
OWN_COUNTRY_ROOTS = ("08", "09", "10", "11", "12", "13", "14", "15", "17", "18", "19", "20")
IMPLICIT_CONFIDENCE_PENALTY = 0.1
# acts that conjoined sources do to each other when nothing else is named ("A and B met",
# "agreed", "deepened ties", "reached a ceasefire"): intents, consultations, diplomatic and
# material cooperation, de-escalation
MUTUAL_CODES = ("03", "04", "05", "06", "087")  # code prefixes
VERBAL_ATTACK_CODE = "111"  # an attack in words is a criticism
# meetings whose code follows from where they happened (see _meeting_code)
MEETING_BY_PLACE = ("040", "043", "044")
_UNSET = object()


def _mention_actor(doc: Doc, tok: Token, _depth: int = 0) -> str | None:
    """The actor of a mention containing ``tok``, else the one nearest the head in its phrase."""
    table = spans.mention_table(doc)
    at = tok.idx
    for start, end, aid in table:
        if start <= at < end:
            return aid
    phrase = syntax.phrase(tok)
    best, best_d = None, None
    p_start, p_end, tok_end = phrase.start_char, phrase.end_char, at + len(tok)
    for start, end, aid in table:
        if start < p_end and p_start < end:
            d = abs(end - tok_end)
            if best_d is None or d < best_d:
                best, best_d = aid, d
    if best is None and tok.pos_ in NAMING_POS:  # a verb or adverb names no actor
        best = _resolve_phrase(doc, phrase)
    if best is None and _depth < 2:
        # "a group of Liberians", "thousands of Kurds", "members of parliament": the actor is
        # named in the "of" phrase of a collective or partitive head
        for p in syntax.children(tok, "prep"):
            if p.lower_ == "of":
                for g in syntax.children(p, "pobj"):
                    best = _mention_actor(doc, g, _depth + 1)
                    if best is not None:
                        return best
    return best


def _add_actor(doc: Doc, found: dict, phrase) -> str:
    """Record an actor the actors component resolved for a phrase the coder met, so that event
    ids point into ``doc._.actors``; reuse an actor of the same name."""
    mention = spans.span_dict(phrase)
    for actor in doc._.actors:
        if actor["name"] == found.get("name") and actor.get("code") == found.get("code"):
            if mention not in actor["mentions"]:
                actor["mentions"].append(mention)
            return actor["id"]
    ids = {a["id"] for a in doc._.actors}
    n = len(doc._.actors) + 1
    while f"a{n}" in ids:
        n += 1
    actor = {"id": f"a{n}", "name": found.get("name") or phrase.text, "kind": found.get("kind"),
             "country": found.get("country"), "sector": found.get("sector"),
             "code": found.get("code"), "title": found.get("title"),
             "wikidata": found.get("wikidata"), "mentions": [mention]}
    doc._.actors.append(actor)
    return actor["id"]


def _resolve_phrase(doc: Doc, phrase) -> str | None:
    """Ask the actors component for a phrase no mention covers, if it offers that."""
    try:
        from eventwire import actors as actors_pkg
    except ImportError:  # pragma: no cover
        return None
    fn = getattr(actors_pkg, "resolve_phrase", None)
    if fn is None:
        return None
    # the same phrase is met by several triggers and fallbacks: ask once per Doc
    cache = doc.user_data.setdefault("ew_events_resolved", {})
    key = (phrase.start, phrase.end) if hasattr(phrase, "start") else (phrase.i, phrase.i + 1)
    if key in cache:
        found = cache[key]
    else:
        try:
            found = fn(doc, phrase)
        except Exception:  # noqa: BLE001 - the resolver must never take the events down with it
            found = None
        cache[key] = found
    if isinstance(found, dict):
        if found.get("id"):
            return found["id"]
        if doc._.actors is None or not found.get("code"):
            return None
        return _add_actor(doc, found, phrase)
    return found if isinstance(found, str) else None


def _first_resolved(doc: Doc, options: list[list[Token]], *, places: bool = False) -> list[str]:
    """Actor ids of the first argument option that names an actor ("suspension of air links
    with Yugoslavia": "links" names none, "Yugoslavia" does)."""
    for toks in options:
        ids = actor_ids(doc, toks, places=places)
        if ids:
            return ids
    return []


NESTED_DEPS = ("amod", "poss", "compound", "prep", "pobj", "agent", "nmod", "appos", "npadvmod",
               "dobj", "nsubj", "nsubjpass", "acl")
NESTED_DEPTH = 4


def _nested_target(doc: Doc, options: list[list[Token]], source: list[str]) -> list[str]:
    """When the words acted upon name no actor themselves, the actor named inside their phrase,
    nearest first: the author of a rejected plan ("rejected an Australian ultimatum", "calls by
    Kofi Annan"), the owner of a condemned act ("denounced Serbia's suppression"), the one a
    protest is against ("riots against Israeli policies")."""
    for toks in options:
        for tok in toks:
            frontier, seen = [tok], {tok.i}
            for _ in range(NESTED_DEPTH):
                nxt = []
                for t in frontier:
                    for c in t.children:
                        if c.i in seen or c.dep_ not in NESTED_DEPS:
                            continue
                        seen.add(c.i)
                        nxt.append(c)
                for c in nxt:
                    if c.pos_ not in ("PROPN", "NOUN", "ADJ", "PRON"):
                        continue
                    aid = _covering_actor(doc, c)
                    if aid is None and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN"):
                        aid = _resolve_phrase(doc, doc[c.i : c.i + 1] if c.pos_ == "ADJ"
                                              else syntax.phrase(c))
                    if aid is None:
                        aid = _place_country_actor(doc, c)
                    if aid is not None and aid not in source:
                        return [aid]
                frontier = nxt
    return []


def _covering_actor(doc: Doc, tok: Token) -> str | None:
    at = tok.idx
    for start, end, aid in spans.mention_table(doc):
        if start <= at < end:
            return aid
    return None


def _place_country_actor(doc: Doc, tok: Token) -> str | None:
    """A target that is a place ("shelled Kharkiv") stands for its country when the article
    names that country as an actor."""
    for place in doc._.places or []:
        for m in place.get("mentions", []):
            if m["start"] <= tok.idx < m["end"]:
                for actor in doc._.actors or []:
                    if actor.get("code") == place.get("country"):
                        return actor["id"]
                return None
    return None


def actor_ids(doc: Doc, toks: list[Token], *, places: bool = False) -> list[str]:
    out: list[str] = []
    for t in toks:
        a = _mention_actor(doc, t)
        if a is None and places:
            a = _place_country_actor(doc, t)
        if a is not None and a not in out:
            out.append(a)
    return out


def quote_at(doc: Doc, offset: int) -> dict | None:
    """The quote whose content covers character ``offset`` (the quotes component's own lookup
    when it has one)."""
    try:
        from eventwire import quotes as quotes_pkg

        fn = getattr(quotes_pkg, "quote_at", None)
        if fn is not None:
            q = fn(doc, offset)
            if q is None or isinstance(q, dict):
                return q
    except Exception:  # noqa: BLE001, S110 - fall back to scanning the quotes ourselves
        pass
    for q in doc._.quotes or []:
        if q["start"] <= offset < q["end"]:
            return q
    return None


def _quote_by_cue(doc: Doc, start: int, end: int) -> dict | None:
    for q in doc._.quotes or []:
        cue = q.get("cue")
        if cue and spans.overlaps(start, end, cue["start"], cue["end"]):
            return q
    return None


def _actor(doc: Doc, aid: str | None) -> dict | None:
    for a in doc._.actors or []:
        if a["id"] == aid:
            return a
    return None


def _same_side(doc: Doc, a: str | None, b: str | None) -> bool:
    """Two actors on one side: the same actor, two arms of one state (government, army,
    police …: ``state_sectors`` in ``frames.yaml``), or two actors of one country of which
    neither is an arm of the state; actors of no known country are taken as one side (nothing
    says they are opposed). An exile group and its country's army are not one side."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    x, y = _actor(doc, a), _actor(doc, b)
    if not (x and y) or x.get("country") != y.get("country"):
        return False
    if not x.get("country"):
        return True
    state = frames()["state_sectors"]

    def of_state(actor: dict) -> bool:  # the country itself acts as its state
        return not actor.get("sector") or actor.get("sector") in state

    return of_state(x) == of_state(y)


def _confidence(m: Match, source: list[str], target: list[str]) -> float:
    c = 0.55 + 0.08 * m.entry.specificity
    c += 0.2 if source else 0.0
    c += 0.1 if target else 0.0
    c += 0.05 if m.entry.kind == "verb" else 0.0
    c -= 0.1 if m.derived else 0.0
    return round(max(0.05, min(c, 0.99)), 2)


def build_events(doc: Doc, matches: list[Match], *, statements: bool = True) -> list[dict]:
    """Record-shaped event dicts for the matches that pass the actor rule, deduplicated."""
    try:
        return _build_events(doc, matches, statements=statements)
    finally:
        doc.user_data.pop("ew_events_resolved", None)  # a per-run cache, not Doc data


def _build_events(doc: Doc, matches: list[Match], *, statements: bool = True) -> list[dict]:
    from eventwire.geo.attach import event_place

    have_actors = doc._.actors is not None
    events: list[dict] = []
    seen: set[tuple] = set()
    for m in matches:
        if m.absorbed:
            continue
        code = ontology.lookup(m.code)
        if not statements and code.root == "01":
            continue
        source, target = arguments(doc, m, code, have_actors=have_actors)
        if (labour := _labour_sense(doc, m, code, source)) is not None:
            code = ontology.lookup(labour)
        if _campaign_event(doc, m, code, source):
            continue
        if not passes_actor_rule(doc, m, code, source, target, have_actors=have_actors):
            continue
        if _verbal_attack(doc, m, code, source, target):
            code = ontology.lookup(VERBAL_ATTACK_CODE)
        trig = m.trigger_span
        place = _UNSET
        implicit = False
        if code.code in MEETING_BY_PLACE and source and target:
            place = _safe(lambda t=trig: event_place(doc, t), None)
            code = ontology.lookup(_meeting_code(doc, code.code, place, source[0], target[0]))
        if have_actors and not target and code.root in IMPLICIT_TARGET_ROOTS:
            place = _safe(lambda t=trig: event_place(doc, t), None)
            target = [t for t in _implicit_target(doc, place, source,
                                                  own=code.root in OWN_COUNTRY_ROOTS)
                      if t not in source]
            implicit = bool(target)
        key = (m.sentence, m.code, tuple(source) or tuple(t.i for t in m.source),
               tuple(target) or tuple(t.i for t in m.target))
        if key in seen:
            continue
        seen.add(key)
        events.append(event_dict(doc, m, code, source, target, place=place, implicit=implicit,
                                 number=len(events) + 1))
    return events


def _quoted_self(doc: Doc, toks: list[Token]) -> list[str]:
    """"I" and "we" inside a quote are its speaker ("'We will march on the capital,' the
    opposition leader said")."""
    for tok in toks:
        if tok.lower_ in PRONOUNS_FIRST_PERSON:
            quote = quote_at(doc, tok.idx)
            actor = ((quote or {}).get("speaker") or {}).get("actor")
            if actor:
                return [actor]
    return []


def _meeting_code(doc: Doc, code: str, place_id: str | None, source: str, target: str) -> str:
    """A meeting where it happened: in the target's country the source visits (042), in its
    own it hosts (043), elsewhere both travel (044); without a place, the code as matched."""
    country = None
    for place in doc._.places or []:
        if place["id"] == place_id:
            country = place.get("country")
    a, b = _actor(doc, source), _actor(doc, target)
    if not country or not a or not b:
        return code
    if country == b.get("country") and country != a.get("country"):
        return "042"
    if country == a.get("country") and country != b.get("country"):
        return "043"
    if a.get("country") and b.get("country") and country not in (a["country"], b["country"]):
        return "044"
    return code


def _campaign_event(doc: Doc, m: Match, code: ontology.Code, source: list[str]) -> bool:
    """"Trump's rally", "said at a rally" by a candidate: one person's rally is a campaign
    event, not a protest (``campaign_words`` in ``frames.yaml``); a rally of a crowd, party or
    alliance stays a protest."""
    if code.root != "14" or m.trigger.lemma_.lower() not in frames()["campaign_words"]:
        return False
    actor = _actor(doc, source[0]) if source else None
    return bool(actor and actor.get("kind") == "person")


def _labour_sense(doc: Doc, m: Match, code: ontology.Code, source: list[str]) -> str | None:
    """"A strike by dock workers": force words that, done by workers, students or civilians,
    name a labour action (``labour_senses`` and ``civilian_sectors`` in ``frames.yaml``)."""
    if code.root not in ("18", "19", "20") or not source:
        return None
    f = frames()
    sense = f["labour_senses"].get(m.trigger.lemma_.lower())
    actor = _actor(doc, source[0])
    return sense if sense and actor and actor.get("sector") in f["civilian_sectors"] else None


def _verbal_attack(doc: Doc, m: Match, code: ontology.Code, source: list[str],
                   target: list[str]) -> bool:
    """"Republican attacks on the president", "the senator hit back at the governor": an attack
    between political actors of one country is made in words (a criticism, 111), not with force.
    The words and sectors are in ``frames.yaml`` (``verbal_attack_words``, ``political_sectors``)."""
    if code.root not in ("18", "19") or not source or not target:
        return False
    f = frames()
    if m.trigger.lemma_.lower() not in f["verbal_attack_words"]:
        return False
    a, b = _actor(doc, source[0]), _actor(doc, target[0])
    political = f["political_sectors"]
    # the same country, or both unknown (two politicians of a story that names no country)
    return bool(a and b and a.get("country") == b.get("country")
                and a.get("sector") in political and b.get("sector") in political)


def arguments(doc: Doc, m: Match, code: ontology.Code, *, have_actors: bool
              ) -> tuple[list[str], list[str]]:
    """The match's source and target as actor ids: the first argument option naming an actor,
    else (for the target) an actor named inside the words acted upon or a complement's or
    purpose's target; several sources with no target of an intent, consultation or cooperation act on each other."""
    source = _first_resolved(doc, m.source_options or [m.source]) or _quoted_self(doc, m.source)
    target = [t for t in _first_resolved(doc, m.target_options or [m.target], places=True)
              or _quoted_self(doc, m.target) if t not in source]
    if not target and have_actors and source:
        options = list(m.target_options or [m.target])
        if m.entry.frame in COMPLEMENT_FRAMES:
            # "threatened to impose restrictions against German goods": the one the
            # complement is aimed at, when the frame verb names no one
            options += [[c] for c in syntax.complements(m.trigger)]
        # "blocked a road to show disapproval of US policies": whom the purpose is aimed at
        verb = m.trigger if m.entry.kind == "verb" else m.trigger.head
        options += [[c] for c in verb.children if c.dep_ in ("advcl", "xcomp")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        target = _nested_target(doc, options, source)
    if (len(target) == 0 and len(source) >= 2 and code.code.startswith(MUTUAL_CODES)
            and not m.target):
        # "China and Russia have deepened ties": each to the other (the second first, so the
        # event's target is not its source)
        target = source[1:] + source[:1]
    return source, target


def passes_actor_rule(doc: Doc, m: Match, code: ontology.Code, source: list[str],
                      target: list[str], *, have_actors: bool) -> bool:
    """The actor rule: a denial needs the speaker's own side, an accusation an accuser and
    someone else accused, and every event the arguments its root needs (:func:`_has_arguments`;
    without the actors component, its words stand in for actors); what a speaker's words do
    (a judgement or quoted appeal) needs the speaker as an actor."""
    if m.derived == "judgement" and have_actors and not source:
        return False
    if m.derived == "deny":
        who = actor_ids(doc, m.speaker or [])
        # "we", and a pronoun no actor resolves ("X said it was not involved"): the speaker
        first_person = any(t.lower_ in PRONOUNS_FIRST_PERSON or (t.pos_ == "PRON" and not who)
                           for t in (m.speaker or []))
        if not first_person and not (who and source and _same_side(doc, who[0], source[0])):
            return False  # a negated claim about someone else is not a denial
    if m.derived == "accuse" and (not source or not target or source == target or (
            source and _same_side(doc, source[0], target[0]))):
        return False  # no accusation without an accuser, of oneself or of one's own side
    return _has_arguments(code.root, source if have_actors else m.source,
                          target if have_actors else m.target, bool(m.target), code.code)


def event_dict(doc: Doc, m: Match, code: ontology.Code, source: list[str], target: list[str],
               *, place, implicit: bool, number: int) -> dict:
    """The record's event for a match that passed the actor rule: codes, modality (reported
    inside a quote), the quote, date and place of its trigger, and a confidence."""
    from eventwire.geo.attach import event_place
    from eventwire.timex.attach import event_date

    trig = m.trigger_span
    modality = m.modality
    quote = quote_at(doc, m.trigger.idx)
    if quote is None and m.entry.frame in ("say", "accuse", "deny"):
        quote = _quote_by_cue(doc, trig.start_char, trig.end_char)
    elif quote is not None and modality == ASSERTED:
        modality = REPORTED
    date, date_text = _safe(lambda t=trig: event_date(doc, t), (doc._.published, None))
    if place is _UNSET:
        place = _safe(lambda t=trig: event_place(doc, t), None)
    actors = {a["id"]: a for a in doc._.actors or []}
    return {
        "id": f"e{number}",
        "source": source,
        "target": target,
        "source_code": actors[source[0]].get("code") if source else None,
        "target_code": actors[target[0]].get("code") if target else None,
        "cameo": code.code,
        "cameo_root": code.root,
        "quad_class": code.quad_class,
        "goldstein": code.goldstein,
        "plover": code.plover(),
        "modality": modality,
        "date": date,
        "date_text": date_text,
        "place": place,
        "quote": quote["id"] if quote else None,
        "sentence": m.sentence,
        "trigger": spans.span_dict(trig),
        "pattern": m.pattern or m.entry.id,
        "confidence": round(_confidence(m, source, target)
                            - (IMPLICIT_CONFIDENCE_PENALTY if implicit else 0.0), 2),
    }


def _country_actor(doc: Doc, iso: str, phrase=None) -> str | None:
    """The id of an actor standing for country ``iso``: one the article has (the country
    itself first), else a new country actor named by ``phrase`` or the country's name."""
    actors = doc._.actors or []
    for want in (lambda a: a.get("code") == iso, lambda a: a.get("country") == iso
                 and a.get("kind") == "country"):
        for actor in actors:
            if want(actor):
                return actor["id"]
    if phrase is None or doc._.actors is None:
        return None
    name = _country_name(iso) or phrase.text
    return _add_actor(doc, {"name": name, "kind": "country", "country": iso, "code": iso},
                      phrase)


def _country_name(iso: str) -> str | None:
    try:
        from eventwire.actors.knowledge import load_knowledge

        country = load_knowledge().countries.get(iso)
    except Exception:  # noqa: BLE001 - no name: the phrase's own words stand in
        return None
    return country.name if country else None


def _is_state(iso: str | None) -> bool:
    """An ISO country code, not a region, IGO or NGO code."""
    return bool(iso) and len(iso) == 3 and iso.isalpha() and iso not in (
        "IGO", "NGO", "IMG", "MNC", "WST", "EUR", "AFR", "ASA", "MEA", "SAM", "NAM", "CAS")


def _implicit_target(doc: Doc, place_id: str | None, source: list[str], *,
                     own: bool = True) -> list[str]:
    """The target of an event whose sentence names none: the country of the event's place
    ("demonstrated in Kirkuk" -> IRQ), else the source's own country ("Nigerian teachers called
    off their strike" -> NGA)."""
    if place_id is not None:
        for place in doc._.places or []:
            if place["id"] == place_id and _is_state(place.get("country")) and place["mentions"]:
                m = place["mentions"][0]
                span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
                if span is not None:
                    aid = _country_actor(doc, place["country"], span)
                    if aid is not None:
                        return [aid]
    if source and own:
        actor = _actor(doc, source[0])
        iso = actor.get("country") if actor else None
        if _is_state(iso):
            mention = actor["mentions"][0] if actor.get("mentions") else None
            span = mention and doc.char_span(mention["start"], mention["end"],
                                             alignment_mode="expand")
            aid = _country_actor(doc, iso, span)
            if aid is not None and aid != source[0]:
                return [aid]
            if aid == source[0]:
                return []
    return []


def _has_arguments(root: str, source: list, target: list, target_words: bool = False,
                   code: str = "") -> bool:
    """The documented actor rule: a source, except for passive-friendly roots with a target; a
    target (or several sources) for roots that act upon someone, where force and violence
    (15-20) may be aimed at a thing or place rather than an actor ("shelled villages")."""
    if not source and not (root in NO_SOURCE_ROOTS and target):
        return False
    if root in NEEDS_TARGET_ROOTS and not target and len(source) < 2:
        return (root >= "15" or code == "042") and target_words
    return True


def _safe(fn, default):
    try:
        return fn()
    except Exception:  # noqa: BLE001 - another component's helper must not stop the events
        return default
