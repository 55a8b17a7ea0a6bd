//! The embedded certification authority (НУЦ): a root and an issuing CA, leaf certificates in
//! the national profile, and CRLs signed by the issuing CA. Pure issuance; where its keys and
//! serials live is the portal store's business.

use rcgen::{
    BasicConstraints, CertificateParams, CertificateRevocationListParams, CertificateSigningRequestParams,
    DistinguishedName, DnType, DnValue, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyIdMethod, KeyPair,
    KeyUsagePurpose, RevokedCertParams, SerialNumber,
};
use ring::rand::{SecureRandom, SystemRandom};
use time::{Duration, OffsetDateTime};

use super::cert::Role;
use crate::domain::iin::{Bin, Iin};

pub const ROOT_NAME: &str = "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ ТҮБІРІ (P-256)";
pub const ISSUING_NAME: &str = "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (P-256)";

#[derive(Debug, thiserror::Error)]
pub enum CaError {
    #[error("{0}")]
    Rcgen(#[from] rcgen::Error),
    #[error("{}", crate::t!("ca-csr", why = .0))]
    Csr(String),
    #[error("{}", crate::t!("ca-no-randomness"))]
    Random,
    #[error("{0}")]
    Key(String),
}

/// A CA certificate and its private key (PKCS#8).
#[derive(Clone)]
pub struct CaMaterial {
    pub cert_der: Vec<u8>,
    pub key_pkcs8: Vec<u8>,
}

impl std::fmt::Debug for CaMaterial {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CaMaterial").field("cert_der", &self.cert_der.len()).finish_non_exhaustive()
    }
}

impl CaMaterial {
    /// The CA as rcgen signs with it.
    pub fn issuer(&self) -> Result<Issuer<'static, KeyPair>, CaError> {
        let key = KeyPair::try_from(self.key_pkcs8.as_slice())?;
        Ok(Issuer::from_ca_cert_der(&self.cert_der.as_slice().into(), key)?)
    }
}

/// Where the portal publishes what relying parties fetch, written into the certificates it
/// issues: the CRL distribution points and the authority information access (OCSP and the
/// issuer's certificate). Informational: a client asks the portal it uses, whatever a
/// certificate says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// The issuing CA's CRL (`GET /v1/pki/crl`).
    pub crl: String,
    /// The root's CRL of the CAs below it (`GET /v1/pki/crl/root`).
    pub root_crl: String,
    /// The OCSP responder (`POST /v1/pki/ocsp`).
    pub ocsp: String,
    /// The issuing CA's certificate, DER (`GET /v1/pki/ca/issuing`).
    pub ca_issuers: String,
}

impl Published {
    /// The URLs under a portal's base URL (`https://portal.example.kz`).
    pub fn under(base: &str) -> Published {
        let base = base.trim_end_matches('/');
        Published {
            crl: format!("{base}/v1/pki/crl"),
            root_crl: format!("{base}/v1/pki/crl/root"),
            ocsp: format!("{base}/v1/pki/ocsp"),
            ca_issuers: format!("{base}/v1/pki/ca/issuing"),
        }
    }
}

/// The authorityInfoAccess extension: an OCSP responder and the issuer's certificate.
fn authority_info_access(published: &Published) -> Result<rcgen::CustomExtension, CaError> {
    use x509_cert::ext::pkix::name::GeneralName;
    use x509_cert::ext::pkix::{AccessDescription, AuthorityInfoAccessSyntax};
    let uri = |text: &str| -> Result<GeneralName, CaError> {
        der::asn1::Ia5String::new(text)
            .map(GeneralName::UniformResourceIdentifier)
            .map_err(|e| CaError::Key(crate::t!("ca-uri-unwritable", text = text, why = e.to_string())))
    };
    let aia = AuthorityInfoAccessSyntax(vec![
        AccessDescription { access_method: OCSP_ACCESS, access_location: uri(&published.ocsp)? },
        AccessDescription { access_method: CA_ISSUERS_ACCESS, access_location: uri(&published.ca_issuers)? },
    ]);
    let der = der::Encode::to_der(&aia).map_err(|e| CaError::Key(e.to_string()))?;
    Ok(rcgen::CustomExtension::from_oid_content(&[1, 3, 6, 1, 5, 5, 7, 1, 1], der))
}

