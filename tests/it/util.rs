//! The fluent runner over `assert_cmd` and the typed JSON the commands print.
//!
//! `Attach::new(&home).args([...]).stdin(bytes).run()` runs the binary with `ATTACH_HOME` set
//! to `home` and the environment that could leak in from a developer's shell removed; the
//! [`Outcome`] holds exit code, stdout and stderr, and fails the test on any panic of the
//! binary, whatever the exit code the test expects.

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use serde::Deserialize;
use serde::de::DeserializeOwned;

/// One run of `attach` being prepared.
#[derive(Debug)]
pub struct Attach {
    cmd: Command,
    stdin: Vec<u8>,
    shown: Vec<String>,
}

impl Attach {
    /// `attach` with `home` as its home (`ATTACH_HOME`), run in `home`'s parent directory.
    pub fn new(home: &Path) -> Attach {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_attach"));
        cmd.env("ATTACH_HOME", home)
            .env_remove("ATTACH_PORTAL")
            .env_remove("ATTACH_TLS_CA")
            .env_remove("ATTACH_KEY_PASSWORD")
            .env_remove("ATTACH_PASSWORD")
            // English, whatever the machine's locale: the tests read English messages.
            .env("ATTACH_LANG", "en")
            .env("RUST_BACKTRACE", "1");
        if let Some(parent) = home.parent().filter(|p| p.is_dir()) {
            cmd.current_dir(parent);
        }
        Attach { cmd, stdin: Vec::new(), shown: Vec::new() }
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Attach {
        self.shown.push(arg.as_ref().to_string_lossy().into_owned());
        self.cmd.arg(arg);
        self
    }

    pub fn args<I, S>(mut self, args: I) -> Attach
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        for arg in args {
            self = self.arg(arg);
        }
        self
    }

    /// Standard input (by default an empty pipe, never the test's terminal).
    pub fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Attach {
        self.stdin = bytes.into();
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<OsStr>) -> Attach {
        self.cmd.env(key, value);
        self
    }

    pub fn env_remove(mut self, key: &str) -> Attach {
        self.cmd.env_remove(key);
        self
    }

    pub fn current_dir(mut self, dir: &Path) -> Attach {
        self.cmd.current_dir(dir);
        self
    }

    pub fn run(self) -> Outcome {
        let command = self.shown.join(" ");
        let output = assert_cmd::Command::from_std(self.cmd)
            .write_stdin(self.stdin)
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap_or_else(|e| panic!("cannot run `attach {command}`: {e}"));
        Outcome::new(command, output.status, output.stdout, output.stderr)
    }

    /// Runs with stdout connected to a pipe whose reading end is already closed
    /// (`attach … | head -0`).
    pub fn run_with_closed_stdout(mut self) -> Outcome {
        let command = self.shown.join(" ");
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let output = self
            .cmd
            .stdin(Stdio::null())
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap_or_else(|e| panic!("cannot run `attach {command}`: {e}"));
        Outcome::new(command, output.status, Vec::new(), output.stderr)
    }
}

/// What a run printed, and how it ended.
#[derive(Debug)]
pub struct Outcome {
    pub command: String,
    /// The exit code; -1 when a signal ended the process.
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

impl Outcome {
    fn new(command: String, status: std::process::ExitStatus, stdout: Vec<u8>, stderr: Vec<u8>) -> Outcome {
        let outcome = Outcome {
            command,
            code: status.code().unwrap_or(-1),
            stdout,
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        };
        assert!(
            !outcome.stderr.contains("panicked"),
            "`attach {}` panicked ({status})\n{}",
            outcome.command,
            outcome.describe()
        );
        outcome
    }

    fn describe(&self) -> String {
        format!("--- stdout\n{}\n--- stderr\n{}", self.stdout_str(), self.stderr)
    }

    pub fn assert_exit(self, code: i32) -> Outcome {
        assert_eq!(
            self.code,
            code,
            "`attach {}` exited {}, expected {code}\n{}",
            self.command,
            self.code,
            self.describe()
        );
        self
    }

    pub fn stdout_str(&self) -> &str {
        std::str::from_utf8(&self.stdout).unwrap_or("(stdout is not UTF-8)")
    }

