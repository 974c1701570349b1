"""Dates: finding date expressions and resolving them against the publication date.

``component`` (the ``eventwire_times`` spaCy factory) writes ``doc._.times``; ``attach`` gives an
event its date (``event_date(doc, trigger)``, the interface later stages read); ``parse``,
``tense`` and ``resolve`` are the steps in between; the words they use live in ``data/*.yaml``.
"""

from eventwire.timex.attach import event_date

__all__ = ["event_date"]
