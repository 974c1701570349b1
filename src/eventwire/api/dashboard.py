"""The dashboard at ``/`` and the API reference at ``/docs``: static files bundled in the package.

Nothing is loaded from a CDN; the pages are served with a strict Content-Security-Policy so that
even text that slipped past escaping could not run a script.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

# Scripts only from this server, so text that slipped past escaping could never run. Styles may
# be inline: plotly.js (the dashboard's charts) writes its own style rules into the page.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)

router = APIRouter(include_in_schema=False)


def static_dir() -> Path:
    """The folder of the dashboard's files inside the installed package."""
    return Path(str(resources.files("eventwire").joinpath("web", "static")))


@router.get("/")
def index() -> FileResponse:
    return FileResponse(static_dir() / "index.html", media_type="text/html")


@router.get("/docs")
def docs() -> FileResponse:
    return FileResponse(static_dir() / "docs.html", media_type="text/html")


def static_files() -> StaticFiles:
    return StaticFiles(directory=static_dir())
