//! Private keys and the three signature algorithms the service accepts: ES256 (ECDSA P-256),
//! EdDSA (Ed25519) and RS256 (RSA ≥ 2048). Keys come as PKCS#8 (PEM or DER), PKCS#1 for RSA,
//! or PKCS#12 as the certification authority hands them out.

use ring::rand::SystemRandom;
use ring::signature::{self, EcdsaKeyPair, Ed25519KeyPair, KeyPair, RsaKeyPair};

use super::cert::{Cert, KeyAlg, oid};
use super::pem;

/// A JWS `alg` this service signs and verifies. Nothing else is accepted: never `none`, never
/// an HMAC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alg {
    Es256,
    EdDsa,
    Rs256,
}

impl Alg {
    pub fn parse(name: &str) -> Option<Alg> {
        match name {
            "ES256" => Some(Alg::Es256),
            "EdDSA" => Some(Alg::EdDsa),
            "RS256" => Some(Alg::Rs256),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Alg::Es256 => "ES256",
            Alg::EdDsa => "EdDSA",
            Alg::Rs256 => "RS256",
        }
    }

    pub fn key_alg(self) -> KeyAlg {
        match self {
            Alg::Es256 => KeyAlg::P256,
            Alg::EdDsa => KeyAlg::Ed25519,
            Alg::Rs256 => KeyAlg::Rsa,
        }
    }

    /// Verifies a JWS signature (ES256 is the fixed `r‖s` form).
    pub fn verify(self, public_key: &[u8], message: &[u8], sig: &[u8]) -> bool {
        let alg: &dyn signature::VerificationAlgorithm = match self {
            Alg::Es256 => &signature::ECDSA_P256_SHA256_FIXED,
            Alg::EdDsa => &signature::ED25519,
            Alg::Rs256 => &signature::RSA_PKCS1_2048_8192_SHA256,
        };
        signature::UnparsedPublicKey::new(alg, public_key).verify(message, sig).is_ok()
    }
}

/// Checks a certificate's or CRL's signature (DER-encoded ECDSA, Ed25519 or RSA PKCS#1 v1.5)
/// by the issuer's key.
///
/// A long-lived process (the server) sees the same certificates and CRL again and again: a
/// signature that verified once is remembered by a digest of the key, the signed bytes and the
/// signature, so the same check costs a hash instead of an elliptic-curve operation. Only
/// successes are remembered, and a signature that verified once always will.
pub fn verify_x509_signature(
    issuer: &Cert,
    alg: &der::asn1::ObjectIdentifier,
    tbs: &[u8],
    sig: &[u8],
) -> bool {
    let Some(algorithm) = x509_algorithm(alg, issuer.key_alg) else { return false };
    let mut context = ring::digest::Context::new(&ring::digest::SHA256);
    for part in [alg.as_bytes(), &issuer.public_key, tbs, sig] {
        context.update(&(part.len() as u64).to_be_bytes());
        context.update(part);
    }
    let digest = context.finish();
    let mut key = [0u8; 32];
    key.copy_from_slice(digest.as_ref());
    if lock(&VERIFIED).contains(&key) {
        return true;
    }
    let ok = signature::UnparsedPublicKey::new(algorithm, &issuer.public_key).verify(tbs, sig).is_ok();
    if ok {
        let mut verified = lock(&VERIFIED);
        if verified.len() >= MAX_REMEMBERED {
            verified.clear();
        }
        verified.insert(key);
    }
    ok
}

/// The verification of a certificate or CRL signature made with `alg` by a key of type
/// `key`: `None` when the algorithm does not fit the key (or is not one the service accepts).
fn x509_algorithm(
    alg: &der::asn1::ObjectIdentifier,
    key: Option<KeyAlg>,
) -> Option<&'static dyn signature::VerificationAlgorithm> {
    match (*alg, key) {
        (a, Some(KeyAlg::P256)) if a == oid::ECDSA_SHA256 => Some(&signature::ECDSA_P256_SHA256_ASN1),
        (a, Some(KeyAlg::Ed25519)) if a == oid::ED25519 => Some(&signature::ED25519),
        (a, Some(KeyAlg::Rsa)) if a == oid::RSA_SHA256 => Some(&signature::RSA_PKCS1_2048_8192_SHA256),
        _ => None,
    }
}

/// A certificate or CRL signature made with `alg` can be checked with a key of type `key`.
pub fn x509_algorithm_fits(alg: &der::asn1::ObjectIdentifier, key: Option<KeyAlg>) -> bool {
    x509_algorithm(alg, key).is_some()
}

