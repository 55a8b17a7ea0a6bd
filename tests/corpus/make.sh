#!/usr/bin/env bash
# The seeds of the fuzz harness (examples/fuzz): real inputs of every kind its targets read,
# made with `attach` itself and committed, so that fuzzing needs no setup. Files named
# crash-* are inputs that once broke a target: they are kept whatever this script does, and
# tests/it/corpus.rs replays them all. Needs openssl and curl.
#
#   bash tests/corpus/make.sh [ATTACH]      ATTACH defaults to target/debug/attach
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
A=$(realpath "${1:-../../target/debug/attach}")
T=$(mktemp -d "${TMPDIR:-/tmp}/corpus.XXXXXX")
cleanup() {
    [[ -n "${server:-}" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -rf "$T"
}
trap cleanup EXIT
unset ATTACH_PORTAL ATTACH_HOME
at() { "$A" --home "$T/home" "$@"; }
der() { openssl x509 -in "$1" -outform DER; }
mkdir -p context jws cert crl csv json ocsp
find context jws cert crl csv json ocsp -type f ! -name 'crash-*' -delete

at portal init --people 50 >/dev/null
at portal nca issue --iin 900101300453 --out "$T/citizen" >/dev/null
at portal nca issue --iin 900101300453 --key-type ed25519 --out "$T/citizen-ed" >/dev/null
at portal nca issue --iin 900101300453 --auth --out "$T/auth" >/dev/null
at portal nca issue --iin 790615300452 --org MNG-0001 --role head --out "$T/head" >/dev/null
at portal nca issue-server --dns localhost --ip 127.0.0.1 --out "$T/server" >/dev/null
at portal nca ca >"$T/root.pem"

# What the targets check against: the root (a trust anchor) and the issuing CA.
der "$T/root.pem" >context/root.der
der "$T/citizen/chain.pem" >context/issuing.der

der "$T/root.pem" >cert/root.der
der "$T/citizen/chain.pem" >cert/issuing.der
der "$T/citizen/cert.pem" >cert/citizen-p256.der
der "$T/citizen-ed/cert.pem" >cert/citizen-ed25519.der
der "$T/auth/cert.pem" >cert/authentication.der
der "$T/head/cert.pem" >cert/clinic-head.der
der "$T/server/cert.pem" >cert/server.der
cat "$T/citizen/cert.pem" "$T/citizen/chain.pem" >cert/chain.pem

at portal nca revoke --cert "$T/citizen-ed/cert.pem" >/dev/null
at portal nca crl >crl/issuing.pem
at portal nca crl --root >crl/root.pem
openssl crl -in crl/issuing.pem -outform DER >crl/issuing.der
openssl crl -in crl/root.pem -outform DER >crl/root.der

sign() { at sign --key "$1/key.pem" --cert "$1/cert.pem" --trust "$T/root.pem"; }
sign "$T/citizen" <../../examples/request.json >jws/request-es256.json
sign "$T/citizen-ed" <../../examples/request.json >jws/request-eddsa.json 2>/dev/null || true
sign "$T/head" <../../examples/ticket.json >jws/ticket.json
[[ -s jws/request-eddsa.json ]] || rm -f jws/request-eddsa.json

head -30 ../../examples/people.csv >csv/people.csv
head -30 ../../examples/people-excel.csv >csv/people-excel.csv
iconv -f UTF-8 -t CP1251 csv/people.csv >csv/people-1251.csv
printf 'iin,org,reason,address,phone,representative\n900101300453,MNG-0001,"free_choice","Актау, 3 мкр., д. 1",+77012345678,\n\n"061211600012";MNG-0004;org_closed\n' >csv/quoted.csv

request=$(cat jws/request-es256.json)
printf '{"iin":"900101300453","password":"S3cret-pass","phone":"+77012345678","email":"a@b.kz","proof":{"otp":"123456"}}' >json/registration.json
printf '{"iin":"900101300453","password":"S3cret-pass"}' >json/login.json
printf '{"iin":"900101300453"}' >json/otp.json
printf '{"iins":["900101300453","750315400123"]}' >json/people.json
printf '{"requests":[%s]}' "$request" >json/submissions.json
cp ../../examples/request.json json/request-document.json
cp ../../examples/ticket.json json/ticket-document.json

openssl ocsp -issuer "$T/citizen/chain.pem" -cert "$T/citizen/cert.pem" -reqout ocsp/request.der -no_nonce >/dev/null 2>&1
openssl ocsp -issuer "$T/citizen/chain.pem" -cert "$T/citizen-ed/cert.pem" -reqout ocsp/request-nonce.der >/dev/null 2>&1
# The binary itself in the background (not the shell function), so that $! is the server.
"$A" --home "$T/home" portal serve --listen 127.0.0.1:0 -o json >"$T/listening" 2>/dev/null &
server=$!
for _ in $(seq 100); do [[ -s "$T/listening" ]] && break; sleep 0.05; done
url=$(sed 's/.*"listening":"\([^"]*\)".*/\1/' "$T/listening")
for name in request request-nonce; do
    curl -s --data-binary "@ocsp/$name.der" -H 'Content-Type: application/ocsp-request' \
        "$url/v1/pki/ocsp" >"ocsp/response-to-$name.der"
done
echo "corpus: $(find context jws cert crl csv json ocsp -type f | wc -l) files in tests/corpus"
