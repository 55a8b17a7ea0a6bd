//! `portal accounts list|unlock|reset-password`, `portal staff list|remove` and `portal orgs
//! set`: the administrator's commands, each in the audit log with `admin` as the actor.

use crate::home::{CITIZEN, Home, OPERATOR, PASSWORD};

/// The audit log's entries for `action`: who, of what, how it ended.
fn audited(home: &Home, action: &str) -> Vec<(String, String, String)> {
    let db = home.home.join("portal.db");
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .expect("the portal's database");
    let mut stmt = conn
        .prepare("SELECT actor, subject, outcome FROM audit WHERE action = ?1 ORDER BY id")
        .expect("audit");
    stmt.query_map([action], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("audit")
        .collect::<rusqlite::Result<_>>()
        .expect("audit")
}

fn lines(home: &Home, args: &[&str]) -> Vec<serde_json::Value> {
    home.attach().args(args).run().assert_exit(0).json_lines()
}

#[test]
fn accounts_are_listed_unlocked_and_given_new_passwords() {
    let home = Home::new();
    home.register(CITIZEN).assert_exit(0);
    for _ in 0..4 {
        home.login_with(CITIZEN, "not-the-password").assert_exit(3).assert_error("bad_credentials");
    }
    home.login_with(CITIZEN, "not-the-password").assert_exit(3).assert_error("account_locked");

    let all = lines(&home, &["portal", "accounts", "list"]);
    let me = all.iter().find(|a| a["iin"] == CITIZEN).expect("the account is listed");
    assert_eq!(me["role"], "citizen");
    assert!(me["locked_until"].is_string(), "{me}");
    assert!(me.get("hash").is_none() && me.get("salt").is_none(), "no credentials: {me}");
    let locked = lines(&home, &["portal", "accounts", "list", "--locked"]);
    assert_eq!(locked.len(), 1);

    let out = home.attach().args(["portal", "accounts", "unlock", "--iin", CITIZEN]).run().assert_exit(0);
    assert_eq!(out.json::<serde_json::Value>()["action"], "unlock");
    assert!(lines(&home, &["portal", "accounts", "list", "--locked"]).is_empty());
    home.login_with(CITIZEN, PASSWORD).assert_exit(0);
    assert_eq!(audited(&home, "unlock"), [("admin".to_owned(), CITIZEN.to_owned(), "ok".to_owned())]);

    // A new password ends the sessions: the old session is gone, the old password refused.
    home.attach()
        .args(["portal", "accounts", "reset-password", "--iin", CITIZEN, "--password-stdin"])
        .stdin("An0ther-pass\n")
        .run()
        .assert_exit(0);
    home.attach().arg("status").run().assert_exit(3);
    home.login_with(CITIZEN, PASSWORD).assert_exit(3).assert_error("bad_credentials");
    home.login_with(CITIZEN, "An0ther-pass").assert_exit(0);
    assert_eq!(audited(&home, "reset_password").len(), 1);

    // For people: every column named.
    let table = home.attach().args(["portal", "accounts", "list", "-o", "table"]).run().assert_exit(0);
    for column in ["IIN", "role", "clinic", "registered", "locked until", "failed logins", "sessions"] {
        assert!(table.stdout_str().contains(column), "{column}:\n{}", table.stdout_str());
    }
    // An account that does not exist.
    home.attach().args(["portal", "accounts", "unlock", "--iin", "880202300013"]).run().assert_exit(6);
}

#[test]
fn operators_are_listed_and_removed() {
    let home = Home::new();
    home.operator();
    home.register(CITIZEN).assert_exit(0);
    let staff = lines(&home, &["portal", "staff", "list"]);
    assert_eq!(staff.len(), 1, "citizens are not staff: {staff:?}");
    assert_eq!((staff[0]["iin"].as_str(), staff[0]["org"].as_str()), (Some(OPERATOR), Some("MNG-0001")));
    assert_eq!(lines(&home, &["portal", "staff", "list", "--org", "MNG-0001"]).len(), 1);
    assert!(lines(&home, &["portal", "staff", "list", "--org", "MNG-0002"]).is_empty());

    // A citizen is no operator to remove.
    home.attach().args(["portal", "staff", "remove", "--iin", CITIZEN]).run().assert_exit(6);
    let out = home.attach().args(["portal", "staff", "remove", "--iin", OPERATOR]).run().assert_exit(0);
    assert_eq!(out.json::<serde_json::Value>()["count"], 1, "the operator's session ended");
    home.attach().arg("status").run().assert_exit(3);
    assert!(lines(&home, &["portal", "staff", "list"]).is_empty());
    assert_eq!(
        audited(&home, "remove_operator"),
        [("admin".to_owned(), OPERATOR.to_owned(), "ok".to_owned())]
    );
}

#[test]
fn a_clinic_is_given_capacity_closed_and_opened() {
    // Served: the administrator changes the home's portal while it serves, and the server's
    // directory shows the change at once.
    let home = Home::served();
    let org: serde_json::Value = home
        .attach()
        .args(["portal", "orgs", "set", "MNG-0003", "capacity", "5000"])
        .run()
        .assert_exit(0)
        .json();
    assert_eq!(org["capacity"], 5000);
    let listed: Vec<serde_json::Value> =
        home.attach().args(["orgs", "--search", "MNG-0003"]).run().assert_exit(0).json_lines();
    assert_eq!(listed[0]["capacity"], 5000, "the directory shows it");

    let org: serde_json::Value =
        home.attach().args(["portal", "orgs", "set", "mng-0003", "closed"]).run().assert_exit(0).json();
    assert_eq!(org["open"], false);
    let listed: Vec<serde_json::Value> =
        home.attach().args(["orgs", "--search", "MNG-0003"]).run().assert_exit(0).json_lines();
    assert_eq!(listed[0]["open"], false, "the directory shows it closed");
    let org: serde_json::Value =
        home.attach().args(["portal", "orgs", "set", "MNG-0003", "open"]).run().assert_exit(0).json();
    assert_eq!(org["open"], true);

    let outcomes: Vec<String> = audited(&home, "set_org")
        .into_iter()
        .map(|(actor, subject, outcome)| {
            assert_eq!((actor.as_str(), subject.as_str()), ("admin", "MNG-0003"));
            outcome
        })
        .collect();
    assert_eq!(outcomes, ["capacity 5000", "closed", "open"]);

    home.attach().args(["portal", "orgs", "set", "MNG-0003", "capacity", "lots"]).run().assert_exit(2);
    home.attach().args(["portal", "orgs", "set", "MNG-0003", "shut"]).run().assert_exit(2);
    home.attach().args(["portal", "orgs", "set", "MNG-9999", "open"]).run().assert_exit(6);
}