const OCSP_ACCESS: der::asn1::ObjectIdentifier =
    der::asn1::ObjectIdentifier::new_unwrap("1.3.6.1.5.5.7.48.1");
const CA_ISSUERS_ACCESS: der::asn1::ObjectIdentifier =
    der::asn1::ObjectIdentifier::new_unwrap("1.3.6.1.5.5.7.48.2");

/// A fresh random positive serial of 16 bytes.
pub fn random_serial() -> Result<Vec<u8>, CaError> {
    let mut serial = [0u8; 16];
    SystemRandom::new().fill(&mut serial).map_err(|_| CaError::Random)?;
    serial[0] = (serial[0] & 0x7f).max(1);
    Ok(serial.to_vec())
}

fn ca_name(common_name: &str) -> DistinguishedName {
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, common_name);
    dn.push(DnType::CountryName, DnValue::PrintableString("KZ".try_into().expect("ASCII")));
    dn
}

pub fn ca_params(
    common_name: &str,
    path_len: u8,
    years: i64,
    now: OffsetDateTime,
) -> Result<CertificateParams, CaError> {
    let mut params = CertificateParams::default();
    params.distinguished_name = ca_name(common_name);
    params.is_ca = IsCa::Ca(BasicConstraints::Constrained(path_len));
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    params.not_before = now - Duration::minutes(5);
    params.not_after = now + Duration::days(365 * years);
    params.serial_number = Some(SerialNumber::from(random_serial()?));
    Ok(params)
}

/// The root and the issuing CA of a new authority.
pub fn create_authority(now: OffsetDateTime) -> Result<(CaMaterial, CaMaterial), CaError> {
    create_published_authority(now, None)
}

/// [`create_authority`], the issuing CA naming the root's CRL where `published` says.
pub fn create_published_authority(
    now: OffsetDateTime,
    published: Option<&Published>,
) -> Result<(CaMaterial, CaMaterial), CaError> {
    let root_key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256)?;
    let root = ca_params(ROOT_NAME, 1, 20, now)?;
    let root_cert = root.self_signed(&root_key)?;
    let root_issuer = Issuer::new(root, &root_key);

    let issuing_key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256)?;
    let mut issuing = ca_params(ISSUING_NAME, 0, 10, now)?;
    issuing.use_authority_key_identifier_extension = true;
    if let Some(published) = published {
        issuing.crl_distribution_points =
            vec![rcgen::CrlDistributionPoint { uris: vec![published.root_crl.clone()] }];
    }
    let issuing_cert = issuing.signed_by(&issuing_key, &root_issuer)?;
    Ok((
        CaMaterial { cert_der: root_cert.der().to_vec(), key_pkcs8: root_key.serialize_der() },
        CaMaterial { cert_der: issuing_cert.der().to_vec(), key_pkcs8: issuing_key.serialize_der() },
    ))
}

/// The key algorithm of a key the authority generates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyType {
    P256,
    Ed25519,
}

/// Whose certificate, for what.
#[derive(Debug, Clone)]
pub struct LeafProfile {
    pub iin: Iin,
    pub surname: String,
    pub given: String,
    pub patronymic: Option<String>,
    pub organization: Option<(Bin, String)>,
    pub role: Role,
    /// An authentication certificate instead of a signing one.
    pub auth: bool,
    pub not_before: OffsetDateTime,
    pub not_after: OffsetDateTime,
    pub serial: Vec<u8>,
}

/// Where the subject's public key comes from.
#[derive(Debug)]
pub enum SubjectKey<'a> {
    Generate(KeyType),
    /// A PKCS#10 request (PEM or DER) made with a key kept elsewhere.
    Csr(&'a [u8]),
}

/// An issued leaf: the certificate, and the private key when the authority generated it.
#[derive(Debug)]
pub struct Issued {
    pub cert_der: Vec<u8>,
    pub key_pkcs8: Option<Vec<u8>>,
}

