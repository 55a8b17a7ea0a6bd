//! `attach submit` and the portal's condition 2: every refusal of a signature or certificate
//! exits 4 with its code and records nothing, each beside a control that differs only in the
//! refused fact and is accepted; the idempotency of SPEC section 4; and several processes
//! submitting at once into one home.
//!
//! `attach sign` refuses most of these documents itself, so they are forged with the library
//! ([`forge`]): the portal must refuse them on its own, whatever client made them.

use std::collections::BTreeSet;

use attach::domain::document::Kind;
use time::Duration;

use crate::fixture::{Identity, forge, now, parse_jws, rfc3339, sign_bytes};
use crate::home::{CITIZEN, Home, OPERATOR, both_backends};
use crate::util::{Receipt, RequestStatus};

both_backends!(
    a_request_signed_with_another_persons_certificate_is_refused,
    a_request_of_another_person_is_refused_under_this_session,
    a_revoked_certificate_is_refused,
    a_certificate_revoked_between_signing_and_submission_is_refused,
    an_expired_or_not_yet_valid_certificate_is_refused,
    an_authentication_certificate_is_refused,
    a_signing_time_outside_five_minutes_of_the_portals_clock_is_refused,
    a_document_changed_after_signing_is_refused,
    a_correctly_signed_request_with_a_malformed_payload_is_an_input_error,
    a_request_with_hostile_fields_is_refused_naming_the_field,
    submitting_the_same_request_again_returns_the_same_receipt,
    concurrent_submissions_lose_nothing_and_duplicate_nothing,
);

/// The person logged in has made no request.
fn assert_nothing_recorded(home: &Home) {
    let listed: Vec<RequestStatus> = home.attach().arg("status").run().assert_exit(0).json_lines();
    assert!(listed.is_empty(), "a refused submission left a request: {listed:?}");
}

/// `submit` refuses with exit 4 and `code`, and records nothing.
fn assert_submit_refused(home: &Home, signed: &[u8], code: &str) {
    let out = home.submit(signed).assert_exit(4);
    out.assert_error(code);
    assert_nothing_recorded(home);
}

fn accepted(home: &Home, signed: &[u8]) -> Receipt {
    home.submit(signed).assert_exit(0).json()
}

fn a_request_signed_with_another_persons_certificate_is_refused(home: &Home) {
    let other = home.citizen(OPERATOR);
    let me = home.citizen(CITIZEN);
    let request = home.request("MNG-0001", "first_attachment");
    // `attach sign` would refuse this signer (its check 7), so the JWS is forged: the applicant
    // is the citizen logged in, the certificate another registered person's. The portal must
    // see that the IIN in the certificate is not the applicant's (condition 2).
    let out = home.attach().arg("sign").args(other.key_arg()).stdin(request.to_string()).run();
    out.assert_exit(4).assert_error("signer_mismatch");
    assert_submit_refused(home, &forge(&other, &request, Kind::Request, now()), "signer_mismatch");
    // Control: the same document, forged the same way with the applicant's own certificate.
    accepted(home, &forge(&me, &request, Kind::Request, now()));
}

fn a_request_of_another_person_is_refused_under_this_session(home: &Home) {
    // The other person's own request, signed with their own key: a consistent document that
    // `attach sign` accepts. Submitted under the citizen's session, it is not the citizen's:
    // this exercises the portal's binding of applicant and signer to the session.
    let other = home.citizen(OPERATOR);
    let theirs = home.sign(&other, &home.request("MNG-0001", "first_attachment"));
    home.citizen(CITIZEN);
    assert_submit_refused(home, &theirs, "signer_mismatch");
    // Control: the same bytes under their own session.
    home.login(OPERATOR);
    let receipt = accepted(home, &theirs);
    assert_eq!(receipt.iin, OPERATOR);
}

