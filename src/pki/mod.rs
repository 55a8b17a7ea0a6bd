//! Public-key infrastructure: keys and the three accepted algorithms, certificates in the
//! national profile, CRLs, JWS over JCS, the one verifier, and the embedded certification
//! authority's issuance.

pub mod ca;
pub mod cert;
pub mod crl;
pub mod jws;
pub mod keys;
pub mod pem;
pub mod verify;