    /// Stdout as one JSON value of type `T`.
    pub fn json<T: DeserializeOwned>(&self) -> T {
        serde_json::from_slice(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout of `attach {}` is not one {}: {e}\n{}",
                self.command,
                std::any::type_name::<T>(),
                self.describe()
            )
        })
    }

    /// Stdout as JSON Lines, each of type `T`.
    pub fn json_lines<T: DeserializeOwned>(&self) -> Vec<T> {
        self.stdout_str()
            .lines()
            .map(|line| {
                serde_json::from_str(line).unwrap_or_else(|e| {
                    panic!(
                        "a line of `attach {}` is not a {}: {e}\n{line}\n{}",
                        self.command,
                        std::any::type_name::<T>(),
                        self.describe()
                    )
                })
            })
            .collect()
    }

    /// The error envelope on stdout, checked against the exit code and the stderr line.
    pub fn envelope(&self) -> ErrorBody {
        let envelope: Envelope = self.json();
        assert_eq!(i32::from(envelope.error.exit), self.code, "envelope exit vs process exit");
        envelope.error
    }

    /// An envelope whose `code` is `code`, and the same message on stderr after the one prefix.
    pub fn assert_error(&self, code: &str) -> ErrorBody {
        let error = self.envelope();
        assert_eq!(error.code, code, "{}", self.describe());
        // The tests run in English (ATTACH_LANG=en), and the envelope says so.
        assert_eq!(error.lang, "en", "{}", self.describe());
        assert_eq!(
            self.stderr.trim_end(),
            format!("attach: error: {}", error.message),
            "stderr of `attach {}`",
            self.command
        );
        error
    }
}

/// `{"error": {"code", "message", "exit", "lang"}}`: nothing else.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    pub error: ErrorBody,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorBody {
    pub code: String,
    pub message: String,
    pub exit: u8,
    /// The language of `message`.
    pub lang: String,
}

/// One line of `attach iin`.
#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct IinVerdict {
    pub iin: String,
    pub valid: bool,
    pub birth_date: Option<String>,
    pub sex: Option<String>,
    pub error: Option<String>,
}

/// What `attach verify-ticket` prints.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verdict {
    pub valid: bool,
    pub state: Option<String>,
    pub ticket: Option<serde_json::Value>,
    pub signer: Option<Signer>,
    pub checks: Vec<Check>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signer {
    pub common_name: Option<String>,
    pub iin: Option<String>,
    pub organization: Option<String>,
    pub bin: Option<String>,
    pub role: Option<String>,
    pub serial: String,
    pub valid_from: String,
    pub valid_to: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub name: String,
    pub ok: bool,
    pub detail: String,
}

impl Verdict {
    pub fn check(&self, name: &str) -> &Check {
        self.checks
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("no check `{name}` in {self:#?}"))
    }

    pub fn failed(&self) -> Vec<&str> {
        self.checks.iter().filter(|c| !c.ok).map(|c| c.name.as_str()).collect()
    }

    /// `name` failed, and it is the first check that did.
    pub fn assert_failed_first(&self, name: &str) -> &Check {
        assert!(!self.valid, "the verdict is valid: {self:#?}");
        assert_eq!(self.failed().first().copied(), Some(name), "{self:#?}");
        self.check(name)
    }
}

/// What `attach portal nca issue` prints.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Issued {
    pub serial: String,
    pub subject: Option<String>,
    pub iin: Option<String>,
    pub bin: Option<String>,
    pub role: Option<String>,
    pub purpose: String,
    pub valid_from: String,
    pub valid_to: String,
    pub files: Vec<std::path::PathBuf>,
}

/// What `attach portal nca revoke` prints.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revocation {
    pub serial: String,
    pub subject: String,
    pub revoked_at: String,
    pub newly_revoked: bool,
}

/// What `attach portal init` prints.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Initialized {
    pub home: std::path::PathBuf,
    pub database: std::path::PathBuf,
    pub people: u64,
    pub clinics: u64,
    pub root: InitializedRoot,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InitializedRoot {
    pub subject: String,
    pub serial: String,
    pub valid_to: String,
}

