# A throw-away PostgreSQL for tests: Debian's server binaries, a temporary data folder, a loopback
# port, no password (trust on loopback only). Sets MADOGUCHI_TEST_POSTGRES_URL.
# shellcheck shell=bash

start_test_postgres() {
  ensure_apt postgresql
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -x "$bin/initdb" ] || die "PostgreSQL server binaries not found under /usr/lib/postgresql"
  PG_TEST_DIR="$(mktemp -d /tmp/madoguchi-pg.XXXXXX)"
  PG_TEST_PORT="$(free_port)"
  local run=()
  # initdb refuses to run as root: use the postgres system user the Debian package created.
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$PG_TEST_DIR"
    run=(runuser -u postgres --)
  fi
  PG_TEST_RUN=("${run[@]}")
  PG_TEST_BIN="$bin"
  "${run[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U madoguchi -A trust --no-sync -E UTF8 >"$PG_TEST_DIR/initdb.log" 2>&1 \
    || { cat "$PG_TEST_DIR/initdb.log" >&2; die "initdb failed"; }
  "${run[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PG_TEST_PORT -k $PG_TEST_DIR -c fsync=off -c full_page_writes=off" >/dev/null \
    || { cat "$PG_TEST_DIR/server.log" >&2; die "PostgreSQL did not start"; }
  "${run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$PG_TEST_PORT" -U madoguchi madoguchi_test
  export MADOGUCHI_TEST_POSTGRES_URL="postgres://madoguchi@127.0.0.1:$PG_TEST_PORT/madoguchi_test"
  log "PostgreSQL test server on 127.0.0.1:$PG_TEST_PORT"
}

stop_test_postgres() {
  [ -n "${PG_TEST_DIR:-}" ] || return 0
  "${PG_TEST_RUN[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEST_DIR"
  PG_TEST_DIR=""
}
