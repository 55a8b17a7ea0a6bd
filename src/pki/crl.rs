//! Certificate revocation lists as the verifier reads them: issuer, freshness, entries, and
//! the original signed bytes so the issuing CA's signature can be checked.

use std::collections::HashMap;

use der::Decode;
use der::asn1::ObjectIdentifier as Oid;
use time::OffsetDateTime;
use x509_cert::crl::CertificateList;

use super::cert::{Cert, serial_hex, signed_part, x509_time};
use super::keys::verify_x509_signature;
use super::pem;

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
}

impl Crl {
    pub fn from_der(der: &[u8]) -> Result<Crl, String> {
        let list: CertificateList =
            CertificateList::from_der(der).map_err(|e| format!("not an X.509 CRL: {e}"))?;
        let tbs_bytes = signed_part(der).ok_or("CRL has no to-be-signed part")?;
        let offset = tbs_bytes.as_ptr() as usize - der.as_ptr() as usize;
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
        })
    }

    /// A CRL file, PEM (`X509 CRL`) or DER.
    pub fn from_file_bytes(bytes: &[u8]) -> Result<Crl, String> {
        let objects = pem::der_objects(bytes, "X509 CRL")?;
        Crl::from_der(&objects[0])
    }

    pub fn der(&self) -> &[u8] {
        &self.der
    }

    /// Signed by `issuer`'s key.
    pub fn signed_by(&self, issuer: &Cert) -> bool {
        verify_x509_signature(issuer, &self.signature_alg, &self.der[self.tbs.clone()], &self.signature)
    }
}
