//! The citizen's journey end to end: `request | sign | submit | status --wait | result |
//! verify-ticket` through real pipes, a failure reported by the last stage, the README's
//! example script, the section 8 screen (`status`), waiting for a decision that is not there
//! yet, and a ticket that a later attachment superseded.

use crate::home::{CITIZEN, Home, OPERATOR, both_backends};
use crate::util::{RequestDocument, RequestStatus, ServiceResult, TicketDocument, Verdict};

both_backends!(
    the_request_is_filled_from_the_registry_and_the_directory,
    the_whole_journey_runs_through_real_pipes,
    the_last_stage_of_the_pipe_reports_the_first_failure,
    status_lists_the_persons_requests_newest_first,
    nothing_is_ready_before_the_provider_decides,
    a_later_attachment_supersedes_the_earlier_ticket,
);

/// The pipeline of SPEC section 3, each stage a process, for the person logged in, signed
/// with `KEY_DIR/key.pem` and `KEY_DIR/cert.pem` of the test's directory.
fn pipeline(key_dir: &str, org: &str) -> String {
    format!(
        r#""$A" request --org {org} --reason first_attachment </dev/null \
          | "$A" sign --key {key_dir}/key.pem --cert {key_dir}/cert.pem \
          | "$A" submit | "$A" status --wait | "$A" result | "$A" verify-ticket"#
    )
}

fn the_request_is_filled_from_the_registry_and_the_directory(home: &Home) {
    home.citizen(CITIZEN);
    let out = home
        .attach()
        .args(["request", "--org", "MNG-0002", "--reason", "first_attachment", "--phone", "+77012345678"])
        .run()
        .assert_exit(0);
    let request: RequestDocument = out.json();
    assert_eq!((request.type_.as_str(), request.version), ("phc-attachment-request", 1));
    assert_eq!(request.channel, "portal");
    assert_eq!(request.reason, "first_attachment");
    assert_eq!(request.operator, None, "the portal channel has no operator");
    assert_eq!(request.request_uuid.len(), 36, "{request:?}");
    assert!(attach::clock::parse_rfc3339(&request.created_at).is_some(), "{request:?}");
    let a = &request.applicant;
    assert_eq!(
        (a.iin.as_str(), a.full_name.as_str(), a.birth_date.as_str(), a.address.as_str()),
        (CITIZEN, "ТЕСТОВ ТЕСТ ТЕСТОВИЧ", "1990-01-01", "Актау, 12 мкр., д. 5, кв. 17")
    );
    assert_eq!(a.phone.as_deref(), Some("+77012345678"));
    let o = &request.organization;
    assert_eq!(
        (o.id.as_str(), o.bin.as_str(), o.name.as_str()),
        ("MNG-0002", "950340001273", "Поликлиника №2")
    );
    // Each request is a new one: a new idempotency key.
    let again: RequestDocument =
        home.attach().args(["request", "--org", "MNG-0002"]).run().assert_exit(0).json();
    assert_ne!(again.request_uuid, request.request_uuid);
    assert_eq!(again.reason, "first_attachment", "the default for someone attached nowhere");
}

const CHECKS: [&str; 9] =
    ["structure", "signature", "chain", "validity", "revocation", "key_usage", "signer", "payload", "issued"];

