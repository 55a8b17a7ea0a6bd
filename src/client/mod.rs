//! The client side of the portal interface: the backend a command talks to, and the sessions
//! the client keeps in the home (mode 0600), one per portal.

pub mod embedded;
pub mod http;
pub mod ocsp;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::api::{NewSession, Role};
use crate::error::{Code, Error, Result};
use crate::files;

pub const SESSIONS_FILE: &str = "sessions.json";

/// What the client remembers of a login. The token is a secret: it never leaves this file
/// except in the `Authorization` header.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredSession {
    pub token: String,
    pub iin: String,
    pub role: Role,
    pub expires_at: String,
}

impl From<NewSession> for StoredSession {
    fn from(s: NewSession) -> Self {
        StoredSession { token: s.token, iin: s.iin, role: s.role, expires_at: s.expires_at }
    }
}

/// The sessions file of a home: one session per portal name.
#[derive(Debug)]
pub struct Sessions {
    path: PathBuf,
}

impl Sessions {
    pub fn new(home: &Path) -> Sessions {
        Sessions { path: home.join(SESSIONS_FILE) }
    }

    fn load(&self) -> Result<BTreeMap<String, StoredSession>> {
        match std::fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                Error::input(
                    self.path.display().to_string(),
                    crate::t!("client-sessions-file", why = e.to_string()),
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
            Err(source) => Err(Error::ReadInput { path: self.path.clone(), source }),
        }
    }

    fn save(&self, all: &BTreeMap<String, StoredSession>) -> Result<()> {
        if let Some(home) = self.path.parent() {
            use std::os::unix::fs::DirBuilderExt;
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(home)
                .map_err(|source| Error::Write { path: home.to_owned(), source })?;
        }
        let bytes = serde_json::to_vec_pretty(all).map_err(|e| Error::input("sessions", e.to_string()))?;
        files::write_atomic(&self.path, &bytes, 0o600)
    }

    pub fn get(&self, portal: &str) -> Result<Option<StoredSession>> {
        Ok(self.load()?.remove(portal))
    }

    /// The session for `portal`, or `unauthenticated` telling the person to log in.
    pub fn require(&self, portal: &str) -> Result<StoredSession> {
        self.get(portal)?.ok_or_else(|| {
            Error::portal(Code::Unauthenticated, crate::t!("client-not-logged-in", portal = portal))
        })
    }

    pub fn put(&self, portal: &str, session: StoredSession) -> Result<()> {
        let mut all = self.load()?;
        all.insert(portal.to_owned(), session);
        self.save(&all)
    }

    /// Forgets the session for `portal`; returns it if there was one.
    pub fn remove(&self, portal: &str) -> Result<Option<StoredSession>> {
        let mut all = self.load()?;
        let removed = all.remove(portal);
        if removed.is_some() {
            self.save(&all)?;
        }
        Ok(removed)
    }
}
