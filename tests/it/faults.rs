//! The fault suite: a campaign of `attach batch` against a portal, with something going wrong
//! on the way — the server killed (`kill -9`) and restarted at once, or only after the signing
//! window has passed; the client killed five times; the disk under the journal full; the home
//! read-only; slow bodies and a flood of logins from other addresses while it runs. Each ends
//! with the same verdict: every row has an outcome, and the portal holds one request per row —
//! none lost, none doubled.
//!
//! These tests take minutes and mount filesystems (as root; without the right, a scenario
//! says it is skipped), so a plain `cargo test` leaves them out: `bash tests/faults.sh` runs
//! them, collects the `figure:` lines they print, and runs the fuzzer. `ATTACH_FAULT_ROWS`
//! (default 200) sets the size of each campaign.

use std::collections::HashSet;
use std::io::Write;
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::batch::{
    Report, Watch, assert_complete, assert_journal_complete, batch, campaign, requests, write,
};
use crate::fixture::Identity;
use crate::home::{CITIZEN, Home, PASSWORD};
use crate::load::percentile;
use crate::wire::{Request, connect_from, get, loopback};

/// Rows of each campaign.
fn rows() -> usize {
    std::env::var("ATTACH_FAULT_ROWS").ok().and_then(|n| n.parse().ok()).unwrap_or(200)
}

/// A campaign of [`rows`] rows written to `campaign.csv`, and the operator who submits it.
struct Campaign {
    op: Identity,
    iins: Vec<String>,
    journal: PathBuf,
    results: PathBuf,
}

impl Campaign {
    fn new(home: &Home) -> Campaign {
        let op = home.operator();
        let (csv, iins) = campaign(home, rows());
        write(home, "campaign.csv", csv);
        Campaign { op, iins, journal: home.path("campaign.csv.journal"), results: home.path("results.jsonl") }
    }

    /// `attach batch campaign.csv --wait --jobs 2 --out results.jsonl`.
    fn command(&self, home: &Home) -> crate::util::Attach {
        batch(home, &self.op, "campaign.csv").args(["--wait", "--jobs", "2", "--out"]).arg(&self.results)
    }

    /// Runs the batch to its end, which must be a finished campaign.
    fn finish(&self, home: &Home) -> Report {
        let out = self.command(home).run();
        assert!(self.results.exists(), "the batch did not finish: {out:?}");
        let report = Report::file(&self.results);
        out.assert_exit(report.exit());
        report
    }

    /// The verdict: prints the scenario's figures, then asserts that every row has an outcome
    /// and that the portal holds one request per row.
    fn settle(&self, home: &Home, scenario: &str, faults: usize, report: &Report) {
        let held = requests(home);
        let distinct: HashSet<&str> = held.iter().map(|s| s.iin.as_str()).collect();
        let lost = self.iins.iter().filter(|iin| !distinct.contains(iin.as_str())).count();
        let doubled = held.len() - distinct.len();
        eprintln!(
            "figure: scenario={scenario} faults={faults} rows={} requests={} lost={lost} doubled={doubled}",
            self.iins.len(),
            held.len()
        );
        assert_complete(home, report, &self.iins);
        assert_eq!(assert_journal_complete(&self.journal), self.iins.len());
    }
}

/// Waits until `share` of the campaign is done (and some rows are in flight), while the batch
/// runs.
fn until_done(watch: &mut Watch, run: &mut crate::util::Running, share: f64, rows: usize) {
    watch.until(run, &format!("{:.0}% done", share * 100.0), |w| {
        w.done() as f64 >= share * rows as f64 && w.in_flight() > 0
    });
}

#[test]
#[ignore = "the fault suite: bash tests/faults.sh"]
fn the_server_killed_mid_batch_and_restarted_at_once_loses_and_doubles_nothing() {
    let home = Home::served();
    let c = Campaign::new(&home);
    let addr = home.with_server(|s| s.addr).to_string();
    let mut run = c.command(&home).spawn();
    let mut watch = Watch::new(&c.journal);
    for share in [0.3, 0.6] {
        until_done(&mut watch, &mut run, share, c.iins.len());
        home.kill_server();
        home.serve_on(&addr, &[]);
    }
    let out = run.wait(Duration::from_secs(180));
    let report = Report::file(&c.results);
    out.assert_exit(report.exit());
    c.settle(&home, "server killed, restarted at once", 2, &report);
}

