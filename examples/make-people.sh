#!/usr/bin/env bash
# Writes examples/people.csv and examples/people-excel.csv for the default registry (`attach
# portal init` with no flags: 2000 people, seed 1), which is the same on any day. A test fails
# when the committed files differ from what this script writes.
#
# people.csv: 300 living adults of Актау (18 or older on the registry's reference date, so
# that no outcome changes when someone comes of age) who are not attached to MNG-0001, in
# registry order, each asking MNG-0001 for an attachment (`first_attachment` for those
# attached nowhere, `change_of_residence` for the others); and, at fixed lines, the bad rows
# that the README's table lists. people-excel.csv holds the same rows as Excel in a Russian
# locale saves them: a byte-order mark, `;` and CRLF.
#
#   bash examples/make-people.sh [DIR]      (DIR defaults to examples/)
#   ATTACH=path/to/attach bash examples/make-people.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${ATTACH:-}" ]]; then
    cargo build --release --quiet
    ATTACH=$PWD/target/release/attach
fi
out=$(realpath "${1:-examples}")

work=$(mktemp -d "${TMPDIR:-/tmp}/attach-people.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ATTACH_HOME=$work/home
unset ATTACH_PORTAL
"$ATTACH" portal init >/dev/null

# Born on or before this day: 18 or older on the registry's reference date (2026-01-01).
adult='"2008-01-01"'
# The documentation's own residents (SPEC section 7) keep their roles: the citizen of the
# walk-through, the operator, the head of MNG-0001.
demo='["900101300453", "750315400123", "850808310738", "061211600012", "410509300776", "790615300452"]'
people() { "$ATTACH" portal people --limit 1000000 --region Актау --living -o json "$@"; }

# IIN and reason of the 300 applicants, one per line.
people | jq -r --argjson demo "$demo" "
    select(.birth_date <= $adult and .attachment.org != \"MNG-0001\" and (.iin | IN(\$demo[]) | not))
    | [.iin, if .attachment == null then \"first_attachment\" else \"change_of_residence\" end]
    | join(\",\")" >"$work/candidates"
sed -n 1,300p "$work/candidates" >"$work/applicants"
# An adult attached to MNG-0001 already: a free choice of it is refused `already_attached`.
member=$(people --attached-to MNG-0001 | jq -r "select(.birth_date <= $adult) | .iin" | sed -n 1p)
[[ $(wc -l <"$work/applicants") == 300 && -n "$member" ]] || { echo "the registry is too small" >&2; exit 1; }

# Line by line: the applicants in order, and the bad rows at fixed lines; row[L] is the
# applicant of line L, for the lines that repeat one.
awk -F, -v member="$member" '
    { iin[NR] = $1; reason[NR] = $2 }
    function applicant(n, org) { return iin[n] "," org "," reason[n] ",," }
    END {
        print "iin,org,reason,address,phone"
        n = 0
        for (line = 2; n < 300; line++) {
            if (line == 43)       print "900101300454,MNG-0001,first_attachment,,"   # invalid_iin
            else if (line == 84)  print "000101500001,MNG-0001,first_attachment,,"   # not in ГБД ФЛ
            else if (line == 125) print applicant(row[7], "MNG-9999")               # no such clinic
            else if (line == 166) print applicant(row[8], "MNG-0002")               # another clinic
            else if (line == 207) print "410509300776,MNG-0001,first_attachment,,"   # deceased
            else if (line == 228) print member ",MNG-0001,free_choice,,"             # already_attached
            else if (line == 249) print applicant(row[12], "MNG-0001")              # line 12 again
            else if (line == 260) print ""                                           # blank
            else if (line == 271) {                                                  # line 259, spaced
                m = row[259]; print "  " iin[m] "  , MNG-0001 , " reason[m] " ,,"
            }
            else { row[line] = ++n; print applicant(n, "MNG-0001") }
        }
    }' "$work/applicants" >"$work/people.csv"

(printf '\xef\xbb\xbf'; sed 's/,/;/g; s/$/\r/' "$work/people.csv") >"$work/people-excel.csv"
mv "$work/people.csv" "$work/people-excel.csv" "$out/"
echo "wrote $out/people.csv and $out/people-excel.csv"
