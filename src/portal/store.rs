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
    // 2: the portal: settings, ГБД ФЛ, the directory of clinics, attachments, accounts,
    // sessions, requests and the tickets issued, and the log of refusals.
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
     CREATE TABLE people (
         iin TEXT PRIMARY KEY,
         seq INTEGER NOT NULL,
         surname TEXT NOT NULL,
         given TEXT NOT NULL,
         patronymic TEXT,
         full_name TEXT NOT NULL,
         birth_date TEXT NOT NULL,
         sex TEXT NOT NULL,
         region TEXT NOT NULL,
         address TEXT NOT NULL,
         deceased INTEGER NOT NULL DEFAULT 0
     );
     CREATE INDEX people_seq ON people (seq);
     CREATE TABLE orgs (
         id TEXT PRIMARY KEY,
         bin TEXT NOT NULL UNIQUE,
         name TEXT NOT NULL,
         region TEXT NOT NULL,
         address TEXT NOT NULL,
         open INTEGER NOT NULL,
         head_iin TEXT NOT NULL,
         head_position TEXT NOT NULL,
         head_key_pkcs8 BLOB NOT NULL,
         head_cert_serial TEXT NOT NULL REFERENCES certificates (serial)
     );
     CREATE TABLE districts (
         org_id TEXT NOT NULL REFERENCES orgs (id),
         number INTEGER NOT NULL,
         doctor TEXT NOT NULL,
         capacity INTEGER NOT NULL,
         PRIMARY KEY (org_id, number)
     );
     CREATE TABLE attachments (
         id INTEGER PRIMARY KEY,
         iin TEXT NOT NULL,
         org_id TEXT NOT NULL REFERENCES orgs (id),
         district INTEGER NOT NULL,
         reason TEXT NOT NULL,
         since TEXT NOT NULL,
         until TEXT,
         ticket_number TEXT
     );
     CREATE UNIQUE INDEX attachments_current ON attachments (iin) WHERE until IS NULL;
     CREATE INDEX attachments_district ON attachments (org_id, district) WHERE until IS NULL;
     CREATE TABLE accounts (
         iin TEXT PRIMARY KEY,
         role TEXT NOT NULL,
         org_id TEXT REFERENCES orgs (id),
         salt BLOB NOT NULL,
         hash BLOB NOT NULL,
         iterations INTEGER NOT NULL,
         phone TEXT,
         email TEXT,
         registered_at TEXT NOT NULL,
         failures INTEGER NOT NULL DEFAULT 0,
         locked_until TEXT
     );
     CREATE TABLE sessions (
         token_hash BLOB PRIMARY KEY,
         iin TEXT NOT NULL REFERENCES accounts (iin),
         created_at TEXT NOT NULL,
         last_used_at TEXT NOT NULL,
         expires_at TEXT NOT NULL
     );
     CREATE TABLE requests (
         seq INTEGER PRIMARY KEY,
         request_id TEXT NOT NULL UNIQUE,
         request_uuid TEXT NOT NULL UNIQUE,
         payload_sha256 TEXT NOT NULL,
         jws TEXT NOT NULL,
         iin TEXT NOT NULL,
         org_id TEXT NOT NULL,
         channel TEXT NOT NULL,
         operator_iin TEXT,
         reason TEXT NOT NULL,
         status TEXT NOT NULL,
         gateway_message TEXT NOT NULL,
         registration_number TEXT NOT NULL,
         submitted_at TEXT NOT NULL,
         registered_at TEXT NOT NULL,
         decide_after TEXT NOT NULL,
         deadline TEXT NOT NULL,
         updated_at TEXT NOT NULL,
         decided_at TEXT,
         refusal_code TEXT,
         refusal_message TEXT,
         ticket_number TEXT
     );
     CREATE INDEX requests_iin ON requests (iin, seq);
     CREATE INDEX requests_org ON requests (org_id, seq);
     CREATE INDEX requests_open ON requests (decide_after) WHERE decided_at IS NULL;
     CREATE TABLE tickets (
         ticket_number TEXT PRIMARY KEY,
         request_id TEXT NOT NULL UNIQUE REFERENCES requests (request_id),
         iin TEXT NOT NULL,
         org_id TEXT NOT NULL,
         sha256 TEXT NOT NULL,
         issued_at TEXT NOT NULL,
         superseded_at TEXT,
         jws TEXT NOT NULL
     );
     CREATE TABLE audit (
         id INTEGER PRIMARY KEY,
         at TEXT NOT NULL,
         actor TEXT,
         action TEXT NOT NULL,
         subject TEXT,
         outcome TEXT NOT NULL
     );",
    // 3: a person's attachment history, read at every decision (the 12-month rule).
    "CREATE INDEX attachments_iin ON attachments (iin, reason, since);",
    // 4: each district keeps its count of people attached, so that a decision reads a few
    // rows instead of counting a clinic's attachments.
    "ALTER TABLE districts ADD COLUMN attached INTEGER NOT NULL DEFAULT 0;
     UPDATE districts SET attached = (SELECT count(*) FROM attachments a
         WHERE a.org_id = districts.org_id AND a.district = districts.number AND a.until IS NULL);",
    // 5: proof of identity at registration: the phones on record (the mobile citizens'
    // database), the challenges handed out for a signature, the one-time codes sent.
    "CREATE TABLE phones (iin TEXT PRIMARY KEY, phone TEXT NOT NULL);
     CREATE TABLE challenges (
         nonce TEXT PRIMARY KEY,
         expires_at TEXT NOT NULL,
         used INTEGER NOT NULL DEFAULT 0
     );
     CREATE TABLE otp_codes (
         iin TEXT PRIMARY KEY,
         salt BLOB NOT NULL,
         code_hash BLOB NOT NULL,
         expires_at TEXT NOT NULL,
         tries INTEGER NOT NULL DEFAULT 0
     );",
    // 6: the children's parents as ГБД ФЛ links them: who may ask for a child's attachment,
    // and the parent who asked for a child's request, who may see it.
    "CREATE TABLE parents (
         child TEXT NOT NULL,
         parent TEXT NOT NULL,
         relation TEXT NOT NULL,
         PRIMARY KEY (child, parent)
     );
     CREATE INDEX parents_parent ON parents (parent);
     ALTER TABLE requests ADD COLUMN representative_iin TEXT;
     CREATE INDEX requests_representative ON requests (representative_iin) WHERE representative_iin IS NOT NULL;",
    // 7: failed logins counted per peer (an address, or this machine) and IIN, so that
    // failures lock out the peer that made them rather than the account for everyone; `locks`
    // makes each lock last longer than the last.
    "CREATE TABLE login_failures (
         peer TEXT NOT NULL,
         iin TEXT NOT NULL,
         failures INTEGER NOT NULL,
         locks INTEGER NOT NULL,
         locked_until TEXT,
         last_at TEXT NOT NULL,
         PRIMARY KEY (peer, iin)
     );
     CREATE INDEX login_failures_last ON login_failures (last_at);",
    // 8: a refusal kept as the facts behind it (a message's key and arguments, JSON), worded
    // in the reader's language when read; `refusal_message` stays for refusals decided before,
    // in English.
    "ALTER TABLE requests ADD COLUMN refusal_facts TEXT;",
    // 9: a signed document's protected header — mostly its signer's certificate chain, the
    // same for every document one signer signs within a second — kept once, apart from the
    // rows of requests and tickets: `jws` then holds the payload and signature alone (see
    // `requests::stored_jws`). Rows written before keep the whole JWS, `jws_header` NULL.
    "CREATE TABLE jws_headers (id INTEGER PRIMARY KEY, protected TEXT NOT NULL);
     ALTER TABLE requests ADD COLUMN jws_header INTEGER REFERENCES jws_headers (id);
     ALTER TABLE tickets ADD COLUMN jws_header INTEGER REFERENCES jws_headers (id);",
];

