//! What `sign` and `verify-ticket` trust: `--trust` and `--crl` files, or else the embedded
//! portal's root and its current revocations. Nothing here creates a portal.

use std::path::Path;

use crate::clock;
use crate::error::{Error, Result};
use crate::files;
use crate::pki::cert::Cert;
use crate::pki::crl::Crl;
use crate::portal::nca;

use super::Context;

#[derive(Debug, Default)]
pub struct Trust {
    /// Trusted roots; `None` when there is no trust anchor.
    pub roots: Option<Vec<Cert>>,
    /// CRLs to check revocation with; `Err` names an unusable CRL; `None` when there is none.
    pub crls: Option<Result<Vec<Crl>, String>>,
}

pub fn load(ctx: &Context, trust: Option<&Path>, crl: Option<&Path>) -> Result<Trust> {
    let mut out = Trust::default();
    if let Some(path) = trust {
        let roots = Cert::all_from_file_bytes(&files::read_input(path)?)
            .map_err(|e| Error::input(format!("--trust `{}`", path.display()), e))?;
        out.roots = Some(roots);
    }
    if let Some(path) = crl {
        // An unreadable CRL fails the revocation check; it is not a usage error.
        out.crls = Some(
            Crl::from_file_bytes(&files::read_input(path)?)
                .map(|c| vec![c])
                .map_err(|e| format!("the CRL `{}` is unusable: {e}", path.display())),
        );
    }
    if out.roots.is_none() {
        // The portal's root would be the anchor; until the HTTP client exists, say so.
        ctx.embedded_only("the portal's trust anchor")?;
    }
    if out.roots.is_none()
        && let Some(portal) = ctx.existing_portal()?
    {
        out.roots = Some(vec![nca::root(&portal.store)?]);
        if out.crls.is_none() {
            let der = nca::current_crl(&portal.store, clock::now())?;
            out.crls = Some(Crl::from_der(&der).map(|c| vec![c]));
        }
    }
    Ok(out)
}
