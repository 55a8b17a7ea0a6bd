//! Interoperability: what `attach sign` makes with every key kind it accepts is verified by an
//! independent implementation, `tests/interop/verify_jws.py` (Python's `cryptography`). A
//! missing python3 or `cryptography` fails these tests: CI installs them.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use std::process::Output;

use crate::fixture::{Authority, CITIZEN, parse_jws, shared, temp_dir};
use crate::util::{example, tool, tool_ok};

fn verifier() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/verify_jws.py")
}

fn require_python(cwd: &Path) {
    let out = tool("python3", &["-c".as_ref(), "import cryptography".as_ref()], cwd);
    assert!(
        out.status.success(),
        "python3 cannot import `cryptography`, which the interop tests need; install it \
         (`pip install cryptography` or `apt-get install python3-cryptography`):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `verify_jws.py SIGNED.json ROOT.pem`.
fn python_verify(signed: &[u8], root: &Path) -> Output {
    let dir = temp_dir();
    require_python(dir.path());
    let file = dir.path().join("signed.json");
    std::fs::write(&file, signed).expect("write the signed document");
    let script = verifier();
    let args = [script.as_os_str(), file.as_os_str(), root.as_os_str()];
    tool("python3", &args, dir.path())
}

/// The Python verifier accepts `signed` as made with `alg`.
fn python_accepts(signed: &[u8], root: &Path, alg: &str, typ: &str) {
    let out = python_verify(signed, root);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "verify_jws.py refused a {alg} {typ}: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stdout.trim_end(), format!("ok {alg} {typ}"));
}

const REQUEST: &str = "phc-attachment-request+jws";
const TICKET: &str = "phc-attachment-ticket+jws";

#[test]
fn es256_request_and_ticket() {
    let s = shared();
    python_accepts(&s.request, &s.auth.root, "ES256", REQUEST);
    python_accepts(&s.ticket, &s.auth.root, "ES256", TICKET);

    // The verifier is not vacuous: the ticket with the request's signature is refused.
    let mut jws = parse_jws(&s.ticket);
    jws.signature = parse_jws(&s.request).signature;
    let out = python_verify(&serde_json::to_vec(&jws).unwrap(), &s.auth.root);
    assert_eq!(out.status.code(), Some(1), "verify_jws.py accepted a ticket with another signature");
}

#[test]
fn eddsa_request() {
    let authority = Authority::new();
    let ed = authority.issue("ed25519", &[CITIZEN, &["--key-type", "ed25519"]].concat());
    let request = authority.sign(&ed, &example("request.json"));
    python_accepts(&request, &authority.root, "EdDSA", REQUEST);
}

#[test]
fn rs256_with_an_openssl_key_in_pkcs8_and_pkcs1() {
    let authority = Authority::new();
    let dir = &authority.dir;
    tool_ok(
        "openssl",
        &["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "k.pem"],
        dir,
    );
    tool_ok("openssl", &["req", "-new", "-key", "k.pem", "-subj", "/CN=x", "-out", "r.csr"], dir);
    tool_ok("openssl", &["rsa", "-in", "k.pem", "-traditional", "-out", "k1.pem"], dir);
    let pkcs1 = std::fs::read_to_string(dir.join("k1.pem")).expect("k1.pem");
    assert!(pkcs1.starts_with("-----BEGIN RSA PRIVATE KEY-----"), "{pkcs1}");

    let rsa = authority.issue("rsa", &[CITIZEN, &["--csr", "r.csr"]].concat());
    assert!(!rsa.key().exists(), "the authority never had the key");
    let text =
        tool_ok("openssl", &["x509", "-in", &rsa.cert().display().to_string(), "-noout", "-text"], dir);
    assert!(text.contains("rsaEncryption") && text.contains("2048 bit"), "{text}");

    for key in ["k.pem", "k1.pem"] {
        let signed = authority
            .attach()
            .args(["sign", "--key", key, "--cert"])
            .arg(rsa.cert())
            .stdin(example("request.json"))
            .run()
            .assert_exit(0)
            .stdout;
        python_accepts(&signed, &authority.root, "RS256", REQUEST);
    }
}

#[test]
fn pkcs12_key_without_cert_flag() {
    let authority = Authority::new();
    let dir = authority.path("p12");
    authority
        .attach()
        .args(["portal", "nca", "issue", "--p12", "--out"])
        .arg(&dir)
        .args(CITIZEN)
        .env("ATTACH_KEY_PASSWORD", "correct horse")
        .run()
        .assert_exit(0);
    let p12 = dir.join("key.p12");
    assert_eq!(std::fs::metadata(&p12).expect("key.p12").permissions().mode() & 0o777, 0o600);

    let sign = |password: &str| {
        authority
            .attach()
            .arg("sign")
            .arg("--key")
            .arg(&p12)
            .env("ATTACH_KEY_PASSWORD", password)
            .stdin(example("request.json"))
            .run()
    };
    let signed = sign("correct horse").assert_exit(0).stdout;
    python_accepts(&signed, &authority.root, "ES256", REQUEST);
    let wrong = sign("wrong").assert_exit(2);
    assert!(wrong.assert_error("invalid_input").message.contains("PKCS#12"));
}

/// Regression: `nca issue --csr` issued a certificate for a P-384 key, which `sign` cannot
/// use, and refused an RSA-1024 key as "Invalid CSR signature". Both are refused, saying what
/// is supported.
#[test]
fn a_csr_of_a_key_sign_cannot_use_is_refused_saying_what_is_supported() {
    let authority = Authority::new();
    let dir = &authority.dir;
    let keys: [(&str, &[&str], &str); 2] = [
        ("p384", &["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384"], "curve 1.3.132.0.34"),
        ("rsa1024", &["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024"], "RSA of 1024 bits"),
    ];
    for (name, genpkey, what) in keys {
        let key = format!("{name}.pem");
        let csr = format!("{name}.csr");
        let mut args = vec!["genpkey"];
        args.extend_from_slice(genpkey);
        args.extend(["-out", &key]);
        tool_ok("openssl", &args, dir);
        tool_ok("openssl", &["req", "-new", "-key", &key, "-subj", "/CN=x", "-out", &csr], dir);
        let out = authority
            .attach()
            .args(["portal", "nca", "issue", "--out", name, "--csr", &csr])
            .args(CITIZEN)
            .run()
            .assert_exit(2);
        let message = out.assert_error("invalid_input").message;
        assert!(message.contains(what), "{name}: {message}");
        assert!(message.contains("supported: ECDSA P-256, Ed25519, RSA of 2048 bits or more"), "{message}");
        assert!(!dir.join(name).join("cert.pem").exists());
    }
}
