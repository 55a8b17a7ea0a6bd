//! The provider's rules (condition 3, SPEC section 7): one test per refusal code, each beside a
//! control that differs only in the fact the rule reads and is granted. Every refusal is
//! checked as all stages report it: `status` says `refused` (exit 0), `result` prints the
//! reasoned refusal (exit 5), and `verify-ticket` passes that refusal on (exit 5).

use crate::home::{CITIZEN, CLOSED, DECEASED, Home, ZHANAOZEN, both_backends};
use crate::util::{OrgRow, PersonRow};

both_backends!(
    person_not_found_for_a_deceased_applicant,
    org_not_found_for_a_closed_clinic,
    a_clinic_missing_from_the_directory_cannot_be_requested,
    out_of_region_for_a_free_choice_in_another_city,
    already_attached_to_the_clinic_requested,
    too_frequent_a_second_free_choice_within_twelve_months,
    no_capacity_in_a_full_clinic,
    data_mismatch_when_the_request_disagrees_with_the_registry,
    wrong_reason_first_attachment_while_attached_elsewhere,
    wrong_reason_org_closed_for_someone_attached_nowhere,
    wrong_reason_org_closed_while_the_clinic_is_open,
);

fn person_not_found_for_a_deceased_applicant(home: &Home) {
    // The registry keeps him: he can register, get a certificate and apply.
    let rows: Vec<PersonRow> =
        home.attach().args(["portal", "people", "--limit", "10"]).run().assert_exit(0).json_lines();
    let record = rows.iter().find(|p| p.iin == DECEASED).expect("the deceased demo resident");
    assert!(record.deceased);
    let deceased = home.citizen(DECEASED);
    let refusal = home.refused(&deceased, "MNG-0001", "first_attachment", "person_not_found");
    assert!(refusal.message.contains("deceased"), "{refusal:?}");

    // Control: a living resident of the same city, the same clinic and reason.
    let living = home.citizen(CITIZEN);
    home.attach_to(&living, "MNG-0001", "first_attachment");
}

fn org_not_found_for_a_closed_clinic(home: &Home) {
    let me = home.citizen(CITIZEN);
    let orgs: Vec<OrgRow> =
        home.attach().args(["orgs", "--search", "MNG-0004"]).run().assert_exit(0).json_lines();
    assert!(orgs.len() == 1 && !orgs[0].open, "MNG-0004 is the closed clinic: {orgs:?}");
    home.refused(&me, "MNG-0004", "first_attachment", "org_not_found");
    // Control: an open clinic of the same city.
    home.attach_to(&me, "MNG-0001", "first_attachment");
}

fn a_clinic_missing_from_the_directory_cannot_be_requested(home: &Home) {
    home.citizen(CITIZEN);
    let out = home.attach().args(["request", "--org", "MNG-9999"]).run().assert_exit(6);
    assert!(out.assert_error("org_not_found").message.contains("MNG-9999"));
}

/// An open clinic of Жанаозен other than MNG-0007 (where the demo resident is attached) with
/// a free place, from the directory.
fn another_zhanaozen_clinic(home: &Home) -> String {
    let orgs: Vec<OrgRow> =
        home.attach().args(["orgs", "--region", "Жанаозен"]).run().assert_exit(0).json_lines();
    orgs.into_iter()
        .find(|o| o.id != "MNG-0007" && o.open && o.attached < o.capacity)
        .expect("another open clinic in Жанаозен")
        .id
}

fn out_of_region_for_a_free_choice_in_another_city(home: &Home) {
    let me = home.citizen(ZHANAOZEN);
    home.refused(&me, "MNG-0001", "free_choice", "out_of_region");
    // Control: a free choice within his own city.
    let near = another_zhanaozen_clinic(home);
    home.attach_to(&me, &near, "free_choice");
}

