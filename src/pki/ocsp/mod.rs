//! Online revocation by OCSP (RFC 6960), the client's side: a request for one certificate with
//! a fresh nonce, and the answer checked as the RFC asks and as NCANode does not — the
//! signature, the responder's authority (the issuing CA itself, or a certificate it delegated
//! OCSP signing to), the CertID, the nonce, and freshness. Any fault refuses the answer; only a
//! responder that cannot be reached leaves the caller to fall back to a CRL. The responder's
//! side, for the embedded authority, is [`respond`]; the types are [`asn1`].

pub mod asn1;
pub mod respond;

use der::asn1::{GeneralizedTime, OctetString};
use der::{Decode, Encode};
use time::{Duration, OffsetDateTime};
use x509_cert::ext::Extension;
use x509_cert::spki::AlgorithmIdentifierOwned;

use self::asn1::{
    BasicOcspResponse, CertId, CertStatus, OcspRequest, OcspResponse, Request, ResponderId, ResponseStatus,
    TbsRequest,
};
use super::cert::{Cert, signed_part};
use super::crl::Crl;
use super::keys::{verify_x509_signature, x509_algorithm_fits};
use crate::clock;

/// How far a response's thisUpdate may be ahead of our clock.
pub const MAX_SKEW: Duration = Duration::minutes(5);
/// How long a response without nextUpdate counts as fresh after its thisUpdate.
pub const FRESH_WITHOUT_NEXT_UPDATE: Duration = Duration::hours(1);
/// The media types of RFC 6960 appendix A.
pub const REQUEST_MEDIA: &str = "application/ocsp-request";
pub const RESPONSE_MEDIA: &str = "application/ocsp-response";

/// Where a client sends its requests: the portal's responder, or one at a URL.
pub trait Responder: std::fmt::Debug {
    /// Who answers, for details and errors.
    fn name(&self) -> String;
    /// The DER response to a DER request; `Err` only when the responder could not be reached
    /// (or answered nothing an OCSP client can read at all, like a 503).
    fn ask(&self, request: &[u8]) -> Result<Vec<u8>, Unreachable>;
}

/// The responder could not be reached: the one case in which a CRL decides instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Unreachable(pub String);

/// What a response may be refused for. Each names what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Fault {
    #[error("{}", crate::t!("ocsp-malformed", why = .0))]
    Malformed(String),
    #[error("{}", crate::t!("ocsp-status", status = *.0))]
    Status(&'static str),
    #[error("{}", crate::t!("ocsp-not-basic", kind = .0))]
    NotBasic(String),
    #[error("{}", crate::t!("ocsp-unverifiable", alg = .alg, what = .what))]
    Unverifiable { alg: String, what: String },
    #[error("{}", crate::t!("ocsp-bad-signature", signer = .signer))]
    BadSignature { signer: String },
    #[error("{}", crate::t!("ocsp-unauthorized", responder = .responder, issuer = .issuer))]
    Unauthorized { responder: String, issuer: String },
    #[error("{}", crate::t!("ocsp-responder-invalid", responder = .responder, why = .why))]
    ResponderInvalid { responder: String, why: String },
    #[error("{}", crate::t!("ocsp-other-certificate", serial = .serial, issuer = .issuer))]
    OtherCertificate { serial: String, issuer: String },
    /// The key of a message saying what is wrong with the nonce.
    #[error("{}", crate::t!(.0))]
    Nonce(&'static str),
    #[error("{}", crate::t!("ocsp-future", this_update = .this_update))]
    Future { this_update: String },
    #[error("{}", crate::t!("ocsp-stale", why = .0))]
    Stale(String),
    #[error("{}", crate::t!("ocsp-unknown"))]
    Unknown,
}

/// A certificate's status as a verified response gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Good,
    Revoked { at: OffsetDateTime },
}

/// A response that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub state: State,
    pub this_update: OffsetDateTime,
    pub next_update: Option<OffsetDateTime>,
    /// Who signed it: the issuing CA, or its delegated responder.
    pub responder: String,
}

/// A request for `cert`'s status sent to the responder of `issuer`.
#[derive(Debug, Clone)]
pub struct Asked {
    pub der: Vec<u8>,
    pub nonce: Vec<u8>,
}

