//! What the fuzz harness feeds its inputs to: every parser that reads bytes someone else
//! chose — signed documents (JWS, and the certificates inside them), certificates, CRLs, OCSP
//! requests and responses, CSV files, and the JSON bodies of the portal's API. Each target
//! answers an input with a short description of what became of it (which check failed, which
//! error came back, with numbers blanked), which the harness uses to keep inputs that reach
//! somewhere new. A target must never panic, whatever the input.
//!
//! Shared with `tests/it/corpus.rs`, which replays every seed and every crash ever found.

use std::io::Cursor;
use std::path::Path;

use attach::api::{OtpRequest, PeopleQuery, Registration, Submissions};
use attach::batch::input::{Encoding, rows};
use attach::domain::document::Kind;
use attach::pki::cert::Cert;
use attach::pki::crl::Crl;
use attach::pki::jws::{self, Jws};
use attach::pki::verify::{At, Policy, verify};
use attach::pki::{ocsp, path};

/// What the targets check against: the trust anchor and the issuing CA of the seeds.
#[derive(Debug)]
pub struct Context {
    pub roots: Vec<Cert>,
    pub issuing: Cert,
}

impl Context {
    /// Reads `corpus/context/` (root.der, issuing.der).
    pub fn load(corpus: &Path) -> Result<Context, String> {
        let read = |name: &str| {
            let path = corpus.join("context").join(name);
            let der = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            Cert::from_der(&der).map_err(|e| format!("{}: {e}", path.display()))
        };
        Ok(Context { roots: vec![read("root.der")?], issuing: read("issuing.der")? })
    }
}

/// Takes an input apart, changes one inner part (chosen by the number) with the function, and
/// puts it back together; `None` when the input has no such structure.
pub type Reshape = fn(&[u8], usize, &mut dyn FnMut(&[u8]) -> Vec<u8>) -> Option<Vec<u8>>;

/// A target: its name (also its folder under the corpus), what it does with an input, and
/// optionally a mutation that knows the input's structure.
pub struct Target {
    pub name: &'static str,
    pub run: fn(&Context, &[u8]) -> String,
    pub reshape: Option<Reshape>,
}

pub const TARGETS: &[Target] = &[
    Target { name: "jws", run: run_jws, reshape: Some(reshape_jws) },
    Target { name: "cert", run: run_cert, reshape: None },
    Target { name: "crl", run: run_crl, reshape: None },
    Target { name: "ocsp", run: run_ocsp, reshape: None },
    Target { name: "csv", run: run_csv, reshape: None },
    Target { name: "json", run: run_json, reshape: None },
];

pub fn find(name: &str) -> Option<&'static Target> {
    TARGETS.iter().find(|t| t.name == name)
}

/// The first words of an error, with what it quotes of the input (between quotes or
/// backticks) dropped and every word that is not plain lower-case English (numbers, names,
/// bits of the input) blanked: two inputs that fail the same way read the same.
fn shape(text: &str) -> String {
    let mut unquoted = String::new();
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '`' => {
                quote = Some(c);
                unquoted.push_str(" … ");
            }
            None => unquoted.push(c),
        }
    }
    let mut words: Vec<&str> = Vec::new();
    for word in unquoted.split_whitespace().take(10) {
        let plain = word.trim_matches(|c: char| ",.:;()/".contains(c));
        let english =
            !plain.is_empty() && plain.chars().all(|c| c.is_ascii_lowercase() || c == '_' || c == '-');
        let word = if english { plain } else { "…" };
        if !(word == "…" && words.last() == Some(&"…")) {
            words.push(word);
        }
    }
    words.join(" ")
}