fn the_whole_journey_runs_through_real_pipes(home: &Home) {
    home.citizen(CITIZEN);
    let out = home.sh(&pipeline(CITIZEN, "MNG-0001")).assert_exit(0);
    assert_eq!(out.stderr, "", "a journey that works says nothing on stderr");

    let verdict: Verdict = out.json();
    assert!(verdict.valid, "{verdict:#?}");
    assert_eq!(verdict.state.as_deref(), Some("current"));
    let names: Vec<&str> = verdict.checks.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, CHECKS);
    assert!(verdict.failed().is_empty(), "{verdict:#?}");

    let ticket: TicketDocument =
        serde_json::from_value(verdict.ticket.clone().expect("the ticket")).expect("a section 7 ticket");
    assert_eq!(ticket.type_, "phc-attachment-ticket");
    assert_eq!(ticket.version, 1);
    assert_eq!(ticket.patient.iin, CITIZEN);
    assert_eq!(ticket.patient.full_name, "ТЕСТОВ ТЕСТ ТЕСТОВИЧ");
    assert_eq!(ticket.patient.birth_date, "1990-01-01");
    assert_eq!(ticket.organization.id, "MNG-0001");
    assert_eq!(ticket.organization.bin, "940140000385");
    assert_eq!(ticket.organization.name, "Поликлиника №1");
    assert_eq!(ticket.organization.address, "Актау, 3 мкр., д. 1");
    let issued_at = attach::clock::parse_rfc3339(&ticket.issued_at).expect("RFC 3339");
    let aqtau = time::UtcOffset::from_hms(5, 0, 0).expect("UTC+5");
    assert_eq!(ticket.attached_from, issued_at.to_offset(aqtau).date().to_string(), "attached from today");
    assert!(ticket.district.number >= 1);
    assert!(ticket.home_visits, "the citizen lives in the clinic's region");
    assert_eq!(ticket.signer.iin, "790615300452", "the clinic's first head signs");
    assert_eq!(ticket.signer.position, "главный врач");
    assert_eq!(ticket.signer.full_name, "АХМЕТОВА ДИНАРА");
    assert!(ticket.registration_number.starts_with("MNG-0001-"), "{ticket:?}");
    assert!(!ticket.district.doctor.is_empty());
    let signer = verdict.signer.as_ref().expect("the signer");
    assert_eq!(signer.bin.as_deref(), Some("940140000385"));
    assert_eq!(signer.role.as_deref(), Some("head"));

    // Nothing was lost between the stages: the person has this one request, completed.
    let listed: Vec<RequestStatus> = home.attach().arg("status").run().assert_exit(0).json_lines();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0].request_id, ticket.request_id);
    assert_eq!(listed[0].registration_number, ticket.registration_number);
    assert_eq!(listed[0].status, "completed");
    assert_eq!(listed[0].iin, CITIZEN);
}

fn the_last_stage_of_the_pipe_reports_the_first_failure(home: &Home) {
    home.register(CITIZEN).assert_exit(0);
    home.issue(CITIZEN, &["--iin", CITIZEN]);

    // Not logged in: `request` fails, every later stage passes its envelope on.
    let out = home.sh(&pipeline(CITIZEN, "MNG-0001")).assert_exit(3);
    assert_eq!(out.stdout_str().lines().count(), 1, "{}", out.stdout_str());
    let error = out.assert_error("unauthenticated");
    assert_eq!(error.exit, 3);

    // Signed with another person's key: `sign` refuses (condition 2), exit 4 at the end.
    home.register(OPERATOR).assert_exit(0);
    home.issue(OPERATOR, &["--iin", OPERATOR]);
    home.login(CITIZEN);
    let out = home.sh(&pipeline(OPERATOR, "MNG-0001")).assert_exit(4);
    out.assert_error("signer_mismatch");

    // The provider refuses (condition 3): the refusal itself reaches the end, exit 5.
    let out = home.sh(&pipeline(CITIZEN, "MNG-0003")).assert_exit(5);
    assert_eq!(out.stderr, "");
    match out.json::<ServiceResult>() {
        ServiceResult::Refused { refusal, .. } => assert_eq!(refusal.code, "no_capacity"),
        attached => panic!("{attached:?}"),
    }

    // The control: the same pipe, another clinic, and the whole journey works.
    let out = home.sh(&pipeline(CITIZEN, "MNG-0001")).assert_exit(0);
    assert!(out.json::<Verdict>().valid);
}

/// Runs `examples/NAME` with ATTACH set to the binary under test, a `cargo` on PATH that
/// leaves a mark (with ATTACH set, a script must not build anything) and its own TMPDIR;
/// checks it exits 0 without building or leaving files behind, and returns its stdout.
pub(crate) fn run_example(name: &str) -> String {
    let dir = crate::fixture::temp_dir();
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).expect("bin");
    let marker = dir.path().join("cargo-was-run");
    let fake = bin.join("cargo");
    std::fs::write(&fake, format!("#!/bin/sh\ntouch '{}'\nexit 1\n", marker.display())).expect("cargo");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join(name);

    let out = assert_cmd::Command::new("bash")
        .arg(&script)
        .env("ATTACH", env!("CARGO_BIN_EXE_attach"))
        .env("ATTACH_LANG", "en")
        .env("PATH", path)
        .env("TMPDIR", dir.path())
        .env_remove("ATTACH_HOME")
        .env_remove("ATTACH_PORTAL")
        .env_remove("ATTACH_PASSWORD")
        .env_remove("ATTACH_TLS_CA")
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .expect("bash runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "examples/{name} failed\n{stdout}\n{stderr}");
    assert!(!marker.exists(), "examples/{name} ran cargo although ATTACH was set");
    // It cleans up after itself: nothing left in TMPDIR but the fake cargo.
    let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").flatten().map(|e| e.file_name()).collect();
    assert_eq!(left, [std::ffi::OsString::from("bin")], "left behind: {left:?}");
    stdout
}

