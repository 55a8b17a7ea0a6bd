//! The portal's settings, kept in its database: what an administrator tunes (password
//! hashing cost, lockout, session lifetimes, the provider's processing delay, the limits
//! `portal serve` puts on each peer and on password hashing) and what tests set small so
//! that lockouts, expiries and delays take seconds instead of hours.

use std::time::Duration;

use rusqlite::Connection;
use serde::Serialize;

use super::store::Store;
use crate::clock;
use crate::error::{Error, Result};

/// Every setting: name, default, and the message saying what it means (in admin.ftl).
pub const KEYS: &[(&str, &str, &str)] = &[
    ("pbkdf2_iterations", "600000", "setting-pbkdf2-iterations"),
    ("lockout_failures", "5", "setting-lockout-failures"),
    ("lockout", "15m", "setting-lockout"),
    ("session_idle", "30m", "setting-session-idle"),
    ("session_max", "12h", "setting-session-max"),
    ("processing_delay", "0s", "setting-processing-delay"),
    ("signing_window", "5m", "setting-signing-window"),
    ("proof_lifetime", "5m", "setting-proof-lifetime"),
    ("pki_url", "http://127.0.0.1:8080", "setting-pki-url"),
    ("peer_connections", "256", "setting-peer-connections"),
    ("peer_in_flight", "64", "setting-peer-in-flight"),
    ("peer_logins_per_minute", "60", "setting-peer-logins-per-minute"),
    ("iin_failures_per_hour", "30", "setting-iin-failures-per-hour"),
    ("hash_threads", "auto", "setting-hash-threads"),
    ("hash_queue", "32", "setting-hash-queue"),
];

#[derive(Debug, Clone, Serialize)]
pub struct Settings {
    pub pbkdf2_iterations: u32,
    pub lockout_failures: u32,
    #[serde(skip)]
    pub lockout: Duration,
    #[serde(skip)]
    pub session_idle: Duration,
    #[serde(skip)]
    pub session_max: Duration,
    #[serde(skip)]
    pub processing_delay: Duration,
    #[serde(skip)]
    pub signing_window: time::Duration,
    #[serde(skip)]
    pub proof_lifetime: Duration,
    pub peer_connections: u32,
    pub peer_in_flight: u32,
    pub peer_logins_per_minute: u32,
    pub iin_failures_per_hour: u32,
    /// None for `auto`.
    pub hash_threads: Option<u32>,
    pub hash_queue: u32,
}

fn check(key: &str, value: &str) -> Result<()> {
    let bad = |why: &str| {
        Error::input(
            crate::t!("portal-setting", key = key),
            crate::t!("portal-setting-value", value = value, why = why),
        )
    };
    match key {
        "pbkdf2_iterations"
        | "lockout_failures"
        | "peer_connections"
        | "peer_in_flight"
        | "peer_logins_per_minute"
        | "iin_failures_per_hour"
        | "hash_queue" => match value.parse::<u32>() {
            Ok(n) if n >= 1 => Ok(()),
            _ => Err(bad(&crate::t!("portal-setting-count"))),
        },
        "hash_threads" => match value.parse::<u32>() {
            Ok(n) if (1..=256).contains(&n) => Ok(()),
            _ if value == "auto" => Ok(()),
            _ => Err(bad(&crate::t!("portal-setting-threads"))),
        },
        "lockout" | "session_idle" | "session_max" | "processing_delay" => {
            clock::parse_duration(value).map(|_| ()).ok_or_else(|| bad(&crate::t!("portal-setting-duration")))
        }
        "signing_window" | "proof_lifetime" => match clock::parse_duration(value) {
            Some(d) if d >= Duration::from_secs(1) && d <= Duration::from_secs(86_400) => Ok(()),
            _ => Err(bad(&crate::t!("portal-setting-window"))),
        },
        "pki_url" => {
            let scheme = value.strip_prefix("https://").or_else(|| value.strip_prefix("http://"));
            match scheme {
                Some(rest)
                    if !rest.is_empty()
                        && value.len() <= 200
                        && value.bytes().all(|b| b.is_ascii_graphic())
                        && !value.contains(['?', '#']) =>
                {
                    Ok(())
                }
                _ => Err(bad(&crate::t!("portal-setting-url"))),
            }
        }
        _ => Err(Error::input(
            "setting",
            crate::t!(
                "portal-setting-unknown",
                key = key,
                known = KEYS.iter().map(|k| k.0).collect::<Vec<_>>().join(", ")
            ),
        )),
    }
}

