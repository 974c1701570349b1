"""The charting library the dashboard draws with: plotly.js, served from the installed ``plotly``
Python package (its bundled ``plotly.min.js``), so the dashboard works offline and the library is
updated with ``pip``, not copied into eventwire.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

router = APIRouter(include_in_schema=False)


@lru_cache(maxsize=1)
def plotly_js() -> Path | None:
    """The path of plotly.js inside the installed plotly package, or None without plotly."""
    try:
        path = Path(str(resources.files("plotly").joinpath("package_data", "plotly.min.js")))
    except ModuleNotFoundError:
        return None
    return path if path.is_file() else None


@router.get("/vendor/plotly.min.js")
def plotly() -> FileResponse:
    """plotly.js from the installed package, cached by the browser for a day."""
    path = plotly_js()
    if path is None:
        raise HTTPException(404, "plotly is not installed: pip install plotly")
    return FileResponse(path, media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})
