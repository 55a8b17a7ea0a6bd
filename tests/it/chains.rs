//! Certification paths of the national profile that break RFC 5280, minted here with rcgen,
//! each refused by `verify-ticket` (exit 7) in the check it fails, as `openssl verify
//! -x509_strict -crl_check` refuses it too: an issuing CA whose pathLen 0 is exceeded, an
//! unknown critical extension in the signer's certificate or in a CA, a CRL signed by a CA
//! without cRLSign, a signer outside its CA's name constraints, an issuing CA its root
//! revoked. And paths that must pass:
//! two roots of one name in `--trust`, in either order; an issuing CA trusted on its own.

use std::path::{Path, PathBuf};

use rcgen::{
    CertificateParams, CertificateRevocationListParams, CustomExtension, DistinguishedName, DnType,
    GeneralSubtree, Issuer, KeyIdMethod, KeyPair, KeyUsagePurpose, NameConstraints, RevokedCertParams,
    SerialNumber,
};
use time::Duration;

use attach::domain::document::Kind;
use attach::domain::iin::{Bin, Iin};
use attach::pki::ca::{self, LeafProfile};
use attach::pki::cert::{Cert, Role};
use attach::pki::jws;
use attach::pki::keys::SigningKey;

use crate::fixture::{now, shared, temp_dir};
use crate::util::{Attach, Verdict, example_json, tool};

/// An OID no implementation knows (x509-limbo's).
const UNKNOWN: &[u64] = &[1, 3, 6, 1, 4, 1, 55738, 666, 1];

/// A CA minted for a test: what rcgen signs with, and the certificate.
struct Ca {
    params: CertificateParams,
    key: KeyPair,
    der: Vec<u8>,
}

impl Ca {
    fn params(name: &str, path_len: u8) -> CertificateParams {
        ca::ca_params(name, path_len, 5, now()).expect("CA parameters")
    }

    fn root(name: &str) -> Ca {
        let params = Ca::params(name, 1);
        let key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).expect("a key");
        let der = params.self_signed(&key).expect("a root").der().to_vec();
        Ca { params, key, der }
    }

    /// A CA below this one, `edit`ed first.
    fn sub(&self, name: &str, edit: impl FnOnce(&mut CertificateParams)) -> Ca {
        let mut params = Ca::params(name, 0);
        params.use_authority_key_identifier_extension = true;
        edit(&mut params);
        let key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).expect("a key");
        let der = params.signed_by(&key, &self.issuer()).expect("a CA").der().to_vec();
        Ca { params, key, der }
    }

    /// rcgen's signer for this CA. rcgen refuses to sign a CRL for a CA without cRLSign, so
    /// the signer is told it has it: the certificate, which verifiers read, says otherwise.
    fn issuer(&self) -> Issuer<'_, &KeyPair> {
        let mut params = self.params.clone();
        if !params.key_usages.contains(&KeyUsagePurpose::CrlSign) {
            params.key_usages.push(KeyUsagePurpose::CrlSign);
        }
        Issuer::new(params, &self.key)
    }

    /// An empty CRL of this CA, good for a week.
    fn crl(&self) -> Vec<u8> {
        self.crl_revoking(&[])
    }

    /// A CRL of this CA that revokes `cas` an hour ago.
    fn crl_revoking(&self, cas: &[&Ca]) -> Vec<u8> {
        let revoked_certs = cas
            .iter()
            .map(|ca| RevokedCertParams {
                serial_number: ca.params.serial_number.clone().expect("a serial"),
                revocation_time: now() - Duration::hours(1),
                reason_code: None,
                invalidity_date: None,
            })
            .collect();
        let params = CertificateRevocationListParams {
            this_update: now() - Duration::minutes(1),
            next_update: now() + Duration::days(7),
            crl_number: SerialNumber::from(1u64),
            issuing_distribution_point: None,
            revoked_certs,
            key_identifier_method: KeyIdMethod::Sha256,
        };
        params.signed_by(&self.issuer()).expect("a CRL").der().to_vec()
    }

    /// The clinic head of `examples/ticket.json`, `edit`ed, issued by this CA.
    fn head(&self, edit: impl FnOnce(&mut CertificateParams)) -> (SigningKey, Vec<u8>) {
        let profile = LeafProfile {
            iin: Iin::parse("790615300452", now().date()).expect("IIN"),
            surname: "АХМЕТОВА".into(),
            given: "ДИНАРА".into(),
            patronymic: None,
            organization: Some((Bin::parse("940140000385").expect("BIN"), "Поликлиника №1".into())),
            role: Role::Head,
            auth: false,
            not_before: now() - Duration::days(1),
            not_after: now() + Duration::days(30),
            serial: ca::random_serial().expect("a serial"),
        };
        let mut params = ca::leaf_params(&profile, false).expect("leaf parameters");
        edit(&mut params);
        let key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).expect("a key");
        let der = params.signed_by(&key, &self.issuer()).expect("a leaf").der().to_vec();
        (SigningKey::from_der(&key.serialize_der()).expect("the key"), der)
    }
}

