"""Cleaning: repair of the text the readers extracted, before any NLP sees it.

:func:`clean` unwraps hard-wrapped lines, rejoins words split across line and page breaks and
moves page furniture (captions, credits, URLs, "Related" lines, running headers) to the
``removed`` list of the :class:`Cleaned` it returns. The cue words live in
``data/cleaning.yaml``. This package reads text only: it imports nothing from ``ingest/``.
"""

from eventwire.clean.repair import Cleaned, clean, normalise

__all__ = ["Cleaned", "clean", "normalise"]
