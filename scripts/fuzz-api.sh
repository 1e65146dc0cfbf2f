#!/usr/bin/env bash
# Property-based HTTP fuzzing of the API against its own OpenAPI document (schemathesis, from
# PyPI into a cached venv): no generated request may get a 5xx answer. Starts the server binary
# on a free loopback port with a fresh SQLite file, and a staff account whose session cookie
# goes with every request so the office endpoints are reached too.
# Usage: scripts/fuzz-api.sh  (MADOGUCHI_FUZZ_EXAMPLES=N examples per operation, default 40)
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

SCHEMATHESIS_VERSION="4.32.5"
venv="$HOME/.cache/madoguchi/venv-schemathesis-$SCHEMATHESIS_VERSION"
if [ ! -x "$venv/bin/schemathesis" ]; then
  log "installing schemathesis $SCHEMATHESIS_VERSION (venv in $venv)"
  python3 -c 'import venv, ensurepip' 2>/dev/null || ensure_apt python3-venv
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

server_bin="${MADOGUCHI_SERVER_BIN:-${CARGO_TARGET_DIR:-$REPO_ROOT/target}/debug/madoguchi-server}"
[ -x "$server_bin" ] || cargo build -p madoguchi-server -j"${MADOGUCHI_JOBS:-2}"

work="$(mktemp -d /tmp/madoguchi-fuzz.XXXXXX)"
port="$(free_port)"
base="http://127.0.0.1:$port"
export DATABASE_URL="sqlite://$work/fuzz.sqlite3?mode=rwc" MADOGUCHI_ADDR="127.0.0.1:$port"
export MADOGUCHI_DIST="$work/dist" RUST_LOG="warn"
password="Fuzz-office-1"
staff_id="$(MADOGUCHI_STAFF_PASSWORD="$password" "$server_bin" add-staff fuzz@example.com "FUZZ CLERK")"
"$server_bin" >"$work/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  curl -fs "$base/api/health" >/dev/null 2>&1 && break
  sleep 0.1
done
cookie="$(curl -fsi -X POST "$base/api/account/login" -H 'content-type: application/json' \
  -H 'X-Madoguchi-Request: 1' -d "{\"user_id\":\"$staff_id\",\"password\":\"$password\"}" \
  | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\);.*/\1/p')"
[ -n "$cookie" ] || die "could not log the fuzzing staff account in"

log "schemathesis against $base/api/openapi.json"
status=0
"$venv/bin/schemathesis" run "$base/api/openapi.json" \
  --checks not_a_server_error \
  --header "X-Madoguchi-Request: 1" --header "Cookie: $cookie" \
  --exclude-path /api/account/logout \
  --max-examples "${MADOGUCHI_FUZZ_EXAMPLES:-40}" --seed 20261122 --workers 2 \
  --request-timeout 30 --no-color --report junit --report-junit-path "$work/junit.xml" || status=$?
if grep -E ' (panicked|ERROR) ' "$work/server.log" >/dev/null; then
  grep -E ' (panicked|ERROR) ' "$work/server.log" | head -n 20 >&2
  status=1
fi
count() { grep -o "$1=\"[0-9]*\"" "$work/junit.xml" | head -n1 | tr -dc 0-9; }
tests="$(count tests)"; failures="$(( $(count failures) + $(count errors) ))"
echo "schemathesis: $((tests - failures)) passed, $failures failed"
exit "$status"