/// An open portal database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// What the portal's verifier trusts, kept between calls of a long-lived process (the
    /// server) and rebuilt when a revocation is recorded — by this process or any other.
    pub(crate) trust_cache: Option<super::nca::TrustCache>,
    /// Parsed signing keys and certificates, kept between calls of a long-lived process.
    pub(crate) caches: Caches,
    group: std::sync::Arc<Group>,
    /// The home cannot be written (a read-only mount, a directory of someone else's): the
    /// database is read as it is, and whatever would write is refused or, where a read only
    /// refreshes a time stamp, left undone.
    read_only: bool,
    /// Within [`Store::start_reading_only`]: whether some work wanted to write (and was refused).
    reading: Option<bool>,
}

/// A clinic head's key and certificate, ready to sign tickets.
#[derive(Debug)]
pub struct Signer {
    pub key: crate::pki::keys::SigningKey,
    pub cert: crate::pki::cert::Cert,
    /// The `x5c` of its tickets, base64: its certificate, then the issuing CA's.
    pub x5c: Vec<String>,
}

/// What a write may reuse from earlier writes of the same connection: the clinic heads' keys
/// and certificates (parsing a P-256 key costs a scalar multiplication).
#[derive(Default)]
pub struct Caches {
    pub(crate) signers: std::collections::HashMap<String, std::sync::Arc<Signer>>,
    /// The working-day calendar and when it was read (the home's override file may change).
    pub(crate) calendar: Option<(std::time::Instant, crate::domain::deadline::Calendar)>,
    /// The settings and when they were read: a running server sees a change within a second.
    pub(crate) settings: Option<(std::time::Instant, super::settings::Settings)>,
    /// The protected headers this connection wrote last (see `requests::jws_header`).
    pub(crate) headers: crate::pki::jws::KnownHeaders,
}

