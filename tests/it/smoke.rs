//! `attach smoke`: the whole journey for a fresh synthetic citizen, step by step, in a
//! temporary home unless `--home` is on the command line, with a JUnit report for CI.

use crate::fixture::temp_dir;
use crate::home::Home;
use crate::util::{Attach, SmokeReport, Stats};

const STEPS: [&str; 10] =
    ["init", "register", "certificate", "login", "request", "sign", "submit", "wait", "result", "verify"];

fn assert_all_steps_passed(report: &SmokeReport) {
    assert!(report.ok, "{report:#?}");
    let names: Vec<&str> = report.steps.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, STEPS);
    for step in &report.steps {
        assert!(step.ok, "{step:?}");
        assert!(step.ms.is_finite() && step.ms >= 0.0, "{step:?}");
        assert!(!step.detail.is_empty(), "{step:?}");
    }
}

#[test]
fn smoke_runs_the_journey_in_a_temporary_home_and_writes_junit() {
    let dir = temp_dir();
    let home = dir.path().join("untouched");
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).expect("tmp");
    let junit = dir.path().join("smoke.xml");
    // The real PBKDF2 cost of a new portal: this is the one run that pays it.
    let out = Attach::new(&home)
        .args(["smoke", "--junit"])
        .arg(&junit)
        .env("TMPDIR", &tmp)
        .current_dir(dir.path())
        .run()
        .assert_exit(0);
    assert_all_steps_passed(&out.json());
    assert!(!home.exists(), "smoke without --home touched ATTACH_HOME");
    let left: Vec<_> = std::fs::read_dir(&tmp).expect("tmp").flatten().map(|e| e.path()).collect();
    assert!(left.is_empty(), "smoke left its temporary home behind: {left:?}");

    let xml = std::fs::read_to_string(&junit).expect("the JUnit report");
    assert!(xml.starts_with("<?xml"), "{xml}");
    assert!(xml.contains(r#"tests="10""#) && xml.contains(r#"failures="0""#), "{xml}");
    let cases: Vec<&str> = xml
        .split("<testcase ")
        .skip(1)
        .map(|case| case.split(" name=\"").nth(1).and_then(|rest| rest.split('"').next()).expect("a name"))
        .collect();
    assert_eq!(cases, STEPS, "{xml}");
    assert!(!xml.contains("<failure"), "{xml}");
}

#[test]
fn smoke_with_home_on_the_command_line_uses_that_home() {
    let portal = Home::new();
    let elsewhere = portal.path("elsewhere");
    let out = Attach::new(&elsewhere)
        .args(["smoke", "--home"])
        .arg(&portal.home)
        .current_dir(&portal.dir)
        .run()
        .assert_exit(0);
    assert_all_steps_passed(&out.json());
    assert!(!elsewhere.exists(), "ATTACH_HOME gave way to --home");
    // The journey's request is in that portal's books.
    let stats: Stats = portal.attach().args(["portal", "stats"]).run().assert_exit(0).json();
    assert_eq!((stats.requests.total, stats.requests.completed), (1, 1), "{stats:#?}");
}
