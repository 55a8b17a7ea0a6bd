//! A fuzzer that runs on stable Rust, for the parsers of `attach` that read what others send
//! (see `targets.rs`): it mutates the seeds in `tests/corpus/TARGET/` — bit flips, bytes and
//! runs of them inserted, deleted, repeated or spliced from another input, boundary values, a
//! dictionary of the format's tokens, and changes inside a JWS's decoded parts — and keeps the
//! mutants that end somewhere no input ended before (a poor man's coverage: the outcome a
//! target reports). A panic is a crash: the input is written to `tests/corpus/TARGET/crash-…`,
//! where `tests/it/corpus.rs` replays it from then on (commit it with the fix). A worker
//! process fuzzes and its parent watches it, so that an abort (stack overflow, out of memory)
//! or an input that hangs is caught too, from the input the worker wrote down before running
//! it.
//!
//!     cargo run --example fuzz -- TARGET|all [--seconds N] [--seed S] [--save] [--corpus DIR]
//!     cargo run --example fuzz -- TARGET|all --replay
//!
//! `--seconds` is the whole run's time, shared by the targets (default 60); `--save` also
//! writes the inputs that reached a new outcome to the corpus (`found-…`); `--replay` runs
//! the corpus once and stops; `--show` prints each new outcome on stderr. Prints one JSON line per target and a summary; exits 1 when
//! anything crashed.

mod targets;

use std::collections::HashSet;
use std::io::Write;
use std::os::unix::fs::FileExt;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use targets::{Context, TARGETS, Target};

/// Inputs larger than this are cut: the API refuses bodies over 64 KiB anyway.
const MAX_INPUT: usize = 64 * 1024;
/// An input that runs longer than this is a hang.
const HANG: Duration = Duration::from_secs(10);
/// The pool of inputs a worker mutates, at most.
const MAX_POOL: usize = 4096;

struct Options {
    target: String,
    seconds: f64,
    seed: u64,
    save: bool,
    replay: bool,
    /// Print each new outcome on stderr (to see what a target tells apart).
    show: bool,
    corpus: PathBuf,
    /// Set in a worker: the file it writes each input to before running it.
    current: Option<PathBuf>,
}

fn options() -> Result<Options, String> {
    let usage = "usage: fuzz TARGET|all [--seconds N] [--seed S] [--save] [--replay] [--show] [--corpus DIR]";
    let mut args = std::env::args().skip(1);
    let target = args.next().ok_or(usage)?;
    let mut o = Options {
        target,
        seconds: 60.0,
        seed: clock_seed(),
        save: false,
        replay: false,
        show: false,
        corpus: Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus"),
        current: None,
    };
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--seconds" => o.seconds = value()?.parse().map_err(|e| format!("--seconds: {e}"))?,
            "--seed" => o.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--corpus" => o.corpus = value()?.into(),
            "--current" => o.current = Some(value()?.into()),
            "--save" => o.save = true,
            "--replay" => o.replay = true,
            "--show" => o.show = true,
            other => return Err(format!("unknown option {other}; {usage}")),
        }
    }
    if o.target != "all" && targets::find(&o.target).is_none() {
        let names: Vec<&str> = TARGETS.iter().map(|t| t.name).collect();
        return Err(format!("unknown target {}; known: all, {}", o.target, names.join(", ")));
    }
    Ok(o)
}

fn clock_seed() -> u64 {
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos());
    (nanos as u64) ^ u64::from(std::process::id()).rotate_left(32)
}

/// xorshift64*: fast, and the same run again from the same seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

/// Tokens worth inserting whole: what the formats are made of.
const DICTIONARY: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b",",
    b":",
    b"null",
    b"true",
    b"-0",
    b"1e999",
    b"0.1",
    b"\\u0000",
    b"\\ud800",
    b"\xef\xbb\xbf",
    b"\"protected\"",
    b"\"payload\"",
    b"\"x5c\"",
    b"\"alg\":\"none\"",
    b"\"alg\":\"HS256\"",
    b"\"sigT\"",
    b".",
    b"=",
    b"-",
    b"_",
    b"\r\n",
    b"\n",
    b";",
    b"\"\"",
    b"\xd0\x90",
    b"\x30\x80",
    b"\x30\x82\xff\xff",
    b"\x30\x84\xff\xff\xff\xff",
    b"\x02\x01\x00",
    b"\x05\x00",
    b"\x06\x03\x55\x1d\x13",
    b"\x06\x03\x55\x1d\x1e",
    b"\xa0\x03\x02\x01\x02",
    b"\x17\x0d",
    b"\x18\x0f",
    b"\x01\x01\xff",
    b"\x03\x02\x07\x80",
    b"\x04\x00",
    b"\x81\x00",
];

