//! A portal of its own for every test of the service: [`Home::new`] copies a template home
//! (`portal init`, then `portal settings pbkdf2_iterations 1000`) made once per test binary, so
//! that tests stay independent and parallel without paying for an initialization each.
//! The methods are the steps of the citizen's journey, each asserting that the step succeeded;
//! a test that expects a step to fail runs it with [`Home::attach`] instead.
//!
//! A home has a backend: [`Home::new`] is the embedded portal; [`Home::served`] also starts
//! `attach portal serve` on that home (127.0.0.1, an ephemeral port), and every client command
//! of [`Home::attach`] then talks to it through `ATTACH_PORTAL`, while `attach portal …`
//! (which ignores `ATTACH_PORTAL`) keeps administering the same home. [`both_backends!`] turns
//! a test body taking `&Home` into one test per backend. The server is stopped when the home
//! is dropped, and must exit 0.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, OnceLock};

use tempfile::TempDir;

use crate::fixture::{Identity, swept_dir, temp_dir};
use crate::served::Server;
use crate::util::{Attach, Outcome, Receipt, Refusal, RequestStatus, ServiceResult};

/// Which portal the client commands of a test talk to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// The portal engine in-process, on the home's database.
    Embedded,
    /// `attach portal serve` on the home, through `ATTACH_PORTAL`.
    Http,
}

