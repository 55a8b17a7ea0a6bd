//! Lists and scripting: `attach status` lists the session's requests a page at a time,
//! narrowed by `--limit`, `--state`, `--since`, `--iin` and `--org`; the lines a batch or a list
//! prints are fed back in, one subject a line, and answered one line each.

use crate::batch::{batch, campaign, write};
use crate::home::{Home, both_backends};
use crate::util::RequestStatus;

both_backends!(
    a_list_is_paged_and_narrowed_by_state_time_person_and_clinic,
    json_lines_piped_in_are_answered_one_line_each,
);

/// An operator's campaign of `n` rows, submitted and decided: the IINs, in the file's order.
fn decided_campaign(home: &Home, n: usize) -> Vec<String> {
    let op = home.operator();
    let (csv, iins) = campaign(home, n);
    write(home, "campaign.csv", csv);
    batch(home, &op, "campaign.csv")
        .args(["--wait", "--out"])
        .arg(home.path("out.jsonl"))
        .run()
        .assert_exit(0);
    iins
}

fn listed(home: &Home, args: &[&str]) -> Vec<RequestStatus> {
    home.attach().arg("status").args(args).run().assert_exit(0).json_lines()
}

fn a_list_is_paged_and_narrowed_by_state_time_person_and_clinic(home: &Home) {
    // More than one page of the portal (1,000) would take long here; pages of 2 are asked for
    // through --limit, and the whole list is read page after page when piped.
    let iins = decided_campaign(home, 7);
    let all = listed(home, &[]);
    assert_eq!(all.len(), 7, "piped: every request");
    // Newest first: the last row of the file was submitted last... or in the same instant.
    let ids: Vec<&str> = all.iter().map(|s| s.request_id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(ids, sorted, "newest first");

    let three = listed(home, &["--limit", "3"]);
    assert_eq!(
        three.iter().map(|s| &s.request_id).collect::<Vec<_>>(),
        all[..3].iter().map(|s| &s.request_id).collect::<Vec<_>>()
    );
    assert_eq!(listed(home, &["--limit", "all"]).len(), 7);

    assert_eq!(listed(home, &["--state", "completed"]).len(), 7);
    assert!(listed(home, &["--state", "refused"]).is_empty());
    let out = home.attach().args(["status", "--state", "lost"]).run().assert_exit(2);
    assert!(out.stderr.contains("lost"), "{}", out.stderr);

    let one = listed(home, &["--iin", &iins[2]]);
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].iin, iins[2]);
    let out = home.attach().args(["status", "--iin", "900101300454"]).run().assert_exit(2);
    out.assert_error("invalid_iin");

    assert_eq!(listed(home, &["--since", "1h"]).len(), 7);
    assert_eq!(listed(home, &["--since", "2000-01-01"]).len(), 7);
    assert!(listed(home, &["--since", "2999-01-01T00:00:00Z"]).is_empty());

    assert_eq!(listed(home, &["--org", "MNG-0001"]).len(), 7);
    // An operator sees the own clinic's requests only.
    let out = home.attach().args(["status", "--org", "MNG-0002"]).run().assert_exit(3);
    out.assert_error("forbidden");

    // For people: the newest, and a note that there are more.
    let out = home.attach().args(["status", "--limit", "2", "-o", "table"]).run().assert_exit(0);
    let table = out.stdout_str();
    assert!(table.contains(&all[0].request_id) && table.contains(&all[1].request_id), "{table}");
    assert!(!table.contains(&all[2].request_id), "{table}");
    assert!(out.stderr.contains("the newest 2 shown"), "{}", out.stderr);

    // A filter goes with a list, not with one request.
    home.attach().args(["status", &all[0].request_id, "--state", "completed"]).run().assert_exit(2);
}

/// Regression: `head -3 out.jsonl | attach status` failed with "trailing characters at line 2".
fn json_lines_piped_in_are_answered_one_line_each(home: &Home) {
    decided_campaign(home, 3);
    let out = std::fs::read_to_string(home.path("out.jsonl")).expect("the batch's output");
    let three: String = out.lines().take(3).map(|l| format!("{l}\n")).collect();
    let statuses: Vec<RequestStatus> =
        home.attach().arg("status").stdin(three.clone()).run().assert_exit(0).json_lines();
    assert_eq!(statuses.len(), 3);
    assert!(statuses.iter().all(|s| s.status == "completed"), "{statuses:?}");

    // The whole output, summary included: the summary is no subject and is passed over.
    let statuses: Vec<RequestStatus> =
        home.attach().arg("status").stdin(out.clone()).run().assert_exit(0).json_lines();
    assert_eq!(statuses.len(), 3);

    // `result` and `verify-ticket` take them too, one line each.
    let results = home.attach().arg("result").stdin(three).run().assert_exit(0);
    let results_text = results.stdout_str().to_owned();
    assert_eq!(results_text.lines().count(), 3);
    let verdicts: Vec<serde_json::Value> =
        home.attach().arg("verify-ticket").stdin(results_text).run().assert_exit(0).json_lines();
    assert_eq!(verdicts.len(), 3);
    assert!(verdicts.iter().all(|v| v["valid"] == true), "{verdicts:?}");

    // A line without a request is answered by its error, and the others still by their status.
    let mixed = format!(
        "{}\n{{\"line\": 9}}\n{}\n",
        out.lines().next().unwrap_or_default(),
        out.lines().nth(1).unwrap_or_default()
    );
    let answered = home.attach().arg("status").stdin(mixed).run().assert_exit(2);
    let lines: Vec<serde_json::Value> = answered.json_lines();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["status"], "completed");
    assert_eq!(lines[1]["error"]["code"], "invalid_document");
    assert!(lines[1]["error"]["message"].as_str().unwrap_or_default().contains("line 2"), "{lines:?}");
    assert_eq!(lines[2]["status"], "completed");
}

/// `submit` takes signed requests as JSON Lines too, one receipt a line.
#[test]
fn signed_requests_piped_as_json_lines_are_submitted_one_line_each() {
    let home = Home::new();
    let me = home.citizen(crate::home::CITIZEN);
    let first = home.sign(&me, &home.request("MNG-0001", "first_attachment"));
    let second = home.sign(&me, &home.request("MNG-0002", "free_choice"));
    let mut lines = Vec::new();
    for signed in [&first, &second] {
        let value: serde_json::Value = serde_json::from_slice(signed).expect("a signed request");
        lines.push(value.to_string());
    }
    let receipts: Vec<serde_json::Value> = home
        .attach()
        .arg("submit")
        .stdin(format!("{}\n{}\n", lines[0], lines[1]))
        .run()
        .assert_exit(0)
        .json_lines();
    assert_eq!(receipts.len(), 2, "{receipts:?}");
    assert!(receipts.iter().all(|r| r["request_id"].is_string()), "{receipts:?}");
    assert_ne!(receipts[0]["request_id"], receipts[1]["request_id"]);
}
