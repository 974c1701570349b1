"""The reporting-cue lexicon (verbs, phrases, document nouns), read from ``data/cues.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from eventwire import data


@dataclass(frozen=True)
class Lexicon:
    """Lower-cased cue words; ``phrases`` are tuples of tokens."""

    verbs: frozenset[str]
    belief_verbs: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    documents: frozenset[str]
    audiences: frozenset[str]
    intention_verbs: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    addressee_verbs: frozenset[str] = frozenset()
    prep_cues: dict[str, frozenset[str]] | None = None
    phrase_firsts: frozenset[str] = frozenset()  # first words of ``phrases``, a quick reject
    hedge_verbs: frozenset[str] = frozenset()
    hedge_adverbs: frozenset[str] = frozenset()
    lemma_fixes: dict[str, str] | None = None
    noun_cues: dict[str, frozenset[str]] | None = None
    as_verbs: frozenset[str] = frozenset()
    survey_nouns: frozenset[str] = frozenset()
    not_labels: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()

    def lemma(self, token: Token) -> str:
        """The token's lower-cased lemma, corrected where the lemmatizer is known to slip
        ("hoping" → "hop")."""
        lemma = token.lemma_.lower()
        return (self.lemma_fixes or {}).get(token.lower_, lemma)

    def preps_for(self, lemma: str) -> frozenset[str]:
        """Prepositions whose object is the content of ``lemma`` ("call for" → {"for", "on"})."""
        return (self.prep_cues or {}).get(lemma.lower(), frozenset())

    def is_cue_verb(self, lemma: str) -> bool:
        """True for a reporting verb (a lemma of ``verbs``)."""
        return lemma.lower() in self.verbs

    def is_any_verb(self, lemma: str) -> bool:
        """True for a reporting verb or a verb of stated belief."""
        return lemma.lower() in self.verbs or lemma.lower() in self.belief_verbs


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged cue lexicon (read once)."""
    raw = data.read_yaml("quotes", "cues.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or [])

    phrases = tuple(
        sorted(
            (tuple(str(p).lower().split()) for p in raw.get("phrases") or []), key=len, reverse=True
        )
    )
    prep_cues = {
        str(verb).lower(): frozenset(str(p).lower() for p in preps or [])
        for verb, preps in (raw.get("prep_cues") or {}).items()
    }
    return Lexicon(
        verbs=words("verbs"),
        belief_verbs=words("belief_verbs"),
        phrases=phrases,
        documents=words("documents"),
        audiences=words("audiences"),
        intention_verbs=words("intention_verbs"),
        stance_verbs=words("stance_verbs"),
        addressee_verbs=words("addressee_verbs"),
        prep_cues=prep_cues,
        phrase_firsts=frozenset(p[0] for p in phrases if p),
        hedge_verbs=words("hedge_verbs"),
        hedge_adverbs=words("hedge_adverbs"),
        noun_cues={
            str(noun).lower(): frozenset(str(p).lower() for p in links or [])
            for noun, links in (raw.get("noun_cues") or {}).items()
        },
        as_verbs=words("as_verbs"),
        survey_nouns=words("survey_nouns"),
        not_labels=words("not_labels"),
        question_verbs=words("question_verbs"),
        naming_verbs=words("naming_verbs"),
        lemma_fixes={
            str(form).lower(): str(lemma).lower()
            for form, lemma in (raw.get("lemma_fixes") or {}).items()
        },
    )