/// Values at the edges: lengths and counts that overflow or mislead.
const BOUNDARIES: &[u8] = &[0x00, 0x01, 0x7f, 0x80, 0x81, 0x82, 0x84, 0xff, b'0', b'9', b' ', b'"'];

/// One random change of `input`; `other` is another input of the pool, for splicing.
fn mutate_once(input: &mut Vec<u8>, other: &[u8], rng: &mut Rng) {
    let len = input.len();
    match rng.below(10) {
        0 if len > 0 => {
            let i = rng.below(len);
            input[i] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let i = rng.below(len);
            input[i] = BOUNDARIES[rng.below(BOUNDARIES.len())];
        }
        2 => {
            let at = rng.below(len + 1);
            let n = 1 + rng.below(8);
            let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
            input.splice(at..at, bytes);
        }
        3 if len > 0 => {
            let at = rng.below(len);
            let n = 1 + rng.below((len - at).min(64));
            input.drain(at..at + n);
        }
        4 if len > 0 => {
            // A run repeated: deep nesting, long fields, many elements.
            let at = rng.below(len);
            let n = 1 + rng.below((len - at).min(16));
            let run = input[at..at + n].to_vec();
            let most = if rng.chance(8) { 2000 } else { 8 };
            let times = 1 + rng.below(most);
            let repeated: Vec<u8> = run.iter().copied().cycle().take(n * times).collect();
            input.splice(at..at, repeated);
        }
        5 if !other.is_empty() => {
            let from = rng.below(other.len());
            let n = 1 + rng.below((other.len() - from).min(256));
            let at = rng.below(len + 1);
            input.splice(at..at, other[from..from + n].iter().copied());
        }
        6 => {
            let token = DICTIONARY[rng.below(DICTIONARY.len())];
            let at = rng.below(len + 1);
            input.splice(at..at, token.iter().copied());
        }
        7 if len > 1 => {
            input.truncate(rng.below(len));
        }
        8 if len >= 4 => {
            // A length or count of a DER header or a JSON number changed by a little.
            let i = rng.below(len);
            input[i] = input[i].wrapping_add(if rng.chance(2) { 1 } else { 0xff });
        }
        _ if len > 1 => {
            let (a, b) = (rng.below(len), rng.below(len));
            input.swap(a, b);
        }
        _ => input.push(rng.next() as u8),
    }
}

fn mutate(input: &[u8], other: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        mutate_once(&mut out, other, rng);
    }
    out.truncate(MAX_INPUT);
    out
}

fn sha_hex(bytes: &[u8]) -> String {
    ring::digest::digest(&ring::digest::SHA256, bytes).as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// The corpus's files for `target` (seeds, crashes once found), sorted by name.
fn corpus_files(corpus: &Path, target: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus.join(target))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

/// The names of the crashes the corpus keeps for `target`.
fn crash_files(corpus: &Path, target: &str) -> HashSet<String> {
    corpus_files(corpus, target)
        .iter()
        .filter_map(|p| p.file_name().and_then(|n| n.to_str()).map(str::to_owned))
        .filter(|n| n.starts_with("crash-"))
        .collect()
}

/// Writes a crashing input where the corpus keeps them; its path.
fn keep_crash(corpus: &Path, target: &str, input: &[u8]) -> PathBuf {
    let path = corpus.join(target).join(format!("crash-{}", &sha_hex(input)[..16]));
    let _ = std::fs::create_dir_all(corpus.join(target));
    let _ = std::fs::write(&path, input);
    path
}

/// A panic's message, from its payload.
fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".into())
}

