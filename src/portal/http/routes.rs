//! The handlers of SPEC section 6 over the portal's service, and the middleware every request
//! passes: the access log, the body limit (the whole body is read before anything else), and
//! the caps on requests in flight, per peer and in all. Errors leave as RFC 9457 problem
//! details carrying the stable `code`.

use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, delete, get, post};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::openapi::ROUTES;
use super::{MAX_BODY, Peer, Shared, limits};
use crate::api::{
    Health, OrgFilter, OtpRequest, Page, PeopleFound, PeopleQuery, Problem, Registration, Submission,
    SubmissionItems, Submissions, Submitted,
};
use crate::clock;
use crate::domain::iin::Iin;
use crate::error::{Code, Error};
use crate::i18n::{self, Lang};
use crate::pki::jws::Jws;
use crate::portal::Portal;

/// The router, built from the table the OpenAPI description is built from: a route cannot be
/// served without being described.
pub fn router(shared: Arc<Shared>) -> Router {
    let mut router = Router::new();
    let mut paths: Vec<&str> = Vec::new();
    for route in ROUTES {
        if !paths.contains(&route.path) {
            paths.push(route.path);
        }
    }
    for path in paths {
        let mut methods = MethodRouter::new();
        for route in ROUTES.iter().filter(|r| r.path == path) {
            if let Some(handler) = handler(route.operation) {
                methods = methods.merge(handler);
            }
        }
        router = router.route(path, methods);
    }
    router
        .fallback(no_route)
        .method_not_allowed_fallback(wrong_method)
        .layer(from_fn_with_state(shared.clone(), in_flight))
        .layer(from_fn(body_limit))
        .layer(from_fn(language))
        .layer(from_fn(access_log))
        .with_state(shared)
}

/// The handler of an operation of [`ROUTES`], with its method.
fn handler(operation: &str) -> Option<MethodRouter<Arc<Shared>>> {
    Some(match operation {
        "health" => get(health),
        "register" => post(register),
        "challenge" => post(challenge),
        "sendOtp" => post(send_otp),
        "login" => post(login),
        "logout" => delete(logout),
        "me" => get(me),
        "orgs" => get(orgs),
        "org" => get(org),
        "person" => get(person),
        "submit" => post(submit),
        "lookupPeople" => post(people),
        "submitAll" => post(submit_all),
        "requests" => get(list),
        "status" => get(status),
        "result" => get(result),
        "ticket" => get(ticket),
        "signedTicket" => get(signed_ticket),
        "certificate" => get(certificate),
        "ca" => get(ca),
        "crl" => get(crl),
        "rootCrl" => get(root_crl),
        "issuingCa" => get(issuing_ca),
        "ocsp" => post(ocsp),
        "testIdentity" => post(test_identity),
        "openapi" => get(openapi),
        _ => return None,
    })
}

/// An error on its way out as problem details.
#[derive(Debug)]
pub enum ApiError {
    Failed(Error),
    /// The body did not arrive in time: 408.
    Timeout,
}

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        ApiError::Failed(e)
    }
}

/// How long a request's body may take to arrive once its headers have.
const BODY_READ_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

pub fn problem(code: Code, detail: String) -> Response {
    problem_with_status(code, code.http_status(), detail)
}

/// Problem details whose HTTP status is not the code's own (405, 408); the body says the same
/// status as the response.
pub fn problem_with_status(code: Code, status: u16, detail: String) -> Response {
    problem_response(problem_body(code, status, detail))
}

/// Problem details as a response: its status, its media type, and for a 401 the scheme.
fn problem_response(body: Problem) -> Response {
    let status = body.status;
    let mut response = (
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        serde_json::to_vec(&body).unwrap_or_default(),
    )
        .into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
    if status == 401 {
        // RFC 9110 15.5.2: a 401 names the scheme it wants.
        headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    response
}

/// The request's language (`Accept-Language`; English when it names none of ours) is the
/// language of everything done for it, and the response says which it is.
async fn language(request: Request, next: Next) -> Response {
    let lang = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or(Lang::En, Lang::from_accept_language);
    let mut response = i18n::scoped(lang, next.run(request)).await;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang.code()));
    headers.append(header::VARY, HeaderValue::from_static("Accept-Language"));
    response
}

