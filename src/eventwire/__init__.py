"""eventwire: who did or said what to whom, when and where, from news text.

The library is the product; the ``eventwire`` command and the HTTP API are thin shells over it::

    import eventwire
    record = eventwire.process(text, published="2024-04-08")   # one article -> dict (eventwire/1)
    nlp = eventwire.load()                                      # spaCy Language with our components
    record = eventwire.to_record(nlp(text), published="2024-04-08")
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("eventwire")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+src"

from eventwire.article import Article, Failure  # noqa: E402
from eventwire.nlp import load  # noqa: E402
from eventwire.pipeline import process, process_article  # noqa: E402
from eventwire.record import to_record, validate  # noqa: E402

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
