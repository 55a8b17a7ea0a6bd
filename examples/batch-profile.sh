#!/usr/bin/env bash
# Where a row's CPU goes: `attach batch --wait` of BENCH_ROWS rows against `portal serve` on
# 127.0.0.1, both sampled with perf, and a table per side: stage, µs per row, share. A build
# with frame pointers and line tables (in target/profile, so that the release build stays as
# it is) lets perf walk the stacks; a sample is counted in the first stage, in the order of
# the table, that its stack passes through.
#
#   bash examples/batch-profile.sh                     # 10,000 rows
#   BENCH_ROWS=2000 bash examples/batch-profile.sh
#   PROFILE_KEEP=/tmp/p bash examples/batch-profile.sh   # keeps portal.perf and batch.perf there
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rows=${BENCH_ROWS:-10000}
jobs=${BENCH_JOBS:-32}
hz=999
if ! command -v perf >/dev/null; then
    echo "batch-profile: installing perf (Debian's linux-perf)…" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq linux-perf >/dev/null
fi
echo "batch-profile: building with frame pointers (target/profile)…" >&2
# Without the release build's LTO and single codegen unit: inlined across crates, the
# functions that name the stages below vanish into their callers.
CARGO_TARGET_DIR=target/profile RUSTFLAGS="-C force-frame-pointers=yes" \
    CARGO_PROFILE_RELEASE_DEBUG=line-tables-only CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=4 cargo build --release --quiet --bin attach
ATTACH=$PWD/target/profile/release/attach
attach() { "$ATTACH" "$@"; }