/// `examples/citizen.sh` ends as the README says: the first ticket of MNG-0001, valid, and
/// one request in the statistics, decided within its deadline.
#[test]
fn the_citizen_example_runs_against_the_binary_under_test() {
    let stdout = run_example("citizen.sh");
    // The screen of clause 9: the ticket's fields under their labels, then the verdict.
    let verdict = "VALID: ticket T-MNG-0001-000001 is authentic and in force";
    assert!(stdout.lines().any(|l| l == verdict), "no valid ticket in the output:\n{stdout}");
    for (label, value) in [
        ("Full name", "ТЕСТОВ ТЕСТ ТЕСТОВИЧ"),
        ("Patient's IIN", "900101300453"),
        ("Organization", "Поликлиника №1"),
        ("Directory code", "MNG-0001"),
    ] {
        let shown = |l: &str| l.trim_start().strip_prefix(label).is_some_and(|v| v.trim() == value);
        assert!(stdout.lines().any(shown), "no {label} {value} on the screen:\n{stdout}");
    }
    assert!(!stdout.contains("INVALID"), "{stdout}");
    let stats =
        "requests: 1 total, 0 registered, 1 completed, 0 refused; decided within the deadline: 100.0%";
    assert!(stdout.lines().any(|l| l == stats), "{stdout}");
}

/// Regression: the walk-through once called the binary through `$PWD` after changing into its
/// temporary directory, and so could not run at all.
#[test]
fn the_signing_walkthrough_runs_against_the_binary_under_test() {
    let stdout = run_example("walkthrough.sh");
    // Valid offline, then, after the revocation, valid at sigT but not at now.
    let valid = stdout.lines().filter(|l| l.starts_with("VALID: ticket T-MNG-0001-000001")).count();
    let invalid = stdout.lines().filter(|l| l.starts_with("INVALID: ticket T-MNG-0001-000001")).count();
    assert_eq!((valid, invalid), (2, 1), "{stdout}");
}

fn status_lists_the_persons_requests_newest_first(home: &Home) {
    let me = home.citizen(CITIZEN);
    let first = home.apply(&me, "MNG-0001", "first_attachment");
    let second = home.apply(&me, "MNG-0003", "free_choice");
    let third = home.apply(&me, "MNG-0002", "free_choice");
    // Another person's request is not in the list.
    let other = home.citizen(OPERATOR);
    home.apply(&other, "MNG-0001", "first_attachment");
    home.login(CITIZEN);

    let listed: Vec<RequestStatus> = home.attach().arg("status").run().assert_exit(0).json_lines();
    let ids: Vec<&str> = listed.iter().map(|s| s.request_id.as_str()).collect();
    assert_eq!(ids, [&third.request_id, &second.request_id, &first.request_id]);
    let statuses: Vec<&str> = listed.iter().map(|s| s.status.as_str()).collect();
    assert_eq!(statuses, ["completed", "refused", "completed"]);
    for (status, receipt) in listed.iter().zip([&third, &second, &first]) {
        assert_eq!(status.registration_number, receipt.registration_number);
        assert_eq!(status.deadline, receipt.deadline);
        assert_eq!(status.submitted_at, receipt.submitted_at);
        assert_eq!(status.service, "phc-attachment");
        assert_eq!(status.iin, CITIZEN);
    }
    // Each line is what `status REQUEST_ID` prints.
    assert_eq!(home.status(&second.request_id), listed[1]);

    // The regulation's screen: IIN, request number, service type, status, deadline.
    let table = home.attach().args(["status", "-o", "table"]).run().assert_exit(0);
    let text = table.stdout_str();
    let header = text.lines().find(|l| l.contains("IIN")).unwrap_or_else(|| panic!("no header:\n{text}"));
    let columns: Vec<&str> = header.split(['│', '┆', '|']).map(str::trim).filter(|c| !c.is_empty()).collect();
    assert_eq!(columns, ["IIN", "request", "registration", "service", "status", "deadline"], "{text}");
    let rows: Vec<&str> = text.lines().filter(|l| l.contains(CITIZEN)).collect();
    assert_eq!(rows.len(), 3, "{text}");
    assert!(rows[0].contains(&third.request_id) && rows[2].contains(&first.request_id), "{text}");
    assert!(rows.iter().all(|r| r.contains("18:00:00 (UTC+5)")), "deadlines in Aqtau time:\n{text}");
}