impl std::fmt::Debug for Caches {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Caches").field("signers", &self.signers.len()).finish()
    }
}

/// One writer's work waiting for a group commit: `run` does it inside the shared transaction
/// (under a savepoint of its own); `fail` reports a commit that did not happen.
type Work = Box<dyn FnOnce(&Transaction, &mut Caches) + Send>;

struct Job {
    run: Work,
    fail: Box<dyn FnOnce(String) + Send>,
}

/// The writers of this process on one database: they take turns, and work waits for the
/// next group commit in `pending`.
#[derive(Default)]
pub(crate) struct Group {
    writers: std::sync::Mutex<Writer>,
    pending: std::sync::Mutex<Vec<Job>>,
    durability: Durability,
}

/// The dedicated writer's commits and how many of them are on disk. The dedicated writer
/// commits without waiting for the disk (`synchronous = NORMAL`): its commit is visible, and
/// safe from a crash of the process, at once, and the next commit may start while the log is
/// flushed. Whoever needs the commits durable (every write before it answers, every read
/// before it answers what it saw) waits for a flush of the log that began after they were
/// made; one flush serves all who wait, as one commit serves a group. Nothing is answered
/// that a power failure could take back.
#[derive(Default)]
struct Durability {
    state: std::sync::Mutex<Synced>,
    flushed: std::sync::Condvar,
}

#[derive(Default)]
struct Synced {
    /// Commits begun through the dedicated writer (visible to readers from some moment on).
    begun: u64,
    /// Commits ended: their frames, if any, are in the log file.
    ended: u64,
    /// How many of the first commits the log holds on disk.
    synced: u64,
    /// A thread is flushing the log.
    flushing: bool,
    /// A flush failed: from then on nothing more is known to reach the disk.
    failed: Option<String>,
}

impl Durability {
    /// Makes a commit, counted before it can be seen and again once its frames are written,
    /// made or not.
    fn commit<T>(&self, commit: impl FnOnce() -> T) -> T {
        self.begin();
        let out = commit();
        self.end();
        out
    }

    /// A commit begins: counted before it can be seen.
    fn begin(&self) -> u64 {
        let mut state = lock(&self.state);
        state.begun += 1;
        state.begun
    }

    /// The commit begun last has ended, made or not.
    fn end(&self) {
        let mut state = lock(&self.state);
        state.ended = state.begun;
        self.flushed.notify_all();
    }

    /// How many commits have begun.
    fn begun(&self) -> u64 {
        lock(&self.state).begun
    }

    /// Whether every commit begun so far is on disk (never waits).
    fn all_synced(&self) -> bool {
        let state = lock(&self.state);
        state.synced >= state.begun && state.failed.is_none()
    }