pub(super) fn problem_body(code: Code, status: u16, detail: String) -> Problem {
    Problem {
        type_: format!("https://attach.kz/problems/{}", code.as_str()),
        title: code.as_str().replace('_', " "),
        status,
        detail,
        code: code.as_str().to_owned(),
    }
}

/// The problem details an error leaves as. The cause of an internal error (a path, a database
/// error) is for the operator's log, not the client.
fn problem_of(error: &Error) -> Problem {
    let code = error.code();
    if code == Code::Internal {
        eprintln!("attach: error: {}", crate::render::sanitize(&error.to_string()));
        return problem_body(code, code.http_status(), crate::t!("portal-internal"));
    }
    problem_body(code, code.http_status(), error.to_string())
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let error = match self {
            ApiError::Failed(error) => error,
            ApiError::Timeout => {
                return problem_with_status(
                    Code::InvalidInput,
                    408,
                    crate::t!("portal-body-timeout", seconds = BODY_READ_TIMEOUT.as_secs()),
                );
            }
        };
        problem_response(problem_of(&error))
    }
}

type Reply<T> = Result<T, ApiError>;

/// A slot among the database work running; past the cap, 503 `overloaded`.
fn work_permit(shared: &Shared) -> Reply<tokio::sync::OwnedSemaphorePermit> {
    shared
        .work
        .clone()
        .try_acquire_owned()
        .map_err(|_| ApiError::Failed(Error::portal(Code::Overloaded, crate::t!("portal-busy"))))
}

pub(super) async fn engine<T: Send + 'static>(
    shared: &Arc<Shared>,
    f: impl FnOnce(&mut Portal) -> crate::error::Result<T> + Send + 'static,
) -> Reply<T> {
    let shared = shared.clone();
    let permit = work_permit(&shared)?;
    // The words of the work (a check's detail, a refusal) are the request's language.
    let lang = i18n::current();
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        i18n::with(lang, || shared.pool.with(f))
    })
    .await
    .map_err(|e| ApiError::Failed(Error::Authority(format!("a worker failed: {e}"))))?
    .map_err(ApiError::Failed)
}

/// [`engine`] for work that mostly only reads a few rows (a status, a result, a ticket): done
/// at once on the thread that read the request, without the hand-over to a blocking thread
/// and back, which costs more than such a read. Work that wants to write after all (a
/// session's time stamp to refresh, a request whose decision is due) is done again by
/// [`engine`]; so is all work while no connection of the pool is idle.
async fn engine_read<T: Send + 'static>(
    shared: &Arc<Shared>,
    f: impl Fn(&mut Portal) -> crate::error::Result<T> + Clone + Send + 'static,
) -> Reply<T> {
    let permit = work_permit(shared)?;
    let done = shared.pool.reading_only(f.clone());
    drop(permit);
    match done {
        Some(out) => out.map_err(ApiError::Failed),
        None => engine(shared, f).await,
    }
}

fn bearer(headers: &HeaderMap) -> Reply<String> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        // The scheme's name is case-insensitive (RFC 9110, section 11.1).
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, t)| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .ok_or_else(|| ApiError::Failed(Error::portal(Code::Unauthenticated, crate::t!("portal-no-bearer"))))
}

fn too_large() -> ApiError {
    ApiError::Failed(Error::portal(
        Code::PayloadTooLarge,
        crate::t!("portal-body-too-large", kib = MAX_BODY / 1024),
    ))
}

/// A body as it arrives: at most [`MAX_BODY`] bytes, within [`BODY_READ_TIMEOUT`].
async fn read_body(body: Body) -> Reply<Bytes> {
    let read = tokio::time::timeout(BODY_READ_TIMEOUT, axum::body::to_bytes(body, MAX_BODY)).await;
    match read {
        Err(_) => Err(ApiError::Timeout),
        Ok(read) => read.map_err(|e| {
            let source = e.into_inner();
            if source.downcast_ref::<http_body_util::LengthLimitError>().is_some() {
                too_large()
            } else {
                ApiError::from(Error::input(
                    crate::t!("portal-request-body"),
                    crate::t!("portal-body-unread", why = source.to_string()),
                ))
            }
        }),
    }
}

