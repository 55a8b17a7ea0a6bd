//! What path validation reads from a certificate beyond its names and key, parsed once with
//! the certificate: basic constraints, key identifiers, name constraints and the names they
//! apply to, and every way the certificate breaks the RFC 5280 profile. A fault is recorded
//! here and refused only when the certificate is used in a path, so that an unrelated
//! certificate offered alongside cannot spoil a good path.

use der::Encode;
use der::asn1::ObjectIdentifier as Oid;
use x509_cert::certificate::TbsCertificate;
use x509_cert::ext::Extension;
use x509_cert::ext::pkix::{
    AuthorityKeyIdentifier, BasicConstraints, ExtendedKeyUsage, KeyUsage, NameConstraints, SubjectAltName,
    SubjectKeyIdentifier,
};

use super::Words;
use super::names::{self, Constraints, Name};
use crate::t;

mod oid {
    use der::asn1::ObjectIdentifier as Oid;

    pub const SUBJECT_DIRECTORY_ATTRIBUTES: Oid = Oid::new_unwrap("2.5.29.9");
    pub const SUBJECT_KEY_IDENTIFIER: Oid = Oid::new_unwrap("2.5.29.14");
    pub const KEY_USAGE: Oid = Oid::new_unwrap("2.5.29.15");
    pub const SUBJECT_ALT_NAME: Oid = Oid::new_unwrap("2.5.29.17");
    pub const ISSUER_ALT_NAME: Oid = Oid::new_unwrap("2.5.29.18");
    pub const BASIC_CONSTRAINTS: Oid = Oid::new_unwrap("2.5.29.19");
    pub const NAME_CONSTRAINTS: Oid = Oid::new_unwrap("2.5.29.30");
    pub const CRL_DISTRIBUTION_POINTS: Oid = Oid::new_unwrap("2.5.29.31");
    pub const CERTIFICATE_POLICIES: Oid = Oid::new_unwrap("2.5.29.32");
    pub const POLICY_MAPPINGS: Oid = Oid::new_unwrap("2.5.29.33");
    pub const AUTHORITY_KEY_IDENTIFIER: Oid = Oid::new_unwrap("2.5.29.35");
    pub const POLICY_CONSTRAINTS: Oid = Oid::new_unwrap("2.5.29.36");
    pub const EXTENDED_KEY_USAGE: Oid = Oid::new_unwrap("2.5.29.37");
    pub const FRESHEST_CRL: Oid = Oid::new_unwrap("2.5.29.46");
    pub const INHIBIT_ANY_POLICY: Oid = Oid::new_unwrap("2.5.29.54");
    pub const AUTHORITY_INFO_ACCESS: Oid = Oid::new_unwrap("1.3.6.1.5.5.7.1.1");
    pub const SUBJECT_INFO_ACCESS: Oid = Oid::new_unwrap("1.3.6.1.5.5.7.1.11");
    pub const EMAIL_ADDRESS: Oid = Oid::new_unwrap("1.2.840.113549.1.9.1");
}

/// Basic constraints as the certificate states them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Basic {
    pub ca: bool,
    pub path_len: Option<u8>,
    pub critical: bool,
}

/// The extensions and profile facts path validation needs.
#[derive(Debug, Clone, Default)]
pub struct Pkix {
    pub basic: Option<Basic>,
    pub subject_key_id: Option<Vec<u8>>,
    pub authority_key_id: Option<Vec<u8>>,
    pub name_constraints: Option<Constraints>,
    /// The names name constraints apply to: the subject (when not empty), the subject
    /// alternative names, and e-mail addresses of the subject when there are none.
    pub names: Vec<Name>,
    pub subject_empty: bool,
    /// The issuer and subject names are the same (RFC 5280's "self-issued").
    pub self_issued: bool,
    /// A critical extension that is not processed here, by OID.
    pub unknown_critical: Option<Oid>,
    /// The first way the certificate breaks the profile, whatever its place in a path.
    pub fault: Option<Words>,
    /// Neither self-issued nor naming its issuer's key: a fault below a trust anchor, where
    /// the identifier leads to the issuer, and none in an anchor, above which nothing is
    /// looked for.
    pub lacks_authority_key_id: bool,
}

