//! Certification authorities to test against: a temporary directory with a home holding an
//! embedded portal, a citizen and a clinic's first head, the root and a CRL taken at setup.
//! [`shared`] is one such authority built once for the whole binary and only read by tests
//! (nobody revokes in it); tests that revoke build their own with [`Authority::new`].
//!
//! [`forge`] signs with the library directly, for the documents `attach sign` refuses to make
//! (expired or authentication certificates, a signer who does not fit) — the verifier must
//! refuse them too.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use attach::domain::document::Kind;
use attach::pki::cert::Cert;
use attach::pki::jws::{self, Jws};
use attach::pki::keys::SigningKey;
use tempfile::TempDir;
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

use crate::util::{Attach, Outcome, example};

/// The citizen of `examples/request.json` and the patient of `examples/ticket.json`.
pub const CITIZEN: &[&str] =
    &["--iin", "900101300453", "--surname", "ТЕСТОВ", "--given", "ТЕСТ", "--patronymic", "ТЕСТОВИЧ"];

/// The first head of the clinic of `examples/ticket.json`, its signer.
pub const HEAD: &[&str] = &[
    "--iin",
    "790615300452",
    "--surname",
    "АХМЕТОВА",
    "--given",
    "ДИНАРА",
    "--bin",
    "940140000385",
    "--org-name",
    "Поликлиника №1",
    "--role",
    "head",
];

/// [`HEAD`]'s flags and `extra`.
pub fn head_with<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = HEAD.to_vec();
    args.extend_from_slice(extra);
    args
}

/// A valid BIN that is not the ticket's clinic's.
pub const OTHER_BIN: &str = "080140001233";

/// A directory written by `nca issue --out`.
#[derive(Debug, Clone)]
pub struct Identity {
    pub dir: PathBuf,
}

impl Identity {
    pub fn key(&self) -> PathBuf {
        self.dir.join("key.pem")
    }

    pub fn cert(&self) -> PathBuf {
        self.dir.join("cert.pem")
    }

    pub fn chain(&self) -> PathBuf {
        self.dir.join("chain.pem")
    }

    pub fn key_arg(&self) -> [PathBuf; 4] {
        ["--key".into(), self.key(), "--cert".into(), self.cert()]
    }
}

#[derive(Debug)]
pub struct Authority {
    _dir: TempDir,
    pub dir: PathBuf,
    pub home: PathBuf,
    /// `nca ca` at setup.
    pub root: PathBuf,
    /// `nca crl` at setup (before any revocation).
    pub crl: PathBuf,
    pub citizen: Identity,
    pub clinic: Identity,
}

/// A temporary directory under the target directory, removed when dropped.
pub fn temp_dir() -> TempDir {
    tempfile::Builder::new()
        .prefix("it-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .expect("a temporary directory")
}

/// RFC 3339 for `--valid-from` and `--this-update`.
pub fn rfc3339(at: OffsetDateTime) -> String {
    at.replace_nanosecond(0).expect("0 ns").format(&Rfc3339).expect("a formattable time")
}

pub fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc().replace_nanosecond(0).expect("0 ns")
}

impl Authority {
    pub fn new() -> Authority {
        Authority::within(temp_dir())
    }

    fn within(dir: TempDir) -> Authority {
        let path = dir.path().to_owned();
        let home = path.join("home");
        Attach::new(&home).args(["portal", "init"]).run().assert_exit(0);
        let authority = Authority {
            _dir: dir,
            root: path.join("root.pem"),
            crl: path.join("crl.pem"),
            citizen: Identity { dir: path.join("citizen") },
            clinic: Identity { dir: path.join("clinic") },
            dir: path,
            home,
        };
        authority.issue("citizen", CITIZEN);
        authority.issue("clinic", HEAD);
        let root = authority.attach().args(["portal", "nca", "ca"]).run().assert_exit(0);
        std::fs::write(&authority.root, root.stdout).expect("root.pem");
        authority.publish_crl("crl.pem", &[]);
        authority
    }

