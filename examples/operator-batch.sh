#!/usr/bin/env bash
# The operator's path of the README, on the embedded portal in a throw-away home: an operator
# of MNG-0001 with an employee certificate submits examples/people.csv (300 residents and a
# handful of deliberately bad rows, written by examples/make-people.sh), waits for every
# decision, then runs the same command again — which submits nothing twice.
#
#   bash examples/operator-batch.sh            (builds target/release/attach first)
#   ATTACH=path/to/attach bash examples/operator-batch.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${ATTACH:-}" ]]; then
    cargo build --release --quiet
    ATTACH=$PWD/target/release/attach
fi
attach() { "$ATTACH" "$@"; }
examples=$PWD/examples

work=$(mktemp -d "${TMPDIR:-/tmp}/attach-batch.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ATTACH_HOME=$work/home
unset ATTACH_PORTAL ATTACH_PASSWORD
cp "$examples/people.csv" "$examples/people-excel.csv" "$work/"
cd "$work"

step() { printf '\n== %s\n' "$*"; }

step "the portal (the default seed: people.csv lists its residents), an operator of MNG-0001"
attach portal init -o table
printf 'Op-pass-1\n' | attach portal staff add --org MNG-0001 --iin 750315400123 --password-stdin -o table
attach portal nca issue --iin 750315400123 --org MNG-0001 --out op -o table
printf 'Op-pass-1\n' | attach login --iin 750315400123 --password-stdin -o table

step "check every row first: the bad ones are listed with their line (exit 10)"
attach batch people.csv --dry-run -o table || echo "(exit $?)"

step "the Excel export (BOM, ';', CRLF) reads the same rows"
diff <(attach batch people.csv --dry-run -o json | grep -v summary) \
     <(attach batch people-excel.csv --dry-run -o json | grep -v summary) && echo "same rows"

step "submit, wait for the decisions, write results.jsonl (exit 10: some rows fail)"
attach batch people.csv --key op/key.pem --cert op/cert.pem --wait --out results.jsonl -o table || echo "(exit $?)"

step "results.jsonl: the rows that were not attached, and the summary"
grep -v '"outcome":"attached"' results.jsonl

step "the same command again: every row finds its request in the journal, none is sent twice"
before=$(attach status -o json | wc -l)
attach batch people.csv --key op/key.pem --cert op/cert.pem --wait --out results.jsonl -o table || echo "(exit $?)"
after=$(attach status -o json | wc -l)
echo "requests on the portal: $before before the second run, $after after"
[[ "$before" == "$after" ]]
