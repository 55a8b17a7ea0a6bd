//! `attach verify-ticket`: every check of the verifier on a signed ticket (or the result that
//! carries one), printed whatever the verdict; exit 0 when valid, 7 when a check failed.

use std::path::PathBuf;

use serde::Serialize;

use super::{Context, input, trust};
use crate::api::Backend;
use crate::client::ocsp::PortalResponder;
use crate::clock;
use crate::domain::document::Kind;
use crate::error::{Code, Error, Exit, Result};
use crate::pki::cert::Cert;
use crate::pki::jws::{Jws, sha256_hex, unb64url};
use crate::pki::ocsp::Responder;
use crate::pki::verify::{self, At, Check, Policy};
use crate::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A signed ticket, or a result holding one [default: standard input].
    #[arg(value_name = "FILE")]
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

/// The signed ticket inside the input: a JWS, or an `attached` result. A refused result is
/// passed on with exit 5.
fn signed_ticket(ctx: &Context, value: serde_json::Value) -> Result<std::result::Result<Jws, Exit>> {
    let value = match value.get("outcome").and_then(|o| o.as_str()) {
        Some("refused") => {
            ctx.printer.json(&value)?;
            return Ok(Err(Exit::ServiceRefused));
        }
        Some(_) => {
            value.get("ticket").cloned().ok_or_else(|| Error::document("result", "has no `ticket`"))?
        }
        None => value,
    };
    // serde would also take the three strings as a JSON array; the contract's form is an object.
    if !value.is_object() {
        return Err(Error::document("input", "is not a signed ticket (a JSON object)"));
    }
    serde_json::from_value(value).map(Ok).map_err(|e| {
        Error::document(
            "input",
            format!("is not a signed ticket (a flattened JWS with protected, payload and signature): {e}"),
        )
    })
}

/// Check 9, `issued`: the portal confirms it issued this very ticket, and whether a later
/// attachment has superseded it. A portal that cannot be asked (unreachable, overloaded, rate
/// limited, failing) leaves the check failed as "not checked", never passed.
pub(super) fn check_issued(
    backend: &dyn Backend,
    jws: &Jws,
    ticket: &serde_json::Value,
) -> (Check, Option<&'static str>) {
    let fail = |detail: String| (Check::fail("issued", Code::NotFound, detail), None);
    let Some(number) = ticket.get("ticket_number").and_then(|n| n.as_str()) else {
        return fail("the ticket has no number".into());
    };
    let record = match backend.ticket(number) {
        Ok(record) => record,
        Err(e) if e.code() == Code::NotFound => {
            return fail(format!("the portal ({}) never issued ticket {number}", backend.name()));
        }
        Err(e) if cannot_ask(&e) => return (not_checked(&e), None),
        Err(e) => {
            return fail(format!("the portal ({}) refused to confirm ticket {number}: {e}", backend.name()));
        }
    };
    let sha = unb64url(&jws.payload).map(|p| sha256_hex(&p)).unwrap_or_default();
    if sha != record.sha256 {
        return fail(format!(
            "the portal issued a different ticket {number} (SHA-256 {}, this one {sha})",
            record.sha256
        ));
    }
    let state = if record.state == "superseded" { "superseded" } else { "current" };
    let detail = match state {
        "superseded" => {
            format!("issued by the portal on {}; superseded by a later attachment", record.issued_at)
        }
        _ => format!("issued by the portal on {}; the person's current attachment", record.issued_at),
    };
    (Check::pass("issued", detail), Some(state))
}

/// Whether an error means the portal could not be asked, rather than an answer from it.
fn cannot_ask(e: &Error) -> bool {
    matches!(e.code(), Code::Unreachable | Code::Overloaded | Code::TooManyRequests | Code::Internal)
}

/// The `issued` check that could not be made: failed, and saying so.
fn not_checked(e: &Error) -> Check {
    Check::fail("issued", e.code(), format!("not checked: {e}"))
}

/// Whether the ticket's chain leads to the portal's own root: only then can the portal say
/// anything about the ticket. `Err` when the portal cannot be asked for its root.
fn chain_of_portal(backend: &dyn Backend, jws: &Jws, policy: &Policy) -> Result<bool> {
    let pem = backend.ca_pem()?;
    let roots = Cert::all_from_file_bytes(pem.as_bytes())
        .map_err(|e| Error::portal(Code::Internal, format!("the portal's root is unreadable: {e}")))?;
    let policy = Policy { roots: Some(&roots), crls: None, ..*policy };
    Ok(verify::verify(jws, &policy).checks.iter().any(|c| c.name == "chain" && c.ok))
}

