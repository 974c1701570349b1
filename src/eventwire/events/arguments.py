"""Event arguments as actors: the actor ids of a match's source and target words.

The events stage reads the actors stage through its interfaces only: the mentions in
``doc._.actors`` (:func:`eventwire.actors.mention_table`) and :func:`eventwire.actors.resolve_phrase`
with the knowledge the ``eventwire_actors`` component was configured with. A phrase that no
mention covers but that names an actor ("Iraqi officials" where the actors stage made no actor,
or the country an untargeted event concerns) becomes an actor of the events stage's own:
:class:`ArgumentActors` keeps those, with ids continuing ``doc._.actors``'s, and the component
writes them to ``doc._.event_actors``. Nothing here writes to ``doc._.actors``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwire import data, spans, syntax
from eventwire.actors import mention_table, resolve_phrase
from eventwire.actors.knowledge import Knowledge
from eventwire.events.lexicon import frames

NAMING_POS = ("NOUN", "PROPN", "PRON", "ADJ", "NUM", "X")  # words that may name an actor
NESTED_DEPS = ("amod", "poss", "compound", "prep", "pobj", "agent", "nmod", "appos", "npadvmod",
               "dobj", "nsubj", "nsubjpass", "acl")
NESTED_DEPTH = 4


class ArgumentActors:
    """The actors of one Doc as the events stage sees them: the actors stage's, then its own."""

    def __init__(self, doc: Doc, kb: Knowledge):
        self.doc = doc
        self.kb = kb
        self.have_actors = doc._.actors is not None
        self.own: list[dict] = []  # actors resolved here, for doc._.event_actors
        self.actors: list[dict] = list(doc._.actors or [])  # doc._.actors + own
        self._resolved: dict[tuple[int, int], dict | None] = {}
        self._own_table: list[tuple[int, int, str]] = []

    def table(self) -> list[tuple[int, int, str]]:
        """``(start, end, actor id)`` of every mention, the actors stage's first."""
        return mention_table(self.doc) + self._own_table

    def actor(self, aid: str | None) -> dict | None:
        for a in self.actors:
            if a["id"] == aid:
                return a
        return None

    def add(self, found: dict, phrase: Span) -> str:
        """The id of an actor resolved for ``phrase``: one of the same name and code if there
        is one, else a new actor of the events stage's own."""
        mention = spans.span_dict(phrase)
        for actor in self.actors:
            if actor["name"] == found.get("name") and actor.get("code") == found.get("code"):
                return actor["id"]
        ids = {a["id"] for a in self.actors}
        n = len(self.actors) + 1
        while f"a{n}" in ids:
            n += 1
        actor = {"id": f"a{n}", "name": found.get("name") or phrase.text,
                 "kind": found.get("kind"), "country": found.get("country"),
                 "sector": found.get("sector"), "code": found.get("code"),
                 "title": found.get("title"), "wikidata": found.get("wikidata"),
                 "mentions": [mention]}
        self.own.append(actor)
        self.actors.append(actor)
        self._own_table.append((mention["start"], mention["end"], actor["id"]))
        return actor["id"]

    def resolve(self, phrase: Span) -> str | None:
        """The actor a phrase no mention covers names, asked of the actors stage once per
        phrase (several triggers and fallbacks meet the same one)."""
        key = (phrase.start, phrase.end)
        if key not in self._resolved:
            self._resolved[key] = resolve_phrase(self.doc, phrase, kb=self.kb)
        found = self._resolved[key]
        if found is None:
            return None
        if found.get("id"):
            return found["id"]
        if not self.have_actors or not found.get("code"):
            return None
        return self.add(found, phrase)


def mention_actor(args: ArgumentActors, tok: Token, _depth: int = 0) -> str | None:
    """The actor of a mention containing ``tok``, else the one nearest the head in its phrase."""
    table = args.table()
    at = tok.idx
    for start, end, aid in table:
        if start <= at < end:
            return aid
    named = _office_holder(args, tok, table)
    if named is not None:
        return named
    phrase = syntax.phrase(tok)
    best, best_d = None, None
    p_start, p_end, tok_end = phrase.start_char, phrase.end_char, at + len(tok)
    for start, end, aid in table:
        if start < p_end and p_start < end:
            d = abs(end - tok_end)
            if best_d is None or d < best_d:
                best, best_d = aid, d
    if best is None and tok.pos_ in NAMING_POS:  # a verb or adverb names no actor
        best = args.resolve(phrase)
    if best is None and _depth < 2:
        # "a group of Liberians", "thousands of Kurds", "members of parliament": the actor is
        # named in the "of" phrase of a collective or partitive head
        for p in syntax.children(tok, "prep"):
            if p.lower_ == "of":
                for g in syntax.children(p, "pobj"):
                    best = mention_actor(args, g, _depth + 1)
                    if best is not None:
                        return best
    return best


