//! `attach verify-ticket`: every check of the verifier on a signed ticket (or the result that
//! carries one), printed whatever the verdict; exit 0 when valid, 7 when a check failed. At a
//! terminal, the ticket as the regulation's screen shows it, then the verdict and its checks.
//!
//! A printed ticket is verified from its QR code (`--qr TEXT` or `--qr-image FILE`): with the
//! printed fields (`--printed FILE`) the signed document is rebuilt and its signature checked,
//! online or off; online without them, the portal gives the signed ticket whose signature the
//! code carries.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{Context, input, trust};
use crate::api::{Backend, TicketRecord};
use crate::client::ocsp::PortalResponder;
use crate::domain::document::Kind;
use crate::error::{Code, Error, Exit, Result};
use crate::pki::cert::Cert;
use crate::pki::jws::{Jws, b64url, sha256_hex, unb64url};
use crate::pki::ocsp::Responder;
use crate::pki::verify::{self, At, Check, Policy, Report};
use crate::ticket::fields::{self, Field};
use crate::ticket::{self, printed, qr};
use crate::{clock, files, render, t};

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("qr_source").args(["qr", "qr_image"])))]
pub struct Args {
    /// A signed ticket, or a result holding one [default: standard input].
    #[arg(value_name = "FILE", conflicts_with = "qr_source")]
    file: Option<PathBuf>,
    /// Trusted root (PEM or DER) [default: the embedded portal's, when the home has one].
    #[arg(long, value_name = "PEM")]
    trust: Option<PathBuf>,
    /// CRL of the issuing CA (PEM or DER) [default: the embedded portal's].
    #[arg(long, value_name = "FILE")]
    crl: Option<PathBuf>,
    /// Do not ask the portal whether it issued the ticket (check `issued`).
    #[arg(long)]
    offline: bool,
    /// When certificates must be valid: sigT (the claimed signing time), now, or an RFC 3339 time.
    #[arg(long, value_name = "sigT|now|TIME", default_value = "sigT")]
    at: String,
    /// Let a ticket that a later attachment replaced pass `issued` (authentic, no longer in force).
    #[arg(long)]
    allow_superseded: bool,
    /// The text of a printed ticket's QR code, as a phone's scanner gives it.
    #[arg(long, value_name = "TEXT")]
    qr: Option<String>,
    /// A photo or scan of a printed ticket's QR code (PNG or JPEG).
    #[arg(long, value_name = "IMAGE")]
    qr_image: Option<PathBuf>,
    /// The printed ticket of the QR code: its HTML or text rendering, or its PDF's text (pdftotext).
    #[arg(long, value_name = "FILE", requires = "qr_source")]
    printed: Option<PathBuf>,
    /// The signer's certificate, then its issuing CA (PEM or DER) [default: the portal's].
    #[arg(long, value_name = "FILE", requires = "qr_source")]
    signer_cert: Option<PathBuf>,
}

#[derive(Debug, Serialize)]
struct Signer {
    common_name: Option<String>,
    iin: Option<String>,
    organization: Option<String>,
    bin: Option<String>,
    role: Option<&'static str>,
    serial: String,
    valid_from: String,
    valid_to: String,
}

impl Signer {
    fn of(cert: &Cert) -> Signer {
        Signer {
            common_name: cert.subject.common_name.clone(),
            iin: cert.subject.iin.clone(),
            organization: cert.subject.organization.clone(),
            bin: cert.subject.bin.clone(),
            role: cert.role().map(|r| r.as_str()),
            serial: cert.serial.clone(),
            valid_from: clock::rfc3339(cert.not_before),
            valid_to: clock::rfc3339(cert.not_after),
        }
    }
}

#[derive(Debug, Serialize)]
struct Verdict<'a> {
    valid: bool,
    /// `current` or `superseded` once a portal has confirmed it issued the ticket.
    state: Option<&'static str>,
    ticket: Option<&'a serde_json::Value>,
    signer: Option<Signer>,
    checks: &'a [Check],
}

/// How a ticket is to be verified: the flags that every way of verifying shares.
#[derive(Debug, Clone, Copy)]
pub(super) struct Options<'a> {
    pub trust: Option<&'a Path>,
    pub crl: Option<&'a Path>,
    pub offline: bool,
    pub at: At,
    pub allow_superseded: bool,
}

