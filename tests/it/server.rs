//! `attach portal serve` on the wire (SPEC section 6) and its client under stress: the
//! OpenAPI description and the routes it lists, problem details for every error and never a
//! 5xx, the 64 KiB body limit, tokens and sessions, object-level authorization, half-open
//! connections, a submission whose answer is lost, a shutdown with submissions in flight,
//! HTTPS with the portal's own authority, `smoke --portal`, and a portal that is not there.

use std::collections::BTreeSet;
use std::io::{BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use attach::domain::document::Kind;
use serde_json::json;

use crate::fixture::{Identity, forge, now, rfc3339};
use crate::home::{CITIZEN, Home, OPERATOR, PASSWORD, ZHANAOZEN};
use crate::util::{
    Attach, Outcome, PersonRow, Receipt, RequestStatus, SmokeReport, Stats, Verdict, example_json,
};
use crate::wire::{Message, Request, get, read_message};

/// The server's address.
pub fn addr(home: &Home) -> SocketAddr {
    home.with_server(|s| s.addr)
}

/// Registers `iin` and logs in through the API, the one-time code from the portal's outbox as
/// the proof of identity; returns the bearer token.
fn token(home: &Home, iin: &str) -> String {
    let addr = addr(home);
    let sent = Request::new("POST", "/v1/accounts/otp").json(&json!({"iin": iin})).send(addr);
    assert_eq!(sent.status(), 202, "{}", sent.text());
    let proof = json!({"otp": home.otp_code(iin)});
    let registered = Request::new("POST", "/v1/accounts")
        .json(&json!({"iin": iin, "password": PASSWORD, "proof": proof}))
        .send(addr);
    assert_eq!(registered.status(), 201, "{}", registered.text());
    let session =
        Request::new("POST", "/v1/sessions").json(&json!({"iin": iin, "password": PASSWORD})).send(addr);
    assert_eq!(session.status(), 201, "{}", session.text());
    let token = session.json()["token"].as_str().expect("a token").to_owned();
    assert!(token.len() >= 32);
    token
}

/// A citizen's request for MNG-0001, as `attach request` fills it, with its own idempotency key.
fn request_document(n: usize) -> serde_json::Value {
    let mut request = example_json("request.json");
    request["created_at"] = json!(rfc3339(now()));
    request["request_uuid"] =
        json!(format!("{:08x}-{:04x}-4000-8000-{:012x}", std::process::id(), n % 0xffff, n));
    request
}

/// No response the server gave (per its access log) was a 5xx.
fn assert_no_5xx(home: &Home) {
    let log = home.with_server(|s| s.access_log());
    assert!(!log.is_empty(), "the server logged no request");
    let failed: Vec<&serde_json::Value> =
        log.iter().filter(|l| l["status"].as_u64().unwrap_or(0) >= 500).collect();
    assert!(failed.is_empty(), "5xx answers: {failed:#?}");
}

/// The routes of the SPEC section 6 table, path parameters written `{}`.
const SPEC_ROUTES: [(&str, &str); 15] = [
    ("get", "/v1/health"),
    ("post", "/v1/accounts"),
    ("post", "/v1/sessions"),
    ("delete", "/v1/sessions/current"),
    ("get", "/v1/me"),
    ("get", "/v1/orgs"),
    ("get", "/v1/orgs/{}"),
    ("get", "/v1/registry/people/{}"),
    ("post", "/v1/requests"),
    ("get", "/v1/requests"),
    ("get", "/v1/requests/{}"),
    ("get", "/v1/requests/{}/result"),
    ("get", "/v1/tickets/{}"),
    ("get", "/v1/pki/ca"),
    ("get", "/v1/pki/crl"),
];

/// `/v1/orgs/{id}` → `/v1/orgs/{}`.
fn shape(path: &str) -> String {
    let mut out = String::new();
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                out.push('{');
            }
            '}' => {
                in_param = false;
                out.push('}');
            }
            _ if in_param => {}
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn the_description_is_openapi_3_1_and_every_route_it_lists_is_served() {
    let home = Home::new();
    home.serve(&["--allow-test-identities"]);
    let addr = addr(&home);
    let me = home.citizen(CITIZEN);
    let receipt = home.apply(&me, "MNG-0001", "first_attachment");
    let token = token(&home, OPERATOR);

    let response = get(addr, "/openapi.json", None);
    assert_eq!(response.status(), 200);
    assert!(
        response.header("content-type").is_some_and(|t| t.starts_with("application/json")),
        "{response:?}"
    );
    let doc = response.json();
    assert_eq!(doc["openapi"], "3.1.0");
    assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string(), "{doc:#}");
    let paths = doc["paths"].as_object().expect("paths");
    let mut described: Vec<(String, String)> = Vec::new();
    for (path, item) in paths {
        for method in item.as_object().expect("a path item").keys() {
            if ["get", "post", "put", "delete", "patch", "head", "options"].contains(&method.as_str()) {
                described.push((method.clone(), path.clone()));
            }
        }
    }
    let shapes: BTreeSet<(String, String)> = described.iter().map(|(m, p)| (m.clone(), shape(p))).collect();
    for (method, path) in SPEC_ROUTES {
        assert!(shapes.contains(&(method.into(), path.into())), "{method} {path} is not described");
    }
    assert!(shapes.contains(&("get".into(), "/openapi.json".into())));

    // Each described operation answers on its path — logged in, with real identifiers — with
    // something other than the fallback; the logout goes last.
    described.sort_by_key(|(m, _)| m == "delete");
    for (method, path) in &described {
        let concrete = path
            .replace("{id}", &receipt.request_id)
            .replace("{iin}", CITIZEN)
            .replace("{number}", "T-MNG-0001-000001")
            .replace("{ticket_number}", "T-MNG-0001-000001")
            .replace("{serial}", "01");
        let concrete =
            if concrete.starts_with("/v1/orgs/{") { "/v1/orgs/MNG-0001".to_owned() } else { concrete };
        assert!(!concrete.contains('{'), "an unknown path parameter in {path}");
        let mut request = Request::new(&method.to_uppercase(), &concrete).bearer(&token);
        if method == "post" {
            request = request.json(&json!({}));
        }
        let response = request.send(addr);
        let what = format!("{method} {concrete}: {} {}", response.start, response.text());
        assert!(response.status() < 500, "{what}");
        assert_ne!(response.status(), 405, "{what}");
        if response.status() >= 400 {
            let problem = response.json();
            let code = problem["code"].as_str().unwrap_or_else(|| panic!("no code: {what}")).to_owned();
            response.assert_problem(response.status(), &code);
            let fallback = problem["detail"].as_str().is_some_and(|d| d.starts_with("no such route"));
            assert!(!fallback, "described but not served: {what}");
        }
    }

    // The trust anchor as PEM, the CRL as DER, as distribution points serve them.
    let ca = get(addr, "/v1/pki/ca", None);
    assert_eq!(ca.status(), 200);
    assert!(ca.text().starts_with("-----BEGIN CERTIFICATE-----"), "{}", ca.text());
    let crl = get(addr, "/v1/pki/crl", None);
    assert_eq!((crl.status(), crl.header("content-type")), (200, Some("application/pkix-crl")));
    assert_eq!(crl.body.first(), Some(&0x30), "a DER SEQUENCE");
    assert_no_5xx(&home);
}

