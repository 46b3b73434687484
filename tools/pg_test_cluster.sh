#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the test suite, on loopback only.
#
#   tools/pg_test_cluster.sh start   start one (installing Debian's postgresql if needed), print its URL
#   tools/pg_test_cluster.sh url     print the URL of the running one
#   tools/pg_test_cluster.sh stop    stop it and remove its folder
#
# The cluster's folder is named in a state file (PG_TEST_STATE, default .pg-test-cluster in the
# current folder), so that worktrees on one machine each have their own cluster. initdb refuses
# to run as root: as root the cluster belongs to the `postgres` system user the package creates.
# Exit status 3 from `start` means PostgreSQL cannot be installed or started here.
set -euo pipefail

STATE=${PG_TEST_STATE:-$PWD/.pg-test-cluster}
ROLE=beziehung_test

say() { echo "pg_test_cluster: $*" >&2; }

find_bindir() {
    local initdb
    if initdb=$(command -v initdb 2>/dev/null); then
        # A symbolic link in PATH: psql and pg_ctl of the same version sit beside its target.
        dirname "$(readlink -f "$initdb")"
        return 0
    fi
    # Debian keeps the server binaries out of PATH, one folder per major version.
    for initdb in $(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V -r); do
        dirname "$initdb"
        return 0
    done
    return 1
}

install_server() {
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo="sudo -n"
        else
            say "initdb is missing and installing the postgresql package needs root or sudo"
            return 1
        fi
    fi
    command -v apt-get >/dev/null 2>&1 || { say "initdb is missing and there is no apt-get"; return 1; }
    say "installing Debian's postgresql package"
    $sudo apt-get update -qq >/dev/null || return 1
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null || return 1
}

# Runs a command as the cluster's owner: the postgres system user when we are root.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    if [ -f "$STATE" ]; then
        say "a cluster is already running (state in $STATE); stopping it first"
        stop
    fi
    local bindir
    if ! bindir=$(find_bindir); then
        install_server || exit 3
        bindir=$(find_bindir) || { say "initdb is still missing after installing"; exit 3; }
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        say "running as root and there is no postgres user to own the cluster"
        exit 3
    fi
    local dir port password
    dir=$(mktemp -d "${TMPDIR:-/tmp}/beziehung-pg.XXXXXX")
    chmod 700 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi
    port=$(free_port)
    password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
    printf 'dir=%s\nport=%s\nbindir=%s\npassword=%s\n' "$dir" "$port" "$bindir" "$password" >"$STATE"
    chmod 600 "$STATE"
    if ! as_owner "$bindir/initdb" -D "$dir/data" --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
        say "initdb failed:"; sed 's/^/  /' "$dir/initdb.log" >&2 || true
        stop; exit 3
    fi
    # Durability is worthless for a cluster that is deleted afterwards; speed is not.
    if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null; then
        say "the server did not start:"; sed 's/^/  /' "$dir/server.log" >&2 || true
        stop; exit 3
    fi
    # A superuser: tests create and drop a database each.
    as_owner "$bindir/psql" -X -q -h "$dir" -p "$port" -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE $ROLE LOGIN SUPERUSER PASSWORD '$password'" \
        -c "CREATE DATABASE $ROLE OWNER $ROLE" >/dev/null
    url
}

url() {
    [ -f "$STATE" ] || { say "no cluster is running (no $STATE)"; exit 1; }
    # shellcheck disable=SC1090
    . "$STATE"
    echo "postgresql+psycopg://$ROLE:$password@127.0.0.1:$port/$ROLE"
}

stop() {
    [ -f "$STATE" ] || return 0
    local dir="" bindir=""
    # shellcheck disable=SC1090
    . "$STATE"
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$dir" in
        "${TMPDIR:-/tmp}"/beziehung-pg.*) rm -rf "$dir" ;;
    esac
    rm -f "$STATE"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) url ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