fn hash(alg: &der::asn1::ObjectIdentifier, bytes: &[u8]) -> Option<Vec<u8>> {
    let algorithm = match *alg {
        asn1::SHA1 => &ring::digest::SHA1_FOR_LEGACY_USE_ONLY,
        asn1::SHA256 => &ring::digest::SHA256,
        _ => return None,
    };
    Some(ring::digest::digest(algorithm, bytes).as_ref().to_vec())
}

/// The hashes of a CertID under `alg` for certificates issued by `issuer`: of its subject name
/// (the certificates' issuer field) and of its public key bits.
pub fn issuer_hashes(alg: &der::asn1::ObjectIdentifier, issuer: &Cert) -> Option<(Vec<u8>, Vec<u8>)> {
    Some((hash(alg, &issuer.subject_der)?, hash(alg, &issuer.public_key)?))
}

/// The CertID of `cert`, with SHA-1 as RFC 5019 and the national responders expect.
pub fn cert_id(cert: &Cert, issuer: &Cert) -> Result<CertId, String> {
    let parsed = x509_cert::Certificate::from_der(&cert.der).map_err(|e| e.to_string())?;
    let (name_hash, key_hash) = issuer_hashes(&asn1::SHA1, issuer).expect("SHA-1 is known");
    Ok(CertId {
        hash_algorithm: AlgorithmIdentifierOwned {
            oid: asn1::SHA1,
            parameters: Some(der::asn1::Null.into()),
        },
        issuer_name_hash: OctetString::new(name_hash).map_err(|e| e.to_string())?,
        issuer_key_hash: OctetString::new(key_hash).map_err(|e| e.to_string())?,
        serial_number: parsed.tbs_certificate().serial_number().clone(),
    })
}

/// A nonce extension (RFC 8954): an OCTET STRING of 16 random bytes inside extnValue.
fn nonce_extension(nonce: &[u8]) -> Result<Extension, String> {
    let inner = OctetString::new(nonce).and_then(|o| o.to_der()).map_err(|e| e.to_string())?;
    Ok(Extension {
        extn_id: asn1::NONCE,
        critical: false,
        extn_value: OctetString::new(inner).map_err(|e| e.to_string())?,
    })
}

/// A request for `cert`'s status, with a fresh nonce.
pub fn request(cert: &Cert, issuer: &Cert) -> Result<Asked, String> {
    let mut nonce = vec![0u8; 16];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut nonce)
        .map_err(|_| crate::t!("ocsp-no-randomness"))?;
    let request = OcspRequest {
        tbs_request: TbsRequest {
            version: 0,
            requestor_name: None,
            request_list: vec![Request { req_cert: cert_id(cert, issuer)?, single_request_extensions: None }],
            request_extensions: Some(vec![nonce_extension(&nonce)?]),
        },
        optional_signature: None,
    };
    Ok(Asked { der: request.to_der().map_err(|e| e.to_string())?, nonce })
}

pub fn time_of(t: &GeneralizedTime) -> OffsetDateTime {
    let secs = i64::try_from(t.to_unix_duration().as_secs()).unwrap_or(i64::MAX);
    OffsetDateTime::from_unix_timestamp(secs).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// A successful basic response, decoded, with what its signature covers.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub basic: BasicOcspResponse,
    /// `tbsResponseData` as received: the signed bytes.
    tbs: Vec<u8>,
    /// The certificates it carries, parsed (those that parse).
    pub certs: Vec<Cert>,
}

/// Decodes a DER `OCSPResponse` down to its basic response.
pub fn parse(der: &[u8]) -> Result<Parsed, Fault> {
    let response = OcspResponse::from_der(der).map_err(|e| Fault::Malformed(e.to_string()))?;
    if response.response_status != ResponseStatus::Successful {
        return Err(Fault::Status(response.response_status.name()));
    }
    let bytes = response.response_bytes.ok_or_else(|| Fault::Malformed(crate::t!("ocsp-empty")))?;
    if bytes.response_type != asn1::BASIC_RESPONSE {
        return Err(Fault::NotBasic(bytes.response_type.to_string()));
    }
    let inner = bytes.response.as_bytes();
    let basic = BasicOcspResponse::from_der(inner).map_err(|e| Fault::Malformed(e.to_string()))?;
    let tbs = signed_part(inner).ok_or_else(|| Fault::Malformed(crate::t!("ocsp-no-data")))?.to_vec();
    let certs = basic
        .certs
        .iter()
        .flatten()
        .filter_map(|any| any.to_der().ok())
        .filter_map(|der| Cert::from_der(&der).ok())
        .collect();
    Ok(Parsed { basic, tbs, certs })
}

