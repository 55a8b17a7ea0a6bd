//! Registration on proof of identity (step 1 of the regulation, as egov.kz does it): the
//! portal's challenge signed with the person's authentication certificate, or a one-time code
//! sent to the phone on record. Until a proof holds, the portal answers every IIN alike, so
//! registration tells nobody who is in ГБД ФЛ or who has an account.

use std::time::Duration;

use attach::domain::document::Kind;
use serde_json::json;

use crate::fixture::{Identity, key_and_chain, now};
use crate::home::{CITIZEN, Home, OPERATOR, PASSWORD, both_backends};
use crate::server::{addr, post};
use crate::util::Outcome;

both_backends!(
    a_signed_challenge_registers_the_person_once,
    a_proof_by_another_persons_certificate_is_refused,
    a_signing_certificate_does_not_prove_identity,
    a_revoked_authentication_certificate_is_refused,
    after_a_valid_proof_a_person_absent_from_the_registry_is_not_found,
    the_code_sent_to_the_phone_on_record_registers_the_person,
    a_wrong_code_is_refused_and_the_fourth_try_fails_even_when_right,
    an_expired_code_is_refused,
);

/// A valid IIN that ГБД ФЛ does not hold.
const NOBODY: &str = "880202300013";

fn register_with(home: &Home, iin: &str, who: &Identity) -> Outcome {
    home.attach()
        .args(["register", "--iin", iin, "--password-stdin"])
        .args(who.key_arg())
        .stdin(format!("{PASSWORD}\n"))
        .run()
}

fn register_with_code(home: &Home, iin: &str, code: &str) -> Outcome {
    home.attach()
        .args(["register", "--iin", iin, "--otp", code, "--password-stdin"])
        .stdin(format!("{PASSWORD}\n"))
        .run()
}

fn send_code(home: &Home, iin: &str) {
    home.attach().args(["register", "--iin", iin, "--otp"]).run().assert_exit(0);
}

fn a_signed_challenge_registers_the_person_once(home: &Home) {
    let auth = home.authentication(CITIZEN).expect("an authentication certificate");
    register_with(home, CITIZEN, &auth).assert_exit(0);
    home.login(CITIZEN);
    // A second valid proof learns that the account exists; nothing else does.
    let again = register_with(home, CITIZEN, &auth).assert_exit(2);
    assert!(again.assert_error("already_registered").message.contains(CITIZEN));
}

fn a_proof_by_another_persons_certificate_is_refused(home: &Home) {
    let operators = home.authentication(OPERATOR).expect("an authentication certificate");
    let out = register_with(home, CITIZEN, &operators).assert_exit(4);
    assert!(out.assert_error("signer_mismatch").message.contains(OPERATOR), "{out:?}");
    home.login_with(CITIZEN, PASSWORD).assert_exit(3);
}

fn a_signing_certificate_does_not_prove_identity(home: &Home) {
    let signing = home.issue("signing", &["--iin", CITIZEN]);
    let out = register_with(home, CITIZEN, &signing).assert_exit(4);
    assert!(out.assert_error("wrong_key_usage").message.contains("authentication"), "{out:?}");
}

fn a_revoked_authentication_certificate_is_refused(home: &Home) {
    let auth = home.authentication(CITIZEN).expect("an authentication certificate");
    home.attach().args(["portal", "nca", "revoke", "--cert"]).arg(auth.cert()).run().assert_exit(0);
    let out = register_with(home, CITIZEN, &auth).assert_exit(4);
    out.assert_error("cert_revoked");
}

fn after_a_valid_proof_a_person_absent_from_the_registry_is_not_found(home: &Home) {
    let auth = home.authentication(NOBODY).expect("a certificate under a made-up name");
    let out = register_with(home, NOBODY, &auth).assert_exit(6);
    out.assert_error("person_not_found");
}

fn the_code_sent_to_the_phone_on_record_registers_the_person(home: &Home) {
    send_code(home, CITIZEN);
    let messages: Vec<serde_json::Value> =
        home.attach().args(["portal", "outbox", "--iin", CITIZEN]).run().assert_exit(0).json_lines();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert_eq!(messages[0]["to"], "+77012345678", "the citizen's phone on record");
    register_with_code(home, CITIZEN, &home.otp_code(CITIZEN)).assert_exit(0);
    home.login(CITIZEN);
    // A code serves once.
    register_with_code(home, CITIZEN, &home.otp_code(CITIZEN)).assert_exit(3).assert_error("bad_credentials");
}

fn a_wrong_code_is_refused_and_the_fourth_try_fails_even_when_right(home: &Home) {
    send_code(home, CITIZEN);
    let right = home.otp_code(CITIZEN);
    let wrong = if right == "000000" { "111111" } else { "000000" };
    for left in ["2 tries left", "1 try left", "0 tries left"] {
        let out = register_with_code(home, CITIZEN, wrong).assert_exit(3);
        assert!(out.assert_error("bad_credentials").message.contains(left), "{out:?}");
    }
    let fourth = register_with_code(home, CITIZEN, &right).assert_exit(3);
    assert!(fourth.assert_error("bad_credentials").message.contains("too many"), "{fourth:?}");
    // A new code starts afresh.
    send_code(home, CITIZEN);
    register_with_code(home, CITIZEN, &home.otp_code(CITIZEN)).assert_exit(0);
}

/// `portal settings proof_lifetime 1s`, in force once a server's cache of the settings (a
/// second) has passed.
fn short_proofs(home: &Home) {
    home.setting("proof_lifetime", "1s");
    std::thread::sleep(Duration::from_millis(1100));
}