/// Extensions that are known, whether or not path validation acts on them: a critical one
/// among them is not refused as unknown. certificatePolicies and inhibitAnyPolicy can change
/// no verdict when no explicit policy is required, which this validator never asks for;
/// policyMappings and policyConstraints are refused as faults (see [`read`]).
const KNOWN: &[Oid] = &[
    oid::SUBJECT_DIRECTORY_ATTRIBUTES,
    oid::SUBJECT_KEY_IDENTIFIER,
    oid::KEY_USAGE,
    oid::SUBJECT_ALT_NAME,
    oid::ISSUER_ALT_NAME,
    oid::BASIC_CONSTRAINTS,
    oid::NAME_CONSTRAINTS,
    oid::CRL_DISTRIBUTION_POINTS,
    oid::CERTIFICATE_POLICIES,
    oid::AUTHORITY_KEY_IDENTIFIER,
    oid::EXTENDED_KEY_USAGE,
    oid::FRESHEST_CRL,
    oid::INHIBIT_ANY_POLICY,
    oid::AUTHORITY_INFO_ACCESS,
    oid::SUBJECT_INFO_ACCESS,
];

/// Reads `tbs`, given the DER of the outer signatureAlgorithm (to compare with the inner one).
pub fn read(tbs: &TbsCertificate, outer_signature_alg: &[u8]) -> Pkix {
    let mut pkix = Pkix::default();
    let mut faults: Vec<Words> = Vec::new();
    let extensions: &[Extension] = tbs.extensions().map_or(&[], |e| e.as_slice());

    if tbs.signature().to_der().ok().as_deref() != Some(outer_signature_alg) {
        faults.push(Words::new(|| t!("ext-signature-alg-differs")));
    }
    check_serial(tbs, &mut faults);
    if tbs.issuer().is_empty() {
        faults.push(Words::new(|| t!("ext-issuer-empty")));
    }
    pkix.subject_empty = tbs.subject().is_empty();
    pkix.self_issued = tbs.issuer() == tbs.subject();

    for (i, ext) in extensions.iter().enumerate() {
        if extensions[..i].iter().any(|e| e.extn_id == ext.extn_id) {
            let oid = ext.extn_id.to_string();
            faults.push(Words::new(move || t!("ext-repeated", oid = &oid)));
        }
        let known = KNOWN.contains(&ext.extn_id);
        if ext.critical && !known && pkix.unknown_critical.is_none() {
            pkix.unknown_critical = Some(ext.extn_id);
        }
    }

    let mut key_usage = None;
    let mut has_san = false;
    for ext in extensions {
        let bytes = ext.extn_value.as_bytes();
        let id = ext.extn_id;
        let mut malformed =
            |what: &'static str| faults.push(Words::new(move || t!("ext-malformed", name = what)));
        match id {
            oid::BASIC_CONSTRAINTS => match der::Decode::from_der(bytes) {
                Ok(BasicConstraints { ca, path_len_constraint }) => {
                    pkix.basic = Some(Basic { ca, path_len: path_len_constraint, critical: ext.critical })
                }
                Err(_) => malformed("basicConstraints"),
            },
            oid::KEY_USAGE => match <KeyUsage as der::Decode>::from_der(bytes) {
                Ok(ku) => key_usage = Some(ku),
                Err(_) => malformed("keyUsage"),
            },
            oid::EXTENDED_KEY_USAGE => match <ExtendedKeyUsage as der::Decode>::from_der(bytes) {
                Ok(eku) if eku.0.is_empty() => faults.push(Words::new(|| t!("ext-eku-empty"))),
                Ok(_) => {}
                Err(_) => malformed("extendedKeyUsage"),
            },
            oid::SUBJECT_KEY_IDENTIFIER => match <SubjectKeyIdentifier as der::Decode>::from_der(bytes) {
                Ok(ski) => pkix.subject_key_id = Some(ski.0.as_bytes().to_vec()),
                Err(_) => malformed("subjectKeyIdentifier"),
            },
            oid::AUTHORITY_KEY_IDENTIFIER => match <AuthorityKeyIdentifier as der::Decode>::from_der(bytes) {
                Ok(aki) => pkix.authority_key_id = aki.key_identifier.map(|k| k.as_bytes().to_vec()),
                Err(_) => malformed("authorityKeyIdentifier"),
            },
            oid::SUBJECT_ALT_NAME => match <SubjectAltName as der::Decode>::from_der(bytes) {
                Ok(san) if san.0.is_empty() => faults.push(Words::new(|| t!("ext-san-empty"))),
                Ok(san) => {
                    has_san = true;
                    pkix.names.extend(san.0.iter().map(Name::from_general));
                    if pkix.subject_empty && !ext.critical {
                        faults.push(Words::new(|| t!("ext-san-not-critical")));
                    }
                }
                Err(_) => malformed("subjectAltName"),
            },
            oid::NAME_CONSTRAINTS => match <NameConstraints as der::Decode>::from_der(bytes) {
                Ok(nc) => match names::parse_constraints(&nc) {
                    Ok(c) => pkix.name_constraints = Some(c),
                    Err(why) => {
                        faults.push(Words::new(move || t!("ext-name-constraints", why = why.to_string())))
                    }
                },
                Err(_) => malformed("nameConstraints"),
            },
            oid::POLICY_CONSTRAINTS if !ext.critical => {
                faults.push(Words::new(|| t!("ext-policy-constraints-not-critical")))
            }
            // Explicit policies are never required here, so a path that could be refused
            // for lack of one is refused outright rather than passed unchecked.
            oid::POLICY_CONSTRAINTS => faults.push(Words::new(|| t!("ext-policy-constraints"))),
            oid::POLICY_MAPPINGS if ext.critical => faults.push(Words::new(|| t!("ext-policy-mappings"))),
            oid::INHIBIT_ANY_POLICY if !ext.critical => {
                faults.push(Words::new(|| t!("ext-inhibit-any-policy-not-critical")))
            }
            _ => {}
        }
        let must_not_be_critical = [
            (oid::AUTHORITY_KEY_IDENTIFIER, "authorityKeyIdentifier"),
            (oid::SUBJECT_KEY_IDENTIFIER, "subjectKeyIdentifier"),
            (oid::AUTHORITY_INFO_ACCESS, "authorityInfoAccess"),
            (oid::SUBJECT_INFO_ACCESS, "subjectInfoAccess"),
            (oid::SUBJECT_DIRECTORY_ATTRIBUTES, "subjectDirectoryAttributes"),
        ];
        if ext.critical
            && let Some((_, name)) = must_not_be_critical.iter().find(|(o, _)| *o == id)
        {
            let name: &'static str = name;
            faults.push(Words::new(move || t!("ext-critical", name = name)));
        }
        if id == oid::NAME_CONSTRAINTS && !ext.critical {
            faults.push(Words::new(|| t!("ext-name-constraints-not-critical")));
        }
    }

    if pkix.subject_empty && !has_san {
        faults.push(Words::new(|| t!("ext-no-subject-no-san")));
    }
    if !pkix.subject_empty {
        pkix.names.insert(0, Name::Directory(names::directory(tbs.subject())));
        if !has_san {
            let emails = tbs.subject().iter().filter(|atv| atv.oid == oid::EMAIL_ADDRESS);
            pkix.names.extend(emails.map(|atv| {
                let text = std::str::from_utf8(atv.value.value()).unwrap_or("");
                Name::email_attribute(text)
            }));
        }
    }

    let ca = pkix.basic.is_some_and(|b| b.ca);
    let cert_sign = key_usage.is_some_and(|ku| ku.key_cert_sign());
    if cert_sign && !ca {
        faults.push(Words::new(|| t!("ext-cert-sign-not-ca")));
    }
    if pkix
        .basic
        .is_some_and(|b| b.path_len.is_some() && !(b.ca && key_usage.is_none_or(|ku| ku.key_cert_sign())))
    {
        faults.push(Words::new(|| t!("ext-path-len-not-ca")));
    }
    if pkix.name_constraints.is_some() && !ca {
        faults.push(Words::new(|| t!("ext-name-constraints-not-ca")));
    }
    if ca {
        if pkix.basic.is_some_and(|b| !b.critical) {
            faults.push(Words::new(|| t!("ext-basic-not-critical")));
        }
        if pkix.subject_key_id.is_none() {
            faults.push(Words::new(|| t!("ext-ca-no-ski")));
        }
        if pkix.subject_empty {
            faults.push(Words::new(|| t!("ext-ca-empty-subject")));
        }
    }
    pkix.lacks_authority_key_id = pkix.authority_key_id.is_none() && !pkix.self_issued;
    pkix.fault = faults.into_iter().next();
    pkix
}

/// RFC 5280 4.1.2.2: a positive integer of at most 20 octets.
fn check_serial(tbs: &TbsCertificate, faults: &mut Vec<Words>) {
    let Ok(der) = tbs.serial_number().to_der() else {
        faults.push(Words::new(|| t!("ext-serial-unencodable")));
        return;
    };
    let header = match der.get(1) {
        Some(&len) if len & 0x80 != 0 => 2 + usize::from(len & 0x7f),
        _ => 2,
    };
    let content = der.get(header..).unwrap_or_default();
    let digits = content.strip_prefix(&[0]).filter(|rest| !rest.is_empty()).unwrap_or(content);
    if content.first().is_some_and(|b| b & 0x80 != 0) {
        faults.push(Words::new(|| t!("ext-serial-negative")));
    } else if content.iter().all(|&b| b == 0) {
        faults.push(Words::new(|| t!("ext-serial-zero")));
    } else if digits.len() > 20 {
        let count = digits.len();
        faults.push(Words::new(move || t!("ext-serial-long", count = count)));
    }
}
