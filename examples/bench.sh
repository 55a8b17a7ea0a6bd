#!/usr/bin/env bash
# Benchmark `attach` against the nearest OpenSSL command line for the same work.
#
#   bash examples/bench.sh            # from the repository root
#   BENCH_RUNS=50 bash examples/bench.sh
#
# Builds the release binary, sets up a throw-away embedded portal (ATTACH_HOME in a
# temporary directory), issues a citizen and a clinic-head identity, signs
# examples/ticket.json once, then times whole-process runs of three pairs:
#
#   sign    attach sign …                 vs  openssl dgst -sha256 -sign …
#   verify  attach verify-ticket --offline vs  openssl verify -crl_check …
#   iin     attach iin 900101300453        vs  /bin/true   (process start-up floor)
#
# and prints the median and p90 in milliseconds, and the ratio attach/counterpart
# (target for the two openssl pairs: ≤ 0.75). Commands run round-robin, so machine
# noise hits every command alike.
#
# Then the citizen's journey on the embedded portal: each stage of
#   request | sign | submit | status | result | verify-ticket
# run one after another (stdout of one as stdin of the next) and timed as a whole process,
# and the same pipeline through real pipes (`sh -c '… | … | …'`, sh included). The person
# moves between MNG-0001 and MNG-0002 (change of residence) so every run ends in a fresh,
# verified ticket. Target: ≤ 25 ms for the whole pipeline (login excluded).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
for tool in cargo openssl python3; do
    command -v "$tool" >/dev/null || { echo "bench: $tool not found" >&2; exit 1; }
done
[[ -f examples/ticket.json ]] || { echo "bench: examples/ticket.json missing" >&2; exit 1; }

echo "bench: building (cargo build --release)…" >&2
cargo build --release --quiet
ATTACH=$PWD/target/release/attach

T=$(mktemp -d "${TMPDIR:-/tmp}/attach-bench.XXXXXX")
trap 'rm -rf "$T"' EXIT
export ATTACH_HOME=$T/home   # a fresh home: `portal init` refuses an existing one

echo "bench: setting up an embedded portal in $T…" >&2
"$ATTACH" portal init >/dev/null
"$ATTACH" portal nca issue --iin 900101300453 --surname ТЕСТОВ --given ТЕСТ \
    --patronymic ТЕСТОВИЧ --out "$T/me" >/dev/null
"$ATTACH" portal nca issue --iin 790615300452 --surname АХМЕТОВА --given ДИНАРА \
    --bin 940140000385 --org-name 'Поликлиника №1' --role head --out "$T/clinic" >/dev/null
"$ATTACH" portal nca ca >"$T/root.pem"
"$ATTACH" portal nca crl >"$T/crl.pem"
"$ATTACH" sign --key "$T/clinic/key.pem" --cert "$T/clinic/cert.pem" \
    --trust "$T/root.pem" --crl "$T/crl.pem" <examples/ticket.json >"$T/ticket.signed.json"
"$ATTACH" portal nca issue --iin 900101300453 --auth --out "$T/me-auth" >/dev/null
printf 'S3cret-pass\n' | "$ATTACH" register --iin 900101300453 --key "$T/me-auth/key.pem" --password-stdin >/dev/null
printf 'S3cret-pass\n' | "$ATTACH" login --iin 900101300453 --password-stdin >/dev/null

# The timing loop. Each sample is one subprocess.run (fork/exec, wait) measured with
# perf_counter_ns; Python's own spawn overhead is in every sample, so it is included
# equally in both columns (it makes the ratios slightly conservative, never flattering).
python3 - "$ATTACH" "$T" "${BENCH_RUNS:-200}" <<'PY'
import statistics, subprocess, sys, time

attach, t, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
warmup = 5
sign = [attach, "sign", "--key", f"{t}/clinic/key.pem", "--cert", f"{t}/clinic/cert.pem",
        "--trust", f"{t}/root.pem", "--crl", f"{t}/crl.pem"]
verify = [attach, "verify-ticket", f"{t}/ticket.signed.json", "--trust", f"{t}/root.pem",
          "--crl", f"{t}/crl.pem", "--offline"]
# (name, attach argv, its stdin file, counterpart argv, target ratio or None)
pairs = [
    ("sign / openssl dgst", sign, "examples/ticket.json",
     ["openssl", "dgst", "-sha256", "-sign", f"{t}/clinic/key.pem", "-out", "/dev/null",
      "examples/ticket.json"], 0.75),
    ("verify-ticket / openssl verify", verify, None,
     ["openssl", "verify", "-crl_check", "-CAfile", f"{t}/root.pem", "-untrusted",
      f"{t}/clinic/chain.pem", "-CRLfile", f"{t}/crl.pem", f"{t}/clinic/cert.pem"], 0.75),
    ("iin / true", [attach, "iin", "900101300453"], None, ["/bin/true"], None),
]
commands = []  # (argv, stdin path): attach, counterpart, attach, counterpart, …
for _, a, a_in, b, _ in pairs:
    commands += [(a, a_in), (b, None)]


