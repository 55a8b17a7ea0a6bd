//! `attach sign`: a flattened JWS over the JCS form, and the refusals (exit 4) of a signature
//! the verifier would not accept, each naming the problem.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

use crate::fixture::{Authority, Identity, parse_jws, shared, temp_dir};
use crate::util::{Attach, example, example_json};

fn der_of(path: &std::path::Path) -> Vec<u8> {
    let certs = attach::pki::cert::Cert::all_from_file_bytes(&std::fs::read(path).expect("a PEM file"))
        .expect("certificates");
    assert_eq!(certs.len(), 1);
    certs[0].der.clone()
}

#[test]
fn signs_request_and_ticket_as_flattened_jws_over_jcs() {
    let s = shared();
    let cases = [
        (&s.request, &s.auth.citizen, "request.json", "phc-attachment-request+jws"),
        (&s.ticket, &s.auth.clinic, "ticket.json", "phc-attachment-ticket+jws"),
    ];
    for (signed, who, example_name, typ) in cases {
        let text = std::str::from_utf8(signed).expect("UTF-8");
        assert_eq!(text.lines().count(), 1, "one JSON line: {text}");
        let jws = parse_jws(signed);

        let header: serde_json::Map<String, serde_json::Value> =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(&jws.protected).expect("base64url"))
                .expect("JSON");
        let members: Vec<&str> = header.keys().map(String::as_str).collect();
        assert_eq!(members, ["alg", "sigT", "typ", "x5c"], "{header:?}");
        assert_eq!(header["alg"], "ES256");
        assert_eq!(header["typ"], typ);
        let x5c = [STANDARD.encode(der_of(&who.cert())), STANDARD.encode(der_of(&who.chain()))];
        assert_eq!(
            header["x5c"],
            serde_json::json!(x5c),
            "x5c is the leaf, then the issuing CA, never the root"
        );
        let sig_t = header["sigT"].as_str().expect("sigT is a string");
        assert!(sig_t.ends_with('Z') && sig_t.len() == 20, "{sig_t}");
        let sig_t = OffsetDateTime::parse(sig_t, &Rfc3339).expect("RFC 3339");
        assert!((OffsetDateTime::now_utc() - sig_t).abs() < Duration::minutes(10), "{sig_t}");

        let payload = URL_SAFE_NO_PAD.decode(&jws.payload).expect("base64url");
        let document = example_json(example_name);
        assert_eq!(serde_json::from_slice::<serde_json::Value>(&payload).expect("JSON"), document);
        assert_eq!(payload, attach::pki::jws::canonical(&document), "the payload is the JCS form");
        assert_eq!(URL_SAFE_NO_PAD.decode(&jws.signature).expect("base64url").len(), 64, "ES256 is r‖s");
    }
}

fn sign(
    home: &Authority,
    key: &Identity,
    cert: &Identity,
    document: &[u8],
    extra: &[&std::path::Path],
) -> crate::util::Outcome {
    home.attach()
        .arg("sign")
        .arg("--key")
        .arg(key.key())
        .arg("--cert")
        .arg(cert.cert())
        .args(extra)
        .stdin(document)
        .run()
}

#[test]
fn refusals_exit_4_and_name_the_problem() {
    let s = shared();
    let (request, ticket) = (example("request.json"), example("ticket.json"));
    let a = &s.auth;
    // (key of, certificate of, document, code, words of the message)
    let table: &[(&Identity, &Identity, &[u8], &str, &str)] = &[
        (&a.clinic, &a.citizen, &request, "bad_signature", "does not match the certificate of ТЕСТОВ ТЕСТ"),
        (&s.expired_head, &s.expired_head, &ticket, "cert_not_valid", "is valid from"),
        (&s.future_head, &s.future_head, &ticket, "cert_not_valid", "is valid from"),
        (&s.head_auth, &s.head_auth, &ticket, "wrong_key_usage", "an authentication certificate"),
        (
            &a.citizen,
            &a.citizen,
            &ticket,
            "signer_mismatch",
            "a citizen's certificate signed for the ticket's clinic",
        ),
        (&a.clinic, &a.clinic, &request, "signer_mismatch", "signer IIN 790615300452 is not the applicant's"),
        (&s.other_bin_head, &s.other_bin_head, &ticket, "signer_mismatch", "signer BIN 080140001233"),
        (&s.employee, &s.employee, &ticket, "signer_mismatch", "the signer is an employee"),
    ];
    for &(key, cert, document, code, words) in table {
        let out = sign(a, key, cert, document, &[]).assert_exit(4);
        let error = out.assert_error(code);
        assert!(error.message.contains(words), "{code}: {}", error.message);
        assert!(error.message.starts_with("signature refused ("), "{}", error.message);
    }
}