/// A name for a signature algorithm people may recognise.
pub fn algorithm_name(oid: &der::asn1::ObjectIdentifier) -> String {
    let text = oid.to_string();
    let known = super::gost::describe(&text).map(str::to_owned).or_else(|| {
        Some(
            match text.as_str() {
                "1.2.840.10045.4.3.2" => "ECDSA with SHA-256",
                "1.2.840.113549.1.1.11" => "RSA with SHA-256",
                "1.3.101.112" => "Ed25519",
                "1.2.840.113549.1.1.5" => "RSA with SHA-1",
                _ => return None,
            }
            .to_owned(),
        )
    });
    match known {
        Some(name) => format!("{name} ({text})"),
        None => text,
    }
}

impl Parsed {
    /// The responder as its ID names it: a certificate's name, or the hash of its key.
    pub fn responder_text(&self) -> String {
        match &self.basic.tbs_response_data.responder_id {
            ResponderId::ByName(name) => name.to_string(),
            ResponderId::ByKey(hash) => {
                crate::t!("ocsp-responder-by-key", hash = super::hex(hash.as_bytes()))
            }
        }
    }

    /// Whether the responder ID names `cert`.
    fn names(&self, cert: &Cert) -> bool {
        match &self.basic.tbs_response_data.responder_id {
            ResponderId::ByName(name) => name.to_der().is_ok_and(|der| der == cert.subject_der),
            ResponderId::ByKey(hash) => {
                ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, &cert.public_key).as_ref()
                    == hash.as_bytes()
            }
        }
    }

    /// The certificate that signed the response, among `issuer` and the ones it carries.
    pub fn signer<'a>(&'a self, issuer: Option<&'a Cert>) -> Option<&'a Cert> {
        issuer.into_iter().chain(&self.certs).find(|c| self.names(c))
    }

    /// Checks the signature with `signer`'s key.
    pub fn verify_signature(&self, signer: &Cert) -> Result<(), Fault> {
        let alg = &self.basic.signature_algorithm.oid;
        if !x509_algorithm_fits(alg, signer.key_alg) {
            let what = match super::gost::describe(&alg.to_string()) {
                Some(_) => crate::t!("ocsp-unverifiable-gost"),
                None => crate::t!("ocsp-unverifiable-key", signer = super::path::label(signer)),
            };
            return Err(Fault::Unverifiable { alg: algorithm_name(alg), what });
        }
        let signature = self.basic.signature.raw_bytes();
        if verify_x509_signature(signer, alg, &self.tbs, signature) {
            Ok(())
        } else {
            Err(Fault::BadSignature { signer: super::path::label(signer) })
        }
    }

    /// RFC 6960 4.2.2.2: `signer` may answer for certificates of `issuer` — it is the issuer,
    /// or a certificate the issuer signed for OCSP signing, valid `now`, and (unless it
    /// carries id-pkix-ocsp-nocheck) not revoked by a CRL of the issuer in `crls`.
    pub fn authorized(
        &self,
        signer: &Cert,
        issuer: &Cert,
        now: OffsetDateTime,
        crls: &[Crl],
    ) -> Result<(), Fault> {
        if signer.subject_der == issuer.subject_der && signer.public_key == issuer.public_key {
            return Ok(());
        }
        let responder = super::path::label(signer);
        let unauthorized = || Fault::Unauthorized {
            responder: format!("`{responder}`"),
            issuer: super::path::label(issuer),
        };
        if signer.issuer_der != issuer.subject_der
            || !x509_algorithm_fits(&signer.signature_alg, issuer.key_alg)
            || !verify_x509_signature(issuer, &signer.signature_alg, signer.tbs(), &signer.signature)
            || !signer.extended_key_usage.contains(&asn1::OCSP_SIGNING)
        {
            return Err(unauthorized());
        }
        let invalid = |why: String| Fault::ResponderInvalid { responder: responder.clone(), why };
        if !signer.valid_at(now) {
            return Err(invalid(crate::t!(
                "ocsp-responder-not-valid",
                from = clock::human(signer.not_before),
                to = clock::human(signer.not_after)
            )));
        }
        if signer.key_usage.as_ref().is_some_and(|ku| !ku.digital_signature()) {
            return Err(invalid(crate::t!("ocsp-responder-no-digital-signature")));
        }
        if !no_check(signer) {
            let revoked = crls.iter().any(|crl| {
                crl.issuer_der == issuer.subject_der
                    && crl.signed_by(issuer)
                    && crl.revoked.contains_key(&signer.serial)
            });
            if revoked {
                return Err(invalid(crate::t!("ocsp-responder-revoked")));
            }
        }
        Ok(())
    }

    /// The nonce the response carries, if any (the OCTET STRING inside its extnValue).
    pub fn nonce(&self) -> Option<Vec<u8>> {
        let ext = self
            .basic
            .tbs_response_data
            .response_extensions
            .iter()
            .flatten()
            .find(|e| e.extn_id == asn1::NONCE)?;
        let value = ext.extn_value.as_bytes();
        Some(OctetString::from_der(value).map(|o| o.as_bytes().to_vec()).unwrap_or_else(|_| value.to_vec()))
    }
}

