"""Coreference within one article: pronouns, role phrases ("the minister", "the ministry") and
counted roles ("the two men") pointed at actors named before them.

Agreement (gender, number, person or group) filters the candidates; among those, the nearest
earlier mention wins, with a bonus for subjects (the one who speaks or acts) and for a gender
the registry or the text confirms.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.actors.knowledge import Knowledge
from eventwire.actors.table import Actor, ActorTable
from eventwire.syntax import NOMINAL_SUBJECT_DEPS

MAX_SENTENCES_BACK = 3
SUBJECT_BONUS = 40
GENDER_BONUS = 20


def _score(actor: Actor, token: int, sent: int, gender: str | None, subject_bonus: int,
           quoted: list[bool] | None = None) -> float | None:
    mention = actor.last_before(token)
    if quoted is not None:
        # a pronoun outside quotation marks does not point into a quotation ('"Obama has said
        # that he ...," he said': the second "he" is the speaker, not Obama)
        outside = [m for m in actor.mentions if m.token < token and not quoted[m.token]]
        mention = max(outside, key=lambda m: m.token) if outside else None
    if mention is None or sent - mention.sent > MAX_SENTENCES_BACK:
        return None
    known = actor.description.gender
    if gender and known and known != gender:
        return None
    score = -(token - mention.token)
    if mention.subject:
        score += subject_bonus
    if gender and known == gender:
        score += GENDER_BONUS
    return score


def best_antecedent(table: ActorTable, token: int, kinds: set[str], gender: str | None = None,
                    *, same_sentence: bool = False, plural: bool | None = None,
                    exclude: tuple[Actor, ...] = ()) -> Actor | None:
    sent = table.sentence_of[token] if table.sentence_of else 0
    inside = quoted_tokens(table.doc)
    quoted = inside if not inside[token] else None
    best, best_score = None, None
    for actor in table.actors:
        if actor.description.kind not in kinds or actor in exclude:
            continue
        if plural is False and actor.description.plural:
            continue
        bonus = SUBJECT_BONUS if kinds == {"person"} else 0
        score = _score(actor, token, sent, gender, bonus, quoted)
        if score is None:
            continue
        if same_sentence and actor.last_before(token).sent != sent:
            continue
        if best_score is None or score > best_score:
            best, best_score = actor, score
    return best


_QUOTE_MARKS = {'"', "“", "”", "``", "''"}


def quoted_tokens(doc: Doc) -> list[bool]:
    """For each token, whether it lies inside quotation marks (counted within its paragraph;
    a quotation left open at a paragraph's end closes there, as news style continues it)."""
    cached = doc.user_data.get("ew_actors_quoted")
    if cached is not None:
        return cached
    inside, state = [], False
    for tok in doc:
        if "\n" in tok.text:
            state = False
        if tok.text in _QUOTE_MARKS:
            opening = tok.text == "“" or (tok.text in ('"', "``") and not state)
            state = opening if tok.text != "”" else False
            inside.append(False)
            continue
        inside.append(state)
    doc.user_data["ew_actors_quoted"] = inside
    return inside


def resolve_pronoun(tok: Token, table: ActorTable, kb: Knowledge) -> list[Actor]:
    """The actor(s) a pronoun refers to (empty where none fits)."""
    gender, number, refers = kb.pronouns[tok.lower_]
    if refers == "person":
        if (reporter := _reporter(tok, table, kb, gender)) is not None:
            return [reporter]  # "Ischinger said he met ...": the one who says it
        actor = best_antecedent(table, tok.i, {"person"}, gender, exclude=_named_below(tok, table))
        if actor is not None and actor.description.gender is None and gender:
            actor.description.gender = gender  # the text tells us
        return [actor] if actor else []
    speaker = tok.lower_ == "it" and _speaking_subject(tok, kb)
    if tok.lower_ == "it" and not _reported_subject(tok) and not speaker:
        return []  # "it" is too often a thing or an expletive ("it is expected")
    kinds = {"organization", "country", "group"}
    if speaker and (earlier := _last_speaker(tok, table, kb)) is not None:
        return [earlier]  # "The party said ... It said": the one who was speaking goes on
    # "The commission ... It said": the subject of a verb of saying may point back across
    # sentences, to the nearest organisation or country (a thing does not speak)
    actor = best_antecedent(table, tok.i, kinds if not speaker else {"organization", "country"},
                            same_sentence=number == "sg" and not speaker,
                            plural=None if number == "pl" else False)
    if actor is None:
        return []
    if number == "pl":
        # "China and Russia ... their bonhomie": every conjoined actor
        return _conjoined(actor, tok.i, table) or [actor]
    return [actor]


def _named_below(tok: Token, table: ActorTable) -> tuple[Actor, ...]:
    """The actors a subject pronoun's own clause names by name after it: "he suggested that
    Mr. <name> ..." — "he" is someone else (a name the pronoun governs is never its own)."""
    if tok.dep_ not in NOMINAL_SUBJECT_DEPS:
        return ()
    below = {t.i for t in tok.head.subtree if t.i > tok.i}
    return tuple(a for a in table.actors
                 if any(m.named and m.token in below for m in a.mentions))


def _last_speaker(tok: Token, table: ActorTable, kb: Knowledge) -> Actor | None:
    """The organisation or country that was last the subject of a verb of saying before
    ``tok``, within three sentences ("The party said ... It said": the party, not a militia it named)."""
    doc = tok.doc
    best, best_at = None, -1
    here = table.sentence_of[tok.i]
    for actor in table.actors:
        if actor.description.kind not in ("organization", "country"):
            continue
        for m in actor.mentions:
            t = doc[m.token]
            if (best_at < m.token < tok.i and here - m.sent <= 3
                    and t.dep_ in NOMINAL_SUBJECT_DEPS and t.head.lower_ in kb.speech_verbs):
                best, best_at = actor, m.token
    return best


def _speaking_subject(tok: Token, kb: Knowledge) -> bool:
    """'it said', 'it added': ``it`` is the subject of a verb of saying."""
    return tok.dep_ in NOMINAL_SUBJECT_DEPS and tok.head.lower_ in kb.speech_verbs


def _reporter(tok: Token, table: ActorTable, kb: Knowledge, gender: str | None) -> Actor | None:
    """The person who says the clause a subject pronoun opens ("<name> said he met the
    ministers": <name>), when that person is an actor of agreeing gender."""
    verb = tok.head
    if tok.dep_ not in NOMINAL_SUBJECT_DEPS or verb.dep_ != "ccomp" or \
            verb.head.lower_ not in kb.speech_verbs:
        return None
    speaker = next((c for c in verb.head.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
    if speaker is None or speaker.i >= tok.i:
        return None
    for actor in table.actors:
        known = actor.description.gender
        if (actor.description.kind == "person" and not (gender and known and known != gender)
                and any(m.token == speaker.i and m.named for m in actor.mentions)):
            return actor
    return None


def _reported_subject(tok: Token) -> bool:
    """'Beijing insists it is ...': ``it`` is the subject of a clause reported by its antecedent."""
    return tok.dep_ in NOMINAL_SUBJECT_DEPS and tok.head.dep_ in ("ccomp", "xcomp")


def _conjoined(actor: Actor, token: int, table: ActorTable) -> list[Actor]:
    mention = actor.last_before(token)
    doc = table.doc
    head = doc[mention.token]
    group = {head.i}
    root = head
    while root.dep_ == "conj":
        root = root.head
    group |= {root.i} | {c.i for c in root.conjuncts}
    found = []
    for other in table.actors:
        if any(m.token in group for m in other.mentions):
            found.append(other)
    return found if len(found) > 1 else []


def resolve_role(head: Token, kind: str, table: ActorTable) -> Actor | None:
    """'the minister' → the latest person whose title has that word; 'the ministry' → the latest
    organisation whose name ends in it."""
    word = head.lemma_.lower()
    best, best_token = None, -1
    for actor in table.actors:
        d = actor.description
        if kind == "person":
            if d.kind != "person" or not d.title or word not in d.title.lower().split():
                continue
        elif d.kind not in ("organization", "group") or not d.norm.endswith(word):
            continue
        mention = actor.last_before(head.i)
        if mention is not None and mention.token > best_token:
            best, best_token = actor, mention.token
    return best


def resolve_counted(head: Token, count: int, refers: str, table: ActorTable) -> list[Actor]:
    """'the two men' → the two people named last before; 'the two countries' → two countries."""
    kinds = {"person"} if refers == "person" else {"country"}
    ranked = []
    for actor in table.actors:
        if actor.description.kind in kinds:
            mention = actor.last_before(head.i)
            if mention is not None:
                ranked.append((mention.token, actor))
    ranked.sort(key=lambda pair: -pair[0])
    chosen = [actor for _, actor in ranked[:count]]
    return chosen if len(chosen) == count else []
