"""Places: finding place names and resolving them against the gazetteer.

The ``eventwire_places`` component (:mod:`.component`) writes ``doc._.places``; later stages
read them through ``event_place(doc, trigger)``, the place where an event happened.
"""

from eventwire.geo.attach import event_place

__all__ = ["event_place"]
