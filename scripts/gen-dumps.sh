#!/usr/bin/env bash
# Regenerates the committed simulator dumps (crates/card-sim/dumps) with the default seed,
# installing the Japanese fonts the card faces are typeset with (Debian's IPA fonts, the same
# packages the synthetic document photos use) if missing. Only needed to change the dumps: tests
# and CI read the committed ones.
# Usage: scripts/gen-dumps.sh [OUT_DIR, default crates/card-sim/dumps]
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

ensure_apt fonts-ipafont-gothic fonts-ipafont-mincho
out="${1:-crates/card-sim/dumps}"
cargo run --release -q -p madoguchi-card-sim --bin gen-dumps -j"${MADOGUCHI_JOBS:-2}" -- "$out"
log "dumps written to $out"
