//! The portal engine: every party the regulation names, on the home's SQLite database — the
//! portal (ПЭП) with its accounts and sessions, the gateway (ШЭП), the provider's workstation
//! (АРМ), the state database of individuals (ГБД ФЛ), the directory of clinics and the
//! certification authority (НУЦ). The embedded backend and `portal serve` both drive it.

pub mod accounts;
pub mod admin;
pub mod http;
pub mod identity;
pub mod nca;
pub mod ocsp;
pub mod registry;
pub mod requests;
pub mod seed;
pub mod service;
pub mod settings;
pub mod stats;
pub mod store;

use std::path::Path;

use crate::clock;
use crate::error::{Error, Result};
use store::Store;

/// An open embedded portal.
#[derive(Debug)]
pub struct Portal {
    pub store: Store,
}

/// What a new portal is seeded with.
#[derive(Debug, Clone, Copy)]
pub struct SeedOptions {
    pub people: usize,
    pub seed: u64,
}

impl Default for SeedOptions {
    fn default() -> Self {
        SeedOptions { people: registry::DEFAULT_PEOPLE, seed: registry::DEFAULT_SEED }
    }
}

impl Portal {
    /// The portal in `home`, initializing it on first use with the default seed.
    pub fn open_or_init(home: &Path) -> Result<Portal> {
        Portal::open_or_init_with(home, SeedOptions::default())
    }

    fn open_or_init_with(home: &Path, options: SeedOptions) -> Result<Portal> {
        let mut store = Store::open_or_create(home)?;
        nca::ensure_authority(&mut store)?;
        registry::ensure_seeded(&mut store, options.people, options.seed)?;
        Ok(Portal { store })
    }

    /// The portal in `home` if one exists; never creates one.
    pub fn open_existing(home: &Path) -> Result<Option<Portal>> {
        match Store::open_existing(home)? {
            Some(store) if nca::has_authority(&store)? => Ok(Some(Portal { store })),
            _ => Ok(None),
        }
    }

    /// `portal init`: a new portal; an existing one only with `force`.
    pub fn init(home: &Path, force: bool, options: SeedOptions) -> Result<Portal> {
        if store::db_path(home).exists() {
            if !force {
                return Err(Error::HomeExists { home: home.to_owned() });
            }
            Store::remove(home)?;
        }
        Portal::open_or_init_with(home, options)
    }
}

/// Statements through the connection's cache of prepared statements: the hot paths of the
/// server run the same few statements thousands of times a second.
pub(crate) trait Cached {
    fn exec_cached(&self, sql: &str, params: impl rusqlite::Params) -> rusqlite::Result<usize>;
    fn row_cached<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        f: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<T>;
}

impl Cached for rusqlite::Connection {
    fn exec_cached(&self, sql: &str, params: impl rusqlite::Params) -> rusqlite::Result<usize> {
        self.prepare_cached(sql)?.execute(params)
    }

    fn row_cached<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        f: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<T> {
        self.prepare_cached(sql)?.query_row(params, f)
    }
}

/// Inside a transaction the path is not at hand; the caller's `write` reports the database.
pub(crate) fn db(source: rusqlite::Error) -> Error {
    Error::Database { path: store::DB_FILE.into(), source }
}

/// Logs who did what to what, and the outcome, in the caller's transaction. Never a secret.
pub(crate) fn audit_in(
    conn: &rusqlite::Connection,
    actor: Option<&str>,
    action: &str,
    subject: Option<&str>,
    outcome: &str,
) -> Result<()> {
    conn.exec_cached(
        "INSERT INTO audit (at, actor, action, subject, outcome) VALUES (?1, ?2, ?3, ?4, ?5)",
        rusqlite::params![clock::rfc3339(clock::now()), actor, action, subject, outcome],
    )
    .map_err(db)?;
    Ok(())
}

pub(crate) fn audit(
    store: &mut Store,
    actor: Option<&str>,
    action: &str,
    subject: Option<&str>,
    outcome: &str,
) -> Result<()> {
    // A read-only home cannot log; the refusal itself stands.
    if store.read_only() {
        return Ok(());
    }
    store.write(|tx| audit_in(tx, actor, action, subject, outcome))
}
