//! PKCS#12 keystores as they come: OpenSSL 3's (PBES2, AES, an HMAC-SHA-256 MAC), the legacy
//! ones (pbeWithSHAAnd3-KeyTripleDES-CBC, pbeWithSHAAnd40BitRC2-CBC, a SHA-1 MAC), and those
//! the national authority's Java tools write in BER, with indefinite lengths. A BER file is
//! checked here — its MAC verified over the bytes as written, the only place a wrong password
//! shows — then rewritten in DER without the MAC for `p12-keystore` to decrypt.

use der::asn1::ObjectIdentifier as Oid;
use ring::digest;

use super::ber::{self, Node};

const DATA: Oid = Oid::new_unwrap("1.2.840.113549.1.7.1");
const ENCRYPTED_DATA: Oid = Oid::new_unwrap("1.2.840.113549.1.7.6");
const SHA1: Oid = Oid::new_unwrap("1.3.14.3.2.26");
const SHA256: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.2.1");
/// As `p12-keystore` bounds them: a file cannot make us hash forever.
const MAX_MAC_ITERATIONS: u64 = 1_000_000;

/// Why a keystore cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Pkcs12Error {
    #[error("{}", crate::t!("p12-wrong-password"))]
    WrongPassword,
    #[error("{0}")]
    Unsupported(String),
    #[error("{}", crate::t!("p12-cannot-open", why = .0))]
    Malformed(String),
}

/// The private key (PKCS#8 DER), when there is one, and the certificates, the key's first.
#[derive(Debug, Clone, Default)]
pub struct Contents {
    pub key: Option<Vec<u8>>,
    pub certs: Vec<Vec<u8>>,
}

/// Opens a keystore with `password`.
pub fn open(bytes: &[u8], password: &str) -> Result<Contents, Pkcs12Error> {
    use p12_keystore::error::Error;
    let archive = match p12_keystore::Pkcs12Archive::from_pkcs12(bytes, password) {
        Err(Error::DerError(_)) => {
            let der = from_ber(bytes, password)?;
            p12_keystore::Pkcs12Archive::from_pkcs12(&der, password)
        }
        other => other,
    };
    let archive = archive.map_err(|e| match e {
        Error::MacError(_) => Pkcs12Error::WrongPassword,
        Error::UnsupportedEncryptionScheme | Error::UnsupportedMacAlgorithm => match gost_in(bytes) {
            Some(oid) => {
                Pkcs12Error::Unsupported(super::gost::unsupported(&crate::t!("gost-its-encryption"), &oid))
            }
            None => Pkcs12Error::Unsupported(crate::t!("p12-cannot-open", why = e.to_string())),
        },
        other => Pkcs12Error::Malformed(other.to_string()),
    })?;
    let key = archive.keys.first();
    let id = key.and_then(|k| k.local_key_id.as_ref()).map(|id| id.as_ref().to_vec());
    let (mut certs, others): (Vec<_>, Vec<_>) =
        archive.certs.iter().partition(|c| id.is_some() && c.local_key_id == id);
    certs.extend(others);
    Ok(Contents {
        key: key.map(|k| k.key.as_der().to_vec()),
        certs: certs.into_iter().map(|c| c.cert.as_der().to_vec()).collect(),
    })
}

/// The first GOST object identifier in the file's clear parts, if any.
fn gost_in(bytes: &[u8]) -> Option<String> {
    fn walk(node: &Node) -> Option<String> {
        if node.tag() == [0x06] {
            let text = der::Decode::from_der(&node.encode()).map(|o: Oid| o.to_string()).ok()?;
            return super::gost::is_gost(&text).then_some(text);
        }
        node.children().iter().find_map(walk)
    }
    walk(&ber::parse(bytes).ok()?)
}