/// A file of `examples/`.
pub fn example(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn example_json(name: &str) -> serde_json::Value {
    serde_json::from_slice(&example(name)).expect("examples are JSON")
}

/// Runs an external tool the suite relies on (openssl, python3); a missing tool fails the
/// test with a message saying what to install, never skips it.
pub fn tool(program: &str, args: &[&OsStr], cwd: &Path) -> std::process::Output {
    Command::new(program).args(args).current_dir(cwd).output().unwrap_or_else(|e| {
        panic!("`{program}` is needed by this test and could not be run ({e}); install it (CI does)")
    })
}

/// `tool` that must succeed.
pub fn tool_ok(program: &str, args: &[&str], cwd: &Path) -> String {
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    let out = tool(program, &args, cwd);
    assert!(
        out.status.success(),
        "`{program} {}` failed ({})\n{}{}",
        args.iter().map(|a| a.to_string_lossy()).collect::<Vec<_>>().join(" "),
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs `sh -c script` in `cwd` with `$A` the binary under test and `home` as `ATTACH_HOME`,
/// so that a test can write a real pipeline (`"$A" request … | "$A" sign …`): every stage a
/// process of its own, joined by pipes, with the shell's exit code being the last stage's.
/// `env` is set after the leaky variables are removed (e.g. `ATTACH_PORTAL` for a served home).
pub fn sh(home: &Path, cwd: &Path, env: &[(&str, &OsStr)], script: &str) -> Outcome {
    let mut command = assert_cmd::Command::new("sh");
    command
        .arg("-c")
        .arg(script)
        .current_dir(cwd)
        .env("A", env!("CARGO_BIN_EXE_attach"))
        .env("ATTACH_HOME", home)
        .env_remove("ATTACH_PORTAL")
        .env_remove("ATTACH_TLS_CA")
        .env_remove("ATTACH_KEY_PASSWORD")
        .env_remove("ATTACH_PASSWORD")
        .env("ATTACH_LANG", "en")
        .env("RUST_BACKTRACE", "1");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command
        .write_stdin(Vec::new())
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap_or_else(|e| panic!("cannot run `sh -c {script}`: {e}"));
    Outcome::new(format!("(sh) {script}"), output.status, output.stdout, output.stderr)
}

/// What `attach register` prints.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registered {
    pub iin: String,
    pub registered_at: String,
}

/// What `attach login` prints: never the token.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoggedIn {
    pub iin: String,
    pub role: String,
    pub portal: String,
    pub expires_at: String,
}

/// What `attach logout` prints.
#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LoggedOut {
    pub logged_out: bool,
}

/// The request document of SPEC section 4, as `attach request` prints it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestDocument {
    #[serde(rename = "type")]
    pub type_: String,
    pub version: u32,
    pub request_uuid: String,
    pub created_at: String,
    pub channel: String,
    pub applicant: Applicant,
    pub organization: RequestOrg,
    pub reason: String,
    #[serde(default)]
    pub operator: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    pub iin: String,
    pub full_name: String,
    pub birth_date: String,
    pub address: String,
    pub phone: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestOrg {
    pub id: String,
    pub bin: String,
    pub name: String,
}

/// A flattened JWS: what `attach sign` prints and what a result carries as `ticket`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SignedDocument {
    pub protected: String,
    pub payload: String,
    pub signature: String,
}

/// What `attach submit` prints.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Receipt {
    pub request_id: String,
    pub request_uuid: String,
    pub registration_number: String,
    pub iin: String,
    pub service: String,
    pub status: String,
    pub submitted_at: String,
    pub deadline: String,
}

/// What `attach status` prints, once or per line.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RequestStatus {
    pub request_id: String,
    pub registration_number: String,
    pub iin: String,
    pub service: String,
    pub status: String,
    pub submitted_at: String,
    pub updated_at: String,
    pub deadline: String,
}

/// What `attach result` prints: a ticket, or a reasoned refusal.
#[derive(Debug, Deserialize)]
#[serde(tag = "outcome", rename_all = "lowercase", deny_unknown_fields)]
pub enum ServiceResult {
    Attached { request_id: String, ticket: SignedDocument },
    Refused { request_id: String, refusal: Refusal },
}

impl SignedDocument {
    /// The ticket document of a signed ticket.
    pub fn ticket(&self) -> TicketDocument {
        let payload = attach::pki::jws::unb64url(&self.payload).expect("base64url");
        serde_json::from_slice(&payload).expect("a section 7 ticket")
    }
}

/// The ticket of what `attach result` printed for an attached request.
pub fn ticket_document(result: &[u8]) -> TicketDocument {
    match serde_json::from_slice(result).expect("a result") {
        ServiceResult::Attached { ticket, .. } => ticket.ticket(),
        refused => panic!("expected a ticket, got {refused:?}"),
    }
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Refusal {
    pub code: String,
    pub message: String,
}

/// The ticket document of SPEC section 7.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketDocument {
    #[serde(rename = "type")]
    pub type_: String,
    pub version: u32,
    pub ticket_number: String,
    pub request_id: String,
    pub registration_number: String,
    pub issued_at: String,
    pub attached_from: String,
    pub home_visits: bool,
    pub patient: TicketPatient,
    pub organization: TicketOrg,
    pub district: TicketDistrict,
    pub signer: TicketSigner,
    pub representative: Option<TicketRepresentative>,
}