    /// Waits until the log on disk holds the first `upto` commits (every commit begun so far
    /// when `None`), flushing it when no other thread is.
    fn wait(&self, wal: &Path, upto: Option<u64>) -> Result<()> {
        let mut state = lock(&self.state);
        let upto = upto.unwrap_or(state.begun);
        loop {
            if let Some(why) = &state.failed {
                return Err(Error::Database {
                    path: wal.to_owned(),
                    source: rusqlite::Error::ToSqlConversionFailure(why.clone().into()),
                });
            }
            if state.synced >= upto {
                return Ok(());
            }
            // A commit still being made, or a flush under way: woken when either ends.
            if state.flushing || state.ended < upto {
                state = self.flushed.wait(state).unwrap_or_else(|p| p.into_inner());
                continue;
            }
            // Every commit ended by now has its frames in the log file: one flush covers them.
            let target = state.ended;
            state.flushing = true;
            drop(state);
            let flushed = match fs::File::open(wal) {
                Ok(log) => log.sync_data(),
                // No log: the last connection copied it into the database, flushed, and
                // removed it.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(e),
            };
            state = lock(&self.state);
            state.flushing = false;
            match flushed {
                Ok(()) => state.synced = state.synced.max(target),
                Err(e) => state.failed = Some(format!("the write-ahead log could not be flushed: {e}")),
            }
            self.flushed.notify_all();
        }
    }
}

/// The connection a long-lived process writes through (see [`Store::dedicate_writer`]), with
/// its caches; without one, each store writes through its own connection.
#[derive(Default)]
struct Writer {
    conn: Option<Connection>,
    caches: Caches,
}

impl std::fmt::Debug for Group {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Group")
    }
}

/// One group per database file, shared by every connection of this process to it.
fn group_of(path: &Path) -> std::sync::Arc<Group> {
    static GROUPS: std::sync::Mutex<Vec<(PathBuf, std::sync::Arc<Group>)>> =
        std::sync::Mutex::new(Vec::new());
    let key = fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    let mut groups = lock(&GROUPS);
    if let Some((_, group)) = groups.iter().find(|(p, _)| *p == key) {
        return group.clone();
    }
    let group = std::sync::Arc::new(Group::default());
    groups.push((key, group.clone()));
    group
}

/// The length of the write-ahead log, in pages, from which a checkpoint starts it again.
const RESTART_AT_FRAMES: i64 = 8192;
/// How long a checkpoint that starts the log again waits for readers (and holds up writers).
const RESTART_PATIENCE: Duration = Duration::from_millis(20);
/// How long a connection waits for another process's lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The dedicated writer's page cache, in KiB.
const WRITER_CACHE_KIB: i64 = 64 * 1024;

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.set_prepared_statement_cache_capacity(64);
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Savepoints keep the pages they change in memory rather than in a temporary file.
    conn.pragma_update(None, "temp_store", "MEMORY")
}

fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Runs `f` under a savepoint: its failure undoes its own writes, not those of the others
/// sharing the transaction.
fn in_savepoint<T>(tx: &Transaction, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
    let err = |source| Error::Database { path: DB_FILE.into(), source };
    let run = |sql: &str| tx.prepare_cached(sql).and_then(|mut stmt| stmt.execute([]));
    run("SAVEPOINT job").map_err(err)?;
    match f(tx) {
        Ok(out) => {
            run("RELEASE job").map_err(err)?;
            Ok(out)
        }
        Err(e) => {
            tx.execute_batch("ROLLBACK TO job; RELEASE job").map_err(err)?;
            Err(e)
        }
    }
}

/// One piece of work for [`Store::write_grouped_each`].
pub type GroupedWrite<T> = Box<dyn FnOnce(&Transaction, &mut Caches) -> Result<T> + Send>;

