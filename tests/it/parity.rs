//! The two backends side by side: every error path of the service run against the embedded
//! portal and against `portal serve`, with the same inputs, must end with the same exit code,
//! the same envelope and the same message (the server sends the engine's message as the
//! problem's `detail`; only the portal's name, `embedded` or its URL, may differ). And a client
//! of a remote portal keeps nothing in its home but its sessions: it never creates a portal
//! database of its own.

use std::os::unix::fs::PermissionsExt;

use attach::domain::document::Kind;
use time::Duration;

use crate::fixture::{Identity, forge, now, parse_jws, rfc3339};
use crate::home::{Backend, CITIZEN, Home, OPERATOR, PASSWORD};
use crate::util::{Attach, LoggedIn, Outcome, Receipt, RequestStatus, ServiceResult, Verdict, example_json};

/// A valid IIN (check digit and date) of nobody in the seeded registry.
const NOBODY: &str = "880202300013";

/// The identities and signed documents both homes are given: one home is a copy of the other
/// made after the certificates were issued, so the two share the certification authority and
/// its records, and the same bytes can be submitted to both.
struct Inputs {
    revoked: Identity,
    request: serde_json::Value,
    signed: Vec<u8>,
    /// `(label, code, bytes)` that the portal must refuse with `code`.
    refused: Vec<(&'static str, &'static str, Vec<u8>)>,
    /// The signed request's `request_uuid` with another payload.
    changed: Vec<u8>,
}

fn inputs(home: &Home) -> Inputs {
    let me = home.issue("me", &["--iin", CITIZEN]);
    let other = home.issue("other", &["--iin", OPERATOR]);
    let auth = home.issue("auth", &["--iin", CITIZEN, "--auth"]);
    let ten_days_ago = rfc3339(now() - Duration::days(10));
    let expired =
        home.issue("expired", &["--iin", CITIZEN, "--valid-from", &ten_days_ago, "--valid-days", "1"]);
    let yesterday = rfc3339(now() - Duration::days(1));
    let since_yesterday = home.issue("since-yesterday", &["--iin", CITIZEN, "--valid-from", &yesterday]);
    let revoked = home.issue("revoked", &["--iin", CITIZEN]);
    // What `attach request` fills for the citizen, made now.
    let mut request = example_json("request.json");
    request["created_at"] = serde_json::json!(rfc3339(now()));
    let signed = forge(&me, &request, Kind::Request, now());

    let mut jws = parse_jws(&signed);
    let payload = String::from_utf8(attach::pki::jws::unb64url(&jws.payload).expect("b64")).expect("UTF-8");
    jws.payload = attach::pki::jws::b64url(payload.replace("кв. 17", "кв. 71").as_bytes());
    let tampered = serde_json::to_vec(&jws).expect("JSON");
    let mut changed = request.clone();
    changed["applicant"]["address"] = serde_json::json!("Актау, 12 мкр., д. 5, кв. 71");

    let refused = vec![
        (
            "signed with another person's certificate",
            "signer_mismatch",
            forge(&other, &request, Kind::Request, now()),
        ),
        (
            "signed with an authentication certificate",
            "wrong_key_usage",
            forge(&auth, &request, Kind::Request, now()),
        ),
        (
            "signed with an expired certificate",
            "cert_not_valid",
            forge(&expired, &request, Kind::Request, now()),
        ),
        (
            "signed ten minutes ahead",
            "stale_signing_time",
            forge(&since_yesterday, &request, Kind::Request, now() + Duration::minutes(10)),
        ),
        ("changed after signing", "bad_signature", tampered),
        (
            "signed with a revoked certificate",
            "cert_revoked",
            forge(&revoked, &request, Kind::Request, now()),
        ),
        ("not JSON", "invalid_document", b"{\"protected\": ".to_vec()),
    ];
    Inputs { revoked, changed: forge(&me, &changed, Kind::Request, now()), request, signed, refused }
}

