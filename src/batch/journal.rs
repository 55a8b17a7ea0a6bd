//! The batch journal: a write-ahead record of every signed request and of the row it became,
//! in a small SQLite database beside the CSV (`people.csv.journal`). A signed request is
//! committed durably before it is sent, so a re-run after a crash, kill -9 or Ctrl-C sends
//! exactly the same request — which the portal recognizes by its `request_uuid` — instead of
//! signing a new one. Requests are found through the file's own index, so a batch's memory
//! does not grow with the number of its rows, and one `request_uuid` is journaled once: a
//! request signed again (its signing time grown too old while the batch was stopped) keeps
//! its payload, replaced in place. The protected header, mostly the signer's certificate
//! chain, is the same for every request signed within one second: it is kept once, in a table
//! of its own, so that a row costs the disk its payload and signature, not a copy of the chain.

use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::{Error, Result};
use crate::pki::jws::{self, Jws, KnownHeaders};
use crate::t;

/// `PRAGMA application_id` of a batch journal ("atjl"), so that another file is not taken
/// for one.
const APPLICATION_ID: i64 = 0x6174_6a6c;

/// One row per request, in the order they were signed (a table with rowids: a signed request
/// is a few kilobytes, too much for the pages of an index), and the line each became, apart:
/// an outcome recorded beside a signed request would rewrite it whole. A request's `signed`
/// holds its payload and signature (JSON) and `header` its protected header in `headers`; a
/// request journaled before there were headers holds the whole flattened JWS, `header` NULL.
const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS headers (
         id INTEGER PRIMARY KEY,
         protected TEXT NOT NULL
     );
     CREATE TABLE IF NOT EXISTS requests (
         id INTEGER PRIMARY KEY,
         uuid TEXT NOT NULL UNIQUE,
         line INTEGER NOT NULL,
         signed TEXT NOT NULL,
         header INTEGER REFERENCES headers (id)
     );
     CREATE TABLE IF NOT EXISTS outcomes (
         request INTEGER PRIMARY KEY REFERENCES requests (id),
         outcome TEXT NOT NULL
     )";

/// A journal of the first two layouts gets the column of the protected header.
const ADD_HEADERS: &str = "ALTER TABLE requests ADD COLUMN header INTEGER REFERENCES headers (id)";

/// A request as it was signed (the flattened JWS, as JSON), from `requests r LEFT JOIN headers
/// h ON h.id = r.header`, whichever layout it was journaled in.
pub fn signed_sql() -> String {
    jws::rejoined_sql("r.signed", "r.header", "h.protected")
}

/// A journal of the first layout kept the outcome in the request's row: it moves to its table.
const MOVE_OUTCOMES: &str = "INSERT INTO outcomes (request, outcome)
         SELECT id, outcome FROM requests WHERE outcome IS NOT NULL;
     ALTER TABLE requests DROP COLUMN outcome";

/// What the journal holds for one `request_uuid`.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The request as it was signed, and is sent.
    pub signed: Jws,
    /// The row's output line, once the request's fate is known.
    pub outcome: Option<serde_json::Value>,
}

#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    open: Mutex<Open>,
}

#[derive(Debug)]
struct Open {
    conn: Connection,
    /// Protected headers committed to `headers`.
    headers: KnownHeaders,
}

impl Open {
    /// The id of `protected` in `headers`, written within `tx` unless it is `known`.
    fn header(
        tx: &rusqlite::Transaction,
        known: &mut KnownHeaders,
        protected: &str,
    ) -> rusqlite::Result<i64> {
        if let Some(id) = known.get(protected) {
            return Ok(id);
        }
        tx.prepare_cached("INSERT INTO headers (protected) VALUES (?1)")?.execute([protected])?;
        let id = tx.last_insert_rowid();
        known.insert(protected, id);
        Ok(id)
    }
}

