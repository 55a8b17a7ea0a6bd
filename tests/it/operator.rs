//! The provider's path (SPEC section 1, second table): an operator of a clinic logs in, looks
//! a citizen up in ГБД ФЛ, fills, signs and submits the request for them — only for their own
//! clinic, with an employee certificate carrying its BIN; a citizen cannot act for others.

use attach::domain::document::Kind;

use crate::home::{CITIZEN, Home, OPERATOR, both_backends};
use crate::util::{PersonRow, Receipt, RequestDocument, RequestStatus};

both_backends!(
    an_operator_attaches_a_citizen_of_the_registry,
    an_operator_cannot_act_for_another_clinic,
    a_citizen_cannot_act_for_someone_else,
    a_person_absent_from_the_registry_cannot_be_requested,
);

/// A living resident of Актау (see [`Home::residents`]).
fn resident(home: &Home) -> PersonRow {
    home.residents(1).remove(0)
}

fn an_operator_attaches_a_citizen_of_the_registry(home: &Home) {
    let op = home.operator();
    let citizen = resident(home);
    let out = home
        .attach()
        .args(["request", "--for", &citizen.iin, "--org", "MNG-0001", "--reason", "change_of_residence"])
        .run()
        .assert_exit(0);
    let document: RequestDocument = out.json();
    assert_eq!(document.channel, "provider");
    assert_eq!(document.applicant.iin, citizen.iin);
    assert_eq!(document.applicant.full_name, citizen.full_name);
    assert_eq!(document.operator, Some(serde_json::json!({"iin": OPERATOR})));
    let signed = home.sign(&op, &out.json());
    let receipt: Receipt = home.submit(&signed).assert_exit(0).json();
    assert_eq!(receipt.iin, citizen.iin);
    home.assert_attached(&receipt);

    // The clinic's requests are the operator's list.
    let listed: Vec<RequestStatus> = home.attach().arg("status").run().assert_exit(0).json_lines();
    assert_eq!(
        listed.iter().map(|s| s.request_id.as_str()).collect::<Vec<_>>(),
        [receipt.request_id.as_str()]
    );
}

fn an_operator_cannot_act_for_another_clinic(home: &Home) {
    let op = home.operator();
    let citizen = resident(home);
    let out = home
        .attach()
        .args(["request", "--for", &citizen.iin, "--org", "MNG-0002", "--reason", "change_of_residence"])
        .run()
        .assert_exit(3);
    assert!(out.assert_error("forbidden").message.contains("MNG-0002"));

    // Even a document written by hand for MNG-0002 is refused by the portal as forbidden,
    // before its signature is looked at.
    let mut document: serde_json::Value = home
        .attach()
        .args(["request", "--for", &citizen.iin, "--org", "MNG-0001", "--reason", "change_of_residence"])
        .run()
        .assert_exit(0)
        .json();
    let other: serde_json::Value =
        home.attach().args(["orgs", "--search", "MNG-0002"]).run().assert_exit(0).json();
    document["organization"] =
        serde_json::json!({"id": "MNG-0002", "bin": other["bin"], "name": other["name"]});
    let forged = crate::fixture::forge(&op, &document, Kind::Request, crate::fixture::now());
    home.submit(&forged).assert_exit(3).assert_error("forbidden");

    // Control: the same person for the operator's own clinic.
    let receipt: Receipt = home
        .submit(
            &home.sign(
                &op,
                &home
                    .attach()
                    .args([
                        "request",
                        "--for",
                        &citizen.iin,
                        "--org",
                        "MNG-0001",
                        "--reason",
                        "change_of_residence",
                    ])
                    .run()
                    .assert_exit(0)
                    .json(),
            ),
        )
        .assert_exit(0)
        .json();
    home.assert_attached(&receipt);
}

fn a_citizen_cannot_act_for_someone_else(home: &Home) {
    home.citizen(CITIZEN);
    let other = resident(home);
    let out = home.attach().args(["request", "--for", &other.iin, "--org", "MNG-0001"]).run().assert_exit(3);
    out.assert_error("forbidden");
    // Control: for themselves.
    home.attach().args(["request", "--org", "MNG-0001"]).run().assert_exit(0);
}

fn a_person_absent_from_the_registry_cannot_be_requested(home: &Home) {
    home.operator();
    // A valid IIN that ГБД ФЛ does not hold (seeded people are born before today; this one
    // is a valid number nobody was given).
    let absent = "000101500001";
    home.attach().args(["iin", absent]).run().assert_exit(0);
    let out = home.attach().args(["request", "--for", absent, "--org", "MNG-0001"]).run().assert_exit(6);
    let error = out.assert_error("person_not_found");
    assert!(error.message.contains("data cannot be obtained from ГБД ФЛ"), "{error:?}");
}
