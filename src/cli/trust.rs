//! What `sign` and `verify-ticket` trust: `--trust` and `--crl` files, or else the portal's
//! root and CRL — from `--portal`, or from the embedded portal when the home holds one.
//! Nothing here creates a portal.

use std::path::Path;

use crate::error::{Code, Error, Result};
use crate::files;
use crate::pki::cert::Cert;
use crate::pki::crl::Crl;

use crate::api::Backend;
use crate::t;

#[derive(Debug, Default)]
pub struct Trust {
    /// Trusted roots; `None` when there is no trust anchor.
    pub roots: Option<Vec<Cert>>,
    /// CRLs to check revocation with; `Err` names an unusable CRL; `None` when there is none.
    pub crls: Option<Result<Vec<Crl>, String>>,
    /// The roots are the portal's own (no `--trust`).
    pub from_portal: bool,
}

/// The trust of `--trust`/`--crl`, completed from `portal` (the caller's one handle on it).
pub fn load(trust: Option<&Path>, crl: Option<&Path>, portal: Option<&dyn Backend>) -> Result<Trust> {
    let mut out = Trust::default();
    if let Some(path) = trust {
        let roots = Cert::all_from_file_bytes(&files::read_input(path)?)
            .map_err(|e| Error::input(format!("--trust `{}`", path.display()), e))?;
        out.roots = Some(roots);
    }
    if let Some(path) = crl {
        // An unreadable CRL fails the revocation check; it is not a usage error.
        out.crls =
            Some(Crl::all_from_file_bytes(&files::read_input(path)?).map_err(|e| {
                t!("trust-crl-unusable", path = path.display().to_string(), why = e.to_string())
            }));
    }
    if out.roots.is_none()
        && let Some(backend) = portal
    {
        let pem = backend.ca_pem()?;
        let roots = Cert::all_from_file_bytes(pem.as_bytes()).map_err(|e| {
            Error::portal(
                Code::Internal,
                t!("trust-portal-root", portal = backend.name(), why = e.to_string()),
            )
        })?;
        out.roots = Some(roots);
        out.from_portal = true;
        if out.crls.is_none() {
            out.crls = Some(match backend.crl_der() {
                Ok(der) => Crl::from_der(&der).map(|c| {
                    // The root's CRL too, when the portal publishes one: then the issuing CA's
                    // own revocation is checked as well.
                    let root = backend.root_crl_der().ok().and_then(|der| Crl::from_der(&der).ok());
                    std::iter::once(c).chain(root).collect()
                }),
                Err(e) => Err(t!("trust-no-crl", portal = backend.name(), why = e.to_string())),
            });
        }
    }
    Ok(out)
}
