//! `attach portal nca`: certificates of the national profile, read back attribute by attribute
//! with `x509-cert` (not with the crate's own parser), and cross-checked with `openssl verify`.

use std::collections::{BTreeMap, BTreeSet};
use std::os::unix::fs::PermissionsExt;

use der::Encode;
use x509_cert::Certificate;
use x509_cert::ext::pkix::{BasicConstraints, ExtendedKeyUsage, KeyUsage};

use crate::fixture::{Authority, CITIZEN, HEAD, Identity, shared};
use crate::util::{Issued, Revocation, tool_ok};

const CN: &str = "2.5.4.3";
const SURNAME: &str = "2.5.4.4";
const SERIAL_NUMBER: &str = "2.5.4.5";
const COUNTRY: &str = "2.5.4.6";
const ORGANIZATION: &str = "2.5.4.10";
const ORGANIZATIONAL_UNIT: &str = "2.5.4.11";
const GIVEN_NAME: &str = "2.5.4.42";

const UTF8_STRING: u8 = 0x0c;
const PRINTABLE_STRING: u8 = 0x13;

const EMAIL_PROTECTION: &str = "1.3.6.1.5.5.7.3.4";
const CLIENT_AUTH: &str = "1.3.6.1.5.5.7.3.2";
const INDIVIDUAL: &str = "1.2.398.3.3.4.1.1";
const ORGANIZATION_ROLE: &str = "1.2.398.3.3.4.1.2";
const FIRST_HEAD: &str = "1.2.398.3.3.4.1.2.1";
const SIGNER: &str = "1.2.398.3.3.4.1.2.2";
const EMPLOYEE: &str = "1.2.398.3.3.4.1.2.5";

