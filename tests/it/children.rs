//! Children (under 18) are attached by a parent, as egov.kz does it: a child neither
//! registers, signs nor is issued a certificate; a parent ГБД ФЛ links to the child asks and
//! signs as its representative, and the ticket names both; an operator files for a family
//! with the parent named.

use attach::domain::document::Kind;

use crate::fixture::{forge, now};
use crate::home::{CITIZEN, Home, both_backends};
use crate::util::{PersonRow, Receipt, ticket_document};

both_backends!(
    a_parent_asks_and_signs_for_a_child_and_the_ticket_names_both,
    someone_who_is_not_a_parent_cannot_ask_for_a_child,
    a_request_for_a_child_without_a_parent_is_refused,
    an_operator_files_for_a_child_with_the_parent_named,
);

/// A living child of Актау whom ГБД ФЛ links to a parent, young enough to stay a child for
/// years after the registry's reference date; and that parent's IIN.
fn child_and_parent(home: &Home) -> (PersonRow, String) {
    let children = home.people(40, &["--minors", "--living", "--region", "Актау"]);
    let child = children
        .into_iter()
        .filter(|c| c.birth_date.as_str() >= "2014-01-01")
        .find(|c| !c.parents.is_empty())
        .expect("a child of Актау with a parent");
    let parent = child.parents[0].iin.clone();
    (child, parent)
}

/// A clinic of Актау the child is not attached to, and the reason that fits.
fn clinic_and_reason(child: &PersonRow) -> (&'static str, &'static str) {
    let org =
        if child.attachment.as_ref().is_some_and(|a| a.org == "MNG-0001") { "MNG-0002" } else { "MNG-0001" };
    let reason = if child.attachment.is_some() { "change_of_residence" } else { "first_attachment" };
    (org, reason)
}

#[test]
fn a_child_neither_registers_nor_is_issued_a_certificate() {
    let home = Home::new();
    let (child, _) = child_and_parent(&home);
    let out = home.attach().args(["register", "--iin", &child.iin, "--otp"]).run().assert_exit(2);
    assert!(out.assert_error("minor").message.contains("under 18"), "{out:?}");
    let out = home
        .attach()
        .args(["portal", "nca", "issue", "--iin", &child.iin, "--out"])
        .arg(home.path("child"))
        .run()
        .assert_exit(2);
    out.assert_error("minor");
}

fn a_parent_asks_and_signs_for_a_child_and_the_ticket_names_both(home: &Home) {
    let (child, parent) = child_and_parent(home);
    let me = home.citizen(&parent);
    let (org, reason) = clinic_and_reason(&child);
    let document: serde_json::Value = home
        .attach()
        .args(["request", "--child", &child.iin, "--org", org, "--reason", reason])
        .run()
        .assert_exit(0)
        .json();
    assert_eq!(document["applicant"]["iin"], child.iin.as_str());
    assert_eq!(document["representative"]["iin"], parent.as_str());
    assert_eq!(document["representative"]["relation"], child.parents[0].relation.as_str());
    let signed = home.sign(&me, &document);
    let receipt: Receipt = home.submit(&signed).assert_exit(0).json();
    assert_eq!(receipt.iin, child.iin);
    let ticket = ticket_document(&home.assert_attached(&receipt));
    assert_eq!(ticket.patient.iin, child.iin);
    let representative = ticket.representative.expect("the ticket names the parent");
    assert_eq!(representative.iin, parent);
    assert_eq!(representative.full_name, child.parents[0].full_name);
    assert_eq!(representative.relation, child.parents[0].relation);
    // The parent sees the child's request among their own.
    let listed: Vec<crate::util::RequestStatus> =
        home.attach().arg("status").run().assert_exit(0).json_lines();
    assert!(listed.iter().any(|s| s.request_id == receipt.request_id), "{listed:?}");
}

fn someone_who_is_not_a_parent_cannot_ask_for_a_child(home: &Home) {
    let (child, _) = child_and_parent(home);
    let stranger = home.citizen(CITIZEN);
    let (org, reason) = clinic_and_reason(&child);
    let out = home.attach().args(["request", "--child", &child.iin, "--org", org]).run().assert_exit(3);
    assert!(out.assert_error("forbidden").message.contains("links no child"), "{out:?}");
    // A document naming the stranger as the child's mother, signed by the stranger: the portal
    // finds no such link in ГБД ФЛ.
    let document = serde_json::json!({
        "type": "phc-attachment-request", "version": 1,
        "request_uuid": "6d81600b-bf1c-4775-b1a6-8a8f651eae4f",
        "created_at": crate::fixture::rfc3339(now()), "channel": "portal",
        "applicant": {"iin": child.iin, "full_name": child.full_name, "birth_date": child.birth_date,
                      "address": child.address},
        "organization": organization(home, org), "reason": reason,
        "representative": {"iin": CITIZEN, "full_name": "ТЕСТОВ ТЕСТ ТЕСТОВИЧ", "relation": "father"},
    });
    let out = home.submit(&forge(&stranger, &document, Kind::Request, now())).assert_exit(4);
    assert!(out.assert_error("signer_mismatch").message.contains("ГБД ФЛ"), "{out:?}");
}

fn a_request_for_a_child_without_a_parent_is_refused(home: &Home) {
    let (child, _) = child_and_parent(home);
    let adult = home.citizen(CITIZEN);
    let (org, reason) = clinic_and_reason(&child);
    // The child acting alone, through a document signed by someone else: no representative.
    let document = serde_json::json!({
        "type": "phc-attachment-request", "version": 1,
        "request_uuid": "7d81600b-bf1c-4775-b1a6-8a8f651eae4f",
        "created_at": crate::fixture::rfc3339(now()), "channel": "portal",
        "applicant": {"iin": child.iin, "full_name": child.full_name, "birth_date": child.birth_date,
                      "address": child.address},
        "organization": organization(home, org), "reason": reason,
    });
    let out = home.submit(&forge(&adult, &document, Kind::Request, now())).assert_exit(2);
    assert!(out.assert_error("minor").message.contains("under 18"), "{out:?}");
}

fn an_operator_files_for_a_child_with_the_parent_named(home: &Home) {
    let op = home.operator();
    let (child, parent) = child_and_parent(home);
    let (org, reason) = clinic_and_reason(&child);
    let batch = |name: &str, representative: &str| -> serde_json::Value {
        let csv = format!("iin,org,reason,representative\n{},{org},{reason},{representative}\n", child.iin);
        std::fs::write(home.path(name), csv).expect("CSV");
        let out = home.attach().args(["batch", name, "--wait", "--org", org]).args(op.key_arg()).run();
        serde_json::from_str(out.stdout_str().lines().next().expect("a row")).expect("JSON")
    };
    // Without the parent: the row fails, `minor`, and nothing is sent.
    let alone = batch("alone.csv", "");
    assert_eq!(alone["error"]["code"], "minor", "{alone}");
    let family = batch("family.csv", &parent);
    assert_eq!(family["outcome"], "attached", "{family}");
}

/// The `organization` member of a request for `org`, from the directory.
fn organization(home: &Home, org: &str) -> serde_json::Value {
    let found: serde_json::Value = home.attach().args(["orgs", "--search", org]).run().assert_exit(0).json();
    serde_json::json!({"id": found["id"], "bin": found["bin"], "name": found["name"]})
}
