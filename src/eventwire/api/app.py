"""The FastAPI application factory: store access, limits, routes and the dashboard."""

from __future__ import annotations

import json
import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from eventwire.api import charts, dashboard, incidents, read, write
from eventwire.api.limits import BodyLimit
from eventwire.api.stores import StoreAccess
from eventwire.store import StoreError
from eventwire.store.pool import DEFAULT_SIZE, PoolTimeout

log = logging.getLogger(__name__)
DEFAULT_MAX_BODY = 2 * 1024 * 1024  # 2 MiB: a long article is ~100 KB of text


class AsciiJSONResponse(JSONResponse):
    """JSON with every non-ASCII character escaped: renders whatever strings it is given."""

    def render(self, content) -> bytes:
        return json.dumps(content, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def create_app(
    store_url: str,
    *,
    token: str | None = None,
    readonly: bool = True,
    max_body: int = DEFAULT_MAX_BODY,
    pool_size: int = DEFAULT_SIZE,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The API and dashboard over the store at ``store_url`` (SQLite path or postgresql:// URL).

    ``token`` enables ``POST /process`` and ``POST /articles`` for requests that carry it as a
    bearer token; ``readonly`` (the default) refuses storing even then. Request bodies larger
    than ``max_body`` bytes are refused with 413. At most ``pool_size`` read-only connections
    are open at once. ``allowed_hosts`` (names, addresses, ``*.example.org``) is what the Host
    header may say; a request naming another host gets 400 (DNS rebinding). None: no check.
    """
    from eventwire import __version__

    stores = StoreAccess(store_url, pool_size=pool_size)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if app.state.token:
            write.warm_up()
        stores.pool()  # open the fixed set of reading connections before the first request
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

    @app.middleware("http")
    async def no_tracebacks(request: Request, call_next):
        # the last line of defence: a bug answers a one-line JSON 500, the log gets one line
        try:
            return await call_next(request)
        except Exception as err:  # noqa: BLE001
            log.error("%s %s failed: %s: %s", request.method, request.url.path,
                      err.__class__.__name__, err)
            return JSONResponse({"detail": "internal error (see the server log)"}, 500)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError) -> JSONResponse:
        # FastAPI's own answer echoes the input, which may hold a lone surrogate that no UTF-8
        # can carry (a 500): say where and what, without the input
        errors = [{k: v for k, v in e.items() if k != "input"} for e in err.errors()]
        return AsciiJSONResponse({"detail": jsonable_encoder(errors)}, status_code=422)

    @app.exception_handler(PoolTimeout)
    async def busy(request: Request, err: PoolTimeout) -> JSONResponse:
        return JSONResponse(
            {"detail": f"the server is busy: {err}"}, status_code=503, headers={"Retry-After": "1"}
        )

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
    if allowed_hosts is not None:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    return app