#[test]
fn a_body_over_64_kib_is_refused_with_413_before_anything_else() {
    let home = Home::served();
    let addr = addr(&home);
    let token = token(&home, CITIZEN);
    // 300 KiB of a JSON string: well-formed, but too large.
    let big = format!("{{\"protected\": \"{}\"}}", "A".repeat(300 * 1024)).into_bytes();
    for path in ["/v1/requests", "/v1/sessions", "/v1/accounts"] {
        let plain = Request::new("POST", path).bearer(&token).body(big.clone());
        plain.clone().send(addr).assert_problem(413, "payload_too_large");
        plain.chunked().send(addr).assert_problem(413, "payload_too_large");
    }
    // Before authentication: no token, and still 413 rather than 401.
    let anonymous = Request::new("POST", "/v1/requests").body(big.clone());
    anonymous.clone().send(addr).assert_problem(413, "payload_too_large");
    anonymous.chunked().send(addr).assert_problem(413, "payload_too_large");
    // Control: a body just under the limit is read (and refused for what it is).
    let small = Request::new("POST", "/v1/requests").bearer(&token).body(b"{\"protected\": ".to_vec());
    small.send(addr).assert_problem(400, "invalid_input");
    assert_no_5xx(&home);
}

#[test]
fn malformed_json_is_a_400_problem() {
    let home = Home::served();
    let addr = addr(&home);
    let token = token(&home, CITIZEN);
    for (path, body) in [
        ("/v1/requests", &b"{not json"[..]),
        ("/v1/requests", b"[1, 2, 3]"),
        ("/v1/requests", b""),
        ("/v1/sessions", b"{\"iin\": 900101300453}"),
        ("/v1/accounts", b"{\"iin\": \"900101300453\""),
    ] {
        let response = Request::new("POST", path).bearer(&token).body(body.to_vec()).send(addr);
        response.assert_problem(400, "invalid_input");
    }
    assert_no_5xx(&home);
}

#[test]
fn an_unknown_route_is_a_404_problem() {
    let home = Home::served();
    let addr = addr(&home);
    for (method, path) in
        [("GET", "/v1/nothing-here"), ("POST", "/v2/requests"), ("GET", "/"), ("DELETE", "/v1")]
    {
        let problem = Request::new(method, path).send(addr).assert_problem(404, "not_found");
        assert!(problem.detail.starts_with("no such route"), "{problem:?}");
    }
    // Without --allow-test-identities the test route is absent, like any other.
    let problem = Request::new("POST", "/v1/test/identities")
        .json(&json!({}))
        .send(addr)
        .assert_problem(404, "not_found");
    assert!(problem.detail.starts_with("no such route"), "{problem:?}");
    assert_no_5xx(&home);
}

#[test]
fn a_wrong_method_is_a_405_problem() {
    let home = Home::served();
    let addr = addr(&home);
    for (method, path) in [("PUT", "/v1/health"), ("DELETE", "/v1/orgs"), ("GET", "/v1/sessions")] {
        let response = Request::new(method, path).send(addr);
        assert_eq!(response.status(), 405, "{method} {path}: {}", response.text());
        assert_eq!(response.header("content-type"), Some("application/problem+json"));
        assert_eq!(response.json()["code"], "invalid_input");
        assert!(response.header("allow").is_some(), "405 names the allowed methods: {response:?}");
    }
    assert_no_5xx(&home);
}

/// RFC 9457 section 3.1.3: the problem's `status` is the HTTP status of the response.
#[test]
fn a_wrong_method_problem_says_405_in_its_body() {
    let home = Home::served();
    Request::new("PUT", "/v1/health").send(addr(&home)).assert_problem(405, "invalid_input");
}

