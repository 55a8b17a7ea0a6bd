//! `attach smoke`: the citizen's whole journey for a fresh synthetic citizen — init, register,
//! certificate, login, request, sign, submit, wait, result, verify — each step timed and
//! reported, in a temporary home unless `--home` is given on the command line.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Serialize;

use super::{Context, request, verify_ticket};
use crate::api::{Backend, OrgFilter, Outcome, Proof, Registration, TestIdentity};
use crate::client::StoredSession;
use crate::client::embedded::Embedded;
use crate::clock;
use crate::domain::document::{Kind, Reason};
use crate::error::{Code, Error, Exit, Result};
use crate::files;
use crate::pki::cert::Cert;
use crate::pki::crl::Crl;
use crate::pki::jws::{self, Jws};
use crate::pki::keys::SigningKey;
use crate::pki::verify::{self, At, Policy};
use crate::portal::service::random_password;
use crate::portal::{Portal, nca, registry};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Also write the steps as a JUnit XML report, for CI.
    #[arg(long, value_name = "FILE")]
    junit: Option<PathBuf>,
    /// With --portal: a citizen's identity to use when the portal offers no test identities —
    /// key.pem, cert.pem, chain.pem and identity.json (`{"iin": …}`); the password from
    /// ATTACH_PASSWORD.
    #[arg(long, value_name = "DIR")]
    identity: Option<PathBuf>,
}

#[derive(Debug, Serialize)]
struct Step {
    name: &'static str,
    ok: bool,
    ms: f64,
    detail: String,
    #[serde(skip)]
    exit: Exit,
}

#[derive(Debug, Serialize)]
struct Report {
    ok: bool,
    steps: Vec<Step>,
    /// The steps after a failure, which did not run: listed in the JUnit report as skipped.
    #[serde(skip)]
    not_run: Vec<&'static str>,
    /// When the journey started, for the JUnit report.
    #[serde(skip)]
    started_at: String,
}

/// A temporary home (0700) removed when dropped.
struct TempHome(PathBuf);

impl TempHome {
    fn new() -> Result<TempHome> {
        use std::os::unix::fs::DirBuilderExt;
        let mut random = [0u8; 8];
        ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut random)
            .map_err(|_| Error::Authority(crate::t!("smoke-random-failed")))?;
        let name = format!("attach-smoke-{}-{}", std::process::id(), jws::b64url(&random));
        let path = std::env::temp_dir().join(name);
        std::fs::DirBuilder::new()
            .mode(0o700)
            .create(&path)
            .map_err(|source| Error::Write { path: path.clone(), source })?;
        Ok(TempHome(path))
    }
}

impl Drop for TempHome {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// What the steps hand on to each other.
#[derive(Default)]
struct Journey {
    backend: Option<Box<dyn Backend>>,
    iin: String,
    org: String,
    password: String,
    identity: Option<TestIdentity>,
    key: Option<SigningKey>,
    chain: Vec<Cert>,
    session: Option<StoredSession>,
    document: Option<serde_json::Value>,
    signed: Option<Jws>,
    request_id: String,
    ticket: Option<Jws>,
}

impl Journey {
    fn backend(&self) -> Result<&dyn Backend> {
        self.backend.as_deref().ok_or_else(|| Error::Authority(crate::t!("smoke-no-portal")))
    }

