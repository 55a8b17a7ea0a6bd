//! The checked context a command runs with: where the home is, how output is printed, and
//! which backend to use. Built once from the raw flags, before any command does work.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use super::{GlobalArgs, OutputFormat};
use crate::api::Backend;
use crate::client::embedded::{self, Embedded};
use crate::client::http::Http;
use crate::client::{Sessions, StoredSession};
use crate::error::{Error, Result};
use crate::portal::Portal;
use crate::render::{Mode, Printer};
use crate::t;

#[derive(Debug)]
pub struct Context {
    pub home: PathBuf,
    pub printer: Printer,
    pub verbose: u8,
    /// `--portal` or `ATTACH_PORTAL`.
    pub portal_url: Option<String>,
    /// `--portal` was written on the command line (not taken from the environment).
    pub portal_on_command_line: bool,
    /// `--home` was written on the command line (not taken from `ATTACH_HOME`).
    pub home_on_command_line: bool,
    pub stdin_is_terminal: bool,
    pub tls_ca: Option<PathBuf>,
    pub insecure_http: bool,
    /// When the command started, for `-vv`'s timings.
    pub started: std::time::Instant,
    /// A shared lock on the home's portal, held while this process runs ([`HOME_LOCK`]).
    home_lock: Option<std::fs::File>,
}

/// The file beside `portal.db` that every process using the home's portal holds a shared lock
/// on, and `portal init --force` an exclusive one: the database is not replaced under a
/// process that has it open (`portal serve` kept writing to a deleted file).
pub const HOME_LOCK: &str = "portal.lock";

/// Opens the home's lock file; `None` when there is no portal in the home (a client's home
/// holds its sessions only) or it cannot be opened (a read-only home without one).
fn open_home_lock(home: &Path) -> Option<std::fs::File> {
    if !crate::portal::store::db_path(home).exists() {
        return None;
    }
    let path = home.join(HOME_LOCK);
    std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .or_else(|_| std::fs::File::open(&path))
        .ok()
}

/// A shared lock on the home's portal, waiting while `init --force` holds it exclusively.
fn shared_home_lock(home: &Path) -> Option<std::fs::File> {
    let file = open_home_lock(home)?;
    rustix::fs::flock(&file, rustix::fs::FlockOperation::LockShared).ok()?;
    Some(file)
}

fn default_home() -> Option<PathBuf> {
    let data =
        std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()).map(PathBuf::from).or_else(|| {
            std::env::var_os("HOME").filter(|v| !v.is_empty()).map(|h| Path::new(&h).join(".local/share"))
        })?;
    Some(data.join("attach"))
}

/// A home that others may write to could be given a portal, sessions or keys that are not
/// its owner's: it is made private (0700) with a note, or refused when it cannot be.
fn make_private(home: &Path, quiet: bool) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::metadata(home) else { return Ok(()) };
    let mode = meta.permissions().mode() & 0o7777;
    if !meta.is_dir() || mode & 0o022 == 0 {
        return Ok(());
    }
    // A shared directory (sticky, as /tmp is) is not a home to take over: it is refused.
    let fixed = if mode & 0o1000 != 0 {
        Err(std::io::Error::other(t!("home-shared")))
    } else {
        std::fs::set_permissions(home, std::fs::Permissions::from_mode(0o700))
    };
    match fixed {
        Ok(()) => {
            if !quiet {
                let home = crate::render::sanitize(&home.display().to_string()).into_owned();
                let mode = format!("{mode:04o}");
                eprintln!(
                    "attach: {}: {}",
                    t!("note-prefix"),
                    t!("home-made-private", home = home, mode = mode)
                );
            }
            Ok(())
        }
        Err(e) => Err(Error::input(
            "--home",
            t!(
                "home-not-private",
                home = home.display().to_string(),
                mode = format!("{mode:04o}"),
                why = crate::error::io_text(&e)
            ),
        )),
    }
}

impl Context {
    pub fn new(
        global: &GlobalArgs,
        portal_on_command_line: bool,
        home_on_command_line: bool,
        stdout_is_terminal: bool,
    ) -> Result<Context> {
        let home = match &global.home {
            Some(home) => home.clone(),
            None => default_home().ok_or_else(|| Error::input("--home", t!("home-none")))?,
        };
        make_private(&home, global.quiet)?;
        let mode = match global.output {
            Some(OutputFormat::Json) => Mode::Json,
            Some(OutputFormat::Table) => Mode::Table,
            None if stdout_is_terminal => Mode::Table,
            None => Mode::Json,
        };
        let home_lock = shared_home_lock(&home);
        Ok(Context {
            home,
            printer: Printer::new(mode, global.quiet).at_terminal(stdout_is_terminal),
            verbose: global.verbose,
            portal_url: global.portal.clone().filter(|p| !p.is_empty()),
            portal_on_command_line,
            home_on_command_line,
            stdin_is_terminal: std::io::stdin().is_terminal(),
            tls_ca: global.tls_ca.clone().filter(|p| !p.as_os_str().is_empty()),
            insecure_http: global.insecure_http,
            started: std::time::Instant::now(),
            home_lock,
        })
    }