def _office_holder(args: ArgumentActors, tok: Token, table: list[tuple[int, int, str]]
                   ) -> str | None:
    """"the minister of fisheries, <name>": the person set beside an office (in apposition,
    or after the comma that closes the office's phrase where the parse lost the apposition),
    not the institution inside the office's phrase."""
    entry = args.kb.sectors.get(tok.lemma_.lower())
    if tok.pos_ != "NOUN" or not entry or entry[1] not in ("title", "member"):
        return None
    doc = args.doc
    after = tok.right_edge.i + 1
    people = [c for c in syntax.children(tok, "appos") if c.ent_type_ == "PERSON"]
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].ent_type_ == "PERSON":
        people.append(doc[after + 1])
    for person in people:
        for start, end, aid in table:
            if start <= person.idx < end:
                return aid
    return None


def actor_ids(args: ArgumentActors, toks: list[Token], *, places: bool = False) -> list[str]:
    """The actor ids the words name, in order, each once (a place may stand for its country)."""
    out: list[str] = []
    for t in toks:
        a = mention_actor(args, t)
        if a is None and places:
            a = place_country_actor(args, t)
        # the head's own actor first, then those of its conjoined modifiers ("Chinese and
        # [American officials]")
        for aid in ([a] if a is not None else []) + _conjoined_modifiers(args, t):
            if aid not in out:
                out.append(aid)
    return out


def _conjoined_modifiers(args: ArgumentActors, tok: Token) -> list[str]:
    """The actors of the other conjuncts of a noun's conjoined modifier, the actors stage's
    own parts of the phrase: "Chinese and American officials" is Chinese officials and American
    officials; the head's own mention names the last."""
    out: list[str] = []
    for mod in tok.lefts:
        if mod.dep_ not in ("amod", "compound", "nmod") or not any(
                c.dep_ == "conj" for c in mod.children):
            continue
        for part in syntax.conjuncts(mod)[:-1]:
            aid = _covering_actor(args, part)
            if aid is not None and aid not in out:
                out.append(aid)
    return out


def first_resolved(args: ArgumentActors, options: list[list[Token]], *,
                   places: bool = False) -> list[str]:
    """Actor ids of the first argument option that names an actor ("suspension of air links
    with Yugoslavia": "links" names none, "Yugoslavia" does)."""
    for toks in options:
        ids = actor_ids(args, toks, places=places)
        if ids:
            return per_country(args, toks, ids)
    return []


def _place_country(args: ArgumentActors, tok: Token) -> str | None:
    """The country of the place a word names, if the places stage found one there."""
    for place in args.doc._.places or []:
        if any(m["start"] <= tok.idx < m["end"] for m in place.get("mentions", [])):
            return place.get("country")
    return None


def per_country(args: ArgumentActors, toks: list[Token], ids: list[str]) -> list[str]:
    """"The foreign ministers of Peru, Bolivia and Ecuador": a group named with several
    countries in its "of" / "from" phrase is one group per country, as coders list them (the
    group's own actor keeps its country; the others are added with the group's sector)."""
    out = list(ids)
    for t in toks:
        actor = args.actor(mention_actor(args, t))
        if not actor or actor.get("kind") != "group" or not actor.get("sector"):
            continue
        for p in syntax.children(t, "prep"):
            if p.lower_ not in ("of", "from"):
                continue
            for g in syntax.children(p, "pobj"):
                named = syntax.conjuncts(g)
                for c in named if len(named) > 1 else []:
                    iso = _place_country(args, c)
                    if not is_state(iso) or iso == actor.get("country"):
                        continue
                    new = args.add({"name": f"{t.text} of {c.text}", "kind": "group",
                                    "country": iso, "sector": actor["sector"],
                                    "code": iso + actor["sector"]}, args.doc[c.i:c.i + 1])
                    if new not in out:
                        out.append(new)
    return out


def nested_target(args: ArgumentActors, options: list[list[Token]], source: list[str]
                  ) -> list[str]:
    """When the words acted upon name no actor themselves, the actor named inside their phrase,
    nearest first: the author of a rejected plan ("rejected an Australian ultimatum", "calls by
    Kofi Annan"), the owner of a condemned act ("denounced Serbia's suppression"), the one a
    protest is against ("riots against Israeli policies")."""
    doc = args.doc
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
                    aid = _covering_actor(args, c)
                    if aid is None and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN"
                                        or _institution_compound(args, c)):
                        aid = args.resolve(doc[c.i : c.i + 1] if c.pos_ == "ADJ"
                                           else syntax.phrase(c))
                    if aid is None:
                        aid = place_country_actor(args, c)
                    if aid is not None and aid not in source:
                        return [aid]
                frontier = nxt
    return []


