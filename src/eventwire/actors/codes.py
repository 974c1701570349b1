"""CAMEO actor codes as GDELT writes them: country (or region/IGO) code followed by sector."""

from __future__ import annotations

UNKNOWN_COUNTRY = "---"
# eventwire's sectors carry PLOVER's names; a CAMEO code spells two of them otherwise: the
# media are CAMEO's MED, and health (PLOVER's MED) is CAMEO's HLH
CAMEO_SECTOR_NAMES = {"JRN": "MED", "MED": "HLH"}


def actor_code(country: str | None, sector: str | None) -> str:
    """``("RUS", "GOV")`` → ``RUSGOV``; ``(None, "MIL")`` → ``---MIL``; ``("CHN", None)`` → ``CHN``.

    A code that already ends in its sector (``IGOUNO`` + ``IGO``) is not doubled, an
    international body's officials are the body (``IGOUNO`` + ``GOV`` → ``IGOUNO``, as CAMEO
    dictionaries code the UN Security Council), and the sector is spelt as CAMEO spells it
    (``("FRA", "JRN")`` → ``FRAMED``).
    """
    base = country or UNKNOWN_COUNTRY
    if not sector or base.startswith(sector) or base.endswith(sector):
        return base
    if base.startswith("IGO") and sector == "GOV":
        return base  # an international body's officials and organs are the body (IGOUNO)
    return base + CAMEO_SECTOR_NAMES.get(sector, sector)