fn a_revoked_certificate_is_refused(home: &Home) {
    let me = home.citizen(CITIZEN);
    let request = home.request("MNG-0001", "first_attachment");
    let revoked = home.issue("revoked", &["--iin", CITIZEN]);
    home.attach().args(["portal", "nca", "revoke", "--cert"]).arg(revoked.cert()).run().assert_exit(0);
    // `attach sign` checks the portal's CRL and refuses; the portal does too.
    let out = home.attach().arg("sign").args(revoked.key_arg()).stdin(request.to_string()).run();
    out.assert_exit(4).assert_error("cert_revoked");
    assert_submit_refused(home, &forge(&revoked, &request, Kind::Request, now()), "cert_revoked");
    // Control: a certificate of the same person that nobody revoked.
    accepted(home, &home.sign(&me, &request));
}

/// Regression: the portal once checked revocation at `sigT`, so a request signed up to five
/// minutes before its certificate was revoked was still accepted after the revocation — and
/// since `sigT` is the signer's claim, whoever held a stolen key could keep submitting with
/// `sigT` just before it. Condition 2: the certificate is checked when the request arrives.
fn a_certificate_revoked_between_signing_and_submission_is_refused(home: &Home) {
    let me = home.citizen(CITIZEN);
    let signed = home.sign(&me, &home.request("MNG-0001", "first_attachment"));
    // Revocation times have whole seconds, as sigT has: make it strictly later.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    home.attach().args(["portal", "nca", "revoke", "--cert"]).arg(me.cert()).run().assert_exit(0);
    assert_submit_refused(home, &signed, "cert_revoked");
}

fn an_expired_or_not_yet_valid_certificate_is_refused(home: &Home) {
    let me = home.citizen(CITIZEN);
    let request = home.request("MNG-0001", "first_attachment");
    let ten_days_ago = rfc3339(now() - Duration::days(10));
    let expired =
        home.issue("expired", &["--iin", CITIZEN, "--valid-from", &ten_days_ago, "--valid-days", "1"]);
    let tomorrow = rfc3339(now() + Duration::days(1));
    let future = home.issue("future", &["--iin", CITIZEN, "--valid-from", &tomorrow]);
    for who in [&expired, &future] {
        // `attach sign` checks validity now and refuses; a forged JWS with sigT now reaches
        // the portal, which checks validity at sigT.
        let out = home.attach().arg("sign").args(who.key_arg()).stdin(request.to_string()).run();
        out.assert_exit(4).assert_error("cert_not_valid");
        assert_submit_refused(home, &forge(who, &request, Kind::Request, now()), "cert_not_valid");
    }
    // Control: a certificate valid now, the JWS forged the same way.
    accepted(home, &forge(&me, &request, Kind::Request, now()));
}

fn an_authentication_certificate_is_refused(home: &Home) {
    let me = home.citizen(CITIZEN);
    let request = home.request("MNG-0001", "first_attachment");
    let auth = home.issue("auth", &["--iin", CITIZEN, "--auth"]);
    let out = home.attach().arg("sign").args(auth.key_arg()).stdin(request.to_string()).run();
    out.assert_exit(4).assert_error("wrong_key_usage");
    assert_submit_refused(home, &forge(&auth, &request, Kind::Request, now()), "wrong_key_usage");
    // Control: the person's signing certificate.
    accepted(home, &forge(&me, &request, Kind::Request, now()));
}

fn a_signing_time_outside_five_minutes_of_the_portals_clock_is_refused(home: &Home) {
    home.citizen(CITIZEN);
    // Valid since yesterday, so that only the signing time's distance from the clock matters.
    let yesterday = rfc3339(now() - Duration::days(1));
    let me: Identity = home.issue("since-yesterday", &["--iin", CITIZEN, "--valid-from", &yesterday]);
    let request = home.request("MNG-0001", "first_attachment");
    for minutes in [-10, 10] {
        let forged = forge(&me, &request, Kind::Request, now() + Duration::minutes(minutes));
        assert_submit_refused(home, &forged, "stale_signing_time");
    }
    // Control: two minutes ago is within the window.
    accepted(home, &forge(&me, &request, Kind::Request, now() - Duration::minutes(2)));
}

