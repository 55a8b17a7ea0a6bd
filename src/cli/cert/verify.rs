//! `attach cert verify FILE`: path validation of a certificate to a trusted one, its validity
//! and its revocation — by OCSP (the portal's responder, or `--ocsp-url`), a CRL deciding
//! only when the responder cannot be reached, or by CRL alone (`--offline`) — and its purpose;
//! each check named, whatever the verdict: exit 0 when all pass, 7 when one fails. A GOST
//! certificate cannot be verified here: exit 2, saying so.

use std::path::PathBuf;

use serde::Serialize;

use super::super::{Context, trust};
use crate::api::Backend;
use crate::client::ocsp::{PortalResponder, UrlResponder};
use crate::clock;
use crate::error::{Code, Error, Exit, Result};
use crate::files;
use crate::pki::cert::Cert;
use crate::pki::crl::Crl;
use crate::pki::ocsp::Responder;
use crate::pki::path::{self, Options};
use crate::pki::verify::{Check, chain_check, revocation_detail};
use crate::render;
use crate::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Purpose {
    /// A signing certificate: digitalSignature and nonRepudiation.
    Sign,
    /// An authentication certificate: digitalSignature with clientAuth (or keyEncipherment).
    Auth,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The certificate (PEM or DER, possibly followed by its CAs) or a PKCS#12 keystore.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// A trusted certificate (PEM or DER; repeatable) [default: the portal's root].
    #[arg(long, value_name = "PEM")]
    trust: Vec<PathBuf>,
    /// CA certificates that may stand between the certificate and a trusted one [default:
    /// chain.pem beside FILE].
    #[arg(long, value_name = "FILE")]
    chain: Option<PathBuf>,
    /// CRLs (PEM or DER; the issuing CA's, and the root's for the issuing CA) [default: the
    /// portal's, with its root].
    #[arg(long, value_name = "FILE")]
    crl: Option<PathBuf>,
    /// Ask the portal's OCSP responder first [default when the portal's root is the trust].
    #[arg(long, conflicts_with_all = ["ocsp_url", "offline"])]
    ocsp: bool,
    /// Ask the OCSP responder at this URL first.
    #[arg(long, value_name = "URL", conflicts_with = "offline")]
    ocsp_url: Option<String>,
    /// Revocation by CRL only: no responder is asked.
    #[arg(long)]
    offline: bool,
    /// When the certificate must be valid and not revoked: now, or an RFC 3339 time.
    #[arg(long, value_name = "now|TIME", default_value = "now")]
    at: String,
    /// What the certificate must be for.
    #[arg(long, value_enum)]
    purpose: Option<Purpose>,
}

#[derive(Debug, Serialize)]
struct Verdict<'a> {
    valid: bool,
    certificate: super::info::Info,
    /// The certification path found, leaf first, by common name (or serial).
    path: Vec<String>,
    checks: &'a [Check],
}

/// A GOST certificate is named as unsupported before anything else is tried.
fn refuse_gost(file: &std::path::Path, cert: &Cert) -> Result<()> {
    let signature = cert.signature_alg.to_string();
    let key = cert.key_oid();
    for (what, oid) in [(t!("gost-its-signature"), &signature), (t!("gost-its-key"), &key)] {
        if crate::pki::gost::is_gost(oid) {
            return Err(Error::input(
                format!("`{}`", file.display()),
                t!("cert-verify-gost", why = crate::pki::gost::unsupported(&what, oid)),
            ));
        }
    }
    Ok(())
}

fn purpose_check(cert: &Cert, purpose: Option<Purpose>) -> Check {
    match purpose {
        None => {
            Check::pass("key_usage", t!("cert-verify-purpose-any", purpose = purpose_words(cert.purpose())))
        }
        Some(Purpose::Sign) => match cert.signing_usage() {
            Ok(()) => Check::pass("key_usage", t!("check-key-usage-signing")),
            Err(detail) => Check::fail("key_usage", Code::WrongKeyUsage, detail),
        },
        Some(Purpose::Auth) => match cert.purpose() {
            "authentication" if cert.key_usage.as_ref().is_some_and(|k| k.digital_signature()) => {
                Check::pass("key_usage", t!("cert-verify-auth-ok"))
            }
            other => Check::fail(
                "key_usage",
                Code::WrongKeyUsage,
                t!("cert-verify-not-auth", purpose = purpose_words(other)),
            ),
        },
    }
}

