//! Strict JSON where it is signed or submitted: a member name twice in one object — in a
//! document, a protected header, a signed document's envelope or an API body — is refused and
//! named, as RFC 8785 takes its input as I-JSON. Bug pinned: serde_json kept the last of the
//! two, so `{"home_visits": false, "home_visits": true}` was signed as `true`.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde_json::json;

use attach::pki::jws::{Jws, canonical};

use crate::fixture::{key_and_chain, now, rfc3339, shared};
use crate::home::{CITIZEN, Home, PASSWORD};
use crate::util::{Verdict, example};
use crate::wire::Request;

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The example ticket's JSON text with `home_visits` a second time, `true` after `false`.
fn ticket_with_home_visits_twice() -> Vec<u8> {
    let text = String::from_utf8(example("ticket.json")).expect("UTF-8");
    let text = text.replacen("\"home_visits\": true", "\"home_visits\": false, \"home_visits\": true", 1);
    assert!(text.contains("\"home_visits\": false, \"home_visits\": true"), "the example ticket changed");
    text.into_bytes()
}

#[test]
fn sign_refuses_a_document_with_a_member_twice() {
    let s = shared();
    let out = s
        .auth
        .attach()
        .arg("sign")
        .args(s.auth.clinic.key_arg())
        .stdin(ticket_with_home_visits_twice())
        .run();
    let error = out.assert_exit(2).assert_error("invalid_document");
    assert!(error.message.contains("the member `home_visits` appears twice"), "{error:?}");
}

/// A JWS made by hand from the head's key, with `header` and `payload` as given.
fn signed_by_head(header: &str, payload: &[u8]) -> Vec<u8> {
    let (key, _) = key_and_chain(&shared().auth.clinic);
    let protected = b64(header.as_bytes());
    let payload = b64(payload);
    let signature = b64(&key.sign(format!("{protected}.{payload}").as_bytes()));
    serde_json::to_vec(&Jws { protected, payload, signature }).expect("a JWS")
}

fn header(alg_twice: bool) -> String {
    let (_, chain) = key_and_chain(&shared().auth.clinic);
    let x5c: Vec<String> = chain.iter().map(|c| STANDARD.encode(&c.der)).collect();
    let alg = if alg_twice { r#""alg":"none","alg":"ES256""# } else { r#""alg":"ES256""# };
    format!(r#"{{{alg},"sigT":"{}","typ":"phc-attachment-ticket+jws","x5c":{}}}"#, rfc3339(now()), json!(x5c))
}

#[test]
fn verify_ticket_names_a_member_twice_in_the_header_or_the_payload() {
    let s = shared();
    let ticket = serde_json::from_slice(&example("ticket.json")).expect("the example ticket");
    let good = signed_by_head(&header(false), &canonical(&ticket));
    s.auth.verify(&good).assert_exit(0);

    let alg_twice = signed_by_head(&header(true), &canonical(&ticket));
    let verdict: Verdict = s.auth.verify(&alg_twice).assert_exit(7).json();
    let structure = verdict.assert_failed_first("structure");
    assert!(structure.detail.contains("the member `alg` appears twice"), "{verdict:#?}");

    let payload = ticket_with_home_visits_twice();
    let verdict: Verdict = s.auth.verify(&signed_by_head(&header(false), &payload)).assert_exit(7).json();
    let check = verdict.assert_failed_first("signer");
    assert!(
        verdict.check("payload").detail.contains("the member `home_visits` appears twice"),
        "{check:?} {verdict:#?}"
    );
}

#[test]
fn verify_ticket_refuses_an_envelope_with_a_member_twice() {
    let s = shared();
    let jws: Jws = serde_json::from_slice(&s.ticket).expect("a JWS");
    let twice = format!(
        r#"{{"protected":"{}","payload":"{}","signature":"{}","signature":"{}"}}"#,
        jws.protected, jws.payload, jws.signature, jws.signature
    );
    let error = s.auth.verify(twice.as_bytes()).assert_exit(2).assert_error("invalid_document");
    assert!(error.message.contains("the member `signature` appears twice"), "{error:?}");
}

#[test]
fn an_api_body_with_a_member_twice_is_invalid_input() {
    let home = Home::served();
    let addr = crate::server::addr(&home);
    let body = format!(r#"{{"iin": "{CITIZEN}", "password": "{PASSWORD}", "iin": "{CITIZEN}"}}"#);
    let response = Request::new("POST", "/v1/sessions").body(body.into_bytes()).send(addr);
    let problem = response.assert_problem(400, "invalid_input");
    assert!(problem.detail.contains("the member `iin` appears twice"), "{problem:?}");
}
