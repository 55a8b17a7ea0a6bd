//! The bulk calls of `portal serve` (beyond SPEC section 6, described in its OpenAPI):
//! `POST /v1/batch/people` and `POST /v1/batch/requests` answer every item, in order, as the
//! single calls would — the same people, receipts, outcomes and problems — so a batch can use
//! them in place of three calls per row.

use attach::domain::document::Kind;
use serde_json::json;

use crate::fixture::{forge, now};
use crate::home::{CITIZEN, Home, OPERATOR};
use crate::server::{addr, post, token_of_login};
use crate::wire::get;

/// `attach request --for IIN` for MNG-0001, signed by the operator.
fn signed_for(home: &Home, op: &crate::fixture::Identity, iin: &str) -> serde_json::Value {
    let document: serde_json::Value = home
        .attach()
        .args(["request", "--for", iin, "--org", "MNG-0001", "--reason", "change_of_residence"])
        .run()
        .assert_exit(0)
        .json();
    serde_json::from_slice(&home.sign(op, &document)).expect("a signed request")
}

/// The refusals the portal logged for `action`, oldest first: who, of what, how it ended.
fn refusals(home: &Home, action: &str) -> Vec<(String, Option<String>, String)> {
    let db = home.home.join("portal.db");
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .expect("the portal's database");
    let mut stmt = conn
        .prepare(
            "SELECT actor, subject, outcome FROM audit
             WHERE action = ?1 AND outcome NOT IN ('registered', 'completed') ORDER BY id",
        )
        .expect("the audit log");
    stmt.query_map([action], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("the audit log")
        .collect::<rusqlite::Result<_>>()
        .expect("the audit log")
}

/// A valid IIN that ГБД ФЛ does not hold (line 84 of examples/people.csv).
const ABSENT: &str = "000101500001";

#[test]
fn bulk_lookups_answer_each_iin_as_the_single_lookup_does() {
    let home = Home::served();
    let addr = addr(&home);
    home.operator();
    let op = token_of_login(&home, OPERATOR);
    let people = home.residents(2);
    let (a, b) = (&people[0].iin, &people[1].iin);
    let body = |iins: &[&str]| serde_json::to_vec(&json!({ "iins": iins })).expect("JSON");

    let found = post(addr, "/v1/batch/people", body(&[a, ABSENT, b]), Some(&op));
    assert_eq!(found.status(), 200, "{}", found.text());
    let found = found.json()["people"].as_array().expect("people").clone();
    assert_eq!(found.len(), 3);
    assert_eq!(found[0], get(addr, &format!("/v1/registry/people/{a}"), Some(&op)).json());
    assert_eq!(found[1], serde_json::Value::Null);
    assert_eq!(found[2], get(addr, &format!("/v1/registry/people/{b}"), Some(&op)).json());
    assert_eq!(get(addr, &format!("/v1/registry/people/{ABSENT}"), Some(&op)).status(), 404);

    // The same refusals as the single lookup, for the whole call.
    home.citizen(CITIZEN);
    let citizen = token_of_login(&home, CITIZEN);
    let refused = post(addr, "/v1/batch/people", body(&[a, b]), Some(&citizen));
    assert_eq!((refused.status(), refused.json()["code"].clone()), (403, json!("forbidden")));
    // Logged with whom the citizen asked for, as the single lookup logs its IIN.
    assert_eq!(
        refusals(&home, "registry lookup"),
        [(CITIZEN.to_owned(), Some(format!("{a},{b}")), "forbidden".to_owned())]
    );
    let anonymous = post(addr, "/v1/batch/people", body(&[a]), None);
    assert_eq!((anonymous.status(), anonymous.json()["code"].clone()), (401, json!("unauthenticated")));
    let invalid = post(addr, "/v1/batch/people", body(&[a, "900101300454"]), Some(&op));
    assert_eq!((invalid.status(), invalid.json()["code"].clone()), (400, json!("invalid_iin")));
    let none = post(addr, "/v1/batch/people", body(&[]), Some(&op));
    assert_eq!((none.status(), none.json()["code"].clone()), (400, json!("invalid_input")));
    let many: Vec<&str> = std::iter::repeat_n(a.as_str(), 101).collect();
    let too_many = post(addr, "/v1/batch/people", body(&many), Some(&op));
    assert_eq!((too_many.status(), too_many.json()["code"].clone()), (400, json!("invalid_input")));
    assert!(too_many.json()["detail"].as_str().is_some_and(|d| d.contains("100")), "{}", too_many.text());
}

#[test]
fn a_bulk_submission_answers_each_request_as_submit_and_result_do() {
    let home = Home::served();
    let addr = addr(&home);
    let operator = home.operator();
    let op = token_of_login(&home, OPERATOR);
    let people = home.residents(2);
    let first = signed_for(&home, &operator, &people[0].iin);
    let second = signed_for(&home, &operator, &people[1].iin);
    // A request for another clinic, signed properly: forbidden before its signature is read.
    let mut elsewhere: serde_json::Value = home
        .attach()
        .args(["request", "--for", &people[1].iin, "--org", "MNG-0001", "--reason", "first_attachment"])
        .run()
        .assert_exit(0)
        .json();
    let other: serde_json::Value =
        home.attach().args(["orgs", "--search", "MNG-0002"]).run().assert_exit(0).json();
    elsewhere["organization"] = json!({"id": "MNG-0002", "bin": other["bin"], "name": other["name"]});
    let elsewhere: serde_json::Value =
        serde_json::from_slice(&forge(&operator, &elsewhere, Kind::Request, now())).expect("JSON");
    // A request whose signature does not match its content.
    let mut tampered = signed_for(&home, &operator, &people[0].iin);
    let signature = tampered["signature"].as_str().expect("a signature").to_owned();
    let flipped = if signature.starts_with('A') { "B" } else { "A" };
    tampered["signature"] = json!(format!("{flipped}{}", &signature[1..]));

    let sent = [&first, &second, &elsewhere, &tampered, &first];
    let body = serde_json::to_vec(&json!({ "requests": sent })).expect("JSON");
    let answer = post(addr, "/v1/batch/requests", body, Some(&op));
    assert_eq!(answer.status(), 200, "{}", answer.text());
    let items = answer.json()["items"].as_array().expect("items").clone();
    assert_eq!(items.len(), sent.len());

    // New requests: their receipts, and the outcomes the provider decided at once.
    for (item, person) in items[..2].iter().zip(&people) {
        let receipt = &item["receipt"];
        assert_eq!(receipt["iin"], json!(person.iin));
        assert_eq!(receipt["status"], "registered");
        assert_eq!(item["outcome"]["outcome"], "attached", "{item}");
        assert!(item.get("problem").is_none());
        let id = receipt["request_id"].as_str().expect("a request id");
        assert_eq!(item["outcome"], get(addr, &format!("/v1/requests/{id}/result"), Some(&op)).json());
    }
    // Refused ones: the problems a single submission gets, each logged.
    let logged: Vec<(String, String)> =
        refusals(&home, "submit").into_iter().map(|(actor, _, outcome)| (actor, outcome)).collect();
    assert_eq!(
        logged,
        [(OPERATOR.to_owned(), "forbidden".to_owned()), (OPERATOR.to_owned(), "bad_signature".to_owned())]
    );
    assert_eq!(items[2]["problem"]["code"], "forbidden", "{}", items[2]);
    assert_eq!(items[2]["problem"]["status"], 403);
    assert_eq!(items[3]["problem"]["code"], "bad_signature", "{}", items[3]);
    assert!(items[2].get("receipt").is_none() && items[3].get("receipt").is_none());
    // The same request twice: one request, the same receipt and outcome.
    assert_eq!(items[4]["receipt"], items[0]["receipt"]);
    assert_eq!(items[4]["outcome"], items[0]["outcome"]);

    // Each answer is what the single call says of the same request.
    let single = post(addr, "/v1/requests", serde_json::to_vec(&first).expect("JSON"), Some(&op));
    assert_eq!(single.status(), 200, "{}", single.text());
    assert_eq!(single.json(), items[0]["receipt"]);
    for (doc, item) in [(&elsewhere, &items[2]), (&tampered, &items[3])] {
        let single = post(addr, "/v1/requests", serde_json::to_vec(doc).expect("JSON"), Some(&op));
        assert_eq!(single.json()["code"], item["problem"]["code"]);
        assert_eq!(single.json()["detail"], item["problem"]["detail"]);
    }
    let listed = get(addr, "/v1/requests", Some(&op)).json();
    assert_eq!(listed["items"].as_array().map(Vec::len), Some(2), "{listed}");

    // A bulk call is refused as a whole like a single one: no token, nothing to submit.
    let body = serde_json::to_vec(&json!({ "requests": [&first] })).expect("JSON");
    let anonymous = post(addr, "/v1/batch/requests", body, None);
    assert_eq!(anonymous.status(), 401);
    let none = post(addr, "/v1/batch/requests", br#"{"requests": []}"#.to_vec(), Some(&op));
    assert_eq!((none.status(), none.json()["code"].clone()), (400, json!("invalid_input")));
}

/// With a processing delay, a bulk submission's requests are registered and not yet decided.
#[test]
fn an_undecided_request_comes_back_without_an_outcome() {
    let home = Home::served();
    home.setting("processing_delay", "1h");
    let addr = addr(&home);
    let operator = home.operator();
    let op = token_of_login(&home, OPERATOR);
    let person = home.residents(1).remove(0);
    let signed = signed_for(&home, &operator, &person.iin);
    let body = serde_json::to_vec(&json!({ "requests": [signed] })).expect("JSON");
    let answer = post(addr, "/v1/batch/requests", body, Some(&op));
    assert_eq!(answer.status(), 200, "{}", answer.text());
    let item = &answer.json()["items"][0];
    assert_eq!(item["receipt"]["status"], "registered");
    assert_eq!(item["outcome"], serde_json::Value::Null, "{item}");
}