/// The worker: fuzzes one target until its time is up, writing each input to `current`
/// before running it; prints its figures as one JSON line.
fn work(o: &Options, target: &'static Target) -> Result<(), String> {
    let context = Context::load(&o.corpus)?;
    let current = match &o.current {
        Some(path) => Some(std::fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?),
        None => None,
    };
    // Panics are counted, not printed: the hook stays quiet, the crash report says it all.
    std::panic::set_hook(Box::new(|_| {}));
    let started_at = Arc::new(AtomicU64::new(0));
    let epoch = Instant::now();
    {
        // The watchdog: an input running past HANG ends the process, and the parent, which
        // sees it die, takes the input from `current`.
        let started_at = started_at.clone();
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(Duration::from_millis(200));
                let at = started_at.load(Ordering::Relaxed);
                if at > 0 && epoch.elapsed().as_millis() as u64 > at + HANG.as_millis() as u64 {
                    eprintln!("fuzz: an input has run for over {} s: a hang", HANG.as_secs());
                    std::process::abort();
                }
            }
        });
    }
    let mut rng = Rng(o.seed | 1);
    let mut pool: Vec<Vec<u8>> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let (mut inputs, mut crashes, mut slowest) = (0u64, 0u64, Duration::ZERO);
    let mut crashed: HashSet<String> = HashSet::new();
    let mut run = |input: &[u8], pool: &mut Vec<Vec<u8>>, keep: bool| -> Result<(), String> {
        if let Some(file) = &current {
            file.set_len(0)
                .and_then(|()| file.write_all_at(input, 0))
                .map_err(|e| format!("current input: {e}"))?;
        }
        let t = Instant::now();
        started_at.store(epoch.elapsed().as_millis() as u64 + 1, Ordering::Relaxed);
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| (target.run)(&context, input)));
        started_at.store(0, Ordering::Relaxed);
        slowest = slowest.max(t.elapsed());
        inputs += 1;
        match outcome {
            Ok(outcome) => {
                if o.show && !seen.contains(&outcome) {
                    eprintln!("{outcome}");
                }
                if seen.insert(outcome) && keep {
                    if pool.len() < MAX_POOL {
                        pool.push(input.to_vec());
                    }
                    if o.save {
                        let path =
                            o.corpus.join(target.name).join(format!("found-{}", &sha_hex(input)[..16]));
                        let _ = std::fs::write(path, input);
                    }
                }
            }
            Err(payload) => {
                // Each crashing input once: its mutants that crash alike are the same bug.
                if crashed.insert(sha_hex(input)) {
                    crashes += 1;
                    let path = keep_crash(&o.corpus, target.name, input);
                    eprintln!(
                        "fuzz: {} crashed ({}); the input is {}",
                        target.name,
                        panic_text(&*payload),
                        path.display()
                    );
                }
            }
        }
        Ok(())
    };
    // Crashes once found are replayed by the tests (and by --replay), not while fuzzing: one
    // not fixed yet would end every worker at its start.
    let files = corpus_files(&o.corpus, target.name).into_iter().filter(|f| {
        o.replay || !f.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("crash-"))
    });
    for file in files {
        let input = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        pool.push(input.clone());
        run(&input, &mut Vec::new(), false)?;
    }
    if pool.is_empty() {
        pool.push(Vec::new());
    }
    let deadline = Instant::now() + Duration::from_secs_f64(if o.replay { 0.0 } else { o.seconds });
    while Instant::now() < deadline {
        // Time is read once in a while: the clock costs as much as a small input.
        for _ in 0..64 {
            let parent = pool[rng.below(pool.len())].clone();
            let other = pool[rng.below(pool.len())].clone();
            let child = match target.reshape {
                Some(reshape) if rng.chance(3) => {
                    let choice = rng.below(1 << 16);
                    let mut inner = Rng(rng.next() | 1);
                    let mut change = |bytes: &[u8]| mutate(bytes, &[], &mut inner);
                    reshape(&parent, choice, &mut change).unwrap_or_else(|| mutate(&parent, &other, &mut rng))
                }
                _ => mutate(&parent, &other, &mut rng),
            };
            run(&child, &mut pool, true)?;
        }
    }
    let report = serde_json::json!({
        "target": target.name, "inputs": inputs, "outcomes": seen.len(), "pool": pool.len(),
        "crashes": crashes, "slowest_ms": slowest.as_millis() as u64, "seed": o.seed,
    });
    println!("{report}");
    Ok(())
}

/// Figures of one worker's run.
#[derive(Default)]
struct Figures {
    inputs: u64,
    outcomes: u64,
    crashes: u64,
    slowest_ms: u64,
}

