#!/usr/bin/env bash
# Load benchmark of `attach portal serve` on 127.0.0.1, beside nginx serving a static file in
# the same run as this machine's ceiling. Installs nginx from Debian when it is missing.
#
#   bash examples/serve-bench.sh                      # from the repository root
#   BENCH_SECONDS=10 BENCH_CONNECTIONS=16 bash examples/serve-bench.sh
#
# GETs are driven by wrk (Debian; installed when missing; 2 threads, 64 connections), the
# submissions by examples/loadgen.rs (as many keep-alive connections, on threads; it signs
# distinct requests before the clock starts, and sends each once). For the same time each:
#   static   GET of a small JSON file from nginx                (the ceiling)
#   status   GET /v1/requests/{id} with a bearer token          (target ≥ 25% of static)
#   submit   POST /v1/requests of distinct signed requests      (target ≥ 3,000 requests/s)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${BENCH_SECONDS:-5}
connections=${BENCH_CONNECTIONS:-64}

if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then
    echo "serve-bench: installing nginx and wrk…" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx wrk >/dev/null
fi
echo "serve-bench: building (cargo build --release)…" >&2
cargo build --release --quiet --bin attach --example loadgen
ATTACH=$PWD/target/release/attach
LOADGEN=$PWD/target/release/examples/loadgen

T=$(mktemp -d "${TMPDIR:-/tmp}/attach-serve-bench.XXXXXX")
cleanup() {
    [[ -n "${server:-}" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    [[ -f "$T/nginx.pid" ]] && kill "$(cat "$T/nginx.pid")" 2>/dev/null
    rm -rf "$T"
}
trap cleanup EXIT
unset ATTACH_PORTAL ATTACH_HOME

# The portal, and a citizen with one request on it.
"$ATTACH" --home "$T/portal" portal init >/dev/null
# Every connection comes from 127.0.0.1: past the default share of one address (64 requests
# in flight), the portal would answer 429.
if (( connections > 64 )); then
    "$ATTACH" --home "$T/portal" portal settings peer_in_flight "$connections" >/dev/null
fi
"$ATTACH" --home "$T/portal" portal serve --listen 127.0.0.1:0 -o json >"$T/listening" 2>"$T/access.log" &
server=$!
for _ in $(seq 100); do [[ -s "$T/listening" ]] && break; sleep 0.05; done
url=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["listening"])' "$T/listening")
export ATTACH_PORTAL=$url ATTACH_HOME=$T/client
"$ATTACH" --home "$T/portal" portal nca issue --iin 900101300453 --auth --out "$T/me-auth" >/dev/null
printf 'S3cret-pass\n' | "$ATTACH" register --iin 900101300453 --key "$T/me-auth/key.pem" --password-stdin >/dev/null
printf 'S3cret-pass\n' | "$ATTACH" login --iin 900101300453 --password-stdin >/dev/null
"$ATTACH" --home "$T/portal" portal nca issue --iin 900101300453 --out "$T/me" >/dev/null
"$ATTACH" request --org MNG-0001 --reason first_attachment </dev/null >"$T/request.json"
id=$("$ATTACH" sign --key "$T/me/key.pem" --cert "$T/me/cert.pem" <"$T/request.json" \
    | "$ATTACH" submit | python3 -c 'import json,sys; print(json.load(sys.stdin)["request_id"])')
LOADGEN_TOKEN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]]["token"])' \
    "$T/client/sessions.json" "$url")
export LOADGEN_TOKEN

# nginx on a free port, serving a file of the size of a status answer.
"$ATTACH" status "$id" >"$T/status.json"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$T/www" && cp "$T/status.json" "$T/www/status.json"
cat >"$T/nginx.conf" <<CONF
worker_processes auto;
pid $T/nginx.pid;
error_log $T/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $T/nginx-body;
    server { listen 127.0.0.1:$port; root $T/www; keepalive_requests 1000000; }
}
CONF
chmod 755 "$T"; chmod -R a+rX "$T/www"
nginx -c "$T/nginx.conf"
sleep 0.2

echo "serve-bench: $seconds s per run; wrk 2 threads × 64 connections, loadgen $connections connections…" >&2
# wrk's figures as loadgen's JSON line: requests/s, p50 and p99 in ms, non-2xx as errors.
wrk_json() {
    python3 -c '
import json, re, sys
text = sys.stdin.read()
def ms(label):
    m = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    if not m: return None
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
print(json.dumps({"rps": rps, "p50_ms": ms("50"), "p99_ms": ms("99"), "errors": int(bad.group(1)) if bad else 0}))
'
}
static=$(wrk -t2 -c64 -d"${seconds}s" --latency "http://127.0.0.1:$port/status.json" | wrk_json)
# The token reaches wrk through its environment, not its command line.
echo 'wrk.headers["Authorization"] = "Bearer " .. os.getenv("LOADGEN_TOKEN")' >"$T/auth.lua"
status=$(wrk -t2 -c64 -d"${seconds}s" --latency -s "$T/auth.lua" "$url/v1/requests/$id" | wrk_json)
submit=$("$LOADGEN" submit "$url" --key "$T/me/key.pem" --cert "$T/me/cert.pem" --request "$T/request.json" \
    --connections "$connections" --seconds "$seconds")

python3 - "$static" "$status" "$submit" <<'PY'
import json, sys
static, status, submit = (json.loads(a) for a in sys.argv[1:4])
print(f"\n{'run':28}{'requests/s':>12}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
for name, r in [("static file (nginx)", static), ("GET /v1/requests/{id}", status), ("POST /v1/requests", submit)]:
    print(f"{name:28}{r['rps']:>12.0f}{r['p50_ms'] or 0:>9.2f}{r['p99_ms'] or 0:>9.2f}{r['errors']:>8}")
share = status["rps"] / static["rps"] if static["rps"] else 0
print(f"\nstatus GET / static ceiling: {share:.0%} (target ≥ 25%: {'met' if share >= 0.25 else 'MISSED'})")
print(f"submit: {submit['rps']:.0f} requests/s (target ≥ 3,000: {'met' if submit['rps'] >= 3000 else 'MISSED'})")
PY