    fn token(&self) -> Result<&str> {
        self.session
            .as_ref()
            .map(|s| s.token.as_str())
            .ok_or_else(|| Error::portal(Code::Unauthenticated, crate::t!("smoke-no-session")))
    }
}

/// Where the journey runs.
enum Target<'a> {
    /// The embedded portal in this home.
    Embedded(&'a Path),
    /// A remote portal; its identity from test identities or from `--identity`.
    Remote { ctx: &'a Context, identity: Option<&'a Path> },
}

fn init(target: &Target, j: &mut Journey) -> Result<String> {
    match target {
        Target::Embedded(home) => {
            let portal = Portal::open_or_init(home)?;
            let (iin, org) = registry::smoke_candidate(portal.store.conn())?
                .ok_or_else(|| Error::portal(Code::PersonNotFound, t!("smoke-nobody-left")))?;
            j.iin = iin;
            j.org = org;
            j.backend = Some(Box::new(Embedded::new(portal)));
            Ok(t!(
                "smoke-init-embedded",
                home = home.display().to_string(),
                iin = j.iin.as_str(),
                org = j.org.as_str()
            ))
        }
        Target::Remote { ctx, .. } => {
            let backend = ctx.backend()?;
            let root = Cert::all_from_file_bytes(backend.ca_pem()?.as_bytes()).map_err(Error::Authority)?;
            let detail = t!(
                "smoke-init-remote",
                portal = backend.name(),
                root = root.first().and_then(|r| r.subject.common_name.clone()).unwrap_or_default()
            );
            j.backend = Some(backend);
            Ok(detail)
        }
    }
}

fn read_identity(dir: &Path) -> Result<(String, SigningKey, Vec<Cert>)> {
    #[derive(serde::Deserialize)]
    struct IdentityFile {
        iin: String,
    }
    let file = dir.join("identity.json");
    let identity: IdentityFile = serde_json::from_slice(&files::read_input(&file)?).map_err(|e| {
        Error::input(file.display().to_string(), t!("smoke-identity-file", why = e.to_string()))
    })?;
    // As `attach sign` reads a signer: the key, the certificate and the issuing CA.
    let (key, chain) = super::sign::load_signer(
        &dir.join("key.pem"),
        Some(&dir.join("cert.pem")),
        Some(&dir.join("chain.pem")),
    )?;
    Ok((identity.iin, key, chain))
}

fn register(target: &Target, j: &mut Journey) -> Result<String> {
    match target {
        Target::Embedded(home) => {
            // As a person does on egov.kz: an authentication certificate proves who they are.
            let (key, chain) = {
                let mut portal = Portal::open_or_init(home)?;
                let (pkcs8, cert) = portal.issue_individual(&j.iin, true)?;
                let key = SigningKey::from_der(&pkcs8).map_err(|e| Error::Authority(e.to_string()))?;
                (key, vec![cert, nca::issuing(&portal.store)?])
            };
            j.password = random_password()?;
            let iin = super::input::iin(&j.iin)?;
            let proof = super::account::sign_challenge(j.backend()?, &iin, &key, &chain)?;
            let registered = j.backend()?.register(&Registration {
                iin: j.iin.clone(),
                password: j.password.clone(),
                phone: None,
                email: None,
                proof: Some(Proof::Signature(proof)),
            })?;
            Ok(t!("smoke-registered", iin = registered.iin.as_str()))
        }
        Target::Remote { identity: Some(dir), .. } => {
            let (iin, key, chain) = read_identity(dir)?;
            j.password = std::env::var("ATTACH_PASSWORD")
                .map_err(|_| Error::input("--identity", t!("smoke-identity-password")))?;
            j.iin = iin;
            j.key = Some(key);
            j.chain = chain;
            Ok(t!("smoke-registered-before", iin = j.iin.as_str(), dir = dir.display().to_string()))
        }
        Target::Remote { identity: None, .. } => {
            let identity = j
                .backend()?
                .test_identity()?
                .ok_or_else(|| Error::input("--identity", t!("smoke-no-test-identities")))?;
            j.iin = identity.iin.clone();
            j.org = identity.org.clone();
            j.password = identity.password.clone();
            j.identity = Some(identity);
            Ok(t!("smoke-test-identity", iin = j.iin.as_str()))
        }
    }
}

fn certificate(target: &Target, j: &mut Journey) -> Result<String> {
    if let Some(identity) = j.identity.take() {
        let key = SigningKey::from_file_bytes(identity.key_pem.as_bytes(), || Err(String::new()))
            .map_err(|e| Error::portal(Code::Internal, t!("smoke-test-identity-key", why = e.to_string())))?
            .key;
        let mut chain = Cert::all_from_file_bytes(identity.cert_pem.as_bytes()).map_err(Error::Authority)?;
        chain.extend(Cert::all_from_file_bytes(identity.chain_pem.as_bytes()).map_err(Error::Authority)?);
        j.key = Some(key);
        j.chain = chain;
    }
    if j.key.is_some() {
        let leaf = j.chain.first().ok_or_else(|| Error::input("--identity", t!("smoke-no-certificate")))?;
        return Ok(t!(
            "smoke-certificate",
            serial = leaf.serial.as_str(),
            holder = leaf.subject.common_name.clone().unwrap_or_default()
        ));
    }
    let Target::Embedded(home) = target else {
        return Err(Error::input("--identity", t!("smoke-no-certificate")));
    };
    let mut portal = Portal::open_or_init(home)?;
    let (pkcs8, cert) = portal.issue_individual(&j.iin, false)?;
    j.key = Some(SigningKey::from_der(&pkcs8).map_err(|e| Error::Authority(e.to_string()))?);
    let detail = t!(
        "smoke-certificate",
        serial = cert.serial.as_str(),
        holder = cert.subject.common_name.clone().unwrap_or_default()
    );
    j.chain = vec![cert, nca::issuing(&portal.store)?];
    Ok(detail)
}

fn login(j: &mut Journey) -> Result<String> {
    let iin = super::input::iin(&j.iin)?;
    let session = j.backend()?.login(&iin, &j.password)?;
    let detail = t!(
        "smoke-logged-in",
        iin = session.iin.as_str(),
        role = t!("me-role-value", role = session.role.as_str())
    );
    j.session = Some(session.into());
    Ok(detail)
}

fn fill(j: &mut Journey) -> Result<String> {
    let session = j
        .session
        .clone()
        .ok_or_else(|| Error::portal(Code::Unauthenticated, crate::t!("smoke-no-session")))?;
    let backend = j.backend.as_deref().ok_or_else(|| Error::Authority(crate::t!("smoke-no-portal")))?;
    let mut reason = None;
    if j.org.is_empty() {
        // An identity used before may be attached already: move it by change of residence,
        // which the rules always allow, to another open clinic of its region with room.
        let me = backend.me(&session.token)?;
        let current = me.attachment.as_ref().map(|a| a.org.clone());
        let filter = OrgFilter { region: Some(me.region.clone()), search: None };
        let org = backend
            .orgs(&filter)?
            .into_iter()
            .find(|o| o.open && o.attached < o.capacity && Some(&o.id) != current.as_ref())
            .ok_or_else(|| {
                Error::portal(Code::OrgNotFound, t!("smoke-no-clinic", region = me.region.as_str()))
            })?;
        j.org = org.id;
        if current.is_some() {
            reason = Some(Reason::ChangeOfResidence);
        }
    }
    let form = request::Form {
        org: &j.org,
        reason,
        address: None,
        phone: None,
        for_iin: None,
        child: None,
        representative: None,
    };
    let document = request::fill(backend, &session, form)?;
    let detail =
        t!("smoke-request", reason = document["reason"].as_str().unwrap_or("?"), org = j.org.as_str());
    j.document = Some(document);
    Ok(detail)
}

fn trust(backend: &dyn Backend) -> Result<(Vec<Cert>, Vec<Crl>)> {
    let roots = Cert::all_from_file_bytes(backend.ca_pem()?.as_bytes()).map_err(Error::Authority)?;
    let crl = Crl::from_der(&backend.crl_der()?).map_err(Error::Authority)?;
    Ok((roots, vec![crl]))
}

fn sign(j: &mut Journey) -> Result<String> {
    let document =
        j.document.as_ref().ok_or_else(|| Error::document("request", crate::t!("smoke-none-filled")))?;
    let key = j.key.as_ref().ok_or_else(|| Error::Authority(crate::t!("smoke-no-key")))?;
    let signed = jws::sign(document, Kind::Request, key, &j.chain, clock::now());
    let (roots, crls) = trust(j.backend()?)?;
    let policy = Policy {
        roots: Some(&roots),
        crls: Some(Ok(&crls)),
        at: At::Now,
        now: clock::now(),
        expect: Some(Kind::Request),
        signing_window: Some(verify::MAX_SKEW),
    };
    let report = verify::verify(&signed, &policy);
    report.refusal()?;
    j.signed = Some(signed);
    Ok(t!("smoke-signed", alg = key.alg().name(), checks = report.checks.len()))
}

fn submit(j: &mut Journey) -> Result<String> {
    let signed =
        j.signed.as_ref().ok_or_else(|| Error::document("request", crate::t!("smoke-not-signed")))?;
    let receipt = j.backend()?.submit(j.token()?, signed)?;
    j.request_id = receipt.request_id.clone();
    Ok(t!(
        "smoke-submitted",
        request = receipt.request_id.as_str(),
        registration = receipt.registration_number.as_str()
    ))
}

fn wait(j: &mut Journey) -> Result<String> {
    let started = Instant::now();
    let mut pause = Duration::from_millis(50);
    loop {
        let status = j.backend()?.status(j.token()?, &j.request_id)?;
        if status.is_final() {
            return Ok(t!(
                "smoke-decided",
                request = status.request_id.as_str(),
                state = t!("request-state", state = status.status.as_str())
            ));
        }
        if started.elapsed() > Duration::from_secs(120) {
            return Err(Error::portal(
                Code::NotReady,
                t!(
                    "smoke-still-open",
                    request = j.request_id.as_str(),
                    state = t!("request-state", state = status.status.as_str())
                ),
            ));
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_secs(2));
    }
}

fn result(j: &mut Journey) -> Result<String> {
    match j.backend()?.result(j.token()?, &j.request_id)? {
        Outcome::Attached { ticket, .. } => {
            j.ticket = Some(ticket);
            Ok(t!("smoke-ticket-received"))
        }
        Outcome::Refused { refusal, .. } => {
            Err(Error::ServiceRefused { code: refusal.code.as_str().to_owned(), message: refusal.message })
        }
    }
}

fn verify_step(j: &mut Journey) -> Result<String> {
    let ticket =
        j.ticket.as_ref().ok_or_else(|| Error::document("ticket", crate::t!("smoke-none-received")))?;
    let backend = j.backend()?;
    let (roots, crls) = trust(backend)?;
    let policy = Policy {
        roots: Some(&roots),
        crls: Some(Ok(&crls)),
        at: At::SigT,
        now: clock::now(),
        expect: Some(Kind::Ticket),
        signing_window: None,
    };
    let mut report = verify::verify(ticket, &policy);
    if let Some(document) = report.document.clone() {
        report.checks.push(verify_ticket::check_issued(backend, ticket, &document).0);
    }
    report.refusal()?;
    Ok(t!(
        "smoke-verified",
        checks = report.checks.len(),
        ticket = report.document.as_ref().and_then(|d| d["ticket_number"].as_str()).unwrap_or("?")
    ))
}

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    if args.identity.is_some() && ctx.portal_url.is_none() {
        return Err(Error::input("--identity", t!("smoke-identity-remote")));
    }
    let remote = ctx.portal_url.is_some();
    let temp = if remote || ctx.home_on_command_line { None } else { Some(TempHome::new()?) };
    let home = temp.as_ref().map_or(ctx.home.as_path(), |t| t.0.as_path()).to_owned();
    let target = if remote {
        Target::Remote { ctx, identity: args.identity.as_deref() }
    } else {
        Target::Embedded(&home)
    };
    let mut journey = Journey::default();
    type StepFn<'a> = Box<dyn Fn(&mut Journey) -> Result<String> + 'a>;
    let steps: Vec<(&'static str, StepFn)> = vec![
        ("init", Box::new(|j| init(&target, j))),
        ("register", Box::new(|j| register(&target, j))),
        ("certificate", Box::new(|j| certificate(&target, j))),
        ("login", Box::new(login)),
        ("request", Box::new(fill)),
        ("sign", Box::new(sign)),
        ("submit", Box::new(submit)),
        ("wait", Box::new(wait)),
        ("result", Box::new(result)),
        ("verify", Box::new(verify_step)),
    ];
    let mut report =
        Report { ok: true, steps: Vec::new(), not_run: Vec::new(), started_at: clock::rfc3339(clock::now()) };
    for (name, step) in steps {
        if !report.ok {
            report.not_run.push(name);
            continue;
        }
        let started = Instant::now();
        let outcome = step(&mut journey);
        let ms = (started.elapsed().as_secs_f64() * 10_000.0).round() / 10.0;
        let (ok, detail, exit) = match outcome {
            Ok(detail) => (true, detail, Exit::Success),
            Err(e) => (false, e.to_string(), e.exit()),
        };
        report.ok &= ok;
        report.steps.push(Step { name, ok, ms, detail, exit });
    }
    drop(journey);
    if let Some(path) = &args.junit {
        files::write_atomic(path, junit(&report, &hostname()).as_bytes(), 0o644)?;
    }
    // The failing step and its problem on stderr, where a CI log shows them, whatever stdout
    // is (a JSON report piped away, a table).
    if let Some(failed) = report.steps.iter().find(|s| !s.ok) {
        eprintln!(
            "attach: {}: {}",
            crate::t!("error-prefix"),
            crate::render::sanitize(&crate::t!(
                "smoke-step-failed",
                step = failed.name,
                problem = failed.detail.as_str()
            ))
        );
    }
    if ctx.json() {
        ctx.printer.json(&report)?;
    } else {
        let rows = report
            .steps
            .iter()
            .map(|s| {
                vec![
                    t!("smoke-step", step = s.name),
                    crate::render::yes_no(s.ok),
                    format!("{:.1}", s.ms),
                    s.detail.clone(),
                ]
            })
            .collect();
        ctx.printer.table(&["col-step", "col-ok", "col-ms", "col-detail"].map(|k| crate::t!(k)), rows)?;
        ctx.printer.line(&if report.ok { crate::t!("smoke-works") } else { crate::t!("smoke-failed") })?;
    }
    Ok(report.steps.iter().find(|s| !s.ok).map_or(Exit::Success, |s| s.exit))
}

