//! The responder's side of OCSP, for the embedded authority: a request read, each CertID
//! answered from what the authority knows of the serial — good, revoked (since when) or
//! unknown (another issuer, a hash it does not compute, a serial it never issued) — and the
//! answer signed with ECDSA P-256, by a delegated responder certificate or the issuing CA
//! itself. The nonce of a request is echoed, so that the client can tell the answer is fresh.

use der::asn1::{Any, BitString, GeneralizedTime, OctetString};
use der::{Decode, Encode};
use ring::signature::{ECDSA_P256_SHA256_ASN1_SIGNING, EcdsaKeyPair};
use time::{Duration, OffsetDateTime};
use x509_cert::spki::AlgorithmIdentifierOwned;

use super::asn1::{
    self, BasicOcspResponse, CertStatus, OcspRequest, OcspResponse, ResponderId, ResponseBytes, ResponseData,
    ResponseStatus, RevokedInfo, SingleResponse,
};
use crate::pki::cert::{Cert, oid, serial_hex};

/// How long an answer stays fresh: a client may keep it this long.
pub const VALID_FOR: Duration = Duration::hours(1);
/// CertIDs one request may ask about.
pub const MAX_PER_REQUEST: usize = 16;
/// The longest nonce echoed (RFC 8954 allows 32 octets; its DER wrapping adds two).
const MAX_NONCE: usize = 64;

/// What the authority knows of a serial.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    Good,
    Revoked(OffsetDateTime),
    Unknown,
}

/// The key and certificate that sign answers.
pub struct Signer {
    key: EcdsaKeyPair,
    cert: Cert,
    /// A delegated responder (its certificate travels with each answer), not the CA itself.
    delegated: bool,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Signer({}, delegated: {})", self.cert.serial, self.delegated)
    }
}

impl Signer {
    /// A P-256 key (PKCS#8) and its certificate.
    pub fn new(cert_der: &[u8], key_pkcs8: &[u8], delegated: bool) -> Result<Signer, String> {
        let key = EcdsaKeyPair::from_pkcs8(
            &ECDSA_P256_SHA256_ASN1_SIGNING,
            key_pkcs8,
            &ring::rand::SystemRandom::new(),
        )
        .map_err(|e| crate::t!("ocsp-signing-key", why = e.to_string()))?;
        let cert = Cert::from_der(cert_der)?;
        Ok(Signer { key, cert, delegated })
    }

    pub fn cert(&self) -> &Cert {
        &self.cert
    }
}

/// An answer that is only a status (malformedRequest, internalError).
pub fn failure(status: ResponseStatus) -> Vec<u8> {
    OcspResponse { response_status: status, response_bytes: None }.to_der().unwrap_or_default()
}

fn time(at: OffsetDateTime) -> Result<GeneralizedTime, der::Error> {
    let secs = u64::try_from(at.unix_timestamp()).unwrap_or(0);
    GeneralizedTime::from_unix_duration(std::time::Duration::from_secs(secs))
}

/// Answers the DER `request` about certificates of `issuer`, as of `now`; `known` tells the
/// status of a serial (uppercase hexadecimal). Never fails: a request that cannot be read is
/// answered `malformedRequest`.
pub fn respond(
    request: &[u8],
    issuer: &Cert,
    signer: &Signer,
    now: OffsetDateTime,
    mut known: impl FnMut(&str) -> Known,
) -> Vec<u8> {
    let Ok(request) = OcspRequest::from_der(request) else {
        return failure(ResponseStatus::MalformedRequest);
    };
    let list = &request.tbs_request.request_list;
    if list.is_empty() || list.len() > MAX_PER_REQUEST {
        return failure(ResponseStatus::MalformedRequest);
    }
    let nonce = request.tbs_request.request_extensions.iter().flatten().find(|e| e.extn_id == asn1::NONCE);
    if nonce.is_some_and(|n| n.extn_value.as_bytes().len() > MAX_NONCE) {
        return failure(ResponseStatus::MalformedRequest);
    }
    let mut responses = Vec::with_capacity(list.len());
    for asked in list {
        let id = &asked.req_cert;
        let ours = super::issuer_hashes(&id.hash_algorithm.oid, issuer).is_some_and(|(name, key)| {
            id.issuer_name_hash.as_bytes() == name && id.issuer_key_hash.as_bytes() == key
        });
        let state = if ours { known(&serial_hex(id.serial_number.as_bytes())) } else { Known::Unknown };
        let Ok(this_update) = time(now) else { return failure(ResponseStatus::InternalError) };
        let cert_status = match state {
            Known::Good => CertStatus::Good(der::asn1::Null),
            Known::Unknown => CertStatus::Unknown(der::asn1::Null),
            Known::Revoked(at) => match time(at) {
                Ok(revocation_time) => {
                    CertStatus::Revoked(RevokedInfo { revocation_time, revocation_reason: None })
                }
                Err(_) => return failure(ResponseStatus::InternalError),
            },
        };
        responses.push(SingleResponse {
            cert_id: id.clone(),
            cert_status,
            this_update,
            next_update: time(now + VALID_FOR).ok(),
            single_extensions: None,
        });
    }
    sign(signer, now, responses, nonce.cloned()).unwrap_or_else(|_| failure(ResponseStatus::InternalError))
}

/// Signs `responses` as a basic response by `signer`, echoing `nonce`.
pub fn sign(
    signer: &Signer,
    now: OffsetDateTime,
    responses: Vec<SingleResponse>,
    nonce: Option<x509_cert::ext::Extension>,
) -> Result<Vec<u8>, der::Error> {
    let key_hash = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, &signer.cert.public_key);
    let data = ResponseData {
        version: 0,
        responder_id: ResponderId::ByKey(OctetString::new(key_hash.as_ref())?),
        produced_at: time(now)?,
        responses,
        response_extensions: nonce.map(|n| vec![x509_cert::ext::Extension { critical: false, ..n }]),
    };
    let tbs = data.to_der()?;
    let signature = signer
        .key
        .sign(&ring::rand::SystemRandom::new(), &tbs)
        .map_err(|_| der::Error::from(der::ErrorKind::Failed))?;
    let certs = if signer.delegated { Some(vec![Any::from_der(&signer.cert.der)?]) } else { None };
    let basic = BasicOcspResponse {
        tbs_response_data: data,
        signature_algorithm: AlgorithmIdentifierOwned { oid: oid::ECDSA_SHA256, parameters: None },
        signature: BitString::from_bytes(signature.as_ref())?,
        certs,
    };
    OcspResponse {
        response_status: ResponseStatus::Successful,
        response_bytes: Some(ResponseBytes {
            response_type: asn1::BASIC_RESPONSE,
            response: OctetString::new(basic.to_der()?)?,
        }),
    }
    .to_der()
}
