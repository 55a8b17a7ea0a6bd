//! Keys and certificates as the tools administrators already have read them: every kind of
//! key goes through `openssl pkey` and back into `attach sign`, and pkilint's PKIX profile
//! finds no ERROR or WARNING in any certificate or CRL the authority issues. Bug pinned:
//! Ed25519 keys were written as PKCS#8 version 2, which OpenSSL 3.0 cannot read, and
//! authentication certificates of EC and Ed25519 keys asserted keyEncipherment.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::fixture::{Authority, CITIZEN, Identity};
use crate::util::{example, tool, tool_ok};

fn text(path: &Path) -> String {
    path.display().to_string()
}

/// An RSA key made by openssl, and a certificate of the authority for it through a CSR.
fn rsa_identity(authority: &Authority, name: &str, extra: &[&str]) -> (PathBuf, Identity) {
    let dir = &authority.dir;
    let key = authority.path(&format!("{name}.key"));
    if !key.exists() {
        tool_ok(
            "openssl",
            &["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", &text(&key)],
            dir,
        );
    }
    let csr = authority.path(&format!("{name}.csr"));
    tool_ok("openssl", &["req", "-new", "-key", &text(&key), "-subj", "/CN=x", "-out", &text(&csr)], dir);
    let csr_arg = text(&csr);
    let mut args = CITIZEN.to_vec();
    args.extend(["--csr", &csr_arg]);
    args.extend_from_slice(extra);
    (key, authority.issue(name, &args))
}

#[test]
fn every_kind_of_key_goes_through_openssl_pkey_and_signs_again() {
    let authority = Authority::new();
    let dir = &authority.dir;
    let ed25519 = authority.issue("ed25519", &[CITIZEN, &["--key-type", "ed25519"]].concat());
    let (rsa_key, rsa) = rsa_identity(&authority, "rsa", &[]);
    for (kind, key, who) in [
        ("p256", authority.citizen.key(), &authority.citizen),
        ("ed25519", ed25519.key(), &ed25519),
        ("rsa", rsa_key, &rsa),
    ] {
        let rewritten = authority.path(&format!("{kind}-openssl.pem"));
        tool_ok("openssl", &["pkey", "-in", &text(&key), "-out", &text(&rewritten)], dir);
        // The same key: openssl derives the public key the certificate holds.
        let from_key = tool_ok("openssl", &["pkey", "-in", &text(&key), "-pubout"], dir);
        let from_cert = tool_ok("openssl", &["x509", "-in", &text(&who.cert()), "-noout", "-pubkey"], dir);
        assert_eq!(from_key, from_cert, "{kind}");
        authority
            .attach()
            .arg("sign")
            .arg("--key")
            .arg(&rewritten)
            .arg("--cert")
            .arg(who.cert())
            .stdin(example("request.json"))
            .run()
            .assert_exit(0);
    }
    // What attach writes for Ed25519 is version 1, byte for byte what openssl writes.
    let rewritten = std::fs::read_to_string(authority.path("ed25519-openssl.pem")).expect("rewritten");
    assert_eq!(std::fs::read_to_string(ed25519.key()).expect("key.pem"), rewritten);
}

#[test]
fn an_authentication_certificate_of_an_rsa_key_may_encipher_keys() {
    let authority = Authority::new();
    let (_, rsa) = rsa_identity(&authority, "rsa-auth", &["--auth"]);
    let ed25519 = authority.issue("ed-auth", &[CITIZEN, &["--auth", "--key-type", "ed25519"]].concat());
    let usage = |who: &Identity| {
        tool_ok("openssl", &["x509", "-in", &text(&who.cert()), "-noout", "-ext", "keyUsage"], &authority.dir)
    };
    assert!(usage(&rsa).contains("Digital Signature, Key Encipherment"), "{}", usage(&rsa));
    assert!(!usage(&ed25519).contains("Key Encipherment"), "{}", usage(&ed25519));
}

/// `lint_pkix_cert` and `lint_crl` when they are installed (CI installs pkilint); `None`,
/// with a note on stderr, when they are not.
fn pkilint(dir: &Path) -> Option<()> {
    let found = std::process::Command::new("lint_pkix_cert").arg("--help").current_dir(dir).output();
    if found.is_ok_and(|o| o.status.success()) {
        return Some(());
    }
    eprintln!("pkilint is not installed (`pip install pkilint`): the PKIX profile lint is skipped");
    None
}

