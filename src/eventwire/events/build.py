"""Building events: from matches (token arguments) to record-shaped event dicts (actor ids,
codes, quote, date, place), applying the rule that an event needs an actor who acts.

:func:`build_events` takes each live match through three steps: its arguments as actor ids
(:func:`arguments`), the actor rule (:func:`passes_actor_rule`), and the event dict
(:func:`event_dict`) with the date, place and quote the earlier stages found for its trigger.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire import spans, syntax
from eventwire.events import context, dyads, ontology, responses, stances
from eventwire.events.arguments import (
    ArgumentActors,
    actor_ids,
    addressee,
    between_sides,
    first_resolved,
    implicit_target,
    nested_target,
    opposed_in_name,
    same_side,
)
from eventwire.events.lexicon import COMPLEMENT_FRAMES, SPEECH_FRAMES, frames
from eventwire.events.matching import Match
from eventwire.events.modality import ASSERTED, FUTURE, REPORTED
from eventwire.geo import event_place
from eventwire.quotes import quote_at
from eventwire.timex import event_date
from eventwire.timex.lexicon import lexicon as timex_lexicon

PRONOUNS_FIRST_PERSON = ("we", "i", "us", "our", "my")
# Which roots need a source or a target, act on each other, or are aimed at a country when
# no one is named: columns of the ontology (data/code_rules.tsv), read through ontology.Code.
IMPLICIT_CONFIDENCE_PENALTY = 0.1


def _quote_by_cue(doc: Doc, start: int, end: int) -> dict | None:
    for q in doc._.quotes or []:
        cue = q.get("cue")
        if cue and spans.overlaps(start, end, cue["start"], cue["end"]):
            return q
    return None


def _confidence(m: Match, source: list[str], target: list[str]) -> float:
    c = 0.55 + 0.08 * m.entry.specificity
    c += 0.2 if source else 0.0
    c += 0.1 if target else 0.0
    c += 0.05 if m.entry.kind == "verb" else 0.0
    c -= 0.1 if m.derived else 0.0
    return round(max(0.05, min(c, 0.99)), 2)


def build_events(doc: Doc, matches: list[Match], args: ArgumentActors, *,
                 statements: bool = True) -> list[dict]:
    """Record-shaped event dicts for the matches that pass the actor rule, deduplicated; the
    actors the events stage resolves itself are left on ``args.own``."""
    events: list[dict] = []
    acts: list[context.Act] = []  # the events so far as (sentence, source, trigger lemma)
    pending: list[tuple[dict, list[Token]]] = []  # responses whose answered act may follow
    seen: set[tuple] = set()
    wholes: dict[str, set[str]] = {}
    for m in matches:
        if m.absorbed:
            continue
        code = ontology.lookup(m.code)
        if not statements and code.root == "01":
            continue
        source, target = arguments(args, m, code)
        borrowed = False  # the target is that of the same act told before
        if not source and args.have_actors and m.speaker and _announced(m):
            # "the ministry said the border would be closed": the speaker announces its own act
            source = first_resolved(args, [m.speaker])
            target = [t for t in target if t not in source]
        if not source and args.have_actors:
            # "the statement said", "the lawsuit argues": the document's author
            source = context.document_author(args, m, acts)
            target = [t for t in target if t not in source]
        if not source and args.have_actors:
            # "the crowd dispersed": the protesters of the protest told before
            source = [s for s in context.crowd_told_before(events, m) if s not in target]
        if not source and args.have_actors and m.entry.kind == "noun" and (
                code.root in frames()["told_again_roots"]):
            # "the talks", "the rally" told again: the participants of the same act told before
            source, target = context.told_again(events, m, code, target)
            borrowed = True
        answered: list[Token] = []
        if not target and source and args.have_actors and responses.is_response(code):
            # "welcomed the verdict": the court that gave it
            obj = syntax.direct_object(m.trigger) if m.entry.kind == "verb" else None
            answered = m.target or ([obj] if obj is not None else [])
            target = responses.answered_author(acts, answered, m.sentence, source)
        if (labour := _labour_sense(args, m, code, source)) is not None:
            code = ontology.lookup(labour)
        if (_campaign_event(args, m, code, source) or _homecoming(args, m, source, target)
                or stances.referred(args, m, source)):
            continue
        if (args.have_actors and not target and source and m.entry.kind == "noun"
                and not m.derived and code.root != "01"):
            # an act told again by its noun is aimed as before, before the actor rule asks for
            # a target: "... was sentenced by a judge. The judge imposed a nine-year term",
            # "Kenyan complaints that Kampala ... Nairobi's complaints"
            target = context.aimed_as_before(args, events, m, code, source)
            borrowed = bool(target)
        if not passes_actor_rule(args, m, code, source, target):
            continue
        if _verbal_attack(args, m, code, source, target):
            code = ontology.lookup(frames()["verbal_attack_code"])
        place: str | None = None
        placed = implicit = False
        if code.place_coded and source and target:
            place, placed = event_place(doc, m.trigger_span), True
            code = ontology.lookup(_meeting_code(args, code.code, place, source[0], target[0]))
        if args.have_actors and not target and code.implicit_target and not _told_appeal(m, code):
            place, placed = event_place(doc, m.trigger_span), True
            target = [t for t in implicit_target(args, place, source,
                                                 own=code.own_country)
                      if t not in source and not _own_code(args, code, source, t)]
            implicit = bool(target)
        key = (m.sentence, m.code, tuple(source) or tuple(t.i for t in m.source),
               tuple(target) or tuple(t.i for t in m.target))
        if key in seen:
            continue
        seen.add(key)
        if not placed:
            place = event_place(doc, m.trigger_span)
        # the targets coded as countries as a whole: a place one travels to, a country named
        whole = set(target) if m.entry.code in frames()["destination_codes"] else set()
        whole |= set() if implicit else _countries_acted_upon(args, m, target)
        if borrowed:
            whole |= {t for e in events if e["cameo"] == code.code for t in wholes[e["id"]]
                      if t in target}
        events.append(event_dict(args, m, code, source, target, place=place,
                                 implicit=implicit, number=len(events) + 1, whole=whole))
        wholes[events[-1]["id"]] = whole
        acts.append((m.sentence, source, m.trigger.lemma_.lower()))
        if answered and (implicit or not target):
            pending.append((events[-1], answered))
    context.answers_to_named_acts(args, events, pending)
    context.agents_of_told_violence(events)
    context.police_of_told_arrests(args, events)
    actors = {a["id"]: a for a in args.actors}
    # one event per act (dyads.one_per_act) is taken by the component once background and
    # the filter have dropped theirs, so a dropped twin does not take a kept event with it
    return dyads.split(events, lambda ev, i, as_target: role_code(
        actors[i], ontology.lookup(ev["cameo"]),
        whole=as_target and i in wholes.get(ev["id"], ())))


def _countries_acted_upon(args: ArgumentActors, m: Match, target: list[str]) -> set[str]:
    """The target countries the match names by their name or adjective in the words acted
    upon ("warned Chile", "Peru's entry into the bloc"): the country as a whole, kept bare by
    :func:`role_code`; a capital or seat named there ("accused Lima") is the government."""
    ranges = [(min(t.left_edge.idx for t in opt),
               max(t.right_edge.idx + len(t.right_edge) for t in opt))
              for opt in (m.target_options or [m.target]) if opt]
    out = set()
    for aid in target:
        actor = args.actor(aid)
        if not actor or actor.get("kind") != "country":
            continue
        names = [x["text"].lower().removeprefix("the ") for x in actor.get("mentions") or []
                 if any(a <= x["start"] < b for a, b in ranges)]
        if names and not any(_seat_of_government(args, n) for n in names):
            out.add(aid)
    return out


def _seat_of_government(args: ArgumentActors, name: str) -> bool:
    """Whether a lower-cased place name (possessive or not) is a capital or seat, or a
    province or state within the country ("backed the state of Utah": a sub-national
    government, coded as the country's government by the guidelines)."""
    base = name.removesuffix("'s").removesuffix("’s")
    words = base.split()
    return base in args.kb.capitals or base in args.kb.seats or any(
        " ".join(words[i:]) in args.kb.places_within for i in range(len(words)))


def _own_code(args: ArgumentActors, code: ontology.Code, source: list[str], target: str
              ) -> bool:
    """An implicit target with the source's own code for an appeal or intent ("the leaders
    agreed to speed up work" aimed at the speaker's own government; ``no_self_implicit_roots``
    in ``frames.yaml`` lists where that is refused): no target rather than a made-up self-dyad."""
    if not source or code.root not in frames()["no_self_implicit_roots"]:
        return False
    a, b = args.actor(source[0]), args.actor(target)
    return bool(a and b) and role_code(a, code) == role_code(b, code)


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


def _meeting_code(args: ArgumentActors, code: str, place_id: str | None, source: str,
                  target: str) -> str:
    """A meeting where it happened: in the target's country the source visits (042), in its
    own it hosts (043), elsewhere both travel (044); without a place, the code as matched."""
    country = None
    for place in args.doc._.places or []:
        if place["id"] == place_id:
            country = place.get("country")
    a, b = args.actor(source), args.actor(target)
    if not country or not a or not b:
        return code
    if country == b.get("country") and country != a.get("country"):
        return "042"
    if country == a.get("country") and country != b.get("country"):
        return "043"
    if a.get("country") and b.get("country") and country not in (a["country"], b["country"]):
        return "044"
    return code


def _campaign_event(args: ArgumentActors, m: Match, code: ontology.Code, source: list[str]
                    ) -> bool:
    """"the senator's rally", "said at a rally" by a candidate: one person's rally is a campaign
    event, not a protest (``campaign_words`` in ``frames.yaml``); a rally of a crowd, party or
    alliance stays a protest."""
    if "campaign" not in code.senses or m.trigger.lemma_.lower() not in frames()["campaign_words"]:
        return False
    actor = args.actor(source[0]) if source else None
    return bool(actor and actor.get("kind") == "person")


def _homecoming(args: ArgumentActors, m: Match, source: list[str], target: list[str]) -> bool:
    """"The minister returned to Nairobi" (Kenyan), "will return to hacking": coming back to
    one's own country, or to something that is no place, is no visit (``homecoming_verbs`` in
    ``frames.yaml``); "returned to Kampala" stays one."""
    if (m.entry.lemma not in frames()["homecoming_verbs"]
            or m.entry.code not in frames()["destination_codes"] or not args.have_actors):
        return False
    dest = [o for p in m.trigger.children if p.dep_ == "prep" and p.lower_ == "to"
            for o in p.children if o.dep_ == "pobj"]
    if not dest:
        return False
    if not target and not dest[0].ent_type_:
        return True  # "return to work", "return to hacking"
    actor = args.actor(source[0]) if source else None
    home = actor.get("country") if actor else None
    if not home:
        return False
    at = dest[0].idx
    places = {p.get("country") for p in args.doc._.places or []
              if any(x["start"] <= at < x["end"] for x in p["mentions"])}
    reached = {a.get("country") for a in map(args.actor, target) if a}
    return home in places | reached


def _labour_sense(args: ArgumentActors, m: Match, code: ontology.Code, source: list[str]
                  ) -> str | None:
    """"A strike by dock workers": force words that, done by workers, students or civilians,
    name a labour action (``labour_senses`` and ``civilian_sectors`` in ``frames.yaml``)."""
    if "labour" not in code.senses or not source:
        return None
    f = frames()
    sense = f["labour_senses"].get(m.trigger.lemma_.lower())
    actor = args.actor(source[0])
    return sense if sense and actor and actor.get("sector") in f["civilian_sectors"] else None


def _verbal_attack(args: ArgumentActors, m: Match, code: ontology.Code, source: list[str],
                   target: list[str]) -> bool:
    """"Republican attacks on the president", "the senator hit back at the governor": an attack
    between political actors of one country is made in words (a criticism, 111), not with force.
    The words and sectors are in ``frames.yaml`` (``verbal_attack_words``, ``political_sectors``)."""
    if "verbal_attack" not in code.senses or not source or not target:
        return False
    f = frames()
    if m.trigger.lemma_.lower() not in f["verbal_attack_words"]:
        return False
    a, b = args.actor(source[0]), args.actor(target[0])
    political = f["political_sectors"]
    # the same country, or both unknown (two politicians of a story that names no country)
    return bool(a and b and a.get("country") == b.get("country")
                and a.get("sector") in political and b.get("sector") in political)


def arguments(args: ArgumentActors, m: Match, code: ontology.Code) -> tuple[list[str], list[str]]:
    """The match's source and target as actor ids: the first argument option naming an actor,
    else (for the target) an actor named inside the words acted upon or a complement's or
    purpose's target; several sources with no target of an intent, consultation or cooperation
    act on each other."""
    doc = args.doc
    source = first_resolved(args, m.source_options or [m.source]) or _quoted_self(doc, m.source)
    if m.entry.kind == "noun" and args.have_actors and not code.mutual:
        # (talks, cooperation and other mutual acts keep one event per side, below)
        one, other = between_sides(args, m.trigger)
        if one and (not source or set(source) & set(one + other)):
            # "clashes between police and protesters": each side acts on the other (a third
            # party named as the source, "Qatar's mediation between A and B", keeps its act)
            return one, other
    target = [t for t in first_resolved(args, m.target_options or [m.target], places=True)
              or _quoted_self(doc, m.target) if t not in source]
    if not target and source and _reciprocal(m):
        return source, list(source)
    if not target and source and m.entry.kind == "verb":
        # "sent a letter to the director, seeking answers": the one the letter went to
        target = [t for t in first_resolved(args, [addressee(m.trigger)]) if t not in source]
    if not target and args.have_actors and not source and m.target and (
            code.root in frames()["authorless_violence_roots"]):
        # "a bomb damaged two floors of the ministry": violence told without its author is
        # aimed at the one named inside the words it hit
        target = nested_target(args, [m.target], source)
    if not target and args.have_actors and source:
        options = list(m.target_options or [m.target])
        if m.entry.frame in COMPLEMENT_FRAMES:
            # "threatened to impose restrictions against German goods": the one the
            # complement is aimed at, when the frame verb names no one
            options += [[c] for c in syntax.complements(m.trigger)]
        # "blocked a road to show disapproval of US policies": whom the purpose is aimed at
        verb = m.trigger if m.entry.kind == "verb" else m.trigger.head
        options += [[c] for c in verb.children if c.dep_ in ("advcl", "xcomp")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        target = nested_target(args, options, source)
    if not target and args.have_actors and source and (
            code.root in frames()["opposed_prefix_roots"]):
        # "anti-government marchers": the one the demonstrators' name says they are against
        words = list(m.source_options[0] if m.source_options else m.source)
        if m.entry.kind == "noun":  # "an anti-government rally"
            words += list(m.trigger.lefts)
        target = opposed_in_name(args, words, source)
    if not target and args.have_actors and m.entry.kind == "noun" and (
            code.root in frames()["answered_noun_roots"]):
        target = _answering_subject(args, m.trigger, source)
    if not target and len(source) == 1 and code.mutual and not m.target and _both_sides(m):
        # "the rival factions reached a ceasefire", "the two sides met": with each other
        target = list(source)
    if len(source) >= 2 and code.mutual and (target or m.target) and _only_places(
            args, m, target):
        # "Chilean and Peruvian ministers met in Lima": the place is where, not whom; the
        # sources meet each other
        target = source[1:] + source[:1]
    named = actor_ids(args, m.target) if m.target else []
    if len(target) == 0 and len(source) >= 2 and code.mutual and (
            not m.target or (named and set(named) <= set(source))):
        # "China and Russia have deepened ties": each to the other (the second first, so the
        # event's target is not its source); "talks between Chinese and American officials":
        # the words acted upon name only the sources
        target = source[1:] + source[:1]
    return source, target


def _only_places(args: ArgumentActors, m: Match, target: list[str]) -> bool:
    """Whether the words acted upon are place names after a preposition of place standing for
    their country's actor ("met in Lima"; ``locative_preps``), not a participant ("a pact
    with Poland")."""
    return all(t.ent_type_ in ("GPE", "LOC", "FAC") and t.dep_ == "pobj"
               and t.head.lower_ in frames()["locative_preps"] for t in m.target) and all(
        (args.actor(t) or {}).get("kind") == "country" for t in target)


def _announced(m: Match) -> bool:
    """Whether the act is a future passive with no agent ("would be closed", "rallies will
    be held")."""
    if m.modality != FUTURE:
        return False
    verb = m.trigger
    if m.entry.kind == "noun":
        if verb.dep_ != "nsubjpass":
            return False
        verb = verb.head
    deps = {c.dep_ for c in verb.children}
    # a future auxiliary, or "would" as the future of the past; "should be punished" asks others
    future = any(c.dep_ == "aux" and (c.lower_ in frames()["future_aux"] or c.lower_ == "would")
                 for c in verb.children)
    return future and "auxpass" in deps and "agent" not in deps


def _both_sides(m: Match) -> bool:
    """Whether the source words are a plural noun naming both sides ("the factions", "the two
    sides": ``both_sides_nouns`` in ``frames.yaml``)."""
    words = next(iter(m.source_options or []), m.source)
    return any(t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in frames()["both_sides_nouns"]
               for t in words)


def _reciprocal(m: Match) -> bool:
    """Whether the words acted upon are "each other" or "one another": the sources act on
    themselves ("the factions accused each other", "the two leaders praised one another")."""
    pairs = {("each", "other"), ("one", "another")}
    return any((a.lower_, a.nbor(1).lower_) in pairs
               for opt in (m.target_options or [m.target]) for t in opt
               for a in (t.doc[t.i - 1], t) if 0 <= a.i < len(t.doc) - 1)


def _answering_subject(args: ArgumentActors, noun: Token, source: list[str]) -> list[str]:
    """"Kenya dismisses Ugandan criticism", "hit back at objections from the other side",
    "answering questions about complaints by X": the subject of the verb of answering
    (``answer_verbs`` in ``frames.yaml``) that a criticism noun hangs from is its target."""
    verb = _answering_verb(noun)
    if verb is None:
        return []
    subj = next((c for c in verb.children if c.dep_ in syntax.NOMINAL_SUBJECT_DEPS), None)
    target = first_resolved(args, [[subj]]) if subj is not None else []
    return [t for t in target if t not in source]


def _answering_verb(noun: Token) -> Token | None:
    """The verb of answering (``answer_verbs``) a noun hangs from, as its object or through a
    preposition and one noun between ("questions about complaints"), or None."""
    answer = frames()["answer_verbs"]
    tok = noun
    for _ in range(4):
        if tok.dep_ not in ("dobj", "pobj", "prep", "advmod", "prt") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if answer & set(syntax.lemma_forms(tok)):  # the tagger may miss the verb ("jabbed")
            return tok
    return None


def passes_actor_rule(args: ArgumentActors, m: Match, code: ontology.Code, source: list[str],
                      target: list[str]) -> bool:
    """The actor rule: a denial needs the speaker's own side, an accusation an accuser and
    someone else accused, and every event the arguments its root needs (:func:`_has_arguments`;
    without the actors component, its words stand in for actors); what a speaker's words do
    (a judgement or quoted appeal) needs the speaker as an actor, and so does a noun of
    criticising (``authored_noun_roots``)."""
    if m.derived == "judgement" and args.have_actors and not source:
        return False
    if (m.entry.kind == "noun" and not source and args.have_actors
            and code.root in frames()["authored_noun_roots"]):
        return False  # "the criticism", "a backlash": words of nobody named
    if m.derived == "deny":
        who = actor_ids(args, m.speaker or [])
        # "we", and a pronoun no actor resolves ("X said it was not involved"): the speaker
        first_person = any(t.lower_ in PRONOUNS_FIRST_PERSON or (t.pos_ == "PRON" and not who)
                           for t in (m.speaker or []))
        if not first_person and not (who and source and same_side(args, who[0], source[0])):
            return False  # a negated claim about someone else is not a denial
    if _told_appeal(m, code) and not _asks_another(args, m, source, target):
        return False  # "this drought must end", "our side must win": asks no one else
    if m.derived == "accuse" and (not source or not target or source == target or (
            source and same_side(args, source[0], target[0]))
            or _passes_facts_on(args, source[0])):
        return False  # no accusation without an accuser, of oneself or of one's own side
    have = args.have_actors
    return _has_arguments(code, source if have else m.source, target if have else m.target,
                          bool(m.target))


def _passes_facts_on(args: ArgumentActors, speaker: str) -> bool:
    """Police and the press telling what others did pass a fact on ("rebels ambushed a
    patrol, police said"): the act told is the event, not an accusation by the teller
    (``fact_teller_sectors`` in ``frames.yaml``)."""
    actor = args.actor(speaker)
    return bool(actor) and actor.get("sector") in frames()["fact_teller_sectors"]


def _told_appeal(m: Match, code: ontology.Code) -> bool:
    """An appeal or demand read from what a speaker says ("Y should X", "Y must X"), not
    from a verb of appealing."""
    return m.derived in ("appeal", "demand") or (m.derived == "judgement"
                                                 and code.root in ("02", "10"))


def _asks_another(args: ArgumentActors, m: Match, source: list[str], target: list[str]
                  ) -> bool:
    """An appeal told in speech needs someone asked who is not the speaker's own kind: a
    named target whose code differs from the speaker's ("the militia must disarm" asks
    the militia), or, when no actor is named, others the words point at ("neighbouring
    states should stop meddling"). "Our troops must win", "this drought must end" and "it
    should" ask no one."""
    if not target:
        words = m.target or next(iter(m.target_options or []), [])
        return any(t.tag_ in ("NNS", "NNPS") or t.ent_type_ in ("NORP", "ORG", "GPE", "PERSON")
                   for t in words)
    if not source:
        return True
    a, b = args.actor(source[0]), args.actor(target[0])
    return not (a and b and a.get("code") and a.get("code") == b.get("code"))


def event_dict(args: ArgumentActors, m: Match, code: ontology.Code, source: list[str],
               target: list[str], *, place: str | None, implicit: bool, number: int,
               whole: set[str] = frozenset()) -> dict:
    """The record's event for a match that passed the actor rule: codes, modality (reported
    inside a quote), the quote and date of its trigger, its place, and a confidence."""
    doc = args.doc
    trig = m.trigger_span
    modality = m.modality
    quote = quote_at(doc, m.trigger.idx)
    if quote is None and m.entry.frame in ("say", "accuse", "deny"):
        quote = _quote_by_cue(doc, trig.start_char, trig.end_char)
    elif quote is not None and modality == ASSERTED:
        modality = REPORTED
    date, date_text = event_date(doc, trig, report=m.entry.frame in SPEECH_FRAMES)
    if m.derived == "judgement" and quote is not None and quote.get("cue") and (
            date_text is None or date_text.lower() in timex_lexicon().present_words):
        # a judgement is made when its words are said: a quoted "now" (or no date of its own)
        # is the day of the "said" that reports it
        cue = doc.char_span(quote["cue"]["start"], quote["cue"]["end"], alignment_mode="expand")
        if cue is not None and len(cue):
            date, date_text = event_date(doc, cue, report=True)
    if (date_text is None and date and m.entry.kind == "noun"
            and _answering_verb(m.trigger) is not None):
        # a criticism answered was made before the answer, on a day the text does not give:
        # only its month is known
        date = date[:7]
    actors = {a["id"]: a for a in args.actors}
    return {
        "id": f"e{number}",
        "source": source,
        "target": target,
        "source_code": role_code(actors[source[0]], code) if source else None,
        "target_code": role_code(actors[target[0]], code,
                                 whole=target[0] in whole)
        if target else None,
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


def role_code(actor: dict, code: ontology.Code, whole: bool = False) -> str | None:
    """The actor's code in this event: a country named as a participant of a political act (a
    statement, a criticism, a meeting, a sanction) is its government, as "Beijing said" is the
    Chinese government; in force and violence (``country_as_whole_roots`` in ``frames.yaml``),
    as the place one travels to and as a target named by its name or adjective (``whole``:
    "flew to Zagreb", "warned Chile") it is the country as a whole. The actor itself keeps
    its bare country code."""
    value = actor.get("code")
    if (actor.get("kind") == "country" and value and len(value) == 3 and value.isalpha()
            and value.isupper() and actor.get("sector") is None and not whole
            and code.root not in frames()["country_as_whole_roots"]):
        return value + "GOV"
    return value


def _has_arguments(code: ontology.Code, source: list, target: list,
                   target_words: bool = False) -> bool:
    """The documented actor rule: a source, except for passive-friendly codes with a target; a
    target (or several sources) for codes that act upon someone, where force and violence may
    be aimed at a thing or place rather than an actor ("shelled villages")."""
    if not source and not (code.no_source and target):
        return False
    if code.needs_target and not target and len(source) < 2:
        return code.thing_target and target_words
    return True
