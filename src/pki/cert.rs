//! Certificates as the service reads them: the X.509 fields the verifier needs and the
//! national profile on top (IIN in SERIALNUMBER, BIN in OU, the role in the extended key
//! usage), parsed once from DER with `x509-cert`.

use der::Decode;
use der::asn1::ObjectIdentifier as Oid;
use time::OffsetDateTime;
use x509_cert::Certificate;
use x509_cert::ext::pkix::name::DirectoryString;
use x509_cert::ext::pkix::{BasicConstraints, ExtendedKeyUsage, KeyUsage};

use super::ext::{self, Pkix};
use super::pem;

pub mod oid {
    use der::asn1::ObjectIdentifier as Oid;

    pub const COMMON_NAME: Oid = Oid::new_unwrap("2.5.4.3");
    pub const SURNAME: Oid = Oid::new_unwrap("2.5.4.4");
    pub const SERIAL_NUMBER: Oid = Oid::new_unwrap("2.5.4.5");
    pub const COUNTRY: Oid = Oid::new_unwrap("2.5.4.6");
    pub const ORGANIZATION: Oid = Oid::new_unwrap("2.5.4.10");
    pub const ORGANIZATIONAL_UNIT: Oid = Oid::new_unwrap("2.5.4.11");
    pub const GIVEN_NAME: Oid = Oid::new_unwrap("2.5.4.42");

    pub const EC_PUBLIC_KEY: Oid = Oid::new_unwrap("1.2.840.10045.2.1");
    pub const P256: Oid = Oid::new_unwrap("1.2.840.10045.3.1.7");
    pub const ED25519: Oid = Oid::new_unwrap("1.3.101.112");
    pub const RSA: Oid = Oid::new_unwrap("1.2.840.113549.1.1.1");
    pub const ECDSA_SHA256: Oid = Oid::new_unwrap("1.2.840.10045.4.3.2");
    pub const RSA_SHA256: Oid = Oid::new_unwrap("1.2.840.113549.1.1.11");

    pub const EMAIL_PROTECTION: Oid = Oid::new_unwrap("1.3.6.1.5.5.7.3.4");
    pub const CLIENT_AUTH: Oid = Oid::new_unwrap("1.3.6.1.5.5.7.3.2");
    pub const ROLE_INDIVIDUAL: Oid = Oid::new_unwrap("1.2.398.3.3.4.1.1");
    pub const ROLE_ORGANIZATION: Oid = Oid::new_unwrap("1.2.398.3.3.4.1.2");
    pub const ROLE_FIRST_HEAD: Oid = Oid::new_unwrap("1.2.398.3.3.4.1.2.1");
    pub const ROLE_SIGNER: Oid = Oid::new_unwrap("1.2.398.3.3.4.1.2.2");
    pub const ROLE_EMPLOYEE: Oid = Oid::new_unwrap("1.2.398.3.3.4.1.2.5");
}

/// The holder's role, from the extended key usage of the national profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Individual,
    /// First head of an organization (may sign for it).
    Head,
    /// Holder of the right of signature of an organization.
    Signer,
    Employee,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Individual => "individual",
            Role::Head => "head",
            Role::Signer => "signer",
            Role::Employee => "employee",
        }
    }

    /// May sign on behalf of the organization (a clinic's ticket).
    pub fn signs_for_organization(self) -> bool {
        matches!(self, Role::Head | Role::Signer)
    }

    pub fn is_organization(self) -> bool {
        !matches!(self, Role::Individual)
    }
}

/// The algorithm of a public key the service accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAlg {
    P256,
    Ed25519,
    Rsa,
}

impl KeyAlg {
    pub fn describe(self) -> &'static str {
        match self {
            KeyAlg::P256 => "ECDSA P-256",
            KeyAlg::Ed25519 => "Ed25519",
            KeyAlg::Rsa => "RSA",
        }
    }
}