impl Journal {
    /// Opens (or creates) the journal. A transaction cut short by a crash is rolled back.
    pub fn open(path: &Path) -> Result<Journal> {
        let unusable = |why: String| Error::input(path.display().to_string(), why);
        let db = |e: rusqlite::Error| unusable(t!("journal-unusable", why = e.to_string()));
        // Created with its final mode before SQLite opens it (its -wal and -shm files take the
        // same): it holds signed requests naming people, for the owner only.
        std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(path)
            .map_err(|source| Error::Write { path: path.to_owned(), source })?;
        let conn = Connection::open(path).map_err(db)?;
        conn.busy_timeout(Duration::from_secs(10)).map_err(db)?;
        let id: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0)).map_err(db)?;
        let objects: i64 =
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)).map_err(db)?;
        if id != APPLICATION_ID && (id != 0 || objects != 0) {
            return Err(unusable(t!("journal-foreign")));
        }
        conn.pragma_update(None, "journal_mode", "WAL").map_err(db)?;
        conn.pragma_update(None, "synchronous", "FULL").map_err(db)?;
        // The tables and the mark that the file is a journal, at once: a journal cut short
        // between the two would be refused for ever.
        conn.execute_batch("BEGIN IMMEDIATE").map_err(db)?;
        let laid_out = (|| {
            conn.execute_batch(SCHEMA)?;
            let first_layout: bool = conn.query_row(
                "SELECT count(*) > 0 FROM pragma_table_info('requests') WHERE name = 'outcome'",
                [],
                |r| r.get(0),
            )?;
            if first_layout {
                conn.execute_batch(MOVE_OUTCOMES)?;
            }
            let headed: bool = conn.query_row(
                "SELECT count(*) > 0 FROM pragma_table_info('requests') WHERE name = 'header'",
                [],
                |r| r.get(0),
            )?;
            if !headed {
                conn.execute_batch(ADD_HEADERS)?;
            }
            conn.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}; COMMIT"))
        })();
        if let Err(e) = laid_out {
            let _ = conn.execute_batch("ROLLBACK");
            return Err(db(e));
        }
        Ok(Journal {
            path: path.to_owned(),
            open: Mutex::new(Open { conn, headers: KnownHeaders::default() }),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn error(&self) -> impl Fn(rusqlite::Error) -> Error + '_ {
        move |source| Error::Database { path: self.path.clone(), source }
    }

    fn unreadable(&self, what: &str, e: serde_json::Error) -> Error {
        Error::input(
            self.path.display().to_string(),
            t!("journal-unreadable", what = t!(what), why = e.to_string()),
        )
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Open> {
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// What earlier rows (of this run or an earlier one) journaled for `uuid`.
    pub fn entry(&self, uuid: &str) -> Result<Option<Entry>> {
        let row: Option<(String, Option<String>)> = self
            .lock()
            .conn
            .prepare_cached(&format!(
                "SELECT {}, o.outcome FROM requests r LEFT JOIN headers h ON h.id = r.header
                 LEFT JOIN outcomes o ON o.request = r.id WHERE r.uuid = ?1",
                signed_sql()
            ))
            .and_then(|mut stmt| stmt.query_row([uuid], |r| Ok((r.get(0)?, r.get(1)?))).optional())
            .map_err(self.error())?;
        let Some((signed, outcome)) = row else { return Ok(None) };
        let signed =
            serde_json::from_str(&signed).map_err(|e| self.unreadable("journal-signed-request", e))?;
        let outcome = outcome
            .map(|text| serde_json::from_str(&text).map_err(|e| self.unreadable("journal-outcome", e)))
            .transpose()?;
        Ok(Some(Entry { signed, outcome }))
    }

    /// Journals signed requests before they are sent, durably, in one commit. Returns, for
    /// each, the request the journal holds: the one given, or the one another run journaled
    /// first for the same `request_uuid` — the one to send.
    pub fn record_signed(&self, signed: &[(&str, u64, &Jws)]) -> Result<Vec<Jws>> {
        if signed.is_empty() {
            return Ok(Vec::new());
        }
        let mut open = self.lock();
        let Open { conn, headers } = &mut *open;
        // Known headers are only those committed: a rolled-back transaction forgets its own.
        let mut known = std::mem::take(headers);
        let tx = conn.transaction().map_err(self.error())?;
        let mut held = Vec::with_capacity(signed.len());
        for (uuid, line, jws) in signed {
            let header = Open::header(&tx, &mut known, &jws.protected).map_err(self.error())?;
            let inserted = tx
                .prepare_cached(
                    "INSERT INTO requests (uuid, line, signed, header) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT DO NOTHING",
                )
                .and_then(|mut stmt| {
                    stmt.execute(params![
                        uuid,
                        i64::try_from(*line).unwrap_or(i64::MAX),
                        jws.unprotected_json(),
                        header
                    ])
                })
                .map_err(self.error())?;
            if inserted == 1 {
                held.push((*jws).clone());
                continue;
            }
            held.push(self.signed(&tx, uuid)?);
        }
        tx.commit().map_err(self.error())?;
        *headers = known;
        Ok(held)
    }

    /// The request journaled for `uuid`, within `tx`.
    fn signed(&self, tx: &rusqlite::Transaction, uuid: &str) -> Result<Jws> {
        let text: String = tx
            .prepare_cached(&format!(
                "SELECT {} FROM requests r LEFT JOIN headers h ON h.id = r.header WHERE r.uuid = ?1",
                signed_sql()
            ))
            .and_then(|mut stmt| stmt.query_row([uuid], |r| r.get(0)))
            .map_err(self.error())?;
        serde_json::from_str(&text).map_err(|e| self.unreadable("journal-signed-request", e))
    }

    /// Replaces journaled requests with the same requests signed again, durably, before they
    /// are sent: each keeps its `request_uuid` and its payload bytes, only the signature and its
    /// time are new (a resumed batch whose requests grew older than the portal's signing
    /// window).
    pub fn record_signed_again(&self, signed: &[(&str, &Jws)]) -> Result<()> {
        let mut open = self.lock();
        let Open { conn, headers } = &mut *open;
        let mut known = std::mem::take(headers);
        let tx = conn.transaction().map_err(self.error())?;
        for (uuid, jws) in signed {
            let before = self.signed(&tx, uuid)?;
            if before.payload != jws.payload {
                return Err(Error::document("signed request", t!("journal-other-content", uuid = uuid)));
            }
            let header = Open::header(&tx, &mut known, &jws.protected).map_err(self.error())?;
            tx.prepare_cached("UPDATE requests SET signed = ?2, header = ?3 WHERE uuid = ?1")
                .and_then(|mut stmt| stmt.execute(params![uuid, jws.unprotected_json(), header]))
                .map_err(self.error())?;
        }
        tx.commit().map_err(self.error())?;
        *headers = known;
        Ok(())
    }

    /// Records the lines rows became. Not flushed to disk each time: a lost outcome only
    /// means that the journaled request is sent again, and the portal answers with the same
    /// receipt.
    pub fn record_outcomes(&self, outcomes: &[(&str, &serde_json::Value)]) -> Result<()> {
        if outcomes.is_empty() {
            return Ok(());
        }
        let mut open = self.lock();
        let conn = &mut open.conn;
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(self.error())?;
        let done = (|| {
            let tx = conn.transaction()?;
            for (uuid, outcome) in outcomes {
                tx.prepare_cached(
                    "INSERT INTO outcomes (request, outcome) SELECT id, ?2 FROM requests WHERE uuid = ?1
                     ON CONFLICT (request) DO UPDATE SET outcome = excluded.outcome",
                )?
                .execute(params![uuid, outcome.to_string()])?;
            }
            tx.commit()
        })();
        conn.pragma_update(None, "synchronous", "FULL").map_err(self.error())?;
        done.map_err(self.error())
    }

    /// Puts everything recorded on disk, in the journal's one file.
    pub fn sync(&self) -> Result<()> {
        self.lock().conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).map_err(self.error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("attach-journal-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn records_survive_a_reopen_and_a_uuid_keeps_its_first_request() {
        let dir = scratch("reopen");
        let path = dir.join("j.journal");
        let jws = Jws { protected: "p".into(), payload: "q".into(), signature: "s".into() };
        let other = Jws { signature: "t".into(), ..jws.clone() };
        {
            let j = Journal::open(&path).unwrap();
            assert_eq!(
                j.record_signed(&[("u1", 2, &jws), ("u2", 3, &jws)]).unwrap(),
                [jws.clone(), jws.clone()]
            );
            j.record_outcomes(&[("u1", &serde_json::json!({"outcome": "submitted"}))]).unwrap();
            // What this run records is found at once.
            assert_eq!(
                j.entry("u1").unwrap().unwrap().outcome,
                Some(serde_json::json!({"outcome": "submitted"}))
            );
        }
        let j = Journal::open(&path).unwrap();
        assert_eq!(
            j.entry("u1").unwrap(),
            Some(Entry { signed: jws.clone(), outcome: Some(serde_json::json!({"outcome": "submitted"})) })
        );
        assert_eq!(j.entry("u2").unwrap(), Some(Entry { signed: jws.clone(), outcome: None }));
        assert_eq!(j.entry("u3").unwrap(), None);
        // A request signed again for a journaled uuid gives way to the journaled one.
        assert_eq!(j.record_signed(&[("u2", 9, &other), ("u3", 4, &other)]).unwrap(), [jws, other]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    fn headers(path: &Path) -> i64 {
        Connection::open(path).unwrap().query_row("SELECT count(*) FROM headers", [], |r| r.get(0)).unwrap()
    }

    /// Requests signed with one protected header keep one copy of it, and read back whole.
    #[test]
    fn a_protected_header_is_kept_once() {
        let dir = scratch("headers");
        let path = dir.join("j.journal");
        let signed = |uuid: &str, protected: &str| Jws {
            protected: protected.into(),
            payload: format!("payload-{uuid}"),
            signature: format!("signature-{uuid}"),
        };
        let j = Journal::open(&path).unwrap();
        let (a1, a2, b3) = (signed("u1", "header-a"), signed("u2", "header-a"), signed("u3", "header-b"));
        j.record_signed(&[("u1", 2, &a1), ("u2", 3, &a2)]).unwrap();
        j.record_signed(&[("u3", 4, &b3)]).unwrap();
        let a4 = signed("u4", "header-a");
        j.record_signed(&[("u4", 5, &a4)]).unwrap();
        assert_eq!(headers(&path), 2);
        for (uuid, jws) in [("u1", &a1), ("u2", &a2), ("u3", &b3), ("u4", &a4)] {
            assert_eq!(j.entry(uuid).unwrap().unwrap().signed, *jws);
        }
        // Signed again under a new header: the request's header is the new one.
        let again = signed("u1", "header-c");
        j.record_signed_again(&[("u1", &again)]).unwrap();
        assert_eq!(j.entry("u1").unwrap().unwrap().signed, again);
        assert_eq!(headers(&path), 3);
        // Another process (a later run) writes its own copy, and reads every request whole.
        drop(j);
        let j = Journal::open(&path).unwrap();
        let a5 = signed("u5", "header-a");
        j.record_signed(&[("u5", 6, &a5)]).unwrap();
        assert_eq!(headers(&path), 4);
        assert_eq!(j.entry("u5").unwrap().unwrap().signed, a5);
        assert_eq!(j.entry("u2").unwrap().unwrap().signed, a2);
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A header written by a transaction that was rolled back is not taken for a written one.
    #[test]
    fn a_header_of_a_rolled_back_transaction_is_written_again() {
        let dir = scratch("rollback");
        let path = dir.join("j.journal");
        let jws = Jws { protected: "header-a".into(), payload: "q".into(), signature: "s".into() };
        let j = Journal::open(&path).unwrap();
        j.record_signed(&[("u1", 2, &jws)]).unwrap();
        let fresh = Jws { protected: "header-b".into(), ..jws.clone() };
        // The first is signed again under a new header; the second was never journaled.
        assert!(j.record_signed_again(&[("u1", &fresh), ("absent", &fresh)]).is_err());
        assert_eq!(headers(&path), 1);
        assert_eq!(j.entry("u1").unwrap().unwrap().signed, jws);
        let other = Jws { payload: "r".into(), ..fresh.clone() };
        j.record_signed(&[("u2", 3, &other)]).unwrap();
        assert_eq!(j.entry("u2").unwrap().unwrap().signed, other);
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A journal that an earlier layout's `sql` wrote, `{text}` in it standing for a request
    /// journaled whole: its directory, its path and that request.
    fn earlier_journal(name: &str, sql: &str) -> (PathBuf, PathBuf, Jws) {
        let dir = scratch(name);
        let path = dir.join("j.journal");
        let jws = Jws { protected: "p".into(), payload: "q".into(), signature: "s".into() };
        let text = serde_json::to_string(&jws).unwrap();
        Connection::open(&path)
            .unwrap()
            .execute_batch(&format!(
                "PRAGMA journal_mode = WAL; {} PRAGMA application_id = {APPLICATION_ID};",
                sql.replace("{text}", &text)
            ))
            .unwrap();
        (dir, path, jws)
    }

    /// A journal of the second layout, each request whole in its row, is read on, and its
    /// requests may be signed again.
    #[test]
    fn a_journal_of_the_second_layout_is_read_on() {
        let (dir, path, jws) = earlier_journal(
            "second-layout",
            "CREATE TABLE requests (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
                 line INTEGER NOT NULL, signed TEXT NOT NULL);
             CREATE TABLE outcomes (request INTEGER PRIMARY KEY REFERENCES requests (id),
                 outcome TEXT NOT NULL);
             INSERT INTO requests (uuid, line, signed) VALUES ('u1', 2, '{text}'), ('u2', 3, '{text}');
             INSERT INTO outcomes (request, outcome) VALUES (1, '{\"outcome\":\"attached\"}');",
        );
        let j = Journal::open(&path).unwrap();
        let attached = Some(serde_json::json!({"outcome": "attached"}));
        assert_eq!(j.entry("u1").unwrap(), Some(Entry { signed: jws.clone(), outcome: attached }));
        // A request signed anew for a journaled uuid gives way to the journaled one.
        let other = Jws { signature: "t".into(), ..jws.clone() };
        assert_eq!(j.record_signed(&[("u2", 3, &other)]).unwrap()[0], jws);
        let again = Jws { protected: "p2".into(), signature: "t".into(), ..jws.clone() };
        j.record_signed_again(&[("u2", &again)]).unwrap();
        assert_eq!(j.entry("u2").unwrap().unwrap().signed, again);
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A journal of the first layout, with an outcome in a request's row, keeps every record.
    #[test]
    fn a_journal_of_the_first_layout_is_read_on() {
        let (dir, path, jws) = earlier_journal(
            "first-layout",
            "CREATE TABLE requests (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
                 line INTEGER NOT NULL, signed TEXT NOT NULL, outcome TEXT);
             INSERT INTO requests (uuid, line, signed, outcome) VALUES
                 ('u1', 2, '{text}', '{\"outcome\":\"attached\"}'), ('u2', 3, '{text}', NULL);",
        );
        let j = Journal::open(&path).unwrap();
        let attached = Some(serde_json::json!({"outcome": "attached"}));
        assert_eq!(j.entry("u1").unwrap(), Some(Entry { signed: jws.clone(), outcome: attached.clone() }));
        assert_eq!(j.entry("u2").unwrap(), Some(Entry { signed: jws.clone(), outcome: None }));
        j.record_outcomes(&[("u2", &serde_json::json!({"outcome": "refused"}))]).unwrap();
        drop(j);
        let j = Journal::open(&path).unwrap();
        assert_eq!(j.entry("u1").unwrap().unwrap().outcome, attached);
        assert_eq!(j.entry("u2").unwrap().unwrap().outcome, Some(serde_json::json!({"outcome": "refused"})));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn another_file_is_not_taken_for_a_journal() {
        let dir = scratch("other");
        let text = dir.join("people.csv");
        std::fs::write(&text, "iin,org\n900101300453,MNG-0001\n").unwrap();
        let e = Journal::open(&text).unwrap_err().to_string();
        assert!(e.contains("people.csv") && e.contains("journal"), "{e}");
        let db = dir.join("other.db");
        Connection::open(&db).unwrap().execute_batch("CREATE TABLE t (x)").unwrap();
        let e = Journal::open(&db).unwrap_err().to_string();
        assert!(e.contains("not a batch journal"), "{e}");
        assert_eq!(std::fs::read_to_string(&text).unwrap(), "iin,org\n900101300453,MNG-0001\n");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
