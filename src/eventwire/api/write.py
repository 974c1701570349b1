"""Endpoints that run the pipeline: ``POST /process`` (record out) and ``POST /articles`` (stored).

Both need the operator's token; storing also needs a server that is not read-only.
"""

from __future__ import annotations

import logging
import threading

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from pydantic import BaseModel, Field

from eventwire.api.auth import require_token

log = logging.getLogger(__name__)
router = APIRouter()
_pipeline_lock = threading.Lock()  # one article through spaCy at a time: bounded CPU and memory


class ArticleIn(BaseModel):
    """One article to process."""

    text: str = Field(min_length=1, description="the article text (raw; it is cleaned first)")
    published: str | None = Field(
        None,
        max_length=100,
        description="publication date, checked as the CLI checks it (2016-12-17, 17 December 2016)",
    )
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    id: str | None = Field(None, max_length=200, description="your own identifier, kept as given")


def warm_up() -> threading.Thread:
    """Load the spaCy pipeline in the background, so the first POST does not wait for it."""

    def load() -> None:
        with _pipeline_lock:  # importing spaCy too: two threads must not import it at once
            try:
                from eventwire.pipeline import default_nlp

                default_nlp()
            except Exception as err:  # noqa: BLE001 - reported again, clearly, on the first POST
                log.warning("loading the pipeline failed: %s", err)

    thread = threading.Thread(target=load, name="eventwire-warm-up", daemon=True)
    thread.start()
    return thread


def _article(body: ArticleIn):
    """The Article of a request, checked exactly as a JSONL line of the CLI is (a real date, a
    text that is not only white space, no lone surrogates, the text limit); 422 otherwise."""
    from eventwire.ingest.errors import ReadError
    from eventwire.ingest.jsonl import article_from_fields

    try:
        article = article_from_fields(body.model_dump(), "request body")
    except ReadError as err:
        raise HTTPException(422, f"request body: {err}") from None
    article.path = None
    return article


def _process(article) -> dict:
    from eventwire.nlp import ModelError
    from eventwire.pipeline import process_article

    with _pipeline_lock:
        try:
            return process_article(article)
        except ModelError as err:
            raise HTTPException(503, f"the pipeline is not available: {err}") from None
        except Exception as err:
            # a bug or a missing data file in a component: say so as JSON, keep serving
            log.exception("processing an article failed")
            raise HTTPException(
                500, f"processing the article failed: {err.__class__.__name__}: {err}"
            ) from None


@router.post(
    "/process",
    tags=["pipeline"],
    summary="Process one article and return its record (not stored)",
    dependencies=[Depends(require_token)],
)
def process(body: ArticleIn) -> dict:
    return _process(_article(body))


@router.post(
    "/articles",
    tags=["articles"],
    summary="Process one article and store it",
    dependencies=[Depends(require_token)],
    status_code=201,
)
def add_article(body: ArticleIn, request: Request, response: Response) -> dict:
    """Stores the record; an article already stored (same text) is recognised before the
    pipeline runs and not stored twice (200), as ``eventwire ingest`` does."""
    if request.app.state.readonly:
        raise HTTPException(403, "this server is read-only: start it with a token to allow writing")
    article = _article(body)
    with request.app.state.stores.reader() as store:  # borrowed from the pool, given back
        with _pipeline_lock:  # cleaning imports spaCy, which the warm-up may be importing
            from eventwire.store.known import SkipStored

            rid = SkipStored(store).stored(article)
        record = store.article(rid) if rid is not None else None
    added = False
    if record is None:
        record = _process(article)
        with request.app.state.stores.writer() as writer:
            from eventwire.incidents import (
                ingest as ingest_records,  # events grouped as they arrive
            )

            added = bool(getattr(ingest_records(writer, [record]), "added", 0))
    if not added:
        response.status_code = 200
    return {
        "id": record["id"],
        "added": added,
        "events": len(record["events"]),
        "quotes": len(record["quotes"]),
        "actors": len(record["actors"]),
        "href": f"/articles/{record['id']}",
    }