/// A parsed certificate. `der` is kept: signatures are checked over the original bytes.
#[derive(Debug, Clone)]
pub struct Cert {
    pub der: Vec<u8>,
    tbs: std::ops::Range<usize>,
    pub signature_alg: Oid,
    pub signature: Vec<u8>,
    pub issuer_der: Vec<u8>,
    pub subject_der: Vec<u8>,
    pub serial: String,
    pub not_before: OffsetDateTime,
    pub not_after: OffsetDateTime,
    pub key_alg: Option<KeyAlg>,
    /// The subjectPublicKey bits: an EC point, an Ed25519 key, or an RSAPublicKey.
    pub public_key: Vec<u8>,
    pub is_ca: bool,
    pub key_usage: Option<KeyUsage>,
    pub extended_key_usage: Vec<Oid>,
    pub subject: Subject,
    /// What path validation reads beyond these fields; shared, as certificates are cloned
    /// into every report.
    pub pkix: std::sync::Arc<Pkix>,
}

/// The subject as the national profile fills it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Subject {
    pub common_name: Option<String>,
    pub surname: Option<String>,
    /// The GIVENNAME attribute, which the national authority fills with the patronymic.
    pub patronymic: Option<String>,
    /// SERIALNUMBER without its `IIN` prefix.
    pub iin: Option<String>,
    pub organization: Option<String>,
    /// OU without its `BIN` prefix.
    pub bin: Option<String>,
    pub country: Option<String>,
}

/// The URLs a certificate names for its status and its issuer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Urls {
    /// cRLDistributionPoints (full names that are URIs).
    pub crl: Vec<String>,
    /// authorityInfoAccess, id-ad-ocsp.
    pub ocsp: Vec<String>,
    /// authorityInfoAccess, id-ad-caIssuers.
    pub ca_issuers: Vec<String>,
}

/// Splits one DER TLV off the front: (whole element, value, rest).
fn split_tlv(bytes: &[u8]) -> Option<(&[u8], &[u8], &[u8])> {
    let (&_tag, rest) = bytes.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n].iter().fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
        (len, &rest[n..])
    };
    if rest.len() < len {
        return None;
    }
    let header = bytes.len() - rest.len();
    Some((&bytes[..header + len], &rest[..len], &rest[len..]))
}

/// The first element inside the outer SEQUENCE (the to-be-signed part of a certificate or CRL).
pub fn signed_part(der: &[u8]) -> Option<&[u8]> {
    let (_, outer, _) = split_tlv(der)?;
    let (tbs, _, _) = split_tlv(outer)?;
    Some(tbs)
}

pub fn x509_time(t: &x509_cert::time::Time) -> OffsetDateTime {
    let secs = t.to_unix_duration().as_secs() as i64;
    OffsetDateTime::from_unix_timestamp(secs).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// Serial numbers as uppercase hex without leading zero bytes, as CRLs and `openssl` show them.
pub fn serial_hex(bytes: &[u8]) -> String {
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len().saturating_sub(1));
    bytes[start..].iter().map(|b| format!("{b:02X}")).collect()
}

fn dir_string(name: &x509_cert::name::Name, oid: Oid) -> Option<String> {
    name.by_oid::<DirectoryString>(oid).ok().flatten().map(|s| s.value().into_owned())
}

/// The kind of a subject public key, when it is one the service signs with.
pub fn key_alg_of(spki: &x509_cert::spki::SubjectPublicKeyInfoOwned) -> Option<KeyAlg> {
    match spki.algorithm.oid {
        o if o == oid::EC_PUBLIC_KEY => {
            let curve = spki.algorithm.parameters.as_ref().and_then(|p| p.decode_as::<Oid>().ok());
            (curve == Some(oid::P256)).then_some(KeyAlg::P256)
        }
        o if o == oid::ED25519 => Some(KeyAlg::Ed25519),
        o if o == oid::RSA => Some(KeyAlg::Rsa),
        _ => None,
    }
}

