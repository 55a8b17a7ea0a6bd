//! The x509-limbo suite (tests/data/x509-limbo.json) run through path validation alone: each
//! applicable case's leaf, intermediates, trusted certificates, CRLs and validation time,
//! without the checks a signed document adds. `cargo test limbo -- --nocapture` shows the
//! counts (and with `LIMBO_VERBOSE=1`, every case's verdict and reason). A disagreement fails the test unless it is one of [`POLICIES`], which the README
//! lists with their reasons.

use std::collections::BTreeMap;

use serde::Deserialize;
use time::OffsetDateTime;

use super::{MAX_INTERMEDIATES, Options, validate};
use crate::pki::cert::Cert;
use crate::pki::crl::Crl;
use crate::pki::pem;

/// Cases where this validator refuses on purpose what the suite accepts, with the reason.
const POLICIES: &[(&str, &str)] = &[
    ("rfc5280::ca-as-leaf", "a CA certificate is never a document signer"),
    ("pathlen::validation-ignores-pathlen-in-leaf", "a CA certificate is never a document signer"),
    (
        "rfc5280::aki::cross-signed-root-missing-aki",
        "a trusted certificate needs no authorityKeyIdentifier, as no issuer is looked for above it \
         (cve::cve-2024-0567 trusts such a certificate and must pass; the suite marks this case pedantic)",
    ),
];

#[derive(Debug, Deserialize)]
struct Case {
    id: String,
    trusted_certs: Vec<String>,
    untrusted_intermediates: Vec<String>,
    peer_certificate: String,
    #[serde(default)]
    crls: Vec<String>,
    validation_time: Option<String>,
    expected_result: String,
    max_chain_depth: Option<usize>,
}

fn data(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn certs(pems: &[String]) -> Vec<Cert> {
    // A certificate that cannot be read is left out, as a validator never sees it.
    pems.iter()
        .flat_map(|p| pem::der_objects(p.as_bytes(), "CERTIFICATE").unwrap_or_default())
        .filter_map(|der| Cert::from_der(&der).ok())
        .collect()
}

/// The suite's verdict for one case: accepted, or refused with the reason.
fn run(case: &Case) -> Result<(), String> {
    let leaf = pem::der_objects(case.peer_certificate.as_bytes(), "CERTIFICATE")
        .ok()
        .and_then(|d| Cert::from_der(&d[0]).ok())
        .ok_or("the leaf cannot be read")?;
    let intermediates = certs(&case.untrusted_intermediates);
    let anchors = certs(&case.trusted_certs);
    let crls = case
        .crls
        .iter()
        .map(|p| {
            let der = pem::der_objects(p.as_bytes(), "X509 CRL").map_err(|e| e.to_string())?;
            Crl::from_der(&der[0])
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("a CRL cannot be read: {e}"))?;
    let at = match &case.validation_time {
        Some(text) => OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
            .map_err(|e| format!("validation time `{text}`: {e}"))?,
        None => crate::clock::now(),
    };
    let options = Options {
        at,
        now: at,
        crls: (!crls.is_empty()).then_some(crls.as_slice()),
        ocsp: None,
        max_intermediates: case.max_chain_depth.unwrap_or(MAX_INTERMEDIATES),
    };
    let validation = validate(&leaf, &intermediates, &anchors, &options);
    match validation.refusal() {
        None => Ok(()),
        Some(refusal) => Err(format!("{}: {refusal}", refusal.check())),
    }
}

#[test]
fn x509_limbo_cases_agree_but_for_the_policies() {
    let started = std::time::Instant::now();
    let cases: Vec<Case> = serde_json::from_slice(&data("x509-limbo.json")).expect("the suite's JSON");
    let cases: BTreeMap<&str, &Case> = cases.iter().map(|c| (c.id.as_str(), c)).collect();
    let list = String::from_utf8(data("x509-limbo-cases.txt")).expect("UTF-8");
    let ids: Vec<&str> =
        list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    let (mut agree, mut by_policy, mut unexplained) = (0, Vec::new(), Vec::new());
    // LIMBO_VERBOSE=1 prints every case's verdict and reason.
    let verbose = std::env::var_os("LIMBO_VERBOSE").is_some();
    for id in &ids {
        let case = cases.get(id).unwrap_or_else(|| panic!("{id} is not in the suite"));
        let verdict = run(case);
        let expected = case.expected_result == "SUCCESS";
        if verbose {
            eprintln!("{id}: expected {}, {verdict:?}", case.expected_result);
        }
        if verdict.is_ok() == expected {
            agree += 1;
        } else if let Some((_, why)) = POLICIES.iter().find(|(p, _)| p == id) {
            by_policy.push(format!("{id} ({why})"));
        } else {
            unexplained.push(format!("{id}: expected {}, got {verdict:?}", case.expected_result));
        }
    }
    eprintln!(
        "x509-limbo: {} cases, {agree} agree, {} disagree ({} by policy, {} unexplained), in {:.0?}",
        ids.len(),
        by_policy.len() + unexplained.len(),
        by_policy.len(),
        unexplained.len(),
        started.elapsed()
    );
    for line in &by_policy {
        eprintln!("  by policy: {line}");
    }
    for line in &unexplained {
        eprintln!("  UNEXPLAINED: {line}");
    }
    assert!(unexplained.is_empty(), "{} disagreement(s) not explained by a policy", unexplained.len());
    let unused: Vec<_> =
        POLICIES.iter().filter(|(p, _)| !by_policy.iter().any(|l| l.starts_with(p))).collect();
    assert!(unused.is_empty(), "policies that no longer cause a disagreement: {unused:?}");
}
