#!/usr/bin/env bash
# Benchmark of `attach batch` against `portal serve` on 127.0.0.1: N rows from the seeded
# registry (living people not attached to MNG-0001, each moving to Актау — a change of
# residence with an address in the clinic's region, which the rules always allow; MNG-0001's
# districts get room for the run), submitted with --wait by an
# operator of MNG-0001; rows/s and the batch's peak RSS, for BENCH_ROWS rows and for
# BENCH_BIG_ROWS rows (memory must stay flat). In the same run, the baseline an
# administrator would otherwise write: a shell loop of one `attach` process per stage per row
# over 100 rows. The machine is shared and noisy, so the batch of BENCH_ROWS rows and the loop
# run BENCH_RUNS times each, taking turns, every run with people of its own; the figures are
# the medians, and the ratio is the median batch over the median loop.
#
#   bash examples/batch-bench.sh                       # 3 × 10,000 rows, then 100,000 rows
#   BENCH_ROWS=2000 BENCH_BIG_ROWS=0 BENCH_RUNS=1 bash examples/batch-bench.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rows=${BENCH_ROWS:-10000}
big=${BENCH_BIG_ROWS:-100000}
jobs=${BENCH_JOBS:-32}
runs=${BENCH_RUNS:-3}
if [[ -n "${BENCH_BINARY:-}" ]]; then  # another build of attach, to compare two builds
    ATTACH=$(realpath "$BENCH_BINARY")
else
    echo "batch-bench: building (cargo build --release)…" >&2
    cargo build --release --quiet --bin attach
    ATTACH=$PWD/target/release/attach
fi
attach() { "$ATTACH" "$@"; }

