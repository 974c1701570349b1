"""The HTTP API and dashboard over an event store: ``create_app(store_url)`` gives a FastAPI app.

Read endpoints are open; ``POST /process`` and ``POST /articles`` need the operator's bearer token,
and storing needs a server that is not read-only. See ``docs/api.md``.
"""

from eventwire.api.app import create_app

__all__ = ["create_app"]