fn load(path: &std::path::Path) -> Vec<Certificate> {
    let pem = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Certificate::load_pem_chain(&pem).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn leaf(who: &Identity) -> Certificate {
    let mut certs = load(&who.cert());
    assert_eq!(certs.len(), 1, "cert.pem holds the leaf only");
    certs.remove(0)
}

/// Subject attribute OID → (DER tag of the value, text).
fn subject(cert: &Certificate) -> BTreeMap<String, (u8, String)> {
    let mut out = BTreeMap::new();
    for attr in cert.tbs_certificate().subject().iter() {
        let der = attr.value.to_der().expect("re-encodes");
        let text = String::from_utf8(attr.value.value().to_vec()).expect("UTF-8 text");
        assert!(out.insert(attr.oid.to_string(), (der[0], text)).is_none(), "{} twice", attr.oid);
    }
    out
}

fn expected_subject(attrs: &[(&str, u8, &str)]) -> BTreeMap<String, (u8, String)> {
    attrs.iter().map(|&(oid, tag, text)| (oid.to_owned(), (tag, text.to_owned()))).collect()
}

fn key_usage(cert: &Certificate) -> KeyUsage {
    let (_, ku) = cert.tbs_certificate().get_extension::<KeyUsage>().expect("decodes").expect("key usage");
    ku
}

fn eku(cert: &Certificate) -> BTreeSet<String> {
    let (_, eku) = cert
        .tbs_certificate()
        .get_extension::<ExtendedKeyUsage>()
        .expect("decodes")
        .expect("extended key usage");
    eku.0.iter().map(ToString::to_string).collect()
}

fn set(oids: &[&str]) -> BTreeSet<String> {
    oids.iter().map(|s| (*s).to_owned()).collect()
}

fn is_ca(cert: &Certificate) -> bool {
    cert.tbs_certificate().get_extension::<BasicConstraints>().expect("decodes").is_some_and(|(_, b)| b.ca)
}

fn assert_signing_usage(cert: &Certificate) {
    let ku = key_usage(cert);
    assert!(ku.digital_signature() && ku.non_repudiation(), "{ku:?}");
    assert!(!ku.key_encipherment() && !ku.key_cert_sign(), "{ku:?}");
    assert!(!is_ca(cert));
}

#[test]
fn citizen_certificate_follows_the_national_profile() {
    let cert = leaf(&shared().auth.citizen);
    assert_eq!(
        subject(&cert),
        expected_subject(&[
            (CN, UTF8_STRING, "ТЕСТОВ ТЕСТ"),
            (SURNAME, UTF8_STRING, "ТЕСТОВ"),
            (SERIAL_NUMBER, PRINTABLE_STRING, "IIN900101300453"),
            (COUNTRY, PRINTABLE_STRING, "KZ"),
            (GIVEN_NAME, UTF8_STRING, "ТЕСТОВИЧ"),
        ])
    );
    assert_signing_usage(&cert);
    assert_eq!(eku(&cert), set(&[EMAIL_PROTECTION, INDIVIDUAL]));
}

#[test]
fn clinic_head_certificate_carries_organization_and_bin() {
    let cert = leaf(&shared().auth.clinic);
    assert_eq!(
        subject(&cert),
        expected_subject(&[
            (CN, UTF8_STRING, "АХМЕТОВА ДИНАРА"),
            (SURNAME, UTF8_STRING, "АХМЕТОВА"),
            (SERIAL_NUMBER, PRINTABLE_STRING, "IIN790615300452"),
            (COUNTRY, PRINTABLE_STRING, "KZ"),
            (ORGANIZATION, UTF8_STRING, "Поликлиника №1"),
            (ORGANIZATIONAL_UNIT, PRINTABLE_STRING, "BIN940140000385"),
        ])
    );
    assert_signing_usage(&cert);
    assert_eq!(eku(&cert), set(&[EMAIL_PROTECTION, ORGANIZATION_ROLE, FIRST_HEAD]));
}

#[test]
fn issue_reports_what_it_wrote_and_a_person_without_patronymic_has_no_givenname() {
    let authority = Authority::new();
    let dir = authority.path("plain");
    let out = authority
        .attach()
        .args(["portal", "nca", "issue", "--iin", "061211600012", "--surname", "ЕРЛАНОВА", "--given", "АЙЯ"])
        .arg("--out")
        .arg(&dir)
        .run()
        .assert_exit(0);
    let issued: Issued = out.json();
    assert_eq!(issued.subject.as_deref(), Some("ЕРЛАНОВА АЙЯ"));
    assert_eq!(issued.iin.as_deref(), Some("061211600012"));
    assert_eq!(issued.bin, None);
    assert_eq!(issued.role.as_deref(), Some("individual"));
    assert_eq!(issued.purpose, "signing");
    let parse =
        |t: &str| time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339).expect(t);
    let (from, to) = (parse(&issued.valid_from), parse(&issued.valid_to));
    assert_eq!(to - from, time::Duration::days(365), "the default validity");
    assert!((time::OffsetDateTime::now_utc() - from).abs() < time::Duration::minutes(5), "{from}");
    assert_eq!(
        issued.files.iter().collect::<BTreeSet<_>>(),
        [dir.join("key.pem"), dir.join("cert.pem"), dir.join("chain.pem")].iter().collect()
    );

    let cert = leaf(&Identity { dir });
    let serial = cert.tbs_certificate().serial_number().as_bytes().iter().skip_while(|&&b| b == 0);
    assert_eq!(serial.map(|b| format!("{b:02X}")).collect::<String>(), issued.serial);
    let attrs = subject(&cert);
    assert!(!attrs.contains_key(GIVEN_NAME), "{attrs:?}");
    assert!(!attrs.contains_key(ORGANIZATION) && !attrs.contains_key(ORGANIZATIONAL_UNIT), "{attrs:?}");
    assert_eq!(attrs[SERIAL_NUMBER], (PRINTABLE_STRING, "IIN061211600012".to_owned()));
}

