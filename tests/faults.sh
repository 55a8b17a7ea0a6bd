#!/usr/bin/env bash
# The fault suite and a bounded fuzz run, then the figures in a few lines: inputs the fuzzer
# tried (and crashes: 0), faults survived, requests lost or doubled (0), and the p99 of a
# client's requests while the portal is under attack. CI runs it as it is (about three
# minutes on a 2-core machine); the long variants are the same command with more time:
#
#   bash tests/faults.sh                                        CI: 90 s of fuzzing, one round
#   FAULTS_FUZZ_SECONDS=3600 FAULTS_ROUNDS=10 bash tests/faults.sh    an hour of fuzzing, ten rounds
#   ATTACH_FAULT_ROWS=450 bash tests/faults.sh                  bigger campaigns (at most 499:
#                                                               the living adults of Актау in
#                                                               the test registry)
#
# The scenarios are the ignored tests of tests/it/faults.rs; those that mount a filesystem
# (a full disk, a read-only home) need root and say they are skipped without it. A crash the
# fuzzer finds is written to tests/corpus/TARGET/crash-*: commit it with its fix, and
# tests/it/corpus.rs replays it from then on.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
fuzz_seconds=${FAULTS_FUZZ_SECONDS:-90}
rounds=${FAULTS_ROUNDS:-1}
log=$(mktemp -d "${TMPDIR:-/tmp}/faults.XXXXXX")
trap 'rm -rf "$log"' EXIT

echo "faults: building…" >&2
cargo build --locked --quiet --example fuzz
cargo test --locked --quiet --no-run 2>/dev/null

echo "faults: fuzzing for ${fuzz_seconds} s…" >&2
fuzz_status=0
target/debug/examples/fuzz all --seconds "$fuzz_seconds" >"$log/fuzz.jsonl" 2>"$log/fuzz.err" || fuzz_status=$?
cat "$log/fuzz.err" >&2

tests_status=0
for round in $(seq "$rounds"); do
    echo "faults: scenarios, round $round of $rounds…" >&2
    cargo test --locked --quiet --test it -- --ignored faults:: --nocapture --test-threads=1 \
        >>"$log/tests.out" 2>&1 || tests_status=$?
done
if [[ $tests_status -ne 0 ]]; then
    grep -E 'panicked at|^failures:|^    faults::' -A4 "$log/tests.out" >&2 || tail -40 "$log/tests.out" >&2
fi

python3 - "$log/fuzz.jsonl" "$log/tests.out" "$fuzz_seconds" "$rounds" <<'PY'
import json, re, sys
fuzz_lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip().startswith("{")]
tests = open(sys.argv[2], encoding="utf-8", errors="replace").read()
seconds, rounds = sys.argv[3], int(sys.argv[4])
summary = next((l["summary"] for l in fuzz_lines if "summary" in l), None)
if summary:
    per = ", ".join(f'{l["target"]} {l["inputs"]:,}' for l in fuzz_lines if "target" in l)
    print(f'fuzzing: {summary["inputs"]:,} inputs in {seconds} s ({per}); '
          f'{summary["crashes"]} crashes; slowest input {summary["slowest_ms"]} ms')
else:
    print("fuzzing: no figures (the fuzzer failed)")
scenarios = [dict(kv.split("=", 1) for kv in re.findall(r"(\w+=[^=]+?)(?= \w+=|$)", line))
             for line in re.findall(r"figure: (scenario=.*)$", tests, re.M)]
skipped = re.findall(r"figure: skipped (.*)$", tests, re.M)
faults = sum(int(s["faults"]) for s in scenarios)
lost = sum(int(s["lost"]) for s in scenarios)
doubled = sum(int(s["doubled"]) for s in scenarios)
print(f"faults: {faults} survived in {len(scenarios)} scenario runs ({rounds} round{'s' if rounds > 1 else ''}), "
      f"{len(skipped)} skipped; requests lost {lost}, doubled {doubled}")
for s in scenarios:
    print(f'  {s["scenario"]:<50} {s["faults"]:>2} faults  {s["rows"]} rows  {s["requests"]} requests  '
          f'lost {s["lost"]}  doubled {s["doubled"]}')
for s in skipped:
    print(f"  skipped {s}")
attacks = re.findall(r"figure: attack p99_ms=(\d+) p50_ms=(\d+) probes=(\d+) batch_s=([\d.]+) logins=(\S*)$", tests, re.M)
for p99, p50, probes, batch, logins in attacks:
    answered = ", ".join(f"{n} × {status}" for status, n in (kv.split(":") for kv in logins.split(",") if kv))
    print(f"p99 of a client's request under attack: {p99} ms (p50 {p50} ms, {probes} requests), while 300 slow "
          f"bodies from one address and 300 logins a second from 30 others (600,000 PBKDF2 iterations each; "
          f"answered {answered}) met a batch of {scenarios[0]['rows'] if scenarios else '?'} rows, which took {batch} s")
PY
[[ $fuzz_status -eq 0 && $tests_status -eq 0 ]]