/// The size of an RSA public key's modulus in bits, from its PKCS#1 `RSAPublicKey`
/// (a SEQUENCE of the modulus and the exponent, two INTEGERs).
pub fn rsa_modulus_bits(rsa_public_key: &[u8]) -> Option<usize> {
    let parts: Vec<der::asn1::UintRef<'_>> = der::Decode::from_der(rsa_public_key).ok()?;
    let modulus = parts.first()?.as_bytes();
    let first = *modulus.first()?;
    Some(modulus.len() * 8 - first.leading_zeros() as usize)
}

impl Cert {
    pub fn from_der(der: &[u8]) -> Result<Cert, String> {
        let cert = Certificate::from_der(der).map_err(|e| crate::t!("cert-not-x509", why = e.to_string()))?;
        let tbs_bytes = signed_part(der).ok_or_else(|| crate::t!("cert-no-tbs"))?;
        let offset = tbs_bytes.as_ptr() as usize - der.as_ptr() as usize;
        let tbs = cert.tbs_certificate();
        let spki = tbs.subject_public_key_info();
        let key_alg = key_alg_of(spki);
        let encode = |name: &x509_cert::name::Name| der::Encode::to_der(name).unwrap_or_default();
        let subject = tbs.subject();
        let strip = |value: Option<String>, prefix: &str| {
            value.map(|v| v.strip_prefix(prefix).map(str::to_owned).unwrap_or(v))
        };
        let basic = tbs.get_extension::<BasicConstraints>().ok().flatten();
        let key_usage = tbs.get_extension::<KeyUsage>().ok().flatten().map(|(_, ku)| ku);
        let eku = tbs.get_extension::<ExtendedKeyUsage>().ok().flatten().map(|(_, e)| e.0);
        let outer_alg = der::Encode::to_der(cert.signature_algorithm()).unwrap_or_default();
        let pkix = std::sync::Arc::new(ext::read(tbs, &outer_alg));
        Ok(Cert {
            der: der.to_vec(),
            tbs: offset..offset + tbs_bytes.len(),
            signature_alg: cert.signature_algorithm().oid,
            signature: cert.signature().raw_bytes().to_vec(),
            issuer_der: encode(tbs.issuer()),
            subject_der: encode(subject),
            serial: serial_hex(tbs.serial_number().as_bytes()),
            not_before: x509_time(&tbs.validity().not_before),
            not_after: x509_time(&tbs.validity().not_after),
            key_alg,
            public_key: spki.subject_public_key.raw_bytes().to_vec(),
            is_ca: basic.is_some_and(|(_, b)| b.ca),
            key_usage,
            extended_key_usage: eku.unwrap_or_default(),
            subject: Subject {
                common_name: dir_string(subject, oid::COMMON_NAME),
                surname: dir_string(subject, oid::SURNAME),
                patronymic: dir_string(subject, oid::GIVEN_NAME),
                iin: strip(dir_string(subject, oid::SERIAL_NUMBER), "IIN"),
                organization: dir_string(subject, oid::ORGANIZATION),
                bin: strip(dir_string(subject, oid::ORGANIZATIONAL_UNIT), "BIN"),
                country: dir_string(subject, oid::COUNTRY),
            },
            pkix,
        })
    }

    /// Every certificate in a PEM or DER file.
    /// [`Cert::from_der`], remembered by a digest of the DER: a server sees the same signers'
    /// and CA certificates in request after request. Parsing is deterministic, so a
    /// remembered result is the one a fresh parse would give.
    pub fn from_der_cached(der: &[u8]) -> Result<Cert, String> {
        static PARSED: std::sync::Mutex<Vec<([u8; 32], Cert)>> = std::sync::Mutex::new(Vec::new());
        const KEPT: usize = 256;
        let digest = ring::digest::digest(&ring::digest::SHA256, der);
        let mut key = [0u8; 32];
        key.copy_from_slice(digest.as_ref());
        let cached = {
            let parsed = PARSED.lock().unwrap_or_else(|p| p.into_inner());
            parsed.iter().find(|(k, _)| *k == key).map(|(_, cert)| cert.clone())
        };
        if let Some(cert) = cached {
            return Ok(cert);
        }
        let cert = Cert::from_der(der)?;
        let mut parsed = PARSED.lock().unwrap_or_else(|p| p.into_inner());
        if parsed.len() >= KEPT {
            parsed.remove(0);
        }
        parsed.push((key, cert.clone()));
        Ok(cert)
    }

