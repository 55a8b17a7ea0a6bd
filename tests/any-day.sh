#!/usr/bin/env bash
# The tests on other days than today: builds the test binaries once, then runs every one of
# them under libfaketime at each date, one line per date. A test may depend on the day only
# through what it sets itself (certificate dates, portal settings); `attach` never reads a
# fake clock, and libfaketime changes the clock from outside the process (its children too).
# Then it checks that `portal init --seed 7 --people 2000` gives the same people and clinics
# on the first and the last date.
#
#   bash tests/any-day.sh                          the six dates below
#   bash tests/any-day.sh '2031-12-03 07:00:00'    the dates given (UTC; the registry is then
#                                                  compared between now and the last one)
#
# Needs faketime (Debian's `faketime`) and jq. Cargo itself never runs under a fake date:
# file times in the future would make it rebuild.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
for tool in faketime jq; do
    command -v "$tool" >/dev/null || { echo "tests/any-day.sh needs $tool (apt-get install $tool)" >&2; exit 2; }
done

# UTC times; Asia/Aqtau is UTC+5.
dates=(
    "2027-03-06 07:00:00"   # a Saturday, 12:00 in Aqtau
    "2026-12-31 18:59:00"   # 31 December, 23:59 in Aqtau: the run crosses into the New Year
    "2028-02-29 07:00:00"   # 29 February of a leap year
    "2027-03-22 07:00:00"   # Наурыз, a public holiday
    "2027-02-10 12:59:00"   # a Wednesday, 17:59 in Aqtau: after the 16:00 cut-off, before 18:00
    "$(date -u -d '+5 years' '+%Y-%m-%d') 07:00:00"   # five years from now
)
[[ $# -gt 0 ]] && dates=("$@")

binaries=$(cargo test --locked --no-run --message-format=json 2>/dev/null \
    | jq -r 'select(.reason == "compiler-artifact" and .profile.test == true) | .executable')
attach=$(cargo metadata --format-version 1 --no-deps | jq -r .target_directory)/debug/attach
log=$(mktemp -d "${TMPDIR:-/tmp}/any-day.XXXXXX")
trap 'rm -rf "$log"' EXIT

on() { TZ=UTC FAKETIME_DONT_FAKE_MONOTONIC=1 faketime "$1" "${@:2}"; }

# The tests that failed in a test binary's output, and how many passed.
failures_in() { sed -n 's/^test \(.*\) \.\.\. FAILED$/\1/p' "$1" | paste -sd, -; }
passed_in() { awk '/^test result:/ { for (i = 1; i < NF; i++) if ($(i + 1) == "passed;") n += $i } END { print n + 0 }' "$1"; }

failed=0
for date in "${dates[@]}"; do
    passed=0 failures=()
    for binary in $binaries; do
        name=$(basename "$binary") out=$log/$(basename "$binary").log
        if ! on "$date" "$binary" >"$out" 2>&1; then
            failures+=("$name: $(failures_in "$out")")
            grep -E 'panicked at' -A3 "$out" >&2 || tail -20 "$out" >&2
        fi
        passed=$((passed + $(passed_in "$out")))
    done
    if [[ ${#failures[@]} -eq 0 ]]; then
        printf '%s UTC  ok: %d tests passed\n' "$date" "$passed"
    else
        printf '%s UTC  FAILED: %s\n' "$date" "${failures[*]}"
        failed=1
    fi
done

# The registry is the same on any day: people (with their attachments) and clinics.
registry() {
    local home=$log/home-$RANDOM
    on "$1" "$attach" --home "$home" portal init --people 2000 --seed 7 >/dev/null
    on "$1" "$attach" --home "$home" portal people --limit 2000 -o json
    on "$1" "$attach" --home "$home" orgs -o json
}
first=${dates[0]} last=${dates[-1]}
[[ "$first" == "$last" ]] && first=$(date -u '+%Y-%m-%d %H:%M:%S')
if cmp -s <(registry "$first") <(registry "$last"); then
    printf 'registry: seed 7 gives the same 2000 people and clinics at %s and %s\n' "$first" "$last"
else
    printf 'registry: seed 7 gives OTHER people or clinics at %s and %s\n' "$first" "$last"
    failed=1
fi
exit "$failed"