/// The parent: runs a worker per target for its share of the time, and another after one
/// that died, until the time is spent.
fn supervise(o: &Options) -> Result<bool, String> {
    let chosen: Vec<&Target> = match o.target.as_str() {
        "all" => TARGETS.iter().collect(),
        name => vec![targets::find(name).expect("checked")],
    };
    let share = o.seconds / chosen.len() as f64;
    let exe = std::env::current_exe().map_err(|e| format!("the fuzzer's own path: {e}"))?;
    let scratch = std::env::temp_dir().join(format!("attach-fuzz-{}", std::process::id()));
    let mut rng = Rng(o.seed | 1);
    let (mut total, mut failed) = (Figures::default(), false);
    let started = Instant::now();
    for target in chosen {
        let until = Instant::now() + Duration::from_secs_f64(share);
        let mut figures = Figures::default();
        let mut deaths: HashSet<String> = HashSet::new();
        let before = crash_files(&o.corpus, target.name);
        // Crashing inputs met, as the workers said; a worker that died said nothing of the
        // panics it had met before, but left their files.
        let mut met = 0u64;
        loop {
            let left = until.saturating_duration_since(Instant::now()).as_secs_f64();
            let seed = rng.next();
            let mut command = Command::new(&exe);
            command
                .args([target.name, "--seconds", &format!("{left:.3}"), "--seed", &seed.to_string()])
                .arg("--corpus")
                .arg(&o.corpus)
                .arg("--current")
                .arg(&scratch)
                .env("ATTACH_FUZZ_WORKER", "1")
                .stdout(Stdio::piped())
                .stderr(Stdio::inherit());
            if o.save {
                command.arg("--save");
            }
            if o.replay {
                command.arg("--replay");
            }
            if o.show {
                command.arg("--show");
            }
            let out = command.output().map_err(|e| format!("cannot start a worker: {e}"))?;
            let line = String::from_utf8_lossy(&out.stdout);
            if let Some(report) =
                line.lines().last().and_then(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            {
                let n = |k: &str| report[k].as_u64().unwrap_or(0);
                figures.inputs += n("inputs");
                figures.outcomes = figures.outcomes.max(n("outcomes"));
                figures.slowest_ms = figures.slowest_ms.max(n("slowest_ms"));
                met += n("crashes");
            }
            let mut again = false;
            if !out.status.success() {
                // It died on the input it wrote down last.
                let input = std::fs::read(&scratch).unwrap_or_default();
                again = !deaths.insert(sha_hex(&input));
                met += 1;
                if !again {
                    let path = keep_crash(&o.corpus, target.name, &input);
                    eprintln!(
                        "fuzz: the {} worker died ({}); the input is {}",
                        target.name,
                        out.status,
                        path.display()
                    );
                    figures.crashes += 1;
                }
            }
            // A worker that dies on an input it died on before (a seed) would die again.
            if o.replay || again || out.status.success() || Instant::now() >= until {
                break;
            }
        }
        let new = crash_files(&o.corpus, target.name).difference(&before).count() as u64;
        figures.crashes = met.max(new);
        println!(
            "{}",
            serde_json::json!({"target": target.name, "inputs": figures.inputs, "outcomes": figures.outcomes,
                               "crashes": figures.crashes, "slowest_ms": figures.slowest_ms})
        );
        failed |= figures.crashes > 0;
        total.inputs += figures.inputs;
        total.crashes += figures.crashes;
        total.slowest_ms = total.slowest_ms.max(figures.slowest_ms);
    }
    let _ = std::fs::remove_file(&scratch);
    println!(
        "{}",
        serde_json::json!({"summary": {"inputs": total.inputs, "crashes": total.crashes,
                           "slowest_ms": total.slowest_ms, "seconds": started.elapsed().as_secs()}})
    );
    let _ = std::io::stdout().flush();
    Ok(!failed)
}

fn main() {
    let outcome = options().and_then(|o| {
        if std::env::var_os("ATTACH_FUZZ_WORKER").is_some() {
            work(&o, targets::find(&o.target).ok_or("a worker fuzzes one target")?).map(|()| true)
        } else {
            supervise(&o)
        }
    });
    match outcome {
        Ok(true) => {}
        Ok(false) => std::process::exit(1),
        Err(e) => {
            eprintln!("fuzz: {e}");
            std::process::exit(2);
        }
    }
}
