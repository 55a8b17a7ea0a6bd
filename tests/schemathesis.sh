#!/usr/bin/env bash
# schemathesis (PyPI) against the OpenAPI description `attach portal serve` publishes, for a
# bounded time each: anonymously, as a citizen and as an operator. It generates requests from
# the description (valid and not) and checks every answer: never a 5xx, and the status, media
# type, headers and body as described. The server's access log is checked for a 5xx too.
# POST /v1/pki/ocsp (DER, which schemathesis cannot generate) is left to tests/it/ocsp.rs and
# the fuzzer; DELETE /v1/sessions/current would end the session the run uses.
#
#   bash tests/schemathesis.sh [SECONDS]     SECONDS per run (default 40); needs schemathesis
#                                            (python3 -m pip install schemathesis)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-40}
command -v schemathesis >/dev/null || {
    echo "tests/schemathesis.sh needs schemathesis (python3 -m pip install schemathesis)" >&2
    exit 2
}
cargo build --locked --quiet --bin attach
A=$PWD/target/debug/attach
T=$(mktemp -d "${TMPDIR:-/tmp}/schemathesis.XXXXXX")
cleanup() {
    [[ -n "${server:-}" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -rf "$T"
}
trap cleanup EXIT
unset ATTACH_PORTAL ATTACH_HOME ATTACH_TLS_CA

"$A" --home "$T/portal" portal init --people 300 >/dev/null
"$A" --home "$T/portal" portal settings pbkdf2_iterations 1000 >/dev/null
"$A" --home "$T/portal" portal serve --listen 127.0.0.1:0 -o json >"$T/listening" 2>"$T/access.log" &
server=$!
for _ in $(seq 100); do [[ -s "$T/listening" ]] && break; sleep 0.05; done
url=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["listening"])' "$T/listening")

# A citizen (registered with an authentication certificate) and the operator of MNG-0001.
"$A" --home "$T/portal" portal nca issue --iin 900101300453 --auth --out "$T/auth" >/dev/null
printf 'S3cret-pass\n' | ATTACH_PORTAL=$url "$A" --home "$T/citizen" register --iin 900101300453 \
    --key "$T/auth/key.pem" --password-stdin >/dev/null
printf 'S3cret-pass\n' | "$A" --home "$T/portal" portal staff add --org MNG-0001 --iin 750315400123 \
    --password-stdin >/dev/null
token() {
    printf 'S3cret-pass\n' | ATTACH_PORTAL=$url "$A" --home "$T/$1" login --iin "$2" --password-stdin >/dev/null
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]]["token"])' \
        "$T/$1/sessions.json" "$url"
}
citizen=$(token citizen 900101300453)
operator=$(token operator 750315400123)

checks=not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance
failed=0
# One worker: schemathesis's own generator has failed now and then with two (an internal
# error, not a verdict on the API). A run that ends in such an error alone, with no check
# failed, is run once more; a failed check fails at once.
run() {
    local who=$1
    shift
    echo "schemathesis: $who, ${seconds} s…" >&2
    for attempt in 1 2; do
        # From the scratch directory, where schemathesis leaves its cache (.schemathesis/).
        if (cd "$T" && schemathesis run "$url/openapi.json" --checks "$checks" --exclude-path /v1/pki/ocsp \
            --max-time "$seconds" --workers 1 "$@") >"$T/$who.out" 2>&1; then
            break
        fi
        if [[ $attempt -eq 1 ]] && ! grep -q '^=* FAILURES =*$' "$T/$who.out" \
            && grep -q '^=* ERRORS =*$' "$T/$who.out"; then
            echo "schemathesis: an error of the tool itself, not of the API; once more" >&2
            grep -m3 -E 'Error|error' "$T/$who.out" >&2 || true
            continue
        fi
        cat "$T/$who.out" >&2
        failed=1
        break
    done
    # The last lines: how many cases, passed or not.
    printf '%-10s %s\n' "$who" "$(grep -E '^\s+[0-9]+ generated' "$T/$who.out" | xargs)"
}
run anonymous
run citizen -H "Authorization: Bearer $citizen" --exclude-operation-id logout
run operator -H "Authorization: Bearer $operator" --exclude-operation-id logout

if grep -q '"status":5' "$T/access.log"; then
    echo "schemathesis: the server answered a 5xx:" >&2
    grep '"status":5' "$T/access.log" | head >&2
    failed=1
fi
answered=$(grep -c '"status"' "$T/access.log" || true)
[[ $failed -eq 0 ]] && echo "schemathesis: $answered requests answered, none with a 5xx, all as described" >&2
exit "$failed"
