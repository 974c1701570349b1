"""The ``eventwire_actors`` spaCy component: every person, organisation, country and group in the
article, resolved to name, country, sector and CAMEO code, with all its mentions.

Writes record-shaped actor dicts to ``doc._.actors`` (see ``docs/actors.md``).
"""

from __future__ import annotations

import copy

from spacy.language import Language
from spacy.tokens import Doc

from eventwire import extensions, syntax
from eventwire.actors.candidates import candidate_heads, person_names
from eventwire.actors.coref import resolve_counted, resolve_pronoun, resolve_role
from eventwire.actors.headline import repair_headline
from eventwire.actors.knowledge import Knowledge, load_knowledge
from eventwire.actors.phrases import Phrase, fuller_name, read_phrase
from eventwire.actors.resolve import (
    article_day,
    context_country,
    dateline_country,
    describe,
    fallback_country,
    mention_span,
)
from eventwire.actors.table import ActorTable


@Language.factory("eventwire_actors",
                  default_config={"data_dir": None, "country_as_government": False})
def make_component(nlp: Language, name: str, data_dir: str | None, country_as_government: bool):
    """``data_dir``: a folder of actor data files replacing the packaged ones.
    ``country_as_government``: a country name that acts ("China insists") becomes the
    country's government (``CHNGOV``) instead of the country (``CHN``, the default, as CAMEO
    dictionaries and the PLOVER gold code it)."""
    extensions.register()
    return ActorResolver(load_knowledge(data_dir), country_as_government=country_as_government)


def actors_knowledge(nlp: Language) -> Knowledge:
    """The actor knowledge of ``nlp``'s ``eventwire_actors`` component (its ``data_dir``), else
    the packaged knowledge: later components resolve phrases with the same tables."""
    for name in nlp.pipe_names:
        if nlp.get_pipe_meta(name).factory == "eventwire_actors":
            return nlp.get_pipe(name).kb
    return load_knowledge()


class ActorResolver:
    """Find, resolve and link the actors of a Doc (see the module docstring)."""

    def __init__(self, kb: Knowledge, *, country_as_government: bool = False):
        self.kb = kb
        self.country_as_government = country_as_government

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.actors = find_actors(doc, self.kb,
                                       country_as_government=self.country_as_government)
        except Exception as err:  # noqa: BLE001 - noted on the Doc; the article goes on
            extensions.component_failed(doc, "eventwire_actors", err)
            doc._.actors = []
        return doc


def _sentence_index(doc: Doc) -> list[int]:
    index = [0] * len(doc)
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return index
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = n
    return index


def _drop_nested(phrases: list[Phrase]) -> list[Phrase]:
    """A phrase inside a larger candidate phrase is a modifier of it ("Indian" in "Indian
    Prime Minister Narendra Modi"), not an actor of its own. A person or organisation named
    in an "of"-phrase after the head ("the government of President <name>", "workers of the
    <name> Company") is one: it stays, and the outer mention ends before the "of"."""
    bounds = [(p.span.start, p.span.end, p.head.i, p) for p in phrases]
    covering: dict[int, list[tuple]] = {}  # token → the phrases over it, in list order
    for b in bounds:
        for i in range(b[0], b[1]):
            covering.setdefault(i, []).append(b)
    kept = []
    for start, end, head, phrase in bounds:
        size = end - start
        outer = [o for o_start, o_end, o_head, o in covering.get(head, ())
                 if o_head != head and o_end - o_start > size]
        if not outer:
            kept.append(phrase)
        elif all(_of_object(o, phrase) for o in outer):
            for o in outer:
                o.core_end = min(o.core_end or o.span.end, phrase.span.start - 1)
            kept.append(phrase)
    return kept


def _of_object(outer: Phrase, inner: Phrase) -> bool:
    """``inner`` is a named person or organisation in an "of"-phrase after ``outer``'s head."""
    doc = inner.span.doc
    start = inner.span.start
    return (start - 1 > outer.head.i and doc[start - 1].lower_ == "of"
            and doc[start - 1].head.i == outer.head.i
            and (inner.person is not None
                 or (inner.head.ent_type_ == "ORG" and inner.region is None
                     and not any(c.start <= inner.head.i < c.end for c in inner.countries))))


