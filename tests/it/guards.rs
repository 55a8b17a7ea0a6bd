//! Guards for the portal's home and its server: `init --force` refused while another process
//! uses the home; test identities refused off loopback; plain HTTP off loopback warned of.

use crate::home::{CITIZEN, Home};

/// Regression: `portal init --force` while `portal serve` ran on the same home replaced the
/// database under it; the server kept writing to the deleted file, and its writes were lost.
#[test]
fn init_force_is_refused_while_the_home_is_served() {
    let home = Home::served();
    let me = home.citizen(CITIZEN);
    let receipt = home.apply(&me, "MNG-0001", "first_attachment");

    let out = home.attach().args(["portal", "init", "--force"]).run().assert_exit(2);
    out.assert_error("invalid_input");
    assert!(out.stderr.contains("is in use by another process"), "{}", out.stderr);
    // The server and its database are untouched.
    assert_eq!(home.status(&receipt.request_id).status, "completed");
    home.apply(&me, "MNG-0002", "free_choice");

    home.stop_server();
    home.attach().args(["portal", "init", "--force"]).run().assert_exit(0);
    // A new portal: the old requests are gone with the old database.
    home.attach().args(["portal", "accounts", "list"]).run().assert_exit(0);
}

/// Regression: `portal serve --listen 0.0.0.0:… --allow-test-identities` served plain HTTP on
/// every interface, with test identities, and said nothing.
#[test]
fn test_identities_are_refused_off_loopback_and_plain_http_is_warned_of() {
    let home = Home::new();
    for listen in ["0.0.0.0:0", "[::]:0", "192.0.2.1:0"] {
        let out = home
            .attach()
            .args(["portal", "serve", "--allow-test-identities", "--listen", listen])
            .run()
            .assert_exit(2);
        assert!(out.stderr.contains("is not a loopback address"), "{listen}: {}", out.stderr);
        assert!(out.stderr.contains("--i-know-this-is-not-production"), "{}", out.stderr);
    }
    // The way out names itself, and only goes with test identities.
    home.attach().args(["portal", "serve", "--i-know-this-is-not-production"]).run().assert_exit(2);

    // Plain HTTP off loopback is warned of before serving. 192.0.2.1 (TEST-NET-1) is no
    // address of this machine, so the server fails to bind after the warning, and nothing
    // listens beyond loopback.
    let out = home.attach().args(["portal", "serve", "--listen", "192.0.2.1:0"]).run();
    assert_ne!(out.code, 0);
    assert!(out.stderr.contains("attach: warning: serving plain HTTP on `192.0.2.1:0`"), "{}", out.stderr);

    // On loopback: no warning, test identities allowed.
    let url = home.serve(&["--allow-test-identities"]);
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
}
