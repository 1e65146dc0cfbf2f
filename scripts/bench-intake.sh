#!/usr/bin/env bash
# Load benchmark of the finished-form intake (crates/server/src/bin/intake-bench.rs) on SQLite
# and on a throw-away PostgreSQL, both on loopback. Prints Markdown table rows for
# docs/benchmarks.md. Usage: scripts/bench-intake.sh [requests=2000] [concurrency=16]
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/postgres.sh"
cd "$REPO_ROOT"
requests="${1:-2000}"
concurrency="${2:-16}"
cargo build --release -p madoguchi-server --bin intake-bench -j"${MADOGUCHI_JOBS:-2}"
bench="${CARGO_TARGET_DIR:-$REPO_ROOT/target}/release/intake-bench"
echo "| engine | connections | requests | accepted | refused | submissions/s | p50 ms | p99 ms | max ms | check |"
echo "|---|---|---|---|---|---|---|---|---|---|"
"$bench" "$requests" "$concurrency" 120
trap stop_test_postgres EXIT
start_test_postgres
# Durable commits, as in production (the test server turns fsync off for speed).
"${PG_TEST_RUN[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w restart \
  -o "-c listen_addresses=127.0.0.1 -p $PG_TEST_PORT -k $PG_TEST_DIR -c fsync=on" >/dev/null
MADOGUCHI_BENCH_POSTGRES_URL="$MADOGUCHI_TEST_POSTGRES_URL" "$bench" "$requests" "$concurrency" 120