/// What the verification of one ticket found.
pub(super) struct Verified {
    pub report: Report,
    /// `current` or `superseded`, as the portal said.
    pub state: Option<&'static str>,
    /// The portal's record of the ticket, when it was asked.
    pub record: Option<TicketRecord>,
    /// `issued` could not be asked: the verification is incomplete (exit 9), not failed.
    pub unasked: bool,
}

impl Verified {
    pub fn exit(&self) -> Exit {
        let failed = self.report.checks.iter().filter(|c| !c.ok).count();
        match failed {
            0 => Exit::Success,
            1 if self.unasked => Exit::Unavailable,
            _ => Exit::VerificationFailed,
        }
    }
}

/// The signed ticket inside the input: a JWS, or an `attached` result. A refused result is
/// passed on with exit 5.
fn signed_ticket(ctx: &Context, value: serde_json::Value) -> Result<std::result::Result<Jws, Exit>> {
    let value = match value.get("outcome").and_then(|o| o.as_str()) {
        Some("refused") => {
            ctx.printer.json(&value)?;
            return Ok(Err(Exit::ServiceRefused));
        }
        Some(_) => value
            .get("ticket")
            .cloned()
            .ok_or_else(|| Error::document("result", t!("verify-result-without-ticket")))?,
        None => value,
    };
    // serde would also take the three strings as a JSON array; the contract's form is an object.
    if !value.is_object() {
        return Err(Error::document("input", t!("verify-not-an-object")));
    }
    serde_json::from_value(value)
        .map(Ok)
        .map_err(|e| Error::document("input", t!("verify-not-a-jws", why = e.to_string())))
}

/// The signed ticket of a command's input, for `ticket render` as for `verify-ticket`: `Err`
/// with the exit of a refused result, which has been printed again.
pub(super) fn ticket_of_input(ctx: &Context, file: Option<&Path>) -> Result<std::result::Result<Jws, Exit>> {
    signed_ticket(ctx, input::read_json(file)?)
}

/// The `issued` check that could not be made: failed, and saying so.
fn not_checked(e: &Error) -> Check {
    Check::fail("issued", e.code(), t!("issued-not-checked", why = e.to_string()))
}

/// Whether an error means the portal could not be asked, rather than an answer from it.
fn cannot_ask(e: &Error) -> bool {
    matches!(e.code(), Code::Unreachable | Code::Overloaded | Code::TooManyRequests | Code::Internal)
}

/// The outcome of asking the portal about a ticket: the check, the state it gave, its record,
/// and whether it could be asked at all.
struct Issued {
    check: Check,
    state: Option<&'static str>,
    record: Option<TicketRecord>,
    unasked: bool,
}

impl Issued {
    fn of(check: Check) -> Issued {
        Issued { check, state: None, record: None, unasked: false }
    }
}

/// Check 9, `issued`: the portal confirms it issued this very ticket, and whether a later
/// attachment has superseded it. A portal that cannot be asked (unreachable, overloaded, rate
/// limited, failing) leaves the check failed as "not checked", never passed.
pub(super) fn check_issued(
    backend: &dyn Backend,
    jws: &Jws,
    ticket: &serde_json::Value,
) -> (Check, Option<&'static str>) {
    let issued = issued(backend, jws, ticket, false);
    (issued.check, issued.state)
}

