//! The national authority's real files, as administrators hold them: a national-profile RSA
//! certificate (placeholder IIN that fails its check digit, BIN, head's role, CRL and OCSP
//! URLs) of a test CA made with openssl, in PKCS#12 keystores with legacy encryption
//! (3DES and RC2-40, a SHA-1 MAC) and in BER with indefinite lengths as the authority's Java
//! tools write them; and GOST keys and signatures (tests/data/gost, made by its make.sh with
//! OpenSSL's gost engine, and Kazakhstan's OIDs assembled here), named as unsupported.
//! Bug pinned: a BER keystore did not open with its right password ("indefinite length
//! disallowed … (wrong password?)").

use std::path::{Path, PathBuf};

use attach::pki::ber::{self, Node};
use serde_json::Value;

use crate::fixture::temp_dir;
use crate::util::{Attach, tool_ok};

const PASSWORD: &str = "Nca-Test-1";
/// A placeholder IIN as the authority's test certificates carry: its check digit is wrong.
const PLACEHOLDER_IIN: &str = "900101300454";

fn text(path: &Path) -> String {
    path.display().to_string()
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gost").join(name)
}

/// A test CA, a national-profile leaf of it and the CA's CRL, made with openssl.
struct National {
    _dir: tempfile::TempDir,
    dir: PathBuf,
    ca: PathBuf,
    crl: PathBuf,
    leaf: PathBuf,
    key: PathBuf,
}

const CA_CONFIG: &str = "\
[ca]
default_ca = test_ca
[test_ca]
database = index.txt
crlnumber = crlnumber
default_md = sha256
default_crl_days = 7
crl_extensions = crl_ext
[crl_ext]
authorityKeyIdentifier = keyid:always
";

const LEAF_EXTENSIONS: &str = "\
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection, 1.2.398.3.3.4.1.2, 1.2.398.3.3.4.1.2.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
crlDistributionPoints = URI:http://test.pki.gov.kz/crl/nca_rsa_test.crl
authorityInfoAccess = OCSP;URI:http://test.pki.gov.kz/ocsp/, caIssuers;URI:http://test.pki.gov.kz/cert/nca_rsa_test.cer
";

