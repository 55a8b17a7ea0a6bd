//! `-v`, `-vv` and `-q`: each HTTP request on stderr (method, URL, status, time, attempt),
//! the portal's and an OCSP responder's, never a token or a body; the stages' times; and
//! nothing but data and errors.

use crate::home::{CITIZEN, Home};

#[test]
fn v_shows_each_http_request_vv_the_stages_and_q_only_data_and_errors() {
    let home = Home::served();
    let me = home.citizen(CITIZEN);
    home.apply(&me, "MNG-0001", "first_attachment");
    let token = {
        let sessions: serde_json::Value =
            serde_json::from_slice(&std::fs::read(home.home.join("sessions.json")).expect("sessions"))
                .expect("JSON");
        sessions[&home.portal_name()]["token"].as_str().expect("token").to_owned()
    };
    let url = home.url().expect("served");

    let quiet = home.attach().args(["status"]).run().assert_exit(0);
    assert_eq!(quiet.stderr, "", "without -v, nothing on stderr");

    let out = home.attach().args(["status", "-v"]).run().assert_exit(0);
    let line = out
        .stderr
        .lines()
        .find(|l| l.contains("GET ") && l.contains("/v1/requests?limit="))
        .unwrap_or_else(|| panic!("no request line:\n{}", out.stderr));
    assert!(line.starts_with("attach: GET ") && line.contains(&url), "{line}");
    assert!(line.contains("→ 200 in ") && line.ends_with(" ms"), "{line}");
    assert!(!out.stderr.contains("since the start"), "-v has no stages:\n{}", out.stderr);
    assert_eq!(out.json_lines::<serde_json::Value>().len(), 1, "stdout keeps the data");
    // Never a token, an Authorization header or a body.
    assert!(!out.stderr.contains(&token) && !out.stderr.contains("Bearer"), "{}", out.stderr);
    assert!(!out.stderr.contains("request_id"), "{}", out.stderr);

    let out = home.attach().args(["status", "-vv"]).run().assert_exit(0);
    assert!(out.stderr.contains("; headers ") && out.stderr.contains(" ms, body "), "{}", out.stderr);
    for stage in ["portal ready", "session read", "done"] {
        assert!(out.stderr.contains(&format!("attach: {stage}: ")), "{stage}:\n{}", out.stderr);
    }
    assert!(!out.stderr.contains(&token), "{}", out.stderr);

    // -q: data and errors only — no -v lines, no notes.
    home.apply(&me, "MNG-0002", "free_choice");
    let noted = home.attach().args(["status", "--limit", "1", "-o", "table"]).run().assert_exit(0);
    assert!(noted.stderr.contains("the newest 1 shown"), "{}", noted.stderr);
    let out = home.attach().args(["status", "--limit", "1", "-o", "table", "-q", "-vv"]).run().assert_exit(0);
    assert_eq!(out.stderr, "", "-q");
    assert!(!out.stdout.is_empty(), "-q keeps the data");
    let out = home.attach().args(["status", "R-999999", "-q"]).run().assert_exit(6);
    assert!(out.stderr.contains("attach: error:"), "-q keeps errors: {}", out.stderr);
}

/// Regression: `-v` showed the portal's requests but not those of an OCSP responder at a URL
/// (`cert verify --ocsp-url`). The responder's exchange is shown the same way: method, URL,
/// status and time, never the DER request or answer.
#[test]
fn v_shows_the_ocsp_responders_request_too() {
    let authority = crate::fixture::Authority::new();
    let server = crate::served::Server::start(&authority.home, &authority.path("server.log"), &[]);
    let url = format!("http://{}/v1/pki/ocsp", server.addr);
    let verify = |verbose: bool| {
        authority
            .attach()
            .args(["cert", "verify"])
            .arg(authority.citizen.cert())
            .arg("--trust")
            .arg(&authority.root)
            .arg("--crl")
            .arg(&authority.crl)
            .args(["--ocsp-url", &url])
            .args(verbose.then_some("-v"))
            .run()
            .assert_exit(0)
    };
    assert_eq!(verify(false).stderr, "", "without -v, nothing on stderr");
    let out = verify(true);
    let line = out
        .stderr
        .lines()
        .find(|l| l.starts_with(&format!("attach: POST {url} ")))
        .unwrap_or_else(|| panic!("no OCSP request line:\n{}", out.stderr));
    assert!(line.contains("→ 200 in ") && line.ends_with(" ms"), "{line}");
    assert_eq!(out.stderr.lines().count(), 1, "one request, one line:\n{}", out.stderr);
}

/// A portal that answers 503 once: `-v` shows the refused attempt and the retry that
/// succeeded, numbered.
#[test]
fn v_shows_a_retry_as_an_attempt_of_its_own() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    let home = Home::served();
    let upstream = home.with_server(|s| s.addr);
    let asked = Arc::new(AtomicUsize::new(0));
    let count = asked.clone();
    let proxy = crate::wire::StandIn::start(move |request| {
        if request.start.starts_with("GET /v1/orgs") && count.fetch_add(1, Ordering::SeqCst) == 0 {
            let body =
                r#"{"type":"about:blank","title":"busy","status":503,"detail":"busy","code":"overloaded"}"#;
            let head = format!(
                "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/problem+json\r\n\
                 content-length: {}\r\n\r\n",
                body.len()
            );
            return Some([head.as_bytes(), body.as_bytes()].concat());
        }
        crate::wire::StandIn::forward(upstream, request)
    });
    let out = home
        .attach()
        .env("ATTACH_PORTAL", &proxy.url)
        .args(["orgs", "--search", "MNG-0001", "-v"])
        .run()
        .assert_exit(0);
    assert_eq!(asked.load(Ordering::SeqCst), 2, "asked twice");
    let lines: Vec<&str> =
        out.stderr.lines().filter(|l| l.starts_with(&format!("attach: GET {}/v1/orgs", proxy.url))).collect();
    assert_eq!(lines.len(), 2, "{}", out.stderr);
    assert!(lines[0].contains("→ 503 in ") && !lines[0].contains("attempt"), "{}", lines[0]);
    assert!(lines[1].contains("→ 200 in ") && lines[1].ends_with(" ms, attempt 2"), "{}", lines[1]);
}
