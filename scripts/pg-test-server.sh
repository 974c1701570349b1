#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests: trust auth, 127.0.0.1 only, data in a temp folder.
#   scripts/pg-test-server.sh start DIR PORT   -> prints postgresql://postgres@127.0.0.1:PORT/postgres
#   scripts/pg-test-server.sh stop DIR
# Run as root, it runs initdb and pg_ctl as the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail

BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
cmd="${1:-}"
dir="${2:-}"

usage() { echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2; }
[ -n "$cmd" ] && [ -n "$dir" ] || usage
[ -x "$BIN/initdb" ] || { echo "$0: PostgreSQL not installed ($BIN/initdb missing)" >&2; exit 3; }

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    port="${3:-}"
    [ -n "$port" ] || usage
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_pg "$BIN/initdb" -D "$dir/data" -U postgres --auth=trust --locale=C.UTF-8 \
      --encoding=UTF8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_pg "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *) usage ;;
esac
