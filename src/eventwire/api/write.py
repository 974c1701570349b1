"""Endpoints that run the pipeline: ``POST /process`` (record out) and ``POST /articles`` (stored).

Both need the operator's token; storing also needs a server that is not read-only.
"""

from __future__ import annotations

import logging
import threading

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from pydantic import BaseModel, Field

from eventwire.api.auth import require_token
from eventwire.api.params import ISO_DATE

log = logging.getLogger(__name__)
router = APIRouter()
_pipeline_lock = threading.Lock()  # one article through spaCy at a time: bounded CPU and memory


class ArticleIn(BaseModel):
    """One article to process."""

    text: str = Field(min_length=1, description="the article text (raw; it is cleaned first)")
    published: str | None = Field(None, pattern=ISO_DATE, description="publication date, ISO")
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
    from eventwire.article import Article

    return Article(
        text=body.text, title=body.title, url=body.url, id=body.id, published=body.published
    )


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
    store = request.app.state.stores.reader()
    with _pipeline_lock:  # cleaning imports spaCy, which the warm-up may be importing meanwhile
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