def find_actors(doc: Doc, kb: Knowledge, *, country_as_government: bool = False) -> list[dict]:
    """The record's actor list for ``doc`` (empty for an empty or unparsed Doc)."""
    if len(doc) == 0:
        return []
    repair_headline(doc, kb)
    day = article_day(doc)
    context = context_country(doc, kb)
    names = person_names(doc, kb, day)
    phrases = [read_phrase(h, kb, names=names) for h in candidate_heads(doc, kb, names)]
    phrases = _drop_nested(phrases)
    table = ActorTable(doc, _sentence_index(doc))

    # pass 1: everything named or described in its own words
    deferred: list[tuple[Phrase, object]] = []
    for phrase in phrases:
        description = describe(phrase, kb, day, None,
                               country_as_government=country_as_government)
        if description is None:
            continue
        if description.role_only:
            deferred.append((phrase, description))
            continue
        guess = None
        owner = (_owning_institution(phrase, description, table)
                 or _pronoun_owner(phrase, description, table, kb))
        if owner is not None:
            # "a spokesman for the group": the group met before speaks through them
            description.country = owner.description.country
            if owner.description.sector not in (None, "GOV"):
                description.sector = owner.description.sector
        if description.country is None:
            # no country of its own: an unqualified government office is the dateline's
            # country's ("the Foreign Ministry said" in a story filed from Bonn); else the
            # article's one country; else the dateline's, the one it names most, or the
            # first of this sentence, as a last guess
            guess = _home_office(description, doc, kb) or context or fallback_country(
                doc, kb, phrase.head, names)
            if guess is not None:
                description = describe(phrase, kb, day, guess,
                                       country_as_government=country_as_government)
        if " " not in description.name and description.person is None and (
                description.kind == "person" or (description.kind == "organization"
                                                 and description.sector is None
                                                 and phrase.region is None)):
            description = _named_later(phrase, description, names, kb, day, guess)
        if context is None and _lone_unknown_name(description, table, guess):
            continue
        split = _split_conjoined(phrase, description, kb)
        if split:
            for part, span in split:
                table.add(part, table.mention(span, phrase.head.i))
            continue
        span = mention_span(phrase)
        actor = table.add(description, table.mention(span, phrase.head.i))
        more = fuller_name(phrase, span.end, kb)
        if more and actor.full_name is None:
            actor.full_name = f"{span.text} {more}"

    # pass 2, in reading order: pronouns, role phrases and counted roles point back
    roles = {p.head.i: (p, d) for p, d in deferred}
    for tok in doc:
        low = tok.lower_
        if tok.i in roles:
            _resolve_role_phrase(*roles[tok.i], table, kb, context)
        elif low in kb.pronouns and tok.pos_ in ("PRON", "DET"):
            for actor in resolve_pronoun(tok, table, kb):
                table.attach(actor, table.mention(doc[tok.i:tok.i + 1], tok.i, named=False))
        elif low in kb.roles and tok.pos_ == "NOUN":
            _resolve_counted(tok, table, kb)
        elif low in ("who", "which") and tok.head.dep_ == "relcl":
            # "the minister, who is wrapping up a visit": the relative pronoun is its antecedent
            owner = _actor_with_head(table, tok.head.head.i)
            if owner is not None:
                table.attach(owner, table.mention(doc[tok.i:tok.i + 1], tok.i, named=False))
    table.merge_institutions()
    table.merge_acronyms()
    table.name_acronyms()
    table.members_sectors()
    table.examples_country()
    table.armed_parties({w for w, (sector, kind) in kb.sectors.items()
                         if sector == "REB" and kind == "group" and " " not in w})
    return table.records()