def opposed_in_name(args: ArgumentActors, words: list[Token], source: list[str]) -> list[str]:
    """The actor the demonstrators' own name says they are against: "anti-government
    protesters" protest against the government, "anti-<name> marchers" against that person
    (``opposed_prefixes`` in ``frames.yaml``); the actor is one the article names, or one the
    word after the prefix resolves to."""
    prefixes = frames()["opposed_prefixes"]
    doc = args.doc
    for word in words:
        for tok in word.subtree:
            if tok.lower_ not in prefixes or tok.i + 1 >= len(doc):
                continue
            nxt = doc[tok.i + 1]
            against = doc[tok.i + 2] if nxt.text in ("-", "‐", "–") and tok.i + 2 < len(doc) \
                else nxt
            if against.i + 1 < len(doc) and doc[against.i + 1].text in ("-", "–"):
                continue  # "anti-drug-trafficking": a cause, not an actor
            for find in (_named_before, _covering_actor, _resolved_word, _country_of_word,
                         _office_of_country):
                aid = find(args, against, source) if find is _office_of_country \
                    else find(args, against)
                if aid is not None and aid not in source:
                    return [aid]
    return []


def _resolved_word(args: ArgumentActors, tok: Token) -> str | None:
    return args.resolve(args.doc[tok.i:tok.i + 1]) if tok.is_alpha else None


def _country_of_word(args: ArgumentActors, tok: Token) -> str | None:
    """The country a demonym or country name stands for ("anti-American": the US)."""
    iso = args.kb.adjectives.get(tok.text) or args.kb.adjectives.get(tok.lower_)
    return country_actor(args, iso, args.doc[tok.i:tok.i + 1]) if is_state(iso) else None


def _office_of_country(args: ArgumentActors, tok: Token, source: list[str]) -> str | None:
    """A sector word ("government", "police") standing for that sector of the source's own
    country ("anti-government protesters" in Caracas are against Venezuela's government)."""
    entry = args.kb.sectors.get(tok.lemma_.lower()) or args.kb.sectors.get(tok.lower_)
    actor = args.actor(source[0]) if source else None
    iso = actor.get("country") if actor else None
    if not entry or not entry[0] or not is_state(iso) or not args.have_actors:
        return None
    return args.add({"name": tok.text, "kind": "organization", "country": iso,
                     "sector": entry[0], "code": iso + entry[0]}, args.doc[tok.i:tok.i + 1])


def _named_before(args: ArgumentActors, tok: Token) -> str | None:
    """The actor a single word names in the article: a person by their surname, an
    organisation or country by one of its mentions."""
    word = tok.text.lower()
    for actor in args.actors:
        names = [m["text"].lower() for m in actor.get("mentions") or []]
        name = (actor.get("name") or "").lower()
        if word in names or (actor.get("kind") == "person" and name.split()[-1:] == [word]):
            return actor["id"]
    return None