/// The parent who asked for a child's attachment, as a ticket names them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketRepresentative {
    pub iin: String,
    pub full_name: String,
    pub relation: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketPatient {
    pub iin: String,
    pub full_name: String,
    pub birth_date: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketOrg {
    pub id: String,
    pub bin: String,
    pub name: String,
    pub address: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketDistrict {
    pub number: u32,
    pub doctor: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketSigner {
    pub iin: String,
    pub full_name: String,
    pub position: String,
}

/// One line of `attach orgs`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct OrgRow {
    pub id: String,
    pub bin: String,
    pub name: String,
    pub region: String,
    pub address: String,
    pub capacity: u64,
    pub attached: u64,
    pub open: bool,
}

/// One line of `attach portal people`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PersonRow {
    pub iin: String,
    pub full_name: String,
    pub birth_date: String,
    pub sex: String,
    pub region: String,
    pub address: String,
    pub deceased: bool,
    pub attachment: Option<AttachmentRow>,
    pub parents: Vec<KinRow>,
}

/// A child's parent as `portal people` lists it.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct KinRow {
    pub iin: String,
    pub full_name: String,
    pub relation: String,
}

/// A person's attachment in force, as `portal people` shows it.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct AttachmentRow {
    pub org: String,
    pub since: String,
}

/// What `attach portal stats` prints.
#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Stats {
    pub requests: RequestCounts,
    pub within_deadline_pct: Option<f64>,
    pub refusals: std::collections::BTreeMap<String, u64>,
    pub clinics: Vec<ClinicStats>,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RequestCounts {
    pub total: u64,
    pub submitted: u64,
    pub registered: u64,
    pub completed: u64,
    pub refused: u64,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ClinicStats {
    pub id: String,
    pub requests: u64,
    pub attached: u64,
    pub within_deadline_pct: Option<f64>,
}

impl Stats {
    pub fn clinic(&self, id: &str) -> &ClinicStats {
        self.clinics.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("no clinic {id} in {self:#?}"))
    }
}

/// What `attach smoke` prints.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmokeReport {
    pub ok: bool,
    pub steps: Vec<SmokeStep>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmokeStep {
    pub name: String,
    pub ok: bool,
    pub ms: f64,
    pub detail: String,
}

/// A run of `attach` in the background, for a test that signals it or changes its portal
/// under it: stdin empty, stdout and stderr into files (so that it never blocks on a full
/// pipe). A run still going when this is dropped is killed.
#[derive(Debug)]
pub struct Running {
    command: String,
    child: std::process::Child,
    stdout: std::fs::File,
    stderr: std::fs::File,
    exited: Option<std::process::ExitStatus>,
}

impl Attach {
    /// Starts the run and returns at once.
    pub fn spawn(mut self) -> Running {
        let command = self.shown.join(" ");
        let file = || tempfile::tempfile().expect("a temporary file for the output");
        let (stdout, stderr) = (file(), file());
        let child = self
            .cmd
            .stdin(Stdio::null())
            .stdout(stdout.try_clone().expect("stdout"))
            .stderr(stderr.try_clone().expect("stderr"))
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start `attach {command}`: {e}"));
        Running { command, child, stdout, stderr, exited: None }
    }
}

impl Running {
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Whether the run has not ended yet.
    pub fn is_running(&mut self) -> bool {
        if self.exited.is_none() {
            self.exited = self.child.try_wait().expect("try_wait");
        }
        self.exited.is_none()
    }

    /// Sends `signal` (`TERM`, `INT`) with `kill(1)`.
    pub fn signal(&self, signal: &str) {
        let sent = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(self.pid().to_string())
            .status()
            .is_ok_and(|s| s.success());
        assert!(sent, "kill -{signal} {} failed", self.pid());
    }

    /// SIGKILL, and how the run ended (by that signal, unless it had ended already).
    pub fn kill(&mut self) -> std::process::ExitStatus {
        if self.exited.is_none() {
            let _ = self.child.kill();
            self.exited = Some(self.child.wait().expect("wait"));
        }
        self.exited.expect("an exit status")
    }

    /// Waits up to `limit` for the run to end (and kills it, failing the test, if it does
    /// not); what it printed, with code -1 when a signal ended it.
    pub fn wait(&mut self, limit: Duration) -> Outcome {
        let started = std::time::Instant::now();
        while self.is_running() {
            if started.elapsed() > limit {
                self.kill();
                let out = self.output();
                panic!("`attach {}` did not end within {limit:?}\n{}", out.command, out.describe());
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        self.output()
    }

    fn output(&mut self) -> Outcome {
        use std::io::{Read, Seek};
        let read = |file: &mut std::fs::File| {
            let mut bytes = Vec::new();
            file.rewind().and_then(|()| file.read_to_end(&mut bytes)).expect("the run's output");
            bytes
        };
        let (stdout, stderr) = (read(&mut self.stdout), read(&mut self.stderr));
        let status = self.exited.expect("the run has ended");
        Outcome::new(self.command.clone(), status, stdout, stderr)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.kill();
    }
}