#[test]
fn each_organization_role_has_its_oid() {
    let authority = Authority::new();
    // (--role, the role printed, the sub-role OID); no --role with an organization is employee.
    let table: &[(Option<&str>, &str, &str)] = &[
        (Some("head"), "head", FIRST_HEAD),
        (Some("signer"), "signer", SIGNER),
        (Some("employee"), "employee", EMPLOYEE),
        (None, "employee", EMPLOYEE),
    ];
    for (i, &(role, printed, oid)) in table.iter().enumerate() {
        let mut args = HEAD[..10].to_vec();
        if let Some(role) = role {
            args.extend(["--role", role]);
        }
        let dir = authority.path(&format!("role-{i}"));
        let out = authority.attach().args(["portal", "nca", "issue", "--out"]).arg(&dir).args(&args).run();
        let issued: Issued = out.assert_exit(0).json();
        assert_eq!(issued.role.as_deref(), Some(printed));
        assert_eq!(issued.bin.as_deref(), Some("940140000385"));
        let cert = leaf(&Identity { dir });
        assert_signing_usage(&cert);
        assert_eq!(eku(&cert), set(&[EMAIL_PROTECTION, ORGANIZATION_ROLE, oid]), "{role:?}");
    }
}

/// keyEncipherment only for RSA keys: RFC 5480 and RFC 8410 forbid it for EC and Ed25519 keys
/// (pkilint's ERROR). An RSA one is in `tools`.
#[test]
fn authentication_certificate_is_for_client_auth() {
    let cert = leaf(&shared().head_auth);
    let ku = key_usage(&cert);
    assert!(ku.digital_signature() && !ku.key_encipherment(), "a P-256 key: {ku:?}");
    assert!(!ku.non_repudiation(), "{ku:?}");
    let eku = eku(&cert);
    assert!(eku.contains(CLIENT_AUTH), "{eku:?}");
    assert!(!eku.contains(EMAIL_PROTECTION), "{eku:?}");
    assert!(eku.contains(FIRST_HEAD), "{eku:?}");
}

#[test]
fn key_is_private_and_chain_is_the_issuing_ca_not_the_root() {
    let s = shared();
    let who = &s.auth.citizen;
    let mode = std::fs::metadata(who.key()).expect("key.pem").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "key.pem mode {mode:o}");
    let key = std::fs::read_to_string(who.key()).expect("key.pem");
    assert!(key.starts_with("-----BEGIN PRIVATE KEY-----\n"), "PKCS#8 PEM: {key}");

    let leaf = leaf(who);
    let chain = load(&who.chain());
    assert_eq!(chain.len(), 1, "chain.pem holds the issuing CA only");
    let root = load(&s.auth.root).remove(0);
    let issuing = &chain[0];
    assert_ne!(issuing, &root, "chain.pem is not the root");
    assert!(is_ca(issuing));
    assert_eq!(leaf.tbs_certificate().issuer(), issuing.tbs_certificate().subject());
    assert_eq!(issuing.tbs_certificate().issuer(), root.tbs_certificate().subject());
    assert_eq!(root.tbs_certificate().issuer(), root.tbs_certificate().subject(), "the root is self-signed");
}

#[test]
fn two_certificates_of_one_person_have_different_serials() {
    let s = shared();
    let serial = |who: &Identity| leaf(who).tbs_certificate().serial_number().clone();
    let (a, b) = (serial(&s.auth.clinic), serial(&s.expired_head));
    assert_ne!(a, b);
    assert_ne!(serial(&s.other_bin_head), a);
    assert_ne!(serial(&s.head_auth), a);
}