/// The BER keystore in DER, its MAC checked and dropped. The MAC covers the authenticated
/// safe's bytes as written, which the rewriting changes.
fn from_ber(bytes: &[u8], password: &str) -> Result<Vec<u8>, Pkcs12Error> {
    let bad = |what: &str| Pkcs12Error::Malformed(crate::t!("p12-not-keystore", why = what));
    let mut pfx = ber::parse(bytes).map_err(|e| Pkcs12Error::Malformed(crate::t!("p12-not-ber", why = e)))?;
    let parts = pfx.children_mut().ok_or_else(|| bad(&crate::t!("p12-not-sequence")))?;
    if parts.len() < 2 {
        return Err(bad(&crate::t!("p12-no-safe")));
    }
    let written = content_octets(&parts[1], DATA).ok_or_else(|| bad(&crate::t!("p12-safe-not-data")))?;
    if let Some(mac) = parts.get(2) {
        verify_mac(mac, &written, password)?;
    }
    let mut safe = ber::parse(&written).map_err(|e| bad(&crate::t!("p12-safe", why = e)))?;
    for info in safe.children_mut().into_iter().flatten() {
        normalize_content_info(info).map_err(|e| bad(&e))?;
    }
    parts[1] = data_info(safe.encode());
    parts.truncate(2);
    Ok(pfx.encode())
}

fn oid_of(node: &Node) -> Option<Oid> {
    (node.tag() == [0x06]).then(|| der::Decode::from_der(&node.encode()).ok()).flatten()
}

/// The octets of a ContentInfo of type `kind`: `SEQUENCE { OID, [0] EXPLICIT OCTET STRING }`.
fn content_octets(info: &Node, kind: Oid) -> Option<Vec<u8>> {
    let [oid, wrapped] = info.children() else { return None };
    if oid_of(oid)? != kind || wrapped.tag() != [0xa0] {
        return None;
    }
    let [octets] = wrapped.children() else { return None };
    (octets.tag() == [0x04]).then(|| octets.content().map(<[u8]>::to_vec)).flatten()
}

/// A data ContentInfo holding `octets`.
fn data_info(octets: Vec<u8>) -> Node {
    let oid = ber::parse(&der::Encode::to_der(&DATA).expect("an OID encodes")).expect("DER is BER");
    let octets = Node::Primitive { tag: vec![0x04], content: octets };
    Node::Constructed {
        tag: vec![0x30],
        children: vec![oid, Node::Constructed { tag: vec![0xa0], children: vec![octets] }],
    }
}

/// One ContentInfo of the authenticated safe in DER: a data one's safe contents rewritten, an
/// encrypted one's `[0] IMPLICIT` encrypted content joined into one piece.
fn normalize_content_info(info: &mut Node) -> Result<(), String> {
    let kind = info.children().first().and_then(oid_of);
    if kind == Some(DATA) {
        let octets = content_octets(info, DATA).ok_or_else(|| crate::t!("p12-data-without-octets"))?;
        let contents = ber::parse(&octets)?.encode();
        *info = data_info(contents);
    } else if kind == Some(ENCRYPTED_DATA) {
        // [0] { EncryptedData SEQUENCE { version, EncryptedContentInfo SEQUENCE { type, alg, [0] … } } }
        let encrypted_info = info
            .children_mut()
            .and_then(|c| c.get_mut(1))
            .and_then(|wrapped| wrapped.children_mut()?.get_mut(0))
            .and_then(|data| data.children_mut()?.get_mut(1))
            .and_then(|eci| eci.children_mut())
            .ok_or_else(|| crate::t!("p12-encrypted-data-shape"))?;
        if let Some(content) = encrypted_info.get_mut(2) {
            *content = ber::implicit_octets(content)?;
        }
    }
    Ok(())
}

