//! OCSP: the portal's responder as `openssl ocsp` sees it, `openssl ocsp` as a responder to
//! `attach`, and every bad answer a responder could give — forged, for another certificate,
//! stale, from a responder without authority, `unknown` — refused by `cert verify` with the
//! check's detail naming OCSP. Bad answers come from a stand-in responder (`--ocsp-url`) that
//! signs what a test asks with the library, at times relative to the clock of the run, so that
//! the tests hold under a faked date too.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use attach::pki::cert::Cert;
use attach::pki::ocsp::asn1::{CertStatus, OcspRequest, SingleResponse};
use attach::pki::ocsp::respond::{self, Known, Signer};
use base64::Engine;
use der::Decode;
use time::{Duration, OffsetDateTime};

use crate::fixture::{Authority, Identity, now};
use crate::served::Server;
use crate::util::{Verdict, example, tool_ok};
use crate::wire::{Message, StandIn};

/// The delegated responder a portal keeps in its database: its certificate and key.
fn responder_of(home: &Path) -> Signer {
    let db = rusqlite::Connection::open(home.join("portal.db")).expect("the portal's database");
    let value = |key: &str| -> Vec<u8> {
        let text: String = db
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .unwrap_or_else(|e| panic!("{key}: {e}"));
        base64::engine::general_purpose::STANDARD.decode(text).expect("base64")
    };
    Signer::new(&value("ocsp_responder_cert"), &value("ocsp_responder_key"), true).expect("a responder")
}

fn cert(path: &Path) -> Cert {
    Cert::all_from_file_bytes(&std::fs::read(path).expect("a certificate")).expect("PEM").remove(0)
}

fn text(path: &Path) -> String {
    path.display().to_string()
}

/// An HTTP response carrying an OCSP response.
fn http_ocsp(der: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/ocsp-response\r\ncontent-length: {}\r\n\r\n",
        der.len()
    )
    .into_bytes();
    out.extend_from_slice(der);
    out
}

fn time(at: OffsetDateTime) -> der::asn1::GeneralizedTime {
    der::asn1::GeneralizedTime::from_unix_duration(std::time::Duration::from_secs(at.unix_timestamp() as u64))
        .expect("a time")
}

/// An answer to the request in `message`, signed by `signer`: `known` for every certificate
/// asked about, thisUpdate at `at` and nextUpdate an hour later, the nonce echoed.
fn answer(message: &Message, signer: &Signer, known: Known, at: OffsetDateTime) -> Vec<u8> {
    let request = OcspRequest::from_der(&message.body).expect("an OCSP request");
    let nonce = request.tbs_request.request_extensions.clone().and_then(|mut e| e.pop());
    let responses = request
        .tbs_request
        .request_list
        .iter()
        .map(|r| SingleResponse {
            cert_id: r.req_cert.clone(),
            cert_status: match known {
                Known::Good => CertStatus::Good(der::asn1::Null),
                Known::Unknown => CertStatus::Unknown(der::asn1::Null),
                Known::Revoked(_) => unreachable!("not needed here"),
            },
            this_update: time(at),
            next_update: Some(time(at + Duration::hours(1))),
            single_extensions: None,
        })
        .collect();
    respond::sign(signer, at, responses, nonce).expect("a signed answer")
}

/// `cert verify CERT --trust root --crl CRL --ocsp-url URL`.
fn verify_at(authority: &Authority, who: &Identity, url: &str) -> crate::util::Outcome {
    authority
        .attach()
        .args(["cert", "verify"])
        .arg(who.cert())
        .arg("--trust")
        .arg(&authority.root)
        .arg("--crl")
        .arg(&authority.crl)
        .args(["--ocsp-url", url])
        .run()
}

#[derive(Debug, serde::Deserialize)]
struct CertVerdict {
    valid: bool,
    checks: Vec<crate::util::Check>,
}

impl CertVerdict {
    fn revocation(&self) -> &crate::util::Check {
        self.checks.iter().find(|c| c.name == "revocation").expect("a revocation check")
    }
}

/// `cert verify` refuses the stand-in's answer, the revocation check naming OCSP and `words`.
fn refused_by_ocsp(authority: &Authority, stand_in: &StandIn, words: &str) {
    let url = format!("{}/v1/pki/ocsp", stand_in.url);
    let verdict: CertVerdict = verify_at(authority, &authority.citizen, &url).assert_exit(7).json();
    assert!(!verdict.valid);
    let failed: Vec<&str> = verdict.checks.iter().filter(|c| !c.ok).map(|c| c.name.as_str()).collect();
    assert_eq!(failed, ["revocation"], "{verdict:#?}");
    let detail = &verdict.revocation().detail;
    assert!(detail.starts_with("OCSP: ") && detail.contains(words), "{words}: {detail}");
}