/// The same, but the portal comes back after longer than its signing window (six minutes,
/// with the window of five: here 1 s, waited 2 s): the batch has given up meanwhile (exit 9),
/// and its journaled requests that never reached the portal are signed again when it resumes,
/// the ones that did are answered with their receipts.
#[test]
#[ignore = "the fault suite: bash tests/faults.sh"]
fn the_server_killed_mid_batch_and_resumed_after_the_signing_window_loses_and_doubles_nothing() {
    let home = Home::served();
    let c = Campaign::new(&home);
    let addr = home.with_server(|s| s.addr).to_string();
    let mut run = c.command(&home).spawn();
    let mut watch = Watch::new(&c.journal);
    until_done(&mut watch, &mut run, 0.4, c.iins.len());
    home.kill_server();
    let out = run.wait(Duration::from_secs(120)).assert_exit(9);
    assert_eq!(out.envelope().code, "unreachable");
    home.setting("signing_window", "1s");
    std::thread::sleep(Duration::from_millis(2100));
    home.serve_on(&addr, &[]);
    let report = c.finish(&home);
    c.settle(&home, "server killed, resumed after the signing window", 1, &report);
}

#[test]
#[ignore = "the fault suite: bash tests/faults.sh"]
fn the_client_killed_five_times_loses_and_doubles_nothing() {
    let home = Home::served();
    let c = Campaign::new(&home);
    for share in [0.1, 0.25, 0.45, 0.65, 0.85] {
        let mut run = c.command(&home).spawn();
        let mut watch = Watch::new(&c.journal);
        until_done(&mut watch, &mut run, share, c.iins.len());
        let status = run.kill();
        assert_eq!(std::os::unix::process::ExitStatusExt::signal(&status), Some(9), "ended before the kill");
    }
    let report = c.finish(&home);
    c.settle(&home, "client killed five times", 5, &report);
}

/// A filesystem mounted for a scenario, unmounted when dropped.
struct Mount(PathBuf);

impl Mount {
    fn run(args: &[&str], at: &Path, what: &str) -> Option<Mount> {
        std::fs::create_dir_all(at).expect("a mount point");
        let done = Command::new("mount").args(args).arg(at).output();
        match done {
            Ok(out) if out.status.success() => Some(Mount(at.to_owned())),
            Ok(out) => {
                eprintln!("figure: skipped {what}: mount: {}", String::from_utf8_lossy(&out.stderr).trim());
                None
            }
            Err(e) => {
                eprintln!("figure: skipped {what}: mount: {e}");
                None
            }
        }
    }

    /// A tmpfs of `size` at `at`, or `None` (said on stderr) where mounting is not allowed.
    fn tmpfs(at: &Path, size: &str) -> Option<Mount> {
        Mount::run(&["-t", "tmpfs", "-o", &format!("size={size},mode=0700"), "tmpfs"], at, "a full disk")
    }

    /// `dir` bind-mounted read-only over itself.
    fn read_only(dir: &Path) -> Option<Mount> {
        let bound = Mount::run(&["--bind", &dir.to_string_lossy()], dir, "a read-only home")?;
        let ro = Command::new("mount").args(["-o", "remount,bind,ro"]).arg(dir).status();
        assert!(ro.is_ok_and(|s| s.success()), "remount {} read-only", dir.display());
        Some(bound)
    }