/// The error paths, in order, on `home` (a copy of the template where [`inputs`] issued the
/// certificates, and nothing else happened); returns
/// each step's label and outcome.
fn error_paths(home: &Home, inputs: &Inputs) -> Vec<(String, &'static str, Outcome)> {
    let mut steps: Vec<(String, &'static str, Outcome)> = Vec::new();
    let mut step = |label: &str, code: &'static str, outcome: Outcome| {
        steps.push((label.to_owned(), code, outcome));
    };
    home.setting("processing_delay", "1h");
    home.setting("lockout_failures", "3");
    home.setting("lockout", "1h");

    step("status before any login", "unauthenticated", home.attach().arg("status").run());
    step(
        "request before any login",
        "unauthenticated",
        home.attach().args(["request", "--org", "MNG-0001"]).run(),
    );
    step("register a person absent from ГБД ФЛ", "person_not_found", home.register(NOBODY));
    step("register a bad check digit", "invalid_iin", home.register("880202300014"));
    step("register eleven digits", "invalid_iin", home.register("90010130045"));
    home.register(CITIZEN).assert_exit(0);
    step("register twice", "already_registered", home.register(CITIZEN));
    step("login with a wrong password", "bad_credentials", home.login_with(CITIZEN, "not-the-password"));
    step("login without an account", "bad_credentials", home.login_with(OPERATOR, PASSWORD));
    step("login with an invalid IIN", "invalid_iin", home.login_with("880202300014", PASSWORD));
    home.login(CITIZEN);

    step(
        "request a clinic not in the directory",
        "org_not_found",
        home.attach().args(["request", "--org", "MNG-9999"]).run(),
    );
    step(
        "request for someone else as a citizen",
        "forbidden",
        home.attach().args(["request", "--org", "MNG-0001", "--for", OPERATOR]).run(),
    );
    step(
        "orgs of an unknown region",
        "invalid_input",
        home.attach().args(["orgs", "--region", "Алматы"]).run(),
    );
    step("status of an unknown request", "not_found", home.attach().args(["status", "R-999999"]).run());
    step("result of an unknown request", "not_found", home.attach().args(["result", "R-999999"]).run());

    let revoked = home.attach().args(["portal", "nca", "revoke", "--cert"]).arg(inputs.revoked.cert());
    revoked.run().assert_exit(0);
    step(
        "sign with a revoked certificate",
        "cert_revoked",
        home.attach().arg("sign").args(inputs.revoked.key_arg()).stdin(inputs.request.to_string()).run(),
    );
    for (label, code, bytes) in &inputs.refused {
        step(&format!("submit: {label}"), code, home.submit(bytes));
    }

    let receipt: Receipt = home.submit(&inputs.signed).assert_exit(0).json();
    step("result before the decision", "not_ready", home.result(&receipt.request_id));
    step(
        "status --wait that times out",
        "not_ready",
        home.attach().args(["status", "--wait", "--timeout", "1s", &receipt.request_id]).run(),
    );
    step("submit: the same request_uuid, another payload", "duplicate_request", home.submit(&inputs.changed));

    // Another person: the citizen's request is not theirs to see.
    home.register(OPERATOR).assert_exit(0);
    home.login(OPERATOR);
    step(
        "status of another person's request",
        "not_found",
        home.attach().args(["status", &receipt.request_id]).run(),
    );
    step("result of another person's request", "not_found", home.result(&receipt.request_id));
    step("submit another person's request", "signer_mismatch", home.submit(&inputs.signed));

    for n in 1..=3 {
        let code = if n < 3 { "bad_credentials" } else { "account_locked" };
        step(&format!("wrong password {n} of 3"), code, home.login_with(CITIZEN, "not-the-password"));
    }
    step("the right password while locked", "account_locked", home.login_with(CITIZEN, PASSWORD));

    home.setting("session_idle", "1s");
    std::thread::sleep(std::time::Duration::from_millis(2100));
    step("status after the session went idle", "session_expired", home.attach().arg("status").run());
    home.attach().arg("logout").run().assert_exit(0);
    step("status after logout", "unauthenticated", home.attach().arg("status").run());
    steps
}

/// What must be equal across backends: exit code, stdout (the envelope, or the data a failing
/// command prints) and stderr, with the portal's name and the times of day (a lock's end)
/// made neutral.
fn comparable(home: &Home, outcome: &Outcome) -> (i32, String, String) {
    let name = home.portal_name();
    let neutral = |text: &str| without_times(&text.replace(&name, "PORTAL"));
    (outcome.code, neutral(outcome.stdout_str()), neutral(&outcome.stderr))
}