/// A flattened JWS, verified against the context's root at its signing time: the checks in
/// order, the first failure's detail shaped.
fn run_jws(context: &Context, input: &[u8]) -> String {
    let signed: Jws = match attach::json::from_slice(input) {
        Ok(signed) => signed,
        Err(e) => return format!("json: {}", shape(&e.to_string())),
    };
    let now = attach::clock::now();
    let policy = |expect| Policy {
        roots: Some(&context.roots),
        crls: None,
        at: At::SigT,
        now,
        expect,
        // The seeds were signed long ago: the window of a submission would refuse them all.
        signing_window: None,
    };
    let report = verify(&signed, &policy(None));
    // Expected as a request and as a ticket too: the refusals of the wrong kind.
    let _ = verify(&signed, &policy(Some(Kind::Request)));
    let _ = verify(&signed, &policy(Some(Kind::Ticket)));
    let checks: Vec<String> =
        report.checks.iter().map(|c| format!("{}:{}", c.name, if c.ok { "ok" } else { "no" })).collect();
    let failed = report.first_failure().map(|c| shape(&c.detail)).unwrap_or_default();
    format!("{} {failed}", checks.join(","))
}

/// Changes one inner part of a flattened JWS: the decoded header, payload or signature, or the
/// DER of one certificate of the header's `x5c`, then encodes it all again.
fn reshape_jws(input: &[u8], choice: usize, change: &mut dyn FnMut(&[u8]) -> Vec<u8>) -> Option<Vec<u8>> {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;
    let mut signed: Jws = serde_json::from_slice(input).ok()?;
    match choice % 4 {
        0 => signed.protected = jws::b64url(&change(&jws::unb64url(&signed.protected)?)),
        1 => signed.payload = jws::b64url(&change(&jws::unb64url(&signed.payload)?)),
        2 => signed.signature = jws::b64url(&change(&jws::unb64url(&signed.signature)?)),
        _ => {
            let mut header: serde_json::Value =
                serde_json::from_slice(&jws::unb64url(&signed.protected)?).ok()?;
            let x5c = header.get_mut("x5c")?.as_array_mut()?;
            let n = x5c.len();
            let slot = x5c.get_mut(choice / 4 % n.max(1))?;
            let der = STANDARD.decode(slot.as_str()?).ok()?;
            *slot = STANDARD.encode(change(&der)).into();
            signed.protected = jws::b64url(&serde_json::to_vec(&header).ok()?);
        }
    }
    serde_json::to_vec(&signed).ok()
}

/// A certificate (DER, or PEM of several), read through every accessor the tool uses, then
/// validated as a path of its own: to itself as an anchor, and to the context's root.
fn run_cert(context: &Context, input: &[u8]) -> String {
    let certs = match Cert::from_der(input) {
        Ok(cert) => vec![cert],
        Err(der) => match Cert::all_from_file_bytes(input) {
            Ok(certs) if !certs.is_empty() => certs,
            Ok(_) => return format!("der: {}", shape(&der)),
            Err(e) => return format!("der: {} / {}", shape(&der), shape(&e)),
        },
    };
    // The issuing CA of the seeds, for a leaf that comes alone.
    let mut intermediates = certs.clone();
    intermediates.push(context.issuing.clone());
    let mut out = Vec::new();
    for cert in &certs {
        let _ = (cert.names(), cert.describe(), cert.key_description(), cert.key_oid(), cert.pem());
        let usage = (cert.signing_usage().is_ok(), cert.authentication_usage().is_ok());
        let _ = cert.urls();
        // At the certificate's own time, so that a seed reads the same on any day.
        let at = cert.not_before + time::Duration::SECOND;
        let options =
            path::Options { at, now: at, crls: None, ocsp: None, max_intermediates: path::MAX_INTERMEDIATES };
        let own = path::validate(cert, &[], std::slice::from_ref(cert), &options);
        let ours = path::validate(cert, &intermediates, &context.roots, &options);
        let why = |v: &path::Validation| v.refusal().map_or("valid".to_owned(), |r| shape(&r.to_string()));
        out.push(format!(
            "{:?} {} {usage:?} own: {} ours: {}",
            cert.role(),
            cert.purpose(),
            why(&own),
            why(&ours)
        ));
    }
    out.join("; ")
}