def _split_conjoined(phrase: Phrase, description, kb: Knowledge) -> list:
    """'Hungarian and Romanian officials' are two actors, one per country, each with its part
    of the phrase as mention ("Hungarian", "Romanian officials")."""
    if phrase.person is not None or description.kind == "country":
        return []
    cues = [c for c in phrase.countries if c.end <= phrase.head.i]
    if len({c.value for c in cues}) < 2:
        return _split_sides(phrase, description, kb)
    doc = phrase.span.doc
    joined = any(doc[c.end - 1].dep_ == "conj" or (c.end < len(doc) and doc[c.end].dep_ == "cc")
                 for c in cues)
    if not joined:
        return []
    parts = []
    # words every part shares: "senior Kenyan and Ugandan officials" are senior Kenyan
    # officials and senior Ugandan officials
    before = [t.text for t in doc[phrase.span.start:cues[0].start]
              if t.dep_ not in ("det", "nummod", "predet")]
    after = doc[cues[-1].end:phrase.head.i + 1].text
    for n, cue in enumerate(cues):
        end = phrase.head.i + 1 if n == len(cues) - 1 else cue.end
        part = copy.copy(description)
        part.country = cue.value
        if part.kind == "organization" and kb.countries.get(cue.value):
            part.name = f"{kb.countries[cue.value].adjective or cue.value} {description.norm}"
        elif after:
            part.name = " ".join([*before, doc[cue.start:cue.end].text, after])
        parts.append((part, doc[cue.start:end]))
    return parts


def _split_sides(phrase: Phrase, description, kb: Knowledge) -> list:
    """'Russian and rebel commanders', 'government and rebel negotiators' are two actors, the
    state's and the armed group's: a conjoined modifier whose parts are a nationality or a
    sector word (the rebel part ``REB``, the other the head's own sector and the nationality's
    country), each with its part of the phrase as mention."""
    doc = phrase.span.doc
    head = phrase.head
    mods = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod")
            and any(c.dep_ == "conj" for c in t.children)]
    if not mods or description.kind not in ("group", "person"):
        return []
    words = syntax.conjuncts(mods[0])
    kinds = [(kb.adjectives.get(w.text), (kb.sectors.get(w.lemma_.lower()) or (None,))[0])
             for w in words]
    if len(words) != 2 or not all(iso or sector for iso, sector in kinds) or not any(
            sector and not iso for iso, sector in kinds):
        return []
    rest = doc[words[-1].i + 1:head.i + 1]
    own = describe(read_phrase(head, kb, start=rest.start, end=head.i + 1), kb,
                   article_day(doc), description.country)
    if own is None:
        return []
    parts = []
    for n, (word, (iso, sector)) in enumerate(zip(words, kinds)):
        part = copy.copy(description)
        part.country = iso or description.country
        part.sector = sector if sector and not iso else own.sector
        part.name = f"{word.text} {rest.text}"
        end = head.i + 1 if n == len(words) - 1 else word.i + 1
        parts.append((part, doc[word.i:end]))
    return parts if len({(p.country, p.sector) for p, _ in parts}) == 2 else []


def _owning_institution(phrase: Phrase, description, table: ActorTable):
    """The organisation an office without a country belongs to when it is written as "for /
    of the <institution noun>" pointing back ("a spokesman for the group"), else None."""
    if description.country is not None or description.kind not in ("person", "group"):
        return None
    for prep in phrase.head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and any(c.lower_ == "the" for c in obj.lefts) \
                    and len(list(obj.lefts)) == 1:
                # an institution, or a collective the small model read as one person's
                # title ("an exile group")
                found = (resolve_role(obj, "organization", table)
                         or resolve_role(obj, "person", table))
                d = found.description if found is not None else None
                if d is not None and d.country and (
                        d.kind != "person" or (d.title or "").lower().endswith(obj.lower_)):
                    return found
    return None


def _pronoun_owner(phrase: Phrase, description, table: ActorTable, kb: Knowledge):
    """The actor a possessive pronoun before a named person's office points back to ("its
    leader <name>", "her senior adviser, <name>"): the office is that actor's, else None."""
    tok = phrase.possessor
    if (description.country is not None or description.kind != "person"
            or phrase.person is None or tok is None or tok.lower_ not in kb.pronouns):
        return None
    found = resolve_pronoun(tok, table, kb)
    return found[0] if len(found) == 1 and found[0].description.country else None