fn role_oids(role: Role) -> Vec<Vec<u64>> {
    match role {
        Role::Individual => vec![vec![1, 2, 398, 3, 3, 4, 1, 1]],
        Role::Head => vec![vec![1, 2, 398, 3, 3, 4, 1, 2], vec![1, 2, 398, 3, 3, 4, 1, 2, 1]],
        Role::Signer => vec![vec![1, 2, 398, 3, 3, 4, 1, 2], vec![1, 2, 398, 3, 3, 4, 1, 2, 2]],
        Role::Employee => vec![vec![1, 2, 398, 3, 3, 4, 1, 2], vec![1, 2, 398, 3, 3, 4, 1, 2, 5]],
    }
}

/// The subject of the national profile: CN, SURNAME, SERIALNUMBER=IIN…, C, GIVENNAME
/// (patronymic), and for an organization's employee O and OU=BIN….
fn leaf_name(p: &LeafProfile) -> Result<DistinguishedName, CaError> {
    let printable = |s: String| -> Result<DnValue, CaError> { Ok(DnValue::PrintableString(s.try_into()?)) };
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, format!("{} {}", p.surname, p.given));
    dn.push(DnType::CustomDnType(vec![2, 5, 4, 4]), p.surname.clone());
    dn.push(DnType::CustomDnType(vec![2, 5, 4, 5]), printable(format!("IIN{}", p.iin))?);
    dn.push(DnType::CountryName, printable("KZ".into())?);
    if let Some(patronymic) = &p.patronymic {
        dn.push(DnType::CustomDnType(vec![2, 5, 4, 42]), patronymic.clone());
    }
    if let Some((bin, name)) = &p.organization {
        dn.push(DnType::OrganizationName, name.clone());
        dn.push(DnType::OrganizationalUnitName, printable(format!("BIN{bin}"))?);
    }
    Ok(dn)
}

/// The certificate of a leaf in the national profile. `rsa`: the subject's key is RSA, the
/// only kind for which an authentication certificate may assert keyEncipherment (RFC 5480 and
/// RFC 8410 forbid it for EC and Ed25519 keys).
pub fn leaf_params(profile: &LeafProfile, rsa: bool) -> Result<CertificateParams, CaError> {
    let mut params = CertificateParams::default();
    params.distinguished_name = leaf_name(profile)?;
    params.is_ca = IsCa::ExplicitNoCa;
    params.not_before = profile.not_before;
    params.not_after = profile.not_after;
    params.serial_number = Some(SerialNumber::from(profile.serial.clone()));
    params.use_authority_key_identifier_extension = true;
    params.key_identifier_method = KeyIdMethod::Sha256;
    if profile.auth {
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        if rsa {
            params.key_usages.push(KeyUsagePurpose::KeyEncipherment);
        }
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
    } else {
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature, KeyUsagePurpose::ContentCommitment];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::EmailProtection];
    }
    params
        .extended_key_usages
        .extend(role_oids(profile.role).into_iter().map(ExtendedKeyUsagePurpose::Other));
    Ok(params)
}

/// Issues a leaf certificate signed by the issuing CA.
pub fn issue_leaf(issuing: &CaMaterial, profile: &LeafProfile, key: SubjectKey) -> Result<Issued, CaError> {
    issue_published_leaf(issuing, profile, key, None)
}

