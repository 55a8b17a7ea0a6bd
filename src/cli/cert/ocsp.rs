//! `attach cert ocsp FILE`: a saved OCSP response (DER, as responders return it) read field by
//! field — status, CertID, thisUpdate, nextUpdate, producedAt, responder, nonce — and checked:
//! its signature, and with `--trust` the responder's authority. A response signed with an
//! algorithm that cannot be verified here (GOST) is shown, and said not to be checked: exit 2.

use std::path::PathBuf;

use serde::Serialize;

use super::super::Context;
use crate::clock;
use crate::error::{Error, Exit, Result};
use crate::files;
use crate::pki::cert::{Cert, serial_hex};
use crate::pki::hex;
use crate::pki::ocsp::asn1::{CertStatus, OcspResponse, ResponseStatus};
use crate::pki::ocsp::{self, Fault, algorithm_name, time_of};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The response, DER.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// The issuing CA of the certificate asked about (and any other trusted certificate): the
    /// responder must be it, or a responder it delegated.
    #[arg(long, value_name = "PEM")]
    trust: Vec<PathBuf>,
}

#[derive(Debug, Serialize)]
struct CertIdOut {
    hash_algorithm: String,
    issuer_name_hash: String,
    issuer_key_hash: String,
    serial: String,
}

#[derive(Debug, Serialize)]
struct SingleOut {
    cert_id: CertIdOut,
    status: &'static str,
    revoked_at: Option<String>,
    this_update: String,
    next_update: Option<String>,
}

/// A check of the response: `true`, `false`, or `null` when it could not be made.
#[derive(Debug, Serialize)]
struct Verified {
    verified: Option<bool>,
    detail: String,
}

#[derive(Debug, Serialize)]
struct Report {
    response_status: &'static str,
    produced_at: Option<String>,
    responder: Option<String>,
    nonce: Option<String>,
    signature_algorithm: Option<String>,
    responses: Vec<SingleOut>,
    /// The subjects of the certificates it carries.
    certificates: Vec<String>,
    signature: Verified,
    responder_authority: Verified,
}

fn not_checked(detail: impl Into<String>) -> Verified {
    Verified { verified: None, detail: t!("cert-ocsp-not-checked", detail = detail.into()) }
}

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    let der = files::read_input(&args.file)?;
    let what = || format!("`{}`", args.file.display());
    let response = <OcspResponse as der::Decode>::from_der(&der)
        .map_err(|e| Error::input(what(), t!("cert-ocsp-not-der", why = e.to_string())))?;
    let mut trusted = Vec::new();
    for path in &args.trust {
        trusted.extend(
            Cert::all_from_file_bytes(&files::read_input(path)?)
                .map_err(|e| Error::input(format!("--trust `{}`", path.display()), e))?,
        );
    }
    let mut report = Report {
        response_status: response.response_status.name(),
        produced_at: None,
        responder: None,
        nonce: None,
        signature_algorithm: None,
        responses: Vec::new(),
        certificates: Vec::new(),
        signature: not_checked(t!("cert-ocsp-no-signed-data")),
        responder_authority: not_checked(t!("cert-ocsp-no-signed-data")),
    };
    let mut exit = Exit::VerificationFailed;
    if response.response_status == ResponseStatus::Successful {
        let parsed = ocsp::parse(&der).map_err(|e| Error::input(what(), e.to_string()))?;
        exit = examine(&parsed, &trusted, &mut report);
    }
    if ctx.json() {
        ctx.printer.json(&report)?;
    } else {
        print_table(ctx, &report)?;
    }
    Ok(exit)
}