#[test]
fn openssl_accepts_a_fresh_leaf_and_sees_its_revocation() {
    let authority = Authority::new();
    let dir = &authority.dir;
    let verify = |who: &Identity, crl: Option<&std::path::Path>| {
        let mut args: Vec<String> = vec!["verify".into()];
        if let Some(crl) = crl {
            args.extend(["-crl_check".into(), "-CRLfile".into(), crl.display().to_string()]);
        }
        for (flag, path) in [("-CAfile", &authority.root), ("-untrusted", &who.chain())] {
            args.extend([flag.to_owned(), path.display().to_string()]);
        }
        args.push(who.cert().display().to_string());
        let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
        crate::util::tool("openssl", &args, dir)
    };
    let fresh = verify(&authority.clinic, None);
    assert!(
        fresh.status.success(),
        "{}{}",
        String::from_utf8_lossy(&fresh.stdout),
        String::from_utf8_lossy(&fresh.stderr)
    );
    let with_crl = verify(&authority.clinic, Some(&authority.crl));
    assert!(with_crl.status.success(), "{}", String::from_utf8_lossy(&with_crl.stderr));

    let revocation = authority.revoke(&authority.clinic);
    assert!(revocation.newly_revoked);
    assert_eq!(revocation.subject, "АХМЕТОВА ДИНАРА");
    let after = authority.publish_crl("crl-after.pem", &[]);
    let revoked = verify(&authority.clinic, Some(&after));
    let text =
        format!("{}{}", String::from_utf8_lossy(&revoked.stdout), String::from_utf8_lossy(&revoked.stderr));
    assert!(!revoked.status.success(), "{text}");
    assert!(text.contains("certificate revoked"), "{text}");
    let citizen = verify(&authority.citizen, Some(&after));
    assert!(citizen.status.success(), "the CRL revokes only the clinic's head");

    let crl_text = tool_ok("openssl", &["crl", "-in", &after.display().to_string(), "-noout", "-text"], dir);
    assert!(crl_text.contains(&format!("Serial Number: {}", revocation.serial)), "{crl_text}");
}

#[test]
fn revoking_twice_keeps_the_first_time_and_unknown_serials_are_not_found() {
    let authority = Authority::new();
    let first = authority.revoke(&authority.citizen);
    let again: Revocation = authority
        .attach()
        .args(["portal", "nca", "revoke", "--serial", &first.serial.to_lowercase()])
        .run()
        .assert_exit(0)
        .json();
    assert!(!again.newly_revoked);
    assert_eq!((again.serial, again.revoked_at), (first.serial, first.revoked_at));
    let unknown = authority.attach().args(["portal", "nca", "revoke", "--serial", "0BADC0DE"]).run();
    unknown.assert_exit(6).assert_error("not_found");
}

#[test]
fn issue_refuses_bad_input_and_never_overwrites_an_identity() {
    let authority = Authority::new();
    let issue = |args: &[&str]| {
        authority
            .attach()
            .args(["portal", "nca", "issue", "--out"])
            .arg(authority.path("new"))
            .args(args)
            .run()
    };
    let bad_iin = issue(&["--iin", "900101300454", "--surname", "A", "--given", "B"]).assert_exit(2);
    assert!(bad_iin.assert_error("invalid_iin").message.contains("check digit is 4, expected 3"));
    let mut bad_bin = HEAD.to_vec();
    bad_bin[7] = "940140000386";
    let out = issue(&bad_bin).assert_exit(2);
    assert!(out.envelope().message.contains("invalid BIN `940140000386`"), "{}", out.stdout_str());
    let out = issue(&[&CITIZEN[..6], &["--role", "head"]].concat()).assert_exit(2);
    assert!(out.assert_error("invalid_input").message.contains("need an organization"));
    let out = issue(&[&HEAD[..10], &["--role", "individual"]].concat()).assert_exit(2);
    assert!(out.assert_error("invalid_input").message.contains("carry no organization"));

    let before = std::fs::read(authority.clinic.key()).expect("key.pem");
    let out = authority
        .attach()
        .args(["portal", "nca", "issue", "--out"])
        .arg(&authority.clinic.dir)
        .args(HEAD)
        .run()
        .assert_exit(2);
    assert!(out.assert_error("invalid_input").message.contains("already exists"));
    assert_eq!(std::fs::read(authority.clinic.key()).expect("key.pem"), before, "the key was kept");
}

