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

/// A read-only bind mount of a directory, undone when dropped.
struct ReadOnlyMount {
    at: std::path::PathBuf,
}

impl ReadOnlyMount {
    /// `source` seen read-only at `at`, or why it cannot be (not root, no mount namespace).
    fn of(source: &std::path::Path, at: &std::path::Path) -> Result<ReadOnlyMount, String> {
        std::fs::create_dir_all(at).map_err(|e| e.to_string())?;
        let mount = |args: &[&std::ffi::OsStr]| {
            std::process::Command::new("mount").args(args).output().map_err(|e| e.to_string()).and_then(
                |out| {
                    out.status
                        .success()
                        .then_some(())
                        .ok_or_else(|| String::from_utf8_lossy(&out.stderr).into_owned())
                },
            )
        };
        mount(&["--bind".as_ref(), source.as_os_str(), at.as_os_str()])?;
        let mounted = ReadOnlyMount { at: at.to_owned() };
        mount(&["-o".as_ref(), "remount,ro,bind".as_ref(), at.as_os_str()])?;
        Ok(mounted)
    }
}

impl Drop for ReadOnlyMount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.at).output();
    }
}

/// Regression: commands that only read — `status`, `result`, `verify-ticket`, `orgs` — exited
/// 1 on a read-only home (root can write into a 0500 directory, so the home is a read-only
/// bind mount). They read the portal as it is; a command that must write says the home is
/// read-only.
#[test]
fn commands_that_only_read_work_on_a_read_only_home() {
    let home = crate::home::Home::new();
    let me = home.citizen(crate::home::CITIZEN);
    let receipt = home.apply(&me, "MNG-0001", "first_attachment");
    let result = home.path("result.json");
    std::fs::write(&result, home.assert_attached(&receipt)).expect("result.json");
    let ro = home.path("read-only-home");
    let _mount = match ReadOnlyMount::of(&home.home, &ro) {
        Ok(mount) => mount,
        Err(why) => {
            eprintln!("skipped: a read-only bind mount is not allowed here: {why}");
            return;
        }
    };
    let attach = || Attach::new(&ro).current_dir(&home.dir);
    let listed: Vec<crate::util::RequestStatus> = attach().arg("status").run().assert_exit(0).json_lines();
    assert_eq!(listed.len(), 1);
    attach().args(["status", &receipt.request_id]).run().assert_exit(0);
    attach().args(["result", &receipt.request_id]).run().assert_exit(0);
    let verdict: crate::util::Verdict =
        attach().arg("verify-ticket").arg(&result).run().assert_exit(0).json();
    assert!(verdict.valid && verdict.checks.iter().any(|c| c.name == "issued" && c.ok), "{verdict:?}");
    attach().arg("orgs").run().assert_exit(0);
    let login = attach()
        .args(["login", "--iin", crate::home::CITIZEN, "--password-stdin"])
        .stdin(format!("{}\n", crate::home::PASSWORD))
        .run()
        .assert_exit(1);
    assert!(login.stderr.contains("is read-only"), "{}", login.stderr);
}

/// Files that name people are the owner's alone, and so is the home: a home others may write
/// to is made private, with a note; a shared directory (sticky, as /tmp is) is refused.
#[test]
fn personal_data_is_written_for_the_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o7777;
    let home = crate::home::Home::new();
    let op = home.operator();
    std::fs::write(home.path("rows.csv"), format!("iin,org\n{},MNG-0001\n", crate::home::CITIZEN))
        .expect("CSV");
    home.attach()
        .args(["batch", "rows.csv", "--wait", "--out", "results.jsonl"])
        .args(op.key_arg())
        .run()
        .assert_exit(0);
    assert_eq!(mode(&home.path("results.jsonl")), 0o600, "batch --out");
    assert_eq!(mode(&home.path("rows.csv.journal")), 0o600, "the journal");
    let listed: Vec<crate::util::RequestStatus> =
        home.attach().arg("status").run().assert_exit(0).json_lines();
    home.attach().args(["result", &listed[0].request_id, "--out", "result.json"]).run().assert_exit(0);
    assert_eq!(mode(&home.path("result.json")), 0o600, "result --out");

    std::fs::set_permissions(&home.home, std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let out = home.attach().arg("orgs").run().assert_exit(0);
    assert!(out.stderr.contains("was writable by others (mode 0777); it is now 0700"), "{}", out.stderr);
    assert_eq!(mode(&home.home), 0o700);

    let shared = home.path("shared");
    std::fs::create_dir(&shared).expect("a shared directory");
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o1777)).expect("chmod");
    let out = Attach::new(&shared).arg("orgs").run().assert_exit(2);
    assert!(out.assert_error("invalid_input").message.contains("cannot be made private"), "{out:?}");
    assert_eq!(mode(&shared), 0o1777, "left as it was");
}