/// The body as `T`: at most [`MAX_BODY`] bytes, then JSON. (It has arrived already: see
/// [`body_limit`].)
async fn read_json<T: DeserializeOwned>(body: Body) -> Reply<T> {
    let bytes = read_body(body).await?;
    crate::json::from_slice(&bytes).map_err(|e| {
        let reason = match e {
            crate::json::Strictness::Syntax(e) => crate::t!("portal-body-not-json", why = e.to_string()),
            duplicate => duplicate.to_string(),
        };
        ApiError::Failed(Error::input(crate::t!("portal-request-body"), reason))
    })
}

pub(super) fn json<T: serde::Serialize>(status: StatusCode, value: &T) -> Response {
    (status, axum::Json(value)).into_response()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ListQuery {
    limit: Option<usize>,
    cursor: Option<String>,
    region: Option<String>,
    search: Option<String>,
    state: Option<String>,
    since: Option<String>,
    iin: Option<String>,
    org: Option<String>,
}

const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 1000;

fn page<T>(items: Vec<T>, query: &ListQuery) -> Reply<Page<T>> {
    let start = match &query.cursor {
        Some(c) => c.parse::<usize>().map_err(|_| {
            ApiError::Failed(Error::input("cursor", crate::t!("portal-bad-cursor", cursor = c)))
        })?,
        None => 0,
    };
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT);
    let total = items.len();
    let end = start.saturating_add(limit).min(total);
    let items: Vec<T> = items.into_iter().skip(start).take(end.saturating_sub(start)).collect();
    Ok(Page { items, next_cursor: (end < total).then(|| end.to_string()) })
}

fn query(q: Result<Query<ListQuery>, QueryRejection>) -> Reply<ListQuery> {
    q.map(|Query(q)| q).map_err(|e| ApiError::Failed(Error::input("query", e.body_text())))
}

async fn health() -> Response {
    json(StatusCode::OK, &Health { status: "ok".into(), version: env!("CARGO_PKG_VERSION").into() })
}

/// The peer a request came from (none in the router's own tests).
fn peer(request: &Request) -> Option<std::net::IpAddr> {
    request.extensions().get::<Peer>().map(|p| limits::peer_of(p.0))
}

async fn register(State(s): State<Arc<Shared>>, request: Request) -> Reply<Response> {
    if let Some(refused) = limits::registration(&s, peer(&request)) {
        return Ok(refused);
    }
    let registration: Registration = read_json(request.into_body()).await?;
    let out = engine(&s, move |p| p.register(&registration)).await?;
    Ok(json(StatusCode::CREATED, &out))
}

/// A nonce to sign for a registration; the body, if any, is not read.
async fn challenge(State(s): State<Arc<Shared>>) -> Reply<Response> {
    let out = engine(&s, move |p| p.challenge()).await?;
    Ok(json(StatusCode::CREATED, &out))
}