/// [`issue_leaf`], the certificate naming the CRL and the OCSP responder where `published`
/// says, as the national authority's do.
pub fn issue_published_leaf(
    issuing: &CaMaterial,
    profile: &LeafProfile,
    key: SubjectKey,
    published: Option<&Published>,
) -> Result<Issued, CaError> {
    let issuer = issuing.issuer()?;
    let params_for = |rsa: bool| -> Result<CertificateParams, CaError> {
        let mut params = leaf_params(profile, rsa)?;
        if let Some(published) = published {
            params.crl_distribution_points =
                vec![rcgen::CrlDistributionPoint { uris: vec![published.crl.clone()] }];
            params.custom_extensions.push(authority_info_access(published)?);
        }
        Ok(params)
    };
    match key {
        SubjectKey::Generate(kind) => {
            let alg = match kind {
                KeyType::P256 => &rcgen::PKCS_ECDSA_P256_SHA256,
                KeyType::Ed25519 => &rcgen::PKCS_ED25519,
            };
            let key = KeyPair::generate_for(alg)?;
            let cert = params_for(false)?.signed_by(&key, &issuer)?;
            let pkcs8 = match kind {
                KeyType::P256 => key.serialize_der(),
                KeyType::Ed25519 => ed25519_pkcs8_v1(&key.serialize_der())?,
            };
            Ok(Issued { cert_der: cert.der().to_vec(), key_pkcs8: Some(pkcs8) })
        }
        SubjectKey::Csr(bytes) => {
            let der = if super::pem::is_pem(bytes) {
                super::pem::der_objects(bytes, "CERTIFICATE REQUEST").map_err(CaError::Csr)?.remove(0)
            } else {
                bytes.to_vec()
            };
            check_csr_key(&der)?;
            let csr = CertificateSigningRequestParams::from_der(&der.as_slice().into())
                .map_err(|e| CaError::Csr(e.to_string()))?;
            let spki = rcgen::PublicKeyData::subject_public_key_info(&csr.public_key);
            let rsa = <x509_cert::spki::SubjectPublicKeyInfoRef as der::Decode>::from_der(&spki)
                .is_ok_and(|k| k.algorithm.oid == super::cert::oid::RSA);
            let cert = params_for(rsa)?.signed_by(&csr.public_key, &issuer)?;
            Ok(Issued { cert_der: cert.der().to_vec(), key_pkcs8: None })
        }
    }
}

/// A CSR's key must be one that `attach sign` can use: a certificate for any other would be
/// issued in vain (and an RSA key under 2048 bits would fail as "Invalid CSR signature").
fn check_csr_key(der: &[u8]) -> Result<(), CaError> {
    let request = <x509_cert::request::CertReq as der::Decode>::from_der(der)
        .map_err(|e| CaError::Csr(crate::t!("ca-not-csr", why = e.to_string())))?;
    let spki = &request.info.public_key;
    let supported = crate::t!("ca-csr-supported");
    match super::cert::key_alg_of(spki) {
        Some(super::cert::KeyAlg::Rsa) => {
            let bits = super::cert::rsa_modulus_bits(spki.subject_public_key.raw_bytes()).unwrap_or(0);
            if bits < 2048 {
                return Err(CaError::Csr(crate::t!("ca-csr-rsa-bits", bits = bits, supported = supported)));
            }
            Ok(())
        }
        Some(_) => Ok(()),
        None => {
            let curve = spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.decode_as::<der::asn1::ObjectIdentifier>().ok());
            let what = match curve {
                Some(curve) if spki.algorithm.oid == super::cert::oid::EC_PUBLIC_KEY => {
                    crate::t!("ca-csr-ec-curve", curve = curve.to_string())
                }
                _ => crate::t!("ca-csr-key-alg", oid = spki.algorithm.oid.to_string()),
            };
            Err(CaError::Csr(crate::t!("ca-csr-key", what = what, supported = supported)))
        }
    }
}

/// An Ed25519 key as PKCS#8 version 1 (RFC 8410), which OpenSSL 3.0 and Python's
/// `cryptography` read, from the version 2 that ring writes (the same seed, with the public
/// key after it, which those readers refuse).
fn ed25519_pkcs8_v1(v2: &[u8]) -> Result<Vec<u8>, CaError> {
    // SEQUENCE { INTEGER 0, SEQUENCE { OID 1.3.101.112 }, OCTET STRING { OCTET STRING seed } }
    const PREFIX: [u8; 16] =
        [0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20];
    // ring's version 2 has the same layout up to the seed, with version 1 and a longer outer
    // length.
    let seed = v2
        .get(16..48)
        .filter(|_| v2.get(2..5) == Some(&[0x02, 0x01, 0x01]) && v2.get(5..16) == Some(&PREFIX[5..]))
        .ok_or_else(|| CaError::Key(crate::t!("ca-ed25519-layout")))?;
    let mut v1 = PREFIX.to_vec();
    v1.extend_from_slice(seed);
    Ok(v1)
}

