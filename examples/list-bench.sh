#!/usr/bin/env bash
# A list of a million requests, streamed: `attach status --limit all` as the operator of
# MNG-0001 over HTTP, against `attach portal serve` on 127.0.0.1 whose clinic holds BENCH_ROWS
# requests. It lists at a tenth of the rows, then at all of them, and prints for each the
# lines listed, the time, and the peak memory of the client and of the server: the same
# memory at both sizes is the list streaming page by page (1,000 requests a page, from the
# portal's index), never held whole. A figure, not a test.
#
#   bash examples/list-bench.sh                        # from the repository root
#   BENCH_ROWS=200000 bash examples/list-bench.sh
#   BENCH_BINARY=/path/to/attach bash examples/list-bench.sh
#
# The requests are written straight into the portal's database with sqlite3 (Debian
# `sqlite3`, installed when missing): decided, so that listing them decides nothing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rows=${BENCH_ROWS:-1000000}
tenth=$(( rows / 10 ))

if ! command -v sqlite3 >/dev/null; then
    echo "list-bench: installing sqlite3…" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null
fi
if [[ -n "${BENCH_BINARY:-}" ]]; then
    ATTACH=$BENCH_BINARY
else
    echo "list-bench: building (cargo build --release)…" >&2
    cargo build --release --quiet --bin attach
    ATTACH=$PWD/target/release/attach
fi

T=$(mktemp -d "${TMPDIR:-/tmp}/attach-list-bench.XXXXXX")
cleanup() {
    [[ -n "${server:-}" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -rf "$T"
}
trap cleanup EXIT
unset ATTACH_PORTAL ATTACH_HOME ATTACH_PASSWORD

"$ATTACH" --home "$T/portal" portal init >/dev/null
printf 'S3cret-pass\n' | "$ATTACH" --home "$T/portal" portal staff add --org MNG-0001 --iin 750315400123 \
    --password-stdin >/dev/null

# Requests FROM..TO of MNG-0001, decided, each with a number and times of its own.
add_requests() {
    sqlite3 "$T/portal/portal.db" >/dev/null <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT $1 UNION ALL SELECT i + 1 FROM n WHERE i < $2)
INSERT INTO requests (request_id, request_uuid, payload_sha256, jws, iin, org_id, channel,
    operator_iin, reason, status, gateway_message, registration_number, submitted_at,
    registered_at, decide_after, deadline, updated_at, decided_at)
SELECT printf('B-%07d', i), printf('00000000-0000-4000-8000-%012d', i), '', '',
    printf('9001013%05d', i % 100000), 'MNG-0001', 'operator', '750315400123',
    'change_of_residence', 'completed', 'bench',
    printf('MNG-0001-20261201-%07d', i), '2026-12-01T04:00:00Z', '2026-12-01T04:00:00Z',
    '2026-12-01T04:00:00Z', '2026-12-01T13:00:00Z', '2026-12-01T04:00:01Z', '2026-12-01T04:00:01Z'
FROM n;
COMMIT;
SQL
}

# A server on the home, and the operator's session on it.
serve() {
    "$ATTACH" --home "$T/portal" portal serve --listen 127.0.0.1:0 -o json >"$T/listening" 2>/dev/null &
    server=$!
    for _ in $(seq 100); do [[ -s "$T/listening" ]] && break; sleep 0.05; done
    url=$(sed -n 's/.*"listening":"\([^"]*\)".*/\1/p' "$T/listening")
    export ATTACH_PORTAL=$url ATTACH_HOME=$T/client
    printf 'S3cret-pass\n' | "$ATTACH" login --iin 750315400123 --password-stdin >/dev/null
}
stop() {
    kill "$server" && wait "$server" || true
    server=
    : >"$T/listening"
}

# The server's peak memory so far (VmHWM, KiB).
server_peak() { awk '/VmHWM/ {print $2}' "/proc/$server/status"; }

list() {
    local lines peak seconds
    lines=$(/usr/bin/time -o "$T/time" -f "%M %e" "$ATTACH" ${BENCH_VERBOSE:-} status --limit all | wc -l)
    read -r peak seconds <"$T/time"
    printf '%10s requests listed in %6.2f s (%8.0f/s); client peak %4d MiB, server peak %4d MiB\n' \
        "$lines" "$seconds" "$(echo "$lines / ($seconds + 0.001)" | bc -l)" $(( peak / 1024 )) $(( $(server_peak) / 1024 ))
}

# The rows are written while no server runs: a fresh server for each size.
echo "list-bench: $tenth requests of MNG-0001…" >&2
add_requests 1 "$tenth"
serve
list
stop
echo "list-bench: $rows requests of MNG-0001…" >&2
add_requests $(( tenth + 1 )) "$rows"
serve
list
