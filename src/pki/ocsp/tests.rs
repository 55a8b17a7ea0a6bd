//! A responder of one authority answering a client of it, and every way an answer is refused.

use super::respond::{Known, Signer, respond, sign};
use super::*;
use crate::domain::iin::Iin;
use crate::pki::ca::{self, CaMaterial, KeyType, LeafProfile, SubjectKey};
use crate::pki::cert::Role;

struct Setup {
    now: OffsetDateTime,
    issuing: CaMaterial,
    issuing_cert: Cert,
    leaf: Cert,
    other_leaf: Cert,
    responder: Signer,
}

fn leaf(issuing: &CaMaterial, now: OffsetDateTime) -> Cert {
    let profile = LeafProfile {
        iin: Iin::parse("900101300453", now.date()).unwrap(),
        surname: "ТЕСТОВ".into(),
        given: "ТЕСТ".into(),
        patronymic: None,
        organization: None,
        role: Role::Individual,
        auth: false,
        not_before: now - Duration::days(1),
        not_after: now + Duration::days(1),
        serial: ca::random_serial().unwrap(),
    };
    let issued = ca::issue_leaf(issuing, &profile, SubjectKey::Generate(KeyType::P256)).unwrap();
    Cert::from_der(&issued.cert_der).unwrap()
}

fn setup() -> Setup {
    let now = clock::now();
    let (_, issuing) = ca::create_authority(now).unwrap();
    // Issued an hour ago, so that the client's clock may be set back within its validity.
    let responder = ca::issue_ocsp_responder(&issuing, now - Duration::hours(1)).unwrap();
    Setup {
        issuing_cert: Cert::from_der(&issuing.cert_der).unwrap(),
        leaf: leaf(&issuing, now),
        other_leaf: leaf(&issuing, now),
        responder: Signer::new(&responder.cert_der, &responder.key_pkcs8.unwrap(), true).unwrap(),
        issuing,
        now,
    }
}

fn answer(s: &Setup, signer: &Signer, known: Known) -> (Asked, Vec<u8>) {
    let asked = request(&s.leaf, &s.issuing_cert).unwrap();
    let der = respond(&asked.der, &s.issuing_cert, signer, s.now, |_| known);
    (asked, der)
}

#[test]
fn a_delegated_responder_answers_good_and_revoked() {
    let s = setup();
    let (asked, der) = answer(&s, &s.responder, Known::Good);
    let good = check(&der, &asked, &s.leaf, &s.issuing_cert, s.now, &[]).unwrap();
    assert_eq!(good.state, State::Good);
    assert_eq!(good.next_update, Some(s.now + respond::VALID_FOR));
    assert!(good.responder.contains("OCSP"), "{good:?}");

    let at = s.now - Duration::hours(2);
    let (asked, der) = answer(&s, &s.responder, Known::Revoked(at));
    let revoked = check(&der, &asked, &s.leaf, &s.issuing_cert, s.now, &[]).unwrap();
    assert_eq!(revoked.state, State::Revoked { at });
}

#[test]
fn the_issuing_ca_may_answer_itself() {
    let s = setup();
    let ca_signer = Signer::new(&s.issuing.cert_der, &s.issuing.key_pkcs8, false).unwrap();
    let (asked, der) = answer(&s, &ca_signer, Known::Good);
    assert!(parse(&der).unwrap().certs.is_empty(), "the CA's own answer carries no certificate");
    assert_eq!(check(&der, &asked, &s.leaf, &s.issuing_cert, s.now, &[]).unwrap().state, State::Good);
}