/// The value of every setting, defaults filled in, in [`KEYS`] order.
pub fn all(conn: &Connection) -> Result<Vec<(&'static str, String)>> {
    let mut stmt = conn.prepare_cached("SELECT key, value FROM settings").map_err(super::db)?;
    let stored = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .map_err(super::db)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(super::db)?;
    Ok(KEYS
        .iter()
        .map(|&(key, default, _)| {
            let value = stored.iter().find(|(k, _)| k == key).map_or(default, |(_, v)| v.as_str());
            (key, value.to_owned())
        })
        .collect())
}

impl Settings {
    pub fn load(conn: &Connection) -> Result<Settings> {
        let values = all(conn)?;
        let get = |key: &str| values.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str()).unwrap_or("");
        let number = |key: &str| get(key).parse::<u32>().unwrap_or(1).max(1);
        let duration = |key: &str| clock::parse_duration(get(key)).unwrap_or_default();
        Ok(Settings {
            pbkdf2_iterations: number("pbkdf2_iterations"),
            lockout_failures: number("lockout_failures"),
            lockout: duration("lockout"),
            session_idle: duration("session_idle"),
            session_max: duration("session_max"),
            processing_delay: duration("processing_delay"),
            signing_window: time::Duration::try_from(duration("signing_window"))
                .unwrap_or(crate::pki::verify::MAX_SKEW),
            proof_lifetime: duration("proof_lifetime"),
            peer_connections: number("peer_connections"),
            peer_in_flight: number("peer_in_flight"),
            peer_logins_per_minute: number("peer_logins_per_minute"),
            iin_failures_per_hour: number("iin_failures_per_hour"),
            hash_threads: get("hash_threads").parse::<u32>().ok().map(|n| n.clamp(1, 256)),
            hash_queue: number("hash_queue"),
        })
    }
}

/// The base URL certificates name for the CRLs and the OCSP responder (`pki_url`).
pub fn pki_url(conn: &Connection) -> Result<String> {
    let values = all(conn)?;
    Ok(values.into_iter().find(|(k, _)| *k == "pki_url").map(|(_, v)| v).unwrap_or_default())
}

/// The settings through the store's cache, read again when a second old.
pub fn current(store: &mut Store) -> Result<Settings> {
    if let Some((read, settings)) = &store.caches.settings
        && read.elapsed() < std::time::Duration::from_secs(1)
    {
        return Ok(settings.clone());
    }
    let settings = Settings::load(store.conn())?;
    store.caches.settings = Some((std::time::Instant::now(), settings.clone()));
    Ok(settings)
}

/// Changes one setting after checking its value.
pub fn set(store: &mut Store, key: &str, value: &str) -> Result<()> {
    check(key, value)?;
    store.write(|tx| {
        tx.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)", [key, value])
            .map_err(super::db)?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked() {
        assert!(check("pbkdf2_iterations", "1000").is_ok());
        assert!(check("pbkdf2_iterations", "0").is_err());
        assert!(check("lockout", "2s").is_ok());
        assert!(check("lockout", "soon").is_err());
        assert!(check("colour", "red").is_err());
        assert!(check("hash_threads", "auto").is_ok());
        assert!(check("hash_threads", "4").is_ok());
        for bad in ["0", "257", "half", ""] {
            assert!(check("hash_threads", bad).is_err(), "{bad}");
        }
        assert!(check("peer_in_flight", "0").is_err());
        assert!(check("peer_connections", "64").is_ok());
        assert!(check("pki_url", "https://portal.example.kz").is_ok());
        for bad in ["ftp://x", "https://", "http://a b", "https://x/?q=1", "портал"] {
            assert!(check("pki_url", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn every_default_passes_its_own_check() {
        for (key, default, _) in KEYS {
            check(key, default).unwrap();
        }
    }

    #[test]
    fn every_setting_is_explained_in_the_catalogues() {
        for (key, _, about) in KEYS {
            assert!(crate::i18n::lookup(about).is_some(), "{key}: no message `{about}`");
        }
    }
}
