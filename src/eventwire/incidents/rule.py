"""The compatibility rule: when two events (of one article or of two) tell one occurrence.

Two events are *compatible* when they are in the same CAMEO family, their source and target
countries agree (a missing side agrees with any), their sectors agree where both are known, their
days are within the window their precision allows, their places (when both are resolved) are
close, and the counts in their clauses do not contradict. Compatible events are *linked* when
their wording is similar enough: the mean of the similarity of the trigger's clauses and of the
articles' titles and leads. Between two articles, the linked pairs count only when the articles
as a whole carry enough evidence (:func:`linked_pairs`). See docs/incidents.md for the rule in
words.
"""

from __future__ import annotations

import datetime as dt
import math

from eventwire.incidents.passages import missing_passages
from eventwire.incidents.settings import sector_groups, settings
from eventwire.incidents.signature import ArticleSignature, EventSignature
from eventwire.incidents.words import weight, weighted_dice

EARTH_KM = 6371.0


def window(a: EventSignature, b: EventSignature) -> int | None:
    """How many days apart the two may be, or None when either is too vague to compare."""
    days = settings().window_days
    if a.precision == "vague" or b.precision == "vague" or not a.day or not b.day:
        return None
    return max(days[a.precision], days[b.precision])


def days_apart(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def _agree(x: str | None, y: str | None) -> bool:
    return x is None or y is None or x == y


def sectors_agree(x: str | None, y: str | None) -> bool:
    """Equal, unknown on either side, or in one group of ``data/sector_groups.tsv``."""
    if _agree(x, y):
        return True
    groups = sector_groups()
    return groups.get(x, x) == groups.get(y, y)


def _sides(a: EventSignature, b: EventSignature, swap: bool) -> bool:
    b_src = (b.target_country, b.target_sector) if swap else (b.source_country, b.source_sector)
    b_tgt = (b.source_country, b.source_sector) if swap else (b.target_country, b.target_sector)
    return (
        _agree(a.source_country, b_src[0])
        and _agree(a.target_country, b_tgt[0])
        and sectors_agree(a.source_sector, b_src[1])
        and sectors_agree(a.target_sector, b_tgt[1])
    )


def sides_agree(a: EventSignature, b: EventSignature) -> bool:
    """Same countries (and compatible sectors) on each side; a missing side agrees with any.
    In an unordered family (meetings) the sides may also be told the other way round."""
    if _sides(a, b, swap=False):
        return True
    return a.family in settings().unordered_families and _sides(a, b, swap=True)


def distance_km(a: EventSignature, b: EventSignature) -> float | None:
    """Great-circle distance between the two events' places, None when either is unresolved."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def numbers_agree(a: EventSignature, b: EventSignature) -> bool:
    """The counts of the two clauses do not contradict: one has none, they share one, or each
    has a single count and the two are within the allowed ratio (a toll that grew)."""
    if not a.numbers or not b.numbers or set(a.numbers) & set(b.numbers):
        return True
    if len(a.numbers) > 1 or len(b.numbers) > 1:
        return False
    x, y = a.numbers[0], b.numbers[0]
    if min(x, y) == 0:
        return False
    return max(x, y) / min(x, y) <= settings().number_ratio


def compatible(a: EventSignature, b: EventSignature) -> bool:
    """Whether the two events can be one occurrence at all (family, sides, days, place, counts)."""
    if a.family is None or a.family != b.family:
        return False
    if not sides_agree(a, b):
        return False
    same_article = a.article_id == b.article_id
    if not same_article:
        limit = window(a, b)
        if limit is None or days_apart(a.day, b.day) > limit:
            return False
    elif a.day and b.day and a.precision == b.precision == "day" and a.day != b.day:
        return False  # one article dating the two to different days tells two occurrences
    far = distance_km(a, b)
    if far is not None and far > settings().max_distance_km:
        return False
    return numbers_agree(a, b)


def clause_similarity(a: EventSignature, b: EventSignature) -> float:
    """Weighted Dice overlap of the clauses' content words; 0 when either is too short to tell."""
    floor = settings().min_words
    if len(a.words) < floor or len(b.words) < floor:
        return 0.0
    return weighted_dice(a.words, b.words)


def article_similarity(art_a: ArticleSignature, art_b: ArticleSignature) -> float:
    """How alike two articles are: the mean of the weighted overlaps of their titles and of their
    leads (the lead alone when either has no title). Titles name the story; leads tell it."""
    lead = weighted_dice(art_a.words, art_b.words)
    if not art_a.title_words or not art_b.title_words:
        return lead
    return (weighted_dice(art_a.title_words, art_b.title_words) + lead) / 2


def _shared_beyond_names(
    a: EventSignature, b: EventSignature, art_a: ArticleSignature, art_b: ArticleSignature
) -> tuple[frozenset[str], frozenset[str]]:
    """The words the two clauses share and those the two titles share, leaving out every word of
    either article's actor names."""
    names = art_a.names | art_b.names
    return a.words & b.words - names, art_a.title_words & art_b.title_words - names


def specific_words(
    a: EventSignature, b: EventSignature, art_a: ArticleSignature, art_b: ArticleSignature
) -> frozenset[str]:
    """What the two tellings share beyond their protagonists: the words their clauses or their
    titles share, the actors' names left out."""
    clause_words, title_words = _shared_beyond_names(a, b, art_a, art_b)
    return clause_words | title_words


def specific_evidence(
    a: EventSignature, b: EventSignature, art_a: ArticleSignature, art_b: ArticleSignature
) -> float:
    """How much the two tellings share beyond their protagonists: the summed rarity weights of
    the words their clauses share plus those their titles share (a word in both counts twice).
    Two stories about one candidate on one day share the name; two reports of one occurrence
    also share what happened ("subpoena", "mosque", "Kandahar")."""
    clause_words, title_words = _shared_beyond_names(a, b, art_a, art_b)
    return sum(map(weight, clause_words)) + sum(map(weight, title_words))


def publication_gap(art_a: ArticleSignature, art_b: ArticleSignature) -> int:
    """Days between the two articles' publication days (0 when either is unknown)."""
    if not art_a.published or not art_b.published:
        return 0
    return days_apart(art_a.published, art_b.published)


def link(
    a: EventSignature, b: EventSignature, art_a: ArticleSignature, art_b: ArticleSignature,
    article_sim: float,
) -> float | None:
    """The link score of two events of different articles whose articles are ``article_sim``
    alike, or None when they are not one occurrence.

    Each day between the two publications raises the article floor and the score threshold
    (``per_day_apart``): reports of one occurrence mostly appear the same day, and articles a day
    or two apart about the same people are more often a different development. Two articles of
    one publisher need a higher score (``same_publisher_score``): an outlet's second story on the
    same people within days is more often a follow-up on another development. The tellings must
    also share specific wording beyond their protagonists (:func:`specific_evidence`).
    """
    s = settings()
    gap = publication_gap(art_a, art_b)
    if article_sim < s.article_min + s.per_day_article * gap or not compatible(a, b):
        return None
    score = s.clause_weight * clause_similarity(a, b) + s.article_weight * article_sim
    if score < s.link_score + s.per_day_score * gap:
        return None
    if art_a.publisher and art_a.publisher == art_b.publisher and score < s.same_publisher_score:
        return None
    return score if specific_evidence(a, b, art_a, art_b) >= s.specific_min else None


def article_evidence(
    art_a: ArticleSignature, art_b: ArticleSignature, article_sim: float, shared: frozenset[str]
) -> float:
    """How strongly two articles as a whole tell one occurrence: their similarity, plus a bonus
    that grows with the logarithm of the rarity weight of ``shared`` (the specific words of all
    their linked event pairs together), minus a penalty per day between their publications.

    Alike articles need little specific wording in common; articles alike only in passing must
    share much of what happened; a protagonist's name plus one campaign word ("caucus",
    "nomination") is not enough unless the articles are close throughout.
    """
    s = settings()
    bonus = s.evidence_per_log_weight * math.log1p(sum(map(weight, shared)))
    return article_sim + bonus - s.evidence_per_day * publication_gap(art_a, art_b)


def linked_pairs(
    events_a: list[EventSignature], events_b: list[EventSignature],
    art_a: ArticleSignature, art_b: ArticleSignature, article_sim: float,
) -> list[tuple[int, int]]:
    """The (i, j) positions of the events of two different articles that are one occurrence:
    each pair must be linked (:func:`link`), and the articles' evidence over all their linked
    pairs together (:func:`article_evidence`) must reach :func:`evidence_needed`.

    Depends only on the two articles, symmetric in them, so incidents do not depend on the order
    articles arrive in or on what else the store holds.
    """
    by_family: dict[str | None, list[int]] = {}  # only events of one family can be linked
    for j, b in enumerate(events_b):
        by_family.setdefault(b.family, []).append(j)
    pairs, shared, same_code = [], frozenset(), False
    for i, a in enumerate(events_a):
        for j in by_family.get(a.family, ()):
            b = events_b[j]
            if link(a, b, art_a, art_b, article_sim) is not None:
                pairs.append((i, j))
                shared |= specific_words(a, b, art_a, art_b)
                same_code = same_code or (a.cameo is not None and a.cameo == b.cameo)
    if not pairs or article_evidence(art_a, art_b, article_sim, shared) < evidence_needed(
        art_a, art_b, same_code
    ):
        return []
    return pairs


def evidence_needed(art_a: ArticleSignature, art_b: ArticleSignature, same_code: bool) -> float:
    """The evidence two articles need: ``article_evidence.min``, plus ``other_code`` when none of
    their linked pairs codes the act the same (the same family, but never the same CAMEO code: two
    tellings that agree only on the kind of act), plus ``passages.per_missing`` for each passage
    they share word for word short of ``passages.min`` (reports of one occurrence repeat its
    words: the statement quoted, the official's line; stories of other developments about the same
    people do not).
    """
    s = settings()
    missing = missing_passages(art_a.passages, art_b.passages)
    return (
        s.evidence_min
        + (0.0 if same_code else s.evidence_other_code)
        + s.evidence_per_missing_passage * missing
    )


def link_score(
    a: EventSignature, b: EventSignature, art_a: ArticleSignature, art_b: ArticleSignature
) -> float | None:
    """How strongly the two events are one occurrence (0..1), or None when they are not, judged
    on this pair alone (between articles, :func:`linked_pairs` also weighs the articles' other
    linked pairs).

    Symmetric in its two events, so the incidents do not depend on the order articles arrive in.
    """
    if a.article_id != b.article_id:
        return link(a, b, art_a, art_b, article_similarity(art_a, art_b))
    if not compatible(a, b):
        return None
    clause_sim = clause_similarity(a, b)
    return clause_sim if clause_sim >= settings().same_article_clause else None