fn nothing_is_ready_before_the_provider_decides(home: &Home) {
    home.setting("processing_delay", "1h");
    let me = home.citizen(CITIZEN);
    let receipt = home.apply(&me, "MNG-0001", "first_attachment");
    assert_eq!(receipt.status, "registered");
    assert_eq!(home.status(&receipt.request_id).status, "registered");

    let started = std::time::Instant::now();
    let out =
        home.attach().args(["status", "--wait", "--timeout", "1s", &receipt.request_id]).run().assert_exit(8);
    out.assert_error("not_ready");
    let waited = started.elapsed();
    assert!(waited >= std::time::Duration::from_secs(1), "gave up after {waited:?}");

    // The same with the receipt piped in.
    let receipt_json = home.attach().args(["status", &receipt.request_id]).run().assert_exit(0).stdout;
    home.attach().args(["status", "--wait", "--timeout", "1s"]).stdin(receipt_json).run().assert_exit(8);

    home.result(&receipt.request_id).assert_exit(8).assert_error("not_ready");
    assert_eq!(home.status(&receipt.request_id).status, "registered", "still undecided");
}

fn a_later_attachment_supersedes_the_earlier_ticket(home: &Home) {
    let me = home.citizen(CITIZEN);
    let a = home.attach_to(&me, "MNG-0001", "first_attachment");
    let b = home.attach_to(&me, "MNG-0002", "free_choice");

    let verify_exit = |result: &[u8], args: &[&str], exit: i32| -> Verdict {
        home.attach().arg("verify-ticket").args(args).stdin(result.to_vec()).run().assert_exit(exit).json()
    };
    let verify = |result: &[u8], args: &[&str]| verify_exit(result, args, 0);
    let new = verify(&b, &[]);
    assert_eq!(new.state.as_deref(), Some("current"));
    assert_eq!(new.checks.len(), 9);
    let new_number =
        new.ticket.as_ref().and_then(|t| t["ticket_number"].as_str()).expect("number").to_owned();

    // Online, a replaced ticket is authentic but no longer in force: `issued` fails (SPEC 5),
    // naming the ticket that replaced it; a receptionist must not take it for an attachment.
    let old = verify_exit(&a, &[], 7);
    assert!(!old.valid, "a superseded ticket is not in force: {old:#?}");
    assert_eq!(old.state.as_deref(), Some("superseded"));
    let issued = old.check("issued");
    assert!(!issued.ok, "{issued:?}");
    let expected = format!("superseded by {new_number}, issued ");
    assert!(issued.detail.starts_with(&expected), "{issued:?}");
    let failed: Vec<&str> = old.checks.iter().filter(|c| !c.ok).map(|c| c.name.as_str()).collect();
    assert_eq!(failed, ["issued"], "only `issued` fails: the ticket is authentic");

    // --allow-superseded asks only whether it is authentic.
    let allowed = verify(&a, &["--allow-superseded"]);
    assert!(allowed.valid, "{allowed:#?}");
    assert_eq!(allowed.state.as_deref(), Some("superseded"));
    assert!(allowed.check("issued").ok);
    assert!(allowed.check("issued").detail.contains(&new_number), "{:?}", allowed.check("issued"));

    // At a terminal the replacement comes first, before the ticket's fields.
    let screen = home
        .attach()
        .args(["verify-ticket", "-o", "table"])
        .stdin(a.to_vec())
        .run()
        .assert_exit(7)
        .stdout_str()
        .to_owned();
    let first = screen.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("REPLACED: ticket T-MNG-0001-000001 is no longer in force")
            && first.contains(&new_number),
        "{screen}"
    );

    for result in [&a, &b] {
        let offline = verify(result, &["--offline"]);
        assert!(offline.valid);
        assert_eq!(offline.state, None, "offline, nobody says whether it is current");
        let names: Vec<&str> = offline.checks.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, CHECKS[..8]);
    }

    // The portal's word on each ticket is its own, not the last one's.
    let number = |result: &[u8]| -> String {
        let verdict = verify(result, &["--offline"]);
        let ticket: TicketDocument = serde_json::from_value(verdict.ticket.expect("ticket")).expect("ticket");
        ticket.ticket_number
    };
    assert_ne!(number(&a), number(&b));
}