/// Certificate and CRL signatures known to verify (digests; see [`verify_x509_signature`]).
static VERIFIED: std::sync::Mutex<std::collections::BTreeSet<[u8; 32]>> =
    std::sync::Mutex::new(std::collections::BTreeSet::new());
const MAX_REMEMBERED: usize = 65_536;

fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// A private key ready to sign.
pub enum SigningKey {
    P256(EcdsaKeyPair),
    Ed25519(Ed25519KeyPair),
    Rsa(RsaKeyPair),
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SigningKey({})", self.alg().name())
    }
}

/// Why a key file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("{0}")]
    Format(String),
    #[error("the RSA key is shorter than 2048 bits")]
    RsaTooShort,
    #[error("PKCS#12: {0}")]
    Pkcs12(String),
    /// A key of an algorithm named but not supported (GOST).
    #[error("{0}")]
    Unsupported(String),
}

/// What a PKCS#12 file holds: the key and its certificates, leaf first.
#[derive(Debug)]
pub struct KeyBundle {
    pub key: SigningKey,
    pub certs: Vec<Vec<u8>>,
}

impl SigningKey {
    /// A PKCS#8 (any of the three algorithms) or PKCS#1 (RSA) key, as DER.
    pub fn from_der(der: &[u8]) -> Result<SigningKey, KeyError> {
        let rng = SystemRandom::new();
        if let Ok(k) = EcdsaKeyPair::from_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, der, &rng) {
            return Ok(SigningKey::P256(k));
        }
        if let Ok(k) = Ed25519KeyPair::from_pkcs8_maybe_unchecked(der) {
            return Ok(SigningKey::Ed25519(k));
        }
        let rsa = RsaKeyPair::from_pkcs8(der).or_else(|pkcs8| {
            RsaKeyPair::from_der(der).map_err(|pkcs1| [pkcs8.to_string(), pkcs1.to_string()])
        });
        match rsa {
            Ok(k) if k.public().modulus_len() < 256 => Err(KeyError::RsaTooShort),
            Ok(k) => Ok(SigningKey::Rsa(k)),
            // ring refuses RSA keys under 2048 bits itself, with this description.
            Err(why) if why.iter().any(|w| w.contains("TooSmall")) => Err(KeyError::RsaTooShort),
            Err(_) if let Some(oid) = pkcs8_algorithm(der).filter(|o| super::gost::is_gost(o)) => {
                Err(KeyError::Unsupported(super::gost::unsupported("the key", &oid)))
            }
            Err(_) => Err(KeyError::Format(
                "not a PKCS#8 P-256, Ed25519 or RSA private key, nor a PKCS#1 RSA key".into(),
            )),
        }
    }

    /// A key file: PEM (`PRIVATE KEY`, `RSA PRIVATE KEY`), DER, or PKCS#12 (with `password`).
    pub fn from_file_bytes(
        bytes: &[u8],
        password: impl FnOnce() -> Result<String, String>,
    ) -> Result<KeyBundle, KeyError> {
        if pem::is_pem(bytes) {
            let blocks = pem::parse(bytes).map_err(KeyError::Format)?;
            let block = blocks
                .iter()
                .find(|b| b.label.ends_with("PRIVATE KEY"))
                .ok_or_else(|| KeyError::Format("no PRIVATE KEY PEM block".into()))?;
            return match block.label.as_str() {
                "PRIVATE KEY" | "RSA PRIVATE KEY" => {
                    Ok(KeyBundle { key: SigningKey::from_der(&block.der)?, certs: vec![] })
                }
                "ENCRYPTED PRIVATE KEY" => Err(KeyError::Format(
                    "encrypted PKCS#8 keys are not read: decrypt it with `openssl pkey -in KEY -out plain.pem` (it asks for the password), or use a PKCS#12 file with ATTACH_KEY_PASSWORD"
                        .into(),
                )),
                "EC PRIVATE KEY" => Err(KeyError::Format(
                    "SEC1 EC keys are not read; convert with `openssl pkcs8 -topk8 -nocrypt`".into(),
                )),
                other => Err(KeyError::Format(format!("unsupported PEM block `{other}`"))),
            };
        }
        if looks_like_pkcs12(bytes) {
            return from_pkcs12(bytes, &password().map_err(KeyError::Pkcs12)?);
        }
        Ok(KeyBundle { key: SigningKey::from_der(bytes)?, certs: vec![] })
    }

    pub fn alg(&self) -> Alg {
        match self {
            SigningKey::P256(_) => Alg::Es256,
            SigningKey::Ed25519(_) => Alg::EdDsa,
            SigningKey::Rsa(_) => Alg::Rs256,
        }
    }

    /// The public key in the form a certificate's subjectPublicKey holds it.
    pub fn public_key(&self) -> &[u8] {
        match self {
            SigningKey::P256(k) => k.public_key().as_ref(),
            SigningKey::Ed25519(k) => k.public_key().as_ref(),
            SigningKey::Rsa(k) => k.public().as_ref(),
        }
    }

    /// A JWS signature over `message`.
    pub fn sign(&self, message: &[u8]) -> Vec<u8> {
        let rng = SystemRandom::new();
        match self {
            SigningKey::P256(k) => {
                k.sign(&rng, message).expect("P-256 signing does not fail").as_ref().to_vec()
            }
            SigningKey::Ed25519(k) => k.sign(message).as_ref().to_vec(),
            SigningKey::Rsa(k) => {
                let mut sig = vec![0; k.public().modulus_len()];
                k.sign(&signature::RSA_PKCS1_SHA256, &rng, message, &mut sig)
                    .expect("RSA signing into a modulus-sized buffer does not fail");
                sig
            }
        }
    }
}

