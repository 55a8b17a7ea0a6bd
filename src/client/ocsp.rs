//! The OCSP responders a client can ask: the portal's own (`POST /v1/pki/ocsp`, or in process
//! for the embedded portal), or one at a URL given on the command line. Whatever keeps the
//! question from being answered is "unreachable", after which a CRL decides; an answer is
//! judged by [`crate::pki::ocsp::check`], never here.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::http;
use crate::api::Backend;
use crate::files;
use crate::pki::ocsp::{Responder, Unreachable};
use crate::pki::pem;

/// The responder of the portal in use.
pub struct PortalResponder<'a>(pub &'a dyn Backend);

impl std::fmt::Debug for PortalResponder<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PortalResponder({})", self.0.name())
    }
}

impl Responder for PortalResponder<'_> {
    fn name(&self) -> String {
        crate::t!("ocsp-portal-responder", portal = self.0.name())
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
    /// Told of the exchange (`-v`), as the portal's client tells of its own.
    pub trace: Option<http::Trace>,
}

impl Responder for UrlResponder {
    fn name(&self) -> String {
        crate::t!("ocsp-url-responder", url = &self.url)
    }

    fn ask(&self, request: &[u8]) -> Result<Vec<u8>, Unreachable> {
        ask_ocsp_at(&self.url, request, self.tls_ca.as_deref(), self.trace.as_ref()).map_err(Unreachable)
    }
}

/// Asks the OCSP responder at `url` (RFC 6960 appendix A: a POST of the DER request), once.
/// Plain http:// is fine here, as for every OCSP responder: the answer is signed and carries
/// no secret. `Err` when it cannot be reached or answers with an HTTP error. `trace` is told
/// of the exchange: method, URL, status and time, never a body.
pub fn ask_ocsp_at(
    url: &str,
    request: &[u8],
    tls_ca: Option<&Path>,
    trace: Option<&http::Trace>,
) -> std::result::Result<Vec<u8>, String> {
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        return Err(crate::t!("ocsp-url-scheme", url = url));
    }
    let mut config = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_connect(Some(http::CONNECT_TIMEOUT))
        .timeout_global(Some(http::OVERALL_TIMEOUT))
        .max_redirects(0)
        .user_agent(format!("attach/{}", env!("CARGO_PKG_VERSION")));
    if let Some(path) = tls_ca {
        let ders = files::read_input(path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| pem::der_objects(&bytes, "CERTIFICATE"))?;
        let certs = ders.iter().map(|der| ureq::tls::Certificate::from_der(der).to_owned()).collect();
        config = config.tls_config(
            ureq::tls::TlsConfig::builder()
                .root_certs(ureq::tls::RootCerts::Specific(Arc::new(certs)))
                .build(),
        );
    }
    let agent = http::agent(config.build());
    let tell = |answer: std::result::Result<u16, String>, headers: Duration, total: Duration| {
        if let Some(trace) = trace {
            (trace.0)(&http::Exchange { method: "POST", url, answer, headers, total, attempt: 1 });
        }
    };
    let started = Instant::now();
    let sent = agent.post(url).content_type(crate::pki::ocsp::REQUEST_MEDIA).send(request);
    let headers = started.elapsed();
    let mut response = sent.map_err(|e| {
        tell(Err(e.to_string()), headers, headers);
        format!("{url}: {e}")
    })?;
    let status = response.status().as_u16();
    let body = response.body_mut().with_config().limit(http::MAX_RESPONSE).read_to_vec();
    tell(body.as_ref().map(|_| status).map_err(ToString::to_string), headers, started.elapsed());
    let body = body.map_err(|e| format!("{url}: {e}"))?;
    if !(200..300).contains(&status) {
        return Err(crate::t!("ocsp-url-http-status", url = url, status = status.to_string()));
    }
    Ok(body)
}