    fn resize(&self, size: &str) {
        let status =
            Command::new("mount").args(["-o", &format!("remount,size={size}")]).arg(&self.0).status();
        assert!(status.is_ok_and(|s| s.success()), "remount {} with {size}", self.0.display());
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

/// The journal on a small tmpfs: the batch stops when it is full (exit 1, saying so) with
/// whatever it had sent answered or journaled; with room again, the same command finishes.
#[test]
#[ignore = "the fault suite: bash tests/faults.sh"]
fn a_full_disk_under_the_journal_loses_and_doubles_nothing() {
    let home = Home::served();
    let c = Campaign::new(&home);
    let Some(disk) = Mount::tmpfs(&home.path("disk"), "400k") else { return };
    let journal = home.path("disk").join("campaign.journal");
    let command = || c.command(&home).arg("--journal").arg(&journal);
    let out = command().run();
    assert_eq!(out.code, 1, "a full disk stops the batch: {out:?}");
    assert!(out.stderr.contains("full"), "{}", out.stderr);
    let held = requests(&home);
    let distinct: HashSet<&str> = held.iter().map(|s| s.iin.as_str()).collect();
    assert_eq!(distinct.len(), held.len(), "nothing doubled before the room came back");
    assert!(held.len() < c.iins.len(), "the disk filled before the end: make it smaller");

    disk.resize("64m");
    let out = command().run();
    let report = Report::file(&c.results);
    out.assert_exit(report.exit());
    let c = Campaign { journal: journal.clone(), ..c };
    c.settle(&home, "a full disk under the journal", 1, &report);
    drop(disk);
}

/// The portal's home read-only (an embedded portal on a read-only mount): every row is
/// refused as such and none is journaled as done, the portal holds nothing new; writable
/// again, the same command finishes.
#[test]
#[ignore = "the fault suite: bash tests/faults.sh"]
fn a_read_only_home_loses_and_doubles_nothing() {
    let home = Home::new();
    let c = Campaign::new(&home);
    let before = requests(&home).len();
    {
        let Some(_read_only) = Mount::read_only(&home.home) else { return };
        let out = c.command(&home).run();
        assert_eq!(out.code, 10, "every row refused: {out:?}");
        let rows = std::fs::read_to_string(&c.results).expect("the rows");
        assert!(rows.contains("read-only"), "{rows}");
        assert_eq!(requests(&home).len(), before, "nothing written to a read-only home");
    }
    let report = c.finish(&home);
    c.settle(&home, "a read-only home", 1, &report);
}

/// Headers that promise 100 bytes of body, and one byte.
fn slow_body(addr: SocketAddr, n: u8) -> Option<TcpStream> {
    let mut stream = connect_from(addr, loopback(n));
    let head = format!(
        "POST /v1/accounts/otp HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{"
    );
    stream.write_all(head.as_bytes()).ok().map(|()| stream)
}

/// While the batch runs: 300 slow bodies from one address, renewed as the server times them
/// out, and 300 threads from 30 addresses logging in (600,000 PBKDF2 iterations each) once a
/// second; a client elsewhere times its requests all along. The provider takes 2 s to decide,
/// so that the batch asks for its decisions through the attack. The batch and that client are
/// served; the figure is the client's p99.
#[test]
#[ignore = "the fault suite: bash tests/faults.sh"]
fn slow_bodies_and_a_login_flood_while_a_batch_runs_lose_and_double_nothing() {
    let home = Home::new();
    home.setting("pbkdf2_iterations", "600000");
    // The provider decides after a while: the batch waits, asking, all through the attack.
    home.setting("processing_delay", "2s");
    home.register(CITIZEN).assert_exit(0);
    home.serve(&[]);
    let addr = home.with_server(|s| s.addr);
    let c = Campaign::new(&home);
    let attacking = Arc::new(AtomicBool::new(true));

    let slow = {
        let attacking = attacking.clone();
        std::thread::spawn(move || {
            let mut held: Vec<(Instant, TcpStream)> = Vec::new();
            while attacking.load(Ordering::Relaxed) {
                held.retain(|(at, _)| at.elapsed() < Duration::from_secs(8));
                while held.len() < 300 {
                    match slow_body(addr, 2) {
                        Some(stream) => held.push((Instant::now(), stream)),
                        None => break,
                    }
                }
                std::thread::sleep(Duration::from_millis(200));
            }
        })
    };
    let flood: Vec<_> = (0..300)
        .map(|n| {
            let attacking = attacking.clone();
            std::thread::spawn(move || {
                let body = json!({"iin": CITIZEN, "password": PASSWORD});
                let mut answers = std::collections::BTreeMap::<u16, usize>::new();
                while attacking.load(Ordering::Relaxed) {
                    let answer = Request::new("POST", "/v1/sessions")
                        .json(&body)
                        .send_from(addr, loopback(10 + (n % 30) as u8));
                    *answers.entry(answer.status()).or_default() += 1;
                    std::thread::sleep(Duration::from_secs(1));
                }
                answers
            })
        })
        .collect();
    let prober = {
        let attacking = attacking.clone();
        std::thread::spawn(move || {
            let mut times = Vec::new();
            while attacking.load(Ordering::Relaxed) {
                let started = Instant::now();
                let status = get(addr, "/v1/orgs/MNG-0001", None).status();
                times.push(started.elapsed());
                assert_eq!(status, 200, "a request beside the attack");
                std::thread::sleep(Duration::from_millis(50));
            }
            times
        })
    };
    std::thread::sleep(Duration::from_secs(2));
    let started = Instant::now();
    let report = c.finish(&home);
    let took = started.elapsed();
    attacking.store(false, Ordering::Relaxed);
    let mut times = prober.join().expect("the prober");
    slow.join().expect("the slow bodies");
    let mut logins = std::collections::BTreeMap::<u16, usize>::new();
    for thread in flood {
        for (status, n) in thread.join().expect("a login thread") {
            *logins.entry(status).or_default() += n;
        }
    }
    let logins: Vec<String> = logins.iter().map(|(status, n)| format!("{status}:{n}")).collect();
    let p99 = percentile(&mut times, 99.0);
    eprintln!(
        "figure: attack p99_ms={} p50_ms={} probes={} batch_s={:.1} logins={}",
        p99.as_millis(),
        percentile(&mut times, 50.0).as_millis(),
        times.len(),
        took.as_secs_f64(),
        logins.join(",")
    );
    c.settle(&home, "slow bodies and a login flood during the batch", 2, &report);
    // Generous: a bound for a shared 2-core machine under attack, not a benchmark.
    assert!(p99 < Duration::from_secs(5), "p99 {p99:?} under the attack");
}
