//! Accounts, sessions and who may see what (step 1; process 1, condition 1, process 2): the
//! portal refuses bad credentials, locks an account after repeated failures and unlocks it
//! later, expires idle sessions, ends them on logout, registers only people of ГБД ФЛ, and
//! shows a request only to its applicant. The session token stays in a 0600 file.

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use crate::home::{CITIZEN, Home, OPERATOR, PASSWORD, both_backends};
use crate::util::{LoggedIn, LoggedOut, Registered, RequestStatus};

both_backends!(
    a_wrong_password_is_refused_and_the_right_one_logs_in,
    repeated_failures_lock_the_account_until_the_lockout_passes,
    a_lockout_that_has_passed_starts_the_count_afresh,
    an_idle_session_expires,
    a_session_in_use_stays_alive,
    logout_ends_the_session_at_the_portal,
    only_valid_iins_of_the_registry_register_once,
    nobody_sees_another_persons_request,
    the_session_token_is_kept_in_a_private_file_and_never_shown,
);

/// A valid IIN (check digit and date) of nobody in the seeded registry.
const NOBODY: &str = "880202300013";

fn sessions_file(home: &Home) -> std::path::PathBuf {
    home.home.join("sessions.json")
}

/// `status` of every request is refused with `code`, exit 3.
fn assert_status_refused(home: &Home, code: &str) {
    home.attach().arg("status").run().assert_exit(3).assert_error(code);
}

fn a_wrong_password_is_refused_and_the_right_one_logs_in(home: &Home) {
    let registered: Registered = home.register(CITIZEN).assert_exit(0).json();
    assert_eq!(registered.iin, CITIZEN);
    assert!(attach::clock::parse_rfc3339(&registered.registered_at).is_some(), "{registered:?}");

    let wrong = home.login_with(CITIZEN, "not-the-password").assert_exit(3);
    let error = wrong.assert_error("bad_credentials");
    // Nobody learns from the answer whether an account exists.
    let unknown = home.login_with(OPERATOR, PASSWORD).assert_exit(3);
    assert_eq!(unknown.assert_error("bad_credentials").message, error.message);
    assert!(!sessions_file(home).exists(), "a refused login stored a session");
    assert_status_refused(home, "unauthenticated");

    let logged_in: LoggedIn = home.login_with(CITIZEN, PASSWORD).assert_exit(0).json();
    assert_eq!(logged_in.iin, CITIZEN);
    assert_eq!(logged_in.role, "citizen");
    assert_eq!(logged_in.portal, home.portal_name(), "`embedded`, or the portal's URL");
    let expires = attach::clock::parse_rfc3339(&logged_in.expires_at).expect("RFC 3339");
    assert!(expires > time::OffsetDateTime::now_utc(), "{logged_in:?}");
    home.attach().arg("status").run().assert_exit(0);
}

fn repeated_failures_lock_the_account_until_the_lockout_passes(home: &Home) {
    // Three seconds rather than two: lock times have whole seconds, and a loaded machine
    // must still try the right password while the lock holds.
    home.setting("lockout", "3s");
    home.setting("lockout_failures", "5");
    home.register(CITIZEN).assert_exit(0);
    for _ in 0..4 {
        home.login_with(CITIZEN, "not-the-password").assert_exit(3).assert_error("bad_credentials");
    }
    let locked_at = std::time::Instant::now();
    home.login_with(CITIZEN, "not-the-password").assert_exit(3).assert_error("account_locked");
    // Locked: even the right password is refused.
    let out = home.login_with(CITIZEN, PASSWORD).assert_exit(3);
    assert!(out.assert_error("account_locked").message.contains("locked"));
    assert!(!sessions_file(home).exists());

    std::thread::sleep(Duration::from_secs(4).saturating_sub(locked_at.elapsed()));
    let logged_in: LoggedIn = home.login_with(CITIZEN, PASSWORD).assert_exit(0).json();
    assert_eq!(logged_in.iin, CITIZEN);
    home.attach().arg("status").run().assert_exit(0);
}

/// Regression: `login` once added each failure to the count kept from before the lock, so
/// after a lockout had passed a single mistyped password locked the account for another full
/// `lockout`; a new run of `lockout_failures` consecutive failures is what locks it again.
fn a_lockout_that_has_passed_starts_the_count_afresh(home: &Home) {
    home.setting("lockout", "2s");
    home.setting("lockout_failures", "5");
    home.register(CITIZEN).assert_exit(0);
    for _ in 0..4 {
        home.login_with(CITIZEN, "not-the-password").assert_exit(3).assert_error("bad_credentials");
    }
    home.login_with(CITIZEN, "not-the-password").assert_exit(3).assert_error("account_locked");
    std::thread::sleep(Duration::from_secs(3));
    home.login_with(CITIZEN, "not-the-password").assert_exit(3).assert_error("bad_credentials");
    home.login_with(CITIZEN, PASSWORD).assert_exit(0);
}

/// The citizen registered and logged in, on a portal whose sessions end after `idle` unused.
fn logged_in_with_session_idle(home: &Home, idle: &str) {
    home.setting("session_idle", idle);
    home.register(CITIZEN).assert_exit(0);
    home.login(CITIZEN);
}

fn an_idle_session_expires(home: &Home) {
    // Two seconds: session times have whole seconds, so a one-second idle limit may end a
    // session the instant the clock's second turns, before the control below runs.
    logged_in_with_session_idle(home, "2s");
    // Control: used at once, the session is alive.
    home.attach().arg("status").run().assert_exit(0);
    std::thread::sleep(Duration::from_secs(3));
    let out = home.attach().arg("status").run().assert_exit(3);
    out.assert_error("session_expired");
    // Logging in again is the way out.
    home.login(CITIZEN);
    home.attach().arg("status").run().assert_exit(0);
}

