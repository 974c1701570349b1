"""``eventwire serve``: the HTTP API and the dashboard over a store, on 127.0.0.1 by default."""

from __future__ import annotations

import argparse
import os
import sys


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "serve",
        help="serve the HTTP API and dashboard over a store",
        description="Serve the dashboard (/) and the HTTP API (reference at /docs) over a store. "
        "Reading is open; POST /process and POST /articles need the token.",
    )
    p.add_argument(
        "--db", required=True, metavar="PATH|URL", help="SQLite file or postgresql:// URL"
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument(
        "--token",
        default=os.environ.get("EVENTWIRE_TOKEN"),
        metavar="T",
        help="bearer token that enables POST /process and POST /articles "
        "(default: $EVENTWIRE_TOKEN; without one the server only reads)",
    )
    p.add_argument(
        "--read-only",
        action="store_true",
        help="never store, even with a token (POST /articles off)",
    )
    p.add_argument(
        "--max-body",
        type=int,
        default=2 * 1024 * 1024,
        metavar="BYTES",
        help="largest request body accepted (default 2 MiB)",
    )
    return p


def is_url(db: str) -> bool:
    return db.startswith(("postgresql://", "postgres://"))


def check_args(args: argparse.Namespace) -> None:
    """Refuse what cannot work before starting the server, naming the problem."""
    from eventwire.commands import UsageError

    if not is_url(args.db) and not os.path.isfile(args.db):
        raise UsageError(
            f"--db {args.db!r}: no such database file (create it with eventwire ingest)"
        )
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port}: must be between 0 and 65535")
    if args.max_body < 1:
        raise UsageError(f"--max-body {args.max_body}: must be a positive number of bytes")
    if args.token is not None and len(args.token) < 8:
        raise UsageError("--token: use at least 8 characters")


def check_store(db: str) -> None:
    """Open the store once so that a wrong file or URL fails here, not on the first request."""
    from eventwire.commands import UsageError
    from eventwire.store import open_store

    try:
        open_store(db, readonly=True).close()
    except Exception as err:  # noqa: BLE001 - any failure to open is the user's input problem
        raise UsageError(f"--db {db!r}: cannot open the store ({err})") from None


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from eventwire.api import create_app

    check_args(args)
    check_store(args.db)
    readonly = args.read_only or not args.token
    app = create_app(args.db, token=args.token, readonly=readonly, max_body=args.max_body)
    mode = "read-only" if readonly else "read-write (token required)"
    print(
        f"eventwire serve: {args.db} ({mode}) at http://{args.host}:{args.port}/ "
        f"- API reference at /docs",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
