"""``eventwire serve``: the HTTP API and the dashboard over a store, on 127.0.0.1 by default."""

from __future__ import annotations

import argparse
import ipaddress
import os
import socket
import sys

DEFAULT_POOL = 8
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1", "[::1]")


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
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a name or address clients may put in the Host header besides the one bound "
        "(repeatable; '*.example.org' for subdomains; '*' turns the check off)",
    )
    p.add_argument(
        "--pool-size",
        type=int,
        default=DEFAULT_POOL,
        metavar="N",
        help=f"database connections for reading, per server process (default {DEFAULT_POOL})",
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
    if not 1 <= args.max_body <= 2**31:
        raise UsageError(f"--max-body {args.max_body}: must be between 1 and {2**31} bytes")
    pool_size = getattr(args, "pool_size", DEFAULT_POOL)
    if not 1 <= pool_size <= 1000:
        raise UsageError(f"--pool-size {pool_size}: must be between 1 and 1000")
    if args.token is not None and len(args.token) < 8:
        raise UsageError("--token: use at least 8 characters")


def check_store(db: str) -> None:
    """Open the store once so that a wrong file or URL fails here, not on the first request."""
    from eventwire.commands import UsageError
    from eventwire.store import open_store

    try:
        open_store(db, readonly=True).close()
    except Exception as err:  # noqa: BLE001 - any failure to open is the user's input problem
        raise UsageError(f"--db {shown(db)!r}: cannot open the store ({masked(err, db)})") from None


def shown(db: str) -> str:
    """The store as it may be printed: a URL's password masked."""
    from eventwire.store.postgres import redact

    return redact(db) if is_url(db) else db


def masked(err: object, db: str) -> str:
    """An error message with the store URL's password masked, wherever it appears."""
    from urllib.parse import urlsplit

    text = str(err)
    password = urlsplit(db).password if is_url(db) else None
    return text.replace(password, "***") if password else text


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts(host: str, extra: list[str]) -> list[str]:
    """What the Host header may name: the bound address, loopback names when bound to loopback,
    this machine's names when bound to every interface, and ``--allow-host`` names."""
    names = {host, f"[{host}]"} if ":" in host else {host}
    if is_loopback(host) or host in ("0.0.0.0", "::"):
        names.update(LOOPBACK_NAMES)
    if host in ("0.0.0.0", "::"):
        names.update({socket.gethostname(), socket.getfqdn()})
        try:
            names.update(socket.gethostbyname_ex(socket.gethostname())[2])
        except OSError:
            pass
    names.update(extra)
    return ["*"] if "*" in names else sorted(names)


def exposure_warning(host: str, port: int, writes: bool) -> str | None:
    """What a non-loopback ``--host`` makes reachable, in one line, or None on loopback."""
    if is_loopback(host):
        return None
    where = "every network interface" if host in ("0.0.0.0", "::", "") else f"address {host}"
    what = "the store's articles, events and quotes" + (
        " and, with the token, POST /process and /articles" if writes else ""
    )
    return (
        f"eventwire serve: warning: --host {host} serves {what} to anyone who can reach "
        f"port {port} on {where} (no TLS; use a reverse proxy or a firewall)"
    )


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from eventwire.api import create_app

    check_args(args)
    check_store(args.db)
    readonly = args.read_only or not args.token
    app = create_app(
        args.db,
        token=args.token,
        readonly=readonly,
        max_body=args.max_body,
        pool_size=args.pool_size,
        allowed_hosts=allowed_hosts(args.host, args.allow_host),
    )
    mode = "read-only" if readonly else "read-write (token required)"
    warning = exposure_warning(args.host, args.port, bool(args.token))
    if warning:
        print(warning, file=sys.stderr, flush=True)
    print(
        f"eventwire serve: {shown(args.db)} ({mode}) at http://{args.host}:{args.port}/ "
        f"- API reference at /docs",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
