//! `attach cert …`, the administrator's tools for certificates of the national authority and
//! of the embedded one: `info` (whose certificate, for what, where its status is published),
//! `verify` (path validation and revocation, each check named) and `ocsp` (a saved OCSP
//! response, read and checked).

mod info;
mod ocsp;
mod verify;

use std::path::Path;

use clap::Subcommand;

use super::Context;
use crate::error::{Error, Exit, Result};
use crate::files;
use crate::pki::cert::Cert;
use crate::pki::keys::{self, KeyError};

#[derive(Debug, Subcommand)]
pub enum CertCommand {
    /// Whose certificate, for what: PEM, DER or PKCS#12 (password as for `sign`).
    Info(info::Args),
    /// Path validation and revocation of a certificate, each check named: exit 0 or 7.
    Verify(verify::Args),
    /// Read a saved OCSP response (DER) and check its signature and responder.
    Ocsp(ocsp::Args),
}

pub fn run(ctx: &Context, command: CertCommand) -> Result<Exit> {
    match command {
        CertCommand::Info(args) => info::run(ctx, args),
        CertCommand::Verify(args) => verify::run(ctx, args),
        CertCommand::Ocsp(args) => ocsp::run(ctx, args),
    }
}

/// The certificates of a file — PEM (any number), DER, or PKCS#12 with the password from
/// `ATTACH_KEY_PASSWORD` or a prompt — the one of interest first.
pub(crate) fn certificates(path: &Path) -> Result<Vec<Cert>> {
    let bytes = files::read_input(path)?;
    let what = || format!("`{}`", path.display());
    let ders = if keys::is_pkcs12(&bytes) {
        let password = super::sign::key_password().map_err(|e| Error::input(what(), e))?;
        keys::pkcs12_certificates(&bytes, &password).map_err(|e| match e {
            KeyError::Unsupported(why) => Error::input(what(), why),
            other => Error::input(what(), other.to_string()),
        })?
    } else {
        crate::pki::pem::der_objects(&bytes, "CERTIFICATE").map_err(|e| Error::input(what(), e))?
    };
    let certs = ders
        .iter()
        .map(|der| Cert::from_der(der))
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| Error::input(what(), e))?;
    if certs.is_empty() {
        return Err(Error::input(what(), crate::t!("cert-none-in-file")));
    }
    Ok(certs)
}
