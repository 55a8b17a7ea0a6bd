//! The certification authority (НУЦ) of the embedded portal: its keys live in the portal
//! database; every certificate it issues and every revocation is recorded there, so a
//! revocation made by one process is in the next CRL any process signs.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use time::OffsetDateTime;

use super::Cached;
use super::store::Store;
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::pki::ca::{self, CaMaterial, Issued, LeafProfile, SubjectKey};
use crate::pki::cert::Cert;

fn ca_err(e: ca::CaError) -> Error {
    Error::Authority(e.to_string())
}

pub fn has_authority(store: &Store) -> Result<bool> {
    let count: i64 =
        store.conn().query_row("SELECT count(*) FROM ca", [], |r| r.get(0)).map_err(|e| store.error(e))?;
    Ok(count == 2)
}

/// Creates the root and issuing CA unless another process already did.
pub fn ensure_authority(store: &mut Store) -> Result<()> {
    if has_authority(store)? {
        return Ok(());
    }
    store.write(|tx| {
        let count: i64 = tx.query_row("SELECT count(*) FROM ca", [], |r| r.get(0)).map_err(db)?;
        if count == 2 {
            return Ok(());
        }
        let published = ca::Published::under(&super::settings::pki_url(tx)?);
        let (root, issuing) =
            ca::create_published_authority(clock::now(), Some(&published)).map_err(ca_err)?;
        for (name, m) in [("root", &root), ("issuing", &issuing)] {
            tx.execute(
                "INSERT INTO ca (name, cert_der, key_pkcs8) VALUES (?1, ?2, ?3)",
                params![name, m.cert_der, m.key_pkcs8],
            )
            .map_err(db)?;
        }
        super::ocsp::install(tx, &issuing, clock::now())?;
        tx.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?1)", [clock::rfc3339(clock::now())])
            .map_err(db)?;
        Ok(())
    })
}

use super::db;

pub(crate) fn material(store: &Store, name: &str) -> Result<CaMaterial> {
    store
        .conn()
        .query_row("SELECT cert_der, key_pkcs8 FROM ca WHERE name = ?1", [name], |r| {
            Ok(CaMaterial { cert_der: r.get(0)?, key_pkcs8: r.get(1)? })
        })
        .map_err(|e| store.error(e))
}

pub fn root(store: &Store) -> Result<Cert> {
    Cert::from_der(&material(store, "root")?.cert_der).map_err(Error::Authority)
}

pub fn issuing(store: &Store) -> Result<Cert> {
    Cert::from_der(&material(store, "issuing")?.cert_der).map_err(Error::Authority)
}

/// The issuing CA's certificate, read inside the caller's transaction.
pub(crate) fn issuing_in(conn: &rusqlite::Connection) -> Result<Cert> {
    let der: Vec<u8> =
        conn.query_row("SELECT cert_der FROM ca WHERE name = 'issuing'", [], |r| r.get(0)).map_err(db)?;
    Cert::from_der(&der).map_err(Error::Authority)
}

/// What the authority records of an issued certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Signing,
    Authentication,
    Server,
    /// The delegated OCSP responder.
    Ocsp,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::Signing => "signing",
            Purpose::Authentication => "authentication",
            Purpose::Server => "server",
            Purpose::Ocsp => "ocsp",
        }
    }
}

fn record(store: &mut Store, issued: &Issued, purpose: Purpose) -> Result<Cert> {
    let cert = Cert::from_der(&issued.cert_der).map_err(Error::Authority)?;
    store.write(|tx| record_in(tx, &cert, purpose))?;
    Ok(cert)
}

/// Records an issued certificate inside the caller's transaction.
pub(crate) fn record_in(tx: &rusqlite::Transaction, cert: &Cert, purpose: Purpose) -> Result<()> {
    tx.execute(
        "INSERT INTO certificates (serial, iin, subject, purpose, not_before, not_after, issued_at, der)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            cert.serial,
            cert.subject.iin,
            cert.subject.common_name.clone().unwrap_or_default(),
            purpose.as_str(),
            clock::rfc3339(cert.not_before),
            clock::rfc3339(cert.not_after),
            clock::rfc3339(clock::now()),
            cert.der,
        ],
    )
    .map_err(db)?;
    Ok(())
}