fn already_attached_to_the_clinic_requested(home: &Home) {
    let me = home.citizen(CITIZEN);
    home.attach_to(&me, "MNG-0001", "first_attachment");
    home.refused(&me, "MNG-0001", "free_choice", "already_attached");
    // Control: the same free choice to another clinic.
    home.attach_to(&me, "MNG-0002", "free_choice");
}

fn too_frequent_a_second_free_choice_within_twelve_months(home: &Home) {
    let me = home.citizen(CITIZEN);
    home.attach_to(&me, "MNG-0001", "first_attachment");
    home.attach_to(&me, "MNG-0002", "free_choice");
    home.refused(&me, "MNG-0001", "free_choice", "too_frequent");
    // Control: a change for a new place of residence is always allowed.
    home.attach_to(&me, "MNG-0001", "change_of_residence");
}

fn no_capacity_in_a_full_clinic(home: &Home) {
    let me = home.citizen(CITIZEN);
    let full: Vec<OrgRow> =
        home.attach().args(["orgs", "--search", "MNG-0003"]).run().assert_exit(0).json_lines();
    assert!(full.len() == 1 && full[0].open && full[0].attached == full[0].capacity, "{full:?}");
    home.refused(&me, "MNG-0003", "first_attachment", "no_capacity");
    // Control: a clinic of the same city with room.
    home.attach_to(&me, "MNG-0001", "first_attachment");
}

fn data_mismatch_when_the_request_disagrees_with_the_registry(home: &Home) {
    let me = home.citizen(CITIZEN);
    let request = home.request("MNG-0001", "first_attachment");

    let mut renamed = request.clone();
    renamed["request_uuid"] = serde_json::json!("0b8e4f2c-6a51-4d8e-9c3a-1f2e3d4c5b6a");
    renamed["applicant"]["full_name"] = serde_json::json!("ТЕСТОВ ТЕСТ ИВАНОВИЧ");
    let receipt = home.submit(&home.sign(&me, &renamed)).assert_exit(0).json();
    let refusal = home.assert_refused(&receipt, "data_mismatch");
    assert!(refusal.message.contains("ТЕСТОВ ТЕСТ ИВАНОВИЧ"), "{refusal:?}");

    let mut redated = request.clone();
    redated["request_uuid"] = serde_json::json!("4f1d2b3a-8c7e-4a6b-9d5c-2e1f0a9b8c7d");
    redated["applicant"]["birth_date"] = serde_json::json!("1990-01-02");
    let receipt = home.submit(&home.sign(&me, &redated)).assert_exit(0).json();
    home.assert_refused(&receipt, "data_mismatch");

    // Control: the request as `attach request` filled it.
    let receipt = home.submit(&home.sign(&me, &request)).assert_exit(0).json();
    home.assert_attached(&receipt);
}

fn wrong_reason_first_attachment_while_attached_elsewhere(home: &Home) {
    let me = home.citizen(ZHANAOZEN);
    let near = another_zhanaozen_clinic(home);
    home.refused(&me, &near, "first_attachment", "wrong_reason");
    // Control: the reason that fits his record.
    home.attach_to(&me, &near, "free_choice");
}

fn wrong_reason_org_closed_for_someone_attached_nowhere(home: &Home) {
    let me = home.citizen(CITIZEN);
    home.refused(&me, "MNG-0001", "org_closed", "wrong_reason");
    // Control: the reason that fits his record.
    home.attach_to(&me, "MNG-0001", "first_attachment");
}

fn wrong_reason_org_closed_while_the_clinic_is_open(home: &Home) {
    // Attached to the open MNG-0007: the clinic did not close.
    let open = home.citizen(ZHANAOZEN);
    let near = another_zhanaozen_clinic(home);
    home.refused(&open, &near, "org_closed", "wrong_reason");
    // Control: attached to the closed MNG-0004, the same reason is granted.
    let closed = home.citizen(CLOSED);
    home.attach_to(&closed, "MNG-0001", "org_closed");
}
