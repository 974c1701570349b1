"""The actors of one article while they are being found: descriptions merged by identity, each
with its mentions, written out as the record's actor objects at the end."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from eventwire.actors.resolve import Description
from eventwire.spans import doc_text
from eventwire.syntax import NOMINAL_SUBJECT_DEPS


@dataclass
class Mention:
    start: int  # character offsets
    end: int
    token: int  # index of the head token
    sent: int
    subject: bool
    named: bool = True  # a name or description, not a pronoun


@dataclass
class Actor:
    description: Description
    mentions: list[Mention] = field(default_factory=list)
    full_name: str | None = None  # the head with its place or topic ("embassy in Mombasa")

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def last_before(self, token: int) -> Mention | None:
        """The latest mention before token ``token`` (the first of equals), or None."""
        best = None
        for m in self.mentions:
            if m.token < token and (best is None or m.token > best.token):
                best = m
        return best

    @property
    def name_words(self) -> set[str]:
        return {w.lower().strip(".,") for w in self.description.name.split()}


class ActorTable:
    """Actors keyed by identity; partial person names join the full name met before."""

    def __init__(self, doc: Doc, sentence_of: list[int]):
        self.doc = doc
        self.sentence_of = sentence_of
        self.actors: list[Actor] = []
        self._by_key: dict[tuple, Actor] = {}

    def mention(self, span: Span, head_index: int, *, named: bool = True) -> Mention:
        head = self.doc[head_index]
        return Mention(span.start_char, span.end_char, head_index,
                       self.sentence_of[head_index] if self.sentence_of else 0,
                       head.dep_ in NOMINAL_SUBJECT_DEPS, named)

    def add(self, description: Description, mention: Mention) -> Actor:
        actor = self._find(description) or self._with_span(mention)
        if actor is None:
            actor = Actor(description)
            self.actors.append(actor)
            self._by_key[description.key()] = actor
        else:
            _fill(actor.description, description)
        self.attach(actor, mention)
        return actor

    def attach(self, actor: Actor, mention: Mention) -> None:
        for m in actor.mentions:
            if m.start == mention.start and m.end == mention.end:
                return
        actor.mentions.append(mention)

    def _with_span(self, mention: Mention) -> Actor | None:
        """The actor that already has a mention of exactly these characters (one span
        names one actor, however many candidate heads it has)."""
        for actor in self.actors:
            if any(m.start == mention.start and m.end == mention.end and m.named
                   for m in actor.mentions):
                return actor
        return None

    def _find(self, description: Description) -> Actor | None:
        found = self._by_key.get(description.key())
        if found is not None or description.kind != "person":
            return found
        # "Scholz" / "Olaf" → the person whose full name was given earlier
        words = {w.lower().strip(".,") for w in description.name.split()}
        for actor in self.actors:
            if actor.description.kind != "person" or actor.description.role_only:
                continue
            theirs = actor.name_words
            if words and (words <= theirs or theirs <= words) and _compatible(actor, description):
                return actor
        return None

    def merge_institutions(self) -> None:
        """'his ministry' and 'Russian Foreign Ministry' of one country are one institution."""
        kept: list[Actor] = []
        for actor in sorted(self.actors, key=lambda a: -len(a.description.norm)):
            d = actor.description
            target = None
            if d.kind == "organization" and d.norm:
                for other in kept:
                    o = other.description
                    if (o.kind == d.kind and o.country == d.country and o.sector == d.sector
                            and o.norm.endswith(d.norm) and o.country):
                        target = other
                        break
            if target is None:
                kept.append(actor)
            else:
                for m in actor.mentions:
                    self.attach(target, m)
        self.actors = kept

    def merge_acronyms(self) -> None:
        """'PSC' and 'Public Service Commission' (or 'National Farmers Union' and 'NFU')
        are one organisation: an all-capital name made of another organisation's initials
        joins it, where only one organisation fits."""
        named = [a for a in self.actors if a.description.kind == "organization"]
        for actor in list(self.actors):
            short = actor.description.name
            if not _is_acronym(short):
                continue
            fits = [o for o in named if o is not actor and short in _initials(o.description.name)]
            if len(fits) != 1:
                continue
            for m in actor.mentions:
                self.attach(fits[0], m)
            actor.mentions = []

    def name_acronyms(self) -> None:
        """An organisation written with its acronym in brackets ("Public Service Commission
        (PSC)") is named so: the fullest name the text gives, as analysts write it."""
        text = doc_text(self.doc)
        for actor in self.actors:
            d = actor.description
            if d.kind != "organization" or "(" in d.name:
                continue
            if _is_acronym(d.name):
                long = long_form(text, d.name)
                if long:  # only the acronym is an actor: "the PSA said", after "… (PSA)"
                    d.name = f"{long} ({d.name})"
                    continue
            for m in sorted(actor.mentions, key=lambda m: m.start):
                found = _BRACKETED.match(text, m.end)
                if found and found.group(1) in _initials(text[m.start:m.end]):
                    d.name = f"{_strip_article(text[m.start:m.end])} ({found.group(1)})"
                    break

    def members_sectors(self) -> None:
        """An organisation with no sector of its own takes the sector of the people a phrase
        names as its own ("guerrillas of the <name>" → REB, "union officials from the <name>"
        → LAB): what its people are tells what it is. Government members are no evidence."""
        text = doc_text(self.doc)
        members = [(m, a.description.sector) for a in self.actors
                   if a.description.kind in ("group", "person")
                   and a.description.sector not in (None, "GOV") for m in a.mentions]
        for org in self.actors:
            if org.description.kind != "organization" or org.description.sector is not None:
                continue
            for m in org.mentions:
                found = [sector for member, sector in members
                         if member.end <= m.start and member.start < m.start
                         and _OF_FROM.fullmatch(text[member.end:m.start])]
                inside = [sector for member, sector in members
                          if member.start < m.start and m.end <= member.end
                          and _OF_FROM.search(text[member.start:m.start])]
                if found or inside:
                    org.description.sector = (found or inside)[0]
                    break
        long = [a for a in self.actors if "(" in a.description.name]
        for org in long:  # an acronym-only actor named by its long form, inside a phrase
            if org.description.sector is not None:
                continue
            name = org.description.name.split(" (")[0]
            for member, sector in members:
                words = text[member.start:member.end]
                at = words.find(name)
                if at > 0 and _OF_FROM.search(words[:at]):
                    org.description.sector = sector
                    break

    def examples_country(self) -> None:
        """A group of no country of its own takes the country of the examples it is given
        ("rights groups like the <US group> and the <US association>", "nations such as
        Peru"): the one country all of them share, as the text says."""
        for actor in self.actors:
            d = actor.description
            if not (d.kind == "group" or d.plural) or d.country not in (None, "---"):
                continue
            found: set[str] = set()
            for m in actor.mentions:
                head = self.doc[m.token]
                for prep in head.children:
                    if prep.dep_ != "prep" or prep.lower_ not in ("like", "as"):
                        continue  # "such as": "as" with "such" before it
                    if prep.lower_ == "as" and not any(
                            t.lower_ == "such" for t in self.doc[prep.i - 1:prep.i]):
                        continue
                    for obj in prep.children:
                        if obj.dep_ != "pobj":
                            continue
                        for part in [obj, *(c for c in obj.conjuncts)]:
                            owner = self._covering(part.idx)
                            if owner is not None and owner.description.country:
                                found.add(owner.description.country)
            if len(found) == 1:
                d.country = found.pop()

    def _covering(self, at: int) -> Actor | None:
        for actor in self.actors:
            if any(m.start <= at < m.end for m in actor.mentions):
                return actor
        return None

    def armed_parties(self, armed: set[str]) -> None:
        """A party or organisation with no sector but the opposition's whose people the text
        names by an armed noun ("<party> guerrillas", "<party> fighters") or that it sets in
        apposition with one ("<party>, the two main Kurdish factions", also for the names
        joined before it) is an armed group (``REB``), as the guidelines code armed parties.
        ``armed`` holds the nouns, singular and lower case."""
        # names written before an armed noun anywhere: "PFLB guerrillas", "KNF fighters"
        fighting = {c.text for tok in self.doc if tok.pos_ in ("NOUN", "PROPN")
                    and _plain(tok) in armed for c in tok.children
                    if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i}
        for org in self.actors:
            d = org.description
            if d.kind != "organization" or d.sector not in (None, "OPP"):
                continue
            names = {d.name, *_BRACKETED.findall(d.name)}
            names |= {self.doc.text[m.start:m.end] for m in org.mentions if m.named}
            if names & fighting:
                d.sector = "REB"
                continue
            for m in org.mentions:
                head = self.doc[m.token]
                named = head.dep_ == "compound" and head.head.i > head.i \
                    and _plain(head.head) in armed
                joined = [head, head.head] if head.dep_ == "conj" else [head]
                apposed = any(c.dep_ == "appos" and _plain(c) in armed
                              for t in joined for c in t.children)
                if named or apposed:
                    d.sector = "REB"
                    break

    def records(self) -> list[dict]:
        """The record's actor objects, numbered in order of first mention."""
        out = []
        text = doc_text(self.doc)
        ordered = sorted((a for a in self.actors if a.mentions), key=lambda a: a.first)
        for n, actor in enumerate(ordered, 1):
            mentions = sorted(actor.mentions, key=lambda m: (m.start, m.end))
            record = {"id": f"a{n}", **actor.description.as_dict()}
            if actor.full_name:
                record["name"] = actor.full_name
            record["mentions"] = [
                {"start": m.start, "end": m.end, "text": text[m.start:m.end]}
                for m in mentions
            ]
            out.append(record)
        return out


_NAME_LINKS = {"of", "the", "and", "for", "in", "de", "&"}
_OF_FROM = re.compile(r"\s+(?:of|from)(?:\s+the)?\s+$", re.IGNORECASE)
_BRACKETED = re.compile(r"\s?\(([A-Z]{2,6})\)")


def _plain(tok) -> str:
    """A noun's lower-case singular form as written ("Guerrillas" → "guerrilla")."""
    low = tok.lower_
    return low[:-1] if low.endswith("s") and len(low) > 3 else low


def _is_acronym(name: str) -> bool:
    return 2 <= len(name) <= 6 and name.isalpha() and name.isupper()


def long_form(text: str, short: str) -> str | None:
    """The capitalised name written right before "(<short>)" whose initials make ``short``
    ("Public Service Association (PSA)"), or None."""
    at = text.find(f"({short})")
    if at <= 0:
        return None
    words = text[:at].split()[-8:]
    taken: list[str] = []
    for word in reversed(words):
        if not (word[:1].isupper() or word.lower() in _NAME_LINKS) or word[-1:] in ".,;:":
            break
        taken.insert(0, word)
    while taken and taken[0].lower() in _NAME_LINKS:
        taken.pop(0)
    long = " ".join(taken)
    return long if len(taken) > 1 and short in _initials(long) else None


def _strip_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _initials(name: str) -> set[str]:
    """'National Farmers Union' → {'NFU'}; 'Zambian Electoral Commission' →
    {'ZEC', 'EC'} (linking words left out; a leading word such as a demonym may be)."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _NAME_LINKS]
    letters = "".join(w[0] for w in words if w[:1].isalpha()).upper()
    return {letters[i:] for i in range(max(1, len(letters) - 1))}


def _compatible(actor: Actor, description: Description) -> bool:
    a = actor.description
    if a.person is not None and description.person is not None:
        return a.person is description.person
    if a.gender and description.gender and a.gender != description.gender:
        return False
    return not (a.country and description.country and a.country != description.country)


def _fill(target: Description, other: Description) -> None:
    """Complete an actor's description with what a later mention tells."""
    for attr in ("country", "sector", "title", "wikidata", "gender"):
        if getattr(target, attr) is None and getattr(other, attr) is not None:
            setattr(target, attr, getattr(other, attr))
    if target.person is None and other.person is not None:
        target.person = other.person
        target.name = other.name if len(other.name) > len(target.name) else target.name
