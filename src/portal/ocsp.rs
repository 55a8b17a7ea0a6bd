//! The embedded authority's OCSP responder (`POST /v1/pki/ocsp`, and in process for the
//! embedded backend): the status of a serial is read from the authority's own records — issued
//! or not, revoked since when — at the moment of the request, so a revocation is answered at
//! once. Answers are signed by a delegated responder certificate (id-kp-OCSPSigning,
//! id-pkix-ocsp-nocheck) kept in the database and issued again before it expires; a read-only
//! home, which cannot keep a new one, answers with the issuing CA's own signature.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use rusqlite::OptionalExtension;
use time::{Duration, OffsetDateTime};

use super::store::Store;
use super::{Cached, db, nca};
use crate::clock;
use crate::error::{Error, Result};
use crate::pki::ca::CaMaterial;
use crate::pki::cert::Cert;
use crate::pki::ocsp::respond::{self, Known, Signer};

/// A responder certificate this close to its end is replaced by a new one.
const RENEW_BEFORE: Duration = Duration::days(7);

const CERT_KEY: &str = "ocsp_responder_cert";
const KEY_KEY: &str = "ocsp_responder_key";

/// The answer to a DER OCSP request, as of now.
pub fn answer(store: &mut Store, request: &[u8]) -> Result<Vec<u8>> {
    let now = clock::now();
    let issuing = nca::issuing(store)?;
    let signer = signer(store, now)?;
    let conn = store.conn();
    let mut failed = None;
    let der = respond::respond(request, &issuing, &signer, now, |serial| {
        known(conn, serial).unwrap_or_else(|e| {
            failed = Some(e);
            Known::Unknown
        })
    });
    match failed {
        Some(e) => Err(e),
        None => Ok(der),
    }
}

/// What the authority knows of a serial it may have issued.
fn known(conn: &rusqlite::Connection, serial: &str) -> Result<Known> {
    let row: Option<Option<String>> = conn
        .row_cached(
            "SELECT r.revoked_at FROM certificates c LEFT JOIN revocations r ON r.serial = c.serial
             WHERE c.serial = ?1",
            [serial],
            |r| r.get(0),
        )
        .optional()
        .map_err(db)?;
    Ok(match row {
        None => Known::Unknown,
        Some(None) => Known::Good,
        Some(Some(at)) => Known::Revoked(clock::parse_rfc3339(&at).ok_or_else(|| {
            Error::Authority(crate::t!("portal-revocation-time", at = &at, serial = &serial))
        })?),
    })
}

/// The delegated responder, issued (again) when there is none or it is about to expire; the
/// issuing CA itself where the home cannot be written.
fn signer(store: &mut Store, now: OffsetDateTime) -> Result<Signer> {
    if let Some(signer) = stored(store.conn(), now)? {
        return Ok(signer);
    }
    if store.read_only() {
        let issuing = nca::material(store, "issuing")?;
        return Signer::new(&issuing.cert_der, &issuing.key_pkcs8, false).map_err(Error::Authority);
    }
    let issuing = nca::material(store, "issuing")?;
    store.write(|tx| {
        // Another process may have issued one meanwhile.
        match stored(tx, now)? {
            Some(signer) => Ok(signer),
            None => install(tx, &issuing, now),
        }
    })
}

/// Issues a delegated responder, records it and keeps it, in the caller's transaction.
pub(crate) fn install(
    tx: &rusqlite::Transaction,
    issuing: &CaMaterial,
    now: OffsetDateTime,
) -> Result<Signer> {
    let issued =
        crate::pki::ca::issue_ocsp_responder(issuing, now).map_err(|e| Error::Authority(e.to_string()))?;
    let key =
        issued.key_pkcs8.as_deref().ok_or_else(|| Error::Authority(crate::t!("portal-no-responder-key")))?;
    let cert = Cert::from_der(&issued.cert_der).map_err(Error::Authority)?;
    nca::record_in(tx, &cert, nca::Purpose::Ocsp)?;
    for (name, bytes) in [(CERT_KEY, issued.cert_der.as_slice()), (KEY_KEY, key)] {
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
            [name, &STANDARD.encode(bytes)],
        )
        .map_err(db)?;
    }
    Signer::new(&issued.cert_der, key, true).map_err(Error::Authority)
}

/// The stored responder, when there is one still good for a while at `now`.
fn stored(conn: &rusqlite::Connection, now: OffsetDateTime) -> Result<Option<Signer>> {
    let value = |name: &str| -> Result<Option<Vec<u8>>> {
        let text: Option<String> = conn
            .row_cached("SELECT value FROM meta WHERE key = ?1", [name], |r| r.get(0))
            .optional()
            .map_err(db)?;
        Ok(text.and_then(|t| STANDARD.decode(t).ok()))
    };
    let (Some(cert), Some(key)) = (value(CERT_KEY)?, value(KEY_KEY)?) else { return Ok(None) };
    let signer = Signer::new(&cert, &key, true).map_err(Error::Authority)?;
    let usable = signer.cert().not_before <= now && now + RENEW_BEFORE < signer.cert().not_after;
    Ok(usable.then_some(signer))
}