fn issued(backend: &dyn Backend, jws: &Jws, ticket: &serde_json::Value, allow_superseded: bool) -> Issued {
    let fail = |detail: String| Issued::of(Check::fail("issued", Code::NotFound, detail));
    let Some(number) = ticket.get("ticket_number").and_then(|n| n.as_str()) else {
        return fail(t!("issued-no-number"));
    };
    let record = match backend.ticket(number) {
        Ok(record) => record,
        Err(e) if e.code() == Code::NotFound => {
            return fail(t!("issued-never", portal = backend.name(), number = number));
        }
        Err(e) if cannot_ask(&e) => return Issued { unasked: true, ..Issued::of(not_checked(&e)) },
        Err(e) => {
            return fail(t!("issued-refused", portal = backend.name(), number = number, why = e.to_string()));
        }
    };
    let sha = unb64url(&jws.payload).map(|p| sha256_hex(&p)).unwrap_or_default();
    if sha != record.sha256 {
        return fail(t!("issued-different", number = number, issued = record.sha256.as_str(), this = sha));
    }
    let when = |at: &str| clock::parse_rfc3339(at).map_or_else(|| at.to_owned(), clock::human);
    let issued_at = when(&record.issued_at);
    let check = if record.state != "superseded" {
        Check::pass("issued", t!("issued-current", at = issued_at))
    } else {
        let by = record.superseded_by.as_deref();
        let at = record.superseded_at.as_deref().map(when).unwrap_or_default();
        match (allow_superseded, by) {
            (true, Some(by)) => {
                Check::pass("issued", t!("issued-superseded-allowed", issued = issued_at, by = by, at = at))
            }
            (true, None) => {
                Check::pass("issued", t!("issued-superseded-allowed-unknown", issued = issued_at))
            }
            (false, Some(by)) => {
                Check::fail("issued", Code::NotFound, t!("issued-superseded", by = by, at = at))
            }
            (false, None) => Check::fail("issued", Code::NotFound, t!("issued-superseded-unknown")),
        }
    };
    let state = if record.state == "superseded" { "superseded" } else { "current" };
    Issued { check, state: Some(state), record: Some(record), unasked: false }
}

/// Whether the ticket's chain leads to the portal's own root: only then can the portal say
/// anything about the ticket. `Err` when the portal cannot be asked for its root.
fn chain_of_portal(backend: &dyn Backend, jws: &Jws, policy: &Policy) -> Result<bool> {
    let pem = backend.ca_pem()?;
    let roots = Cert::all_from_file_bytes(pem.as_bytes())
        .map_err(|e| Error::portal(Code::Internal, t!("verify-portal-root", why = e)))?;
    let policy = Policy { roots: Some(&roots), crls: None, ..*policy };
    Ok(verify::verify(jws, &policy).checks.iter().any(|c| c.name == "chain" && c.ok))
}

/// The `issued` check of an online verification. Without `--trust` the roots are the
/// portal's own; with it, a ticket whose chain leads elsewhere is none of the portal's
/// business: the check says so and passes, as `chain` decided trust. `portal_chain` says
/// whether the ticket's chain leads to the portal's root.
fn online_check(
    backend: &dyn Backend,
    jws: &Jws,
    ticket: &serde_json::Value,
    portal_chain: Result<bool>,
    allow_superseded: bool,
) -> Issued {
    match portal_chain {
        Ok(true) => issued(backend, jws, ticket, allow_superseded),
        Ok(false) => Issued::of(Check::pass("issued", t!("issued-not-applicable", portal = backend.name()))),
        Err(e) if cannot_ask(&e) => Issued { unasked: true, ..Issued::of(not_checked(&e)) },
        Err(e) => Issued::of(Check::fail(
            "issued",
            e.code(),
            t!("issued-not-asked", portal = backend.name(), why = e.to_string()),
        )),
    }
}