def between_sides(args: ArgumentActors, trigger: Token) -> tuple[list[str], list[str]]:
    """The two sides an act named by a noun is "between": each acts on the other ("clashes
    between police and protesters"), and one plural group named alone fought within itself
    ("fighting between two rival factions", as the text says); empty when there is none."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return [], []
    heads = [trigger] + ([trigger.head] if trigger.dep_ in syntax.NOMINAL_SUBJECT_DEPS else [])
    # "fighting erupted between rival clans": the phrase may hang from the verb
    groups = [g for h in heads for p in syntax.children(h, "prep") if p.lower_ == "between"
              for g in syntax.children(p, "pobj")]
    if not groups:
        return [], []
    # "between Thai and Cambodian border guards": one side per conjoined adjective
    sides = actor_ids(args, [t for c in syntax.conjuncts(groups[0])
                             for t in (*syntax.conjoined_modifiers(c), c)])
    if len(sides) >= 2:
        return sides[:1], sides[1:2]
    if len(sides) == 1 and groups[0].tag_ in ("NNS", "NNPS") and not any(
            t.dep_ in ("cc", "conj") for t in groups[0].subtree):
        # one group of a known country, no "Chinese and American officials" hidden in its
        # modifiers ("the two parties" of no known country says too little)
        actor = args.actor(sides[0])
        if actor and is_state(actor.get("country")):
            return sides, list(sides)
    return [], []


def addressee(trigger: Token) -> list[Token]:
    """The one a letter was sent to, for an act told in a participle after the sending ("sent a
    letter to the director, seeking answers": ``sending_verbs`` in ``frames.yaml``)."""
    verb = trigger.head
    if trigger.tag_ != "VBG" or trigger.dep_ not in ("advcl", "xcomp", "conj") or (
            verb.lemma_.lower() not in frames()["sending_verbs"]):
        return []
    return [o for p in verb.children if p.dep_ in ("dative", "prep") and p.lower_ == "to"
            for o in p.children if o.dep_ == "pobj"] + [
        c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON")]


def _institution_compound(args: ArgumentActors, tok: Token) -> bool:
    """An institution's noun used as a modifier ("a lower court ruling", "a police raid"): it
    names the institution whose act it is."""
    entry = args.kb.sectors.get(tok.lemma_.lower())
    return tok.dep_ == "compound" and tok.pos_ == "NOUN" and bool(entry) and entry[1] in (
        "organization", "group")


def _covering_actor(args: ArgumentActors, tok: Token) -> str | None:
    at = tok.idx
    for start, end, aid in args.table():
        if start <= at < end:
            return aid
    return None


def place_country_actor(args: ArgumentActors, tok: Token) -> str | None:
    """A target that is a place ("shelled Kharkiv") stands for its country when the article
    names that country as an actor."""
    for place in args.doc._.places or []:
        for m in place.get("mentions", []):
            if m["start"] <= tok.idx < m["end"]:
                for actor in args.actors:
                    if actor.get("code") == place.get("country"):
                        return actor["id"]
                return None
    return None


def same_side(args: ArgumentActors, a: str | None, b: str | None) -> bool:
    """Two actors on one side: the same actor, two arms of one state (government, army,
    police …: ``state_sectors`` in ``frames.yaml``), or two actors of one country of one
    non-state sector; actors of no known country are taken as one side (nothing says they are
    opposed). An exile group and its country's army are not one side, nor an opposition party
    and a rebel movement."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    x, y = args.actor(a), args.actor(b)
    if not (x and y) or x.get("country") != y.get("country"):
        return False
    if not x.get("country"):
        return True
    state = frames()["state_sectors"]

    def of_state(actor: dict) -> bool:  # the country itself acts as its state
        return not actor.get("sector") or actor.get("sector") in state

    if of_state(x) and of_state(y):
        return True
    # two non-state actors of one country are one side only when of one kind (rival parties
    # and factions accuse each other: an opposition party and a rebel movement are two sides)
    return not of_state(x) and not of_state(y) and x.get("sector") == y.get("sector")


def country_actor(args: ArgumentActors, iso: str, phrase: Span | None = None) -> str | None:
    """The id of an actor standing for country ``iso``: one the article has (the country
    itself first), else a new country actor named by ``phrase`` or the country's name."""
    # the country itself first, else a people or group coded as the bare country ("Americans");
    # never a person or an organisation of that country
    for want in (lambda a: a.get("country") == iso and a.get("kind") == "country",
                 lambda a: a.get("code") == iso and a.get("kind") not in ("person",
                                                                         "organization")):
        for actor in args.actors:
            if want(actor):
                return actor["id"]
    if phrase is None or not args.have_actors:
        return None
    country = args.kb.countries.get(iso)
    name = country.name if country and country.name else phrase.text
    return args.add({"name": name, "kind": "country", "country": iso, "code": iso}, phrase)


@lru_cache(maxsize=1)
def non_state_codes() -> frozenset[str]:
    """CAMEO codes in the country position that stand for no state (actors/data)."""
    return frozenset(data.read_words("actors", "non_state_codes.txt"))


def is_state(iso: str | None) -> bool:
    """An ISO country code, not a region, IGO or NGO code."""
    return bool(iso) and len(iso) == 3 and iso.isalpha() and iso not in non_state_codes()


def implicit_target(args: ArgumentActors, place_id: str | None, source: list[str], *,
                    own: bool = True) -> list[str]:
    """The target of an event whose sentence names none: the country of the event's place
    ("demonstrated in Kirkuk" -> IRQ), else the source's own country ("Nigerian teachers called
    off their strike" -> NGA)."""
    doc = args.doc
    if place_id is not None:
        for place in doc._.places or []:
            if place["id"] == place_id and is_state(place.get("country")) and place["mentions"]:
                m = place["mentions"][0]
                span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
                if span is not None:
                    aid = country_actor(args, place["country"], span)
                    if aid is not None:
                        return [aid]
    if source and own:
        actor = args.actor(source[0])
        iso = actor.get("country") if actor else None
        if is_state(iso):
            mention = actor["mentions"][0] if actor.get("mentions") else None
            span = mention and doc.char_span(mention["start"], mention["end"],
                                             alignment_mode="expand")
            aid = country_actor(args, iso, span)
            if aid is not None and aid != source[0]:
                return [aid]
            if aid == source[0]:
                return []
    return []
