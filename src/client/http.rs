//! The HTTP backend: the portal API of SPEC section 6 over `ureq` (rustls on ring), and the
//! portal's bulk calls when it offers them. Clear text only to loopback addresses unless the
//! user insists; connect and overall timeouts; retries with exponential backoff and jitter for
//! idempotent calls (GETs, `POST /v1/requests`, idempotent by `request_uuid`, and the bulk
//! calls), never for login, honouring the portal's `Retry-After` on 429 and 503 (a wait longer
//! than a client should sleep through ends the retries at once); problem details become the
//! same errors, with the same codes and exit statuses, as the embedded backend's.

use std::net::IpAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::api::RequestFilter;
use crate::api::{
    Backend, Challenge, Me, NewSession, Org, OrgFilter, OtpRequest, OtpSent, Outcome, Page, PeopleFound,
    PeopleQuery, Person, Problem, Receipt, Registered, Registration, Status, Submission, SubmissionItems,
    Submissions, Submitted, TestIdentity, TicketRecord,
};
use crate::domain::iin::Iin;
use crate::error::{Code, Error, Result};
use crate::files;
use crate::pki::jws::Jws;
use crate::pki::pem;

pub(super) const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
pub(super) const OVERALL_TIMEOUT: Duration = Duration::from_secs(30);
/// Attempts of an idempotent call; the pauses between them double from the first.
const ATTEMPTS: u32 = 6;
const FIRST_PAUSE: Duration = Duration::from_millis(200);
/// The longest `Retry-After` a retry waits for; a longer one is the answer.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(10);
pub(super) const MAX_RESPONSE: u64 = 8 * 1024 * 1024;

#[derive(Debug)]
pub struct Http {
    base: String,
    agent: ureq::Agent,
    /// With `--tls-ca`: an agent with the public roots, for a portal whose certificate does
    /// not chain to the private root (so the private root adds to the public ones).
    public: Option<ureq::Agent>,
    use_public: std::sync::atomic::AtomicBool,
    /// Set once the portal has answered a bulk call with 404 or 405: it offers only the calls
    /// of SPEC section 6, one at a time.
    no_bulk: std::sync::atomic::AtomicBool,
    /// `--tls-ca`, to be named when the portal's certificate does not chain to it.
    tls_ca: Option<std::path::PathBuf>,
    /// Told of every exchange (`-v`).
    trace: Option<Trace>,
}

/// One HTTP exchange, as `-v` shows it: never a token, a header or a body.
#[derive(Debug, Clone)]
pub struct Exchange<'a> {
    pub method: &'static str,
    /// The URL asked, its query included (which holds no secret).
    pub url: &'a str,
    /// The answer's status, or what went wrong instead.
    pub answer: std::result::Result<u16, String>,
    /// To the answer's headers, and to the end of its body.
    pub headers: Duration,
    pub total: Duration,
    /// 1 for the first attempt.
    pub attempt: u32,
}

/// Where a client's exchanges are told.
#[derive(Clone)]
pub struct Trace(pub Arc<dyn Fn(&Exchange<'_>) + Send + Sync>);

impl std::fmt::Debug for Trace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Trace")
    }
}

/// Whether `url`'s host is a loopback address (or `localhost`).
fn is_loopback(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        v6.split(']').next().unwrap_or("")
    } else {
        host_port.rsplit_once(':').map_or(host_port, |(h, _)| h)
    };
    host.eq_ignore_ascii_case("localhost") || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// The portal's base URL, checked: `https://`, or `http://` to loopback or with `insecure`.
pub fn check_url(url: &str, insecure_http: bool) -> Result<String> {
    let base = url.trim().trim_end_matches('/').to_owned();
    let lower = base.to_ascii_lowercase();
    if lower.starts_with("https://") {
        return Ok(base);
    }
    if lower.starts_with("http://") {
        if is_loopback(&base) || insecure_http {
            return Ok(base);
        }
        return Err(Error::input("--portal", crate::t!("client-plain-http", base = &base)));
    }
    Err(Error::input("--portal", crate::t!("client-not-http", base = &base)))
}

fn jitter(pause: Duration) -> Duration {
    let mut byte = [0u8; 1];
    let _ = ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut byte);
    // Up to half again as long, so that clients retrying together spread out.
    pause + pause.mul_f64(f64::from(byte[0]) / 512.0)
}

