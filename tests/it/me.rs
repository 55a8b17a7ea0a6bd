//! `attach me` (alias `whoami`): the session's person, role, clinic and expiry, from `GET
//! /v1/me`; and an expired session, told `session_expired` every time it is used.

use std::time::Duration;

use serde::Deserialize;

use crate::home::{CITIZEN, Home, OPERATOR, both_backends};

both_backends!(
    me_shows_the_sessions_person_role_clinic_and_expiry,
    an_expired_session_is_session_expired_every_time,
);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Whoami {
    portal: String,
    iin: String,
    full_name: String,
    #[allow(dead_code)]
    birth_date: String,
    #[allow(dead_code)]
    sex: String,
    #[allow(dead_code)]
    region: String,
    #[allow(dead_code)]
    address: String,
    role: String,
    org: Option<String>,
    attachment: Option<serde_json::Value>,
    #[allow(dead_code)]
    children: Vec<serde_json::Value>,
    expires_at: String,
}

fn me_shows_the_sessions_person_role_clinic_and_expiry(home: &Home) {
    home.attach().arg("me").run().assert_exit(3).assert_error("unauthenticated");

    home.citizen(CITIZEN);
    let me: Whoami = home.attach().arg("me").run().assert_exit(0).json();
    assert_eq!(me.iin, CITIZEN);
    assert_eq!(me.full_name, "ТЕСТОВ ТЕСТ ТЕСТОВИЧ");
    assert_eq!(me.role, "citizen");
    assert_eq!(me.org, None);
    assert!(me.attachment.is_none());
    assert_eq!(me.portal, home.portal_name());
    assert!(me.expires_at.ends_with('Z'), "{}", me.expires_at);

    home.operator();
    let me: Whoami = home.attach().arg("whoami").run().assert_exit(0).json();
    assert_eq!(
        (me.iin.as_str(), me.role.as_str(), me.org.as_deref()),
        (OPERATOR, "operator", Some("MNG-0001"))
    );

    // For people: a labelled table, the expiry in Aqtau time.
    let out = home.attach().args(["me", "-o", "table"]).run().assert_exit(0);
    let text = out.stdout_str();
    for word in ["IIN", OPERATOR, "operator of a clinic", "MNG-0001", "(UTC+5)", "session until"] {
        assert!(text.contains(word), "{word} in\n{text}");
    }
}

/// Regression: an expired session answered `session_expired` once, and `unauthenticated` after.
fn an_expired_session_is_session_expired_every_time(home: &Home) {
    home.setting("session_idle", "2s");
    home.citizen(CITIZEN);
    home.attach().arg("me").run().assert_exit(0);
    std::thread::sleep(Duration::from_secs(3));
    for command in ["me", "status", "me"] {
        home.attach().arg(command).run().assert_exit(3).assert_error("session_expired");
    }
    home.login(CITIZEN);
    home.attach().arg("me").run().assert_exit(0);
}
