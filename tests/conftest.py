"""Shared fixtures: the real pipeline, loaded once per test session."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "lavrov-beijing.txt"

# The start-up cache of built indexes goes to a fresh folder per test session (and to the
# commands the tests start), never to the developer's own cache.
os.environ.setdefault("EVENTWIRE_CACHE_DIR", tempfile.mkdtemp(prefix="eventwire-cache-"))


@pytest.fixture(scope="session")
def nlp():
    """The full eventwire pipeline (default model + all eventwire components)."""
    import eventwire

    return eventwire.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("shared seed article not available")
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def seed_record(nlp, seed_text) -> dict:
    """The seed article processed as published on 2024-04-08."""
    import eventwire

    return eventwire.process(seed_text, published="2024-04-08", nlp=nlp)


@pytest.fixture
def process(nlp):
    """Process a string with the shared pipeline: ``process(text, published=...)`` -> record."""
    import eventwire

    def run(text: str, published: str | None = "2024-04-08", **kw) -> dict:
        return eventwire.process(text, published=published, nlp=nlp, **kw)

    return run


@pytest.fixture
def quotes(nlp):
    """Run the shared pipeline on a string and return its quotes."""

    def run(text: str) -> list[dict]:
        return nlp(text)._.quotes

    return run


@pytest.fixture
def doc_of(nlp):
    """Run the shared pipeline on a string published on a given day: ``doc_of(text, published)``."""

    def run(text: str, published: str | None = "2024-04-08"):
        doc = nlp.make_doc(text)
        doc._.published = published
        return nlp(doc)

    return run
