"""Events: who did what to whom, coded in CAMEO and PLOVER from verbs, nouns and speech.

The ontology (:mod:`.ontology`) and the pattern lexicon (:mod:`.lexicon`) are data files under
``data/``; :mod:`.coder` applies the lexicon to a parsed Doc and returns matches over spans;
:mod:`.resolve` turns those into record-shaped event dicts with actor ids.
"""