/// A TLS server certificate for `portal serve`.
pub fn issue_server(
    issuing: &CaMaterial,
    dns: &[String],
    ips: &[std::net::IpAddr],
    now: OffsetDateTime,
) -> Result<Issued, CaError> {
    let mut names: Vec<rcgen::SanType> = Vec::new();
    for d in dns {
        names.push(rcgen::SanType::DnsName(d.clone().try_into()?));
    }
    names.extend(ips.iter().map(|ip| rcgen::SanType::IpAddress(*ip)));
    let mut params = CertificateParams::default();
    params.distinguished_name = ca_name(dns.first().map_or("attach portal", String::as_str));
    params.subject_alt_names = names;
    params.is_ca = IsCa::ExplicitNoCa;
    params.not_before = now - Duration::minutes(5);
    params.not_after = now + Duration::days(397);
    params.serial_number = Some(SerialNumber::from(random_serial()?));
    params.use_authority_key_identifier_extension = true;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    let key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256)?;
    let cert = params.signed_by(&key, &issuing.issuer()?)?;
    Ok(Issued { cert_der: cert.der().to_vec(), key_pkcs8: Some(key.serialize_der()) })
}

/// The OCSP responder's name, beside the issuing CA's.
pub const RESPONDER_NAME: &str = "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ OCSP (P-256)";
/// How long a delegated responder's certificate lives: short, as it is never revoked
/// (id-pkix-ocsp-nocheck tells clients not to ask).
pub const RESPONDER_LIFETIME: Duration = Duration::days(30);

/// A delegated OCSP responder of the issuing CA (RFC 6960 4.2.2.2): id-kp-OCSPSigning,
/// id-pkix-ocsp-nocheck, digitalSignature, a P-256 key, valid for [`RESPONDER_LIFETIME`].
pub fn issue_ocsp_responder(issuing: &CaMaterial, now: OffsetDateTime) -> Result<Issued, CaError> {
    let mut params = CertificateParams::default();
    params.distinguished_name = ca_name(RESPONDER_NAME);
    params.is_ca = IsCa::ExplicitNoCa;
    params.not_before = now - Duration::minutes(5);
    params.not_after = now + RESPONDER_LIFETIME;
    params.serial_number = Some(SerialNumber::from(random_serial()?));
    params.use_authority_key_identifier_extension = true;
    params.key_identifier_method = KeyIdMethod::Sha256;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::OcspSigning];
    // id-pkix-ocsp-nocheck, whose value is NULL.
    params
        .custom_extensions
        .push(rcgen::CustomExtension::from_oid_content(&[1, 3, 6, 1, 5, 5, 7, 48, 1, 5], vec![0x05, 0x00]));
    let key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256)?;
    let cert = params.signed_by(&key, &issuing.issuer()?)?;
    Ok(Issued { cert_der: cert.der().to_vec(), key_pkcs8: Some(key.serialize_der()) })
}

/// A CRL signed by `issuing` (the issuing CA, or the root for the CAs below it) listing
/// `revoked` (serial bytes, revocation time).
pub fn issue_crl(
    issuing: &CaMaterial,
    revoked: &[(Vec<u8>, OffsetDateTime)],
    this_update: OffsetDateTime,
    next_update: OffsetDateTime,
    number: u64,
) -> Result<Vec<u8>, CaError> {
    let params = CertificateRevocationListParams {
        this_update,
        next_update,
        crl_number: SerialNumber::from(number),
        issuing_distribution_point: None,
        revoked_certs: revoked
            .iter()
            .map(|(serial, at)| RevokedCertParams {
                serial_number: SerialNumber::from(serial.clone()),
                revocation_time: *at,
                reason_code: None,
                invalidity_date: None,
            })
            .collect(),
        key_identifier_method: KeyIdMethod::Sha256,
    };
    Ok(params.signed_by(&issuing.issuer()?)?.der().to_vec())
}