/// Does every job queued for a group commit in one write transaction, and commits it.
fn commit_jobs(conn: &mut Connection, caches: &mut Caches, jobs: Vec<Job>, durability: Option<&Durability>) {
    let mut fails = Vec::with_capacity(jobs.len());
    match conn.transaction_with_behavior(TransactionBehavior::Immediate) {
        Ok(tx) => {
            for job in jobs {
                // A job that panics fails alone: its savepoint is undone, the others go on.
                let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (job.run)(&tx, caches)));
                if ran.is_err() {
                    let _ = tx.execute_batch("ROLLBACK TO job; RELEASE job");
                    (job.fail)("the work failed unexpectedly".into());
                    continue;
                }
                fails.push(job.fail);
            }
            let committed = match durability {
                Some(durability) => durability.commit(|| tx.commit()),
                None => tx.commit(),
            };
            if let Err(e) = committed {
                let why = format!("the commit failed: {e}");
                fails.into_iter().for_each(|fail| fail(why.clone()));
            }
        }
        Err(e) => {
            let why = format!("the write transaction did not start: {e}");
            jobs.into_iter().for_each(|job| (job.fail)(why.clone()));
        }
    }
}

pub fn db_path(home: &Path) -> PathBuf {
    home.join(DB_FILE)
}

/// Whether the database at `path` cannot be opened for writing: the file system is mounted
/// read-only, or the file is not ours to write.
fn not_writable(path: &Path) -> bool {
    match OpenOptions::new().write(true).open(path) {
        Ok(_) => {
            // The file may be writable and its directory not: SQLite must create the log there.
            let dir = path.parent().unwrap_or(Path::new("."));
            let probe = dir.join(format!(".{DB_FILE}.{}.probe", std::process::id()));
            match OpenOptions::new().write(true).create_new(true).open(&probe) {
                Ok(_) => {
                    let _ = fs::remove_file(&probe);
                    false
                }
                Err(e) => matches!(
                    e.kind(),
                    std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied
                ),
            }
        }
        Err(e) => {
            matches!(e.kind(), std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied)
        }
    }
}

