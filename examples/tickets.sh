#!/usr/bin/env bash
# The printed ticket's samples in examples/tickets/: a citizen attached on the embedded portal
# of a throw-away home, the ticket rendered in each format (Russian, the paper's default; the
# text also in Kazakh), the PDF's first page as a PNG, and the print verified from its QR code.
#
#   bash examples/tickets.sh [DIR]       (DIR defaults to examples/tickets; builds
#                                         target/release/attach first)
#   ATTACH=path/to/attach bash examples/tickets.sh [DIR]
#
# The PNG needs pdftoppm (Debian poppler-utils); the QR code is read off it with zbarimg
# (zbar-tools), and the print verified with it, when those are installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${ATTACH:-}" ]]; then
    cargo build --release --quiet
    ATTACH=$PWD/target/release/attach
fi
attach() { "$ATTACH" "$@"; }

out=$(realpath -m "${1:-examples/tickets}")
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/attach-tickets.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ATTACH_HOME=$work/home
unset ATTACH_PORTAL ATTACH_PASSWORD
cd "$work"

step() { printf '\n== %s\n' "$*"; }

step "a citizen attached to MNG-0001"
attach portal init --people 2000 --seed 7 -o json >/dev/null
attach portal nca issue --iin 900101300453 --auth --out me-auth -o json >/dev/null
attach portal nca issue --iin 900101300453 --out me -o json >/dev/null
printf 'S3cret-pass\n' | attach register --iin 900101300453 --key me-auth/key.pem --password-stdin -o json >/dev/null
printf 'S3cret-pass\n' | attach login --iin 900101300453 --password-stdin -o json >/dev/null
attach request --org MNG-0001 --reason first_attachment </dev/null \
  | attach sign --key me/key.pem --cert me/cert.pem \
  | attach submit | attach status --wait \
  | attach --lang ru result --out result.json --render pdf --render-out "$out/ticket.pdf" >/dev/null
echo "$out/ticket.pdf"

step "the same ticket as one HTML page and as receipt text (48 columns)"
attach --lang ru ticket render result.json --format html --out "$out/ticket.html"
attach --lang ru ticket render result.json --format text --out "$out/ticket.txt"
attach --lang kk ticket render result.json --format text --out "$out/ticket.kk.txt"
ls "$out"

if command -v pdftoppm >/dev/null; then
    step "the PDF's first page at 150 dpi"
    pdftoppm -r 150 -png -gray -f 1 -l 1 -singlefile "$out/ticket.pdf" "$out/ticket"
    echo "$out/ticket.png"
fi

if command -v zbarimg >/dev/null && [[ -f "$out/ticket.png" ]]; then
    step "a phone scans the QR code off the page; verify-ticket proves the print with it"
    qr=$(zbarimg -q --raw "$out/ticket.png" 2>/dev/null)
    echo "$qr"
    attach verify-ticket --qr "$qr" --printed "$out/ticket.html" -o table
fi