/// A session used within its idle limit lives on: each use past a quarter of the limit moves
/// its last use on. Served, `me` is answered on the server's reading thread, which may not
/// write: the use that must be recorded is answered again where it can be.
fn a_session_in_use_stays_alive(home: &Home) {
    logged_in_with_session_idle(home, "4s");
    home.attach().arg("me").run().assert_exit(0);
    std::thread::sleep(Duration::from_millis(2500));
    home.attach().arg("me").run().assert_exit(0);
    std::thread::sleep(Duration::from_millis(2500));
    // Five seconds after the login, more than the idle limit: alive only because the use at
    // two and a half seconds was recorded (times have whole seconds: at 1.5 s at the earliest).
    home.attach().arg("me").run().assert_exit(0);
}

fn logout_ends_the_session_at_the_portal(home: &Home) {
    let out = home.attach().arg("logout").run().assert_exit(0);
    assert_eq!(out.json::<LoggedOut>(), LoggedOut { logged_out: true }, "no session is fine");

    home.register(CITIZEN).assert_exit(0);
    home.login(CITIZEN);
    home.attach().arg("status").run().assert_exit(0);
    let stored = std::fs::read(sessions_file(home)).expect("sessions.json");
    let out = home.attach().arg("logout").run().assert_exit(0);
    assert_eq!(out.json::<LoggedOut>(), LoggedOut { logged_out: true });
    assert_status_refused(home, "unauthenticated");

    // The portal forgot the token too: a copy kept from before the logout is worthless.
    std::fs::write(sessions_file(home), stored).expect("restore sessions.json");
    assert_status_refused(home, "unauthenticated");
    home.attach().arg("logout").run().assert_exit(0);
}

fn only_valid_iins_of_the_registry_register_once(home: &Home) {
    let out = home.register(NOBODY).assert_exit(6);
    assert!(out.assert_error("person_not_found").message.contains(NOBODY));
    let out = home.register("880202300014").assert_exit(2);
    out.assert_error("invalid_iin");
    let out = home.register("90010130045").assert_exit(2);
    out.assert_error("invalid_iin");

    home.register(CITIZEN).assert_exit(0);
    let out = home.register(CITIZEN).assert_exit(2);
    assert!(out.assert_error("already_registered").message.contains("already exists"));
    // The first password still holds.
    home.login(CITIZEN);
}

fn nobody_sees_another_persons_request(home: &Home) {
    let other = home.citizen(OPERATOR);
    let theirs = home.apply(&other, "MNG-0001", "first_attachment");
    home.citizen(CITIZEN);

    let missing = "R-999999";
    let not_found = |id: &str, command: &str| -> String {
        let out = home.attach().args([command, id]).run().assert_exit(6);
        let message = out.assert_error("not_found").message;
        message.replace(id, "ID")
    };
    for command in ["status", "result"] {
        // The same answer as for a request that does not exist.
        assert_eq!(not_found(&theirs.request_id, command), not_found(missing, command), "{command}");
    }
    let mine: Vec<RequestStatus> = home.attach().arg("status").run().assert_exit(0).json_lines();
    assert!(mine.is_empty(), "{mine:?}");

    // Control: the applicant sees it.
    home.login(OPERATOR);
    assert_eq!(home.status(&theirs.request_id).request_id, theirs.request_id);
    home.result(&theirs.request_id).assert_exit(0);
}

fn the_session_token_is_kept_in_a_private_file_and_never_shown(home: &Home) {
    home.register(CITIZEN).assert_exit(0);
    let out = home.login_with(CITIZEN, PASSWORD).assert_exit(0);

    let path = sessions_file(home);
    let mode = std::fs::metadata(&path).expect("sessions.json").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "sessions.json has mode {mode:o}");
    let sessions: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("sessions.json")).expect("JSON");
    let portal = home.portal_name();
    let token = sessions[&portal]["token"].as_str().expect("the stored token").to_owned();
    assert!(token.len() >= 32, "a token of {} characters", token.len());

    assert!(!out.stdout_str().contains(&token), "login printed the token");
    assert!(!out.stderr.contains(&token), "login printed the token on stderr");
    assert!(!out.stdout_str().contains(PASSWORD) && !out.stderr.contains(PASSWORD));
    let table = home.attach().args(["login", "--iin", CITIZEN, "--password-stdin", "-o", "table"]);
    let table = table.stdin(format!("{PASSWORD}\n")).run().assert_exit(0);
    let token2 = serde_json::from_slice::<serde_json::Value>(&std::fs::read(&path).expect("sessions.json"))
        .expect("JSON")[&portal]["token"]
        .as_str()
        .expect("token")
        .to_owned();
    assert!(!table.stdout_str().contains(&token2) && !table.stderr.contains(&token2));
    // The portal keeps only a hash of it: not in its database, nor in the write-ahead log a
    // running server has not checkpointed yet.
    for entry in std::fs::read_dir(&home.home).expect("the home").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("portal.db") {
            let bytes = std::fs::read(entry.path()).expect("a database file");
            for t in [&token, &token2] {
                assert!(
                    !bytes.windows(t.len()).any(|w| w == t.as_bytes()),
                    "the token is in {name} in clear"
                );
            }
        }
    }
}
