"""Turn an :class:`EventFilter` into a parameterised SQL WHERE clause over the events table."""

from __future__ import annotations

from eventwire.store import EventFilter, StoreError


def like_escape(value: str) -> str:
    """Escape LIKE wildcards so user text matches literally (the clause uses ESCAPE '\\')."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def prefix(value: str) -> str:
    return like_escape(value.strip().upper()) + "%"


def contains(value: str) -> str:
    return "%" + like_escape(value.strip().lower()) + "%"


def _date(name: str, value: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise StoreError(f"{name} {value!r} is not a date (use YYYY-MM-DD)") from None


def event_where(f: EventFilter | None, alias: str = "e") -> tuple[str, list]:
    """(" WHERE ...", params) selecting the events ``f`` asks for; ("", []) for no filter."""
    if f is None:
        return "", []
    e = f"{alias}." if alias else ""
    parts: list[str] = []
    params: list = []
    like = "LIKE ? ESCAPE '\\'"
    if f.actor:
        parts.append(f"({e}source_code {like} OR {e}target_code {like})")
        params += [prefix(f.actor)] * 2
    if f.country:
        parts.append(f"({e}source_country = ? OR {e}target_country = ?)")
        params += [f.country.strip().upper()] * 2
    if f.dyad:
        if len(f.dyad) != 2:
            raise StoreError(f"dyad {f.dyad!r} must be a (source, target) pair")
        src, tgt = f.dyad
        if src:
            parts.append(f"{e}source_code {like}")
            params.append(prefix(src))
        if tgt:
            parts.append(f"{e}target_code {like}")
            params.append(prefix(tgt))
    if f.cameo:
        parts.append(f"{e}cameo {like}")
        params.append(like_escape(f.cameo.strip()) + "%")
    if f.root:
        parts.append(f"{e}cameo_root = ?")
        params.append(f.root.strip().zfill(2))
    if f.plover:
        parts.append(f"{e}plover_type = ?")
        params.append(f.plover.strip().upper())
    if f.quad_class is not None:
        try:
            quad = int(f.quad_class)
        except (TypeError, ValueError):
            raise StoreError(f"quad_class {f.quad_class!r} must be 1, 2, 3 or 4") from None
        if quad not in (1, 2, 3, 4):
            raise StoreError(f"quad_class {quad} must be 1, 2, 3 or 4")
        parts.append(f"{e}quad_class = ?")
        params.append(quad)
    if f.since:
        parts.append(f"{e}day >= ?")
        params.append(_date("since", f.since))
    if f.until:
        parts.append(f"{e}day <= ?")
        params.append(_date("until", f.until))
    if f.place:
        parts.append(f"lower({e}place_name) = ?")
        params.append(f.place.strip().lower())
    if f.q:
        parts.append(f"(lower({e}sentence_text) {like} OR lower({e}trigger_text) {like})")
        params += [contains(f.q)] * 2
    if f.article:
        parts.append(f"{e}article_id = ?")
        params.append(f.article.strip())
    if not parts:
        return "", []
    return " WHERE " + " AND ".join(parts), params


def and_where(where: str, extra: str) -> str:
    """Add one more condition to a clause from :func:`event_where`."""
    return f"{where} AND {extra}" if where else f" WHERE {extra}"