impl National {
    fn new() -> National {
        let dir_guard = temp_dir();
        let dir = dir_guard.path().to_owned();
        let run = |args: &[&str]| tool_ok("openssl", args, &dir);
        let path = |name: &str| dir.join(name);
        std::fs::write(path("ca.cnf"), CA_CONFIG).expect("ca.cnf");
        std::fs::write(path("leaf.ext"), LEAF_EXTENSIONS).expect("leaf.ext");
        std::fs::write(path("index.txt"), "").expect("index.txt");
        std::fs::write(path("crlnumber"), "01\n").expect("crlnumber");
        run(&["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "ca.key"]);
        run(&[
            "req",
            "-new",
            "-x509",
            "-key",
            "ca.key",
            "-days",
            "3650",
            "-sha256",
            "-utf8",
            "-subj",
            "/CN=ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) TEST/C=KZ",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
            "-out",
            "ca.pem",
        ]);
        run(&["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "leaf.key"]);
        let subject = format!(
            "/CN=ТЕСТОВ ТЕСТ/SN=ТЕСТОВ/serialNumber=IIN{PLACEHOLDER_IIN}/C=KZ/O=ТОО ТЕСТ/OU=BIN940140000385/GN=ТЕСТОВИЧ"
        );
        run(&["req", "-new", "-key", "leaf.key", "-utf8", "-subj", &subject, "-out", "leaf.csr"]);
        run(&[
            "x509",
            "-req",
            "-in",
            "leaf.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "365",
            "-sha256",
            "-extfile",
            "leaf.ext",
            "-out",
            "leaf.pem",
        ]);
        run(&[
            "ca", "-config", "ca.cnf", "-gencrl", "-keyfile", "ca.key", "-cert", "ca.pem", "-out", "crl.pem",
        ]);
        National {
            ca: path("ca.pem"),
            crl: path("crl.pem"),
            leaf: path("leaf.pem"),
            key: path("leaf.key"),
            dir,
            _dir: dir_guard,
        }
    }

    /// The key, the leaf and the CA in a legacy PKCS#12 keystore (`pbe`: PBE-SHA1-3DES or
    /// PBE-SHA1-RC2-40), with a SHA-1 MAC.
    fn keystore(&self, name: &str, pbe: &str) -> PathBuf {
        let out = self.dir.join(name);
        tool_ok(
            "openssl",
            &[
                "pkcs12",
                "-export",
                "-legacy",
                "-certpbe",
                pbe,
                "-keypbe",
                pbe,
                "-macalg",
                "sha1",
                "-inkey",
                &text(&self.key),
                "-in",
                &text(&self.leaf),
                "-certfile",
                &text(&self.ca),
                "-passout",
                &format!("pass:{PASSWORD}"),
                "-out",
                &text(&out),
            ],
            &self.dir,
        );
        out
    }

    fn attach(&self) -> Attach {
        Attach::new(&self.dir.join("home")).current_dir(&self.dir)
    }
}

/// BER as Java's keystores write it: every constructed element of indefinite length, OCTET
/// STRINGs in pieces of 64 bytes.
fn to_ber(node: &Node) -> Vec<u8> {
    match node {
        Node::Primitive { tag, content } if tag == &[0x04] && content.len() > 64 => {
            let mut out = vec![0x24, 0x80];
            for piece in content.chunks(64) {
                out.extend(Node::Primitive { tag: vec![0x04], content: piece.to_vec() }.encode());
            }
            out.extend([0, 0]);
            out
        }
        Node::Primitive { .. } => node.encode(),
        Node::Constructed { tag, children } => {
            let mut out = tag.clone();
            out.push(0x80);
            for child in children {
                out.extend(to_ber(child));
            }
            out.extend([0, 0]);
            out
        }
    }
}

/// The keystore in BER — its authenticated safe too, inside the MAC, so the MAC is computed
/// again over the new bytes — checked by `openssl pkcs12`, which reads BER.
fn ber_keystore(national: &National, der: &Path) -> PathBuf {
    let mut pfx = ber::parse(&std::fs::read(der).expect("the keystore")).expect("DER");
    let parts = pfx.children_mut().expect("a SEQUENCE");
    // authSafe: SEQUENCE { data, [0] { OCTET STRING } }
    let octets = &parts[1].children()[1].children()[0];
    let safe = ber::parse(octets.content().expect("octets")).expect("an authenticated safe");
    let safe_ber = to_ber(&safe);
    // macData: SEQUENCE { DigestInfo { alg, digest }, salt, iterations }
    let mac = &parts[2];
    let salt = mac.children()[1].content().expect("salt").to_vec();
    let iterations =
        mac.children()[2].content().expect("iterations").iter().fold(0u64, |a, &b| (a << 8) | u64::from(b));
    let key =
        attach::pki::pkcs12::mac_key(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, PASSWORD, &salt, iterations);
    let tag =
        ring::hmac::sign(&ring::hmac::Key::new(ring::hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, &key), &safe_ber);
    let mut mac = parts[2].clone();
    let digest_info = &mut mac.children_mut().expect("MacData")[0];
    digest_info.children_mut().expect("DigestInfo")[1] =
        Node::Primitive { tag: vec![0x04], content: tag.as_ref().to_vec() };
    let oid = parts[1].children()[0].clone();
    let auth_safe = Node::Constructed {
        tag: vec![0x30],
        children: vec![oid, Node::Constructed { tag: vec![0xa0], children: vec![] }],
    };
    // Written by hand: the [0] holds the authenticated safe's BER in pieces.
    let mut content_info = vec![0x30, 0x80];
    content_info.extend(auth_safe.children()[0].encode());
    content_info.extend([0xa0, 0x80]);
    content_info.extend(to_ber(&Node::Primitive { tag: vec![0x04], content: safe_ber }));
    content_info.extend([0, 0, 0, 0]);
    let mut out = vec![0x30, 0x80];
    out.extend(parts[0].encode());
    out.extend(content_info);
    out.extend(to_ber(&mac));
    out.extend([0, 0]);
    let path = national.dir.join("ber.p12");
    std::fs::write(&path, &out).expect("ber.p12");
    // openssl verifies the MAC, so this fails if the rewriting got it wrong.
    tool_ok(
        "openssl",
        &["pkcs12", "-in", &text(&path), "-info", "-noout", "-passin", &format!("pass:{PASSWORD}")],
        &national.dir,
    );
    path
}

fn info(national: &National, file: &Path, password: &str) -> crate::util::Outcome {
    national.attach().args(["cert", "info"]).arg(file).env("ATTACH_KEY_PASSWORD", password).run()
}

fn assert_national(info: &Value) {
    assert_eq!(info["iin"]["value"], PLACEHOLDER_IIN, "{info:#}");
    assert_eq!(info["iin"]["valid"], false, "{info:#}");
    assert!(info["iin"]["error"].as_str().is_some_and(|e| e.contains("check digit")), "{info:#}");
    assert_eq!(info["bin"], serde_json::json!({"value": "940140000385", "valid": true, "error": null}));
    assert_eq!(info["surname"], "ТЕСТОВ");
    assert_eq!(info["given_name"], "ТЕСТ");
    assert_eq!(info["patronymic"], "ТЕСТОВИЧ");
    assert_eq!(info["organization"], "ТОО ТЕСТ");
    assert_eq!(info["role"], "head");
    assert_eq!(info["purpose"], "signing");
    assert_eq!(info["key"], "RSA 2048");
    assert!(info["issuer"].as_str().is_some_and(|i| i.contains("(RSA) TEST")), "{info:#}");
    assert_eq!(info["crl_urls"], serde_json::json!(["http://test.pki.gov.kz/crl/nca_rsa_test.crl"]));
    assert_eq!(info["ocsp_urls"], serde_json::json!(["http://test.pki.gov.kz/ocsp/"]));
}

#[test]
fn a_legacy_national_keystore_is_read_and_verified() {
    let national = National::new();
    for pbe in ["PBE-SHA1-3DES", "PBE-SHA1-RC2-40"] {
        let p12 = national.keystore(&format!("{pbe}.p12"), pbe);
        let shown: Value = info(&national, &p12, PASSWORD).assert_exit(0).json();
        assert_national(&shown);
        let wrong = info(&national, &p12, "not-the-password").assert_exit(2);
        assert!(wrong.assert_error("invalid_input").message.contains("wrong password?"), "{pbe}");
    }
    let p12 = national.dir.join("PBE-SHA1-3DES.p12");
    let verdict: Value = national
        .attach()
        .args(["cert", "verify"])
        .arg(&p12)
        .arg("--trust")
        .arg(&national.ca)
        .arg("--crl")
        .arg(&national.crl)
        .args(["--offline", "--purpose", "sign"])
        .env("ATTACH_KEY_PASSWORD", PASSWORD)
        .run()
        .assert_exit(0)
        .json();
    assert_eq!(verdict["valid"], true, "{verdict:#}");
    let names: Vec<&str> =
        verdict["checks"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["chain", "validity", "revocation", "key_usage"]);
    assert!(verdict["checks"][2]["detail"].as_str().unwrap().starts_with("CRL: not listed"), "{verdict:#}");
    // For authentication it is the wrong certificate: exit 7, key_usage named.
    let verdict: Value = national
        .attach()
        .args(["cert", "verify"])
        .arg(&national.leaf)
        .arg("--trust")
        .arg(&national.ca)
        .arg("--crl")
        .arg(&national.crl)
        .args(["--offline", "--purpose", "auth"])
        .run()
        .assert_exit(7)
        .json();
    assert_eq!(verdict["checks"][3]["ok"], false, "{verdict:#}");
}

#[test]
fn a_ber_keystore_opens_with_its_password_and_only_a_bad_mac_says_wrong_password() {
    let national = National::new();
    let der = national.keystore("der.p12", "PBE-SHA1-3DES");
    let ber = ber_keystore(&national, &der);
    assert_eq!(&std::fs::read(&ber).unwrap()[..2], [0x30, 0x80], "indefinite length, as Java writes");
    let shown: Value = info(&national, &ber, PASSWORD).assert_exit(0).json();
    assert_national(&shown);
    let wrong = info(&national, &ber, "not-the-password").assert_exit(2);
    assert!(wrong.assert_error("invalid_input").message.contains("wrong password?"));
    // Cut short, the file is broken, and no password is blamed.
    let bytes = std::fs::read(&ber).unwrap();
    let cut = national.dir.join("cut.p12");
    std::fs::write(&cut, &bytes[..bytes.len() - 40]).unwrap();
    let broken = info(&national, &cut, PASSWORD).assert_exit(2);
    assert!(!broken.assert_error("invalid_input").message.contains("wrong password"), "{}", broken.stderr);
}

#[test]
fn gost_keys_and_signatures_are_named_unsupported() {
    let national = National::new();
    // OpenSSL's gost engine: GOST R 34.10-2012 (1.2.643.*).
    let shown: Value = info(&national, &data("ru-gost2012.p12"), "gost-pass").assert_exit(0).json();
    assert_eq!(shown["key_supported"], false, "{shown:#}");
    assert!(shown["key"].as_str().unwrap().starts_with("GOST R 34.10-2012"), "{shown:#}");
    let signed = national
        .attach()
        .args(["sign", "--key"])
        .arg(data("ru-gost2012.p12"))
        .env("ATTACH_KEY_PASSWORD", "gost-pass")
        .stdin(crate::util::example("request.json"))
        .run()
        .assert_exit(2);
    assert!(
        signed.assert_error("invalid_input").message.contains("GOST keys and signatures are not supported")
    );
    let verified = national
        .attach()
        .args(["cert", "verify"])
        .arg(data("ru-gost2012.pem"))
        .arg("--trust")
        .arg(data("ru-gost2012.pem"))
        .run()
        .assert_exit(2);
    assert!(verified.assert_error("invalid_input").message.contains("GOST"));

    // Kazakhstan's GOST (1.2.398.3.10.*): the national leaf with its key and signature
    // algorithms replaced, assembled here.
    let kz = national.dir.join("kz-gost.der");
    let der = attach::pki::pem::der_objects(&std::fs::read(&national.leaf).unwrap(), "CERTIFICATE")
        .unwrap()
        .remove(0);
    std::fs::write(&kz, kazakh_gost(&der)).unwrap();
    let shown: Value = info(&national, &kz, "").assert_exit(0).json();
    assert!(shown["key"].as_str().unwrap().contains("1.2.398.3.10.1.1.2.3.1"), "{shown:#}");
    assert!(shown["signature_algorithm"].as_str().unwrap().contains("GOST"), "{shown:#}");
    let verified = national
        .attach()
        .args(["cert", "verify"])
        .arg(&kz)
        .arg("--trust")
        .arg(&national.ca)
        .run()
        .assert_exit(2);
    assert!(verified.assert_error("invalid_input").message.contains("GOST"));
}

fn oid(text: &str) -> Node {
    let oid: der::asn1::ObjectIdentifier = text.parse().expect("an OID");
    ber::parse(&der::Encode::to_der(&oid).expect("encodes")).expect("DER")
}

/// A certificate with Kazakhstan's GOST R 34.10-2015 key and signature algorithms in place of
/// its own (the signature bytes left as they are: nothing here can check them).
fn kazakh_gost(der: &[u8]) -> Vec<u8> {
    let key = "1.2.398.3.10.1.1.2.3.1";
    let signature = "1.2.398.3.10.1.1.2.3.2";
    let mut cert = ber::parse(der).expect("DER");
    let parts = cert.children_mut().expect("Certificate");
    parts[1] = Node::Constructed { tag: vec![0x30], children: vec![oid(signature)] };
    let tbs = parts[0].children_mut().expect("TBSCertificate");
    tbs[2] = Node::Constructed { tag: vec![0x30], children: vec![oid(signature)] };
    let spki = tbs[6].children_mut().expect("SubjectPublicKeyInfo");
    spki[0] = Node::Constructed { tag: vec![0x30], children: vec![oid(key)] };
    cert.encode()
}

#[test]
fn a_gost_signed_ocsp_response_is_shown_and_said_not_checked() {
    use attach::pki::ocsp::asn1::{CertId, CertStatus, SingleResponse};
    let now = time::OffsetDateTime::now_utc();
    let (_, issuing) = attach::pki::ca::create_authority(now).unwrap();
    let responder = attach::pki::ca::issue_ocsp_responder(&issuing, now).unwrap();
    let signer =
        attach::pki::ocsp::respond::Signer::new(&responder.cert_der, &responder.key_pkcs8.unwrap(), true)
            .unwrap();
    let when = der::asn1::GeneralizedTime::from_unix_duration(std::time::Duration::from_secs(
        now.unix_timestamp() as u64,
    ))
    .unwrap();
    let single = SingleResponse {
        cert_id: CertId {
            hash_algorithm: x509_cert::spki::AlgorithmIdentifierOwned {
                oid: attach::pki::ocsp::asn1::SHA1,
                parameters: None,
            },
            issuer_name_hash: der::asn1::OctetString::new(vec![1; 20]).unwrap(),
            issuer_key_hash: der::asn1::OctetString::new(vec![2; 20]).unwrap(),
            serial_number: x509_cert::serial_number::SerialNumber::new(&[0x0a, 0xbc]).unwrap(),
        },
        cert_status: CertStatus::Good(der::asn1::Null),
        this_update: when,
        next_update: None,
        single_extensions: None,
    };
    let der = attach::pki::ocsp::respond::sign(&signer, now, vec![single], None).unwrap();
    // OCSPResponse { status, [0] { ResponseBytes { type, OCTET STRING { BasicOCSPResponse } } } }
    let mut response = ber::parse(&der).unwrap();
    let bytes = &mut response.children_mut().unwrap()[1].children_mut().unwrap()[0];
    let octets = &mut bytes.children_mut().unwrap()[1];
    let mut basic = ber::parse(octets.content().unwrap()).unwrap();
    basic.children_mut().unwrap()[1] =
        Node::Constructed { tag: vec![0x30], children: vec![oid("1.2.398.3.10.1.1.2.3.2")] };
    *octets = Node::Primitive { tag: vec![0x04], content: basic.encode() };
    let dir = temp_dir();
    let file = dir.path().join("gost-response.der");
    std::fs::write(&file, response.encode()).unwrap();
    let out = Attach::new(&dir.path().join("home")).args(["cert", "ocsp"]).arg(&file).run().assert_exit(2);
    let report: Value = out.json();
    assert_eq!(report["responses"][0]["status"], "good", "{report:#}");
    assert_eq!(report["responses"][0]["cert_id"]["serial"], "0ABC");
    assert!(report["produced_at"].is_string() && report["responder"].is_string(), "{report:#}");
    assert_eq!(report["signature"]["verified"], Value::Null);
    let detail = report["signature"]["detail"].as_str().unwrap();
    assert!(detail.starts_with("not checked") && detail.contains("GOST"), "{detail}");
}
