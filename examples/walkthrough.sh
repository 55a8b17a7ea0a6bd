#!/usr/bin/env bash
# The signing walk-through of the README, end to end, in a throw-away home:
# an authority, a citizen and a clinic head; a signed request and a signed ticket; the
# ticket verified offline; then the head's certificate revoked and the ticket checked again.
#
#   bash examples/walkthrough.sh        (builds target/release/attach first)
#   ATTACH=path/to/attach bash examples/walkthrough.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${ATTACH:-}" ]]; then
    cargo build --release --quiet
    ATTACH=$PWD/target/release/attach
fi
attach() { "$ATTACH" "$@"; }
examples=$PWD/examples

work=$(mktemp -d "${TMPDIR:-/tmp}/attach-walkthrough.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ATTACH_HOME=$work/home
unset ATTACH_PORTAL
cd "$work"

step() { printf '\n== %s\n' "$*"; }

step "attach iin: the last number is invalid, so the exit status is 2"
attach iin 900101300453 850808310738 900101300454 -o table || echo "(exit $?)"

step "attach portal init: the home, its database, the root and issuing CA"
attach portal init -o table

step "certificates for a citizen and for the head of a clinic"
attach portal nca issue --iin 900101300453 --surname ТЕСТОВ --given ТЕСТ --patronymic ТЕСТОВИЧ --out me -o table
attach portal nca issue --iin 790615300452 --surname АХМЕТОВА --given ДИНАРА \
    --bin 940140000385 --org-name 'Поликлиника №1' --role head --out clinic -o table
attach portal nca ca > root.pem
attach portal nca crl > crl.pem

step "the citizen signs the request, the clinic signs the ticket"
attach sign --key me/key.pem --cert me/cert.pem < "$examples/request.json" > request.signed.json
attach sign --key clinic/key.pem --cert clinic/cert.pem < "$examples/ticket.json" > ticket.signed.json
head -c 160 ticket.signed.json; echo " …"

step "anyone verifies the ticket offline, with the root and the CRL"
attach verify-ticket ticket.signed.json --trust root.pem --crl crl.pem --offline -o table

step "the head's certificate is revoked; the ticket stays valid at its signing time"
sleep 1 # revocation times have one-second precision
attach portal nca revoke --cert clinic/cert.pem -o table
attach portal nca crl > crl.pem
attach verify-ticket ticket.signed.json --trust root.pem --crl crl.pem --offline -o table
step "… but not now"
attach verify-ticket ticket.signed.json --trust root.pem --crl crl.pem --offline --at now -o table || echo "(exit $?)"

step "completions and the man page"
attach completions zsh > _attach && attach man > attach.1 && wc -l _attach attach.1