#[test]
fn every_bad_answer_is_refused() {
    let s = setup();
    let refused = |der: &[u8], asked: &Asked, now: OffsetDateTime| {
        check(der, asked, &s.leaf, &s.issuing_cert, now, &[]).expect_err("refused")
    };

    let (asked, der) = answer(&s, &s.responder, Known::Unknown);
    assert_eq!(refused(&der, &asked, s.now), Fault::Unknown);

    // Another authority's responder, however well it signs.
    let (_, stranger) = ca::create_authority(s.now).unwrap();
    let stranger = ca::issue_ocsp_responder(&stranger, s.now).unwrap();
    let stranger = Signer::new(&stranger.cert_der, &stranger.key_pkcs8.unwrap(), true).unwrap();
    let (asked, der) = answer(&s, &stranger, Known::Good);
    assert!(matches!(refused(&der, &asked, s.now), Fault::Unauthorized { .. }));

    // A certificate of this authority that is not a responder (no id-kp-OCSPSigning).
    let (_, other) = ca::create_authority(s.now).unwrap();
    let not_responder = Signer::new(&other.cert_der, &other.key_pkcs8, true).unwrap();
    let (asked, der) = answer(&s, &not_responder, Known::Good);
    assert!(matches!(refused(&der, &asked, s.now), Fault::Unauthorized { .. }));

    // The answer for another certificate.
    let other_asked = request(&s.other_leaf, &s.issuing_cert).unwrap();
    let der = respond(&other_asked.der, &s.issuing_cert, &s.responder, s.now, |_| Known::Good);
    let asked = Asked { nonce: other_asked.nonce.clone(), ..request(&s.leaf, &s.issuing_cert).unwrap() };
    assert!(matches!(refused(&der, &asked, s.now), Fault::OtherCertificate { .. }));

    // A replay: the nonce of another request.
    let (_, der) = answer(&s, &s.responder, Known::Good);
    let fresh = request(&s.leaf, &s.issuing_cert).unwrap();
    assert!(matches!(refused(&der, &fresh, s.now), Fault::Nonce(_)));

    // Stale, and from the future, by the clock of the client.
    let (asked, der) = answer(&s, &s.responder, Known::Good);
    let later = s.now + respond::VALID_FOR + Duration::seconds(1);
    assert!(matches!(refused(&der, &asked, later), Fault::Stale(_)));
    let earlier = s.now - MAX_SKEW - Duration::seconds(1);
    assert!(matches!(refused(&der, &asked, earlier), Fault::Future { .. }));

    // Forged: one bit of the signed data changed.
    let (asked, mut der) = answer(&s, &s.responder, Known::Good);
    let good = [0x80, 0x00];
    let at = der.windows(2).rposition(|w| w == good).expect("the good status");
    der[at] = 0x82; // unknown, as an attacker would not: the signature must catch any change
    assert!(matches!(refused(&der, &asked, s.now), Fault::BadSignature { .. }));

    assert_eq!(
        refused(&respond::failure(asn1::ResponseStatus::TryLater), &asked, s.now),
        Fault::Status("tryLater")
    );
    assert!(matches!(refused(b"not DER", &asked, s.now), Fault::Malformed(_)));
}

#[test]
fn an_answer_without_next_update_is_fresh_for_an_hour() {
    let s = setup();
    let asked = request(&s.leaf, &s.issuing_cert).unwrap();
    let request = asn1::OcspRequest::from_der(&asked.der).unwrap();
    let nonce = request.tbs_request.request_extensions.clone().unwrap().remove(0);
    let single = asn1::SingleResponse {
        cert_id: request.tbs_request.request_list[0].req_cert.clone(),
        cert_status: CertStatus::Good(der::asn1::Null),
        this_update: GeneralizedTime::from_unix_duration(std::time::Duration::from_secs(
            s.now.unix_timestamp() as u64,
        ))
        .unwrap(),
        next_update: None,
        single_extensions: None,
    };
    let der = sign(&s.responder, s.now, vec![single], Some(nonce)).unwrap();
    let fresh = s.now + FRESH_WITHOUT_NEXT_UPDATE;
    assert_eq!(check(&der, &asked, &s.leaf, &s.issuing_cert, fresh, &[]).unwrap().next_update, None);
    let stale = fresh + Duration::seconds(1);
    assert!(matches!(check(&der, &asked, &s.leaf, &s.issuing_cert, stale, &[]), Err(Fault::Stale(_))));
}

#[test]
fn a_malformed_or_foreign_request_is_answered_as_such() {
    let s = setup();
    let malformed = respond(b"\x30\x00", &s.issuing_cert, &s.responder, s.now, |_| Known::Good);
    assert_eq!(OcspResponse::from_der(&malformed).unwrap().response_status, ResponseStatus::MalformedRequest);
    // A certificate of another issuer is unknown here, whatever the serial.
    let (_, other) = ca::create_authority(s.now).unwrap();
    let other_cert = Cert::from_der(&other.cert_der).unwrap();
    let foreign = leaf(&other, s.now);
    let asked = request(&foreign, &other_cert).unwrap();
    let der = respond(&asked.der, &s.issuing_cert, &s.responder, s.now, |_| Known::Good);
    let parsed = parse(&der).unwrap();
    assert!(matches!(parsed.basic.tbs_response_data.responses[0].cert_status, CertStatus::Unknown(_)));
}
