//! Hints that lead somewhere: each error below once suggested a step that fails, or named the
//! wrong thing. Every test names the message it pins.

use crate::home::{CITIZEN, Home};

/// Regression: an encrypted PKCS#8 key suggested `openssl pkcs8 -nocrypt`, which fails on it.
/// The command suggested now works, and its output signs.
#[test]
fn an_encrypted_pkcs8_key_suggests_a_command_that_decrypts_it() {
    let home = Home::new();
    let who = home.citizen(CITIZEN);
    let encrypted = home.path("encrypted.pem");
    let openssl = |args: &[&std::ffi::OsStr]| {
        let out = std::process::Command::new("openssl").args(args).output().expect("openssl runs");
        assert!(out.status.success(), "openssl {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    openssl(&[
        "pkcs8".as_ref(),
        "-topk8".as_ref(),
        "-in".as_ref(),
        who.key().as_os_str(),
        "-out".as_ref(),
        encrypted.as_os_str(),
        "-passout".as_ref(),
        "pass:secret".as_ref(),
    ]);
    let document = home.request("MNG-0001", "first_attachment");
    let sign = |key: &std::path::Path| {
        home.attach()
            .args(["sign", "--key"])
            .arg(key)
            .arg("--cert")
            .arg(who.dir.join("cert.pem"))
            .arg("--chain")
            .arg(who.dir.join("chain.pem"))
            .stdin(document.to_string())
            .run()
    };
    let out = sign(&encrypted).assert_exit(2);
    assert!(out.stderr.contains("openssl pkey -in KEY -out plain.pem"), "{}", out.stderr);
    assert!(!out.stderr.contains("-nocrypt"), "{}", out.stderr);

    let plain = home.path("plain.pem");
    openssl(&[
        "pkey".as_ref(),
        "-in".as_ref(),
        encrypted.as_os_str(),
        "-out".as_ref(),
        plain.as_os_str(),
        "-passin".as_ref(),
        "pass:secret".as_ref(),
    ]);
    sign(&plain).assert_exit(0);
}

/// Regression: a `--tls-ca` that holds no certificate was accepted, and the failed connection
/// then said to pass `--tls-ca`.
#[test]
fn a_tls_ca_that_is_no_certificate_is_refused_and_a_wrong_one_is_named() {
    let home = Home::new();
    let junk = home.path("junk.pem");
    std::fs::write(&junk, "not a certificate\n").expect("junk");
    let out = home
        .attach()
        .args(["--portal", "https://127.0.0.1:1", "--tls-ca"])
        .arg(&junk)
        .arg("orgs")
        .run()
        .assert_exit(2);
    out.assert_error("invalid_input");
    assert!(out.stderr.contains("--tls-ca") && out.stderr.contains("junk.pem"), "{}", out.stderr);
    assert!(out.stderr.contains("not an X.509 certificate"), "{}", out.stderr);

    // A real certificate, but not the root of the portal's: the error names the file given.
    let url = home.serve_tls(&[]);
    let other = home.issue("other", &["--iin", CITIZEN]);
    let out = home
        .attach()
        .env("ATTACH_PORTAL", &url)
        .env("ATTACH_TLS_CA", other.dir.join("cert.pem"))
        .arg("orgs")
        .run()
        .assert_exit(9);
    out.assert_error("unreachable");
    assert!(out.stderr.contains("chains neither to the root of --tls-ca"), "{}", out.stderr);
    assert!(out.stderr.contains("cert.pem"), "{}", out.stderr);
    assert!(!out.stderr.contains("needs --tls-ca"), "{}", out.stderr);
}

/// Regression: with a bad `HTTPS_PROXY`, the error named the portal but not the proxy.
#[test]
fn an_unreachable_portal_through_a_proxy_names_the_proxy() {
    let home = Home::new();
    let out = home
        .attach()
        .env("HTTPS_PROXY", "http://127.0.0.1:9")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .env_remove("NO_PROXY")
        .env_remove("no_proxy")
        .args(["--portal", "http://127.0.0.1:1", "orgs"])
        .run()
        .assert_exit(9);
    assert!(out.stderr.contains("through the proxy 127.0.0.1:9"), "{}", out.stderr);
    // Without one, no proxy is named.
    let out = home
        .attach()
        .env_remove("HTTPS_PROXY")
        .env_remove("HTTP_PROXY")
        .env_remove("ALL_PROXY")
        .env_remove("https_proxy")
        .env_remove("http_proxy")
        .env_remove("all_proxy")
        .args(["--portal", "http://127.0.0.1:1", "orgs"])
        .run()
        .assert_exit(9);
    assert!(!out.stderr.contains("proxy"), "{}", out.stderr);
}

/// Regression: without a terminal to prompt at, messages ended in "(No such device or address
/// (os error 6))".
#[test]
fn no_terminal_to_ask_a_password_at_is_said_in_words() {
    let home = Home::new();
    home.register(CITIZEN).assert_exit(0);
    // setsid: no controlling terminal, as under cron or CI.
    let out = std::process::Command::new("setsid")
        .arg("--wait")
        .arg(env!("CARGO_BIN_EXE_attach"))
        .args(["login", "--iin", CITIZEN])
        .env("ATTACH_HOME", &home.home)
        .env("ATTACH_LANG", "en")
        .env_remove("ATTACH_PASSWORD")
        .env_remove("ATTACH_PORTAL")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("setsid runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("no terminal to ask for one: use --password-stdin or ATTACH_PASSWORD"),
        "{stderr}"
    );
    assert!(!stderr.contains("os error"), "{stderr}");
}