#[test]
fn a_missing_or_unknown_token_is_401_unauthenticated() {
    let home = Home::served();
    let addr = addr(&home);
    let token = token(&home, CITIZEN);
    for path in ["/v1/me", "/v1/requests", "/v1/requests/R-000001", "/v1/registry/people/900101300453"] {
        get(addr, path, None).assert_problem(401, "unauthenticated");
        get(addr, path, Some("not-a-token-this-portal-gave-0123456789"))
            .assert_problem(401, "unauthenticated");
    }
    let bare = Request::new("GET", "/v1/me").header("Authorization", "Basic dXNlcjpwYXNz").send(addr);
    bare.assert_problem(401, "unauthenticated");
    let submit =
        Request::new("POST", "/v1/requests").json(&json!({"protected": "", "payload": "", "signature": ""}));
    submit.send(addr).assert_problem(401, "unauthenticated");
    Request::new("DELETE", "/v1/sessions/current").send(addr).assert_problem(401, "unauthenticated");
    // Control: the token this portal gave.
    let me = get(addr, "/v1/me", Some(&token));
    assert_eq!(me.status(), 200, "{}", me.text());
    assert_eq!(me.json()["iin"], CITIZEN);
    // After logout the token is worthless.
    let out = Request::new("DELETE", "/v1/sessions/current").bearer(&token).send(addr);
    assert_eq!(out.status(), 204);
    get(addr, "/v1/me", Some(&token)).assert_problem(401, "unauthenticated");
    assert_no_5xx(&home);
}

#[test]
fn an_idle_session_is_401_session_expired() {
    let home = Home::served();
    let addr = addr(&home);
    let token = token(&home, CITIZEN);
    assert_eq!(get(addr, "/v1/requests", Some(&token)).status(), 200, "control: alive");
    home.setting("session_idle", "1s");
    // Session times have whole seconds: two of them are surely more than one.
    std::thread::sleep(Duration::from_millis(2100));
    get(addr, "/v1/requests", Some(&token)).assert_problem(401, "session_expired");
    // And every time after: an expired session stays `session_expired` until the next login,
    // instead of turning into an unknown token (`unauthenticated`).
    get(addr, "/v1/me", Some(&token)).assert_problem(401, "session_expired");
    get(addr, "/v1/requests", Some(&token)).assert_problem(401, "session_expired");
    assert_no_5xx(&home);
}

#[test]
fn another_persons_request_is_404_like_one_that_does_not_exist() {
    let home = Home::served();
    let addr = addr(&home);
    let me = home.citizen(CITIZEN);
    let receipt = home.apply(&me, "MNG-0001", "first_attachment");
    let other = token(&home, OPERATOR);
    let missing = "R-999999";
    for suffix in ["", "/result"] {
        let theirs = get(addr, &format!("/v1/requests/{}{suffix}", receipt.request_id), Some(&other));
        let none = get(addr, &format!("/v1/requests/{missing}{suffix}"), Some(&other));
        let a = theirs.assert_problem(404, "not_found");
        let b = none.assert_problem(404, "not_found");
        assert_eq!(a.detail.replace(&receipt.request_id, "ID"), b.detail.replace(missing, "ID"));
        assert_eq!((a.type_, a.title), (b.type_, b.title));
        assert_eq!(theirs.headers.len(), none.headers.len(), "{theirs:?}\n{none:?}");
    }
    let listed = get(addr, "/v1/requests", Some(&other));
    assert_eq!(listed.status(), 200);
    assert_eq!(listed.json()["items"], json!([]), "{}", listed.text());
    // Control: the applicant's own token sees it.
    let mine = token_of_login(&home, CITIZEN);
    assert_eq!(get(addr, &format!("/v1/requests/{}", receipt.request_id), Some(&mine)).status(), 200);
    assert_no_5xx(&home);
}

/// Logs a registered person in through the API.
pub fn token_of_login(home: &Home, iin: &str) -> String {
    let session = Request::new("POST", "/v1/sessions")
        .json(&json!({"iin": iin, "password": PASSWORD}))
        .send(addr(home));
    assert_eq!(session.status(), 201, "{}", session.text());
    session.json()["token"].as_str().expect("a token").to_owned()
}

/// `POST path` with a JSON body and an optional token.
pub fn post(addr: SocketAddr, path: &str, body: Vec<u8>, token: Option<&str>) -> Message {
    let mut request = Request::new("POST", path).body(body);
    if let Some(token) = token {
        request = request.bearer(token);
    }
    request.send(addr)
}

/// Regression: the portal registered a phone "abc;DROP", one of 5,000 characters and a 60 KB
/// e-mail address sent straight to the API; it applies the client's rules itself.
#[test]
fn registration_applies_the_field_rules_on_the_portal() {
    let home = Home::served();
    let addr = addr(&home);
    let cases = [
        ("phone", json!("abc;DROP")),
        ("phone", json!("7".repeat(5000))),
        ("email", json!(format!("{}@example.kz", "a".repeat(60_000)))),
        ("email", json!("no-at-sign")),
    ];
    for (field, value) in cases {
        let mut body = json!({"iin": OPERATOR, "password": PASSWORD});
        body[field] = value;
        let answer = post(addr, "/v1/accounts", body.to_string().into_bytes(), None);
        answer.assert_problem(400, "invalid_input");
        let detail = answer.json()["detail"].as_str().unwrap_or_default().to_owned();
        assert!(detail.starts_with(field) && detail.len() < 300, "{detail}");
    }
    // Control: a phone and an e-mail that fit pass on to the proof of identity, absent here.
    let fine = json!({"iin": OPERATOR, "password": PASSWORD, "phone": "+77012345678", "email": "a@b.kz"});
    let answer = post(addr, "/v1/accounts", fine.to_string().into_bytes(), None);
    answer.assert_problem(400, "invalid_input");
    assert!(answer.json()["detail"].as_str().is_some_and(|d| d.starts_with("proof")), "{}", answer.text());
}

