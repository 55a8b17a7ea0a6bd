//! What the portal knows before anyone applies, and what it reports after: the directory of
//! clinics (`orgs`), the seeded ГБД ФЛ (`portal people`, reproducible by seed) and the
//! quality indicators (`portal stats`).

use std::collections::BTreeMap;

use crate::fixture::temp_dir;
use crate::home::{CITIZEN, Home, ZHANAOZEN, both_backends};
use crate::util::{Attach, AttachmentRow, Initialized, OrgRow, PersonRow, Stats, ticket_document};

both_backends!(
    search_ignores_case_and_folds_kazakh_letters,
    region_filters_the_directory,
    stats_count_requests_refusals_and_clinics,
);

fn orgs(home: &Home, args: &[&str]) -> Vec<OrgRow> {
    home.attach().arg("orgs").args(args).run().assert_exit(0).json_lines()
}

fn ids(rows: &[OrgRow]) -> Vec<&str> {
    rows.iter().map(|o| o.id.as_str()).collect()
}

fn search_ignores_case_and_folds_kazakh_letters(home: &Home) {
    let all = orgs(home, &[]);
    assert_eq!(all.len(), 20, "{all:#?}");
    let aktau: Vec<OrgRow> = all.iter().filter(|o| o.region == "Актау").cloned().collect();
    assert_eq!(ids(&aktau), ["MNG-0001", "MNG-0002", "MNG-0003", "MNG-0004", "MNG-0005", "MNG-0006"]);
    for search in ["Ақтау", "актау", "АКТАУ", "Актау"] {
        assert_eq!(orgs(home, &["--search", search]), aktau, "--search {search}");
    }
    let first = &aktau[0];
    assert_eq!(
        (first.bin.as_str(), first.name.as_str(), first.address.as_str(), first.open),
        ("940140000385", "Поликлиника №1", "Актау, 3 мкр., д. 1", true)
    );
    assert!(first.attached <= first.capacity);
    assert!(orgs(home, &["--search", "Лондон"]).is_empty());
}

fn region_filters_the_directory(home: &Home) {
    let rows = orgs(home, &["--region", "Жанаозен"]);
    assert_eq!(ids(&rows), ["MNG-0007", "MNG-0008", "MNG-0009", "MNG-0010"]);
    assert!(rows.iter().all(|o| o.region == "Жанаозен"), "{rows:#?}");
    assert_eq!(orgs(home, &["--region", "Жаңаөзен"]), rows, "the Kazakh spelling");
    assert_eq!(orgs(home, &["--region", "жанаозен"]), rows);

    let out = home.attach().args(["orgs", "--region", "Алматы"]).run().assert_exit(2);
    assert!(out.assert_error("invalid_input").message.contains("Алматы"));
}

/// `portal people` administers the local home: one backend only.
#[test]
fn people_lists_the_registry_with_its_fields() {
    let home = Home::new();
    let rows: Vec<PersonRow> =
        home.attach().args(["portal", "people", "--limit", "3"]).run().assert_exit(0).json_lines();
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows[0],
        PersonRow {
            iin: CITIZEN.into(),
            full_name: "ТЕСТОВ ТЕСТ ТЕСТОВИЧ".into(),
            birth_date: "1990-01-01".into(),
            sex: "male".into(),
            region: "Актау".into(),
            address: "Актау, 12 мкр., д. 5, кв. 17".into(),
            deceased: false,
            attachment: None,
            parents: Vec::new(),
        }
    );
    let zhanaozen: Vec<PersonRow> = home
        .attach()
        .args(["portal", "people", "--limit", "5", "--region", "Жанаозен"])
        .run()
        .assert_exit(0)
        .json_lines();
    assert_eq!(zhanaozen.len(), 5);
    assert!(zhanaozen.iter().all(|p| p.region == "Жанаозен"), "{zhanaozen:#?}");
}