/// Checks 1–8 on `jws`, and online (a portal in use, `--offline` not given) check 9.
pub(super) fn verify_ticket(jws: &Jws, portal: Option<&dyn Backend>, options: &Options) -> Result<Verified> {
    let trust = trust::load(options.trust, options.crl, portal)?;
    let Some(roots) = trust.roots.as_deref() else {
        return Err(Error::NoTrustAnchor);
    };
    let crls = match &trust.crls {
        Some(Ok(crls)) => Ok(crls.as_slice()),
        Some(Err(why)) => Err(why.as_str()),
        None => Ok(&[][..]),
    };
    let policy = Policy {
        roots: Some(roots),
        crls: Some(crls),
        at: options.at,
        now: clock::now(),
        expect: Some(Kind::Ticket),
        signing_window: None,
    };
    // Online: a portal is in use and --offline was not asked for. Then the portal's responder
    // is asked about the signer, and its registry about the ticket — when the ticket's chain
    // leads to the portal's root, for only then can the portal know anything of it.
    let online = portal.filter(|_| !options.offline);
    let portal_chain = |backend: &dyn Backend| match trust.from_portal {
        true => Ok(true),
        false => chain_of_portal(backend, jws, &policy),
    };
    let portal_chain = online.map(portal_chain);
    let responder = online.filter(|_| matches!(portal_chain, Some(Ok(true)))).map(PortalResponder);
    let report = verify::verify_online(jws, &policy, responder.as_ref().map(|r| r as &dyn Responder));
    let mut verified = Verified { report, state: None, record: None, unasked: false };
    if let Some(ticket) = verified.report.document.as_ref()
        && let Some(backend) = online
        && let Some(portal_chain) = portal_chain
    {
        let issued = online_check(backend, jws, ticket, portal_chain, options.allow_superseded);
        verified.report.checks.push(issued.check);
        verified.state = issued.state;
        verified.record = issued.record;
        verified.unasked = issued.unasked;
    }
    Ok(verified)
}

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    let at = At::parse(&args.at)
        .ok_or_else(|| Error::input("--at", t!("verify-bad-at", at = args.at.as_str())))?;
    let options = Options {
        trust: args.trust.as_deref(),
        crl: args.crl.as_deref(),
        offline: args.offline,
        at,
        allow_superseded: args.allow_superseded,
    };
    if args.qr.is_some() || args.qr_image.is_some() {
        return run_qr(ctx, &args, &options);
    }
    let value = match args.file.as_deref() {
        Some(path) if path != Path::new("-") => input::read_json(Some(path))?,
        // JSON Lines on stdin: one verdict a line.
        _ => match input::piped(ctx.stdin_is_terminal)? {
            input::Piped::Lines(lines) => {
                return input::each_line(ctx, lines, |value, _| verify_one(ctx, &args, &options, value));
            }
            input::Piped::One(value) => {
                input::upstream_error(&value)?;
                value
            }
            input::Piped::Nothing => input::read_json(None)?,
        },
    };
    verify_one(ctx, &args, &options, value)
}

/// One signed ticket (or `attached` result) verified and shown.
fn verify_one(ctx: &Context, args: &Args, options: &Options, value: serde_json::Value) -> Result<Exit> {
    let jws = match signed_ticket(ctx, value)? {
        Ok(jws) => jws,
        Err(exit) => return Ok(exit),
    };
    // One handle on the portal, for its trust (without --trust) and its ticket registry.
    let portal = if args.trust.is_none() || !args.offline { ctx.existing_backend()? } else { None };
    let verified = verify_ticket(&jws, portal.as_deref(), options)?;
    show(ctx, &verified)?;
    Ok(verified.exit())
}

/// The QR code of `--qr` or `--qr-image`.
fn qr_payload(args: &Args) -> Result<qr::Payload> {
    if let Some(text) = &args.qr {
        return qr::Payload::parse(text)
            .map_err(|why| Error::input("--qr", t!("qr-not-a-ticket", why = why)));
    }
    let path = args.qr_image.as_deref().unwrap_or(Path::new("-"));
    let name = path.display().to_string();
    let texts = qr::decode_image(&files::read_input(path)?, &name)?;
    let mut why = None;
    for text in &texts {
        match qr::Payload::parse(text) {
            Ok(payload) => return Ok(payload),
            Err(e) => why = Some(e),
        }
    }
    Err(Error::input(
        "--qr-image",
        match why {
            Some(why) => t!("qr-not-a-ticket", why = why),
            None => t!("qr-image-none", path = name),
        },
    ))
}

/// What a QR code is verified with: the printed fields, or the portal's signed ticket.
enum Source {
    Printed { values: Vec<(Field, String)>, document: serde_json::Value },
    Portal,
}