/// An agent whose resolver starts no thread per request: ureq's own looks every call's host up
/// again, on a new thread whenever a timeout is set — a thread per request for a batch.
pub(super) fn agent(config: ureq::config::Config) -> ureq::Agent {
    ureq::Agent::with_parts(
        config,
        ureq::unversioned::transport::DefaultConnector::new(),
        Resolver::default(),
    )
}

/// Addresses for the portal's host: an IP address as it is, a name looked up (by ureq's own
/// resolver, with its timeout) and then remembered for a minute.
#[derive(Debug, Default)]
struct Resolver {
    inner: ureq::unversioned::resolver::DefaultResolver,
    known: std::sync::Mutex<
        Option<(String, std::time::Instant, ureq::unversioned::resolver::ResolvedSocketAddrs)>,
    >,
}

const RESOLVED_FOR: Duration = Duration::from_secs(60);

impl ureq::unversioned::resolver::Resolver for Resolver {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: ureq::unversioned::transport::NextTimeout,
    ) -> std::result::Result<ureq::unversioned::resolver::ResolvedSocketAddrs, ureq::Error> {
        let port = uri.port_u16().unwrap_or(if uri.scheme_str() == Some("https") { 443 } else { 80 });
        let host = uri.host().unwrap_or("");
        if let Ok(ip) = host.trim_start_matches('[').trim_end_matches(']').parse::<IpAddr>() {
            let mut addrs = self.empty();
            addrs.push(std::net::SocketAddr::new(ip, port));
            return Ok(addrs);
        }
        let key = format!("{host}:{port}");
        let mut known = self.known.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((k, at, addrs)) = known.as_ref()
            && *k == key
            && at.elapsed() < RESOLVED_FOR
        {
            return Ok(addrs.clone());
        }
        let addrs = self.inner.resolve(uri, config, timeout)?;
        *known = Some((key, std::time::Instant::now(), addrs.clone()));
        Ok(addrs)
    }
}

enum Method<'a> {
    Get,
    Delete,
    Post(&'a [u8]),
    /// A body of another media type than JSON (an OCSP request).
    PostAs(&'a [u8], &'static str),
}

impl Method<'_> {
    fn name(&self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Delete => "DELETE",
            Method::Post(_) | Method::PostAs(..) => "POST",
        }
    }
}

impl Http {
    pub fn new(url: &str, tls_ca: Option<&Path>, insecure_http: bool) -> Result<Http> {
        let base = check_url(url, insecure_http)?;
        let config = || {
            ureq::Agent::config_builder()
                .http_status_as_error(false)
                .timeout_connect(Some(CONNECT_TIMEOUT))
                .timeout_global(Some(OVERALL_TIMEOUT))
                .max_redirects(0)
                .user_agent(format!("attach/{}", env!("CARGO_PKG_VERSION")))
        };
        let public = agent(config().build());
        let Some(path) = tls_ca else {
            return Ok(Http {
                base,
                agent: public,
                public: None,
                use_public: false.into(),
                no_bulk: false.into(),
                tls_ca: None,
                trace: None,
            });
        };
        let flag = || format!("--tls-ca `{}`", path.display());
        let ders = pem::der_objects(&files::read_input(path)?, "CERTIFICATE")
            .map_err(|e| Error::input(flag(), e))?;
        // A file that holds no certificate would be taken as one and then trusted for nothing.
        for der in &ders {
            crate::pki::cert::Cert::from_der(der).map_err(|e| Error::input(flag(), e))?;
        }
        let certs = ders.iter().map(|der| ureq::tls::Certificate::from_der(der).to_owned()).collect();
        let private = config().tls_config(
            ureq::tls::TlsConfig::builder()
                .root_certs(ureq::tls::RootCerts::Specific(Arc::new(certs)))
                .build(),
        );
        Ok(Http {
            base,
            agent: agent(private.build()),
            public: Some(public),
            use_public: false.into(),
            no_bulk: false.into(),
            tls_ca: Some(path.to_owned()),
            trace: None,
        })
    }

    /// The client that tells `trace` of every exchange.
    pub fn with_trace(mut self, trace: Trace) -> Http {
        self.trace = Some(trace);
        self
    }

    fn tell(&self, exchange: Exchange<'_>) {
        if let Some(trace) = &self.trace {
            (trace.0)(&exchange);
        }
    }

