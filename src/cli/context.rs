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
        })
    }

    pub fn json(&self) -> bool {
        self.printer.mode == Mode::Json
    }

    /// The portal this command talks to: the one at `--portal`, or else the embedded one
    /// (created on first use).
    pub fn backend(&self) -> Result<Box<dyn Backend>> {
        match &self.portal_url {
            Some(url) => Ok(Box::new(Http::new(url, self.tls_ca.as_deref(), self.insecure_http)?)),
            None => Ok(Box::new(Embedded::new(self.embedded_portal()?))),
        }
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
        self.sessions().require(&self.portal_name())
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