/// Done when: `openssl verify -crl_check_all` passes on an issued signer with the two CRLs —
/// the issuing CA's, and the root's of the issuing CA (`nca crl --root`, `GET /v1/pki/crl/root`)
/// — and the signer names where its CRL and responder are.
#[test]
fn openssl_checks_every_crl_of_the_path() {
    let authority = Authority::new();
    let dir = &authority.dir;
    let root_crl = authority.publish_crl("root-crl.pem", &["--root"]);
    let verify = |crls: &[&std::path::Path]| {
        let mut args = vec!["verify".to_owned(), "-crl_check_all".to_owned()];
        for crl in crls {
            args.extend(["-CRLfile".to_owned(), crl.display().to_string()]);
        }
        for (flag, path) in [("-CAfile", &authority.root), ("-untrusted", &authority.clinic.chain())] {
            args.extend([flag.to_owned(), path.display().to_string()]);
        }
        args.push(authority.clinic.cert().display().to_string());
        let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
        let out = crate::util::tool("openssl", &args, dir);
        (
            out.status.success(),
            format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)),
        )
    };
    let (ok, said) = verify(&[&authority.crl, &root_crl]);
    assert!(ok, "{said}");
    // Without the root's CRL, openssl cannot check the issuing CA.
    let (ok, said) = verify(&[&authority.crl]);
    assert!(!ok && said.contains("unable to get certificate CRL"), "{said}");
    // attach verifies with both too, the issuing CA checked against the root's CRL.
    let both = authority.path("both-crls.pem");
    let text =
        [std::fs::read_to_string(&authority.crl).unwrap(), std::fs::read_to_string(&root_crl).unwrap()];
    std::fs::write(&both, text.concat()).unwrap();
    authority
        .attach()
        .args(["cert", "verify"])
        .arg(authority.clinic.cert())
        .arg("--trust")
        .arg(&authority.root)
        .arg("--crl")
        .arg(&both)
        .arg("--offline")
        .run()
        .assert_exit(0);
    let urls = tool_ok(
        "openssl",
        &["x509", "-in", &authority.clinic.cert().display().to_string(), "-noout", "-text"],
        dir,
    );
    for words in [
        "URI:http://127.0.0.1:8080/v1/pki/crl",
        "OCSP - URI:http://127.0.0.1:8080/v1/pki/ocsp",
        "CA Issuers - URI:http://127.0.0.1:8080/v1/pki/ca/issuing",
    ] {
        assert!(urls.contains(words), "{words}: {urls}");
    }
    let issuing = tool_ok(
        "openssl",
        &["x509", "-in", &authority.clinic.chain().display().to_string(), "-noout", "-text"],
        dir,
    );
    assert!(issuing.contains("URI:http://127.0.0.1:8080/v1/pki/crl/root"), "{issuing}");
}

/// `pki_url` says where certificates issued from then on publish their status.
#[test]
fn the_published_urls_follow_the_pki_url_setting() {
    let authority = Authority::new();
    authority
        .attach()
        .args(["portal", "settings", "pki_url", "https://portal.example.kz/"])
        .run()
        .assert_exit(0);
    let who = authority.issue("after", CITIZEN);
    let info: serde_json::Value =
        authority.attach().args(["cert", "info"]).arg(who.cert()).run().assert_exit(0).json();
    assert_eq!(info["crl_urls"], serde_json::json!(["https://portal.example.kz/v1/pki/crl"]));
    assert_eq!(info["ocsp_urls"], serde_json::json!(["https://portal.example.kz/v1/pki/ocsp"]));
    authority.attach().args(["portal", "settings", "pki_url", "ftp://x"]).run().assert_exit(2);
}
