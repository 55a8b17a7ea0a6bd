//! `attach portal serve` as a child of the test: started on 127.0.0.1 with an ephemeral port
//! (`--listen 127.0.0.1:0 -o json`, whose first stdout line names the URL), its access log in
//! a file of the test's directory, and stopped with SIGTERM — then SIGKILL if it has not exited
//! within ten seconds — when the test is done with it, so that no server outlives its test.

use std::ffi::OsString;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// How long a stopped server may take to exit before it is killed.
pub const STOP_GRACE: Duration = Duration::from_secs(10);

/// A running `attach portal serve`.
#[derive(Debug)]
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT` or `https://…`, as the server printed it.
    pub url: String,
    pub addr: SocketAddr,
    /// The server's stderr: one JSON line per request, then its last words.
    pub log: PathBuf,
    exited: Option<ExitStatus>,
    /// Ended by `kill -9`, on purpose: how it exited is not asked.
    killed: bool,
    // Kept open so that the server never writes into a closed pipe.
    _stdout: BufReader<ChildStdout>,
}

impl Server {
    /// `attach --home HOME portal serve --listen 127.0.0.1:0 -o json ARGS…`, its stderr appended
    /// to `log`; returns once the server has said where it listens.
    pub fn start(home: &Path, log: &Path, args: &[OsString]) -> Server {
        Server::start_on(home, log, "127.0.0.1:0", args)
    }

    /// [`Server::start`] on a given address.
    pub fn start_on(home: &Path, log: &Path, listen: &str, args: &[OsString]) -> Server {
        let stderr = File::options().create(true).append(true).open(log).expect("the server's log");
        let mut child = Command::new(env!("CARGO_BIN_EXE_attach"))
            .arg("--home")
            .arg(home)
            .args(["portal", "serve", "--listen", listen, "-o", "json"])
            .args(args)
            .env_remove("ATTACH_PORTAL")
            .env_remove("ATTACH_TLS_CA")
            .env_remove("ATTACH_PASSWORD")
            .env_remove("ATTACH_KEY_PASSWORD")
            .env("ATTACH_LANG", "en")
            .env("RUST_BACKTRACE", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .expect("`attach portal serve` starts");
        let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
        let mut line = String::new();
        let read = stdout.read_line(&mut line);
        let listening = read.ok().filter(|n| *n > 0).and_then(|_| {
            serde_json::from_str::<serde_json::Value>(&line).ok()?["listening"].as_str().map(str::to_owned)
        });
        let Some(url) = listening else {
            let _ = child.kill();
            let status = child.wait();
            panic!(
                "`attach portal serve` did not say where it listens ({status:?}); stdout: {line:?}\n{}",
                std::fs::read_to_string(log).unwrap_or_default()
            );
        };
        let authority = url.split_once("://").map_or(url.as_str(), |(_, rest)| rest);
        let addr: SocketAddr = authority.parse().unwrap_or_else(|e| panic!("`{url}`: {e}"));
        Server { child, url, addr, log: log.to_owned(), exited: None, killed: false, _stdout: stdout }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Sends `signal` (`TERM`, `INT`, `KILL`) to the server with `kill(1)`.
    pub fn signal(&self, signal: &str) {
        assert!(self.send(signal), "kill -{signal} {} failed", self.pid());
    }

    fn send(&self, signal: &str) -> bool {
        Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(self.pid().to_string())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    /// Waits up to `limit` for the server to exit.
    pub fn wait_for_exit(&mut self, limit: Duration) -> Option<ExitStatus> {
        if self.exited.is_some() {
            return self.exited;
        }
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                self.exited = Some(status);
                return self.exited;
            }
            if started.elapsed() >= limit {
                return None;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// SIGTERM, and the exit status; SIGKILL (and `None`) when it did not exit within
    /// [`STOP_GRACE`].
    pub fn terminate(&mut self) -> Option<ExitStatus> {
        if self.exited.is_none() {
            self.send("TERM");
        }
        match self.wait_for_exit(STOP_GRACE) {
            Some(status) => Some(status),
            None => {
                let _ = self.child.kill();
                self.exited = self.child.wait().ok();
                None
            }
        }
    }

    /// `kill -9`: the server ends at once, wherever it was (mid-commit, mid-answer).
    pub fn kill(mut self) {
        let _ = self.child.kill();
        self.exited = self.child.wait().ok();
        self.killed = true;
    }

    /// SIGTERM; the server must exit 0 within [`STOP_GRACE`].
    pub fn stop(mut self) {
        let status = self.terminate();
        self.assert_stopped_cleanly(status);
    }

    fn assert_stopped_cleanly(&self, status: Option<ExitStatus>) {
        let log = || std::fs::read_to_string(&self.log).unwrap_or_default();
        match status {
            Some(status) => {
                assert_eq!(status.code(), Some(0), "the server at {} exited {status}\n{}", self.url, log())
            }
            None => {
                panic!("the server at {} did not stop within {STOP_GRACE:?} of SIGTERM\n{}", self.url, log())
            }
        }
    }

    /// The access log so far, one JSON object per request.
    pub fn access_log(&self) -> Vec<serde_json::Value> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let status = self.terminate();
        if !std::thread::panicking() && !self.killed {
            self.assert_stopped_cleanly(status);
        }
    }
}