#[test]
fn every_bad_answer_is_refused_naming_ocsp() {
    let authority = Authority::new();
    let server = Server::start(&authority.home, &authority.path("server.log"), &[]);
    let portal = server.addr;
    let good = responder_of(&authority.home);

    // The real answer, passed on: accepted.
    let honest = StandIn::start(move |request| StandIn::forward(portal, request));
    let url = format!("{}/v1/pki/ocsp", honest.url);
    let verdict: CertVerdict = verify_at(&authority, &authority.citizen, &url).assert_exit(0).json();
    assert!(verdict.revocation().detail.starts_with("OCSP: good, thisUpdate"), "{verdict:#?}");

    // Forged: the real answer with a bit of its signed data changed (in the nonce it echoes,
    // which the stand-in knows from the request).
    let forged = StandIn::start(move |request| {
        let asked = OcspRequest::from_der(&request.body).expect("an OCSP request");
        let nonce = asked.tbs_request.request_extensions.expect("a nonce").remove(0).extn_value;
        let nonce = nonce.as_bytes()[2..].to_vec();
        let mut raw = StandIn::forward(portal, request)?;
        let at = raw.windows(nonce.len()).position(|w| w == nonce).expect("the nonce echoed");
        raw[at] ^= 0x01;
        Some(raw)
    });
    refused_by_ocsp(&authority, &forged, "signature does not verify");

    // The portal's true answer about another certificate (the clinic's head).
    let issuer = cert(&authority.citizen.chain());
    let other = cert(&authority.clinic.cert());
    let another = StandIn::start(move |_| {
        let asked = attach::pki::ocsp::request(&other, &issuer).expect("a request");
        let message = crate::wire::Request::new("POST", "/v1/pki/ocsp")
            .header("Content-Type", "application/ocsp-request")
            .body(asked.der)
            .send(portal);
        Some(http_ocsp(&message.body))
    });
    refused_by_ocsp(&authority, &another, "for another");

    // Stale: signed by the portal's own responder, but its nextUpdate has passed.
    let signer = Arc::new(good);
    let stale_signer = signer.clone();
    let stale = StandIn::start(move |m| {
        Some(http_ocsp(&answer(m, &stale_signer, Known::Good, now() - Duration::hours(2))))
    });
    refused_by_ocsp(&authority, &stale, "stale");

    // `unknown`, from the portal's own responder.
    let unknown_signer = signer.clone();
    let unknown =
        StandIn::start(move |m| Some(http_ocsp(&answer(m, &unknown_signer, Known::Unknown, now()))));
    refused_by_ocsp(&authority, &unknown, "status unknown");

    // Signed well, by the responder of another authority.
    let stranger = Authority::new();
    let stranger = Arc::new(responder_of(&stranger.home));
    let unauthorized = StandIn::start(move |m| Some(http_ocsp(&answer(m, &stranger, Known::Good, now()))));
    refused_by_ocsp(&authority, &unauthorized, "neither");

    // Not an OCSP response at all.
    let garbage = StandIn::start(|_| Some(http_ocsp(b"<html>a captive portal</html>")));
    refused_by_ocsp(&authority, &garbage, "not an OCSP response");
    drop(server);
}

#[test]
fn an_unreachable_responder_leaves_revocation_to_the_crl() {
    let authority = Authority::new();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let url = format!("http://{}/ocsp", closed.local_addr().expect("addr"));
    drop(closed);
    let verdict: CertVerdict = verify_at(&authority, &authority.citizen, &url).assert_exit(0).json();
    let detail = &verdict.revocation().detail;
    assert!(detail.starts_with("CRL: not listed (OCSP unreachable"), "{detail}");
    // Without a CRL to fall back on, the check fails and says both.
    let verdict: CertVerdict = authority
        .attach()
        .args(["cert", "verify"])
        .arg(authority.citizen.cert())
        .arg("--trust")
        .arg(&authority.root)
        .args(["--ocsp-url", &url])
        .run()
        .assert_exit(7)
        .json();
    assert!(verdict.revocation().detail.starts_with("OCSP unreachable ("), "{verdict:#?}");
}

