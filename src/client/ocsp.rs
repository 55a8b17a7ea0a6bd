//! The OCSP responders a client can ask: the portal's own (`POST /v1/pki/ocsp`, or in process
//! for the embedded portal), or one at a URL given on the command line. Whatever keeps the
//! question from being answered is "unreachable", after which a CRL decides; an answer is
//! judged by [`crate::pki::ocsp::check`], never here.

use std::path::PathBuf;

use crate::api::Backend;
use crate::pki::ocsp::{Responder, Unreachable};

/// The responder of the portal in use.
pub struct PortalResponder<'a>(pub &'a dyn Backend);

impl std::fmt::Debug for PortalResponder<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PortalResponder({})", self.0.name())
    }
}

impl Responder for PortalResponder<'_> {
    fn name(&self) -> String {
        format!("the responder of the portal ({})", self.0.name())
    }

    fn ask(&self, request: &[u8]) -> Result<Vec<u8>, Unreachable> {
        self.0.ocsp(request).map_err(|e| Unreachable(e.to_string()))
    }
}

/// A responder at a URL (`cert verify --ocsp-url`).
#[derive(Debug)]
pub struct UrlResponder {
    pub url: String,
    /// A private root for an https:// responder (`--tls-ca`).
    pub tls_ca: Option<PathBuf>,
}

impl Responder for UrlResponder {
    fn name(&self) -> String {
        format!("the responder at {}", self.url)
    }

    fn ask(&self, request: &[u8]) -> Result<Vec<u8>, Unreachable> {
        super::http::ask_ocsp_at(&self.url, request, self.tls_ca.as_deref()).map_err(Unreachable)
    }
}