    fn unreachable(&self, e: &ureq::Error) -> Error {
        let text = e.to_string();
        let certificate = text.contains("certificate")
            || text.contains("UnknownIssuer")
            || matches!(e, ureq::Error::Tls(_));
        let hint = match (&self.tls_ca, certificate) {
            (Some(root), true) => crate::t!("http-not-our-root", root = root.display().to_string()),
            (None, true) => crate::t!("client-tls-ca-hint"),
            (_, false) => String::new(),
        };
        // Through a proxy of the environment, the connection that failed may be the proxy's.
        let proxy = self
            .agent
            .config()
            .proxy()
            .filter(|p| self.base.parse::<ureq::http::Uri>().map_or(true, |uri| !p.is_no_proxy(&uri)));
        let through = proxy.map_or_else(String::new, |p| {
            crate::t!("http-through-proxy", proxy = format!("{}:{}", p.host(), p.port()))
        });
        Error::portal(
            Code::Unreachable,
            crate::t!(
                "client-unreachable",
                base = format!("{}{through}", self.base),
                why = text,
                hint = hint
            ),
        )
    }

    /// One call; `retry` for idempotent ones.
    fn call(&self, method: Method, path: &str, token: Option<&str>, retry: bool) -> Result<Answer> {
        let url = format!("{}{path}", self.base);
        let attempts = if retry { ATTEMPTS } else { 1 };
        let mut pause = FIRST_PAUSE;
        let mut last_error = None;
        // What the portal asked for in its last answer's `Retry-After`.
        let mut asked = Duration::ZERO;
        for attempt in 1..=attempts {
            if attempt > 1 {
                std::thread::sleep(jitter(pause).max(asked));
                pause *= 2;
            }
            let auth = token.map(|t| format!("Bearer {t}"));
            let started = std::time::Instant::now();
            let mut sent = self.send(&method, &url, auth.as_deref());
            if let Err(e) = &sent
                && is_certificate_error(e)
                && self.switch_to_public_roots()
            {
                sent = self.send(&method, &url, auth.as_deref());
            }
            let headers_at = started.elapsed();
            let mut response = match sent {
                Ok(r) => r,
                Err(e) => {
                    self.tell(Exchange {
                        method: method.name(),
                        url: &url,
                        answer: Err(e.to_string()),
                        headers: headers_at,
                        total: headers_at,
                        attempt,
                    });
                    // A certificate the client does not trust will not be trusted on a retry.
                    let transient = !is_certificate_error(&e)
                        && matches!(
                            e,
                            ureq::Error::Io(_)
                                | ureq::Error::ConnectionFailed
                                | ureq::Error::Timeout(_)
                                | ureq::Error::Protocol(_)
                        );
                    let error = self.unreachable(&e);
                    if !transient {
                        return Err(error);
                    }
                    last_error = Some(error);
                    continue;
                }
            };
            let status = response.status().as_u16();
            let content_type =
                response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
            // Seconds only; an HTTP date leaves the pause to the backoff.
            let retry_after = response
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok())
                .map(Duration::from_secs);
            let body = response.body_mut().with_config().limit(MAX_RESPONSE).read_to_vec();
            self.tell(Exchange {
                method: method.name(),
                url: &url,
                answer: match &body {
                    Ok(_) => Ok(status),
                    Err(e) => Err(e.to_string()),
                },
                headers: headers_at,
                total: started.elapsed(),
                attempt,
            });
            let body = match body {
                Ok(body) => body,
                Err(e) => {
                    last_error = Some(self.unreachable(&e));
                    continue;
                }
            };
            let busy = matches!(status, 429 | 502..=504);
            if busy && attempt < attempts && retry_after.is_none_or(|wait| wait <= MAX_RETRY_AFTER) {
                asked = retry_after.unwrap_or_default();
                last_error = Some(self.problem(status, &content_type, &body));
                continue;
            }
            return Ok((status, content_type, body));
        }
        Err(last_error.unwrap_or_else(|| {
            Error::portal(Code::Unreachable, crate::t!("client-no-answer", base = &self.base))
        }))
    }

    fn send(
        &self,
        method: &Method,
        url: &str,
        auth: Option<&str>,
    ) -> Result<ureq::http::Response<ureq::Body>, ureq::Error> {
        let public = self.use_public.load(std::sync::atomic::Ordering::Relaxed);
        let agent = match &self.public {
            Some(agent) if public => agent,
            _ => &self.agent,
        };
        match method {
            Method::Get => {
                let mut r = agent.get(url).header("Accept-Language", crate::i18n::current().code());
                if let Some(a) = auth {
                    r = r.header("Authorization", a);
                }
                r.call()
            }
            Method::Delete => {
                let mut r = agent.delete(url).header("Accept-Language", crate::i18n::current().code());
                if let Some(a) = auth {
                    r = r.header("Authorization", a);
                }
                r.call()
            }
            Method::Post(body) => {
                let mut r = agent
                    .post(url)
                    .content_type("application/json")
                    .header("Accept-Language", crate::i18n::current().code());
                if let Some(a) = auth {
                    r = r.header("Authorization", a);
                }
                r.send(*body)
            }
            Method::PostAs(body, media) => agent
                .post(url)
                .content_type(*media)
                .header("Accept-Language", crate::i18n::current().code())
                .send(*body),
        }
    }

    /// Turns to the public roots once, when the private root of `--tls-ca` did not do.
    fn switch_to_public_roots(&self) -> bool {
        self.public.is_some() && !self.use_public.swap(true, std::sync::atomic::Ordering::Relaxed)
    }

    /// The error a non-success answer stands for.
    fn problem(&self, status: u16, content_type: &str, body: &[u8]) -> Error {
        if let Ok(problem) = serde_json::from_slice::<Problem>(body) {
            return problem_error(problem);
        }
        let code = match status {
            401 => Code::Unauthenticated,
            403 => Code::Forbidden,
            404 => Code::NotFound,
            413 => Code::PayloadTooLarge,
            429 => Code::TooManyRequests,
            503 => Code::Overloaded,
            400..=499 => Code::InvalidInput,
            _ => Code::Internal,
        };
        Error::portal(
            code,
            crate::t!(
                "client-http-status",
                base = &self.base,
                status = status.to_string(),
                content_type = content_type
            ),
        )
    }

    fn json<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        retry: bool,
    ) -> Result<T> {
        self.answer(path, self.call(method, path, token, retry)?)
    }

    /// A call's answer as `T`, or the error it stands for.
    fn answer<T: DeserializeOwned>(&self, path: &str, (status, content_type, body): Answer) -> Result<T> {
        if !(200..300).contains(&status) {
            return Err(self.problem(status, &content_type, &body));
        }
        serde_json::from_slice(&body).map_err(|e| {
            Error::portal(
                Code::Internal,
                crate::t!("client-unexpected-json", base = &self.base, path = path, why = e.to_string()),
            )
        })
    }

    fn miscounted(&self, path: &str) -> Error {
        Error::portal(Code::Internal, crate::t!("client-miscounted", base = &self.base, path = path))
    }

    fn post<T: DeserializeOwned>(
        &self,
        path: &str,
        body: &impl Serialize,
        token: Option<&str>,
        retry: bool,
    ) -> Result<T> {
        self.json(Method::Post(&to_body(body)?), path, token, retry)
    }

    /// A bulk call (idempotent, so retried): `None` when the portal does not offer it.
    fn bulk<T: DeserializeOwned>(&self, path: &str, body: &impl Serialize, token: &str) -> Result<Option<T>> {
        use std::sync::atomic::Ordering::Relaxed;
        if self.no_bulk.load(Relaxed) {
            return Ok(None);
        }
        let answer = self.call(Method::Post(&to_body(body)?), path, Some(token), true)?;
        if matches!(answer.0, 404 | 405 | 501) {
            self.no_bulk.store(true, Relaxed);
            return Ok(None);
        }
        self.answer(path, answer).map(Some)
    }

    fn bytes(&self, path: &str) -> Result<Vec<u8>> {
        let (status, content_type, body) = self.call(Method::Get, path, None, true)?;
        if !(200..300).contains(&status) {
            return Err(self.problem(status, &content_type, &body));
        }
        Ok(body)
    }

    /// Every page of a list.
    fn all<T: DeserializeOwned>(&self, path: &str, query: &str, token: Option<&str>) -> Result<Vec<T>> {
        let mut items = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let mut url = format!("{path}?limit=1000{query}");
            if let Some(c) = &cursor {
                url.push_str(&format!("&cursor={}", encode(c)));
            }
            let page: Page<T> = self.json(Method::Get, &url, token, true)?;
            items.extend(page.items);
            match page.next_cursor {
                Some(next) => cursor = Some(next),
                None => return Ok(items),
            }
        }
    }
}

