//! Errors flow down the pipe: a stage that reads an error envelope (or a refused result)
//! re-emits it unchanged and exits with its code; a closed stdout is not an error.

use serde_json::json;

use crate::fixture::{shared, temp_dir};
use crate::util::{Attach, Verdict, example};

#[test]
fn a_sign_error_flows_through_verify_ticket_unchanged() {
    let s = shared();
    let failed = s
        .auth
        .attach()
        .args(["sign", "--key", "missing.pem"])
        .stdin(example("request.json"))
        .run()
        .assert_exit(2);
    let error = failed.assert_error("invalid_input");
    assert!(error.message.contains("missing.pem"), "{}", error.message);

    let next = s.auth.attach().arg("verify-ticket").stdin(failed.stdout.clone()).run().assert_exit(2);
    assert_eq!(next.stdout_str(), failed.stdout_str(), "the envelope is re-emitted byte for byte");
    assert_eq!(next.stderr, "", "the stage that failed has told the person already");
}

#[test]
fn a_signature_refusal_keeps_its_exit_code_down_the_pipe() {
    let s = shared();
    let refused = s
        .auth
        .attach()
        .arg("sign")
        .args(s.auth.citizen.key_arg())
        .stdin(example("ticket.json"))
        .run()
        .assert_exit(4);
    refused.assert_error("signer_mismatch");
    let next = s.auth.attach().arg("verify-ticket").stdin(refused.stdout.clone()).run().assert_exit(4);
    assert_eq!(next.stdout, refused.stdout);

    // Read before anything else: no trust anchor, no key file matters.
    let dir = temp_dir();
    let home = dir.path().join("home");
    let next = Attach::new(&home).arg("verify-ticket").stdin(refused.stdout.clone()).run().assert_exit(4);
    assert_eq!(next.stdout, refused.stdout);
    let next = Attach::new(&home).args(["sign", "--key", "missing.pem"]).stdin(refused.stdout.clone()).run();
    assert_eq!(next.assert_exit(4).stdout, refused.stdout);
    assert!(!home.exists());
}

#[test]
fn any_upstream_exit_code_is_kept() {
    let dir = temp_dir();
    let envelope = json!({"error": {"code": "unreachable", "message": "portal down", "exit": 9}});
    let line = format!("{envelope}\n");
    let out = Attach::new(&dir.path().join("home")).arg("verify-ticket").stdin(line.clone()).run();
    assert_eq!(out.assert_exit(9).stdout_str(), line);
}

#[test]
fn a_refused_result_is_reprinted_with_exit_5() {
    let dir = temp_dir();
    let refused = json!({"request_id": "R-1", "outcome": "refused", "refusal": {"code": "no_capacity", "message": "m"}});
    let out = Attach::new(&dir.path().join("home")).arg("verify-ticket").stdin(refused.to_string()).run();
    let out = out.assert_exit(5);
    assert_eq!(out.json::<serde_json::Value>(), refused);
    assert_eq!(out.stdout_str().lines().count(), 1);
}

#[test]
fn an_attached_result_is_verified_through_its_ticket() {
    let s = shared();
    let ticket: serde_json::Value = serde_json::from_slice(&s.ticket).unwrap();
    let result = json!({"request_id": "R-000001", "outcome": "attached", "ticket": ticket});
    let verdict: Verdict = s.auth.verify(result.to_string().as_bytes()).assert_exit(0).json();
    assert!(verdict.valid);
}

#[test]
fn a_closed_stdout_is_not_an_error() {
    let dir = temp_dir();
    let numbers: Vec<&str> = std::iter::repeat_n("900101300453", 2000).collect();
    let out = Attach::new(&dir.path().join("home")).arg("iin").args(numbers).run_with_closed_stdout();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stderr, "");
}

/// Bug: `report` and `usage_error` in src/cli/mod.rs print the envelope with `println!`,
/// which panics when stdout is a closed pipe (`attach sign … | head -0`): exit 101 and a
/// panic message instead of the error's own exit code.
#[test]
fn an_error_to_a_closed_stdout_keeps_its_exit_code() {
    let dir = temp_dir();
    let home = dir.path().join("home");
    let out = Attach::new(&home).args(["sign", "--key", "missing.pem"]).run_with_closed_stdout();
    assert_eq!(out.code, 2, "{}", out.stderr);
    let out = Attach::new(&home).arg("--no-such-flag").run_with_closed_stdout();
    assert_eq!(out.code, 2, "{}", out.stderr);
}

/// Regression: a reader that had closed stdout (`… | head -1` under `pipefail`) turned every
/// negative verdict into exit 0 — an invalid IIN, an invalid ticket at a terminal's width, a
/// refused result, a dry run with bad rows. The command's own status stays.
#[test]
fn a_closed_stdout_keeps_a_negative_verdict() {
    let s = shared();
    let iin = s.auth.attach().args(["iin", "900101300453", "900101300454"]).run_with_closed_stdout();
    assert_eq!(iin.code, 2, "{}", iin.stderr);

    let mut ticket: serde_json::Value = serde_json::from_slice(&s.ticket).expect("a JWS");
    ticket["signature"] = json!("AAAA");
    let bad = s.auth.path("bad-ticket.json");
    std::fs::write(&bad, ticket.to_string()).expect("bad-ticket.json");
    let verify = s
        .auth
        .attach()
        .arg("verify-ticket")
        .arg(&bad)
        .arg("--trust")
        .arg(&s.auth.root)
        .arg("--crl")
        .arg(&s.auth.crl)
        .args(["--offline", "-o", "table"])
        .run_with_closed_stdout();
    assert_eq!(verify.code, 7, "{}", verify.stderr);

    let home = crate::home::Home::new();
    let deceased = home.citizen(crate::home::DECEASED);
    let receipt = home.apply(&deceased, "MNG-0001", "first_attachment");
    let result = home.attach().args(["result", &receipt.request_id]).run_with_closed_stdout();
    assert_eq!(result.code, 5, "{}", result.stderr);

    std::fs::write(home.path("rows.csv"), "iin,org\n900101300453,MNG-0001\n900101300454,MNG-0001\n")
        .expect("CSV");
    let dry = home.attach().args(["batch", "rows.csv", "--dry-run"]).run_with_closed_stdout();
    assert_eq!(dry.code, 10, "{}", dry.stderr);
}

/// Regression: a 126 MB JSON document on stdin took 2 GB of memory. A document is read up to a
/// limit, beyond which it is an input error that names the limit.
#[test]
fn a_document_larger_than_the_limit_is_refused_unread() {
    let s = shared();
    let huge = format!("{{\"payload\": \"{}\"}}", "A".repeat(3 * 1024 * 1024));
    for command in [&["verify-ticket", "--offline"][..], &["sign", "--key", "none.pem"], &["status"]] {
        let out = s.auth.attach().args(command).stdin(huge.clone()).run().assert_exit(2);
        let error = out.assert_error("invalid_input");
        assert!(error.message.contains("more than 1024 KiB"), "{command:?}: {}", error.message);
    }
}
