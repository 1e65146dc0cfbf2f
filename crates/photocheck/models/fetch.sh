#!/usr/bin/env bash
# Copies the face-detection model out of the rustface crate (crates.io, BSD-2-Clause) into
# crates/photocheck/models/, for the app bundle and the CLI. Idempotent; no download other than
# crates.io through cargo. The tests and the CLI also find the model in cargo's registry directly.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="0.1.7"
crate_sha256="6a0e639a994b9e6eb2367f09054af0f3b27ad461aaf8e82ba97607b81ebf815e"
model="seeta_fd_frontal_v1.0.bin"
model_sha256="c4619d066ed35e84d9a8e842860b0dff567aba0cbb139881075538761db3ff5d"
out="$here/$model"
if [ -f "$out" ] && echo "$model_sha256  $out" | sha256sum -c --quiet - 2>/dev/null; then
  exit 0
fi
cargo fetch --manifest-path "$here/../Cargo.toml" >/dev/null
cargo_home="${CARGO_HOME:-$HOME/.cargo}"
crate="$(ls "$cargo_home"/registry/cache/*/rustface-$version.crate 2>/dev/null | head -n1)"
[ -n "$crate" ] || { echo "rustface-$version.crate not in $cargo_home/registry/cache" >&2; exit 1; }
echo "$crate_sha256  $crate" | sha256sum -c --quiet -
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
tar -xzf "$crate" -C "$tmp" "rustface-$version/model/$model" "rustface-$version/test.png"
echo "$model_sha256  $tmp/rustface-$version/model/$model" | sha256sum -c --quiet -
cp "$tmp/rustface-$version/model/$model" "$out"
cp "$tmp/rustface-$version/test.png" "$here/rustface-test.png"