fn xml_escape(text: &str) -> String {
    crate::render::sanitize(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The machine's name, for the JUnit report; `localhost` when it cannot be read.
fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|h| h.trim().to_owned())
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".to_owned())
}

/// The steps as a JUnit report, valid against the JUnit schema (`tests/junit/junit-10.xsd`):
/// `<testsuites>` around one `<testsuite>` with its `timestamp` and `hostname`, a
/// `<testcase>` for every step — a failure with its problem, the steps that did not run
/// `<skipped/>`.
fn junit(report: &Report, hostname: &str) -> String {
    let failures = report.steps.iter().filter(|s| !s.ok).count();
    let tests = report.steps.len() + report.not_run.len();
    let skipped = report.not_run.len();
    let time = report.steps.iter().map(|s| s.ms).sum::<f64>() / 1000.0;
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"attach smoke\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" time=\"{time:.3}\">\n"
    );
    xml.push_str(&format!(
        "  <testsuite name=\"attach smoke\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\" time=\"{time:.3}\" timestamp=\"{}\" hostname=\"{}\">\n",
        xml_escape(&report.started_at),
        xml_escape(hostname)
    ));
    for s in &report.steps {
        xml.push_str(&format!(
            "    <testcase classname=\"attach.smoke\" name=\"{}\" time=\"{:.3}\">",
            s.name,
            s.ms / 1000.0
        ));
        if !s.ok {
            xml.push_str(&format!("<failure message=\"{}\"/>", xml_escape(&s.detail)));
        }
        xml.push_str("</testcase>\n");
    }
    for name in &report.not_run {
        xml.push_str(&format!(
            "    <testcase classname=\"attach.smoke\" name=\"{name}\" time=\"0.000\"><skipped message=\"{}\"/></testcase>\n",
            xml_escape(&crate::t!("smoke-not-run"))
        ));
    }
    xml.push_str("  </testsuite>\n</testsuites>\n");
    xml
}