/// Whether a responder's certificate carries id-pkix-ocsp-nocheck.
pub fn no_check(cert: &Cert) -> bool {
    x509_cert::Certificate::from_der(&cert.der).is_ok_and(|c| {
        c.tbs_certificate().extensions().is_some_and(|exts| exts.iter().any(|e| e.extn_id == asn1::NO_CHECK))
    })
}

/// Whether `id` names `cert` of `issuer`.
pub fn matches(id: &CertId, cert: &Cert, issuer: &Cert) -> bool {
    let Some((name_hash, key_hash)) = issuer_hashes(&id.hash_algorithm.oid, issuer) else { return false };
    id.issuer_name_hash.as_bytes() == name_hash
        && id.issuer_key_hash.as_bytes() == key_hash
        && super::cert::serial_hex(id.serial_number.as_bytes()) == cert.serial
        && cert.issuer_der == issuer.subject_der
}

/// Checks the response `der` to `asked` about `cert` of `issuer`, at our clock `now`.
pub fn check(
    der: &[u8],
    asked: &Asked,
    cert: &Cert,
    issuer: &Cert,
    now: OffsetDateTime,
    crls: &[Crl],
) -> Result<Answer, Fault> {
    let parsed = parse(der)?;
    let signer = parsed.signer(Some(issuer)).ok_or_else(|| Fault::Unauthorized {
        responder: crate::t!("ocsp-responder-named", name = parsed.responder_text()),
        issuer: super::path::label(issuer),
    })?;
    parsed.verify_signature(signer)?;
    parsed.authorized(signer, issuer, now, crls)?;
    let single = parsed
        .basic
        .tbs_response_data
        .responses
        .iter()
        .find(|r| matches(&r.cert_id, cert, issuer))
        .ok_or_else(|| Fault::OtherCertificate {
            serial: cert.serial.clone(),
            issuer: super::path::label(issuer),
        })?;
    match parsed.nonce() {
        Some(nonce) if nonce == asked.nonce => {}
        Some(_) => return Err(Fault::Nonce("ocsp-nonce-other")),
        None => return Err(Fault::Nonce("ocsp-nonce-missing")),
    }
    let this_update = time_of(&single.this_update);
    let next_update = single.next_update.as_ref().map(time_of);
    if this_update > now + MAX_SKEW {
        return Err(Fault::Future { this_update: clock::human(this_update) });
    }
    match next_update {
        Some(next) if next < now => {
            return Err(Fault::Stale(crate::t!("ocsp-stale-next-update", next = clock::human(next))));
        }
        None if now > this_update + FRESH_WITHOUT_NEXT_UPDATE => {
            return Err(Fault::Stale(crate::t!(
                "ocsp-stale-no-next-update",
                this = clock::human(this_update)
            )));
        }
        _ => {}
    }
    let state = match &single.cert_status {
        CertStatus::Good(_) => State::Good,
        CertStatus::Revoked(info) => State::Revoked { at: time_of(&info.revocation_time) },
        CertStatus::Unknown(_) => return Err(Fault::Unknown),
    };
    Ok(Answer { state, this_update, next_update, responder: super::path::label(signer) })
}

#[cfg(test)]
mod tests;