fn run_qr(ctx: &Context, args: &Args, options: &Options) -> Result<Exit> {
    let payload = qr_payload(args)?;
    let needs_portal = args.trust.is_none() || !args.offline || args.signer_cert.is_none();
    let portal = if needs_portal { ctx.existing_backend()? } else { None };
    let online = portal.as_deref().filter(|_| !args.offline);
    let signature = b64url(&payload.signature);
    let (jws, source) = match &args.printed {
        Some(path) => {
            let values = read_printed(path)?;
            let document = fields::rebuild(&values);
            let chain = match signer_chain(&payload, args, portal.as_deref())? {
                Ok(chain) => chain,
                Err(check) => return refuse(ctx, check),
            };
            (ticket::assemble(&payload, &chain, &document), Source::Printed { values, document })
        }
        None => {
            let Some(backend) = online else {
                return Err(Error::input("--printed", t!("qr-needs-printed")));
            };
            match backend.signed_ticket(&payload.number, &signature) {
                Ok(jws) => (jws, Source::Portal),
                Err(e) if e.code() == Code::NotFound => {
                    let detail =
                        t!("qr-not-at-portal", portal = backend.name(), number = payload.number.as_str());
                    return refuse(ctx, Check::fail("qr", Code::NotFound, detail));
                }
                Err(e) => return Err(e),
            }
        }
    };
    let mut verified = verify_ticket(&jws, portal.as_deref(), options)?;
    let check = match &source {
        Source::Printed { values, document } => {
            printed_check(&payload, values, document, &verified.report, online)
        }
        Source::Portal => qr_check(&payload, &jws, &verified.report),
    };
    verified.report.checks.push(check);
    show(ctx, &verified)?;
    Ok(verified.exit())
}

/// A verdict of one failed check, with nothing else known: the QR code points at nothing.
fn refuse(ctx: &Context, check: Check) -> Result<Exit> {
    let report =
        Report { checks: vec![check], document: None, parsed: None, kind: None, signer: None, sig_t: None };
    let verified = Verified { report, state: None, record: None, unasked: false };
    show(ctx, &verified)?;
    Ok(Exit::VerificationFailed)
}

/// The fields printed on `path`: an HTML page is read as a browser shows it.
fn read_printed(path: &Path) -> Result<Vec<(Field, String)>> {
    let name = path.display().to_string();
    let bytes = files::read_input(path)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::input("--printed", t!("printed-not-text", path = name.as_str())))?;
    let head = text.trim_start().get(..200).unwrap_or(text.trim_start()).to_ascii_lowercase();
    let text = if head.starts_with("<!doctype html") || head.starts_with("<html") {
        printed::text_of_html(&text)
    } else {
        text
    };
    printed::read(&text, &name)
}

/// The certificates the QR code's signature names in `x5c`: the one with its serial, from
/// `--signer-cert`, `--trust` or the portal, then its issuers. `Ok(Err(check))` when the
/// portal knows no such certificate: the code points at nothing it issued.
fn signer_chain(
    payload: &qr::Payload,
    args: &Args,
    portal: Option<&dyn Backend>,
) -> Result<std::result::Result<Vec<Cert>, Check>> {
    let mut candidates = Vec::new();
    for (flag, path) in [("--signer-cert", &args.signer_cert), ("--trust", &args.trust)] {
        if let Some(path) = path {
            let bytes = files::read_input(path)?;
            let certs = Cert::all_from_file_bytes(&bytes)
                .or_else(|_| Cert::from_der(&bytes).map(|c| vec![c]))
                .map_err(|e| Error::input(format!("{flag} `{}`", path.display()), e))?;
            candidates.extend(certs);
        }
    }
    let serial = payload.serial.as_str();
    if !candidates.iter().any(|c| c.serial == serial) {
        match portal {
            Some(backend) => match backend.certificate(serial) {
                Ok(pem) => candidates.extend(
                    Cert::all_from_file_bytes(pem.as_bytes())
                        .map_err(|e| Error::portal(Code::Internal, e))?,
                ),
                Err(e) if e.code() == Code::NotFound && args.signer_cert.is_none() => {
                    let detail = t!("qr-cert-unknown", serial = serial, portal = backend.name());
                    return Ok(Err(Check::fail("qr", Code::NotFound, detail)));
                }
                Err(e) if e.code() == Code::NotFound => {}
                Err(e) => return Err(e),
            },
            None if args.signer_cert.is_some() => {
                return Err(Error::input("--signer-cert", t!("qr-cert-not-held", serial = serial)));
            }
            None => return Err(Error::input("--signer-cert", t!("qr-cert-needed", serial = serial))),
        }
    }
    let Some(leaf) = candidates.iter().find(|c| c.serial == serial) else {
        return Err(Error::input("--signer-cert", t!("qr-cert-not-held", serial = serial)));
    };
    let mut chain = vec![leaf.clone()];
    while chain.len() < payload.x5c {
        let last = chain.last().expect("the chain has its leaf");
        let issuer =
            candidates.iter().find(|c| c.subject_der == last.issuer_der && c.subject_der != c.issuer_der);
        match issuer {
            Some(issuer) if !chain.iter().any(|c| c.der == issuer.der) => chain.push(issuer.clone()),
            _ => {
                return Err(Error::input(
                    "--signer-cert",
                    t!("qr-chain-short", count = payload.x5c, found = chain.len(), serial = serial),
                ));
            }
        }
    }
    Ok(Ok(chain))
}