/// One `#[test]` per backend for each test body `fn NAME(home: &Home)` named, as
/// `MODULE::embedded::NAME` and `MODULE::http::NAME`. An attribute for one backend only (a
/// parity bug: `#[http(ignore = "bug: …")]`) goes before the name.
macro_rules! both_backends {
    ($( $(#[embedded($($e:tt)*)])? $(#[http($($h:tt)*)])? $name:ident ),* $(,)?) => {
        mod embedded {
            $(
                $(#[$($e)*])?
                #[test]
                fn $name() {
                    super::$name(&crate::home::Home::with(crate::home::Backend::Embedded));
                }
            )*
        }
        mod http {
            $(
                $(#[$($h)*])?
                #[test]
                fn $name() {
                    super::$name(&crate::home::Home::with(crate::home::Backend::Http));
                }
            )*
        }
    };
}
pub(crate) use both_backends;

/// Every account of these tests has this password.
pub const PASSWORD: &str = "S3cret-pass";

/// ТЕСТОВ ТЕСТ ТЕСТОВИЧ of Актау, attached nowhere.
pub const CITIZEN: &str = "900101300453";
/// НУРЛАНОВА АЙГЕРИМ САПАРОВНА of Актау, attached nowhere (an ordinary citizen here).
pub const OPERATOR: &str = "750315400123";
/// КАЙРАТОВ ЕРЛАН АСХАТОВИЧ of Жанаозен, attached to MNG-0007 since 2019 without a free choice.
pub const ZHANAOZEN: &str = "850808310738";
/// ЕРМЕКОВА ӘЛИЯ НҰРЛАНҚЫЗЫ of Актау, attached to the closed MNG-0004.
pub const CLOSED: &str = "061211600012";
/// ОРАЗБАЕВ ҒАЛЫМ ТУЛЕГЕНОВИЧ of Актау, deceased.
pub const DECEASED: &str = "410509300776";

/// The template's home, initialized by the first test that asks. Its directory (under
/// `target/tmp`) outlives the run, as statics are never dropped, and a later run sweeps it.
fn template() -> &'static Path {
    static TEMPLATE: OnceLock<(TempDir, PathBuf)> = OnceLock::new();
    let (_, home) = TEMPLATE.get_or_init(|| {
        let dir = swept_dir("it-template-");
        let home = dir.path().join("home");
        Attach::new(&home).args(["portal", "init"]).run().assert_exit(0);
        Attach::new(&home).args(["portal", "settings", "pbkdf2_iterations", "1000"]).run().assert_exit(0);
        (dir, home)
    });
    home
}

/// A temporary directory holding `home`, a copy of the template portal, and the test's files;
/// and the server serving that home, if any.
#[derive(Debug)]
pub struct Home {
    _dir: TempDir,
    pub dir: PathBuf,
    pub home: PathBuf,
    server: Mutex<Option<Served>>,
}

/// The server and what a client needs besides its URL (`ATTACH_TLS_CA`).
#[derive(Debug)]
struct Served {
    server: Server,
    tls_ca: Option<PathBuf>,
}

impl Drop for Home {
    fn drop(&mut self) {
        // Before the directory goes: the server is stopped, and must exit 0.
        let served = self.server.get_mut().unwrap_or_else(|p| p.into_inner()).take();
        drop(served);
    }
}

impl Home {
    /// The embedded portal.
    pub fn new() -> Home {
        Home::with(Backend::Embedded)
    }

    /// A portal served over HTTP from this home.
    pub fn served() -> Home {
        Home::with(Backend::Http)
    }

    pub fn with(backend: Backend) -> Home {
        let home = Home::copy_of_template();
        if backend == Backend::Http {
            home.serve(&[]);
        }
        home
    }

    pub fn backend(&self) -> Backend {
        if self.lock().is_some() { Backend::Http } else { Backend::Embedded }
    }

    fn lock(&self) -> MutexGuard<'_, Option<Served>> {
        self.server.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Starts `attach portal serve ARGS…` on this home; client commands use it from now on.
    pub fn serve(&self, args: &[&str]) -> String {
        self.serve_with(args.iter().map(OsString::from).collect(), None)
    }

    /// [`Home::serve`] with `tls_ca` as the clients' `ATTACH_TLS_CA`.
    pub fn serve_with(&self, args: Vec<OsString>, tls_ca: Option<PathBuf>) -> String {
        let mut slot = self.lock();
        assert!(slot.is_none(), "a server already serves this home");
        let server = Server::start(&self.home, &self.dir.join("server.log"), &args);
        let url = server.url.clone();
        *slot = Some(Served { server, tls_ca });
        url
    }

    /// Starts `attach portal serve --listen LISTEN ARGS…` on this home, once LISTEN can be
    /// bound (a server again on the address of one just stopped, whose port may stay busy for
    /// a moment); client commands use it from now on.
    pub fn serve_on(&self, listen: &str, args: &[&str]) -> String {
        let started = std::time::Instant::now();
        while let Err(e) = std::net::TcpListener::bind(listen) {
            assert!(started.elapsed() < std::time::Duration::from_secs(5), "{listen} stays busy: {e}");
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let mut slot = self.lock();
        assert!(slot.is_none(), "a server already serves this home");
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        let server = Server::start_on(&self.home, &self.dir.join("server.log"), listen, &args);
        let url = server.url.clone();
        *slot = Some(Served { server, tls_ca: None });
        url
    }

    /// HTTPS: a server certificate for `localhost` and 127.0.0.1 from the portal's
    /// authority, and the root for the clients; returns the URL.
    pub fn serve_tls(&self, args: &[&str]) -> String {
        let srv = self.path("tls-server");
        self.attach()
            .args(["portal", "nca", "issue-server", "--dns", "localhost", "--ip", "127.0.0.1", "--out"])
            .arg(&srv)
            .run()
            .assert_exit(0);
        let root = self.path("root.pem");
        let pem = self.attach().args(["portal", "nca", "ca"]).run().assert_exit(0).stdout;
        std::fs::write(&root, pem).expect("root.pem");
        let mut all: Vec<OsString> = vec![
            "--tls-cert".into(),
            srv.join("cert.pem").into(),
            "--tls-key".into(),
            srv.join("key.pem").into(),
        ];
        all.extend(args.iter().map(OsString::from));
        self.serve_with(all, Some(root))
    }

    /// Stops the server (SIGTERM), which must exit 0 within ten seconds; client commands use
    /// the embedded portal until [`Home::serve`] is called again.
    pub fn stop_server(&self) {
        let served = self.lock().take().expect("a server serves this home");
        served.server.stop();
    }

    /// `kill -9` of the server; client commands use the embedded portal until [`Home::serve`]
    /// is called again.
    pub fn kill_server(&self) {
        let served = self.lock().take().expect("a server serves this home");
        served.server.kill();
    }

    /// Runs `f` with the server (for its address, pid or log).
    pub fn with_server<T>(&self, f: impl FnOnce(&mut Server) -> T) -> T {
        let mut slot = self.lock();
        f(&mut slot.as_mut().expect("a server serves this home").server)
    }

    /// The server's URL, when one serves this home.
    pub fn url(&self) -> Option<String> {
        self.lock().as_ref().map(|s| s.server.url.clone())
    }

    /// The name the client keeps its session under and `login` prints as `portal`.
    pub fn portal_name(&self) -> String {
        self.url().unwrap_or_else(|| "embedded".to_owned())
    }

    /// The environment that points a client at this home's portal.
    pub fn client_env(&self) -> Vec<(&'static str, OsString)> {
        let slot = self.lock();
        let Some(served) = slot.as_ref() else { return Vec::new() };
        let mut env = vec![("ATTACH_PORTAL", OsString::from(&served.server.url))];
        if let Some(ca) = &served.tls_ca {
            env.push(("ATTACH_TLS_CA", ca.clone().into_os_string()));
        }
        env
    }

    fn copy_of_template() -> Home {
        Home::copy_of_home(template())
    }

    /// A new embedded home holding a copy of `other`'s portal (no process may be writing to
    /// it): the same authority, accounts and certificates, and none of its test files.
    pub fn copy_of(other: &Home) -> Home {
        Home::copy_of_home(&other.home)
    }

    fn copy_of_home(template: &Path) -> Home {
        use std::os::unix::fs::DirBuilderExt;
        let dir = temp_dir();
        let home = dir.path().join("home");
        std::fs::DirBuilder::new().mode(0o700).create(&home).expect("the home");
        // The template's processes have exited, so SQLite has checkpointed its WAL into
        // portal.db; whatever else is there (-wal, -shm) is copied too.
        for entry in std::fs::read_dir(template).expect("the template home") {
            let entry = entry.expect("an entry of the template home");
            if entry.file_type().expect("a file type").is_file() {
                std::fs::copy(entry.path(), home.join(entry.file_name())).expect("copy the template");
            }
        }
        Home { dir: dir.path().to_owned(), _dir: dir, home, server: Mutex::new(None) }
    }

    /// `attach` on this home and its portal, run in the test's directory.
    pub fn attach(&self) -> Attach {
        let mut attach = Attach::new(&self.home).current_dir(&self.dir);
        for (key, value) in self.client_env() {
            attach = attach.env(key, value);
        }
        attach
    }

    /// `sh -c script` in the test's directory, `$A` the binary, on this home and its portal
    /// (see [`crate::util::sh`]).
    pub fn sh(&self, script: &str) -> Outcome {
        let env = self.client_env();
        let env: Vec<(&str, &OsStr)> = env.iter().map(|(k, v)| (*k, v.as_os_str())).collect();
        crate::util::sh(&self.home, &self.dir, &env, script)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// `portal settings KEY VALUE`.
    pub fn setting(&self, key: &str, value: &str) {
        self.attach().args(["portal", "settings", key, value]).run().assert_exit(0);
    }

    /// `register` with a proof of identity: the person's authentication certificate (issued
    /// by the portal's authority the first time; a person ГБД ФЛ does not hold gets one under
    /// a made-up name). For an IIN no certificate can be issued to, `--otp` with a made-up
    /// code, which the IIN's own check refuses first.
    pub fn register(&self, iin: &str) -> Outcome {
        match self.authentication(iin) {
            Some(auth) => {
                self.attach().args(["register", "--iin", iin, "--password-stdin"]).args(auth.key_arg())
            }
            None => self.attach().args(["register", "--iin", iin, "--otp", "000000", "--password-stdin"]),
        }
        .stdin(format!("{PASSWORD}\n"))
        .run()
    }

    /// The last one-time code the portal sent to `iin`'s phone on record (`portal outbox`).
    pub fn otp_code(&self, iin: &str) -> String {
        let messages: Vec<serde_json::Value> =
            self.attach().args(["portal", "outbox", "--iin", iin]).run().assert_exit(0).json_lines();
        let text =
            messages.last().and_then(|m| m["text"].as_str()).unwrap_or_else(|| panic!("no message to {iin}"));
        let code: String = text
            .split(|c: char| !c.is_ascii_digit())
            .find(|word| word.len() == 6)
            .unwrap_or_else(|| panic!("no code in {text:?}"))
            .to_owned();
        code
    }

    /// The authentication certificate of `iin` (`DIR/auth-IIN`), issued on first use; `None`
    /// when the authority issues none for it (an invalid IIN).
    pub fn authentication(&self, iin: &str) -> Option<Identity> {
        let dir = self.path(&format!("auth-{iin}"));
        let issue = |names: &[&str]| {
            self.attach()
                .args(["portal", "nca", "issue", "--auth", "--iin", iin, "--out"])
                .arg(&dir)
                .args(names)
                .run()
                .code
                == 0
        };
        let issued = dir.join("key.pem").exists()
            || issue(&[])
            || issue(&["--surname", "НЕИЗВЕСТНЫЙ", "--given", "ТЕСТ"]);
        issued.then_some(Identity { dir })
    }

    pub fn login_with(&self, iin: &str, password: &str) -> Outcome {
        self.attach().args(["login", "--iin", iin, "--password-stdin"]).stdin(format!("{password}\n")).run()
    }

    /// Logs `iin` in; the home keeps one session, so this also logs the previous person out.
    pub fn login(&self, iin: &str) {
        self.login_with(iin, PASSWORD).assert_exit(0);
    }

    /// `nca issue --out DIR/name ARGS…`, which must succeed.
    pub fn issue(&self, name: &str, args: &[&str]) -> Identity {
        let dir = self.path(name);
        self.attach().args(["portal", "nca", "issue", "--out"]).arg(&dir).args(args).run().assert_exit(0);
        Identity { dir }
    }

    /// A person of ГБД ФЛ with an account and a signing certificate, logged in.
    pub fn citizen(&self, iin: &str) -> Identity {
        self.register(iin).assert_exit(0);
        let who = self.issue(iin, &["--iin", iin]);
        self.login(iin);
        who
    }

    /// The operator of MNG-0001 (`portal staff add`), with an employee certificate carrying
    /// the clinic's BIN, logged in.
    pub fn operator(&self) -> Identity {
        self.attach()
            .args(["portal", "staff", "add", "--org", "MNG-0001", "--iin", OPERATOR, "--password-stdin"])
            .stdin(format!("{PASSWORD}\n"))
            .run()
            .assert_exit(0);
        let me = self.issue("operator", &["--iin", OPERATOR, "--org", "MNG-0001"]);
        self.login(OPERATOR);
        me
    }

    /// The first `n` people of `portal people ARGS…`, which must hold that many.
    pub fn people(&self, n: usize, args: &[&str]) -> Vec<crate::util::PersonRow> {
        let people: Vec<crate::util::PersonRow> = self
            .attach()
            .args(["portal", "people", "--limit", &n.to_string()])
            .args(args)
            .run()
            .assert_exit(0)
            .json_lines();
        assert_eq!(people.len(), n, "{n} people of `portal people {}`", args.join(" "));
        people
    }

    /// `n` living residents of Актау attached to no clinic, as ГБД ФЛ says: any clinic of the
    /// city can take them, by first attachment or change of residence.
    pub fn residents(&self, n: usize) -> Vec<crate::util::PersonRow> {
        self.people(n, &["--region", "Актау", "--living", "--unattached"])
    }

    /// `attach request --org ORG --reason REASON` for the person logged in.
    pub fn request(&self, org: &str, reason: &str) -> serde_json::Value {
        self.attach().args(["request", "--org", org, "--reason", reason]).run().assert_exit(0).json()
    }

    /// `attach sign` of `document` by `who`, which must succeed.
    pub fn sign(&self, who: &Identity, document: &serde_json::Value) -> Vec<u8> {
        self.attach().arg("sign").args(who.key_arg()).stdin(document.to_string()).run().assert_exit(0).stdout
    }

    pub fn submit(&self, signed: &[u8]) -> Outcome {
        self.attach().arg("submit").stdin(signed.to_vec()).run()
    }

    /// Request, sign and submit, each of which must succeed.
    pub fn apply(&self, who: &Identity, org: &str, reason: &str) -> Receipt {
        let signed = self.sign(who, &self.request(org, reason));
        self.submit(&signed).assert_exit(0).json()
    }

    pub fn status(&self, request_id: &str) -> RequestStatus {
        self.attach().args(["status", request_id]).run().assert_exit(0).json()
    }

    pub fn result(&self, request_id: &str) -> Outcome {
        self.attach().args(["result", request_id]).run()
    }

    /// The request was decided in the applicant's favour: its status, and its ticket (as
    /// `attach result` printed it, for `verify-ticket`).
    pub fn assert_attached(&self, receipt: &Receipt) -> Vec<u8> {
        assert_eq!(self.status(&receipt.request_id).status, "completed", "{receipt:?}");
        let out = self.result(&receipt.request_id).assert_exit(0);
        match out.json::<ServiceResult>() {
            ServiceResult::Attached { request_id, ticket } => {
                assert_eq!(request_id, receipt.request_id);
                let ticket = ticket.ticket();
                assert_eq!(ticket.request_id, receipt.request_id);
                assert_eq!(ticket.registration_number, receipt.registration_number);
                assert_eq!(ticket.patient.iin, receipt.iin);
            }
            refused => panic!("expected a ticket for {receipt:?}, got {refused:?}"),
        }
        out.stdout
    }

    /// Apply, and be attached.
    pub fn attach_to(&self, who: &Identity, org: &str, reason: &str) -> Vec<u8> {
        let receipt = self.apply(who, org, reason);
        self.assert_attached(&receipt)
    }

    /// The request was refused with `code`, as every stage tells it: `status` (information,
    /// exit 0), `result` (the refusal, exit 5), and `verify-ticket` reading that result
    /// (re-emitted unchanged, exit 5).
    pub fn assert_refused(&self, receipt: &Receipt, code: &str) -> Refusal {
        let status = self.status(&receipt.request_id);
        assert_eq!(status.status, "refused", "{status:?}");
        let out = self.result(&receipt.request_id).assert_exit(5);
        assert_eq!(out.stdout_str().lines().count(), 1, "one JSON object: {}", out.stdout_str());
        let refusal = match out.json::<ServiceResult>() {
            ServiceResult::Refused { request_id, refusal } => {
                assert_eq!(request_id, receipt.request_id);
                refusal
            }
            attached => panic!("expected refusal {code} for {receipt:?}, got {attached:?}"),
        };
        assert_eq!(refusal.code, code, "{refusal:?}");
        assert!(!refusal.message.trim().is_empty(), "a refusal gives its reason: {refusal:?}");
        let next = self.attach().arg("verify-ticket").stdin(out.stdout.clone()).run().assert_exit(5);
        // The same JSON (members may come in another order), and nothing else.
        assert_eq!(
            next.json::<serde_json::Value>(),
            out.json::<serde_json::Value>(),
            "verify-ticket re-emits the refusal"
        );
        assert_eq!(next.stdout_str().lines().count(), 1);
        assert_eq!(next.stderr, "");
        refusal
    }

    /// Apply, and be refused with `code`.
    pub fn refused(&self, who: &Identity, org: &str, reason: &str, code: &str) -> Refusal {
        let receipt = self.apply(who, org, reason);
        self.assert_refused(&receipt, code)
    }
}
