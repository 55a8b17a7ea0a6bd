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
    Verified { verified: None, detail: format!("not checked: {}", detail.into()) }
}

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    let der = files::read_input(&args.file)?;
    let what = || format!("`{}`", args.file.display());
    let response = <OcspResponse as der::Decode>::from_der(&der)
        .map_err(|e| Error::input(what(), format!("is not a DER OCSP response: {e}")))?;
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
        signature: not_checked("the response carries no signed data"),
        responder_authority: not_checked("the response carries no signed data"),
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
        report.signature =
            not_checked("the responder's certificate is neither in the response nor given with --trust");
        report.responder_authority = not_checked("the responder is unknown");
        return Exit::VerificationFailed;
    };
    match parsed.verify_signature(signer) {
        Ok(()) => {
            report.signature = Verified {
                verified: Some(true),
                detail: format!("verifies with the key of `{}`", crate::pki::path::label(signer)),
            }
        }
        Err(Fault::Unverifiable { alg, what }) => {
            report.signature = not_checked(format!("signed with {alg}, which cannot be verified here{what}"));
            report.responder_authority = not_checked("the signature was not checked");
            return Exit::Usage;
        }
        Err(fault) => {
            report.signature = Verified { verified: Some(false), detail: fault.to_string() };
            report.responder_authority = not_checked("the signature does not verify");
            return Exit::VerificationFailed;
        }
    }
    let Some(issuer) = issuer else {
        report.responder_authority =
            not_checked("pass the issuing CA of the certificate asked about with --trust");
        return Exit::VerificationFailed;
    };
    match parsed.authorized(signer, issuer, clock::now(), &[]) {
        Ok(()) => {
            report.responder_authority = Verified {
                verified: Some(true),
                detail: if signer.der == issuer.der {
                    format!("the issuing CA `{}` itself", crate::pki::path::label(issuer))
                } else {
                    format!(
                        "`{}`, delegated by `{}` (id-kp-OCSPSigning)",
                        crate::pki::path::label(signer),
                        crate::pki::path::label(issuer)
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
            Some(true) => "yes",
            Some(false) => "NO",
            None => "not checked",
        };
        format!("{word}: {}", v.detail.trim_start_matches("not checked: "))
    };
    let mut rows = vec![
        vec!["response status".to_owned(), report.response_status.to_owned()],
        vec!["produced at".into(), report.produced_at.clone().unwrap_or_else(none)],
        vec!["responder".into(), report.responder.clone().unwrap_or_else(none)],
        vec!["nonce".into(), report.nonce.clone().unwrap_or_else(none)],
        vec!["signed with".into(), report.signature_algorithm.clone().unwrap_or_else(none)],
    ];
    for single in &report.responses {
        let id = &single.cert_id;
        rows.push(vec!["certificate".into(), format!("serial {} ({})", id.serial, id.hash_algorithm)]);
        rows.push(vec![
            "  issuer hashes".into(),
            format!("name {}, key {}", id.issuer_name_hash, id.issuer_key_hash),
        ]);
        let status = match &single.revoked_at {
            Some(at) => format!("revoked at {at}"),
            None => single.status.to_owned(),
        };
        rows.push(vec!["  status".into(), status]);
        rows.push(vec!["  this update".into(), single.this_update.clone()]);
        rows.push(vec!["  next update".into(), single.next_update.clone().unwrap_or_else(none)]);
    }
    rows.push(vec!["signature".into(), verdict(&report.signature)]);
    rows.push(vec!["responder authority".into(), verdict(&report.responder_authority)]);
    ctx.printer.table(&["field", "value"], rows)
}