/// `portal people` shows each person's attachment in force and picks people by it.
#[test]
fn people_show_and_filter_by_their_attachment() {
    let home = Home::new();
    let zhanaozen = home.people(1, &["--region", "Жанаозен", "--attached-to", "MNG-0007", "--living"]);
    assert_eq!(zhanaozen[0].iin, ZHANAOZEN, "the first of the registry attached to MNG-0007");
    let since = AttachmentRow { org: "MNG-0007".into(), since: "2019-03-01".into() };
    assert_eq!(zhanaozen[0].attachment, Some(since));

    let all = home.people(300, &[]);
    let unattached = home.people(50, &["--unattached"]);
    assert!(unattached.iter().all(|p| p.attachment.is_none()), "{unattached:#?}");
    assert!(unattached.iter().any(|p| p.deceased), "the deceased are attached nowhere");
    let living = home.people(50, &["--unattached", "--living"]);
    assert!(living.iter().all(|p| !p.deceased && p.attachment.is_none()));
    // Registry order: each list is the registry's people that pass, in order.
    let expected: Vec<&PersonRow> = all.iter().filter(|p| p.attachment.is_none()).take(50).collect();
    assert_eq!(unattached.iter().collect::<Vec<_>>(), expected);
    // Clinic ids ignore case, as everywhere.
    let first = home.people(20, &["--attached-to", "mng-0001"]);
    assert!(first.iter().all(|p| p.attachment.as_ref().is_some_and(|a| a.org == "MNG-0001")));

    let unknown = home.attach().args(["portal", "people", "--attached-to", "MNG-9999"]).run().assert_exit(6);
    unknown.assert_error("org_not_found");
    home.attach()
        .args(["portal", "people", "--unattached", "--attached-to", "MNG-0001"])
        .run()
        .assert_exit(2);

    // An attachment the service makes is the one listed from then on.
    let me = home.citizen(CITIZEN);
    let ticket = ticket_document(&home.attach_to(&me, "MNG-0001", "first_attachment"));
    let now = home.people(1, &["--attached-to", "MNG-0001", "--region", "Актау"]);
    let listed: Vec<PersonRow> =
        home.attach().args(["portal", "people", "--limit", "1"]).run().assert_exit(0).json_lines();
    assert_eq!(listed[0].iin, CITIZEN);
    let attached = AttachmentRow { org: "MNG-0001".into(), since: ticket.attached_from };
    assert_eq!(listed[0].attachment, Some(attached));
    assert_eq!(now[0].iin, CITIZEN, "the citizen comes first in the registry");
}

/// `portal init --people 50 --seed SEED` in a home of its own, then every person.
fn people_of_seed(seed: &str) -> String {
    let dir = temp_dir();
    let home = dir.path().join("home");
    let init: Initialized = Attach::new(&home)
        .args(["portal", "init", "--people", "50", "--seed", seed])
        .run()
        .assert_exit(0)
        .json();
    let out = Attach::new(&home).args(["portal", "people", "--limit", "100"]).run().assert_exit(0);
    let rows: Vec<PersonRow> = out.json_lines();
    assert_eq!(rows.len() as u64, init.people, "50 residents, the demo residents and the heads");
    assert_eq!(init.clinics, 20);
    out.stdout_str().to_owned()
}

#[test]
fn the_same_seed_gives_the_same_people() {
    let first = people_of_seed("7");
    assert_eq!(people_of_seed("7"), first);
    assert_ne!(people_of_seed("8"), first);
}

fn stats_count_requests_refusals_and_clinics(home: &Home) {
    let stats = || -> Stats { home.attach().args(["portal", "stats"]).run().assert_exit(0).json() };
    let before = stats();
    assert_eq!(before.requests.total, 0);
    assert_eq!(before.within_deadline_pct, None, "nothing decided yet");

    let me = home.citizen(CITIZEN);
    home.attach_to(&me, "MNG-0001", "first_attachment");
    home.refused(&me, "MNG-0003", "free_choice", "no_capacity");
    home.attach_to(&me, "MNG-0002", "free_choice");

    let after = stats();
    let r = &after.requests;
    assert_eq!((r.total, r.submitted, r.registered, r.completed, r.refused), (3, 0, 0, 2, 1));
    assert_eq!(after.within_deadline_pct, Some(100.0));
    assert_eq!(after.refusals, BTreeMap::from([("no_capacity".to_owned(), 1)]));
    let ids: Vec<&str> = after.clinics.iter().map(|c| c.id.as_str()).collect();
    let before_ids: Vec<&str> = before.clinics.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, before_ids);
    assert_eq!(ids.len(), 20);
    for (id, requests, moved_in) in [("MNG-0001", 1, 0), ("MNG-0002", 1, 1), ("MNG-0003", 1, 0)] {
        let (now, then) = (after.clinic(id), before.clinic(id));
        assert_eq!(now.requests, requests, "{now:?}");
        assert_eq!(now.within_deadline_pct, Some(100.0), "{now:?}");
        assert_eq!(
            now.attached,
            then.attached + moved_in,
            "{id}: the citizen moved from MNG-0001 to MNG-0002"
        );
    }
    let untouched = after.clinic("MNG-0005");
    assert_eq!((untouched.requests, untouched.within_deadline_pct), (0, None));
}