    /// The home's portal for this process alone, for `portal init --force` to replace: this
    /// process's shared lock is given up, and no other process may hold one. The lock is held
    /// until the returned file is dropped.
    pub fn lock_home_exclusively(&self) -> Result<Option<std::fs::File>> {
        use rustix::fs::{FlockOperation, flock};
        if let Some(own) = &self.home_lock {
            let _ = flock(own, FlockOperation::Unlock);
        }
        let Some(file) = open_home_lock(&self.home) else { return Ok(None) };
        match flock(&file, FlockOperation::NonBlockingLockExclusive) {
            Ok(()) => Ok(Some(file)),
            Err(e) if e == rustix::io::Errno::WOULDBLOCK => {
                Err(Error::input("--force", t!("home-in-use", home = self.home.display().to_string())))
            }
            Err(e) => Err(Error::Io { context: "io-home-lock", source: e.into() }),
        }
    }

    /// `-v` and more, and not `-q`: what is said on stderr besides notes.
    pub fn verbosity(&self) -> u8 {
        if self.printer.quiet { 0 } else { self.verbose }
    }

    /// At `-vv`, a stage of the command done (its name's message key), with the time since it
    /// started, on stderr.
    pub fn stage(&self, key: &str) {
        if self.verbosity() >= 2 {
            // Worded only when shown: the catalogues are not read for nothing.
            let stage = t!(key);
            let ms = format!("{:.1}", self.started.elapsed().as_secs_f64() * 1000.0);
            eprintln!("attach: {}", t!("verbose-stage", stage = stage.as_str(), ms = ms));
        }
    }

    /// At `-v`, each HTTP exchange on stderr (the portal's, and an OCSP responder's at a URL):
    /// method, URL, status, time and attempt; never a token or a body. At `-vv`, the time to the headers and the body's too.
    pub fn trace(&self) -> Option<crate::client::http::Trace> {
        let verbosity = self.verbosity();
        if verbosity == 0 {
            return None;
        }
        let print = move |x: &crate::client::http::Exchange<'_>| {
            let ms = |d: std::time::Duration| format!("{:.1}", d.as_secs_f64() * 1000.0);
            let answer = match &x.answer {
                Ok(status) => status.to_string(),
                Err(why) => why.clone(),
            };
            let mut line = t!(
                "verbose-exchange",
                method = x.method,
                url = crate::render::sanitize(x.url).into_owned(),
                answer = crate::render::sanitize(&answer).into_owned(),
                ms = ms(x.total)
            );
            if x.attempt > 1 {
                line.push_str(&t!("verbose-retry", attempt = x.attempt));
            }
            if verbosity >= 2 {
                line.push_str(&t!(
                    "verbose-timings",
                    headers = ms(x.headers),
                    body = ms(x.total.saturating_sub(x.headers))
                ));
            }
            eprintln!("attach: {line}");
        };
        Some(crate::client::http::Trace(std::sync::Arc::new(print)))
    }

    pub fn json(&self) -> bool {
        self.printer.mode == Mode::Json
    }

    /// The portal this command talks to: the one at `--portal`, or else the embedded one
    /// (created on first use).
    pub fn backend(&self) -> Result<Box<dyn Backend>> {
        let backend: Box<dyn Backend> = match &self.portal_url {
            Some(url) => {
                let http = Http::new(url, self.tls_ca.as_deref(), self.insecure_http)?;
                Box::new(match self.trace() {
                    Some(trace) => http.with_trace(trace),
                    None => http,
                })
            }
            None => Box::new(Embedded::new(self.embedded_portal()?)),
        };
        self.stage("stage-backend");
        Ok(backend)
    }

    /// The portal, but only if there is one: `--portal`, or an embedded portal the home
    /// already holds. For commands that must never create one.
    pub fn existing_backend(&self) -> Result<Option<Box<dyn Backend>>> {
        match &self.portal_url {
            Some(_) => self.backend().map(Some),
            None => Ok(self.existing_portal()?.map(|p| Box::new(Embedded::new(p)) as Box<dyn Backend>)),
        }
    }

    /// The name sessions are kept under: the portal URL, or `embedded`.
    pub fn portal_name(&self) -> String {
        self.portal_url.clone().unwrap_or_else(|| embedded::NAME.to_owned())
    }

    pub fn sessions(&self) -> Sessions {
        Sessions::new(&self.home)
    }

    /// The stored session for this portal, or `unauthenticated`.
    pub fn session(&self) -> Result<StoredSession> {
        let session = self.sessions().require(&self.portal_name());
        self.stage("stage-session");
        session
    }

    /// The embedded portal, created on first use.
    pub fn embedded_portal(&self) -> Result<Portal> {
        Portal::open_or_init(&self.home)
    }

    /// The embedded portal when the home holds one; never creates it.
    pub fn existing_portal(&self) -> Result<Option<Portal>> {
        Portal::open_existing(&self.home)
    }
}