/// A certificate's purpose (`signing`, `authentication`…) in the language of the moment.
fn purpose_words(purpose: &str) -> String {
    t!("cert-info-purpose-value", purpose = purpose)
}

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    let at = match args.at.as_str() {
        "now" => None,
        text => Some(
            clock::parse_rfc3339(text)
                .ok_or_else(|| Error::input("--at", t!("cert-verify-at", text = text)))?,
        ),
    };
    let mut certs = super::certificates(&args.file)?;
    refuse_gost(&args.file, &certs[0])?;
    // As `sign` reads a chain: --chain, else chain.pem beside the certificate.
    let beside =
        args.file.parent().map(|dir| dir.join("chain.pem")).filter(|p| p.exists() && certs.len() == 1);
    if let Some(path) = args.chain.as_ref().or(beside.as_ref()) {
        certs.extend(
            Cert::all_from_file_bytes(&files::read_input(path)?)
                .map_err(|e| Error::input(format!("--chain `{}`", path.display()), e))?,
        );
    }
    let mut roots = Vec::new();
    for path in &args.trust {
        roots.extend(
            Cert::all_from_file_bytes(&files::read_input(path)?)
                .map_err(|e| Error::input(format!("--trust `{}`", path.display()), e))?,
        );
    }
    // The portal is asked only for what the flags do not give.
    let wants_portal = args.trust.is_empty() || args.ocsp;
    let portal = if wants_portal && args.ocsp_url.is_none() { ctx.existing_backend()? } else { None };
    let from_portal = args.trust.is_empty();
    let loaded = if from_portal {
        trust::load(None, args.crl.as_deref(), portal.as_deref())?
    } else {
        trust::load(None, args.crl.as_deref(), None)?
    };
    if from_portal {
        roots = loaded.roots.clone().ok_or(Error::NoTrustAnchor)?;
    }
    let (crls, crl_problem): (Vec<Crl>, Option<String>) = match loaded.crls {
        Some(Ok(crls)) => (crls, None),
        Some(Err(why)) => (Vec::new(), Some(why)),
        None => (Vec::new(), None),
    };
    let url_responder =
        args.ocsp_url.clone().map(|url| UrlResponder { url, tls_ca: ctx.tls_ca.clone(), trace: ctx.trace() });
    let portal_responder = portal_responder(&args, portal.as_deref(), from_portal)?;
    let responder: Option<&dyn Responder> = match (&url_responder, &portal_responder) {
        (Some(r), _) => Some(r),
        (None, Some(r)) => Some(r),
        _ => None,
    };
    let now = clock::now();
    let options = Options {
        at: at.unwrap_or(now),
        now,
        crls: (!crls.is_empty() || responder.is_some()).then_some(crls.as_slice()),
        ocsp: responder,
        max_intermediates: path::MAX_INTERMEDIATES,
    };
    let leaf = &certs[0];
    let validation = path::validate(leaf, &certs[1..], &roots, &options);
    let refused = |r: &path::Refusal| Check::fail(r.check(), r.code(), r.to_string());
    let mut checks = vec![
        chain_check(&validation),
        match &validation.validity {
            Ok(()) => Check::pass(
                "validity",
                t!("check-validity-ok", count = validation.path.len(), at = clock::human(options.at)),
            ),
            Err(r) => refused(r),
        },
    ];
    checks.push(match &validation.revocation {
        Some(Ok(status)) => Check::pass("revocation", revocation_detail(status, options.at)),
        Some(Err(r)) => refused(r),
        None => {
            Check::fail("revocation", Code::CrlUnavailable, crl_problem.unwrap_or_else(|| t!("check-no-crl")))
        }
    });
    checks.push(purpose_check(leaf, args.purpose));
    let verdict = Verdict {
        valid: checks.iter().all(|c| c.ok),
        certificate: super::info::Info::of(leaf),
        path: validation.path.iter().map(|c| path::label(c)).collect(),
        checks: &checks,
    };
    if ctx.json() {
        ctx.printer.json(&verdict)?;
    } else {
        let headline = t!("cert-verify-headline", valid = if verdict.valid { "yes" } else { "no" });
        ctx.printer.line(&format!("{headline}: {}", leaf.describe()))?;
        let rows = checks
            .iter()
            .map(|c| vec![t!("check", name = c.name), render::yes_no(c.ok), c.detail.clone()])
            .collect();
        let header = [t!("cert-verify-check"), t!("cert-verify-ok"), t!("cert-verify-detail")];
        ctx.printer.table(&header.each_ref().map(String::as_str), rows)?;
    }
    Ok(if verdict.valid { Exit::Success } else { Exit::VerificationFailed })
}

/// The portal's responder, when it is to be asked: `--ocsp`, or by default when the trust is
/// the portal's root (a responder knows only its own authority's certificates).
fn portal_responder<'a>(
    args: &Args,
    portal: Option<&'a dyn Backend>,
    from_portal: bool,
) -> Result<Option<PortalResponder<'a>>> {
    if args.offline || args.ocsp_url.is_some() {
        return Ok(None);
    }
    match portal {
        Some(backend) if args.ocsp || from_portal => Ok(Some(PortalResponder(backend))),
        None if args.ocsp => Err(Error::input("--ocsp", t!("cert-verify-no-portal"))),
        _ => Ok(None),
    }
}