/// Where this portal publishes its CRLs, its OCSP responder and its issuing CA: under the
/// `pki_url` setting.
pub fn published(store: &Store) -> Result<ca::Published> {
    Ok(ca::Published::under(&super::settings::pki_url(store.conn())?))
}

/// Issues a leaf in the national profile naming where its status is published.
fn issue_leaf(store: &Store, profile: &LeafProfile, key: SubjectKey) -> Result<Issued> {
    let published = published(store)?;
    ca::issue_published_leaf(&material(store, "issuing")?, profile, key, Some(&published)).map_err(ca_err)
}

/// Issues a certificate without recording it: the caller records it in its own transaction.
pub(crate) fn issue_unrecorded(store: &Store, profile: &LeafProfile, key: SubjectKey) -> Result<Issued> {
    issue_leaf(store, profile, key)
}

/// Issues and records a personal or employee certificate.
pub fn issue(store: &mut Store, profile: &LeafProfile, key: SubjectKey) -> Result<(Issued, Cert)> {
    // A child signs nothing and proves nothing alone: a parent acts for it.
    crate::domain::iin::require_adult(&profile.iin, clock::today(), &crate::t!("portal-minor-certificate"))?;
    let issued = issue_leaf(store, profile, key)?;
    let purpose = if profile.auth { Purpose::Authentication } else { Purpose::Signing };
    let cert = record(store, &issued, purpose)?;
    Ok((issued, cert))
}

/// Issues and records a TLS server certificate.
pub fn issue_server(store: &mut Store, dns: &[String], ips: &[std::net::IpAddr]) -> Result<(Issued, Cert)> {
    let issued = ca::issue_server(&material(store, "issuing")?, dns, ips, clock::now()).map_err(ca_err)?;
    let cert = record(store, &issued, Purpose::Server)?;
    Ok((issued, cert))
}

#[derive(Debug, Clone, Serialize)]
pub struct Revocation {
    pub serial: String,
    pub subject: String,
    pub revoked_at: String,
    /// False when the certificate had been revoked before (the original time is kept).
    pub newly_revoked: bool,
}

/// Revokes a certificate this authority issued; revoking twice keeps the first time.
pub fn revoke(store: &mut Store, serial: &str, at: OffsetDateTime) -> Result<Revocation> {
    let serial = serial.trim().trim_start_matches("0x").to_ascii_uppercase();
    let serial = crate::pki::cert::serial_hex(
        &hex_bytes(&serial)
            .ok_or_else(|| Error::input("--serial", crate::t!("portal-serial-not-hex", serial = &serial)))?,
    );
    store.write(|tx| {
        let subject: Option<String> = tx
            .query_row("SELECT subject FROM certificates WHERE serial = ?1", [&serial], |r| r.get(0))
            .optional()
            .map_err(db)?;
        let subject = subject.ok_or_else(|| Error::NotFound {
            what: "thing-certificate",
            key: serial.clone(),
            code: Code::NotFound,
        })?;
        let inserted = tx
            .execute(
                "INSERT OR IGNORE INTO revocations (serial, revoked_at) VALUES (?1, ?2)",
                params![serial, clock::rfc3339(at)],
            )
            .map_err(db)?;
        let revoked_at: String = tx
            .query_row("SELECT revoked_at FROM revocations WHERE serial = ?1", [&serial], |r| r.get(0))
            .map_err(db)?;
        Ok(Revocation { serial: serial.clone(), subject, revoked_at, newly_revoked: inserted == 1 })
    })
}

fn hex_bytes(text: &str) -> Option<Vec<u8>> {
    if text.is_empty() || !text.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let padded = if text.len() % 2 == 1 { format!("0{text}") } else { text.to_owned() };
    (0..padded.len()).step_by(2).map(|i| u8::from_str_radix(&padded[i..i + 2], 16).ok()).collect()
}

