//! `attach verify-ticket`: the checks of a valid ticket, and the tamper matrix — each forged
//! or altered ticket refused with exit 7 and the right check named as the first that failed.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value, json};
use time::Duration;

use attach::domain::document::Kind;
use attach::pki::jws::Jws;

use crate::fixture::{Authority, forge, key_and_chain, now, parse_jws, shared};
use crate::util::{Attach, Verdict, example, example_json};

const CHECKS: &[&str] =
    &["structure", "signature", "chain", "validity", "revocation", "key_usage", "signer", "payload"];

fn encode(jws: &Jws) -> Vec<u8> {
    serde_json::to_vec(jws).expect("a JWS serializes")
}

fn header(jws: &Jws) -> Map<String, Value> {
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(&jws.protected).expect("base64url"))
        .expect("a JSON object")
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The shared ticket verified against the shared authority must fail, first at `check`.
fn refused(signed: &[u8], check: &str) -> Verdict {
    refused_with(signed, &shared().auth.crl, &[], check)
}

fn refused_with(signed: &[u8], crl: &std::path::Path, args: &[&str], check: &str) -> Verdict {
    let verdict: Verdict = shared().auth.verify_with(signed, crl, args).assert_exit(7).json();
    verdict.assert_failed_first(check);
    verdict
}

#[test]
fn a_valid_ticket_passes_every_check() {
    let s = shared();
    let verdict: Verdict = s.auth.verify(&s.ticket).assert_exit(0).json();
    assert!(verdict.valid);
    assert_eq!(verdict.state, None, "offline: no portal said whether it is current");
    let names: Vec<&str> = verdict.checks.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, CHECKS);
    assert!(verdict.checks.iter().all(|c| c.ok), "{verdict:#?}");
    assert_eq!(verdict.ticket.as_ref(), Some(&example_json("ticket.json")));
    let signer = verdict.signer.expect("the signer");
    assert_eq!(signer.common_name.as_deref(), Some("АХМЕТОВА ДИНАРА"));
    assert_eq!(signer.iin.as_deref(), Some("790615300452"));
    assert_eq!(signer.bin.as_deref(), Some("940140000385"));
    assert_eq!(signer.organization.as_deref(), Some("Поликлиника №1"));
    assert_eq!(signer.role.as_deref(), Some("head"));
    let (_, chain) = key_and_chain(&s.auth.clinic);
    assert_eq!(signer.serial, chain[0].serial);
    assert_eq!(signer.valid_from, crate::fixture::rfc3339(chain[0].not_before));
    assert_eq!(signer.valid_to, crate::fixture::rfc3339(chain[0].not_after));

    // The same from a file argument, --at now, and the embedded portal as the trust anchor.
    let file = s.auth.path("ticket.signed.json");
    std::fs::write(&file, &s.ticket).expect("write");
    s.auth.attach().arg("verify-ticket").arg(&file).args(["--at", "now", "--offline"]).run().assert_exit(0);

    // Online, the portal is asked, and it never issued this ticket: signed well, but forged.
    let online = s.auth.attach().arg("verify-ticket").arg(&file).run().assert_exit(7);
    let verdict: Verdict = online.json();
    let issued = verdict.checks.iter().find(|c| c.name == "issued").expect("the issued check");
    assert!(!issued.ok && issued.detail.contains("never issued"), "{issued:?}");
    assert_eq!(verdict.state, None);
}

#[test]
fn changed_payload_fails_the_signature() {
    let mut jws = parse_jws(&shared().ticket);
    let mut ticket = example_json("ticket.json");
    ticket["district"]["number"] = 5.into();
    jws.payload = b64(&attach::pki::jws::canonical(&ticket));
    let verdict = refused(&encode(&jws), "signature");
    assert_eq!(verdict.failed(), ["signature"]);
}

#[test]
fn changed_signature_fails_the_signature() {
    let mut jws = parse_jws(&shared().ticket);
    let mut signature = URL_SAFE_NO_PAD.decode(&jws.signature).expect("base64url");
    signature[10] ^= 0x01;
    jws.signature = b64(&signature);
    assert_eq!(refused(&encode(&jws), "signature").failed(), ["signature"]);
}

