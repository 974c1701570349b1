"""The FastAPI application factory: store access, limits, routes and the dashboard."""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from eventwire.api import charts, dashboard, incidents, read, write
from eventwire.api.limits import BodyLimit
from eventwire.api.stores import StoreAccess
from eventwire.store import StoreError

DEFAULT_MAX_BODY = 2 * 1024 * 1024  # 2 MiB: a long article is ~100 KB of text


def create_app(
    store_url: str,
    *,
    token: str | None = None,
    readonly: bool = True,
    max_body: int = DEFAULT_MAX_BODY,
) -> FastAPI:
    """The API and dashboard over the store at ``store_url`` (SQLite path or postgresql:// URL).

    ``token`` enables ``POST /process`` and ``POST /articles`` for requests that carry it as a
    bearer token; ``readonly`` (the default) refuses storing even then. Request bodies larger
    than ``max_body`` bytes are refused with 413.
    """
    from eventwire import __version__

    stores = StoreAccess(store_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if app.state.token:
            write.warm_up()
        yield
        stores.close()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        summary="Events, quotes and actors extracted from news text, from an eventwire store.",
        docs_url=None,  # Swagger UI loads from a CDN; /docs is our own offline page instead
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.stores = stores
    app.state.token = token or None
    app.state.readonly = readonly

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", dashboard.CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    @app.exception_handler(StoreError)
    async def store_error(request: Request, err: StoreError) -> JSONResponse:
        # the store names what is wrong with the query (a bad value, a read-only store...)
        return JSONResponse({"detail": str(err)}, status_code=400)

    @app.get("/health", tags=["server"], summary="Server status")
    def health() -> dict:
        return {
            "status": "ok",
            "version": __version__,
            "readonly": app.state.readonly,
            "writes": bool(app.state.token) and not app.state.readonly,
            "process": bool(app.state.token),
        }

    app.include_router(read.router)
    app.include_router(incidents.router)
    app.include_router(write.router)
    app.include_router(dashboard.router)
    app.include_router(charts.router)
    app.mount("/static", dashboard.static_files(), name="static")
    app.add_middleware(BodyLimit, max_body=max_body)
    return app