/// Fills `report` from a successful response; the exit status its checks give.
fn examine(parsed: &ocsp::Parsed, trusted: &[Cert], report: &mut Report) -> Exit {
    let data = &parsed.basic.tbs_response_data;
    report.produced_at = Some(clock::rfc3339(time_of(&data.produced_at)));
    report.responder = Some(parsed.responder_text());
    report.nonce = parsed.nonce().map(|n| hex(&n));
    report.signature_algorithm = Some(algorithm_name(&parsed.basic.signature_algorithm.oid));
    report.certificates = parsed.certs.iter().map(|c| c.names().1).collect();
    report.responses = data
        .responses
        .iter()
        .map(|r| {
            let (status, revoked_at) = match &r.cert_status {
                CertStatus::Good(_) => ("good", None),
                CertStatus::Revoked(info) => {
                    ("revoked", Some(clock::rfc3339(time_of(&info.revocation_time))))
                }
                CertStatus::Unknown(_) => ("unknown", None),
            };
            SingleOut {
                cert_id: CertIdOut {
                    hash_algorithm: algorithm_name(&r.cert_id.hash_algorithm.oid),
                    issuer_name_hash: hex(r.cert_id.issuer_name_hash.as_bytes()),
                    issuer_key_hash: hex(r.cert_id.issuer_key_hash.as_bytes()),
                    serial: serial_hex(r.cert_id.serial_number.as_bytes()),
                },
                status,
                revoked_at,
                this_update: clock::rfc3339(time_of(&r.this_update)),
                next_update: r.next_update.as_ref().map(|t| clock::rfc3339(time_of(t))),
            }
        })
        .collect();
    // The issuer of the certificate asked about: a trusted certificate the CertID names.
    let issuer = data.responses.first().and_then(|r| {
        trusted.iter().find(|t| {
            ocsp::issuer_hashes(&r.cert_id.hash_algorithm.oid, t).is_some_and(|(name, key)| {
                r.cert_id.issuer_name_hash.as_bytes() == name && r.cert_id.issuer_key_hash.as_bytes() == key
            })
        })
    });
    let Some(signer) =
        parsed.signer(issuer).or_else(|| trusted.iter().find(|t| parsed.signer(Some(t)).is_some()))
    else {
        report.signature = not_checked(t!("cert-ocsp-responder-cert-missing"));
        report.responder_authority = not_checked(t!("cert-ocsp-responder-unknown"));
        return Exit::VerificationFailed;
    };
    match parsed.verify_signature(signer) {
        Ok(()) => {
            report.signature = Verified {
                verified: Some(true),
                detail: t!("cert-ocsp-verifies", signer = crate::pki::path::label(signer)),
            }
        }
        Err(Fault::Unverifiable { alg, what }) => {
            report.signature = not_checked(t!("cert-ocsp-unverifiable", alg = alg, what = what));
            report.responder_authority = not_checked(t!("cert-ocsp-signature-not-checked"));
            return Exit::Usage;
        }
        Err(fault) => {
            report.signature = Verified { verified: Some(false), detail: fault.to_string() };
            report.responder_authority = not_checked(t!("cert-ocsp-signature-bad"));
            return Exit::VerificationFailed;
        }
    }
    let Some(issuer) = issuer else {
        report.responder_authority = not_checked(t!("cert-ocsp-pass-issuer"));
        return Exit::VerificationFailed;
    };
    match parsed.authorized(signer, issuer, clock::now(), &[]) {
        Ok(()) => {
            report.responder_authority = Verified {
                verified: Some(true),
                detail: if signer.der == issuer.der {
                    t!("cert-ocsp-issuer-itself", issuer = crate::pki::path::label(issuer))
                } else {
                    t!(
                        "cert-ocsp-delegated",
                        signer = crate::pki::path::label(signer),
                        issuer = crate::pki::path::label(issuer)
                    )
                },
            };
            Exit::Success
        }
        Err(fault) => {
            report.responder_authority = Verified { verified: Some(false), detail: fault.to_string() };
            Exit::VerificationFailed
        }
    }
}

fn print_table(ctx: &Context, report: &Report) -> Result<()> {
    let none = || "—".to_owned();
    let verdict = |v: &Verified| {
        let word = match v.verified {
            Some(true) => t!("cert-ocsp-yes"),
            Some(false) => t!("cert-ocsp-no"),
            None => t!("cert-ocsp-not-checked-word"),
        };
        let prefix = t!("cert-ocsp-not-checked", detail = "");
        t!("cert-ocsp-verdict", word = word, detail = v.detail.trim_start_matches(prefix.as_str()))
    };
    let human = |at: &String| clock::parse_rfc3339(at).map_or_else(|| at.clone(), clock::human);
    let mut rows = vec![
        vec![t!("cert-ocsp-response-status"), report.response_status.to_owned()],
        vec![t!("cert-ocsp-produced-at"), report.produced_at.as_ref().map_or_else(none, human)],
        vec![t!("cert-ocsp-responder"), report.responder.clone().unwrap_or_else(none)],
        vec![t!("cert-ocsp-nonce"), report.nonce.clone().unwrap_or_else(none)],
        vec![t!("cert-ocsp-signed-with"), report.signature_algorithm.clone().unwrap_or_else(none)],
    ];
    for single in &report.responses {
        let id = &single.cert_id;
        rows.push(vec![
            t!("cert-ocsp-certificate"),
            t!("cert-ocsp-certificate-id", serial = &id.serial, hash = &id.hash_algorithm),
        ]);
        rows.push(vec![
            format!("  {}", t!("cert-ocsp-issuer-hashes")),
            t!("cert-ocsp-hashes", name = &id.issuer_name_hash, key = &id.issuer_key_hash),
        ]);
        let status = match &single.revoked_at {
            Some(at) => t!("cert-ocsp-revoked-at", at = human(at)),
            None => t!("cert-ocsp-status-value", status = single.status),
        };
        rows.push(vec![format!("  {}", t!("cert-ocsp-status")), status]);
        rows.push(vec![format!("  {}", t!("cert-ocsp-this-update")), human(&single.this_update)]);
        rows.push(vec![
            format!("  {}", t!("cert-ocsp-next-update")),
            single.next_update.as_ref().map_or_else(none, human),
        ]);
    }
    rows.push(vec![t!("cert-ocsp-signature"), verdict(&report.signature)]);
    rows.push(vec![t!("cert-ocsp-responder-authority"), verdict(&report.responder_authority)]);
    ctx.printer.table(&[&t!("cert-info-field"), &t!("cert-info-value")], rows)
}
