//! The CI examples (`examples/ci/github-actions.yml`, `examples/ci/gitlab-ci.yml`) are valid
//! YAML, their smoke script lines run in a shell against a portal they serve themselves, and
//! the JUnit report they publish is valid against the JUnit schema (`xmllint --schema`). A
//! failed smoke run's report is valid too, with the steps that did not run skipped.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::fixture::temp_dir;
use crate::util::{Attach, tool_ok};

fn manifest(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A YAML file as JSON, read by PyYAML (Debian python3-yaml).
fn yaml(path: &Path) -> serde_json::Value {
    let script = "import json, sys, yaml\nprint(json.dumps(yaml.safe_load(open(sys.argv[1])), default=str))";
    let text = tool_ok("python3", &["-c", script, &path.display().to_string()], Path::new("."));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Validates a JUnit report against the schema kept in the repository.
fn assert_valid_junit(report: &Path) {
    let xsd = manifest("tests/junit/junit-10.xsd");
    tool_ok(
        "xmllint",
        &["--noout", "--schema", &xsd.display().to_string(), &report.display().to_string()],
        Path::new("."),
    );
}

/// Runs `script` in bash (errexit, pipefail) in `dir`, with this build's `attach` on PATH.
fn run_script(script: &str, dir: &Path) {
    let bin = Path::new(env!("CARGO_BIN_EXE_attach")).parent().expect("the binary's directory").to_owned();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let out = Command::new("bash")
        .args(["-e", "-o", "pipefail", "-c", script])
        .current_dir(dir)
        .env("PATH", path)
        .env("RUNNER_TEMP", dir)
        .env("TMPDIR", dir)
        .env("ATTACH_LANG", "en")
        .env_remove("ATTACH_HOME")
        .env_remove("ATTACH_PORTAL")
        .env_remove("ATTACH_TLS_CA")
        .env_remove("ATTACH_PASSWORD")
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "the script failed ({}):\n{script}\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn assert_report(dir: &Path) {
    let report = dir.join("smoke.xml");
    assert_valid_junit(&report);
    let xml = std::fs::read_to_string(&report).expect("smoke.xml");
    assert!(
        xml.contains("<testsuites ") && xml.contains(" timestamp=\"") && xml.contains(" hostname=\""),
        "{xml}"
    );
    assert_eq!(xml.matches("<testcase ").count(), 10, "{xml}");
    assert!(!xml.contains("<failure") && !xml.contains("<skipped"), "{xml}");
    let smoke: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("smoke.json")).expect("smoke.json")).expect("JSON");
    assert_eq!(smoke["ok"], true, "{smoke}");
}

#[test]
fn the_github_actions_example_serves_smokes_and_publishes_a_valid_report() {
    let file = manifest("examples/ci/github-actions.yml");
    let workflow = yaml(&file);
    let steps = workflow["jobs"]["smoke"]["steps"].as_array().expect("jobs.smoke.steps");
    let script = steps
        .iter()
        .find(|s| s["name"].as_str().is_some_and(|n| n.starts_with("Smoke")))
        .and_then(|s| s["run"].as_str())
        .expect("a Smoke step that runs a script");
    assert!(script.contains("portal serve") && script.contains("--allow-test-identities"), "{script}");
    assert!(script.contains("attach smoke --portal") && script.contains("--junit smoke.xml"), "{script}");
    let published = steps.iter().any(|s| s["with"]["report_paths"] == "smoke.xml");
    assert!(published, "the report is published");
    let dir = temp_dir();
    run_script(script, dir.path());
    assert_report(dir.path());
}

#[test]
fn the_gitlab_ci_example_serves_smokes_and_publishes_a_valid_report() {
    let file = manifest("examples/ci/gitlab-ci.yml");
    let pipeline = yaml(&file);
    let job = &pipeline["smoke"];
    assert_eq!(job["artifacts"]["reports"]["junit"], "smoke.xml", "the report is published");
    let lines: Vec<&str> =
        job["script"].as_array().expect("smoke.script").iter().map(|l| l.as_str().expect("a line")).collect();
    let script = lines.join("\n");
    assert!(script.contains("--allow-test-identities") && script.contains("--junit smoke.xml"), "{script}");
    let dir = temp_dir();
    run_script(&script, dir.path());
    assert_report(dir.path());
}

/// A run that fails lists every step — the one that failed with its problem, the rest
/// `<skipped/>` — validates all the same, and says on stderr which step failed and why.
#[test]
fn a_failed_smoke_run_reports_every_step_and_names_the_failure_on_stderr() {
    let dir = temp_dir();
    let report = dir.path().join("failed.xml");
    let out = Attach::new(&dir.path().join("home"))
        .args(["smoke", "--portal", "http://127.0.0.1:1", "--junit"])
        .arg(&report)
        .run();
    assert_ne!(out.code, 0);
    assert!(out.stderr.contains("attach: error: smoke: step `init` failed: "), "{}", out.stderr);
    assert!(out.stderr.contains("unreachable"), "{}", out.stderr);
    assert_valid_junit(&report);
    let xml = std::fs::read_to_string(&report).expect("the report");
    assert_eq!(xml.matches("<testcase ").count(), 10, "{xml}");
    assert_eq!(xml.matches("<failure ").count(), 1, "{xml}");
    assert_eq!(xml.matches("<skipped ").count(), 9, "{xml}");
    assert!(xml.contains(r#"skipped="9""#), "{xml}");
}
