#!/usr/bin/env bash
# Runs every cargo-fuzz target (chip parsers in crates/zairyu/fuzz, the intake body and WebAuthn
# parsers in crates/server/fuzz, the MRZ parser in crates/docscan/fuzz) for N seconds each,
# installing cargo-fuzz if missing. Optional and not part of CI (too slow). Corpora stay in each
# fuzz crate's corpus/ (not committed); a crash stops the run with its input under artifacts/ —
# add it as a regression test beside the parser.
# Usage: scripts/fuzz.sh [seconds per target, default 60] [target...]
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

seconds="${1:-60}"
shift || true
case "$seconds" in '' | *[!0-9]*) die "usage: scripts/fuzz.sh [seconds] [target...]" ;; esac

ensure_cargo_tool cargo-fuzz cargo-fuzz '~0.13' 'cargo-fuzz 0.13' --locked

# libFuzzer's instrumentation needs nightly flags: rustup's nightly when installed, else the
# stable compiler with RUSTC_BOOTSTRAP=1.
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  toolchain=(+nightly)
else
  toolchain=()
  export RUSTC_BOOTSTRAP=1
fi

all=(zairyu:tlv zairyu:responses zairyu:card_files zairyu:images server:intake_body server:webauthn docscan:mrz)
targets=("${all[@]}")
if [ "$#" -gt 0 ]; then
  wanted=("$@")
  targets=()
  for t in "${all[@]}"; do
    for w in "${wanted[@]}"; do [ "${t#*:}" = "$w" ] && targets+=("$t"); done
  done
  [ "${#targets[@]}" -gt 0 ] || die "no such target: $*"
fi

# Sanitizer builds in each fuzz crate's own target/ (ignored by git), never mixed with the
# normal build's.
unset CARGO_TARGET_DIR
export CARGO_BUILD_JOBS="${MADOGUCHI_JOBS:-2}"
for t in "${targets[@]}"; do
  crate="${t%%:*}" target="${t#*:}"
  log "fuzzing $crate/$target for ${seconds}s"
  # The image decoders start from real chip images (the committed dumps' EFs), read-only: new
  # inputs go to the first folder only.
  corpus=()
  if [ "$target" = images ]; then
    mkdir -p "crates/$crate/fuzz/corpus/$target"
    corpus=("fuzz/corpus/$target" ../card-sim/dumps/residence-normal ../card-sim/dumps/second-gen)
  fi
  (cd "crates/$crate" && cargo "${toolchain[@]}" fuzz run "$target" "${corpus[@]}" -- \
    -max_total_time="$seconds" -print_final_stats=1)
done
log "no crash in ${#targets[@]} target(s)"