/// The HTTP statuses of SPEC section 3's table and the shapes of section 6, on the wire.
#[test]
fn answers_have_the_statuses_and_shapes_of_the_spec() {
    let home = Home::served();
    let addr = addr(&home);
    home.setting("processing_delay", "1h");
    home.setting("lockout_failures", "2");

    // Accounts and sessions. Without a proof of identity, every valid IIN gets one answer.
    let nobody = json!({"iin": "880202300013", "password": PASSWORD}).to_string().into_bytes();
    post(addr, "/v1/accounts", nobody, None).assert_problem(400, "invalid_input");
    let invalid = json!({"iin": "880202300014", "password": PASSWORD}).to_string().into_bytes();
    post(addr, "/v1/accounts", invalid.clone(), None).assert_problem(400, "invalid_iin");
    let token = token(&home, CITIZEN);
    let again = json!({"iin": CITIZEN, "password": PASSWORD}).to_string().into_bytes();
    post(addr, "/v1/accounts", again, None).assert_problem(400, "invalid_input");
    let challenge = post(addr, "/v1/accounts/challenge", Vec::new(), None);
    assert_eq!(challenge.status(), 201, "{}", challenge.text());
    assert!(challenge.json()["nonce"].is_string() && challenge.json()["expires_at"].is_string());
    let otp = json!({"iin": "880202300013"}).to_string().into_bytes();
    assert_eq!(post(addr, "/v1/accounts/otp", otp, None).status(), 202);
    post(addr, "/v1/sessions", invalid, None).assert_problem(400, "invalid_iin");
    home.register(ZHANAOZEN).assert_exit(0);
    let wrong = json!({"iin": ZHANAOZEN, "password": "not-the-password"}).to_string().into_bytes();
    post(addr, "/v1/sessions", wrong.clone(), None).assert_problem(401, "bad_credentials");
    post(addr, "/v1/sessions", wrong, None).assert_problem(423, "account_locked");

    let me = get(addr, "/v1/me", Some(&token));
    assert_eq!(me.status(), 200, "{me:?}");
    let me = me.json();
    let keys: BTreeSet<&str> = me.as_object().expect("an object").keys().map(String::as_str).collect();
    let expected = [
        "address",
        "attachment",
        "birth_date",
        "children",
        "full_name",
        "iin",
        "org",
        "region",
        "role",
        "sex",
    ];
    assert_eq!(keys, BTreeSet::from(expected), "{me}");
    assert_eq!((me["iin"].as_str(), me["role"].as_str()), (Some(CITIZEN), Some("citizen")));

    // The directory, page by page.
    let all = get(addr, "/v1/orgs?limit=1000", None).json();
    assert_eq!(all["items"].as_array().map(Vec::len), Some(20), "{all}");
    assert_eq!(all["next_cursor"], serde_json::Value::Null);
    let mut paged = Vec::new();
    let mut path = "/v1/orgs?limit=7".to_owned();
    loop {
        let page = get(addr, &path, None).json();
        let items = page["items"].as_array().expect("items").clone();
        assert!(items.len() <= 7, "{page}");
        paged.extend(items);
        match page["next_cursor"].as_str() {
            Some(cursor) => path = format!("/v1/orgs?limit=7&cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!(serde_json::Value::Array(paged), all["items"], "the pages make the whole list");
    get(addr, "/v1/orgs?cursor=not-a-cursor", None).assert_problem(400, "invalid_input");
    get(addr, "/v1/orgs/MNG-9999", None).assert_problem(404, "org_not_found");
    assert_eq!(get(addr, "/v1/orgs/MNG-0001", None).json()["id"], "MNG-0001");

    // Submissions: a receipt, the same receipt again, and the refusals of condition 2.
    let who = home.issue("me", &["--iin", CITIZEN]);
    let request = request_document(1);
    let signed = forge(&who, &request, Kind::Request, now());
    let first = post(addr, "/v1/requests", signed.clone(), Some(&token));
    assert_eq!(first.status(), 200, "{first:?}");
    let receipt: Receipt = serde_json::from_slice(&first.body).expect("a receipt");
    let second = post(addr, "/v1/requests", signed.clone(), Some(&token));
    assert_eq!((second.status(), second.json()), (200, first.json()), "idempotent");
    let mut changed = request.clone();
    changed["applicant"]["phone"] = json!("+77019999999");
    let changed = forge(&who, &changed, Kind::Request, now());
    post(addr, "/v1/requests", changed, Some(&token)).assert_problem(409, "duplicate_request");
    let expired = home.issue(
        "expired",
        &["--iin", CITIZEN, "--valid-from", &rfc3339(now() - time::Duration::days(10)), "--valid-days", "1"],
    );
    let old = forge(&expired, &request_document(2), Kind::Request, now());
    post(addr, "/v1/requests", old, Some(&token)).assert_problem(422, "cert_not_valid");
    let not_a_jws = json!({"protected": "e30", "payload": "e30", "signature": "AA"}).to_string();
    let response = post(addr, "/v1/requests", not_a_jws.into_bytes(), Some(&token));
    assert!([400, 422].contains(&response.status()), "{response:?}");
    let code = response.json()["code"].as_str().unwrap_or_default().to_owned();
    response.assert_problem(response.status(), &code);

    let id = &receipt.request_id;
    let status = get(addr, &format!("/v1/requests/{id}"), Some(&token));
    assert_eq!(status.status(), 200);
    let _: RequestStatus = serde_json::from_slice(&status.body).expect("a status");
    get(addr, &format!("/v1/requests/{id}/result"), Some(&token)).assert_problem(409, "not_ready");
    let listed = get(addr, "/v1/requests", Some(&token)).json();
    assert_eq!(listed["items"].as_array().map(Vec::len), Some(1), "{listed}");

    // The registry, for operators only.
    let operator = home.attach().args(["portal", "staff", "add", "--org", "MNG-0001", "--iin", OPERATOR]);
    operator.arg("--password-stdin").stdin(format!("{PASSWORD}\n")).run().assert_exit(0);
    let staff = token_of_login(&home, OPERATOR);
    let person = get(addr, &format!("/v1/registry/people/{CITIZEN}"), Some(&staff));
    assert_eq!(person.status(), 200, "{person:?}");
    let person: PersonRow =
        serde_json::from_slice(&person.body).expect("a person as `portal people` prints one");
    assert_eq!((person.iin.as_str(), person.full_name.as_str()), (CITIZEN, "ТЕСТОВ ТЕСТ ТЕСТОВИЧ"));
    get(addr, &format!("/v1/registry/people/{CITIZEN}"), Some(&token)).assert_problem(403, "forbidden");
    get(addr, "/v1/registry/people/880202300013", Some(&staff)).assert_problem(404, "person_not_found");
    get(addr, "/v1/registry/people/880202300014", Some(&staff)).assert_problem(400, "invalid_iin");
    // The clinic's operator sees the clinic's requests.
    assert_eq!(get(addr, &format!("/v1/requests/{id}"), Some(&staff)).status(), 200);

    get(addr, "/v1/tickets/T-MNG-0001-999999", None).assert_problem(404, "not_found");
    assert_no_5xx(&home);
}

#[test]
fn a_ticket_is_confirmed_by_the_portal_that_issued_it() {
    let home = Home::served();
    let me = home.citizen(CITIZEN);
    let result = home.attach_to(&me, "MNG-0001", "first_attachment");
    let result: serde_json::Value = serde_json::from_slice(&result).expect("a result");
    let payload =
        attach::pki::jws::unb64url(result["ticket"]["payload"].as_str().expect("payload")).expect("b64");
    let ticket: serde_json::Value = serde_json::from_slice(&payload).expect("a ticket");
    let number = ticket["ticket_number"].as_str().expect("a number");
    let record = get(addr(&home), &format!("/v1/tickets/{number}"), None);
    assert_eq!(record.status(), 200, "public, no token: {record:?}");
    let record = record.json();
    assert_eq!(record["ticket_number"], number);
    assert_eq!(record["state"], "current");
    let sha = record["sha256"].as_str().expect("sha256");
    assert!(sha.len() == 64 && sha.bytes().all(|b| b.is_ascii_hexdigit()), "{record}");
    assert!(attach::clock::parse_rfc3339(record["issued_at"].as_str().expect("issued_at")).is_some());
    assert_no_5xx(&home);
}

#[test]
fn two_hundred_half_open_connections_do_not_stop_a_normal_client() {
    let home = Home::served();
    let addr = addr(&home);
    let mut idle: Vec<TcpStream> = Vec::new();
    for n in 0..200 {
        let mut stream = TcpStream::connect(addr).expect("connect");
        if n % 2 == 1 {
            stream.write_all(b"GET /v1/hea").expect("half a request line");
        }
        idle.push(stream);
    }
    let mut slowest = Duration::ZERO;
    for _ in 0..5 {
        let started = Instant::now();
        let response = get(addr, "/v1/health", None);
        slowest = slowest.max(started.elapsed());
        assert_eq!(response.status(), 200);
        assert_eq!(response.json()["status"], "ok");
    }
    assert!(slowest < Duration::from_secs(1), "GET /v1/health took {slowest:?} beside 200 idle connections");
    // The client too: a whole command against the busy server.
    let started = Instant::now();
    home.attach().args(["orgs", "--search", "MNG-0001"]).run().assert_exit(0);
    assert!(started.elapsed() < Duration::from_secs(5), "attach orgs took {:?}", started.elapsed());
    drop(idle);
    assert_no_5xx(&home);
}

#[test]
fn the_access_log_has_a_line_per_request_and_no_secret() {
    let home = Home::served();
    let me = home.citizen(CITIZEN);
    home.apply(&me, "MNG-0001", "first_attachment");
    home.attach().args(["orgs", "--search", "Ақтау"]).run().assert_exit(0);
    let url = home.url().expect("served");
    let sessions: serde_json::Value =
        serde_json::from_slice(&std::fs::read(home.home.join("sessions.json")).expect("sessions"))
            .expect("JSON");
    let token = sessions[&url]["token"].as_str().expect("the token").to_owned();

    let count = || home.with_server(|s| s.access_log().len());
    let before = count();
    get(addr(&home), "/v1/health?probe=1", None);
    let started = Instant::now();
    while count() == before && started.elapsed() < Duration::from_secs(2) {
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(count(), before + 1, "one line for one request");

    let text = home.with_server(|s| std::fs::read_to_string(&s.log).expect("the log"));
    for secret in [token.as_str(), PASSWORD, "Bearer", "protected", "probe"] {
        assert!(!text.contains(secret), "the access log holds `{secret}`:\n{text}");
    }
    let lines = home.with_server(|s| s.access_log());
    assert_eq!(lines.len(), text.lines().count(), "every line is JSON:\n{text}");
    for line in &lines {
        let keys: Vec<&str> = line.as_object().expect("an object").keys().map(String::as_str).collect();
        assert_eq!(keys, ["at", "method", "ms", "path", "peer", "status"], "{line}");
    }
    let seen: BTreeSet<String> = lines
        .iter()
        .map(|l| format!("{} {}", l["method"].as_str().unwrap_or(""), l["path"].as_str().unwrap_or("")))
        .collect();
    for expected in
        ["POST /v1/accounts", "POST /v1/sessions", "POST /v1/requests", "GET /v1/orgs", "GET /v1/health"]
    {
        assert!(seen.contains(expected), "no `{expected}` in {seen:?}");
    }
}

/// RFC 9110 section 15.5.2 (and RFC 6750 section 3): a 401 carries a `WWW-Authenticate`
/// challenge, here for the `Bearer` scheme.
#[test]
fn a_401_challenges_for_a_bearer_token() {
    let home = Home::served();
    let response = get(addr(&home), "/v1/me", None);
    response.assert_problem(401, "unauthenticated");
    let challenge =
        response.header("www-authenticate").unwrap_or_else(|| panic!("no challenge: {response:?}"));
    assert!(challenge.starts_with("Bearer"), "{challenge}");
}

/// Regression: only `Bearer` was read; the scheme's name is case-insensitive (RFC 9110).
#[test]
fn the_bearer_scheme_is_read_in_any_case() {
    let home = Home::served();
    let token = token(&home, CITIZEN);
    for scheme in ["Bearer", "bearer", "BEARER", "bEaReR"] {
        let me = Request::new("GET", "/v1/me")
            .header("Authorization", &format!("{scheme} {token}"))
            .send(addr(&home));
        assert_eq!(me.status(), 200, "{scheme}: {me:?}");
    }
    let basic =
        Request::new("GET", "/v1/me").header("Authorization", &format!("Basic {token}")).send(addr(&home));
    basic.assert_problem(401, "unauthenticated");
}

/// Graceful shutdown finishes requests in flight; a connection that has sent half a request
/// line has no request in flight, and must not keep the server from exiting.
#[test]
fn a_shutdown_is_not_held_up_by_half_open_connections() {
    let home = Home::served();
    let addr = addr(&home);
    let idle: Vec<TcpStream> = (0..200)
        .map(|n| {
            let mut stream = TcpStream::connect(addr).expect("connect");
            if n % 2 == 1 {
                stream.write_all(b"GET /v1/hea").expect("half a request line");
            }
            stream
        })
        .collect();
    assert_eq!(get(addr, "/v1/health", None).status(), 200);
    let started = Instant::now();
    home.with_server(|s| s.signal("TERM"));
    let status = home.with_server(|s| s.wait_for_exit(Duration::from_secs(3)));
    assert_eq!(status.and_then(|s| s.code()), Some(0), "no exit {:?} after SIGTERM", started.elapsed());
    drop(idle);
}

/// A TCP proxy between client and server that, once armed, forwards the next
/// `POST /v1/requests` to the server, reads the server's whole answer, and closes the client's
/// connection without a byte of it; from then on it refuses connections (closes them at once)
/// until it is given a new upstream.
struct LossyProxy {
    addr: SocketAddr,
    upstream: Arc<Mutex<Option<SocketAddr>>>,
    armed: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
    lost: Receiver<Message>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl LossyProxy {
    fn start(upstream: SocketAddr) -> LossyProxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the proxy");
        let addr = listener.local_addr().expect("the proxy's address");
        let upstream = Arc::new(Mutex::new(Some(upstream)));
        let armed = Arc::new(AtomicBool::new(false));
        let stop = Arc::new(AtomicBool::new(false));
        let (tx, lost) = channel();
        let thread = {
            let (upstream, armed, stop) = (upstream.clone(), armed.clone(), stop.clone());
            std::thread::spawn(move || {
                for client in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(client) = client else { continue };
                    let (upstream, armed, tx) = (upstream.clone(), armed.clone(), tx.clone());
                    std::thread::spawn(move || relay(client, &upstream, &armed, &tx));
                }
            })
        };
        LossyProxy { addr, upstream, armed, stop, lost, thread: Some(thread) }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn arm(&self) {
        self.armed.store(true, Ordering::SeqCst);
    }

    fn forward_to(&self, upstream: SocketAddr) {
        *self.upstream.lock().unwrap_or_else(|p| p.into_inner()) = Some(upstream);
    }
}

impl Drop for LossyProxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn relay(
    client: TcpStream,
    upstream: &Mutex<Option<SocketAddr>>,
    armed: &AtomicBool,
    lost: &Sender<Message>,
) {
    let target = *upstream.lock().unwrap_or_else(|p| p.into_inner());
    let Some(server) = target.and_then(|a| TcpStream::connect(a).ok()) else { return };
    let (Ok(client_reader), Ok(server_reader)) = (client.try_clone(), server.try_clone()) else { return };
    let (mut from_client, mut from_server) = (BufReader::new(client_reader), BufReader::new(server_reader));
    let (mut to_client, mut to_server) = (client, server);
    loop {
        let Ok(Some(request)) = read_message(&mut from_client, false) else { return };
        if to_server.write_all(&request.raw).is_err() {
            return;
        }
        let Ok(Some(response)) = read_message(&mut from_server, true) else { return };
        if request.start.starts_with("POST /v1/requests ") && armed.swap(false, Ordering::SeqCst) {
            // The portal has answered, so it committed; the client hears nothing.
            *upstream.lock().unwrap_or_else(|p| p.into_inner()) = None;
            let _ = lost.send(response);
            return;
        }
        if to_client.write_all(&response.raw).is_err() {
            return;
        }
    }
}

#[test]
fn a_submission_whose_answer_is_lost_is_retried_and_yields_the_same_receipt() {
    let home = Home::served();
    let me = home.citizen(CITIZEN);
    let signed = home.sign(&me, &home.request("MNG-0001", "first_attachment"));
    let proxy = LossyProxy::start(addr(&home));
    let proxy_url = proxy.url();
    let via_proxy = || home.attach().env("ATTACH_PORTAL", &proxy_url);
    let login =
        via_proxy().args(["login", "--iin", CITIZEN, "--password-stdin"]).stdin(format!("{PASSWORD}\n"));
    login.run().assert_exit(0);

    proxy.arm();
    let out = std::thread::scope(|scope| {
        let submitter = scope.spawn(|| via_proxy().arg("submit").stdin(signed.clone()).run());
        let lost =
            proxy.lost.recv_timeout(Duration::from_secs(30)).expect("the submission reached the portal");
        assert_eq!(lost.status(), 200, "the portal accepted it: {}", lost.text());
        // The server that committed goes away; another one serves the same home.
        home.stop_server();
        home.serve(&[]);
        proxy.forward_to(addr(&home));
        (submitter.join().expect("the submitter"), lost)
    });
    let (out, lost) = out;
    let out = out.assert_exit(0);
    let receipt: Receipt = out.json();
    let original: Receipt = serde_json::from_slice(&lost.body).expect("the portal's receipt");
    assert_eq!(receipt, original, "the retry returns the receipt of the first submission");
    assert_eq!(out.stderr, "");

    let listed: Vec<RequestStatus> = via_proxy().arg("status").run().assert_exit(0).json_lines();
    assert_eq!(listed.len(), 1, "one request, not two: {listed:?}");
    assert_eq!(listed[0].request_id, original.request_id);
    let stats: Stats = home.attach().args(["portal", "stats"]).run().assert_exit(0).json();
    assert_eq!(stats.requests.total, 1, "{stats:?}");
    assert_no_5xx(&home);
}

#[test]
fn a_shutdown_finishes_submissions_in_flight_and_loses_nothing_accepted() {
    const N: usize = 20;
    let home = Home::served();
    let me: Identity = home.citizen(CITIZEN);
    let signed: Vec<Vec<u8>> =
        (0..N).map(|n| forge(&me, &request_document(n), Kind::Request, now())).collect();

    let outcomes: Vec<Outcome> = std::thread::scope(|scope| {
        let submitters: Vec<_> = signed
            .iter()
            .map(|bytes| scope.spawn(|| home.attach().arg("submit").stdin(bytes.clone()).run()))
            .collect();
        // As soon as the portal has answered one submission, SIGTERM.
        let started = Instant::now();
        while !home
            .with_server(|s| s.access_log().iter().any(|l| l["method"] == "POST" && l["status"] == 200))
        {
            assert!(started.elapsed() < Duration::from_secs(30), "no submission reached the portal");
            std::thread::sleep(Duration::from_millis(2));
        }
        home.with_server(|s| s.signal("TERM"));
        let status = home.with_server(|s| s.wait_for_exit(Duration::from_secs(10)));
        assert_eq!(status.and_then(|s| s.code()), Some(0), "the server's exit after SIGTERM: {status:?}");
        submitters.into_iter().map(|s| s.join().expect("a submitter")).collect()
    });
    home.stop_server();

    let mut accepted: BTreeSet<String> = BTreeSet::new();
    for out in &outcomes {
        assert_eq!(out.stdout_str().lines().count(), 1, "one whole JSON document: {out:?}");
        match out.code {
            0 => {
                accepted.insert(out.json::<Receipt>().request_id);
            }
            9 => {
                out.assert_error("unreachable");
            }
            _ => panic!("a submission ended neither accepted nor unreachable: {out:?}"),
        }
    }
    assert!(!accepted.is_empty());

    home.serve(&[]);
    home.login(CITIZEN);
    let listed: Vec<RequestStatus> = home.attach().arg("status").run().assert_exit(0).json_lines();
    let on_portal: BTreeSet<String> = listed.into_iter().map(|s| s.request_id).collect();
    assert_eq!(
        on_portal,
        accepted,
        "the portal holds exactly the submissions it answered ({} of {N} answered)",
        accepted.len()
    );
}

#[test]
fn https_with_the_portals_authority_and_tls_ca() {
    let home = Home::new();
    let url = home.serve_tls(&[]);
    assert!(url.starts_with("https://127.0.0.1:"), "{url}");
    home.citizen(CITIZEN);
    let out = home.sh(r#""$A" request --org MNG-0001 --reason first_attachment </dev/null \
          | "$A" sign --key 900101300453/key.pem --cert 900101300453/cert.pem \
          | "$A" submit | "$A" status --wait | "$A" result | "$A" verify-ticket"#);
    let out = out.assert_exit(0);
    let verdict: Verdict = out.json();
    assert!(verdict.valid && verdict.state.as_deref() == Some("current"), "{verdict:#?}");
    assert_eq!(out.stderr, "");
    // By name, too: the certificate is for localhost and 127.0.0.1.
    let by_name = url.replace("127.0.0.1", "localhost");
    home.attach().env("ATTACH_PORTAL", &by_name).args(["orgs", "--search", "MNG-0001"]).run().assert_exit(0);

    // Without the root, the portal's certificate is not trusted: a clear error, exit 9. (Login,
    // which is never retried; `orgs` is in the test below.)
    let dir = home.path("no-ca");
    let login =
        Attach::new(&dir).env("ATTACH_PORTAL", &url).args(["login", "--iin", CITIZEN, "--password-stdin"]);
    let message =
        login.stdin(format!("{PASSWORD}\n")).run().assert_exit(9).assert_error("unreachable").message;
    assert!(message.contains("certificate") && message.contains("--tls-ca"), "{message}");
    // --tls-ca on the command line does what ATTACH_TLS_CA does.
    let ca = home.path("root.pem");
    let orgs = Attach::new(&dir).env("ATTACH_PORTAL", &url).arg("--tls-ca").arg(&ca).arg("orgs").run();
    orgs.assert_exit(0);
    assert!(!dir.join("portal.db").exists());
}

/// A certificate the client does not trust will not become trusted by asking again: the
/// error comes at once, not after the retries meant for a portal that is down.
#[test]
fn an_untrusted_certificate_is_not_retried() {
    let home = Home::new();
    let url = home.serve_tls(&[]);
    let started = Instant::now();
    let out = Attach::new(&home.path("no-ca")).env("ATTACH_PORTAL", &url).arg("orgs").run().assert_exit(9);
    let message = out.assert_error("unreachable").message;
    assert!(message.contains("certificate") && message.contains("--tls-ca"), "{message}");
    assert!(started.elapsed() < Duration::from_secs(2), "took {:?}", started.elapsed());
}

#[test]
fn clear_text_to_a_host_that_is_not_loopback_is_refused_without_a_connection() {
    let dir = crate::fixture::temp_dir();
    let home = dir.path().join("home");
    for url in ["http://10.255.255.1:8080", "http://portal.example.kz"] {
        let started = Instant::now();
        let out = Attach::new(&home).env("ATTACH_PORTAL", url).arg("orgs").run().assert_exit(2);
        assert!(out.assert_error("invalid_input").message.contains("--insecure-http"), "{out:?}");
        let login = Attach::new(&home).args(["--portal", url, "login", "--iin", CITIZEN, "--password-stdin"]);
        login.stdin(format!("{PASSWORD}\n")).run().assert_exit(2).assert_error("invalid_input");
        assert!(started.elapsed() < Duration::from_secs(1), "{url}: took {:?}", started.elapsed());
    }
    assert!(!home.exists(), "a refused portal URL created the home");
}

const STEPS: [&str; 10] =
    ["init", "register", "certificate", "login", "request", "sign", "submit", "wait", "result", "verify"];

fn assert_smoke_passed(out: &Outcome) {
    let report: SmokeReport = out.json();
    let names: Vec<&str> = report.steps.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, STEPS, "{report:#?}");
    assert!(report.ok && report.steps.iter().all(|s| s.ok), "{report:#?}");
}

/// The POSTs the server answered, by path.
fn posts(home: &Home) -> Vec<String> {
    home.with_server(|s| s.access_log())
        .iter()
        .filter(|l| l["method"] == "POST")
        .map(|l| l["path"].as_str().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn smoke_against_a_portal_that_offers_test_identities() {
    let home = Home::new();
    let url = home.serve(&["--allow-test-identities"]);
    let client = home.path("client");
    let out = Attach::new(&client).args(["smoke", "--portal", &url]).run().assert_exit(0);
    assert_smoke_passed(&out);
    assert!(posts(&home).contains(&"/v1/test/identities".to_owned()), "{:?}", posts(&home));
    let stats: Stats = home.attach().args(["portal", "stats"]).run().assert_exit(0).json();
    assert_eq!((stats.requests.total, stats.requests.completed), (1, 1), "{stats:?}");
    assert!(!client.join("portal.db").exists(), "smoke --portal created a local portal");
}

#[test]
fn smoke_against_a_portal_without_test_identities_needs_an_identity() {
    let home = Home::served();
    let url = home.url().expect("served");
    let out = Attach::new(&home.path("client")).args(["smoke", "--portal", &url]).run().assert_exit(2);
    let report: SmokeReport = out.json();
    assert!(!report.ok);
    let failed = report.steps.iter().find(|s| !s.ok).expect("a failed step");
    assert_eq!(failed.name, "register", "{report:#?}");
    assert!(failed.detail.contains("--identity"), "{report:#?}");
    let stats: Stats = home.attach().args(["portal", "stats"]).run().assert_exit(0).json();
    assert_eq!(stats.requests.total, 0);
    assert!(!posts(&home).contains(&"/v1/accounts".to_owned()), "{:?}", posts(&home));
}

#[test]
fn smoke_with_an_identity_writes_no_synthetic_person() {
    let home = Home::served();
    let url = home.url().expect("served");
    home.register(CITIZEN).assert_exit(0);
    let me = home.issue("identity", &["--iin", CITIZEN]);
    std::fs::write(me.dir.join("identity.json"), json!({"iin": CITIZEN}).to_string()).expect("identity.json");
    let client = home.path("client");
    let out = Attach::new(&client)
        .args(["smoke", "--portal", &url, "--identity"])
        .arg(&me.dir)
        .env("ATTACH_PASSWORD", PASSWORD)
        .run()
        .assert_exit(0);
    assert_smoke_passed(&out);
    // Only the citizen's account (registered above) and request: nothing synthetic.
    let posted = posts(&home);
    assert_eq!(posted.iter().filter(|p| *p == "/v1/accounts").count(), 1, "{posted:?}");
    assert!(!posted.contains(&"/v1/test/identities".to_owned()), "{posted:?}");
    let stats: Stats = home.attach().args(["portal", "stats"]).run().assert_exit(0).json();
    assert_eq!(stats.requests.total, 1, "{stats:?}");
    home.login(CITIZEN);
    let mine: Vec<RequestStatus> = home.attach().arg("status").run().assert_exit(0).json_lines();
    assert_eq!(mine.len(), 1, "the smoke's request is the citizen's: {mine:?}");
    assert!(!client.join("portal.db").exists());
}

/// A port nobody listens on.
fn closed_port() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    drop(listener);
    format!("http://{addr}")
}

#[test]
fn an_unreachable_portal_is_exit_9_after_retries_but_login_does_not_retry() {
    let dir = crate::fixture::temp_dir();
    let home = dir.path().join("home");
    let url = closed_port();

    let started = Instant::now();
    let login =
        Attach::new(&home).env("ATTACH_PORTAL", &url).args(["login", "--iin", CITIZEN, "--password-stdin"]);
    let out = login.stdin(format!("{PASSWORD}\n")).run().assert_exit(9);
    let took = started.elapsed();
    assert!(out.assert_error("unreachable").message.contains(&url), "{out:?}");
    assert!(took < Duration::from_secs(2), "login retried: {took:?}");

    let started = Instant::now();
    let out = Attach::new(&home).env("ATTACH_PORTAL", &url).args(["orgs"]).run().assert_exit(9);
    let took = started.elapsed();
    assert!(out.assert_error("unreachable").message.contains(&url), "{out:?}");
    // Six attempts, pauses from 0.2 s doubling, with up to half again of jitter: 6.2–9.3 s.
    assert!(took >= Duration::from_secs(5), "idempotent calls are retried: gave up after {took:?}");
    assert!(took < Duration::from_secs(12), "gave up only after {took:?}");
    assert!(!home.join("portal.db").exists(), "an unreachable --portal created a local portal");
}
