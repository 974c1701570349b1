"""Events: who did what to whom, coded in CAMEO and PLOVER from verbs, nouns and speech.

The ontology (:mod:`.ontology`) and the pattern lexicon (:mod:`.lexicon`) are data files under
``data/``. The component (:mod:`.component`) codes a parsed Doc in three steps: :mod:`.matching`
applies the lexicon at each word and returns matches over tokens; :mod:`.frame_rules` combines
and transforms a sentence's matches (frames, speech, futures, leaf :mod:`.refinements`);
:mod:`.build` turns them into record-shaped event dicts with actor ids.
"""
