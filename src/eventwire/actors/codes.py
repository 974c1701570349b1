"""CAMEO actor codes as GDELT writes them: country (or region/IGO) code followed by sector."""

from __future__ import annotations

UNKNOWN_COUNTRY = "---"


def actor_code(country: str | None, sector: str | None) -> str:
    """``("RUS", "GOV")`` → ``RUSGOV``; ``(None, "MIL")`` → ``---MIL``; ``("CHN", None)`` → ``CHN``.

    A code that already ends in its sector (``IGOUNO`` + ``IGO``) is not doubled.
    """
    base = country or UNKNOWN_COUNTRY
    if not sector or base.startswith(sector) or base.endswith(sector):
        return base
    return base + sector