/// pkilint's findings of WARNING and above: none expected.
fn lint(program: &str, extra: &[&str], file: &Path, dir: &Path) -> String {
    let mut args: Vec<&OsStr> = vec![OsStr::new("lint")];
    args.extend(extra.iter().map(OsStr::new));
    args.extend([OsStr::new("-s"), OsStr::new("WARNING"), file.as_os_str()]);
    let out = tool(program, &args, dir);
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
        .trim()
        .to_owned()
}

#[test]
fn pkilint_finds_nothing_in_what_the_authority_issues() {
    let authority = Authority::new();
    let dir = &authority.dir;
    if pkilint(dir).is_none() {
        return;
    }
    let mut certs: Vec<(String, PathBuf)> = vec![
        ("root".into(), authority.root.clone()),
        ("issuing CA".into(), authority.citizen.chain()),
        ("signing, P-256".into(), authority.citizen.cert()),
        ("signing, head of a clinic".into(), authority.clinic.cert()),
    ];
    for key in ["p256", "ed25519"] {
        let auth =
            authority.issue(&format!("auth-{key}"), &[CITIZEN, &["--auth", "--key-type", key]].concat());
        certs.push((format!("authentication, {key}"), auth.cert()));
    }
    let ed25519 = authority.issue("sign-ed25519", &[CITIZEN, &["--key-type", "ed25519"]].concat());
    certs.push(("signing, ed25519".into(), ed25519.cert()));
    let (_, rsa) = rsa_identity(&authority, "rsa-sign", &[]);
    let (_, rsa_auth) = rsa_identity(&authority, "rsa-auth", &["--auth"]);
    certs.push(("signing, RSA".into(), rsa.cert()));
    certs.push(("authentication, RSA".into(), rsa_auth.cert()));
    let server = authority.path("server");
    authority
        .attach()
        .args(["portal", "nca", "issue-server", "--dns", "portal.example.kz", "--out"])
        .arg(&server)
        .run()
        .assert_exit(0);
    certs.push(("server portal.example.kz".into(), server.join("cert.pem")));
    // The delegated OCSP responder, as the portal's answers carry it.
    let responder = authority.path("responder.pem");
    let answer = authority.path("answer.der");
    let served = crate::served::Server::start(&authority.home, &authority.path("server.log"), &[]);
    tool_ok(
        "openssl",
        &[
            "ocsp",
            "-issuer",
            &text(&authority.citizen.chain()),
            "-cert",
            &text(&authority.citizen.cert()),
            "-url",
            &format!("{}/v1/pki/ocsp", served.url),
            "-respout",
            &text(&answer),
            "-noverify",
        ],
        dir,
    );
    drop(served);
    let printed = tool_ok("openssl", &["ocsp", "-respin", &text(&answer), "-resp_text", "-noverify"], dir);
    let pem = &printed[printed.find("-----BEGIN CERTIFICATE-----").expect("the responder's certificate")..];
    std::fs::write(&responder, pem).expect("responder.pem");
    certs.push(("delegated OCSP responder".into(), responder));

    let mut findings = Vec::new();
    for (what, path) in &certs {
        // pkilint reads one certificate: the first of a file that holds a chain.
        let one = authority.path("one.pem");
        tool_ok("openssl", &["x509", "-in", &text(path), "-out", &text(&one)], dir);
        let found = lint("lint_pkix_cert", &[], &one, dir);
        if !found.is_empty() {
            findings.push(format!("{what}:\n{found}"));
        }
    }
    authority.revoke(&rsa);
    let revoking = authority.publish_crl("crl-revoking.pem", &[]);
    let root_crl = authority.publish_crl("root-crl.pem", &["--root"]);
    for (what, crl) in
        [("empty CRL", &authority.crl), ("CRL with an entry", &revoking), ("root's CRL", &root_crl)]
    {
        let found = lint("lint_crl", &["-t", "CRL", "-p", "PKIX"], crl, dir);
        if !found.is_empty() {
            findings.push(format!("{what}:\n{found}"));
        }
    }
    assert!(findings.is_empty(), "pkilint:\n{}", findings.join("\n"));
}