T=$(mktemp -d "${TMPDIR:-/tmp}/attach-batch-bench.XXXXXX")
cleanup() {
    [[ -n "${server:-}" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -rf "$T"
}
trap cleanup EXIT
unset ATTACH_PORTAL ATTACH_HOME ATTACH_PASSWORD

# Enough people for both runs, with distinct people in each: a third are children, and some
# adults are already MNG-0001's.
people=$(( (runs * (rows + 100) + big) * 8 / 5 + 5000 ))
echo "batch-bench: a portal of $people people…" >&2
attach --home "$T/portal" portal init --people "$people" >/dev/null
printf 'Op-pass-1\n' | attach --home "$T/portal" portal staff add --org MNG-0001 --iin 750315400123 \
    --password-stdin >/dev/null
attach --home "$T/portal" portal nca issue --iin 750315400123 --org MNG-0001 --out "$T/op" >/dev/null
python3 - "$T" "$rows" "$big" "$runs" <<'PY'
import sqlite3, sys
t, rows, big, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
db = sqlite3.connect(f"{t}/portal/portal.db")
# Room in MNG-0001 for every row of the run.
db.execute("UPDATE districts SET capacity = capacity + 1000000 WHERE org_id = 'MNG-0001'")
db.commit()
# Adults only (a year to spare): a child's row would end early, as `minor`, and flatter the rate.
people = [r[0] for r in db.execute("""
    SELECT p.iin FROM people p WHERE p.deceased = 0 AND p.birth_date <= date('now', '-19 years')
      AND NOT EXISTS
      (SELECT 1 FROM attachments a WHERE a.iin = p.iin AND a.until IS NULL AND a.org_id = 'MNG-0001')
    ORDER BY p.seq DESC""")]
files = [(f"rows{k}.csv", rows) for k in range(runs)] + [(f"loop{k}.csv", 100) for k in range(runs)]
files.append(("big.csv", big))
start = 0
for name, n in files:
    chosen = people[start:start + n]
    start += n
    with open(f"{t}/{name}", "w") as f:
        f.write("iin,org,reason,address\n")
        # People of every region, each moving to Актау: a change of residence to a clinic of
        # the region of the new address, which the rules always allow.
        for iin in chosen:
            f.write(f"{iin},MNG-0001,change_of_residence,Актау 1 мкр. д. 1\n")
    if len(chosen) < n:
        sys.exit(f"batch-bench: only {len(chosen)} people for {n} rows")
PY

# The binary itself in the background (not the shell function), so that $! is the server.
"$ATTACH" --home "$T/portal" portal serve --listen 127.0.0.1:0 -o json >"$T/listening" 2>/dev/null &
server=$!
for _ in $(seq 100); do [[ -s "$T/listening" ]] && break; sleep 0.05; done
url=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["listening"])' "$T/listening")
export ATTACH_PORTAL=$url ATTACH_HOME=$T/client
printf 'Op-pass-1\n' | attach login --iin 750315400123 --password-stdin >/dev/null

run_batch() {  # CSV → "rows rows/s peak-RSS-KiB attached refused errors batch-CPU-µs/row portal-CPU-µs/row"
    local before
    before=$(portal_cpu)
    /usr/bin/time -f "%M %U %S" -o "$T/rss" "$ATTACH" batch "$1" --key "$T/op/key.pem" --cert "$T/op/cert.pem" \
        --wait --jobs "$jobs" --out "$T/out.jsonl" -o json >/dev/null || [[ $? == 10 ]]
    python3 - "$T/out.jsonl" "$(tail -1 "$T/rss")" "$before" "$(portal_cpu)" <<'PY'
import json, sys
s = json.loads(open(sys.argv[1]).read().splitlines()[-1])["summary"]
rss, user, system = sys.argv[2].split()
batch_us = (float(user) + float(system)) * 1e6 / s["rows"]
portal_us = (float(sys.argv[4]) - float(sys.argv[3])) * 1e6 / s["rows"]
print(s["rows"], s["rows_per_s"], rss, s["attached"], s["refused"], s["error"], round(batch_us), round(portal_us))
PY
}

# The CPU time the server has used so far, in seconds (utime + stime of /proc/PID/stat).
portal_cpu() {
    python3 -c "import os, sys; f = open(f'/proc/{sys.argv[1]}/stat').read().rsplit(')', 1)[1].split(); print((int(f[11]) + int(f[12])) / os.sysconf('SC_CLK_TCK'))" "$server"
}

run_loop() {  # CSV → rows/s
    local start
    start=$(date +%s.%N)
    while IFS=, read -r iin org reason address; do
        [[ "$iin" == iin ]] && continue
        attach request --for "$iin" --org "$org" --reason "$reason" --address "$address" </dev/null \
            | attach sign --key "$T/op/key.pem" --cert "$T/op/cert.pem" \
            | attach submit | attach status --wait | attach result >/dev/null || true
    done <"$1"
    python3 -c "import sys; print(round(100 / (float(sys.argv[2]) - float(sys.argv[1])), 1))" "$start" "$(date +%s.%N)"
}

median() { python3 -c "import statistics, sys; print(statistics.median(float(x) for x in sys.argv[1:]))" "$@"; }

rates=() loops=() rss_all=() batch_cpu=() portal_cpu_all=()
for ((k = 0; k < runs; k++)); do
    echo "batch-bench: run $((k + 1)) of $runs: $rows rows, --jobs $jobs…" >&2
    read -r n rate rss attached refused errors bcpu pcpu < <(run_batch "$T/rows$k.csv")
    rates+=("$rate") rss_all+=("$rss") batch_cpu+=("$bcpu") portal_cpu_all+=("$pcpu")
    echo "batch-bench: run $((k + 1)) of $runs: a shell loop over 100 rows…" >&2
    loops+=("$(run_loop "$T/loop$k.csv")")
done
rate=$(median "${rates[@]}")
loop_rate=$(median "${loops[@]}")
rss=$(printf '%s\n' "${rss_all[@]}" | sort -n | tail -1)
big_line="(skipped)"
if (( big > 0 )); then
    echo "batch-bench: $big rows, --jobs $jobs…" >&2
    read -r bn brate brss _ _ _ _ _ < <(run_batch "$T/big.csv")
    big_line="$bn rows: $brate rows/s, peak RSS $((brss / 1024)) MiB"
fi
echo
echo "batch ($n rows over HTTP, --wait, --jobs $jobs): median $rate rows/s of ${rates[*]}; peak RSS $((rss / 1024)) MiB"
echo "  CPU per row (medians): batch $(median "${batch_cpu[@]}") µs, portal $(median "${portal_cpu_all[@]}") µs"
echo "  outcomes of the last run: $attached attached, $refused refused, $errors errors"
echo "shell loop (one attach process per stage per row, 100 rows): median $loop_rate rows/s of ${loops[*]}"
python3 -c "
import sys
rate, loop = float(sys.argv[1]), float(sys.argv[2])
print(f'ratio: {rate / loop:.0f}× the shell loop (target ≥ 60×:', 'met' if rate / loop >= 60 else 'MISSED', end=')')
print('; target ≥ 4,000 rows/s:', 'met' if rate >= 4000 else 'MISSED')" "$rate" "$loop_rate"
echo "batch $big_line (target: peak RSS ≤ 64 MiB, flat against $n rows)"
