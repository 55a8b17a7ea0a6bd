//! The batch journal: a write-ahead log of signed requests and their outcomes, one JSON line
//! each. A signed request is on disk (fsync) before it is sent, so a re-run after a crash,
//! kill -9 or Ctrl-C re-sends exactly the same request — which the portal recognizes by its
//! `request_uuid` — instead of signing a new one. The index keeps only offsets, so memory
//! does not grow with the requests' size.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::pki::jws::Jws;

/// Where a uuid's records are in the file.
#[derive(Debug, Clone, Copy, Default)]
struct Entry {
    signed: Option<(u64, u32)>,
    outcome: Option<(u64, u32)>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Record {
    uuid: String,
    line: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    signed: Option<Jws>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    outcome: Option<serde_json::Value>,
}

#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    file: Mutex<File>,
    /// Kept current as this run records: a repeated row finds what its first row journaled.
    index: Mutex<HashMap<String, Entry>>,
    /// Appends made so far, and how many of them are known to be on disk: one flush covers
    /// every append made before it began (group commit), so workers do not queue behind
    /// each other's flushes.
    written: std::sync::atomic::AtomicU64,
    synced: Mutex<u64>,
    syncer: File,
}

fn err(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |source| Error::Write { path: path.to_owned(), source }
}

impl Journal {
    /// Opens (or creates) the journal and indexes what earlier runs recorded. A last line cut
    /// short by a crash is dropped.
    pub fn open(path: &Path) -> Result<Journal> {
        let mut file =
            OpenOptions::new().read(true).append(true).create(true).open(path).map_err(err(path))?;
        let mut index: HashMap<String, Entry> = HashMap::new();
        let mut offset = 0u64;
        let mut complete = 0u64;
        {
            let mut reader = BufReader::new(&mut file);
            let mut line = Vec::new();
            loop {
                line.clear();
                let n = reader.read_until(b'\n', &mut line).map_err(err(path))?;
                if n == 0 {
                    break;
                }
                let start = offset;
                offset += n as u64;
                if line.last() != Some(&b'\n') {
                    break;
                }
                complete = offset;
                let Ok(record) = serde_json::from_slice::<Record>(&line) else { continue };
                let entry = index.entry(record.uuid).or_default();
                let place = (start, (n - 1) as u32);
                if record.signed.is_some() {
                    entry.signed = Some(place);
                }
                if record.outcome.is_some() {
                    entry.outcome = Some(place);
                }
            }
        }
        if complete < offset {
            file.set_len(complete).map_err(err(path))?;
        }
        let syncer = file.try_clone().map_err(err(path))?;
        Ok(Journal {
            path: path.to_owned(),
            file: Mutex::new(file),
            index: Mutex::new(index),
            written: 0.into(),
            synced: Mutex::new(0),
            syncer,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn read_record(&self, (offset, len): (u64, u32)) -> Result<Record> {
        let mut file = self.file.lock().unwrap_or_else(|p| p.into_inner());
        let mut bytes = vec![0u8; len as usize];
        file.seek(SeekFrom::Start(offset)).map_err(err(&self.path))?;
        file.read_exact(&mut bytes).map_err(err(&self.path))?;
        serde_json::from_slice(&bytes).map_err(|e| {
            Error::input(self.path.display().to_string(), format!("a record is unreadable: {e}"))
        })
    }

    /// The signed request an earlier run journaled for `uuid`.
    pub fn signed(&self, uuid: &str) -> Result<Option<Jws>> {
        let place = self.index.lock().unwrap_or_else(|p| p.into_inner()).get(uuid).and_then(|e| e.signed);
        match place {
            Some(place) => Ok(self.read_record(place)?.signed),
            None => Ok(None),
        }
    }

    /// The outcome an earlier run recorded for `uuid`.
    pub fn outcome(&self, uuid: &str) -> Result<Option<serde_json::Value>> {
        let place = self.index.lock().unwrap_or_else(|p| p.into_inner()).get(uuid).and_then(|e| e.outcome);
        match place {
            Some(place) => Ok(self.read_record(place)?.outcome),
            None => Ok(None),
        }
    }

    /// Appends records in one write; with `durable`, returns once they are on disk.
    fn append(&self, records: &[Record], durable: bool) -> Result<()> {
        if records.is_empty() {
            return Ok(());
        }
        let mut text = Vec::new();
        let mut ends = Vec::with_capacity(records.len());
        for record in records {
            serde_json::to_writer(&mut text, record)
                .map_err(|e| Error::document("journal record", e.to_string()))?;
            ends.push(text.len());
            text.push(b'\n');
        }
        let (offset, seq) = {
            let mut file = self.file.lock().unwrap_or_else(|p| p.into_inner());
            let offset = file.seek(SeekFrom::End(0)).map_err(err(&self.path))?;
            file.write_all(&text).map_err(err(&self.path))?;
            (offset, self.written.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1)
        };
        if durable {
            self.sync_up_to(seq)?;
        }
        let mut index = self.index.lock().unwrap_or_else(|p| p.into_inner());
        let mut start = 0;
        for (record, end) in records.iter().zip(ends) {
            let place = (offset + start as u64, (end - start) as u32);
            start = end + 1;
            let entry = index.entry(record.uuid.clone()).or_default();
            if record.signed.is_some() {
                entry.signed = Some(place);
            }
            if record.outcome.is_some() {
                entry.outcome = Some(place);
            }
        }
        Ok(())
    }

    /// Records signed requests before they are sent, durably: one flush for them all.
    pub fn record_signed(&self, signed: &[(&str, u64, &Jws)]) -> Result<()> {
        let records: Vec<Record> = signed
            .iter()
            .map(|(uuid, line, jws)| Record {
                uuid: (*uuid).to_owned(),
                line: *line,
                signed: Some((*jws).clone()),
                outcome: None,
            })
            .collect();
        self.append(&records, true)
    }

    /// Records a row's outcome. Not flushed to disk each time: a lost outcome only means the
    /// journaled request is sent again, and the portal answers with the same receipt.
    pub fn record_outcome(&self, uuid: &str, line: u64, outcome: &serde_json::Value) -> Result<()> {
        self.append(
            &[Record { uuid: uuid.to_owned(), line, signed: None, outcome: Some(outcome.clone()) }],
            false,
        )
    }

    /// Waits until record `seq` is on disk, flushing for everyone who waits along.
    fn sync_up_to(&self, seq: u64) -> Result<()> {
        let mut synced = self.synced.lock().unwrap_or_else(|p| p.into_inner());
        if *synced >= seq {
            return Ok(());
        }
        let target = self.written.load(std::sync::atomic::Ordering::SeqCst);
        self.syncer.sync_data().map_err(err(&self.path))?;
        *synced = target;
        Ok(())
    }

    /// Flushes everything recorded to disk.
    pub fn sync(&self) -> Result<()> {
        self.sync_up_to(self.written.load(std::sync::atomic::Ordering::SeqCst))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_survive_a_reopen_and_a_torn_last_line_is_dropped() {
        let dir = std::env::temp_dir().join(format!("attach-journal-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("j.journal");
        let _ = std::fs::remove_file(&path);
        let jws = Jws { protected: "p".into(), payload: "q".into(), signature: "s".into() };
        {
            let j = Journal::open(&path).unwrap();
            j.record_signed(&[("u1", 2, &jws), ("u2", 3, &jws)]).unwrap();
            j.record_outcome("u1", 2, &serde_json::json!({"outcome": "submitted"})).unwrap();
        }
        // A crash in the middle of a write.
        OpenOptions::new().append(true).open(&path).unwrap().write_all(b"{\"uuid\":\"u3\",\"li").unwrap();
        let j = Journal::open(&path).unwrap();
        assert_eq!(j.signed("u1").unwrap(), Some(jws.clone()));
        assert_eq!(j.outcome("u1").unwrap(), Some(serde_json::json!({"outcome": "submitted"})));
        assert_eq!(j.signed("u2").unwrap(), Some(jws));
        assert_eq!(j.outcome("u2").unwrap(), None);
        assert_eq!(j.signed("u3").unwrap(), None);
        assert!(std::fs::read(&path).unwrap().ends_with(b"\n"));
        // What this run records is found at once too.
        j.record_outcome("u2", 3, &serde_json::json!({"outcome": "attached"})).unwrap();
        assert_eq!(j.outcome("u2").unwrap(), Some(serde_json::json!({"outcome": "attached"})));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