/// A one-time code to the phone on record; the same answer for every valid IIN.
async fn send_otp(State(s): State<Arc<Shared>>, body: Body) -> Reply<Response> {
    let request: OtpRequest = read_json(body).await?;
    let iin = Iin::parse(&request.iin, clock::today())
        .map_err(|reason| ApiError::Failed(Error::InvalidIin { iin: request.iin.clone(), reason }))?;
    let out = engine(&s, move |p| p.send_otp(&iin)).await?;
    Ok(json(StatusCode::ACCEPTED, &out))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Credentials {
    iin: String,
    password: String,
}

async fn login(State(s): State<Arc<Shared>>, request: Request) -> Reply<Response> {
    let peer = peer(&request);
    let credentials: Credentials = read_json(request.into_body()).await?;
    let iin = Iin::parse(&credentials.iin, clock::today())
        .map_err(|reason| ApiError::Failed(Error::InvalidIin { iin: credentials.iin.clone(), reason }))?;
    limits::login(&s, peer, iin, credentials.password).await
}

async fn logout(State(s): State<Arc<Shared>>, headers: HeaderMap) -> Reply<Response> {
    let token = bearer(&headers)?;
    engine(&s, move |p| p.logout(&token)).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn me(State(s): State<Arc<Shared>>, headers: HeaderMap) -> Reply<Response> {
    let token = bearer(&headers)?;
    Ok(json(StatusCode::OK, &engine_read(&s, move |p| p.me(&token)).await?))
}

async fn orgs(State(s): State<Arc<Shared>>, q: Result<Query<ListQuery>, QueryRejection>) -> Reply<Response> {
    let q = query(q)?;
    let filter = OrgFilter { region: q.region.clone(), search: q.search.clone() };
    let all = engine(&s, move |p| p.orgs(&filter)).await?;
    Ok(json(StatusCode::OK, &page(all, &q)?))
}

async fn org(State(s): State<Arc<Shared>>, Path(id): Path<String>) -> Reply<Response> {
    Ok(json(StatusCode::OK, &engine_read(&s, move |p| p.org(&id)).await?))
}

async fn person(
    State(s): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(iin): Path<String>,
) -> Reply<Response> {
    let token = bearer(&headers)?;
    let iin = Iin::parse(&iin, clock::today())
        .map_err(|reason| ApiError::Failed(Error::InvalidIin { iin, reason }))?;
    Ok(json(StatusCode::OK, &engine_read(&s, move |p| p.person(&token, &iin)).await?))
}

async fn submit(State(s): State<Arc<Shared>>, headers: HeaderMap, body: Body) -> Reply<Response> {
    // The body first: an oversized one is refused before anything else is done.
    let signed: Jws = read_json(body).await?;
    let token = bearer(&headers)?;
    Ok(json(StatusCode::OK, &engine(&s, move |p| p.submit(&token, &signed)).await?))
}

async fn people(State(s): State<Arc<Shared>>, headers: HeaderMap, body: Body) -> Reply<Response> {
    let query: PeopleQuery = read_json(body).await?;
    let token = bearer(&headers)?;
    let iins = query
        .iins
        .into_iter()
        .map(|iin| Iin::parse(&iin, clock::today()).map_err(|reason| Error::InvalidIin { iin, reason }))
        .collect::<crate::error::Result<Vec<_>>>()?;
    let people = engine(&s, move |p| p.people(&token, &iins)).await?;
    Ok(json(StatusCode::OK, &PeopleFound { people }))
}

async fn submit_all(State(s): State<Arc<Shared>>, headers: HeaderMap, body: Body) -> Reply<Response> {
    let submissions: Submissions = read_json(body).await?;
    let token = bearer(&headers)?;
    let answers = engine(&s, move |p| p.submit_all(&token, &submissions.requests)).await?;
    let items: Vec<Submission> = answers
        .into_iter()
        .map(|answer| match answer {
            Ok(Submitted { receipt, outcome }) => {
                Submission { receipt: Some(receipt), outcome, problem: None }
            }
            Err(e) => Submission { receipt: None, outcome: None, problem: Some(problem_of(&e)) },
        })
        .collect();
    Ok(json(StatusCode::OK, &SubmissionItems { items }))
}

async fn list(
    State(s): State<Arc<Shared>>,
    headers: HeaderMap,
    q: Result<Query<ListQuery>, QueryRejection>,
) -> Reply<Response> {
    let q = query(q)?;
    let token = bearer(&headers)?;
    // Paged in the database, a page at a time: a list of a million requests is read in
    // constant memory by the server and by the client.
    let filter = crate::api::RequestFilter { state: q.state, since: q.since, iin: q.iin, org: q.org };
    let limit = q.limit.unwrap_or(DEFAULT_LIMIT);
    let cursor = q.cursor;
    let page = engine(&s, move |p| p.requests(&token, &filter, limit, cursor.as_deref())).await?;
    Ok(json(StatusCode::OK, &page))
}

async fn status(State(s): State<Arc<Shared>>, headers: HeaderMap, Path(id): Path<String>) -> Reply<Response> {
    let token = bearer(&headers)?;
    Ok(json(StatusCode::OK, &engine_read(&s, move |p| p.status(&token, &id)).await?))
}

async fn result(State(s): State<Arc<Shared>>, headers: HeaderMap, Path(id): Path<String>) -> Reply<Response> {
    let token = bearer(&headers)?;
    Ok(json(StatusCode::OK, &engine_read(&s, move |p| p.result(&token, &id)).await?))
}

async fn ticket(State(s): State<Arc<Shared>>, Path(number): Path<String>) -> Reply<Response> {
    Ok(json(StatusCode::OK, &engine_read(&s, move |p| p.ticket(&number)).await?))
}

/// `?signature=`: the base64url signature a printed ticket's QR code carries.
#[derive(Debug, Deserialize)]
struct SignatureQuery {
    signature: String,
}

async fn signed_ticket(
    State(s): State<Arc<Shared>>,
    Path(number): Path<String>,
    q: Result<Query<SignatureQuery>, QueryRejection>,
) -> Reply<Response> {
    let Query(q) = q.map_err(|e| ApiError::Failed(Error::input("query", e.body_text())))?;
    Ok(json(StatusCode::OK, &engine(&s, move |p| p.signed_ticket(&number, &q.signature)).await?))
}

async fn certificate(State(s): State<Arc<Shared>>, Path(serial): Path<String>) -> Reply<Response> {
    let pem = engine(&s, move |p| p.certificate(&serial)).await?;
    Ok(([(header::CONTENT_TYPE, "application/x-pem-file")], pem).into_response())
}

async fn ca(State(s): State<Arc<Shared>>) -> Reply<Response> {
    let pem = engine(&s, |p| p.ca_pem()).await?;
    Ok(([(header::CONTENT_TYPE, "application/x-pem-file")], pem).into_response())
}

async fn crl(State(s): State<Arc<Shared>>) -> Reply<Response> {
    let der = engine(&s, |p| p.crl_der()).await?;
    Ok(([(header::CONTENT_TYPE, "application/pkix-crl")], Bytes::from(der)).into_response())
}

async fn root_crl(State(s): State<Arc<Shared>>) -> Reply<Response> {
    let der = engine(&s, |p| p.root_crl_der()).await?;
    Ok(([(header::CONTENT_TYPE, "application/pkix-crl")], Bytes::from(der)).into_response())
}

async fn issuing_ca(State(s): State<Arc<Shared>>) -> Reply<Response> {
    let der = engine(&s, |p| p.issuing_der()).await?;
    Ok(([(header::CONTENT_TYPE, "application/pkix-cert")], Bytes::from(der)).into_response())
}

/// RFC 6960 appendix A.1: a DER request in, a DER response out, 200 whatever the status the
/// response carries (a malformed request is answered `malformedRequest`, not with a problem).
async fn ocsp(State(s): State<Arc<Shared>>, body: Body) -> Reply<Response> {
    let request = read_body(body).await?.to_vec();
    let der = engine(&s, move |p| p.ocsp(&request)).await?;
    Ok(([(header::CONTENT_TYPE, crate::pki::ocsp::RESPONSE_MEDIA)], Bytes::from(der)).into_response())
}

async fn test_identity(State(s): State<Arc<Shared>>) -> Reply<Response> {
    if !s.allow_test_identities {
        return Ok(no_route().await);
    }
    Ok(json(StatusCode::CREATED, &engine(&s, |p| p.test_identity()).await?))
}

async fn openapi() -> Response {
    json(StatusCode::OK, &super::openapi::document())
}

async fn no_route() -> Response {
    problem(Code::NotFound, crate::t!("portal-no-route"))
}

async fn wrong_method() -> Response {
    problem_with_status(Code::InvalidInput, 405, crate::t!("portal-wrong-method"))
}

/// 413 for a declared length over the limit, before authentication or parsing; a body
/// without a declared length is cut at the limit. The whole body is read here, before the
/// request takes a slot among those in flight: a body on its way holds nothing but its own
/// socket, however slowly it comes (and 408 once it has taken too long).
async fn body_limit(request: Request, next: Next) -> Response {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY as u64) {
        return too_large().into_response();
    }
    // Most requests (the GETs) have no body to wait for.
    if axum::body::HttpBody::is_end_stream(request.body()) {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    match read_body(body).await {
        Ok(bytes) => next.run(Request::from_parts(parts, Body::from(bytes))).await,
        Err(e) => e.into_response(),
    }
}

/// 429 `too_many_requests` past a peer's share of the requests in flight, 503 `overloaded`
/// past the cap on all of them. Health answers whatever the load: it reads no database and
/// holds nothing.
async fn in_flight(State(s): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    if request.uri().path() == "/v1/health" {
        return next.run(request).await;
    }
    let _peer_slot = match peer(&request) {
        Some(peer) => match limits::in_flight_of(&s, peer) {
            Some(slot) => Some(slot),
            None => return limits::busy_peer(),
        },
        None => None,
    };
    let Ok(permit) = s.in_flight.clone().try_acquire_owned() else {
        let mut response = problem(Code::Overloaded, crate::t!("portal-busy"));
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        return response;
    };
    let response = next.run(request).await;
    drop(permit);
    response
}

/// One line per request on stderr: when, who, what, how it ended, how long it took. Never a
/// header, a query or a body, so never a token or a password.
async fn access_log(request: Request, next: Next) -> Response {
    let mut entry = AccessLine {
        started: Instant::now(),
        method: request.method().clone(),
        path: request.uri().path().to_owned(),
        peer: request.extensions().get::<Peer>().map(|p| p.0),
        // Until a response exists: 499, a client that left before its answer.
        status: 499,
    };
    let response = next.run(request).await;
    entry.status = response.status().as_u16();
    response
}

/// The access-log line of one request, written when the request ends — also when its client
/// leaves first and the request's future is dropped.
struct AccessLine {
    started: Instant,
    method: axum::http::Method,
    path: String,
    peer: Option<std::net::SocketAddr>,
    status: u16,
}

/// The fields of an access-log line, in their order (by name, as they always were).
#[derive(serde::Serialize)]
struct AccessFields<'a> {
    at: String,
    method: &'a str,
    ms: f64,
    path: &'a str,
    peer: Option<String>,
    status: u16,
}

impl Drop for AccessLine {
    fn drop(&mut self) {
        let fields = AccessFields {
            at: clock::rfc3339(clock::now()),
            method: self.method.as_str(),
            ms: (self.started.elapsed().as_secs_f64() * 10_000.0).round() / 10.0,
            path: &self.path,
            peer: self.peer.map(|p| p.to_string()),
            status: self.status,
        };
        // One write, so that lines of concurrent requests never interleave.
        let mut text = serde_json::to_vec(&fields).unwrap_or_default();
        text.push(b'\n');
        let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), &text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower::ServiceExt;

    fn shared(home: &std::path::Path) -> Arc<Shared> {
        let portal = Portal::open_or_init(home).expect("a portal");
        let settings = crate::portal::settings::Settings::load(portal.store.conn()).expect("settings");
        Arc::new(Shared {
            guard: limits::Guard::new(&settings),
            pool: super::super::Pool::new(home, portal),
            allow_test_identities: false,
            in_flight: Arc::new(tokio::sync::Semaphore::new(8)),
            work: Arc::new(tokio::sync::Semaphore::new(8)),
            max_in_flight: 8,
        })
    }

    async fn send(router: &Router, method: &str, path: &str) -> (StatusCode, serde_json::Value) {
        let request = Request::builder().method(method).uri(path).body(Body::empty()).expect("a request");
        let response = router.clone().oneshot(request).await.expect("infallible");
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 20).await.expect("a body");
        (status, serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null))
    }

    /// Every operation of the description has a handler, answers on its path and method, and
    /// the router serves nothing else.
    #[tokio::test]
    async fn the_description_and_the_router_agree() {
        let dir = std::env::temp_dir().join(format!("attach-routes-{}", std::process::id()));
        let router = router(shared(&dir));
        for route in ROUTES {
            assert!(handler(route.operation).is_some(), "no handler for {}", route.operation);
            let path = route.path.replace(['{', '}'], "");
            let (status, body) = send(&router, &route.method.to_uppercase(), &path).await;
            assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "{} {}", route.method, route.path);
            let fallback = body["detail"].as_str().is_some_and(|d| d.starts_with("no such route"));
            // The test-identity route answers as absent while the server does not offer it.
            if route.operation != "testIdentity" {
                assert!(!fallback, "{} {} is described but not served", route.method, route.path);
            }
        }
        let (status, body) = send(&router, "GET", "/v1/nothing-here").await;
        assert_eq!((status, body["code"].as_str()), (StatusCode::NOT_FOUND, Some("not_found")));
        let (status, body) = send(&router, "PUT", "/v1/health").await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(body["code"], "invalid_input");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn every_path_of_the_description_is_a_route() {
        let doc = super::super::openapi::document();
        assert_eq!(doc["openapi"], "3.1.0");
        let paths = doc["paths"].as_object().expect("paths");
        for route in ROUTES {
            assert!(paths[route.path][route.method]["operationId"] == route.operation, "{}", route.path);
        }
        let described: usize = paths.values().map(|p| p.as_object().map_or(0, |m| m.len())).sum();
        assert_eq!(described, ROUTES.len());
    }
}
