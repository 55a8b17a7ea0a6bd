//! `-v`, `-vv` and `-q`: each HTTP request on stderr (method, URL, status, time, attempt),
//! never a token or a body; the stages' times; and nothing but data and errors.

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