/// PFX ::= SEQUENCE { version INTEGER (3), … }
fn looks_like_pkcs12(bytes: &[u8]) -> bool {
    let header = match bytes.get(1) {
        Some(&len) if len < 0x80 => 2,
        Some(&len) => 2 + usize::from(len & 0x7f),
        None => return false,
    };
    bytes.first() == Some(&0x30) && bytes.get(header..header + 3) == Some(&[0x02, 0x01, 0x03])
}

/// The algorithm of a PKCS#8 `PrivateKeyInfo` (its second element), as text.
fn pkcs8_algorithm(der: &[u8]) -> Option<String> {
    let info = super::ber::parse(der).ok()?;
    let algorithm = info.children().get(1)?.children().first()?.encode();
    der::Decode::from_der(&algorithm).ok().map(|oid: der::asn1::ObjectIdentifier| oid.to_string())
}

fn from_pkcs12(bytes: &[u8], password: &str) -> Result<KeyBundle, KeyError> {
    let contents = super::pkcs12::open(bytes, password).map_err(|e| match e {
        super::pkcs12::Pkcs12Error::Unsupported(why) => KeyError::Unsupported(why),
        other => KeyError::Pkcs12(other.to_string()),
    })?;
    let key = contents.key.ok_or_else(|| KeyError::Pkcs12("holds no private key".into()))?;
    Ok(KeyBundle { key: SigningKey::from_der(&key)?, certs: contents.certs })
}

/// A PKCS#12 file's certificates, the key's first, opened with `password` (the key itself
/// is not read: `cert info` shows the certificate of a key it could not use).
pub fn pkcs12_certificates(bytes: &[u8], password: &str) -> Result<Vec<Vec<u8>>, KeyError> {
    super::pkcs12::open(bytes, password).map(|c| c.certs).map_err(|e| match e {
        super::pkcs12::Pkcs12Error::Unsupported(why) => KeyError::Unsupported(why),
        other => KeyError::Pkcs12(other.to_string()),
    })
}

/// Whether the bytes are a PKCS#12 file (DER or BER).
pub fn is_pkcs12(bytes: &[u8]) -> bool {
    looks_like_pkcs12(bytes)
}

/// Writes a key and its chain as PKCS#12 (PBES2 with AES-256, HMAC-SHA-256), readable by
/// OpenSSL 3 and by [`SigningKey::from_file_bytes`].
pub fn to_pkcs12(pkcs8: &[u8], chain: &[&[u8]], password: &str) -> Result<Vec<u8>, KeyError> {
    use p12_keystore::{Certificate, KeyStore, KeyStoreEntry, PrivateKey, PrivateKeyChain};
    let key = PrivateKey::from_der(pkcs8).map_err(|e| KeyError::Pkcs12(e.to_string()))?;
    let certs = chain
        .iter()
        .map(|der| Certificate::from_der(der).map_err(|e| KeyError::Pkcs12(e.to_string())))
        .collect::<Result<Vec<_>, _>>()?;
    let mut local_key_id = [0u8; 20];
    ring::rand::SecureRandom::fill(&SystemRandom::new(), &mut local_key_id)
        .map_err(|_| KeyError::Pkcs12("no randomness".into()))?;
    let mut store = KeyStore::new();
    store.add_entry(
        "attach",
        KeyStoreEntry::PrivateKeyChain(PrivateKeyChain::new(local_key_id.to_vec(), key, certs)),
    );
    store.writer(password).write().map_err(|e| KeyError::Pkcs12(e.to_string()))
}