    pub fn attach(&self) -> Attach {
        Attach::new(&self.home).current_dir(&self.dir)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// `nca issue --out DIR/name ARGS…`, which must succeed.
    pub fn issue(&self, name: &str, args: &[&str]) -> Identity {
        let dir = self.path(name);
        self.attach().args(["portal", "nca", "issue", "--out"]).arg(&dir).args(args).run().assert_exit(0);
        Identity { dir }
    }

    /// `nca crl ARGS… > DIR/name`.
    pub fn publish_crl(&self, name: &str, args: &[&str]) -> PathBuf {
        let out = self.attach().args(["portal", "nca", "crl"]).args(args).run().assert_exit(0);
        let path = self.path(name);
        std::fs::write(&path, out.stdout).expect("write the CRL");
        path
    }

    pub fn revoke(&self, who: &Identity) -> crate::util::Revocation {
        let out =
            self.attach().args(["portal", "nca", "revoke", "--cert"]).arg(who.cert()).run().assert_exit(0);
        out.json()
    }

    /// `attach sign` of `document` by `who`, which must succeed.
    pub fn sign(&self, who: &Identity, document: &[u8]) -> Vec<u8> {
        self.attach().arg("sign").args(who.key_arg()).stdin(document).run().assert_exit(0).stdout
    }

    /// `verify-ticket --trust root.pem --crl CRL --offline ARGS…` of `signed` on stdin.
    pub fn verify_with(&self, signed: &[u8], crl: &Path, args: &[&str]) -> Outcome {
        self.attach()
            .arg("verify-ticket")
            .arg("--trust")
            .arg(&self.root)
            .arg("--crl")
            .arg(crl)
            .arg("--offline")
            .args(args)
            .stdin(signed)
            .run()
    }

    pub fn verify(&self, signed: &[u8]) -> Outcome {
        self.verify_with(signed, &self.crl, &[])
    }
}

/// The authority every read-only test shares, with the identities the tamper matrix needs.
#[derive(Debug)]
pub struct Shared {
    pub auth: Authority,
    /// Another authority, same names, same people.
    pub other: Authority,
    /// `examples/ticket.json` signed by the clinic's head.
    pub ticket: Vec<u8>,
    /// `examples/request.json` signed by the citizen.
    pub request: Vec<u8>,
    /// The same head with an authentication certificate.
    pub head_auth: Identity,
    /// A head of another clinic (BIN [`OTHER_BIN`]), the same person.
    pub other_bin_head: Identity,
    /// An employee (not head, not signer) of the ticket's clinic.
    pub employee: Identity,
    /// A head of the ticket's clinic who is not the ticket's signer (another IIN).
    pub other_head: Identity,
    /// The head's certificate, expired: valid ten days ago for one day.
    pub expired_head: Identity,
    /// The head's certificate, valid from tomorrow.
    pub future_head: Identity,
    /// A CRL whose nextUpdate has passed.
    pub stale_crl: PathBuf,
    /// A CRL dated tomorrow.
    pub future_crl: PathBuf,
}

/// Built by the first test that asks; its directories (under `target/tmp`) outlive the run,
/// as statics are never dropped, and are swept by a later run.
pub fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        let auth = Authority::within(shared_dir());
        let other = Authority::within(shared_dir());
        let head_auth = auth.issue("head-auth", &head_with(&["--auth"]));
        let mut other_bin = HEAD.to_vec();
        other_bin[7] = OTHER_BIN;
        let other_bin_head = auth.issue("other-bin-head", &other_bin);
        let mut employee = HEAD.to_vec();
        employee[11] = "employee";
        let employee = auth.issue("employee", &employee);
        let mut other_head = HEAD.to_vec();
        other_head[1] = "850808310738";
        let other_head = auth.issue("other-head", &other_head);
        let ten_days_ago = rfc3339(now() - Duration::days(10));
        let expired_head =
            auth.issue("expired-head", &head_with(&["--valid-from", &ten_days_ago, "--valid-days", "1"]));
        let tomorrow = rfc3339(now() + Duration::days(1));
        let future_head = auth.issue("future-head", &head_with(&["--valid-from", &tomorrow]));
        let month_ago = rfc3339(now() - Duration::days(30));
        let stale_crl = auth.publish_crl("stale-crl.pem", &["--this-update", &month_ago, "--days", "7"]);
        let future_crl = auth.publish_crl("future-crl.pem", &["--this-update", &tomorrow]);
        Shared {
            ticket: auth.sign(&auth.clinic, &example("ticket.json")),
            request: auth.sign(&auth.citizen, &example("request.json")),
            auth,
            other,
            head_auth,
            other_bin_head,
            employee,
            other_head,
            expired_head,
            future_head,
            stale_crl,
            future_crl,
        }
    })
}

