#!/usr/bin/env bash
# The citizen's whole journey of the README, as is, on the embedded portal in a throw-away
# home: the registry, the directory, certificates, an account on proof of identity (a signed
# challenge, or a one-time code), a session, and the pipeline
# request | sign | submit | status --wait | result | verify-ticket.
#
#   bash examples/citizen.sh            (builds target/release/attach first)
#   ATTACH=path/to/attach bash examples/citizen.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${ATTACH:-}" ]]; then
    cargo build --release --quiet
    ATTACH=$PWD/target/release/attach
fi
attach() { "$ATTACH" "$@"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/attach-citizen.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ATTACH_HOME=$work/home
unset ATTACH_PORTAL ATTACH_PASSWORD
cd "$work"

step() { printf '\n== %s\n' "$*"; }

step "a portal of 2000 synthetic residents (the same seed gives the same people)"
attach portal init --people 2000 --seed 7 -o table

step "someone to be, and a clinic to choose (Ақтау finds Актау)"
attach portal people --limit 3 -o table
attach orgs --search Ақтау -o table

step "certificates from the authority (names from ГБД ФЛ): one to prove who you are, one to sign"
attach portal nca issue --iin 900101300453 --auth --out me-auth -o table
attach portal nca issue --iin 900101300453 --out me -o table

step "register on proof of identity (the portal's challenge, signed with the authentication certificate), log in"
printf 'S3cret-pass\n' | attach register --iin 900101300453 --key me-auth/key.pem --password-stdin -o table
printf 'S3cret-pass\n' | attach login --iin 900101300453 --password-stdin -o table

step "or with a one-time code to the phone on record (the embedded portal's outbox): another person"
attach register --iin 750315400123 --otp -o table
code=$(attach portal outbox --iin 750315400123 -o json | tail -1 | sed -n 's/.*— \([0-9]\{6\}\)\..*/\1/p')
printf 'Op-pass-1\n' | attach register --iin 750315400123 --otp "$code" --password-stdin -o table

step "request | sign | submit | status --wait | result | verify-ticket"
attach request --org MNG-0001 --reason first_attachment \
  | attach sign --key me/key.pem --cert me/cert.pem \
  | attach submit | attach status --wait | attach result | attach verify-ticket -o table

step "the person's requests: IIN, number, service, status, deadline"
attach status -o table

step "what the regional health department sees"
attach portal stats -o table