    pub fn all_from_file_bytes(bytes: &[u8]) -> Result<Vec<Cert>, String> {
        pem::der_objects(bytes, "CERTIFICATE")?.iter().map(|der| Cert::from_der(der)).collect()
    }

    pub fn tbs(&self) -> &[u8] {
        &self.der[self.tbs.clone()]
    }

    pub fn role(&self) -> Option<Role> {
        let has = |o: Oid| self.extended_key_usage.contains(&o);
        if has(oid::ROLE_FIRST_HEAD) {
            Some(Role::Head)
        } else if has(oid::ROLE_SIGNER) {
            Some(Role::Signer)
        } else if has(oid::ROLE_EMPLOYEE) || has(oid::ROLE_ORGANIZATION) {
            Some(Role::Employee)
        } else if has(oid::ROLE_INDIVIDUAL) {
            Some(Role::Individual)
        } else {
            None
        }
    }

    /// A signing certificate: digitalSignature and nonRepudiation, not an authentication one.
    pub fn signing_usage(&self) -> Result<(), String> {
        let Some(ku) = &self.key_usage else {
            return Err(crate::t!("cert-no-key-usage"));
        };
        if self.extended_key_usage.contains(&oid::CLIENT_AUTH) || ku.key_encipherment() {
            return Err(crate::t!("cert-auth-cannot-sign"));
        }
        if !(ku.digital_signature() && ku.non_repudiation()) {
            return Err(crate::t!("cert-lacks-signing-usage"));
        }
        Ok(())
    }

    /// An authentication certificate (digitalSignature and clientAuth): what proves a person's
    /// identity at registration. A signing certificate is for documents, not for this.
    pub fn authentication_usage(&self) -> Result<(), String> {
        let Some(ku) = &self.key_usage else {
            return Err(crate::t!("cert-no-key-usage"));
        };
        if ku.non_repudiation() || !self.extended_key_usage.contains(&oid::CLIENT_AUTH) {
            return Err(crate::t!("cert-signing-cannot-authenticate"));
        }
        if !ku.digital_signature() {
            return Err(crate::t!("cert-lacks-digital-signature"));
        }
        Ok(())
    }

    /// What the certificate names for CRLs, OCSP and its issuer; informational only.
    pub fn urls(&self) -> Urls {
        use x509_cert::ext::pkix::name::{DistributionPointName, GeneralName};
        use x509_cert::ext::pkix::{AuthorityInfoAccessSyntax, CrlDistributionPoints};
        let mut urls = Urls::default();
        let Ok(cert) = Certificate::from_der(&self.der) else { return urls };
        let tbs = cert.tbs_certificate();
        let uri = |name: &GeneralName| match name {
            GeneralName::UniformResourceIdentifier(uri) => Some(uri.to_string()),
            _ => None,
        };
        if let Ok(Some((_, points))) = tbs.get_extension::<CrlDistributionPoints>() {
            for point in points.0 {
                if let Some(DistributionPointName::FullName(names)) = point.distribution_point {
                    urls.crl.extend(names.iter().filter_map(uri));
                }
            }
        }
        if let Ok(Some((_, access))) = tbs.get_extension::<AuthorityInfoAccessSyntax>() {
            for description in access.0 {
                let Some(location) = uri(&description.access_location) else { continue };
                match description.access_method.to_string().as_str() {
                    "1.3.6.1.5.5.7.48.1" => urls.ocsp.push(location),
                    "1.3.6.1.5.5.7.48.2" => urls.ca_issuers.push(location),
                    _ => {}
                }
            }
        }
        urls
    }