/// A CRL (DER, or PEM of several): whether the context's issuing CA or root signed it, and
/// a path checked against it.
fn run_crl(context: &Context, input: &[u8]) -> String {
    let crls = match Crl::from_der(input) {
        Ok(crl) => vec![crl],
        Err(der) => match Crl::all_from_file_bytes(input) {
            Ok(crls) if !crls.is_empty() => crls,
            Ok(_) => return format!("der: {}", shape(&der)),
            Err(e) => return format!("der: {} / {}", shape(&der), shape(&e)),
        },
    };
    let by_issuing = crls.iter().filter(|c| c.signed_by(&context.issuing)).count().min(2);
    let by_root = crls.iter().filter(|c| c.signed_by(&context.roots[0])).count().min(2);
    let signed = (crls.len().min(3), by_issuing, by_root);
    // At the CRL's own time, so that a seed reads the same on any day.
    let at = crls[0].this_update + time::Duration::SECOND;
    let options = path::Options {
        at,
        now: at,
        crls: Some(&crls),
        ocsp: None,
        max_intermediates: path::MAX_INTERMEDIATES,
    };
    let validation = path::validate(&context.issuing, &[], &context.roots, &options);
    let revocation = match &validation.revocation {
        Some(Err(refusal)) => shape(&refusal.to_string()),
        Some(Ok(_)) => "not revoked".into(),
        None => "unchecked".into(),
    };
    format!("{signed:?} {revocation}")
}

/// An OCSP request as the portal's responder reads one, and an OCSP response as a client
/// reads one, signer and all.
fn run_ocsp(context: &Context, input: &[u8]) -> String {
    use der::Decode;
    let request = match ocsp::asn1::OcspRequest::from_der(input) {
        Ok(request) => format!("request of {}", request.tbs_request.request_list.len()),
        Err(e) => format!("not a request: {}", shape(&e.to_string())),
    };
    let response = match ocsp::parse(input) {
        Ok(parsed) => {
            let signer = parsed.signer(Some(&context.issuing)).map(|s| parsed.verify_signature(s).is_ok());
            let _ = (parsed.responder_text(), parsed.nonce());
            format!("response, signed: {signer:?}")
        }
        Err(e) => format!("not a response: {}", shape(&format!("{e:?}"))),
    };
    format!("{request}; {response}")
}

/// A CSV file as `attach batch` reads one, in both encodings: how many rows, and how many
/// reported, with the first report shaped.
fn run_csv(_: &Context, input: &[u8]) -> String {
    let mut out = Vec::new();
    for encoding in [Encoding::Utf8, Encoding::Windows1251] {
        let source: Box<dyn std::io::Read + Send> = Box::new(Cursor::new(input.to_vec()));
        match rows(source, "fuzz.csv", encoding, None) {
            // The columns the header has are the input's own words.
            Err(e) => {
                out.push(format!("header: {}", shape(e.to_string().split("(it has").next().unwrap_or(""))))
            }
            Ok(read) => {
                let (mut good, mut bad, mut first) = (0, 0, String::new());
                for row in read {
                    match row {
                        Ok(_) => good += 1,
                        Err(row) => {
                            if bad == 0 {
                                first = shape(&row.error.to_string());
                            }
                            bad += 1;
                        }
                    }
                }
                out.push(format!("{} rows, {} bad {first}", good.min(3), bad.min(3)));
            }
        }
    }
    out.join("; ")
}

/// The JSON bodies of the API, read strictly as the server reads them.
fn run_json(_: &Context, input: &[u8]) -> String {
    fn read<T: serde::de::DeserializeOwned>(input: &[u8]) -> String {
        match attach::json::from_slice::<T>(input) {
            Ok(_) => "ok".into(),
            Err(e) => shape(&e.to_string()).chars().take(24).collect(),
        }
    }
    [
        read::<Registration>(input),
        read::<OtpRequest>(input),
        read::<PeopleQuery>(input),
        read::<Submissions>(input),
        read::<Jws>(input),
        read::<serde_json::Value>(input),
    ]
    .join("|")
}