#[test]
fn refusals_by_the_trust_anchor_given_on_the_command_line() {
    let s = shared();
    let ticket = example("ticket.json");
    let a = &s.auth;
    let other_root =
        sign(a, &a.clinic, &a.clinic, &ticket, &[std::path::Path::new("--trust"), &s.other.root]);
    other_root.assert_exit(4).assert_error("untrusted_chain");
    // With the trust given too: a portal's trust would have its responder asked first.
    let stale = sign(
        a,
        &a.clinic,
        &a.clinic,
        &ticket,
        &[std::path::Path::new("--trust"), &a.root, std::path::Path::new("--crl"), &s.stale_crl],
    );
    assert!(stale.assert_exit(4).assert_error("crl_unavailable").message.contains("stale"));
}

#[test]
fn a_revoked_certificate_is_refused_by_crl_and_by_the_embedded_portal() {
    let authority = Authority::new();
    authority.revoke(&authority.clinic);
    let crl = authority.publish_crl("crl-after.pem", &[]);
    let ticket = example("ticket.json");
    let c = &authority.clinic;
    let by_flags = sign(
        &authority,
        c,
        c,
        &ticket,
        &[std::path::Path::new("--trust"), &authority.root, std::path::Path::new("--crl"), &crl],
    );
    let error = by_flags.assert_exit(4).assert_error("cert_revoked");
    assert!(error.message.contains("was revoked at"), "{}", error.message);
    let embedded = sign(&authority, c, c, &ticket, &[]).assert_exit(4);
    assert!(embedded.assert_error("cert_revoked").message.contains("was revoked at"));
}

#[test]
fn documents_of_another_type_are_input_errors() {
    let s = shared();
    let mut wrong_version = example_json("ticket.json");
    wrong_version["version"] = 2.into();
    let mut extra_member = example_json("request.json");
    extra_member["extra"] = true.into();
    let mut bad_iin = example_json("request.json");
    bad_iin["applicant"]["iin"] = "900101300454".into();
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (br#"{"type":"invoice","version":1}"#.to_vec(), "type `invoice` is neither"),
        (br#"{"version":1}"#.to_vec(), "has no string member `type`"),
        (serde_json::to_vec(&wrong_version).unwrap(), "version 2 is not supported"),
        (serde_json::to_vec(&extra_member).unwrap(), "unknown field `extra`"),
        (serde_json::to_vec(&bad_iin).unwrap(), "check digit is 4, expected 3"),
    ];
    for (document, words) in cases {
        let out = s.auth.attach().arg("sign").args(s.auth.citizen.key_arg()).stdin(document).run();
        let error = out.assert_exit(2).assert_error("invalid_document");
        assert!(error.message.contains(words), "{words}: {}", error.message);
    }
}

#[test]
fn without_a_trust_anchor_sign_still_signs_and_creates_no_home() {
    let s = shared();
    let dir = temp_dir();
    let home = dir.path().join("home");
    let out =
        Attach::new(&home).arg("sign").args(s.auth.clinic.key_arg()).stdin(example("ticket.json")).run();
    let signed = out.assert_exit(0).stdout;
    assert!(!home.exists(), "sign created the home");
    s.auth.verify(&signed).assert_exit(0);
}