/// The `printed` check: the printed fields are what was signed. When they are not, the field
/// that differs is named — from the portal's signed ticket when it can be had, else from the
/// QR code's digests.
fn printed_check(
    payload: &qr::Payload,
    values: &[(Field, String)],
    rebuilt: &serde_json::Value,
    report: &Report,
    online: Option<&dyn Backend>,
) -> Check {
    let fail = |detail: String| Check::fail("printed", Code::BadSignature, detail);
    let printed_number = rebuilt["ticket_number"].as_str().unwrap_or_default();
    if printed_number != payload.number {
        return fail(t!("printed-number", printed = printed_number, qr = payload.number.as_str()));
    }
    if report.checks.iter().any(|c| c.name == "signature" && c.ok) {
        return Check::pass("printed", t!("printed-ok", count = values.len()));
    }
    let printed = |field: Field| values.iter().find(|(f, _)| *f == field).map_or("", |(_, v)| v.as_str());
    let signed = online
        .and_then(|backend| backend.signed_ticket(&payload.number, &b64url(&payload.signature)).ok())
        .and_then(|jws| unb64url(&jws.payload))
        .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok());
    if let Some(signed) = signed {
        let has = |doc: &serde_json::Value| doc.get("representative").is_some_and(|r| !r.is_null());
        match (has(rebuilt), has(&signed)) {
            (true, false) => return fail(t!("printed-extra-representative")),
            (false, true) => return fail(t!("printed-missing-representative")),
            _ => {}
        }
        let shown = fields::shown(&signed, crate::i18n::current());
        for (field, signed_text) in shown {
            if field.value_in(rebuilt) != field.value_in(&signed) {
                return fail(t!(
                    "printed-differs",
                    field = field.label(),
                    printed = printed(field),
                    signed = signed_text
                ));
            }
        }
    }
    let expected: Vec<Field> = fields::shown_fields(rebuilt).collect();
    if payload.digests.len() == expected.len() {
        let digests = fields::digests(rebuilt);
        if let Some((field, _)) =
            expected.iter().zip(digests.iter().zip(&payload.digests)).find(|(_, (a, b))| a != b)
        {
            return fail(t!("printed-differs-digest", field = field.label(), printed = printed(*field)));
        }
    } else {
        let with_representative = Field::ALL.iter().filter(|f| **f != Field::Number).count();
        if payload.digests.len() == with_representative {
            return fail(t!("printed-missing-representative"));
        }
        if expected.len() == with_representative {
            return fail(t!("printed-extra-representative"));
        }
    }
    fail(t!("printed-differs-unnamed"))
}

/// The `qr` check of a QR code verified against the portal's signed ticket: the code's signing
/// time, signer and chain are the ticket's.
fn qr_check(payload: &qr::Payload, jws: &Jws, report: &Report) -> Check {
    let header: serde_json::Value =
        unb64url(&jws.protected).and_then(|h| serde_json::from_slice(&h).ok()).unwrap_or_default();
    let sig_t = header["sigT"].as_str().unwrap_or_default();
    let x5c = header["x5c"].as_array().map_or(0, Vec::len);
    let serial = report.signer.as_ref().map(|c| c.serial.as_str()).unwrap_or_default();
    let differs = |what: &str, qr: String, ticket: String| {
        Check::fail("qr", Code::BadSignature, t!("qr-differs", what = t!(what), qr = qr, ticket = ticket))
    };
    if sig_t != payload.sig_t {
        return differs("qr-what-sigt", payload.sig_t.clone(), sig_t.to_owned());
    }
    if serial != payload.serial {
        return differs("qr-what-serial", payload.serial.clone(), serial.to_owned());
    }
    if x5c != payload.x5c {
        return differs("qr-what-count", payload.x5c.to_string(), x5c.to_string());
    }
    Check::pass("qr", t!("qr-ok", number = payload.number.as_str(), serial = serial))
}