/// Done when: a signer the responder knows revoked fails `verify-ticket --at now`, the detail
/// naming OCSP, while the CRL given (published before the revocation) does not list it yet —
/// with the embedded portal and with one served over HTTP.
#[test]
fn an_ocsp_revoked_signer_fails_while_the_crl_does_not_list_it() {
    let authority = Authority::new();
    let ticket = authority.sign(&authority.clinic, &example("ticket.json"));
    authority.revoke(&authority.clinic);
    let verify = |portal: Option<&str>| {
        let mut run =
            authority.attach().arg("verify-ticket").arg("--crl").arg(&authority.crl).args(["--at", "now"]);
        if let Some(url) = portal {
            run = run.env("ATTACH_PORTAL", url);
        }
        let verdict: Verdict = run.stdin(ticket.clone()).run().assert_exit(7).json();
        let failed = verdict.assert_failed_first("revocation");
        assert!(
            failed.detail.starts_with("OCSP: ") && failed.detail.contains("was revoked at"),
            "{verdict:#?}"
        );
    };
    verify(None);
    let server = Server::start(&authority.home, &authority.path("server.log"), &[]);
    verify(Some(&server.url));
    // The same CRL alone, offline, still passes the ticket: it was published before.
    let offline = authority.verify_with(&ticket, &authority.crl, &["--at", "now"]).assert_exit(0);
    let verdict: Verdict = offline.json();
    assert!(verdict.check("revocation").detail.starts_with("CRL: not listed"), "{verdict:#?}");
    drop(server);
}

#[test]
fn openssl_ocsp_as_a_client_of_the_portal() {
    let authority = Authority::new();
    let server = Server::start(&authority.home, &authority.path("server.log"), &[]);
    let url = format!("{}/v1/pki/ocsp", server.url);
    let ask = |who: &Identity, digest: &str| {
        tool_ok(
            "openssl",
            &[
                "ocsp",
                digest,
                "-issuer",
                &text(&who.chain()),
                "-cert",
                &text(&who.cert()),
                "-url",
                &url,
                "-CAfile",
                &text(&authority.root),
            ],
            &authority.dir,
        )
    };
    let answer = ask(&authority.citizen, "-sha1");
    assert!(answer.contains(": good"), "{answer}");
    authority.revoke(&authority.citizen);
    let answer = ask(&authority.citizen, "-sha256");
    assert!(answer.contains(": revoked"), "{answer}");
    // `-CAfile` made openssl check the signature and the responder; it says so on stderr, so
    // ask once more for the words.
    let out = crate::util::tool(
        "openssl",
        &[
            "ocsp",
            "-issuer",
            &text(&authority.clinic.chain()),
            "-cert",
            &text(&authority.clinic.cert()),
            "-url",
            &url,
            "-CAfile",
            &text(&authority.root),
        ]
        .map(std::ffi::OsStr::new),
        &authority.dir,
    );
    let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(said.contains("Response verify OK") && said.contains(": good"), "{said}");
    drop(server);
}

/// A free port on 127.0.0.1 for a server that cannot be told to pick one.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("a port").local_addr().expect("addr").port()
}