/// A directory for [`shared`], after removing those that earlier runs left.
fn shared_dir() -> TempDir {
    swept_dir("it-shared-")
}

/// A directory under the target directory, after removing those with `prefix` that earlier
/// runs left. A directory's name carries the id of the process that made it, and it is left
/// while that process lives: age is no guide, since a test run under a fake date sees every
/// file as made years ago (or in the future).
pub(crate) fn swept_dir(prefix: &str) -> TempDir {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR"));
    for entry in std::fs::read_dir(root).into_iter().flatten().flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(prefix)) else { continue };
        // Without a process id, the directory is of a layout before this one: nobody owns it.
        let owner = rest.split_once('-').and_then(|(pid, _)| pid.parse::<u32>().ok());
        if owner.is_none_or(|pid| !process_lives(pid)) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
    let prefix = format!("{prefix}{}-", std::process::id());
    tempfile::Builder::new().prefix(&prefix).tempdir_in(root).expect("a temporary directory")
}

/// Whether a process of that id runs; where `/proc` cannot tell, it is taken to run, so
/// nothing is swept.
fn process_lives(pid: u32) -> bool {
    !Path::new("/proc/self").exists() || Path::new("/proc").join(pid.to_string()).exists()
}

/// The key and `x5c` chain (leaf, issuing CA) of an identity, read with the library.
pub fn key_and_chain(who: &Identity) -> (SigningKey, Vec<Cert>) {
    let bytes = std::fs::read(who.key()).expect("key.pem");
    let bundle = SigningKey::from_file_bytes(&bytes, || Err("no password".into())).expect("a key");
    let mut chain = Cert::all_from_file_bytes(&std::fs::read(who.cert()).expect("cert.pem")).expect("cert");
    chain.extend(Cert::all_from_file_bytes(&std::fs::read(who.chain()).expect("chain.pem")).expect("chain"));
    (bundle.key, chain)
}

/// A JWS of `document` by `who` at `sig_t`, made without any of `attach sign`'s checks.
pub fn forge(who: &Identity, document: &serde_json::Value, kind: Kind, sig_t: OffsetDateTime) -> Vec<u8> {
    let (key, chain) = key_and_chain(who);
    serde_json::to_vec(&jws::sign(document, kind, &key, &chain, sig_t)).expect("a JWS serializes")
}

/// A JWS over `payload` exactly as given (not canonicalized, not checked) by `who` at `sig_t`:
/// a correct signature over whatever bytes a hostile client sends.
pub fn sign_bytes(who: &Identity, payload: &[u8], kind: Kind, sig_t: OffsetDateTime) -> Vec<u8> {
    let (key, chain) = key_and_chain(who);
    let header = serde_json::json!({
        "alg": key.alg().name(), "typ": kind.typ(), "x5c": jws::x5c(&chain), "sigT": rfc3339(sig_t),
    });
    let protected = jws::b64url(&jws::canonical(&header));
    let payload = jws::b64url(payload);
    let signature = jws::b64url(&key.sign(format!("{protected}.{payload}").as_bytes()));
    serde_json::to_vec(&Jws { protected, payload, signature }).expect("a JWS serializes")
}

pub fn parse_jws(bytes: &[u8]) -> Jws {
    serde_json::from_slice(bytes).expect("a flattened JWS")
}
