#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: Debian's `postgresql` (installed with apt-get when absent),
# `initdb` in a temporary folder as the `postgres` user, `pg_ctl` on a free port with its unix socket in
# that folder, one database `impact_test`. No system service is used or needed.
#
#   source scripts/ensure-postgres.sh     # starts it, exports DATABASE_URL and PG_TEST_DIR
#   stop_test_postgres                    # stops it and removes the folder (call it from a trap)
#
# Settings for speed, never for production: fsync and synchronous_commit off (the data is thrown away).
# Sourced, it keeps the caller's shell options (.ci/run runs it under `set -euo pipefail`).

_pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

if [ -z "$(_pg_bin)" ]; then
    SUDO=""
    if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
    echo "Installing PostgreSQL for the PostgreSQL test run (apt-get)…"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN=$(_pg_bin)
PG_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
PG_TEST_DIR=$(mktemp -d /tmp/impact-pg.XXXXXX)
export PG_TEST_DIR PG_BIN PG_PORT

# initdb refuses to run as root: as root, run the server as `postgres`; as anyone else, as oneself.
_as_pg() {
    if [ "$(id -u)" = "0" ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
if [ "$(id -u)" = "0" ]; then chown postgres "$PG_TEST_DIR"; fi
chmod 700 "$PG_TEST_DIR"

_as_pg "$PG_BIN/initdb" -D "$PG_TEST_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_TEST_DIR/initdb.log"
_as_pg "$PG_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { echo "PostgreSQL did not start; its log:" >&2; cat "$PG_TEST_DIR/server.log" >&2; false; }
_as_pg "$PG_BIN/createdb" -h "$PG_TEST_DIR" -p "$PG_PORT" -U postgres impact_test

stop_test_postgres() {
    if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
        _as_pg "$PG_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_TEST_DIR"
    fi
}

export DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/impact_test"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') at $DATABASE_URL (data in $PG_TEST_DIR)"