#[test]
fn changed_header_fails_the_signature() {
    let jws = parse_jws(&shared().ticket);
    let mut later = header(&jws);
    let sig_t = time::OffsetDateTime::parse(
        later["sigT"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .expect("sigT");
    later["sigT"] = crate::fixture::rfc3339(sig_t + Duration::seconds(1)).into();
    let edited = Jws { protected: b64(&serde_json::to_vec(&later).unwrap()), ..jws.clone() };
    assert_eq!(refused(&encode(&edited), "signature").failed(), ["signature"]);

    // The same header, written with other whitespace: other bytes, so another signing input.
    let pretty = serde_json::to_vec_pretty(&header(&jws)).unwrap();
    let respelled = Jws { protected: b64(&pretty), ..jws };
    assert_eq!(refused(&encode(&respelled), "signature").failed(), ["signature"]);
}

#[test]
fn alg_none_fails_the_structure() {
    let jws = parse_jws(&shared().ticket);
    let mut none = header(&jws);
    none["alg"] = "none".into();
    let forged = Jws { protected: b64(&serde_json::to_vec(&none).unwrap()), signature: String::new(), ..jws };
    let verdict = refused(&encode(&forged), "structure");
    assert_eq!(verdict.checks.len(), 1, "nothing is checked past the structure");
    assert!(verdict.check("structure").detail.contains("`none`"), "{verdict:#?}");
}

#[test]
fn hmac_keyed_with_the_public_key_fails_the_structure() {
    let s = shared();
    let jws = parse_jws(&s.ticket);
    let mut hs256 = header(&jws);
    hs256["alg"] = "HS256".into();
    let protected = b64(&serde_json::to_vec(&hs256).unwrap());
    let (_, chain) = key_and_chain(&s.auth.clinic);
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &chain[0].public_key);
    let tag = ring::hmac::sign(&key, format!("{protected}.{}", jws.payload).as_bytes());
    let forged = Jws { protected, signature: b64(tag.as_ref()), ..jws };
    let verdict = refused(&encode(&forged), "structure");
    assert!(verdict.check("structure").detail.contains("HS256"), "{verdict:#?}");
}

#[test]
fn a_signed_request_is_not_a_ticket() {
    let verdict = refused(&shared().request, "structure");
    assert!(
        verdict.check("structure").detail.contains("expected `phc-attachment-ticket+jws`"),
        "{verdict:#?}"
    );
}

#[test]
fn a_certificate_of_another_authority_fails_the_chain() {
    let s = shared();
    let foreign = s.other.sign(&s.other.clinic, &example("ticket.json"));
    s.other.verify(&foreign).assert_exit(0);
    let verdict = refused(&foreign, "chain");
    assert!(verdict.check("signature").ok, "the signature itself is good");
}

#[test]
fn a_signer_outside_its_validity_at_sig_t_fails_validity() {
    let s = shared();
    let ticket = example_json("ticket.json");
    for who in [&s.expired_head, &s.future_head] {
        let forged = forge(who, &ticket, Kind::Ticket, now());
        let verdict = refused(&forged, "validity");
        assert_eq!(verdict.failed(), ["validity"], "{verdict:#?}");
        assert!(verdict.check("validity").detail.contains("АХМЕТОВА ДИНАРА is valid from"), "{verdict:#?}");
    }
}

#[test]
fn at_a_time_before_the_certificate_fails_validity() {
    let s = shared();
    let verdict = refused_with(&s.ticket, &s.auth.crl, &["--at", "2020-01-01T00:00:00Z"], "validity");
    assert!(verdict.check("validity").detail.contains("not at 2020-01-01 05:00:00 (UTC+5)"), "{verdict:#?}");
    let out = s.auth.verify_with(&s.ticket, &s.auth.crl, &["--at", "yesterday"]).assert_exit(2);
    assert!(out.assert_error("invalid_input").message.contains("--at"));
}

#[test]
fn crls_that_are_stale_future_foreign_unreadable_or_missing_fail_revocation() {
    let s = shared();
    // (CRL, words of the detail)
    let cases = [
        (&s.stale_crl, "the CRL is stale"),
        (&s.future_crl, "dated in the future"),
        (&s.other.crl, "not signed by"),
        (&s.auth.root, "unusable"),
    ];
    for (crl, words) in cases {
        let verdict = refused_with(&s.ticket, crl, &[], "revocation");
        assert_eq!(verdict.failed(), ["revocation"], "{verdict:#?}");
        assert!(verdict.check("revocation").detail.contains(words), "{words}: {verdict:#?}");
    }
    let no_crl: Verdict = s
        .auth
        .attach()
        .arg("verify-ticket")
        .arg("--trust")
        .arg(&s.auth.root)
        .arg("--offline")
        .stdin(s.ticket.clone())
        .run()
        .assert_exit(7)
        .json();
    assert!(no_crl.assert_failed_first("revocation").detail.contains("no CRL"), "{no_crl:#?}");
}

#[test]
fn an_authentication_certificate_fails_key_usage() {
    let s = shared();
    let forged = forge(&s.head_auth, &example_json("ticket.json"), Kind::Ticket, now());
    assert_eq!(refused(&forged, "key_usage").failed(), ["key_usage"]);
}

#[test]
fn a_signer_who_does_not_fit_the_ticket_fails_signer() {
    let s = shared();
    let ticket = example_json("ticket.json");
    // (who, words of the detail)
    let cases = [
        (&s.other_bin_head, "signer BIN 080140001233 is not the ticket's clinic BIN 940140000385"),
        (&s.auth.citizen, "a citizen's certificate signed for the ticket's clinic"),
        (&s.employee, "the signer is an employee"),
        (&s.other_head, "signer IIN 850808310738 is not the ticket's signer 790615300452"),
    ];
    for (who, words) in cases {
        let verdict = refused(&forge(who, &ticket, Kind::Ticket, now()), "signer");
        assert_eq!(verdict.failed(), ["signer"], "{verdict:#?}");
        assert!(verdict.check("signer").detail.contains(words), "{words}: {verdict:#?}");
    }
}

#[test]
fn the_other_bin_is_a_valid_bin() {
    assert!(attach::domain::iin::Bin::parse(crate::fixture::OTHER_BIN).is_ok());
}

#[test]
fn a_signer_revoked_before_sig_t_fails_revocation() {
    let authority = Authority::new();
    authority.revoke(&authority.clinic);
    let crl = authority.publish_crl("crl-after.pem", &[]);
    let forged = forge(&authority.clinic, &example_json("ticket.json"), Kind::Ticket, now());
    let verdict: Verdict = authority.verify_with(&forged, &crl, &[]).assert_exit(7).json();
    assert_eq!(verdict.failed(), ["revocation"], "{verdict:#?}");
    assert!(verdict.check("revocation").detail.contains("was revoked at"), "{verdict:#?}");
    // The embedded portal knows of the revocation too.
    let embedded: Verdict = authority.attach().arg("verify-ticket").stdin(forged).run().assert_exit(7).json();
    embedded.assert_failed_first("revocation");
}

#[test]
fn a_ticket_signed_before_its_signers_revocation_is_valid_at_sig_t_only() {
    let authority = Authority::new();
    let signed = authority.sign(&authority.clinic, &example("ticket.json"));
    // Times have a precision of one second: revoke strictly after sigT.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let revocation = authority.revoke(&authority.clinic);
    let crl = authority.publish_crl("crl-after.pem", &[]);

    let at_sig_t: Verdict = authority.verify_with(&signed, &crl, &[]).assert_exit(0).json();
    let detail = &at_sig_t.check("revocation").detail;
    let revoked_at = attach::clock::parse_rfc3339(&revocation.revoked_at).expect("RFC 3339");
    // Words for people give times in Aqtau's.
    assert!(detail.contains(&format!("revoked at {}", attach::clock::human(revoked_at))), "{at_sig_t:#?}");
    assert!(detail.contains("not revoked at that time"), "{at_sig_t:#?}");

    let at_now: Verdict = authority.verify_with(&signed, &crl, &["--at", "now"]).assert_exit(7).json();
    assert_eq!(at_now.failed(), ["revocation"], "{at_now:#?}");
}

#[test]
fn malformed_input_is_an_input_error() {
    let s = shared();
    let ticket = &s.ticket;
    let jws = parse_jws(ticket);
    let random: Vec<u8> = (0u32..512).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("truncated", ticket[..ticket.len() / 2].to_vec()),
        ("empty", Vec::new()),
        ("blank", b" \n\t\n".to_vec()),
        ("random bytes", random),
        ("array of numbers", b"[1, 2, 3]".to_vec()),
        ("empty array", b"[]".to_vec()),
        ("array of a JWS", serde_json::to_vec(&json!([jws])).unwrap()),
        ("a string", b"\"eyJ\"".to_vec()),
        (
            "no signature",
            serde_json::to_vec(&json!({"protected": jws.protected, "payload": jws.payload})).unwrap(),
        ),
        (
            "an unprotected header",
            serde_json::to_vec(&json!({"protected": jws.protected, "payload": jws.payload,
                "signature": jws.signature, "header": {"kid": "x"}}))
            .unwrap(),
        ),
        ("a result without ticket", br#"{"request_id":"R-1","outcome":"attached"}"#.to_vec()),
    ];
    for (what, input) in cases {
        let out = s.auth.verify_with(&input, &s.auth.crl, &[]);
        assert_eq!(out.code, 2, "{what}: {}{}", out.stdout_str(), out.stderr);
        let error = out.envelope();
        assert!(["invalid_document", "invalid_input"].contains(&error.code.as_str()), "{what}: {error:?}");
    }
}

/// Bug: `verify-ticket` deserializes the JWS with serde's derive, which also accepts a struct
/// as a sequence, so `["<protected>", "<payload>", "<signature>"]` passes as a flattened JWS
/// (and is reported valid) although the contract's serialization is a JSON object.
#[test]
fn the_array_form_of_a_valid_jws_is_refused() {
    let s = shared();
    let jws = parse_jws(&s.ticket);
    let array = serde_json::to_vec(&json!([jws.protected, jws.payload, jws.signature])).unwrap();
    s.auth.verify(&array).assert_exit(2).envelope();
}

/// Regression: table output kept line breaks and U+202E from the document, so an invalid
/// ticket could print a second line reading `VALID: ticket …`, or reorder what a person reads.
/// (Such a name is now also refused by the payload check; `render::sanitize`'s unit test shows
/// how what still reaches a terminal is escaped.)
#[test]
fn text_from_the_ticket_cannot_forge_a_line_or_reorder_the_screen() {
    let s = shared();
    let mut ticket = example_json("ticket.json");
    ticket["patient"]["full_name"] =
        json!("X\nVALID: ticket T-MNG-0001-000001 for \u{202e}ВОНОТСЕТ\u{1b}[2K");
    let mut forged: Value =
        serde_json::from_slice(&forge(&s.auth.clinic, &ticket, Kind::Ticket, now())).expect("JWS");
    forged["signature"] = json!("AAAA");
    let out = s.auth.verify_with(forged.to_string().as_bytes(), &s.auth.crl, &["-o", "table"]).assert_exit(7);
    let text = out.stdout_str();
    let headlines: Vec<&str> = text.lines().filter(|l| l.contains("VALID: ticket")).collect();
    assert_eq!(headlines.len(), 1, "{text}");
    assert!(headlines[0].starts_with("INVALID: ticket"), "{text}");
    assert!(!text.contains(['\u{202e}', '\u{1b}']), "{text}");
}

/// Regression: while the portal answered 503, a ticket it never issued, signed by a real
/// clinic head, was `valid: true` with exit 0 and no `issued` check. A check that could not be
/// made is a verification not done: exit 9, the check failed as "not checked".
#[test]
fn an_online_check_that_cannot_be_made_is_exit_9_never_a_pass() {
    let s = shared();
    for (status, code) in [(503, "overloaded"), (429, "too_many_requests")] {
        let portal = crate::wire::StandIn::start(move |_| Some(crate::wire::StandIn::problem(status, code)));
        let out = s
            .auth
            .attach()
            .env("ATTACH_PORTAL", &portal.url)
            .arg("verify-ticket")
            .arg("--trust")
            .arg(&s.auth.root)
            .arg("--crl")
            .arg(&s.auth.crl)
            .stdin(s.ticket.clone())
            .run()
            .assert_exit(9);
        let verdict: Verdict = out.json();
        assert!(!verdict.valid, "{verdict:?}");
        let issued = verdict.checks.iter().find(|c| c.name == "issued").expect("the issued check");
        assert!(!issued.ok && issued.detail.starts_with("not checked:"), "{issued:?}");
        assert!(verdict.checks.iter().filter(|c| c.name != "issued").all(|c| c.ok), "{verdict:?}");
    }
    // --offline asks for checks 1–8 alone.
    let portal = crate::wire::StandIn::start(|_| Some(crate::wire::StandIn::problem(503, "overloaded")));
    let offline = s.auth.verify_with(&s.ticket, &s.auth.crl, &[]).assert_exit(0);
    let verdict: Verdict = offline.json();
    assert!(verdict.valid && verdict.checks.iter().all(|c| c.name != "issued"), "{verdict:?}");
    drop(portal);
}

/// A portal of another authority can say nothing of this ticket: `issued` says so and passes,
/// since `chain` has decided trust; the portal's own root among --trust does not change that.
#[test]
fn a_portal_of_another_authority_leaves_the_issued_check_to_the_chain() {
    let s = shared();
    let both = s.auth.path("both-roots.pem");
    // The other root first: a root of the same name that does not fit is passed over.
    let mut pem = std::fs::read(&s.other.root).expect("the other root");
    pem.extend(std::fs::read(&s.auth.root).expect("the root"));
    std::fs::write(&both, pem).expect("both roots");
    let out = Attach::new(&s.other.home)
        .arg("verify-ticket")
        .arg("--trust")
        .arg(&both)
        .arg("--crl")
        .arg(&s.auth.crl)
        .stdin(s.ticket.clone())
        .run()
        .assert_exit(0);
    let verdict: Verdict = out.json();
    let issued = verdict.checks.iter().find(|c| c.name == "issued").expect("the issued check");
    assert!(issued.ok && issued.detail.starts_with("not applicable:"), "{issued:?}");
}

/// Regression: sigT was read in any form RFC 3339 allows (`t`, fractions, offsets written as
/// `+00:00`), so one signed time could be written several ways. Only the one form passes.
#[test]
fn a_signing_time_in_another_form_fails_the_structure() {
    let s = shared();
    let (key, chain) = key_and_chain(&s.auth.clinic);
    let payload = attach::pki::jws::canonical(&example_json("ticket.json"));
    let at = now();
    let written = crate::fixture::rfc3339(at);
    let variants = [
        written.replace('T', "t"),
        written.replace('Z', ".000Z"),
        written.replace('Z', "+00:00"),
        written.clone(),
    ];
    for (i, sig_t) in variants.iter().enumerate() {
        let header = json!({"alg": key.alg().name(), "typ": "phc-attachment-ticket+jws",
                            "x5c": attach::pki::jws::x5c(&chain), "sigT": sig_t});
        let protected = b64(&attach::pki::jws::canonical(&header));
        let payload = b64(&payload);
        let signature = b64(&key.sign(format!("{protected}.{payload}").as_bytes()));
        let signed = json!({"protected": protected, "payload": payload, "signature": signature}).to_string();
        if i + 1 == variants.len() {
            s.auth.verify(signed.as_bytes()).assert_exit(0);
        } else {
            let verdict = refused(signed.as_bytes(), "structure");
            assert!(verdict.checks[0].detail.contains("sigT"), "{sig_t}: {verdict:?}");
        }
    }
}
