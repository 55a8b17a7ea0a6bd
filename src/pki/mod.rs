//! Public-key infrastructure: keys and the three accepted algorithms, certificates in the
//! national profile (and what path validation reads of them), CRLs, JWS over JCS, the one
//! verifier, certification path validation with name constraints, and the embedded
//! certification authority's issuance.

pub mod ber;
pub mod ca;
pub mod cert;
pub mod crl;
pub mod ext;
pub mod gost;
pub mod jws;
pub mod keys;
pub mod names;
pub mod ocsp;
pub mod path;
pub mod pem;
pub mod pkcs12;
pub mod verify;

/// Words for a person, worded when they are read, in the language of that moment: a fault
/// found when a certificate or CRL is parsed is kept with it (parsed certificates are cached
/// and shared between the portal's requests), and each reader reads it in their own language.
#[derive(Clone)]
pub struct Words(std::sync::Arc<dyn Fn() -> String + Send + Sync>);

impl Words {
    pub fn new(words: impl Fn() -> String + Send + Sync + 'static) -> Words {
        Words(std::sync::Arc::new(words))
    }
}

impl std::fmt::Display for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&(self.0)())
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", (self.0)())
    }
}

/// Bytes as lowercase hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

/// Sixteen bytes written as a UUID: 8-4-4-4-12 hexadecimal digits.
pub fn uuid_text(bytes: &[u8; 16]) -> String {
    let hex = hex(bytes);
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

#[cfg(test)]
mod tests {
    #[test]
    fn hex_and_uuid_text() {
        assert_eq!(super::hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        let bytes: [u8; 16] = std::array::from_fn(|i| (i * 17) as u8);
        assert_eq!(super::uuid_text(&bytes), "00112233-4455-6677-8899-aabbccddeeff");
    }
}
