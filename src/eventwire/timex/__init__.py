"""Dates: finding date expressions and resolving them against the publication date.

``component`` (the ``eventwire_times`` spaCy factory) writes ``doc._.times``; ``attach`` gives an
event its date; ``parse``, ``tense`` and ``resolve`` are the steps in between; the words they
use live in ``data/*.yaml``.
"""