/// Every recorded revocation: serial bytes and time.
fn revocations(conn: &rusqlite::Connection) -> Result<Vec<(Vec<u8>, OffsetDateTime)>> {
    let mut stmt =
        conn.prepare_cached("SELECT serial, revoked_at FROM revocations ORDER BY serial").map_err(db)?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .map_err(db)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(db)?;
    rows.into_iter()
        .map(|(serial, at)| {
            let at = clock::parse_rfc3339(&at).ok_or_else(|| {
                Error::Authority(crate::t!("portal-revocation-time", at = &at, serial = &serial))
            })?;
            Ok((hex_bytes(&serial).unwrap_or_default(), at))
        })
        .collect()
}

fn crl_number(conn: &rusqlite::Connection) -> Result<u64> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = 'crl_number'", [], |r| r.get::<_, String>(0))
        .optional()
        .map_err(db)?
        .and_then(|v| v.parse().ok())
        .unwrap_or(0))
}

/// Publishes a CRL of the issuing CA over every revocation recorded so far, numbered in
/// sequence (`nca crl`, and what a distribution point serves).
pub fn publish_crl(
    store: &mut Store,
    this_update: OffsetDateTime,
    next_update: OffsetDateTime,
) -> Result<Vec<u8>> {
    let issuing = material(store, "issuing")?;
    let (revoked, number) = store.write(|tx| {
        let number = crl_number(tx)? + 1;
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('crl_number', ?1)",
            [number.to_string()],
        )
        .map_err(db)?;
        Ok((revocations(tx)?, number))
    })?;
    ca::issue_crl(&issuing, &revoked, this_update, next_update, number).map_err(ca_err)
}

/// The root's CRL of the CAs below it, as of `now` (`GET /v1/pki/crl/root`): this authority
/// never revokes its issuing CA, so it lists nothing, and it is what `openssl verify
/// -crl_check_all` needs beside the issuing CA's. Signed afresh on each call, numbered by its
/// second, so it takes no write.
pub fn root_crl(store: &Store, now: OffsetDateTime) -> Result<Vec<u8>> {
    let root = material(store, "root")?;
    let number = u64::try_from(now.unix_timestamp()).unwrap_or(1).max(1);
    ca::issue_crl(&root, &[], now, now + time::Duration::days(7), number).map_err(ca_err)
}

/// The root and a current CRL, as the portal's own verifier uses them.
#[derive(Debug, Clone)]
pub struct TrustCache {
    revocations: i64,
    made: OffsetDateTime,
    pub root: Cert,
    pub crl: crate::pki::crl::Crl,
}

/// How long a cached CRL is used before a fresh one is signed, even without a revocation.
const TRUST_CACHE_AGE: time::Duration = time::Duration::hours(1);

/// The portal's trust anchor and current CRL, cached until a revocation is recorded (one
/// `count(*)` per call notices another process's revocation at once) or the CRL ages.
pub fn verifier_trust(store: &mut Store) -> Result<TrustCache> {
    // Asked on every submission: a prepared statement, not one parsed each time.
    let revocations: i64 = store
        .conn()
        .row_cached("SELECT count(*) FROM revocations", [], |r| r.get(0))
        .map_err(|e| store.error(e))?;
    let now = clock::now();
    if let Some(cache) = &store.trust_cache
        && cache.revocations == revocations
        && now - cache.made < TRUST_CACHE_AGE
        && now >= cache.made
    {
        return Ok(cache.clone());
    }
    let root = root(store)?;
    let crl = crate::pki::crl::Crl::from_der(&current_crl(store, now)?).map_err(Error::Authority)?;
    let cache = TrustCache { revocations, made: now, root, crl };
    store.trust_cache = Some(cache.clone());
    Ok(cache)
}

/// The revocation state as of now, as a CRL for this process's own verifier: it is never
/// published, so it takes no new number and writes nothing.
pub fn current_crl(store: &Store, now: OffsetDateTime) -> Result<Vec<u8>> {
    let issuing = material(store, "issuing")?;
    let revoked = revocations(store.conn())?;
    let number = crl_number(store.conn())?;
    ca::issue_crl(&issuing, &revoked, now, now + time::Duration::days(7), number.max(1)).map_err(ca_err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_serials() {
        assert_eq!(hex_bytes("0a1B"), Some(vec![0x0a, 0x1b]));
        assert_eq!(hex_bytes("abc"), Some(vec![0x0a, 0xbc]));
        assert_eq!(hex_bytes("xyz"), None);
        assert_eq!(hex_bytes(""), None);
    }
}