/// The `issued` check of an online verification, and the state the portal gave. Without
/// `--trust` the roots are the portal's own; with it, a ticket whose chain leads elsewhere is
/// none of the portal's business: the check says so and passes, as `chain` decided trust.
/// `portal_chain` says whether the ticket's chain leads to the portal's root.
fn online_check(
    backend: &dyn Backend,
    jws: &Jws,
    ticket: &serde_json::Value,
    portal_chain: Result<bool>,
) -> (Check, Option<&'static str>) {
    match portal_chain {
        Ok(true) => check_issued(backend, jws, ticket),
        Ok(false) => (
            Check::pass(
                "issued",
                format!(
                    "not applicable: the portal ({}) did not issue this ticket's chain; trust rests on `chain`",
                    backend.name()
                ),
            ),
            None,
        ),
        Err(e) if cannot_ask(&e) => (not_checked(&e), None),
        Err(e) => (
            Check::fail(
                "issued",
                e.code(),
                format!("the portal ({}) could not be asked: {e}", backend.name()),
            ),
            None,
        ),
    }
}

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    let at = At::parse(&args.at)
        .ok_or_else(|| Error::input("--at", format!("`{}` is not sigT, now or an RFC 3339 time", args.at)))?;
    let value = match args.file.as_deref() {
        Some(path) if path != std::path::Path::new("-") => input::read_json(Some(path))?,
        // JSON Lines on stdin: one verdict a line.
        _ => match input::piped(ctx.stdin_is_terminal)? {
            input::Piped::Lines(lines) => {
                return input::each_line(ctx, lines, |value, _| verify_one(ctx, &args, at, value));
            }
            input::Piped::One(value) => {
                input::upstream_error(&value)?;
                value
            }
            input::Piped::Nothing => input::read_json(None)?,
        },
    };
    verify_one(ctx, &args, at, value)
}

fn verify_one(ctx: &Context, args: &Args, at: At, value: serde_json::Value) -> Result<Exit> {
    let jws = match signed_ticket(ctx, value)? {
        Ok(jws) => jws,
        Err(exit) => return Ok(exit),
    };
    // One handle on the portal, for its trust (without --trust) and its ticket registry.
    let portal = if args.trust.is_none() || !args.offline { ctx.existing_backend()? } else { None };
    let trust = trust::load(args.trust.as_deref(), args.crl.as_deref(), portal.as_deref())?;
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
        at,
        now: clock::now(),
        expect: Some(Kind::Ticket),
        signing_window: None,
    };
    // Online: a portal is in use and --offline was not asked for. Then the portal's responder
    // is asked about the signer, and its registry about the ticket — when the ticket's chain
    // leads to the portal's root, for only then can the portal know anything of it.
    let online = portal.as_deref().filter(|_| !args.offline);
    let portal_chain = |backend: &dyn Backend| match trust.from_portal {
        true => Ok(true),
        false => chain_of_portal(backend, &jws, &policy),
    };
    let portal_chain = online.map(portal_chain);
    let responder = online.filter(|_| matches!(portal_chain, Some(Ok(true)))).map(PortalResponder);
    let mut report = verify::verify_online(&jws, &policy, responder.as_ref().map(|r| r as &dyn Responder));
    let mut state = None;
    // A check that could not be made leaves the verification incomplete (exit 9), never passed.
    let mut unasked = false;
    if let Some(ticket) = report.document.as_ref()
        && let Some(backend) = online
        && let Some(portal_chain) = portal_chain
    {
        let (check, confirmed) = online_check(backend, &jws, ticket, portal_chain);
        unasked = check.detail.starts_with("not checked:");
        report.checks.push(check);
        state = confirmed;
    }
    let verdict = Verdict {
        valid: report.valid(),
        state,
        ticket: report.document.as_ref(),
        signer: report.signer.as_ref().map(Signer::of),
        checks: &report.checks,
    };
    if ctx.json() {
        ctx.printer.json(&verdict)?;
    } else {
        print_table(ctx, &verdict)?;
    }
    let failed_only_unasked = unasked && report.checks.iter().filter(|c| !c.ok).count() == 1;
    Ok(match verdict.valid {
        true => Exit::Success,
        false if failed_only_unasked => Exit::Unavailable,
        false => Exit::VerificationFailed,
    })
}

fn print_table(ctx: &Context, verdict: &Verdict) -> Result<()> {
    let ticket = verdict.ticket;
    let field = |path: &[&str]| -> String {
        let mut v = ticket;
        for p in path {
            v = v.and_then(|x| x.get(*p));
        }
        v.and_then(|x| x.as_str()).unwrap_or("?").to_owned()
    };
    let headline = if verdict.valid { "VALID" } else { "INVALID" };
    ctx.printer.line(&format!(
        "{headline}: ticket {} for {} ({}), {} ({})",
        field(&["ticket_number"]),
        field(&["patient", "full_name"]),
        field(&["patient", "iin"]),
        field(&["organization", "name"]),
        field(&["organization", "id"]),
    ))?;
    let rows = verdict
        .checks
        .iter()
        .map(|c| vec![c.name.to_owned(), render::yes_no(c.ok), c.detail.clone()])
        .collect();
    ctx.printer.table(&["check", "ok", "detail"], rows)
}
