#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the test suite's second pass.
#
#   tools/pg_cluster.sh run CMD...   start a cluster, run CMD with IDO_DESK_TEST_POSTGRES set to
#                                    its administrator's URL, stop and remove the cluster
#
# The cluster lives in a temporary folder: initdb, a unix socket there, a free TCP port on
# 127.0.0.1 (password authentication over TCP, so the tests can try a wrong password), no fsync
# (nothing in it outlives the run). PostgreSQL refuses to run as root: as root the cluster runs
# as the 'postgres' user that Debian's package creates.
set -euo pipefail

bindir() {
    if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v pg_ctl)")"
        return
    fi
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -z "$found" || ! -x "$found/initdb" ]]; then
        echo "PostgreSQL is not installed; the second test pass needs it." >&2
        echo "  Debian/Ubuntu: sudo apt-get install -y postgresql   (.ci/run does this itself)" >&2
        exit 3
    fi
    echo "$found"
}

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

run() {
    # global, not local: the EXIT trap runs after this function has returned
    bin=$(bindir)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/ido-desk-pg.XXXXXX")
    chmod 755 "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
    port=$(free_port)
    stop() {
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$dir"
    }
    trap stop EXIT
    # C.UTF-8, as a server set up for Dutch text would be: lower() and ILIKE know É from é
    # (with --no-locale they know only ASCII letters)
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 3; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o \
        "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off \
         -c synchronous_commit=off -c max_connections=300" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 3; }
    export IDO_DESK_TEST_POSTGRES="postgresql+psycopg://postgres@/postgres?host=$dir&port=$port"
    export PATH="$bin:$PATH"  # pg_dump and pg_restore of the same release as the server
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port ($dir)"
    status=0
    "$@" || status=$?
    return $status
}

case "${1:-}" in
    run) shift; run "$@" ;;
    *) echo "usage: $0 run CMD..." >&2; exit 2 ;;
esac