fn pem(label: &str, ders: &[&[u8]]) -> String {
    ders.iter().map(|der| attach::pki::pem::encode(label, der)).collect()
}

/// A chain as a test lays it out in a directory: the root, the signer's certificate, the
/// CAs between (x5c after the signer), the CRL of the signer's issuer, a signed ticket.
struct Laid {
    dir: tempfile::TempDir,
    ticket: Vec<u8>,
}

impl Laid {
    fn new(root: &Ca, between: &[&Ca], leaf: (SigningKey, Vec<u8>), crl: Vec<u8>) -> Laid {
        Laid::with_crls(root, between, leaf, &[crl])
    }

    fn with_crls(root: &Ca, between: &[&Ca], leaf: (SigningKey, Vec<u8>), crls: &[Vec<u8>]) -> Laid {
        let dir = temp_dir();
        let write = |name: &str, text: String| std::fs::write(dir.path().join(name), text).expect("write");
        write("root.pem", pem("CERTIFICATE", &[&root.der]));
        write("leaf.pem", pem("CERTIFICATE", &[&leaf.1]));
        write("chain.pem", pem("CERTIFICATE", &between.iter().map(|c| c.der.as_slice()).collect::<Vec<_>>()));
        write("crl.pem", pem("X509 CRL", &crls.iter().map(Vec::as_slice).collect::<Vec<_>>()));
        let mut x5c = vec![Cert::from_der(&leaf.1).expect("the leaf")];
        x5c.extend(between.iter().map(|c| Cert::from_der(&c.der).expect("a CA")));
        let signed = jws::sign(&example_json("ticket.json"), Kind::Ticket, &leaf.0, &x5c, now());
        Laid { ticket: serde_json::to_vec(&signed).expect("a JWS"), dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `verify-ticket --trust TRUST --crl crl.pem --offline`.
    fn verify(&self, trust: &Path, exit: i32) -> Verdict {
        Attach::new(&self.path("home"))
            .arg("verify-ticket")
            .arg("--trust")
            .arg(trust)
            .arg("--crl")
            .arg(self.path("crl.pem"))
            .arg("--offline")
            .stdin(self.ticket.clone())
            .run()
            .assert_exit(exit)
            .json()
    }

    /// `openssl verify -x509_strict -crl_check` of the signer's certificate: its output, and
    /// whether it passed.
    fn openssl(&self) -> (bool, String) {
        self.openssl_with("-crl_check")
    }

    fn openssl_with(&self, crl_check: &str) -> (bool, String) {
        let args = [
            "verify",
            "-x509_strict",
            crl_check,
            "-CAfile",
            "root.pem",
            "-untrusted",
            "chain.pem",
            "-CRLfile",
            "crl.pem",
            "leaf.pem",
        ];
        let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
        let out = tool("openssl", &args, self.dir.path());
        let text =
            format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        (out.status.success(), text)
    }

    /// Refused by both: `verify-ticket` fails `check` first, with `words` in its detail.
    fn refused(&self, check: &str, words: &str) {
        let verdict = self.verify(&self.path("root.pem"), 7);
        let failed = verdict.assert_failed_first(check);
        assert!(failed.detail.contains(words), "{words}: {verdict:#?}");
        assert_eq!(verdict.failed(), [check], "{verdict:#?}");
        let (ok, text) = self.openssl();
        assert!(!ok, "openssl accepts what verify-ticket refuses: {text}");
    }
}

#[test]
fn a_well_formed_minted_chain_passes_both() {
    let root = Ca::root("ROOT");
    let issuing = root.sub("ISSUING", |_| {});
    let laid = Laid::new(&root, &[&issuing], issuing.head(|_| {}), issuing.crl());
    laid.verify(&laid.path("root.pem"), 0);
    let (ok, text) = laid.openssl();
    assert!(ok, "{text}");
}

#[test]
fn a_ca_below_an_issuing_ca_of_path_length_0_fails_the_chain() {
    let root = Ca::root("ROOT");
    let issuing = root.sub("ISSUING", |_| {});
    let below = issuing.sub("BELOW", |_| {});
    let laid = Laid::new(&root, &[&below, &issuing], below.head(|_| {}), below.crl());
    laid.refused("chain", "`ISSUING` allows 0 CA certificate(s) below it (pathLenConstraint), and 1 follow");
}

#[test]
fn an_unknown_critical_extension_fails_the_chain_in_the_signer_or_a_ca() {
    let critical = |p: &mut CertificateParams| {
        let mut extension = CustomExtension::from_oid_content(UNKNOWN, vec![0x05, 0x00]);
        extension.set_criticality(true);
        p.custom_extensions.push(extension);
    };
    let root = Ca::root("ROOT");
    let issuing = root.sub("ISSUING", |_| {});
    let laid = Laid::new(&root, &[&issuing], issuing.head(critical), issuing.crl());
    laid.refused("chain", "`АХМЕТОВА ДИНАРА` carries the critical extension 1.3.6.1.4.1.55738.666.1");

    let marked = root.sub("MARKED", critical);
    let laid = Laid::new(&root, &[&marked], marked.head(|_| {}), marked.crl());
    laid.refused("chain", "`MARKED` carries the critical extension 1.3.6.1.4.1.55738.666.1");
}

#[test]
fn a_crl_signed_by_a_ca_without_crl_sign_fails_revocation() {
    let root = Ca::root("ROOT");
    let issuing = root.sub("ISSUING", |p| p.key_usages = vec![KeyUsagePurpose::KeyCertSign]);
    let laid = Laid::new(&root, &[&issuing], issuing.head(|_| {}), issuing.crl());
    laid.refused("revocation", "`ISSUING` may not sign CRLs: its keyUsage lacks cRLSign");
}

#[test]
fn a_signer_outside_the_name_constraints_of_its_ca_fails_the_chain() {
    let mut excluded = DistinguishedName::new();
    excluded.push(DnType::CommonName, "АХМЕТОВА ДИНАРА");
    let constrained = |permitted: Vec<GeneralSubtree>, excluded: Vec<GeneralSubtree>| {
        move |p: &mut CertificateParams| {
            p.name_constraints =
                Some(NameConstraints { permitted_subtrees: permitted, excluded_subtrees: excluded })
        }
    };
    let root = Ca::root("ROOT");
    let issuing = root.sub("ISSUING", constrained(vec![], vec![GeneralSubtree::DirectoryName(excluded)]));
    let laid = Laid::new(&root, &[&issuing], issuing.head(|_| {}), issuing.crl());
    laid.refused("chain", "`АХМЕТОВА ДИНАРА` violates the name constraints of `ISSUING`");

    // Constraints the signer keeps: a DNS subtree (the signer has no DNS name).
    let permissive =
        root.sub("ISSUING", constrained(vec![GeneralSubtree::DnsName("example.kz".into())], vec![]));
    let laid = Laid::new(&root, &[&permissive], permissive.head(|_| {}), permissive.crl());
    laid.verify(&laid.path("root.pem"), 0);
}

/// A CA of the path is checked too when a CRL of its issuer is given (`--crl` holds both),
/// as `openssl verify -crl_check_all` checks it.
#[test]
fn an_issuing_ca_revoked_by_its_root_fails_revocation() {
    let root = Ca::root("ROOT");
    let issuing = root.sub("ISSUING", |_| {});
    let crls = [issuing.crl(), root.crl_revoking(&[&issuing])];
    let laid = Laid::with_crls(&root, &[&issuing], issuing.head(|_| {}), &crls);
    let verdict = laid.verify(&laid.path("root.pem"), 7);
    let failed = verdict.assert_failed_first("revocation");
    assert!(failed.detail.contains("ISSUING") && failed.detail.contains("was revoked at"), "{verdict:#?}");
    let (ok, text) = laid.openssl_with("-crl_check_all");
    assert!(!ok && text.contains("revoked"), "{text}");

    let crls = [issuing.crl(), root.crl()];
    let laid = Laid::with_crls(&root, &[&issuing], issuing.head(|_| {}), &crls);
    laid.verify(&laid.path("root.pem"), 0);
    let (ok, text) = laid.openssl_with("-crl_check_all");
    assert!(ok, "{text}");
}

/// Bug pinned: every home's root has the same name, and only the first of two roots of one
/// name in `--trust` was tried, while `openssl verify -CAfile` tries both.
#[test]
fn two_roots_of_one_name_in_trust_verify_in_either_order() {
    let s = shared();
    let dir = temp_dir();
    let mine = std::fs::read_to_string(&s.auth.root).expect("root.pem");
    let other = std::fs::read_to_string(&s.other.root).expect("root.pem");
    for (name, text) in
        [("other-first.pem", format!("{other}{mine}")), ("mine-first.pem", format!("{mine}{other}"))]
    {
        let both = dir.path().join(name);
        std::fs::write(&both, text).expect("write");
        let out =
            s.auth.attach().arg("verify-ticket").arg("--trust").arg(&both).arg("--crl").arg(&s.auth.crl);
        let verdict: Verdict = out.arg("--offline").stdin(s.ticket.clone()).run().assert_exit(0).json();
        assert!(verdict.valid, "{name}: {verdict:#?}");

        let args = ["verify", "-CAfile", name, "-untrusted"];
        let mut args: Vec<std::ffi::OsString> = args.iter().map(Into::into).collect();
        args.extend([s.auth.clinic.chain().into(), s.auth.clinic.cert().into()]);
        let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
        let openssl = tool("openssl", &args, dir.path());
        assert!(openssl.status.success(), "{name}: {}", String::from_utf8_lossy(&openssl.stderr));
    }
}

/// As with `openssl verify -partial_chain`, a trusted CA need not be self-signed.
#[test]
fn an_issuing_ca_trusted_on_its_own_is_an_anchor() {
    let s = shared();
    let out = s.auth.attach().arg("verify-ticket").arg("--trust").arg(s.auth.clinic.chain()).arg("--crl");
    let verdict: Verdict =
        out.arg(&s.auth.crl).arg("--offline").stdin(s.ticket.clone()).run().assert_exit(0).json();
    assert!(verdict.check("chain").detail.contains("2 certificates"), "{verdict:#?}");
}
