"""eventwire: who did or said what to whom, when and where, from news text.

The library is the product; the ``eventwire`` command and the HTTP API are thin shells over it::

    import eventwire
    record = eventwire.process(text, published="2024-04-08")   # one article -> dict (eventwire/1)
    nlp = eventwire.load()                                      # spaCy Language with our components
    record = eventwire.to_record(nlp(text), published="2024-04-08")

Names are imported on first use, so ``import eventwire`` (and every CLI command that does not run
the pipeline) does not pay for importing spaCy.
"""

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("eventwire")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+src"

_EXPORTS = {
    "Article": "eventwire.article",
    "Failure": "eventwire.article",
    "load": "eventwire.nlp",
    "process": "eventwire.pipeline",
    "process_article": "eventwire.pipeline",
    "to_record": "eventwire.record",
    "validate": "eventwire.record",
}

__all__ = [
    "Article",
    "Failure",
    "__version__",
    "load",
    "process",
    "process_article",
    "to_record",
    "validate",
]


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