    /// What the certificate is for: `ca`, `ocsp` (a delegated responder), `authentication`,
    /// `signing`, `server`, or `other`.
    pub fn purpose(&self) -> &'static str {
        let has = |o: Oid| self.extended_key_usage.contains(&o);
        let ku = self.key_usage.as_ref();
        if self.is_ca {
            "ca"
        } else if has(Oid::new_unwrap("1.3.6.1.5.5.7.3.9")) {
            "ocsp"
        } else if has(oid::CLIENT_AUTH) || ku.is_some_and(|k| k.key_encipherment()) {
            "authentication"
        } else if ku.is_some_and(|k| k.digital_signature() && k.non_repudiation()) {
            "signing"
        } else if has(Oid::new_unwrap("1.3.6.1.5.5.7.3.1")) {
            "server"
        } else {
            "other"
        }
    }

    /// The key's algorithm as people name it: `ECDSA P-256`, `RSA 2048`, `Ed25519`, or a GOST
    /// or other algorithm by name and OID.
    pub fn key_description(&self) -> String {
        match self.key_alg {
            Some(KeyAlg::Rsa) => {
                format!("RSA {}", rsa_modulus_bits(&self.public_key).map_or("?".into(), |b| b.to_string()))
            }
            Some(alg) => alg.describe().to_owned(),
            None => {
                let oid = self.key_oid();
                match super::gost::describe(&oid) {
                    Some(name) => format!("{name} ({oid})"),
                    None => oid,
                }
            }
        }
    }

    /// The OID of the subject public key's algorithm.
    pub fn key_oid(&self) -> String {
        Certificate::from_der(&self.der)
            .map(|c| c.tbs_certificate().subject_public_key_info().algorithm.oid.to_string())
            .unwrap_or_default()
    }

    /// The issuer and subject as RFC 4514 text.
    pub fn names(&self) -> (String, String) {
        match Certificate::from_der(&self.der) {
            Ok(c) => (c.tbs_certificate().issuer().to_string(), c.tbs_certificate().subject().to_string()),
            Err(_) => Default::default(),
        }
    }

    pub fn valid_at(&self, at: OffsetDateTime) -> bool {
        self.not_before <= at && at <= self.not_after
    }

    pub fn pem(&self) -> String {
        pem::encode("CERTIFICATE", &self.der)
    }

    /// Who the certificate names, for people: `CN` and the IIN.
    pub fn describe(&self) -> String {
        let cn = self.subject.common_name.clone().unwrap_or_else(|| crate::t!("cert-no-cn"));
        match &self.subject.iin {
            Some(iin) => crate::t!("cert-describe-iin", cn = cn, iin = iin, serial = self.serial.to_string()),
            None => crate::t!("cert-describe", cn = cn, serial = self.serial.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tlv_split_short_and_long_lengths() {
        let short = [0x30, 0x03, 0x02, 0x01, 0x05, 0xff];
        let (whole, value, rest) = split_tlv(&short).unwrap();
        assert_eq!(whole, &short[..5]);
        assert_eq!(value, &[0x02, 0x01, 0x05]);
        assert_eq!(rest, &[0xff]);
        let mut long = vec![0x04, 0x82, 0x01, 0x00];
        long.extend(std::iter::repeat_n(7u8, 256));
        let (_, value, rest) = split_tlv(&long).unwrap();
        assert_eq!(value.len(), 256);
        assert!(rest.is_empty());
        assert!(split_tlv(&[0x30, 0x05, 0x00]).is_none());
        assert!(split_tlv(&[0x30, 0x80]).is_none());
    }

    #[test]
    fn serial_hex_strips_leading_zeros() {
        assert_eq!(serial_hex(&[0x00, 0x8a, 0x01]), "8A01");
        assert_eq!(serial_hex(&[0x00]), "00");
    }
}