def _home_office(description, doc: Doc, kb: Knowledge) -> str | None:
    """The dateline's country for a government title or office written without a country."""
    if description.sector != "GOV":
        return None
    return dateline_country(doc, kb)


def _named_later(phrase: Phrase, description, names: list, kb: Knowledge, day: str,
                 context: str | None):
    """A surname met before the full name ("Okafor said ..." in the lead, "Grace Okafor" later
    on): the person of the one full name in the article that ends in it."""
    word = description.name.lower()
    full = {n.text for n in names if len(n) > 1 and n[-1].lower_ == word}
    if len(full) != 1:
        return description
    name = full.pop()
    if phrase.person is None:  # the small model took the lone surname for an organisation
        head = phrase.head
        phrase.person = head.doc[head.i:head.i + 1]
    person = kb.find_person(name, day)
    if person is None:  # nobody the registry knows: the full name still joins them
        description = describe(phrase, kb, day, context) or description
        description.name = name
        return description
    again = describe(phrase, kb, day, context, known_person=person)
    return again or description


def _lone_unknown_name(description, table: ActorTable, guess: str | None = None) -> bool:
    """A one-word name with no title, country (but the last guess) or registry entry and no
    full name before it is more often a thing the small model took for a person ("Twitter")
    than an actor."""
    d = description
    return (d.kind == "person" and " " not in d.name and d.person is None and d.title is None
            and d.country in (None, guess) and table._find(d) is None)


def _resolve_role_phrase(phrase: Phrase, description, table: ActorTable, kb: Knowledge,
                         context: str | None) -> None:
    mention = table.mention(mention_span(phrase), phrase.head.i)
    antecedent = resolve_role(phrase.head, description.kind, table)
    own = kb.sectors.get(phrase.head.lower_) or kb.sectors.get(phrase.head.lemma_.lower())
    if (antecedent is not None and description.sector and own is not None
            and own[0] != description.sector
            and antecedent.description.sector not in (None, description.sector)):
        # a word before the head set the sector: "the separatist command" is not "the
        # Russian command" met before
        antecedent = None
    if antecedent is None and phrase.possessor is not None:
        # "his ministry": the institution of the possessor's country
        owner = _owner(phrase, table)
        if owner is not None and owner.description.country:
            description.country = owner.description.country
            description.role_only = False
            table.add(description, mention)
            return
    if antecedent is not None:
        table.attach(antecedent, mention)
        return
    description.role_only = False
    # no antecedent: the same last guesses as for any phrase without a country of its own
    description.country = description.country or _home_office(
        description, phrase.span.doc, kb) or context or fallback_country(
        phrase.span.doc, kb, phrase.head)
    table.add(description, mention)


def _owner(phrase: Phrase, table: ActorTable):
    return _actor_with_head(table, phrase.possessor.i)


def _actor_with_head(table: ActorTable, token: int):
    for actor in table.actors:
        for m in actor.mentions:
            if m.token == token:
                return actor
    return None


def _resolve_counted(tok, table: ActorTable, kb: Knowledge) -> None:
    count = None
    for child in tok.lefts:
        if child.dep_ == "nummod" or child.lower_ == "both":
            count = {"two": 2, "three": 3, "both": 2}.get(child.lower_)
    if not count:
        return
    if not any(c.lower_ in ("the", "these", "those", "both") or c.dep_ == "poss"
               for c in tok.lefts):
        return  # "three Russian ministers" are new people; "the two men" point back
    _, _, refers = kb.roles[tok.lower_]
    start = min([c.i for c in tok.lefts if c.lower_ not in ("the",)] + [tok.i])
    span = tok.doc[start:tok.i + 1]
    for actor in resolve_counted(tok, count, refers, table):
        table.attach(actor, table.mention(span, tok.i, named=False))
