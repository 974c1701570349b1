"""Leaf refinements: a code whose CAMEO branch splits by what the act is about takes the leaf
its clause names ("demanded the president's resignation" -> 1041, "halted economic aid" ->
1621, "rallied for independence" -> 1414), from the tables under ``refinements`` in
``frames.yaml``; the word nearest the trigger decides."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire import syntax
from eventwire.events import ontology
from eventwire.events.lexicon import frames


@lru_cache(maxsize=1)
def _tables() -> list[tuple[dict[str, str], dict[str, str], frozenset[str]]]:
    """(code -> branch head, word -> leaf digit, heads that skip the object) per table."""
    out = []
    for table in (frames().get("refinements") or {}).values():
        words: dict[str, str] = {}
        for leaf, ws in (table.get("leaves") or {}).items():
            for w in ws:
                words.setdefault(str(w).lower(), str(leaf))
        out.append(({str(k): str(v) for k, v in (table.get("branches") or {}).items()}, words,
                    frozenset(str(x) for x in table.get("skip_object") or ())))
    return out


def _forms(tok: Token) -> list[str]:
    """Ways the word may be listed: with its compound ("war crime"), its particle ("step
    down"), its lemma, its lower-case form."""
    lemma = tok.lemma_.lower()
    out = [f"{c.lemma_.lower()} {lemma}" for c in tok.children if c.dep_ in ("compound", "amod")]
    out += [f"{lemma} {c.lower_}" for c in tok.children if c.dep_ == "prt"]
    return out + [lemma, tok.lower_]


def _scope(anchor: Token, *, skip_object: bool) -> list[Token]:
    """The anchor's clause without its subject (and without its object where that is not what
    the act is about)."""
    skip = set(syntax.SUBJECT_DEPS + syntax.PASSIVE_SUBJECT_DEPS) | ({"dobj"} if skip_object else set())
    out, stack = [], [anchor]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack += [c for c in tok.children if not (tok.i == anchor.i and c.dep_ in skip)]
    return out


def _plain(tok: Token) -> bool:
    """A common word, not part of a name ("Democratic Republic", "Freedom Party")."""
    return tok.pos_ != "PROPN" and tok.ent_type_ in ("", "NORP")


def leaf_code(code: str, trigger: Token, anchor: Token | None = None) -> str | None:
    """The leaf code for ``code`` when the trigger's clause says what the act is about, else
    None."""
    anchor = anchor if anchor is not None else trigger
    for branches, words, skips in _tables():
        branch = branches.get(code)
        if branch is None:
            continue
        scope = _scope(anchor, skip_object=branch in skips and anchor.i == trigger.i)
        found = []
        for t in scope:
            if t.i == trigger.i or not _plain(t):
                continue
            for rank, form in enumerate(_forms(t)):
                if form in words:
                    found.append((abs(t.i - trigger.i), rank, words[form]))
                    break
        if found:
            leaf = branch + min(found)[2]
            return leaf if ontology.is_code(leaf) else None
    return None
