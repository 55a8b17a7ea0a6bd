//! The portal's state: one SQLite database in the home (mode 0600, WAL), with a versioned
//! schema migrated on open. Several `attach` processes may share it: writes go through
//! `BEGIN IMMEDIATE` transactions and a busy timeout, so none is lost or doubled.

use std::fs::{self, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

pub const DB_FILE: &str = "portal.db";

/// Schema versions, applied in order; `PRAGMA user_version` records how many have run.
const MIGRATIONS: &[&str] = &[
    // 1: the certification authority.
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
     CREATE TABLE ca (
         name TEXT PRIMARY KEY CHECK (name IN ('root', 'issuing')),
         cert_der BLOB NOT NULL,
         key_pkcs8 BLOB NOT NULL
     );
     CREATE TABLE certificates (
         serial TEXT PRIMARY KEY,
         iin TEXT,
         subject TEXT NOT NULL,
         purpose TEXT NOT NULL,
         not_before TEXT NOT NULL,
         not_after TEXT NOT NULL,
         issued_at TEXT NOT NULL,
         der BLOB NOT NULL
     );
     CREATE INDEX certificates_iin ON certificates (iin);
     CREATE TABLE revocations (
         serial TEXT PRIMARY KEY REFERENCES certificates (serial),
         revoked_at TEXT NOT NULL
     );",
];

/// An open portal database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

pub fn db_path(home: &Path) -> PathBuf {
    home.join(DB_FILE)
}

impl Store {
    /// Opens the database of an existing portal, or `None` when the home holds none. Never
    /// creates anything.
    pub fn open_existing(home: &Path) -> Result<Option<Store>> {
        let path = db_path(home);
        if !path.exists() {
            return Ok(None);
        }
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| Error::Database { path: path.clone(), source })?;
        let mut store = Store { conn, path };
        store.configure()?;
        store.migrate()?;
        Ok(Some(store))
    }

    /// Opens the database, creating the home (0700) and the file (0600) when missing.
    pub fn open_or_create(home: &Path) -> Result<Store> {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(home)
            .map_err(|source| Error::Write { path: home.to_owned(), source })?;
        let path = db_path(home);
        // Create the file with its final mode before SQLite opens it; SQLite gives the WAL
        // and shared-memory files the same mode.
        OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(&path)
            .map_err(|source| Error::Write { path: path.clone(), source })?;
        let conn =
            Connection::open(&path).map_err(|source| Error::Database { path: path.clone(), source })?;
        let mut store = Store { conn, path };
        store.configure()?;
        store.migrate()?;
        Ok(store)
    }

    /// Removes a portal's database files (for `portal init --force`).
    pub fn remove(home: &Path) -> Result<()> {
        let path = db_path(home);
        for suffix in ["", "-wal", "-shm"] {
            let file = PathBuf::from(format!("{}{suffix}", path.display()));
            match fs::remove_file(&file) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(source) => return Err(Error::Write { path: file, source }),
            }
        }
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn db_err(&self) -> impl Fn(rusqlite::Error) -> Error + '_ {
        move |source| Error::Database { path: self.path.clone(), source }
    }

    fn configure(&mut self) -> Result<()> {
        let err = |source| Error::Database { path: self.path.clone(), source };
        self.conn.busy_timeout(Duration::from_secs(10)).map_err(err)?;
        self.conn.pragma_update(None, "journal_mode", "WAL").map_err(err)?;
        self.conn.pragma_update(None, "synchronous", "FULL").map_err(err)?;
        self.conn.pragma_update(None, "foreign_keys", "ON").map_err(err)?;
        Ok(())
    }

    fn migrate(&mut self) -> Result<()> {
        let path = self.path.clone();
        let err = |source| Error::Database { path: path.clone(), source };
        let version: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(err)?;
        let version = usize::try_from(version).unwrap_or(0);
        if version >= MIGRATIONS.len() {
            return Ok(());
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(err)?;
        // Another process may have migrated while this one waited for the lock.
        let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(err)?;
        let version = usize::try_from(version).unwrap_or(0);
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
            tx.execute_batch(sql).map_err(err)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64).map_err(err)?;
        }
        tx.commit().map_err(err)
    }

    /// Runs `f` in a write transaction that takes the lock up front.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let path = self.path.clone();
        let err = |source| Error::Database { path: path.clone(), source };
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(err)?;
        let out = f(&tx)?;
        tx.commit().map_err(err)?;
        Ok(out)
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Maps a rusqlite error to this database's error.
    pub fn error(&self, source: rusqlite::Error) -> Error {
        (self.db_err())(source)
    }
}
