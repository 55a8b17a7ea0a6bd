//! Certificate revocation lists as the verifier reads them: issuer, freshness, entries, and
//! the original signed bytes so the issuing CA's signature can be checked; and what makes a
//! CRL unusable whoever signed it (RFC 5280 sections 5 and 6.3.3): no CRLNumber, or a
//! critical one; a critical extension that is not processed; a scope this verifier does not
//! handle (delta, indirect, by reasons, attribute certificates).

use std::collections::HashMap;

use der::Decode;
use der::asn1::ObjectIdentifier as Oid;
use time::OffsetDateTime;
use x509_cert::crl::CertificateList;

use super::Words;
use super::cert::{Cert, serial_hex, signed_part, x509_time};
use super::keys::verify_x509_signature;
use super::pem;
use crate::t;

#[derive(Debug, Clone)]
pub struct Crl {
    der: Vec<u8>,
    tbs: std::ops::Range<usize>,
    signature_alg: Oid,
    signature: Vec<u8>,
    pub issuer_der: Vec<u8>,
    pub this_update: OffsetDateTime,
    pub next_update: Option<OffsetDateTime>,
    /// Serial (uppercase hex) → revocation time.
    pub revoked: HashMap<String, OffsetDateTime>,
    /// The CRL covers certificates of end entities, of CAs, or both (issuingDistributionPoint).
    pub covers_end_entities: bool,
    pub covers_cas: bool,
    /// Why the CRL cannot be used, if it cannot.
    pub fault: Option<Words>,
}

mod oid {
    use der::asn1::ObjectIdentifier as Oid;

    pub const CRL_NUMBER: Oid = Oid::new_unwrap("2.5.29.20");
    pub const ISSUING_DISTRIBUTION_POINT: Oid = Oid::new_unwrap("2.5.29.28");
    pub const AUTHORITY_KEY_IDENTIFIER: Oid = Oid::new_unwrap("2.5.29.35");
    pub const FRESHEST_CRL: Oid = Oid::new_unwrap("2.5.29.46");
    pub const AUTHORITY_INFO_ACCESS: Oid = Oid::new_unwrap("1.3.6.1.5.5.7.1.1");
    pub const REASON_CODE: Oid = Oid::new_unwrap("2.5.29.21");
    pub const INVALIDITY_DATE: Oid = Oid::new_unwrap("2.5.29.24");
}

/// Scope and faults from the CRL's extensions and its entries'.
struct Extensions {
    covers_end_entities: bool,
    covers_cas: bool,
    fault: Option<Words>,
}

fn read_extensions(list: &CertificateList, outer_alg: &[u8]) -> Extensions {
    use x509_cert::ext::pkix::crl::dp::IssuingDistributionPoint;
    let tbs = &list.tbs_cert_list;
    let mut out = Extensions { covers_end_entities: true, covers_cas: true, fault: None };
    let mut faults = Vec::new();
    if der::Encode::to_der(&tbs.signature).ok().as_deref() != Some(outer_alg) {
        faults.push(Words::new(|| t!("crl-signature-alg-differs")));
    }
    let extensions = tbs.crl_extensions.as_deref().unwrap_or_default();
    match extensions.iter().filter(|e| e.extn_id == oid::CRL_NUMBER).collect::<Vec<_>>().as_slice() {
        [] => faults.push(Words::new(|| t!("crl-no-number"))),
        [number] if number.critical => faults.push(Words::new(|| t!("crl-number-critical"))),
        [_] => {}
        _ => faults.push(Words::new(|| t!("crl-numbers"))),
    }
    for ext in extensions {
        match ext.extn_id {
            oid::ISSUING_DISTRIBUTION_POINT => {
                match <IssuingDistributionPoint as der::Decode>::from_der(ext.extn_value.as_bytes()) {
                    Ok(idp) if idp.indirect_crl || idp.only_some_reasons.is_some() => {
                        faults.push(Words::new(|| t!("crl-indirect")))
                    }
                    Ok(idp) if idp.only_contains_attribute_certs => {
                        faults.push(Words::new(|| t!("crl-attribute-certs")))
                    }
                    Ok(idp) => {
                        out.covers_end_entities = !idp.only_contains_ca_certs;
                        out.covers_cas = !idp.only_contains_user_certs;
                    }
                    Err(_) => faults.push(Words::new(|| t!("crl-idp-malformed"))),
                }
            }
            oid::CRL_NUMBER
            | oid::AUTHORITY_KEY_IDENTIFIER
            | oid::FRESHEST_CRL
            | oid::AUTHORITY_INFO_ACCESS => {}
            other if ext.critical => {
                let oid = other.to_string();
                faults.push(Words::new(move || t!("crl-unknown-critical", oid = &oid)))
            }
            _ => {}
        }
    }
    let entry_extensions =
        tbs.revoked_certificates.iter().flatten().flat_map(|r| r.crl_entry_extensions.iter().flatten());
    for ext in entry_extensions {
        if ext.critical && ![oid::REASON_CODE, oid::INVALIDITY_DATE].contains(&ext.extn_id) {
            let oid = ext.extn_id.to_string();
            faults.push(Words::new(move || t!("crl-entry-unknown-critical", oid = &oid)));
            break;
        }
    }
    out.fault = faults.into_iter().next();
    out
}

impl Crl {
    pub fn from_der(der: &[u8]) -> Result<Crl, String> {
        let list: CertificateList =
            CertificateList::from_der(der).map_err(|e| t!("crl-not-x509", why = e.to_string()))?;
        let tbs_bytes = signed_part(der).ok_or_else(|| t!("crl-no-tbs"))?;
        let offset = tbs_bytes.as_ptr() as usize - der.as_ptr() as usize;
        let outer_alg = der::Encode::to_der(&list.signature_algorithm).unwrap_or_default();
        let extensions = read_extensions(&list, &outer_alg);
        let tbs = &list.tbs_cert_list;
        let revoked = tbs
            .revoked_certificates
            .iter()
            .flatten()
            .map(|r| (serial_hex(r.serial_number.as_bytes()), x509_time(&r.revocation_date)))
            .collect();
        Ok(Crl {
            der: der.to_vec(),
            tbs: offset..offset + tbs_bytes.len(),
            signature_alg: list.signature_algorithm.oid,
            signature: list.signature.raw_bytes().to_vec(),
            issuer_der: der::Encode::to_der(&tbs.issuer).unwrap_or_default(),
            this_update: x509_time(&tbs.this_update),
            next_update: tbs.next_update.as_ref().map(x509_time),
            revoked,
            covers_end_entities: extensions.covers_end_entities,
            covers_cas: extensions.covers_cas,
            fault: extensions.fault,
        })
    }

    /// The CRLs of a file: PEM (any number of `X509 CRL` blocks, say the issuing CA's and the
    /// root's) or one DER.
    pub fn all_from_file_bytes(bytes: &[u8]) -> Result<Vec<Crl>, String> {
        pem::der_objects(bytes, "X509 CRL")?.iter().map(|der| Crl::from_der(der)).collect()
    }

    pub fn der(&self) -> &[u8] {
        &self.der
    }

    /// Signed by `issuer`'s key.
    pub fn signed_by(&self, issuer: &Cert) -> bool {
        verify_x509_signature(issuer, &self.signature_alg, &self.der[self.tbs.clone()], &self.signature)
    }
}