/// The verdict: JSON, or at a terminal the ticket as the regulation's screen shows it.
pub(super) fn show(ctx: &Context, verified: &Verified) -> Result<()> {
    let report = &verified.report;
    let verdict = Verdict {
        valid: report.valid(),
        state: verified.state,
        ticket: report.document.as_ref(),
        signer: report.signer.as_ref().map(Signer::of),
        checks: &report.checks,
    };
    if ctx.json() {
        return ctx.printer.json(&verdict);
    }
    screen(ctx, verified)
}

/// The ticket on the screen: a replaced ticket's headline first, the fields under their
/// labels, who signed it, the verdict, and each check.
fn screen(ctx: &Context, verified: &Verified) -> Result<()> {
    let report = &verified.report;
    let document = report.document.as_ref();
    let text = |path: &[&str]| {
        path.iter().try_fold(document?, |v, key| v.get(*key)).and_then(|v| v.as_str()).map(str::to_owned)
    };
    let number = text(&["ticket_number"]).unwrap_or_else(|| t!("ticket-unknown-number"));
    let clinic = text(&["organization", "name"]).unwrap_or_default();
    if verified.state == Some("superseded") {
        let record = verified.record.as_ref();
        let by = record.and_then(|r| r.superseded_by.clone());
        let at = record
            .and_then(|r| r.superseded_at.as_deref())
            .map(|at| clock::parse_rfc3339(at).map_or_else(|| at.to_owned(), clock::human));
        let headline = match (by, at) {
            (Some(by), Some(at)) => {
                t!(
                    "ticket-superseded-headline",
                    number = number.as_str(),
                    by = by,
                    at = at,
                    clinic = clinic.as_str()
                )
            }
            _ => t!("ticket-superseded-headline-unknown", number = number.as_str(), clinic = clinic.as_str()),
        };
        ctx.printer.line(&headline)?;
        ctx.printer.line("")?;
    }
    if let Some(document) = document {
        ctx.printer.line(&t!("ticket-heading", number = number.as_str()))?;
        let lang = crate::i18n::current();
        let shown = fields::shown(document, lang);
        let width = shown.iter().map(|(f, _)| f.label().chars().count()).max().unwrap_or(0);
        for (field, value) in shown {
            if let Some(key) = field.section_key() {
                ctx.printer.line(&format!("  {}", t!(key)))?;
            }
            let label = field.label();
            let pad = " ".repeat(width - label.chars().count());
            ctx.printer.line(&format!("    {label}{pad}  {value}"))?;
        }
        if let Some(signer) = &report.signer {
            let at = report.sig_t.map(clock::human).unwrap_or_default();
            let label = t!("ticket-screen-signature");
            let pad = " ".repeat(width.saturating_sub(label.chars().count()));
            let who = t!("ticket-screen-signer", who = signer.describe(), at = at);
            ctx.printer.line(&format!("    {label}{pad}  {who}"))?;
        }
        ctx.printer.line("")?;
    }
    let failed: Vec<String> =
        report.checks.iter().filter(|c| !c.ok).map(|c| t!("ticket-check", name = c.name)).collect();
    let headline = match (failed.len(), verified.state) {
        (0, Some("superseded")) => t!("ticket-verdict-valid-superseded", number = number.as_str()),
        (0, Some(_)) => t!("ticket-verdict-valid", number = number.as_str()),
        (0, None) => t!("ticket-verdict-valid-offline", number = number.as_str()),
        (1, _) if verified.unasked => t!("ticket-verdict-incomplete", number = number.as_str()),
        (count, _) => {
            t!("ticket-verdict-invalid", number = number.as_str(), count = count, checks = failed.join(", "))
        }
    };
    ctx.printer.line(&headline)?;
    let rows = report
        .checks
        .iter()
        .map(|c| vec![t!("ticket-check", name = c.name), render::yes_no(c.ok), c.detail.clone()])
        .collect();
    let header = [t!("ticket-column-check"), t!("ticket-column-ok"), t!("ticket-column-detail")];
    ctx.printer.table(&[header[0].as_str(), header[1].as_str(), header[2].as_str()], rows)
}