fn a_document_changed_after_signing_is_refused(home: &Home) {
    let me = home.citizen(CITIZEN);
    let signed = home.sign(&me, &home.request("MNG-0001", "first_attachment"));
    let mut jws = parse_jws(&signed);
    let payload = attach::pki::jws::unb64url(&jws.payload).expect("base64url");
    let text = String::from_utf8(payload).expect("UTF-8");
    let changed = text.replace("12 мкр., д. 5, кв. 17", "12 мкр., д. 5, кв. 71");
    assert_ne!(changed, text, "the address is in the payload");
    jws.payload = attach::pki::jws::b64url(changed.as_bytes());
    let tampered = serde_json::to_vec(&jws).expect("JSON");
    assert_submit_refused(home, &tampered, "bad_signature");
    // Control: the bytes as signed.
    accepted(home, &signed);
}

/// Regression: a correctly signed request whose payload is not a well-formed request was
/// refused as `signer_mismatch` (exit 4, "the document is unreadable"). The document is at
/// fault, whoever signed it: `invalid_document`, exit 2, saying what is wrong.
fn a_correctly_signed_request_with_a_malformed_payload_is_an_input_error(home: &Home) {
    let me = home.citizen(CITIZEN);
    let request = home.request("MNG-0001", "first_attachment");
    let with = |path: &str, value: serde_json::Value| {
        let mut doc = request.clone();
        *doc.pointer_mut(path).expect("a member") = value;
        doc
    };
    let mut extra = request.clone();
    extra["note"] = serde_json::json!("hello");
    let pretty = serde_json::to_vec_pretty(&request).expect("JSON");
    let cases: [(&str, Vec<u8>); 4] = [
        ("JCS", pretty),
        ("check digit", serde_json::to_vec(&with("/applicant/iin", "900101300454".into())).expect("JSON")),
        ("version 2", serde_json::to_vec(&with("/version", 2.into())).expect("JSON")),
        ("unknown field `note`", serde_json::to_vec(&extra).expect("JSON")),
    ];
    for (named, payload) in cases {
        let payload = if named == "JCS" {
            payload
        } else {
            attach::pki::jws::canonical(&serde_json::from_slice(&payload).expect("JSON"))
        };
        let signed = sign_bytes(&me, &payload, Kind::Request, now());
        let out = home.submit(&signed).assert_exit(2);
        let error = out.assert_error("invalid_document");
        assert!(error.message.contains(named), "{named}: {}", error.message);
    }
    assert_nothing_recorded(home);
}

/// Regression: the portal accepted a phone "abc;DROP", one of 5,000 characters, a
/// 20,000-character address, `created_at` in 9999 and a NUL in the clinic's id, correctly
/// signed by a client that skipped the checks. It applies the client's rules itself.
fn a_request_with_hostile_fields_is_refused_naming_the_field(home: &Home) {
    let me = home.citizen(CITIZEN);
    let request = home.request("MNG-0001", "first_attachment");
    let cases = [
        ("/applicant/phone", serde_json::json!("abc;DROP"), "applicant.phone"),
        ("/applicant/phone", serde_json::json!("7".repeat(5000)), "applicant.phone"),
        ("/applicant/address", serde_json::json!("x".repeat(20_000)), "applicant.address"),
        ("/created_at", serde_json::json!("9999-01-01T00:00:00Z"), "created_at"),
        ("/organization/id", serde_json::json!("MNG\u{0}001"), "organization.id"),
    ];
    for (path, value, named) in cases {
        let mut doc = request.clone();
        *doc.pointer_mut(path).expect("a member") = value;
        let out = home.submit(&forge(&me, &doc, Kind::Request, now())).assert_exit(2);
        let error = out.assert_error("invalid_document");
        assert!(error.message.contains(named), "{named}: {}", error.message);
        assert!(
            error.message.chars().count() < 300,
            "a hostile value is not echoed whole: {}",
            error.message
        );
    }
    assert_nothing_recorded(home);
    // Control: the request as filled.
    accepted(home, &forge(&me, &request, Kind::Request, now()));
}