/// `MacData ::= SEQUENCE { mac DigestInfo, macSalt OCTET STRING, iterations INTEGER DEFAULT 1 }`,
/// checked over `data` with the key RFC 7292 appendix B derives from `password`.
fn verify_mac(mac_data: &Node, data: &[u8], password: &str) -> Result<(), Pkcs12Error> {
    let bad = || Pkcs12Error::Malformed(crate::t!("p12-mac-data"));
    let parts = mac_data.children();
    let digest_info = parts.first().ok_or_else(bad)?.children();
    let alg = digest_info.first().and_then(|a| a.children().first()).and_then(oid_of).ok_or_else(bad)?;
    let tag = digest_info.get(1).and_then(Node::content).ok_or_else(bad)?;
    let salt = parts.get(1).and_then(Node::content).ok_or_else(bad)?;
    let iterations = match parts.get(2).and_then(Node::content) {
        None => 1,
        Some(bytes) if bytes.len() <= 8 => bytes.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b)),
        Some(_) => u64::MAX,
    };
    if iterations == 0 || iterations > MAX_MAC_ITERATIONS {
        return Err(Pkcs12Error::Malformed(crate::t!("p12-mac-iterations", count = iterations)));
    }
    let (hash, hmac) = match alg {
        SHA1 => (&digest::SHA1_FOR_LEGACY_USE_ONLY, ring::hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY),
        SHA256 => (&digest::SHA256, ring::hmac::HMAC_SHA256),
        other => {
            return Err(Pkcs12Error::Unsupported(crate::t!("p12-mac-digest", digest = other.to_string())));
        }
    };
    let key = mac_key(hash, password, salt, iterations);
    ring::hmac::verify(&ring::hmac::Key::new(hmac, &key), data, tag).map_err(|_| Pkcs12Error::WrongPassword)
}

/// RFC 7292 appendix B.2 with ID 3 (MAC key): as many bytes as the hash gives.
pub fn mac_key(hash: &'static digest::Algorithm, password: &str, salt: &[u8], iterations: u64) -> Vec<u8> {
    let v = hash.block_len();
    let u = hash.output_len();
    // The password as a BMPString with its two zero bytes at the end.
    let mut pass: Vec<u8> = password.encode_utf16().flat_map(u16::to_be_bytes).collect();
    pass.extend([0, 0]);
    let fill = |bytes: &[u8]| -> Vec<u8> {
        if bytes.is_empty() {
            return Vec::new();
        }
        let len = v * bytes.len().div_ceil(v);
        bytes.iter().copied().cycle().take(len).collect()
    };
    let mut i = [fill(salt), fill(&pass)].concat();
    let d = vec![3u8; v];
    let mut a = {
        let mut ctx = digest::Context::new(hash);
        ctx.update(&d);
        ctx.update(&i);
        ctx.finish().as_ref().to_vec()
    };
    for _ in 1..iterations {
        a = digest::digest(hash, &a).as_ref().to_vec();
    }
    // Only one block of output is needed (n = u), but I is updated as the RFC says so that
    // the same code would serve a longer key.
    let b: Vec<u8> = a.iter().copied().cycle().take(v).collect();
    for block in i.chunks_mut(v) {
        let mut carry = 1u16;
        for (x, y) in block.iter_mut().rev().zip(b.iter().rev()) {
            let sum = u16::from(*x) + u16::from(*y) + carry;
            *x = sum as u8;
            carry = sum >> 8;
        }
    }
    a.truncate(u);
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The published test vector of the PKCS#12 key derivation (password "smeg", ID 3 for a
    /// MAC key, one iteration), which OpenSSL's and BouncyCastle's suites also check.
    #[test]
    fn the_mac_key_of_rfc_7292() {
        let salt = [0x3d, 0x83, 0xc0, 0xe4, 0x54, 0x6a, 0xc1, 0x40];
        let key = mac_key(&digest::SHA1_FOR_LEGACY_USE_ONLY, "smeg", &salt, 1);
        assert_eq!(super::super::hex(&key), "8d967d88f6caa9d714800ab3d48051d63f73a312");
    }
}