fn an_expired_code_is_refused(home: &Home) {
    short_proofs(home);
    send_code(home, CITIZEN);
    let code = home.otp_code(CITIZEN);
    std::thread::sleep(Duration::from_millis(2100));
    let out = register_with_code(home, CITIZEN, &code).assert_exit(3);
    assert!(out.assert_error("bad_credentials").message.contains("expired"), "{out:?}");
}

/// A `phc-registration+jws` of `iin` over `nonce` by `who`, made with the library.
fn proof(who: &Identity, iin: &str, nonce: &str) -> serde_json::Value {
    let (key, chain) = key_and_chain(who);
    let document = json!({"type": "phc-registration", "version": 1, "iin": iin, "nonce": nonce,
                          "created_at": crate::fixture::rfc3339(now())});
    serde_json::to_value(attach::pki::jws::sign(&document, Kind::Registration, &key, &chain, now()))
        .expect("JSON")
}

fn challenge(home: &Home) -> String {
    let answer = post(addr(home), "/v1/accounts/challenge", Vec::new(), None);
    assert_eq!(answer.status(), 201, "{}", answer.text());
    answer.json()["nonce"].as_str().expect("a nonce").to_owned()
}

fn register_on_the_wire(home: &Home, iin: &str, proof: serde_json::Value) -> crate::wire::Message {
    let body = json!({"iin": iin, "password": PASSWORD, "proof": proof});
    post(addr(home), "/v1/accounts", body.to_string().into_bytes(), None)
}

/// Regression: anyone could register any IIN of ГБД ФЛ, and the answer told who is in it
/// (404) and who has an account (400). Without a proof, every valid IIN gets one answer, and
/// the answer comes before any look at the registry.
#[test]
fn without_a_proof_every_iin_gets_the_same_answer() {
    let home = Home::served();
    home.register(CITIZEN).assert_exit(0);
    let answers: Vec<(u16, serde_json::Value)> = [OPERATOR, NOBODY, CITIZEN]
        .iter()
        .map(|iin| {
            let body = json!({"iin": iin, "password": PASSWORD}).to_string().into_bytes();
            let answer = post(addr(&home), "/v1/accounts", body, None);
            (answer.status(), answer.json())
        })
        .collect();
    assert_eq!(answers[0].0, 400);
    assert!(answers.iter().all(|a| *a == answers[0]), "{answers:#?}");
    // And in the same time, within the noise of a shared machine: the answer comes before any
    // look at the registry. Medians of interleaved tries, with a generous bound.
    let mut took: [Vec<Duration>; 3] = Default::default();
    for _ in 0..15 {
        for (i, iin) in [OPERATOR, NOBODY, CITIZEN].iter().enumerate() {
            let body = json!({"iin": iin, "password": PASSWORD}).to_string().into_bytes();
            let started = std::time::Instant::now();
            post(addr(&home), "/v1/accounts", body, None);
            took[i].push(started.elapsed());
        }
    }
    let medians: Vec<Duration> = took
        .iter_mut()
        .map(|t| {
            t.sort();
            t[t.len() / 2]
        })
        .collect();
    let (fastest, slowest) = (
        medians.iter().min().copied().unwrap_or_default(),
        medians.iter().max().copied().unwrap_or_default(),
    );
    eprintln!("registration without a proof, medians (in ГБД ФЛ, not, registered): {medians:?}");
    assert!(slowest <= fastest * 3 + Duration::from_millis(5), "{medians:?}");
    // So is asking for a code: the same answer, a code sent only where there is a phone.
    let sent: Vec<(u16, Vec<String>)> = [OPERATOR, NOBODY, CITIZEN]
        .iter()
        .map(|iin| {
            let answer =
                post(addr(&home), "/v1/accounts/otp", json!({"iin": iin}).to_string().into_bytes(), None);
            let keys = answer.json().as_object().expect("an object").keys().cloned().collect();
            (answer.status(), keys)
        })
        .collect();
    assert!(sent.iter().all(|s| *s == (202, vec!["expires_at".to_owned(), "iin".to_owned()])), "{sent:?}");
}

/// A challenge serves once, and only while it lasts (the portal's `proof_lifetime`); a proof
/// by another person's certificate is refused by the portal itself, whatever the client.
#[test]
fn the_portal_refuses_expired_reused_and_borrowed_proofs() {
    let home = Home::served();
    let citizen = home.authentication(CITIZEN).expect("an authentication certificate");
    let operator = home.authentication(OPERATOR).expect("an authentication certificate");

    let borrowed = register_on_the_wire(
        &home,
        CITIZEN,
        json!({"signature": proof(&operator, OPERATOR, &challenge(&home))}),
    );
    borrowed.assert_problem(422, "signer_mismatch");

    let nonce = challenge(&home);
    let first = register_on_the_wire(&home, CITIZEN, json!({"signature": proof(&citizen, CITIZEN, &nonce)}));
    assert_eq!(first.status(), 201, "{}", first.text());
    let reused = register_on_the_wire(&home, CITIZEN, json!({"signature": proof(&citizen, CITIZEN, &nonce)}));
    reused.assert_problem(401, "bad_credentials");

    short_proofs(&home);
    let nonce = challenge(&home);
    std::thread::sleep(Duration::from_millis(2100));
    let late =
        register_on_the_wire(&home, OPERATOR, json!({"signature": proof(&operator, OPERATOR, &nonce)}));
    late.assert_problem(401, "bad_credentials");
    assert!(late.json()["detail"].as_str().is_some_and(|d| d.contains("expired")), "{}", late.text());
}
