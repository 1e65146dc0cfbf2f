#!/usr/bin/env bash
# Sets up everything needed, builds the app, and serves it with the API on http://127.0.0.1:8080
# (SQLite file under ./data). Environment: MADOGUCHI_ADDR, MADOGUCHI_DATA_DIR, DATABASE_URL.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"
build_app
log "building the server"
# The server is native code: build it with the machine's own toolchain, not the wasm one.
env -u CARGO -u RUSTC -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD \
  PATH="$CARGO_BIN_DIR:$PATH" cargo build --release -p madoguchi-server -j"${MADOGUCHI_JOBS:-2}"
target_dir="${CARGO_TARGET_DIR:-$REPO_ROOT/target}"
log "serving on http://${MADOGUCHI_ADDR:-127.0.0.1:8080} (Ctrl-C to stop)"
exec env -u CARGO -u RUSTC -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD \
  MADOGUCHI_DIST="$REPO_ROOT/dist" "$target_dir/release/madoguchi-server"
