"""The rule's settings and CAMEO families, read once from the data files beside this module."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire import data


@dataclass(frozen=True)
class Settings:
    """The numbers of the incident rule (``data/rule.yaml``)."""

    window_days: dict[str, int]
    max_distance_km: float
    number_ratio: float
    clause_weight: float
    article_weight: float
    link_score: float
    article_min: float
    specific_min: float
    per_day_article: float
    per_day_score: float
    same_publisher_score: float
    evidence_min: float
    evidence_other_code: float
    evidence_per_log_weight: float
    evidence_per_day: float
    passage_words: int
    passage_content_words: int
    passages_min: int
    evidence_per_missing_passage: float
    same_article_clause: float
    lead_sentences: int
    min_words: int
    unordered_families: frozenset[str]


def _data(name: str) -> str:
    return data.read_text("incidents", name)


@lru_cache(maxsize=1)
def settings() -> Settings:
    raw = data.read_yaml("incidents", "rule.yaml")
    return Settings(
        window_days={k: int(v) for k, v in raw["window_days"].items()},
        max_distance_km=float(raw["max_distance_km"]),
        number_ratio=float(raw["number_ratio"]),
        clause_weight=float(raw["weights"]["clause"]),
        article_weight=float(raw["weights"]["article"]),
        link_score=float(raw["link_score"]),
        article_min=float(raw["article_min"]),
        specific_min=float(raw["specific_min"]),
        per_day_article=float(raw["per_day_apart"]["article_min"]),
        per_day_score=float(raw["per_day_apart"]["link_score"]),
        same_publisher_score=float(raw["same_publisher_score"]),
        evidence_min=float(raw["article_evidence"]["min"]),
        evidence_other_code=float(raw["article_evidence"]["other_code"]),
        evidence_per_log_weight=float(raw["article_evidence"]["per_log_weight"]),
        evidence_per_day=float(raw["article_evidence"]["per_day_apart"]),
        passage_words=int(raw["article_evidence"]["passages"]["words"]),
        passage_content_words=int(raw["article_evidence"]["passages"]["content_words"]),
        passages_min=int(raw["article_evidence"]["passages"]["min"]),
        evidence_per_missing_passage=float(raw["article_evidence"]["passages"]["per_missing"]),
        same_article_clause=float(raw["same_article_clause"]),
        lead_sentences=int(raw["lead_sentences"]),
        min_words=int(raw["min_words"]),
        unordered_families=frozenset(raw.get("unordered_families") or ()),
    )


@lru_cache(maxsize=1)
def families() -> dict[str, str]:
    """CAMEO code prefix -> family (``data/families.tsv``)."""
    out = {}
    for line in _data("families.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        prefix, family, *_ = line.split("\t")
        out[prefix.strip()] = family.strip()
    return out


@lru_cache(maxsize=1)
def sector_groups() -> dict[str, str]:
    """Actor sector -> the group of sectors outlets use interchangeably (``data/sector_groups.tsv``)."""
    out = {}
    for line in _data("sector_groups.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            sector, group = line.split("\t")[:2]
            out[sector.strip()] = group.strip()
    return out


def family(cameo: str | None) -> str | None:
    """The family of a CAMEO code: its longest listed prefix's, else its root."""
    if not cameo:
        return None
    table = families()
    for n in range(len(cameo), 1, -1):
        if cameo[:n] in table:
            return table[cameo[:n]]
    return cameo[:2]