def run_once(argv, stdin_path):
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        start = time.perf_counter_ns()
        p = subprocess.run(argv, stdin=stdin, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
        elapsed = time.perf_counter_ns() - start
    finally:
        if stdin_path:
            stdin.close()
    if p.returncode != 0:
        sys.exit(f"bench: {' '.join(argv)} exited {p.returncode}: "
                 f"{p.stderr.decode(errors='replace').strip()}")
    return elapsed


for _ in range(warmup):
    for argv, stdin_path in commands:
        run_once(argv, stdin_path)
samples = [[] for _ in commands]
print(f"bench: {runs} runs per command, {len(commands)} commands, interleaved…",
      file=sys.stderr)
for r in range(runs):
    for i in range(len(commands)):  # round-robin, starting point rotated each round
        j = (i + r) % len(commands)
        samples[j].append(run_once(*commands[j]))


def stats(ns):
    ms = sorted(x / 1e6 for x in ns)
    return statistics.median(ms), ms[max(0, -(-len(ms) * 9 // 10) - 1)]


w = max(len(p[0]) for p in pairs)
print(f"\n{'':{w}}  {'attach (ms)':>15}  {'counterpart (ms)':>16}")
print(f"{'pair':{w}}  {'median':>7}{'p90':>8}  {'median':>8}{'p90':>8}  {'ratio':>6}  target")
for k, (name, *_, target) in enumerate(pairs):
    (am, ap), (bm, bp) = stats(samples[2 * k]), stats(samples[2 * k + 1])
    ratio = am / bm
    verdict = "" if target is None else \
        f"≤ {target:.2f} {'met' if ratio <= target else 'MISSED'}"
    print(f"{name:{w}}  {am:7.2f}{ap:8.2f}  {bm:8.2f}{bp:8.2f}  {ratio:6.2f}  {verdict}".rstrip())
PY

python3 - "$ATTACH" "$T" "${BENCH_PIPELINE_RUNS:-50}" <<'PY'
import statistics, subprocess, sys, time

attach, t, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
key = ["--key", f"{t}/me/key.pem", "--cert", f"{t}/me/cert.pem"]


def request(org, reason):
    return [attach, "request", "--org", org, "--reason", reason]


stages = [("request", None), ("sign", [attach, "sign", *key]), ("submit", [attach, "submit"]),
          ("status", [attach, "status"]), ("result", [attach, "result"]),
          ("verify-ticket", [attach, "verify-ticket"])]
times = {name: [] for name, _ in stages}
totals, piped = [], []


def journey(org, reason):
    data, total = b"", 0
    for name, argv in stages:
        argv = argv or request(org, reason)
        start = time.perf_counter_ns()
        p = subprocess.run(argv, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        elapsed = time.perf_counter_ns() - start
        if p.returncode != 0:
            sys.exit(f"bench: {name} exited {p.returncode}: {p.stderr.decode(errors='replace').strip()}")
        times[name].append(elapsed)
        total += elapsed
        data = p.stdout
    totals.append(total)


def pipeline(org, reason):
    cmd = (f"'{attach}' request --org {org} --reason {reason} </dev/null"
           f" | '{attach}' sign --key '{t}/me/key.pem' --cert '{t}/me/cert.pem'"
           f" | '{attach}' submit | '{attach}' status | '{attach}' result | '{attach}' verify-ticket")
    start = time.perf_counter_ns()
    p = subprocess.run(["sh", "-c", cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter_ns() - start
    if p.returncode != 0:
        sys.exit(f"bench: the pipeline exited {p.returncode}: {p.stderr.decode(errors='replace').strip()}")
    piped.append(elapsed)


journey("MNG-0001", "first_attachment")
orgs = ["MNG-0002", "MNG-0001"]
print(f"bench: {runs} journeys on the embedded portal…", file=sys.stderr)
for r in range(runs):
    journey(orgs[(2 * r) % 2], "change_of_residence")
    pipeline(orgs[(2 * r + 1) % 2], "change_of_residence")


def med(ns):
    ms = sorted(x / 1e6 for x in ns)
    return statistics.median(ms), ms[max(0, -(-len(ms) * 9 // 10) - 1)]


print(f"\n{'stage (embedded portal)':24}  {'median':>7}{'p90':>8}")
for name, _ in stages:
    m, p90 = med(times[name])
    print(f"{name:24}  {m:7.2f}{p90:8.2f}")
m, p90 = med(totals)
print(f"{'sum of the stages':24}  {m:7.2f}{p90:8.2f}  target ≤ 25 ms {'met' if m <= 25 else 'MISSED'}")
m, p90 = med(piped)
print(f"{'pipeline through sh':24}  {m:7.2f}{p90:8.2f}  target ≤ 25 ms {'met' if m <= 25 else 'MISSED'}")
PY