T=$(mktemp -d "${TMPDIR:-/tmp}/attach-batch-profile.XXXXXX")
cleanup() {
    [[ -n "${server:-}" ]] && kill -INT "$server" 2>/dev/null && wait "$server" 2>/dev/null
    if [[ -n "${PROFILE_KEEP:-}" ]]; then
        mkdir -p "$PROFILE_KEEP" && cp "$T"/*.perf "$PROFILE_KEEP"/ 2>/dev/null || true
    fi
    rm -rf "$T"
}
trap cleanup EXIT
unset ATTACH_PORTAL ATTACH_HOME ATTACH_PASSWORD
export ATTACH_LANG=en

attach --home "$T/portal" portal init --people $((rows * 8 / 5 + 5000)) >/dev/null
printf 'Op-pass-1\n' | attach --home "$T/portal" portal staff add --org MNG-0001 --iin 750315400123 \
    --password-stdin >/dev/null
attach --home "$T/portal" portal nca issue --iin 750315400123 --org MNG-0001 --out "$T/op" >/dev/null
# The rows of examples/batch-bench.sh: adults not attached to MNG-0001, moving to Актау.
python3 - "$T" "$rows" <<'PY'
import sqlite3, sys
t, rows = sys.argv[1], int(sys.argv[2])
db = sqlite3.connect(f"{t}/portal/portal.db")
db.execute("UPDATE districts SET capacity = capacity + 1000000 WHERE org_id = 'MNG-0001'")
db.commit()
people = [r[0] for r in db.execute("""
    SELECT p.iin FROM people p WHERE p.deceased = 0 AND p.birth_date <= date('now', '-19 years')
      AND NOT EXISTS
      (SELECT 1 FROM attachments a WHERE a.iin = p.iin AND a.until IS NULL AND a.org_id = 'MNG-0001')
    ORDER BY p.seq DESC""")][:rows]
if len(people) < rows:
    sys.exit(f"batch-profile: only {len(people)} people for {rows} rows")
with open(f"{t}/rows.csv", "w") as f:
    f.write("iin,org,reason,address\n")
    for iin in people:
        f.write(f"{iin},MNG-0001,change_of_residence,Актау 1 мкр. д. 1\n")
PY

perf record -q -F "$hz" -g -o "$T/portal.perf" -- \
    "$ATTACH" --home "$T/portal" portal serve --listen 127.0.0.1:0 -o json >"$T/listening" 2>/dev/null &
server=$!
for _ in $(seq 200); do [[ -s "$T/listening" ]] && break; sleep 0.05; done
url=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["listening"])' "$T/listening")
export ATTACH_PORTAL=$url ATTACH_HOME=$T/client
printf 'Op-pass-1\n' | attach login --iin 750315400123 --password-stdin >/dev/null
echo "batch-profile: $rows rows, --jobs $jobs…" >&2
perf record -q -F "$hz" -g -o "$T/batch.perf" -- "$ATTACH" batch "$T/rows.csv" --key "$T/op/key.pem" \
    --cert "$T/op/cert.pem" --wait --jobs "$jobs" --out "$T/out.jsonl" -o json >/dev/null || [[ $? == 10 ]]
kill -INT "$server" && wait "$server" || true
server=

# Folds perf's samples into stages: arguments title, stages as "name=pattern,pattern|…".
read -r -d '' fold <<'PY' || true
import collections, re, sys
title, spec, rows, hz = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
stages = [(name, pats.split(",")) for name, pats in (s.split("=", 1) for s in spec.split("|"))]
counts, total, stack = collections.Counter(), 0, []
def flush():
    global total
    if stack:
        joined = ";".join(stack)
        name = next((n for n, pats in stages if any(p in joined for p in pats)), "other")
        counts[name] += 1
        total += 1
for line in sys.stdin:
    if not line.strip():
        flush()
        stack = []
    elif line[0] in " \t":
        parts = line.split(None, 1)
        if len(parts) == 2:
            stack.append(re.sub(r"\s*\(.*\)$", "", parts[1].strip()))
flush()
print(f"\n{title}: {total / hz / rows * 1e6:.0f} µs of CPU per row\n")
print("| stage | µs per row | share |\n|---|---|---|")
for name in [n for n, _ in stages] + ["other"]:
    print(f"| {name} | {counts[name] / hz / rows * 1e6:.0f} | {100 * counts[name] / max(total, 1):.0f}% |")
PY
table() {  # perf data, title, stages
    perf script -i "$1" 2>/dev/null | python3 -c "$fold" "$2" "$3" "$rows" "$hz"
}
# Assembly keeps no frame pointer, so the P-256 arithmetic and some allocator samples have
# no caller: they get stages of their own.
table "$T/portal.perf" "portal serve" "$(tr -d '\n' <<'S'
login (one password hash a run)=pbkdf2|
P-256 arithmetic (request verified, ticket signed)=ecp_nistz256,ring::ec::,p256_|
ticket built and signed=sign_with_x5c,issue_ticket|
request parsed and checked=verify_online,check_submission,Claimed,requests::admit|
SQLite commit, WAL, fsync=sqlite3VdbeHalt,CommitPhase,fsync,heckpoint,execute_batch|
decision: rules and SQL=requests::decide,requests::judge,requests::record|
registration: INSERT, savepoints=write_grouped_each,commit_jobs|
person lookups=people|
HTTP, routing, JSON in and out=hyper,axum,accept_loop,serde_json,tokio|
allocator (caller unknown)=malloc,_int_free,cfree,unlink_chunk,realloc
S
)"
table "$T/batch.perf" "attach batch" "$(tr -d '\n' <<'S'
P-256 arithmetic (request signed)=ecp_nistz256,ring::ec::,p256_|
journal: commit, WAL, fsync=sqlite3VdbeHalt,CommitPhase,fsync,heckpoint,execute_batch|
journal: statements=journal::|
request built and signed (JSON, JCS, base64)=batch::sign|
rows read and checked=Plan::check,batch::input,csv::|
HTTP client, JSON in and out=client::http,ureq,rustls,serde_json|
allocator (caller unknown)=malloc,_int_free,cfree,unlink_chunk,realloc
S
)"