/// `text` with each RFC 3339 UTC time (`2026-11-26T02:54:54Z`), and each time as people read
/// it (`2026-11-26 07:54:54 (UTC+5)`), replaced by `TIME`.
fn without_times(text: &str) -> String {
    const SHAPES: [&[u8]; 2] = [b"dddd-dd-ddTdd:dd:ddZ", b"dddd-dd-dd dd:dd:dd (UTC+5)"];
    let fits = |window: &[u8], shape: &[u8]| {
        window.iter().zip(shape).all(|(c, s)| if *s == b'd' { c.is_ascii_digit() } else { c == s })
    };
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let shape = SHAPES
            .iter()
            .find(|shape| bytes.len() - i >= shape.len() && fits(&bytes[i..i + shape.len()], shape));
        if let Some(shape) = shape {
            out.extend_from_slice(b"TIME");
            i += shape.len();
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("only ASCII was replaced")
}

#[test]
fn times_are_made_neutral() {
    assert_eq!(without_times("locked until 2026-11-26T02:54:54Z."), "locked until TIME.");
    assert_eq!(without_times("until 2026-11-26 07:54:54 (UTC+5)."), "until TIME.");
    assert_eq!(without_times("2026-11-26 Ақтау"), "2026-11-26 Ақтау");
}

#[test]
fn every_error_path_ends_the_same_on_both_backends() {
    let embedded = Home::new();
    let inputs = inputs(&embedded);
    let served = Home::copy_of(&embedded);
    served.serve(&[]);
    let (a, b) = std::thread::scope(|scope| {
        let a = scope.spawn(|| error_paths(&embedded, &inputs));
        let b = error_paths(&served, &inputs);
        (a.join().expect("the embedded run"), b)
    });
    assert_eq!(a.len(), b.len());
    let mut differences = Vec::new();
    for ((label, code, x), (_, _, y)) in a.iter().zip(&b) {
        for (backend, outcome) in [("embedded", x), ("http", y)] {
            assert_eq!(outcome.envelope().code, *code, "`{label}` on the {backend} portal\n{outcome:?}");
            assert_eq!(outcome.stderr.lines().count(), 1, "`{label}` on the {backend} portal\n{outcome:?}");
        }
        let (x, y) = (comparable(&embedded, x), comparable(&served, y));
        if x != y {
            differences.push(format!("{label}:\n  embedded: {x:?}\n  http:     {y:?}"));
        }
    }
    assert!(differences.is_empty(), "the backends differ:\n{}", differences.join("\n"));
}

/// A client of a remote portal, in a home of its own: the whole journey, and the home holds
/// `sessions.json` (0600, its session under the portal's URL) and nothing else.
#[test]
fn a_client_of_a_remote_portal_creates_no_portal_database() {
    let portal = Home::served();
    let url = portal.url().expect("served");
    let client_home = portal.path("client-home");
    let client = || Attach::new(&client_home).current_dir(&portal.dir).env("ATTACH_PORTAL", &url);

    // The certificate comes from the portal's authority, administered on the portal's home.
    let me = portal.issue("me", &["--iin", CITIZEN]);
    let auth = portal.authentication(CITIZEN).expect("an authentication certificate");
    let registered = client().args(["register", "--iin", CITIZEN, "--password-stdin"]).args(auth.key_arg());
    registered.stdin(format!("{PASSWORD}\n")).run().assert_exit(0);
    let login = client().args(["login", "--iin", CITIZEN, "--password-stdin"]);
    let logged_in: LoggedIn = login.stdin(format!("{PASSWORD}\n")).run().assert_exit(0).json();
    assert_eq!(logged_in.portal, url);
    let request = client().args(["request", "--org", "MNG-0001", "--reason", "first_attachment"]).run();
    let request = request.assert_exit(0).stdout;
    let signed = client().arg("sign").args(me.key_arg()).stdin(request).run().assert_exit(0).stdout;
    let receipt: Receipt = client().arg("submit").stdin(signed).run().assert_exit(0).json();
    let status: RequestStatus =
        client().args(["status", "--wait", &receipt.request_id]).run().assert_exit(0).json();
    assert_eq!(status.status, "completed");
    let result = client().args(["result", &receipt.request_id]).run().assert_exit(0);
    assert!(matches!(result.json::<ServiceResult>(), ServiceResult::Attached { .. }));
    let verdict: Verdict = client().arg("verify-ticket").stdin(result.stdout).run().assert_exit(0).json();
    assert!(verdict.valid && verdict.state.as_deref() == Some("current"), "{verdict:#?}");

    let mut left: Vec<String> = std::fs::read_dir(&client_home)
        .expect("the client's home")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["sessions.json"], "the client's home holds more than its sessions");
    let sessions = client_home.join("sessions.json");
    let mode = std::fs::metadata(&sessions).expect("sessions.json").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "sessions.json has mode {mode:o}");
    let stored: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&std::fs::read(&sessions).expect("read")).expect("JSON");
    assert_eq!(stored.keys().collect::<Vec<_>>(), [&url], "one session, under the portal's URL");
    assert_eq!(stored[&url]["iin"], CITIZEN);
    assert_eq!(portal.backend(), Backend::Http);
}