/// A call's status, content type and body.
type Answer = (u16, String, Vec<u8>);

fn to_body(body: &impl Serialize) -> Result<Vec<u8>> {
    serde_json::to_vec(body).map_err(|e| Error::document(crate::t!("portal-request-body"), e.to_string()))
}

/// The error that problem details stand for: the same code, and its detail as the message.
fn problem_error(problem: Problem) -> Error {
    Error::portal(Code::parse(&problem.code).unwrap_or(Code::Internal), problem.detail)
}

fn is_certificate_error(e: &ureq::Error) -> bool {
    let text = e.to_string();
    matches!(e, ureq::Error::Tls(_) | ureq::Error::Rustls(_))
        || text.contains("certificate")
        || text.contains("UnknownIssuer")
}

/// Percent-encodes a path segment or query value.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Backend for Http {
    fn name(&self) -> String {
        self.base.clone()
    }

    fn challenge(&self) -> Result<Challenge> {
        self.post("/v1/accounts/challenge", &serde_json::json!({}), None, false)
    }

    fn send_otp(&self, iin: &Iin) -> Result<OtpSent> {
        // Not retried: a lost answer would send a second code, and the first would stop working.
        self.post("/v1/accounts/otp", &OtpRequest { iin: iin.to_string() }, None, false)
    }

    fn register(&self, registration: &Registration) -> Result<Registered> {
        self.post("/v1/accounts", registration, None, false)
    }

    fn login(&self, iin: &Iin, password: &str) -> Result<NewSession> {
        let body = serde_json::json!({"iin": iin.to_string(), "password": password});
        self.post("/v1/sessions", &body, None, false)
    }

    fn logout(&self, token: &str) -> Result<()> {
        let (status, content_type, body) =
            self.call(Method::Delete, "/v1/sessions/current", Some(token), false)?;
        if (200..300).contains(&status) { Ok(()) } else { Err(self.problem(status, &content_type, &body)) }
    }

    fn me(&self, token: &str) -> Result<Me> {
        self.json(Method::Get, "/v1/me", Some(token), true)
    }

    fn orgs(&self, filter: &OrgFilter) -> Result<Vec<Org>> {
        let mut query = String::new();
        if let Some(r) = &filter.region {
            query.push_str(&format!("&region={}", encode(r)));
        }
        if let Some(s) = &filter.search {
            query.push_str(&format!("&search={}", encode(s)));
        }
        self.all("/v1/orgs", &query, None)
    }

    fn org(&self, id: &str) -> Result<Org> {
        self.json(Method::Get, &format!("/v1/orgs/{}", encode(id)), None, true)
    }

    fn person(&self, token: &str, iin: &Iin) -> Result<Person> {
        self.json(Method::Get, &format!("/v1/registry/people/{iin}"), Some(token), true)
    }

    fn submit(&self, token: &str, signed: &Jws) -> Result<Receipt> {
        // Idempotent by request_uuid: a retry after a lost answer returns the same receipt.
        self.post("/v1/requests", signed, Some(token), true)
    }

    fn people(&self, token: &str, iins: &[Iin]) -> Result<Option<Vec<Option<Person>>>> {
        let query = PeopleQuery { iins: iins.iter().map(Iin::to_string).collect() };
        let Some(found) = self.bulk::<PeopleFound>("/v1/batch/people", &query, token)? else {
            return Ok(None);
        };
        if found.people.len() != iins.len() {
            return Err(self.miscounted("/v1/batch/people"));
        }
        Ok(Some(found.people))
    }

    fn submit_all(&self, token: &str, signed: &[&Jws]) -> Result<Option<Vec<Result<Submitted>>>> {
        let body = Submissions { requests: signed.to_vec() };
        let Some(answer) = self.bulk::<SubmissionItems>("/v1/batch/requests", &body, token)? else {
            return Ok(None);
        };
        if answer.items.len() != signed.len() {
            return Err(self.miscounted("/v1/batch/requests"));
        }
        let answers = answer.items.into_iter().map(|item| match item {
            Submission { receipt: Some(receipt), outcome, .. } => Ok(Submitted { receipt, outcome }),
            Submission { problem: Some(problem), .. } => Err(problem_error(problem)),
            Submission { .. } => Err(self.miscounted("/v1/batch/requests")),
        });
        Ok(Some(answers.collect()))
    }

    fn requests(
        &self,
        token: &str,
        filter: &RequestFilter,
        limit: usize,
        cursor: Option<&str>,
    ) -> Result<Page<Status>> {
        let mut url = format!("/v1/requests?limit={limit}");
        let given = [
            ("state", &filter.state),
            ("since", &filter.since),
            ("iin", &filter.iin),
            ("org", &filter.org),
            ("cursor", &cursor.map(str::to_owned)),
        ];
        for (name, value) in given {
            if let Some(value) = value {
                url.push_str(&format!("&{name}={}", encode(value)));
            }
        }
        self.json(Method::Get, &url, Some(token), true)
    }

    fn status(&self, token: &str, request_id: &str) -> Result<Status> {
        self.json(Method::Get, &format!("/v1/requests/{}", encode(request_id)), Some(token), true)
    }

    fn result(&self, token: &str, request_id: &str) -> Result<Outcome> {
        self.json(Method::Get, &format!("/v1/requests/{}/result", encode(request_id)), Some(token), true)
    }

    fn ticket(&self, ticket_number: &str) -> Result<TicketRecord> {
        self.json(Method::Get, &format!("/v1/tickets/{}", encode(ticket_number)), None, true)
    }

    fn signed_ticket(&self, ticket_number: &str, signature: &str) -> Result<Jws> {
        let path = format!("/v1/tickets/{}/signed?signature={}", encode(ticket_number), encode(signature));
        self.json(Method::Get, &path, None, true)
    }

    fn certificate(&self, serial: &str) -> Result<String> {
        String::from_utf8(self.bytes(&format!("/v1/pki/certs/{}", encode(serial)))?).map_err(|_| {
            Error::portal(
                Code::Internal,
                format!("the portal at {} sent a certificate that is not PEM", self.base),
            )
        })
    }

    fn ca_pem(&self) -> Result<String> {
        String::from_utf8(self.bytes("/v1/pki/ca")?)
            .map_err(|_| Error::portal(Code::Internal, crate::t!("client-root-not-pem", base = &self.base)))
    }

    fn crl_der(&self) -> Result<Vec<u8>> {
        self.bytes("/v1/pki/crl")
    }

    fn test_identity(&self) -> Result<Option<TestIdentity>> {
        match self.post("/v1/test/identities", &serde_json::json!({}), None, false) {
            Ok(identity) => Ok(Some(identity)),
            Err(e) if e.code() == Code::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn root_crl_der(&self) -> Result<Vec<u8>> {
        self.bytes("/v1/pki/crl/root")
    }

    /// One attempt: a responder that does not answer at once leaves the check to a CRL.
    fn ocsp(&self, request: &[u8]) -> Result<Vec<u8>> {
        let method = Method::PostAs(request, crate::pki::ocsp::REQUEST_MEDIA);
        let (status, content_type, body) = self.call(method, "/v1/pki/ocsp", None, false)?;
        if !(200..300).contains(&status) {
            return Err(self.problem(status, &content_type, &body));
        }
        Ok(body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const URLS: &[(&str, bool, bool)] = &[
        ("https://portal.example.kz", false, true),
        ("http://127.0.0.1:8080", false, true),
        ("http://localhost:8080/", false, true),
        ("http://[::1]:8080", false, true),
        ("http://127.8.9.10", false, true),
        ("http://10.0.0.5:8080", false, false),
        ("http://10.0.0.5:8080", true, true),
        ("http://portal.example.kz", false, false),
        ("http://localhost.evil.kz", false, false),
        ("http://user@127.0.0.1:80", false, true),
        ("ftp://127.0.0.1", true, false),
    ];

    proptest::proptest! {
        /// A portal's problem details become the error of their `code`, with its exit status,
        /// whatever the HTTP status and detail; an answer that is not problem details is
        /// judged by its status (429 and 503 are worth retrying: exit 9).
        #[test]
        fn problems_map_to_the_exit_of_their_code(
            index in 0..Code::ALL.len(), status in 100u16..600, detail in "\\PC{0,40}", junk in "\\PC{0,20}",
        ) {
            let http = Http::new("http://127.0.0.1:1", None, false).expect("a loopback URL");
            let code = Code::ALL[index];
            let body = serde_json::json!({"type": "about:blank", "title": "t", "status": status,
                                          "detail": detail, "code": code.as_str()});
            let error = http.problem(status, "application/problem+json", body.to_string().as_bytes());
            proptest::prop_assert_eq!(error.code(), code);
            proptest::prop_assert_eq!(error.exit(), code.exit());
            let error = http.problem(status, "text/html", junk.as_bytes());
            let expected = match status {
                429 | 503 => crate::error::Exit::Unavailable,
                401 | 403 => crate::error::Exit::Auth,
                404 => crate::error::Exit::NotFound,
                400..=499 => crate::error::Exit::Usage,
                _ => crate::error::Exit::Failure,
            };
            proptest::prop_assert_eq!(error.exit(), expected, "HTTP {} {:?}", status, junk);
        }
    }

    #[test]
    fn clear_text_only_to_loopback() {
        for (url, insecure, ok) in URLS {
            assert_eq!(check_url(url, *insecure).is_ok(), *ok, "{url} insecure={insecure}");
        }
    }

    /// A portal that knows no route (as one with only SPEC section 6's would answer the bulk
    /// calls): each request answered 404, counted. It stops when `stop` is set and a last
    /// connection wakes it.
    fn portal_without_bulk_calls(
        count: Arc<std::sync::atomic::AtomicUsize>,
        stop: Arc<std::sync::atomic::AtomicBool>,
    ) -> std::net::SocketAddr {
        use std::io::{BufRead, Read, Write};
        use std::sync::atomic::Ordering::SeqCst;
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop.load(SeqCst) {
                    return;
                }
                let Ok(stream) = stream else { continue };
                let mut reader = std::io::BufReader::new(stream.try_clone().unwrap());
                let mut writer = stream;
                loop {
                    let mut length = 0;
                    let mut line = String::new();
                    let mut ended = false;
                    while reader.read_line(&mut line).unwrap_or(0) > 0 {
                        if line == "\r\n" {
                            ended = true;
                            break;
                        }
                        if let Some((name, value)) = line.split_once(':')
                            && name.eq_ignore_ascii_case("content-length")
                        {
                            length = value.trim().parse().unwrap_or(0);
                        }
                        line.clear();
                    }
                    if !ended {
                        break;
                    }
                    let mut body = vec![0; length];
                    let _ = reader.read_exact(&mut body);
                    count.fetch_add(1, SeqCst);
                    let problem = r#"{"type":"about:blank","title":"not found","status":404,"detail":"no such route","code":"not_found"}"#;
                    let answer = format!(
                        "HTTP/1.1 404 Not Found\r\ncontent-type: application/problem+json\r\ncontent-length: {}\r\n\r\n{problem}",
                        problem.len()
                    );
                    if writer.write_all(answer.as_bytes()).is_err() {
                        break;
                    }
                }
            }
        });
        addr
    }

    /// Against a portal without the bulk calls, the first one answers `None` (the caller then
    /// asks one by one) and the client does not ask again.
    #[test]
    fn a_portal_without_bulk_calls_is_asked_once() {
        use std::sync::atomic::Ordering::SeqCst;
        let count = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let addr = portal_without_bulk_calls(count.clone(), stop.clone());
        let http = Http::new(&format!("http://{addr}"), None, false).unwrap();
        let iin = Iin::parse("900101300453", time::macros::date!(2026 - 01 - 01)).unwrap();
        assert_eq!(http.people("token", &[iin]).unwrap(), None);
        assert_eq!(count.load(SeqCst), 1);
        let jws = Jws { protected: "p".into(), payload: "q".into(), signature: "s".into() };
        assert!(http.submit_all("token", &[&jws]).unwrap().is_none());
        assert_eq!(http.people("token", &[iin]).unwrap(), None);
        assert_eq!(count.load(SeqCst), 1, "the bulk calls were asked for again");
        // A single call still reaches it, and its 404 is an error as usual.
        assert_eq!(http.person("token", &iin).unwrap_err().code(), Code::NotFound);
        assert_eq!(count.load(SeqCst), 2);
        stop.store(true, SeqCst);
        let _ = std::net::TcpStream::connect(addr);
    }

    #[test]
    fn percent_encoding() {
        assert_eq!(encode("Ақтау 1"), "%D0%90%D2%9B%D1%82%D0%B0%D1%83%201");
        assert_eq!(encode("MNG-0001"), "MNG-0001");
    }
}