/// `openssl ocsp -index … -rsigner …` answering one request, with the portal's delegated
/// responder as its signer.
fn openssl_responder(authority: &Authority, index: &str) -> (std::process::Child, String) {
    let signer = responder_of(&authority.home);
    let rsigner = authority.path("rsigner.pem");
    std::fs::write(&rsigner, signer.cert().pem()).expect("rsigner.pem");
    let db = rusqlite::Connection::open(authority.home.join("portal.db")).expect("db");
    let key: String = db
        .query_row("SELECT value FROM meta WHERE key = 'ocsp_responder_key'", [], |r| r.get(0))
        .expect("key");
    let key = base64::engine::general_purpose::STANDARD.decode(key).expect("base64");
    let rkey = authority.path("rkey.pem");
    std::fs::write(&rkey, attach::pki::pem::encode("PRIVATE KEY", &key)).expect("rkey.pem");
    let index_path = authority.path("index.txt");
    std::fs::write(&index_path, index).expect("index.txt");
    let port = free_port();
    let log = authority.path(&format!("openssl-ocsp-{port}.log"));
    let err = std::fs::File::create(&log).expect("a log");
    let child = std::process::Command::new("openssl")
        .args(["ocsp", "-index", &text(&index_path), "-port", &port.to_string(), "-rsigner", &text(&rsigner)])
        .args([
            "-rkey",
            &text(&rkey),
            "-CA",
            &text(&authority.citizen.chain()),
            "-nrequest",
            "1",
            "-ndays",
            "1",
        ])
        .current_dir(&authority.dir)
        .stdout(std::process::Stdio::null())
        .stderr(err)
        .spawn()
        .expect("openssl ocsp runs");
    // Not probed with a connection: it answers one request, and a probe would be that one.
    let started = std::time::Instant::now();
    while !std::fs::read_to_string(&log).unwrap_or_default().contains("waiting for OCSP client connections") {
        assert!(started.elapsed() < std::time::Duration::from_secs(10), "openssl ocsp did not listen");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    (child, format!("http://127.0.0.1:{port}"))
}

/// An `index.txt` line of `openssl ca` for the citizen: valid, or revoked an hour ago.
fn index_line(authority: &Authority, revoked: bool) -> String {
    let leaf = cert(&authority.citizen.cert());
    let stamp = |at: OffsetDateTime| {
        let utc = at.to_offset(time::UtcOffset::UTC);
        format!(
            "{:02}{:02}{:02}{:02}{:02}{:02}Z",
            utc.year() % 100,
            u8::from(utc.month()),
            utc.day(),
            utc.hour(),
            utc.minute(),
            utc.second()
        )
    };
    let (status, revocation) =
        if revoked { ("R", stamp(now() - Duration::hours(1))) } else { ("V", String::new()) };
    format!("{status}\t{}\t{revocation}\t{}\tunknown\t/CN=citizen\n", stamp(leaf.not_after), leaf.serial)
}

#[test]
fn openssl_ocsp_as_a_responder_to_attach() {
    let authority = Authority::new();
    let (mut child, url) = openssl_responder(&authority, &index_line(&authority, false));
    let verdict: CertVerdict = verify_at(&authority, &authority.citizen, &url).assert_exit(0).json();
    assert!(verdict.revocation().detail.starts_with("OCSP: good"), "{verdict:#?}");
    let _ = child.wait();

    let (mut child, url) = openssl_responder(&authority, &index_line(&authority, true));
    let verdict: CertVerdict = verify_at(&authority, &authority.citizen, &url).assert_exit(7).json();
    let detail = &verdict.revocation().detail;
    assert!(detail.starts_with("OCSP: ") && detail.contains("was revoked at"), "{detail}");
    let _ = child.wait();
}

#[test]
fn a_saved_response_is_read_and_checked() {
    let authority = Authority::new();
    let server = Server::start(&authority.home, &authority.path("server.log"), &[]);
    let saved = authority.path("response.der");
    tool_ok(
        "openssl",
        &[
            "ocsp",
            "-issuer",
            &text(&authority.citizen.chain()),
            "-cert",
            &text(&authority.citizen.cert()),
            "-url",
            &format!("{}/v1/pki/ocsp", server.url),
            "-respout",
            &text(&saved),
            "-noverify",
        ],
        &authority.dir,
    );
    drop(server);
    let read = |trust: &[&PathBuf]| {
        let mut run = authority.attach().args(["cert", "ocsp"]).arg(&saved);
        for path in trust {
            run = run.arg("--trust").arg(path);
        }
        run.run()
    };
    let report: serde_json::Value = read(&[&authority.citizen.chain()]).assert_exit(0).json();
    assert_eq!(report["response_status"], "successful");
    assert_eq!(report["responses"][0]["status"], "good");
    assert_eq!(report["responses"][0]["cert_id"]["serial"], cert(&authority.citizen.cert()).serial);
    assert_eq!(report["signature"]["verified"], true, "{report:#}");
    assert_eq!(report["responder_authority"]["verified"], true, "{report:#}");
    assert!(report["nonce"].as_str().is_some_and(|n| n.len() >= 32), "{report:#}");
    // Without the issuer, the authority cannot be judged: not checked, exit 7.
    let report: serde_json::Value = read(&[]).assert_exit(7).json();
    assert_eq!(report["signature"]["verified"], true);
    assert_eq!(report["responder_authority"]["verified"], serde_json::Value::Null);
    // Against another authority's issuing CA, the same response is not its to answer.
    let other = Authority::new();
    let report: serde_json::Value = read(&[&other.citizen.chain()]).assert_exit(7).json();
    assert_ne!(report["responder_authority"]["verified"], true, "{report:#}");
    // Not an OCSP response: an input error.
    let bogus = authority.path("bogus.der");
    std::fs::File::create(&bogus).and_then(|mut f| f.write_all(b"\x30\x03\x02\x01\x05")).expect("write");
    authority.attach().args(["cert", "ocsp"]).arg(&bogus).run().assert_exit(2);
}
