//! `attach portal init` and the home: a portal is never minted silently, never replaced
//! without `--force`, and `verify-ticket` with nothing to trust creates nothing.

use crate::fixture::{shared, temp_dir};
use crate::util::{Attach, Initialized};

#[test]
fn verify_ticket_without_a_trust_anchor_is_a_usage_error_and_creates_no_home() {
    let dir = temp_dir();
    let home = dir.path().join("home");
    let file = dir.path().join("ticket.signed.json");
    std::fs::write(&file, &shared().ticket).expect("write");
    for stdin in [Vec::new(), shared().ticket.clone()] {
        let mut attach = Attach::new(&home).arg("verify-ticket");
        attach = if stdin.is_empty() { attach.arg(&file) } else { attach.stdin(stdin) };
        let out = attach.run().assert_exit(2);
        assert!(
            out.assert_error("invalid_input").message.starts_with("no trust anchor"),
            "{}",
            out.stdout_str()
        );
        assert!(!home.exists(), "verify-ticket created the home");
    }
}

#[test]
fn init_refuses_an_existing_portal_and_force_replaces_it() {
    let dir = temp_dir();
    let home = dir.path().join("home");
    let root = || Attach::new(&home).args(["portal", "nca", "ca"]).run().assert_exit(0).stdout;

    let first: Initialized = Attach::new(&home).args(["portal", "init"]).run().assert_exit(0).json();
    assert_eq!(first.home, home);
    assert!(first.database.starts_with(&home) && first.database.exists(), "{first:?}");
    assert!(first.root.subject.contains("ТҮБІРІ"), "{first:?}");
    assert!(first.root.valid_to.ends_with('Z'));
    let before = root();

    let again = Attach::new(&home).args(["portal", "init"]).run().assert_exit(2);
    assert!(again.assert_error("invalid_input").message.contains("already holds a portal"));
    assert_eq!(root(), before, "the authority was kept");

    let forced: Initialized =
        Attach::new(&home).args(["portal", "init", "--force"]).run().assert_exit(0).json();
    assert_ne!(forced.root.serial, first.root.serial);
    assert_ne!(root(), before, "a new authority");
}

#[test]
fn portal_commands_refuse_a_remote_portal() {
    let dir = temp_dir();
    let home = dir.path().join("home");
    for args in [["portal", "init", "--portal", "http://x"], ["--portal", "http://x", "portal", "init"]] {
        let out = Attach::new(&home).args(args).run().assert_exit(2);
        assert!(out.assert_error("invalid_input").message.contains("--portal"));
        assert!(!home.exists(), "{args:?} created the home");
    }
    // ATTACH_PORTAL (a remote portal for the other commands) does not stop local administration.
    Attach::new(&home).args(["portal", "init"]).env("ATTACH_PORTAL", "http://x").run().assert_exit(0);
}
