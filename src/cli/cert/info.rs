//! `attach cert info FILE`: whose certificate it is and for what, as the national profile
//! writes it — IIN, BIN, names, role, purpose, key, validity, issuer, serial, and where its
//! CRL and OCSP responder are published. A number that fails its check digit (the national
//! authority's test certificates carry placeholder IINs) is shown and marked invalid; the
//! file is not refused for it.

use std::path::PathBuf;

use serde::Serialize;

use super::super::Context;
use crate::clock;
use crate::domain::iin::{Bin, Iin};
use crate::error::{Exit, Result};
use crate::pki::cert::Cert;
use crate::pki::ocsp::algorithm_name;
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A certificate (PEM or DER; the first of several) or a PKCS#12 keystore (its key's
    /// certificate; password from ATTACH_KEY_PASSWORD or a prompt).
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

/// An IIN or BIN as written, and whether its check digit and date hold.
#[derive(Debug, Serialize)]
pub struct Number {
    pub value: String,
    pub valid: bool,
    pub error: Option<String>,
    /// The error in the language of the moment, for the table (JSON keeps `error` as it is).
    #[serde(skip)]
    pub words: Option<String>,
}

/// What `cert info` prints.
#[derive(Debug, Serialize)]
pub struct Info {
    pub subject: String,
    pub common_name: Option<String>,
    pub surname: Option<String>,
    /// The given name: the common name after the surname.
    pub given_name: Option<String>,
    /// GIVENNAME, which the national authority fills with the patronymic.
    pub patronymic: Option<String>,
    pub iin: Option<Number>,
    pub bin: Option<Number>,
    pub organization: Option<String>,
    pub role: Option<&'static str>,
    pub purpose: &'static str,
    pub key: String,
    /// The key is one `attach` can sign and verify with (not GOST).
    pub key_supported: bool,
    pub signature_algorithm: String,
    pub valid_from: String,
    pub valid_to: String,
    pub issuer: String,
    pub serial: String,
    pub crl_urls: Vec<String>,
    pub ocsp_urls: Vec<String>,
    pub ca_issuers_urls: Vec<String>,
}

impl Info {
    pub fn of(cert: &Cert) -> Info {
        let subject = &cert.subject;
        let (issuer, subject_text) = cert.names();
        let given_name = match (&subject.common_name, &subject.surname) {
            (Some(cn), Some(surname)) => cn.strip_prefix(surname.as_str()).map(|g| g.trim().to_owned()),
            _ => None,
        }
        .filter(|g| !g.is_empty());
        let iin = subject.iin.as_ref().map(|value| match Iin::parse(value, clock::today()) {
            Ok(_) => Number { value: value.clone(), valid: true, error: None, words: None },
            Err(e) => Number {
                value: value.clone(),
                valid: false,
                error: Some(e.to_string()),
                words: Some(e.localized()),
            },
        });
        let bin = subject.bin.as_ref().map(|value| match Bin::parse(value) {
            Ok(_) => Number { value: value.clone(), valid: true, error: None, words: None },
            Err(e) => Number {
                value: value.clone(),
                valid: false,
                error: Some(e.to_string()),
                words: Some(e.localized()),
            },
        });
        let urls = cert.urls();
        Info {
            subject: subject_text,
            common_name: subject.common_name.clone(),
            surname: subject.surname.clone(),
            given_name,
            patronymic: subject.patronymic.clone(),
            iin,
            bin,
            organization: subject.organization.clone(),
            role: cert.role().map(|r| r.as_str()),
            purpose: cert.purpose(),
            key: cert.key_description(),
            key_supported: cert.key_alg.is_some(),
            signature_algorithm: algorithm_name(&cert.signature_alg),
            valid_from: clock::rfc3339(cert.not_before),
            valid_to: clock::rfc3339(cert.not_after),
            issuer,
            serial: cert.serial.clone(),
            crl_urls: urls.crl,
            ocsp_urls: urls.ocsp,
            ca_issuers_urls: urls.ca_issuers,
        }
    }

    /// Field and value, for a table.
    fn rows(&self) -> Vec<Vec<String>> {
        let text = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".into());
        let number = |n: &Option<Number>| match n {
            None => "—".to_owned(),
            Some(Number { value, valid: true, .. }) => value.clone(),
            Some(Number { value, words, .. }) => {
                let why = words.clone().unwrap_or_else(|| t!("cert-info-fails-check"));
                t!("cert-info-invalid-number", value = value, why = why)
            }
        };
        let list = |v: &[String]| if v.is_empty() { "—".to_owned() } else { v.join(", ") };
        let key = if self.key_supported {
            self.key.clone()
        } else {
            t!("cert-info-key-unsupported", key = &self.key)
        };
        let human = |at: &str| clock::parse_rfc3339(at).map_or_else(|| at.to_owned(), clock::human);
        [
            ("cert-info-subject", self.subject.clone()),
            ("cert-info-iin", number(&self.iin)),
            ("cert-info-bin", number(&self.bin)),
            ("cert-info-surname", text(&self.surname)),
            ("cert-info-given-name", text(&self.given_name)),
            ("cert-info-patronymic", text(&self.patronymic)),
            ("cert-info-organization", text(&self.organization)),
            (
                "cert-info-role",
                self.role.map_or_else(|| "—".to_owned(), |r| t!("cert-info-role-value", role = r)),
            ),
            ("cert-info-purpose", t!("cert-info-purpose-value", purpose = self.purpose)),
            ("cert-info-key", key),
            ("cert-info-signature", self.signature_algorithm.clone()),
            (
                "cert-info-valid",
                t!("cert-info-valid-range", from = human(&self.valid_from), to = human(&self.valid_to)),
            ),
            ("cert-info-issuer", self.issuer.clone()),
            ("cert-info-serial", self.serial.clone()),
            ("cert-info-crl", list(&self.crl_urls)),
            ("cert-info-ocsp", list(&self.ocsp_urls)),
            ("cert-info-ca-issuers", list(&self.ca_issuers_urls)),
        ]
        .into_iter()
        .map(|(k, v)| vec![t!(k), v])
        .collect()
    }
}

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    let certs = super::certificates(&args.file)?;
    let info = Info::of(&certs[0]);
    if ctx.json() {
        ctx.printer.json(&info)?;
    } else {
        ctx.printer.table(&[&t!("cert-info-field"), &t!("cert-info-value")], info.rows())?;
    }
    Ok(Exit::Success)
}
