#!/usr/bin/env bash
# Builds the browser app into dist/ (installs the wasm toolchain first if needed).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
build_app