fn submitting_the_same_request_again_returns_the_same_receipt(home: &Home) {
    let me = home.citizen(CITIZEN);
    let request = home.request("MNG-0001", "first_attachment");
    let signed = home.sign(&me, &request);
    let first = accepted(home, &signed);
    assert_eq!(first.request_uuid, request["request_uuid"].as_str().expect("uuid"));
    assert_ne!(first.request_id, first.request_uuid, "the portal's id is its own");
    assert_eq!(first.service, "phc-attachment");
    assert_eq!(first.iin, CITIZEN);
    assert_eq!(first.status, "registered");

    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert_eq!(accepted(home, &signed), first, "the same bytes");
    // Signed anew (another sigT and signature), the payload is the same JCS document.
    let resigned = home.sign(&me, &request);
    assert_ne!(resigned, signed);
    assert_eq!(accepted(home, &resigned), first, "the same payload");

    // The same request_uuid with another payload.
    let mut changed = request.clone();
    changed["applicant"]["address"] = serde_json::json!("Актау, 12 мкр., д. 5, кв. 71");
    let out = home.submit(&home.sign(&me, &changed)).assert_exit(2);
    assert!(out.assert_error("duplicate_request").message.contains(&first.request_uuid));
    assert_eq!(accepted(home, &signed), first, "the original still answers");

    let listed: Vec<RequestStatus> = home.attach().arg("status").run().assert_exit(0).json_lines();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0].request_id, first.request_id);

    // Regression: a retry was checked again as if it were new, so a request whose signing
    // time had grown old (a batch re-run some minutes later), or whose certificate was
    // revoked after it was registered, was refused instead of answered. It passed the checks
    // when it arrived: the same bytes get the same receipt; a new request is refused.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    home.attach().args(["portal", "nca", "revoke", "--cert"]).arg(me.cert()).run().assert_exit(0);
    assert_eq!(accepted(home, &signed), first, "a retry after the revocation");
    let other = forge(&me, &home.request("MNG-0002", "free_choice"), Kind::Request, now());
    home.submit(&other).assert_exit(4).assert_error("cert_revoked");
}

fn concurrent_submissions_lose_nothing_and_duplicate_nothing(home: &Home) {
    const N: usize = 6;
    let me = home.citizen(CITIZEN);
    // One session per home, so one person: six different requests (six request_uuids) for the
    // same clinic, submitted by six processes at once.
    let signed: Vec<Vec<u8>> =
        (0..N).map(|_| home.sign(&me, &home.request("MNG-0001", "first_attachment"))).collect();
    let receipts: Vec<Receipt> = std::thread::scope(|scope| {
        let handles: Vec<_> =
            signed.iter().map(|bytes| scope.spawn(|| home.submit(bytes).assert_exit(0).json())).collect();
        handles.into_iter().map(|h| h.join().expect("a submitter")).collect()
    });
    let ids: BTreeSet<&str> = receipts.iter().map(|r| r.request_id.as_str()).collect();
    assert_eq!(ids.len(), N, "{receipts:#?}");
    let numbers: BTreeSet<&str> = receipts.iter().map(|r| r.registration_number.as_str()).collect();
    assert_eq!(numbers.len(), N, "{receipts:#?}");

    let listed: Vec<RequestStatus> = home.attach().arg("status").run().assert_exit(0).json_lines();
    let listed_ids: BTreeSet<&str> = listed.iter().map(|s| s.request_id.as_str()).collect();
    assert_eq!(listed.len(), N);
    assert_eq!(listed_ids, ids);
    // The first decided attaches; the others find the person attached there already.
    let completed: Vec<&RequestStatus> = listed.iter().filter(|s| s.status == "completed").collect();
    assert_eq!(completed.len(), 1, "{listed:#?}");
    for status in listed.iter().filter(|s| s.status != "completed") {
        let receipt = receipts.iter().find(|r| r.request_id == status.request_id).expect("a receipt");
        home.assert_refused(receipt, "already_attached");
    }
    let receipt = receipts.iter().find(|r| r.request_id == completed[0].request_id).expect("a receipt");
    home.assert_attached(receipt);
}