/// `path` as an SQLite URI, with the characters a URI gives a meaning escaped.
fn uri(path: &Path) -> String {
    let mut out = String::from("file:");
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Store {
    /// Opens the database of an existing portal, or `None` when the home holds none. Never
    /// creates anything.
    pub fn open_existing(home: &Path) -> Result<Option<Store>> {
        let path = db_path(home);
        if !path.exists() {
            return Ok(None);
        }
        if not_writable(&path) {
            return Store::open_read_only(path).map(Some);
        }
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| Error::Database { path: path.clone(), source })?;
        let mut store = Store::of(conn, path, false);
        store.configure()?;
        store.migrate()?;
        Ok(Some(store))
    }

    /// The database of a home that cannot be written, read as it is. Nothing can change it
    /// meanwhile through this mount, so SQLite reads it as immutable: without the shared
    /// memory and lock files it could not create.
    fn open_read_only(path: PathBuf) -> Result<Store> {
        let err = |source| Error::Database { path: path.clone(), source };
        let conn = Connection::open_with_flags(
            format!("{}?immutable=1", uri(&path)),
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(err)?;
        conn.set_prepared_statement_cache_capacity(64);
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(err)?;
        if usize::try_from(version).unwrap_or(0) < MIGRATIONS.len() {
            return Err(Error::ReadOnlyHome { path, what: "read-only-upgrade" });
        }
        Ok(Store::of(conn, path, true))
    }

    /// A store over an open connection, with nothing cached yet.
    fn of(conn: Connection, path: PathBuf, read_only: bool) -> Store {
        let group = group_of(&path);
        Store { conn, path, trust_cache: None, caches: Caches::default(), group, read_only, reading: None }
    }

    /// Whether the home cannot be written (see [`Store::write`]).
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// Opens the database, creating the home (0700) and the file (0600) when missing.
    pub fn open_or_create(home: &Path) -> Result<Store> {
        let path = db_path(home);
        if path.exists() && not_writable(&path) {
            return Store::open_read_only(path);
        }
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
        let mut store = Store::of(conn, path, false);
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
        configure(&self.conn).map_err(|source| Error::Database { path: self.path.clone(), source })
    }

    /// From now on, every write of this process to this database goes through one connection
    /// of its own. Its page cache then stays valid from one commit to the next (a commit by
    /// any other connection makes every other connection read its pages again), and the rows
    /// a decision reads are at hand. For the server; its checkpoints are left to
    /// [`Store::checkpoint`].
    pub fn dedicate_writer(&self) -> Result<()> {
        let mut writer = lock(&self.group.writers);
        if writer.conn.is_some() {
            return Ok(());
        }
        let err = |source| Error::Database { path: self.path.clone(), source };
        let conn = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(err)?;
        configure(&conn).map_err(err)?;
        // The pages a stream of submissions touches: the indexes' leaves by IIN and by uuid.
        conn.pragma_update(None, "cache_size", -WRITER_CACHE_KIB).map_err(err)?;
        conn.pragma_update(None, "wal_autocheckpoint", 0).map_err(err)?;
        // A log that grew long in a burst shrinks back when it starts again.
        conn.pragma_update(None, "journal_size_limit", 64 << 20).map_err(err)?;
        // Its commits are flushed apart, before anything is answered (see `Durability`).
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(err)?;
        writer.conn = Some(conn);
        Ok(())
    }

    fn wal_path(&self) -> PathBuf {
        PathBuf::from(format!("{}-wal", self.path.display()))
    }

    /// Waits until every commit this process has made through its dedicated writer is on
    /// disk: before answering what was read, which may be such a commit. At once when there
    /// is no dedicated writer (each commit is then flushed as it is made).
    pub fn durable(&self) -> Result<()> {
        self.group.durability.wait(&self.wal_path(), None)
    }

    /// Whether every commit this process has made is on disk (never waits).
    pub fn all_durable(&self) -> bool {
        self.group.durability.all_synced()
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

    /// Runs `f` in a write transaction that takes the lock up front. Writers of this process
    /// queue on a mutex first: SQLite's own busy handler waits by sleeping in steps of
    /// milliseconds, which would cap a busy server far below what one disk commit costs.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.writable()?;
        let group = self.group.clone();
        let mut turn = lock(&group.writers);
        let dedicated = turn.conn.is_some();
        let conn = turn.conn.as_mut().unwrap_or(&mut self.conn);
        let path = self.path.clone();
        let err = |source| Error::Database { path: path.clone(), source };
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(err)?;
        let out = f(&tx)?;
        let committed = match dedicated {
            true => group.durability.commit(|| tx.commit()),
            false => tx.commit(),
        };
        let made = dedicated.then(|| group.durability.begun());
        drop(turn);
        committed.map_err(err)?;
        if let Some(made) = made {
            group.durability.wait(&self.wal_path(), Some(made))?;
        }
        Ok(out)
    }

    /// A write on a read-only home is refused, naming the home.
    fn writable(&mut self) -> Result<()> {
        if let Some(wanted) = &mut self.reading {
            *wanted = true;
        }
        if self.read_only || self.reading.is_some() {
            return Err(self.write_refused());
        }
        Ok(())
    }

    fn write_refused(&self) -> Error {
        if self.reading.is_some() {
            return Error::Authority("a write was wanted while reading only".into());
        }
        self.read_only_error()
    }

    /// From now on until [`Store::stop_reading_only`], every write is refused and noted, and
    /// what is read is one snapshot (one read transaction: taking SQLite's shared locks once,
    /// not once a statement). The server answers cheap reads this way on the thread that reads
    /// the request, sparing the hand-over to a blocking thread and back; work that wanted to
    /// write is done again where a write may wait for its turn.
    pub fn start_reading_only(&mut self) {
        self.reading = Some(false);
        // Without the transaction each statement is its own: the same answers, more locking.
        let _ = self.conn.prepare_cached("BEGIN").and_then(|mut begin| begin.execute([]));
    }

    /// Whether no write was refused since [`Store::start_reading_only`]; writes are allowed
    /// again.
    pub fn stop_reading_only(&mut self) -> bool {
        if !self.conn.is_autocommit() {
            let _ = self.conn.prepare_cached("COMMIT").and_then(|mut commit| commit.execute([]));
        }
        self.reading.take() == Some(false)
    }

    fn read_only_error(&self) -> Error {
        let home = self.path.parent().unwrap_or(Path::new(".")).to_owned();
        Error::ReadOnlyHome { path: home, what: "read-only-write" }
    }

    /// Leaves checkpoints of the write-ahead log to [`Store::checkpoint`], called by a
    /// background thread, so that no commit on the request path pays for one.
    pub fn defer_checkpoints(&self) -> Result<()> {
        self.conn.pragma_update(None, "wal_autocheckpoint", 0).map_err(|e| self.error(e))
    }

    /// Copies what the write-ahead log holds into the database file, without waiting for
    /// readers or writers. Once it holds everything and the log has grown long, waits for the
    /// readers to leave it so that the next commit writes the log from its start again: under
    /// a steady stream of requests some reader is always in the log, and it would otherwise
    /// grow for ever, every page read searching more of it.
    pub fn checkpoint(&self) -> Result<()> {
        let (log, copied): (i64, i64) = self
            .conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| Ok((r.get(1)?, r.get(2)?)))
            .map_err(|e| self.error(e))?;
        if log >= RESTART_AT_FRAMES && copied == log {
            // Writers wait while a restart waits for readers: not for long, then next time.
            self.conn.busy_timeout(RESTART_PATIENCE).map_err(|e| self.error(e))?;
            let restarted = self.conn.query_row("PRAGMA wal_checkpoint(RESTART)", [], |_| Ok(()));
            self.conn.busy_timeout(BUSY_TIMEOUT).map_err(|e| self.error(e))?;
            restarted.map_err(|e| self.error(e))?;
        }
        Ok(())
    }

    /// Runs `f` in a write transaction shared with the writes other threads of this process
    /// are waiting to make (group commit): whoever gets the lock commits everything queued in
    /// one durable commit, so a busy server pays one disk flush for many requests. Each `f`
    /// runs under its own savepoint, so one failure undoes only its own writes.
    pub fn write_grouped<T: Send + 'static>(
        &mut self,
        f: impl FnOnce(&Transaction, &mut Caches) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        self.write_grouped_each(vec![Box::new(f)])
            .pop()
            .unwrap_or_else(|| Err(Error::Authority("a grouped write was neither done nor failed".into())))
    }

    /// [`Store::write_grouped`] for several pieces of work at once, in one durable commit:
    /// each under its own savepoint, each with its own outcome, in order.
    pub fn write_grouped_each<T: Send + 'static>(&mut self, work: Vec<GroupedWrite<T>>) -> Vec<Result<T>> {
        if work.is_empty() {
            return Vec::new();
        }
        if self.writable().is_err() {
            return work.iter().map(|_| Err(self.write_refused())).collect();
        }
        type Slot<T> = std::sync::Arc<std::sync::Mutex<Option<Result<T>>>>;
        let slots: Vec<Slot<T>> =
            work.iter().map(|_| std::sync::Arc::new(std::sync::Mutex::new(None))).collect();
        let group = self.group.clone();
        {
            let mut pending = lock(&group.pending);
            // Another request's thread may do this work: its words are this request's language.
            let lang = crate::i18n::current();
            for (f, slot) in work.into_iter().zip(&slots) {
                let (ran, failed) = (slot.clone(), slot.clone());
                pending.push(Job {
                    run: Box::new(move |tx, caches| {
                        let out = crate::i18n::with(lang, || in_savepoint(tx, |tx| f(tx, caches)));
                        *lock(&ran) = Some(out);
                    }),
                    fail: Box::new(move |why| {
                        *lock(&failed) = Some(Err(Error::Database {
                            path: DB_FILE.into(),
                            source: rusqlite::Error::ToSqlConversionFailure(why.into()),
                        }));
                    }),
                });
            }
        }
        let mut turn = lock(&group.writers);
        // Another thread may have committed this work while this one waited for its turn.
        if slots.iter().any(|slot| lock(slot).is_none()) {
            let jobs = std::mem::take(&mut *lock(&group.pending));
            let durability = turn.conn.is_some().then_some(&group.durability);
            let Writer { conn: dedicated, caches: dedicated_caches } = &mut *turn;
            let (conn, caches) = match dedicated {
                Some(conn) => (conn, dedicated_caches),
                None => (&mut self.conn, &mut self.caches),
            };
            commit_jobs(conn, caches, jobs, durability);
        }
        // The commit that did this work is counted by now, whichever thread made it.
        let made = turn.conn.is_some().then(|| group.durability.begun());
        drop(turn);
        let flushed = match made {
            Some(made) => group.durability.wait(&self.wal_path(), Some(made)),
            None => Ok(()),
        };
        slots
            .iter()
            .map(|slot| {
                let done = lock(slot).take().unwrap_or_else(|| {
                    Err(Error::Authority("a grouped write was neither done nor failed".into()))
                });
                match (&flushed, done) {
                    (Err(e), Ok(_)) => Err(Error::Authority(e.to_string())),
                    (_, done) => done,
                }
            })
            .collect()
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Maps a rusqlite error to this database's error.
    pub fn error(&self, source: rusqlite::Error) -> Error {
        (self.db_err())(source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::portal::db;

    fn count(store: &Store) -> i64 {
        store.conn().query_row("SELECT count(*) FROM t", [], |r| r.get(0)).expect("a count")
    }

    #[test]
    fn reading_only_refuses_every_write_and_says_that_one_was_wanted() {
        let home = std::env::temp_dir().join(format!("attach-reading-only-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&home);
        let mut store = Store::open_or_create(&home).expect("a store");
        let insert = |tx: &Transaction| tx.execute("INSERT INTO t VALUES (1)", []).map(drop).map_err(db);
        store.write(|tx| tx.execute_batch("CREATE TABLE t (x)").map_err(db)).expect("a table");

        store.start_reading_only();
        assert_eq!(count(&store), 0);
        assert!(store.stop_reading_only(), "reads alone");

        store.start_reading_only();
        assert!(store.write(insert).is_err());
        assert!(store.write_grouped(move |tx, _| insert(tx)).is_err());
        assert_eq!(count(&store), 0, "nothing written");
        assert!(!store.stop_reading_only(), "a write was wanted");

        store.write(insert).expect("a write, allowed again");
        store.write_grouped(move |tx, _| insert(tx)).expect("a grouped write, allowed again");
        assert_eq!(count(&store), 2);
        let _ = std::fs::remove_dir_all(&home);
    }

    #[test]
    fn a_flush_covers_every_commit_ended_before_it_and_a_failed_one_fails_every_wait_after() {
        let dir = std::env::temp_dir().join(format!("attach-durability-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a directory");
        let log = dir.join("log");
        std::fs::write(&log, b"frames").expect("a log");
        let durability = Durability::default();
        assert!(durability.all_synced(), "nothing begun");
        durability.wait(&log, None).expect("nothing to wait for");

        let first = durability.begin();
        assert!(!durability.all_synced(), "a commit begun is not yet on disk");
        durability.end();
        let second = durability.begin();
        durability.end();
        durability.wait(&log, Some(first)).expect("flushed");
        assert!(durability.all_synced(), "one flush covered both commits");
        durability.wait(&log, Some(second)).expect("already on disk");

        // No log at all: copied into the database and removed, nothing to flush.
        durability.begin();
        durability.end();
        durability.wait(&dir.join("gone"), None).expect("nothing left in a log");

        // A log that cannot be flushed: that wait and every later one fail.
        durability.begin();
        durability.end();
        let unreadable = dir.join("not-a-file\0");
        assert!(durability.wait(&unreadable, None).is_err());
        assert!(!durability.all_synced());
        assert!(durability.wait(&log, None).is_err(), "nothing is known to reach the disk any more");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_dedicated_writers_writes_are_on_disk_when_they_return() {
        let home = std::env::temp_dir().join(format!("attach-dedicated-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&home);
        let mut store = Store::open_or_create(&home).expect("a store");
        store.dedicate_writer().expect("a dedicated writer");
        store.write(|tx| tx.execute_batch("CREATE TABLE t (x)").map_err(db)).expect("a table");
        assert!(store.all_durable());
        store
            .write_grouped(|tx, _| tx.execute("INSERT INTO t VALUES (1)", []).map(drop).map_err(db))
            .expect("a grouped write");
        assert!(store.all_durable());
        assert_eq!(store.group.durability.begun(), 2, "both commits went through the dedicated writer");
        assert_eq!(count(&store), 1);
        let _ = std::fs::remove_dir_all(&home);
    }
}
