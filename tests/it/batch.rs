//! `attach batch` (SPEC section 8): an operator of MNG-0001 submits a CSV file. Every bad row
//! is reported with its line and never stops the others; the files administrators really have
//! (Excel's BOM, `;` and CRLF, windows-1251) read as the plain one; `--dry-run` submits
//! nothing; and each row is one request whatever happens — a re-run, an edited file, a person
//! listed twice, a kill -9 at any moment, Ctrl-C, a portal restarted or gone.

use std::collections::{BTreeMap, HashSet};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Deserialize;

use crate::fixture::Identity;
use crate::home::{Backend, CITIZEN, CLOSED, DECEASED, Home, OPERATOR, ZHANAOZEN, both_backends};
use crate::util::{Attach, Outcome, PersonRow, RequestStatus, Running};

both_backends!(
    every_bad_row_is_reported_with_its_line_and_the_others_go_through,
    excel_and_windows_1251_files_give_the_rows_of_the_plain_file,
    a_file_without_an_iin_column_is_refused_naming_the_file,
    a_dry_run_checks_every_row_and_submits_nothing,
    a_rerun_or_an_edited_file_submits_nothing_twice_and_a_new_campaign_submits_again,
    a_person_listed_twice_is_submitted_once,
    people_listed_many_times_over_many_workers_are_one_request_each,
    a_row_that_is_not_utf8_is_reported_with_its_line,
    over_long_lines_and_fields_are_refused_naming_the_line_and_the_limit,
    the_message_of_a_row_that_is_not_utf8_names_its_line,
    a_batch_killed_at_any_moment_resumes_to_one_request_per_row,
    ctrl_c_finishes_the_rows_in_flight_and_the_same_command_finishes_the_rest,
);

/// One line of the output.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    line: u64,
    iin: String,
    outcome: String,
    request_id: Option<String>,
    ticket_number: Option<String>,
    refusal: Option<Why>,
    error: Option<Why>,
}

/// A refusal's or an error's `{"code", "message"}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Why {
    code: String,
    message: String,
}

impl Row {
    /// Line, IIN, outcome, and the refusal's or error's code ("" for none).
    fn brief(&self) -> (u64, &str, &str, &str) {
        let why = self.refusal.as_ref().or(self.error.as_ref()).map_or("", |w| w.code.as_str());
        (self.line, self.iin.as_str(), self.outcome.as_str(), why)
    }

    /// The members an outcome has, and only those.
    fn assert_well_formed(&self) {
        let has = (
            self.request_id.is_some(),
            self.ticket_number.is_some(),
            self.refusal.is_some(),
            self.error.is_some(),
        );
        let expected = match self.outcome.as_str() {
            "attached" => (true, true, false, false),
            "refused" => (true, false, true, false),
            "submitted" => (true, false, false, false),
            "valid" => (false, false, false, false),
            "error" => (false, false, false, true),
            other => panic!("no such outcome `{other}`: {self:?}"),
        };
        assert_eq!(has, expected, "(request_id, ticket_number, refusal, error) of {self:?}");
        if let Some(why) = self.refusal.as_ref().or(self.error.as_ref()) {
            assert!(!why.message.trim().is_empty(), "a reason is given: {self:?}");
        }
    }
}

/// The last line: `{"summary": {…}}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SummaryLine {
    summary: Summary,
}

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Summary {
    rows: u64,
    attached: u64,
    refused: u64,
    submitted: u64,
    valid: u64,
    error: u64,
    refusals: BTreeMap<String, u64>,
    errors: BTreeMap<String, u64>,
    elapsed_s: f64,
    rows_per_s: f64,
}

impl Summary {
    /// `[rows, attached, refused, submitted, valid, error]`.
    fn counts(&self) -> [u64; 6] {
        [self.rows, self.attached, self.refused, self.submitted, self.valid, self.error]
    }
}

fn codes(pairs: &[(&str, u64)]) -> BTreeMap<String, u64> {
    pairs.iter().map(|(code, n)| ((*code).to_owned(), *n)).collect()
}

/// What a batch wrote: its rows, then its summary.
#[derive(Debug)]
pub(crate) struct Report {
    rows: Vec<Row>,
    summary: Summary,
}

impl Report {
    fn parse(text: &str) -> Report {
        let mut lines: Vec<&str> = text.lines().collect();
        let last = lines.pop().unwrap_or_else(|| panic!("no summary in {text:?}"));
        let summary = serde_json::from_str::<SummaryLine>(last)
            .unwrap_or_else(|e| panic!("the last line is not the summary: {e}\n{text}"))
            .summary;
        let rows: Vec<Row> = lines
            .iter()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a row: {e}\n{l}\n{text}")))
            .collect();
        for row in &rows {
            row.assert_well_formed();
        }
        assert_eq!(summary.rows, rows.len() as u64, "{text}");
        assert!(summary.elapsed_s >= 0.0 && summary.rows_per_s >= 0.0, "{summary:?}");
        Report { rows, summary }
    }

    pub(crate) fn stdout(out: &Outcome) -> Report {
        Report::parse(out.stdout_str())
    }

    pub(crate) fn file(path: &Path) -> Report {
        Report::parse(&std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
    }

    fn briefs(&self) -> Vec<(u64, &str, &str, &str)> {
        self.rows.iter().map(Row::brief).collect()
    }

    fn request_ids(&self) -> Vec<&str> {
        self.rows.iter().filter_map(|r| r.request_id.as_deref()).collect()
    }

    /// The exit code the summary calls for: 0 when every row succeeded, else 10.
    pub(crate) fn exit(&self) -> i32 {
        if self.summary.refused + self.summary.error == 0 { 0 } else { 10 }
    }
}

/// `attach batch CSV --key … --cert …` with the operator's key.
pub(crate) fn batch(home: &Home, op: &Identity, csv: &str) -> Attach {
    home.attach().args(["batch", csv]).args(op.key_arg())
}

pub(crate) fn write(home: &Home, name: &str, bytes: impl AsRef<[u8]>) {
    std::fs::write(home.path(name), bytes).expect("the CSV file");
}

/// The clinic's requests, as the operator's `status` lists them.
pub(crate) fn requests(home: &Home) -> Vec<RequestStatus> {
    home.attach().arg("status").run().assert_exit(0).json_lines()
}

/// A journal record, as far as these tests look: whose it is, and what it holds.
#[derive(Debug)]
struct Record {
    uuid: String,
    line: u64,
    signed: crate::util::SignedDocument,
    outcome: Option<serde_json::Value>,
}

/// The journal's records, read by another process (read-only, as a batch may be writing).
fn journal(path: &Path) -> Vec<Record> {
    let conn = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut stmt = conn
        .prepare(&format!(
            "SELECT r.uuid, r.line, {}, o.outcome FROM requests r LEFT JOIN headers h ON h.id = r.header
             LEFT JOIN outcomes o ON o.request = r.id ORDER BY r.id",
            attach::batch::journal::signed_sql()
        ))
        .expect("the journal");
    stmt.query_map([], |r| {
        let (signed, outcome): (String, Option<String>) = (r.get(2)?, r.get(3)?);
        Ok(Record {
            uuid: r.get(0)?,
            line: r.get::<_, i64>(1)? as u64,
            signed: serde_json::from_str(&signed).expect("a signed request"),
            outcome: outcome.map(|o| serde_json::from_str(&o).expect("an outcome")),
        })
    })
    .expect("the journal")
    .map(|r| r.expect("a record"))
    .collect()
}

/// Every request of the journal has an outcome; their number. (A request is journaled once
/// per `request_uuid`, and a re-run sends the journaled one: `assert_complete` checks that the
/// portal holds one request per row.)
pub(crate) fn assert_journal_complete(path: &Path) -> usize {
    let records = journal(path);
    let undone: Vec<_> = records.iter().filter(|r| r.outcome.is_none()).map(|r| &r.uuid).collect();
    assert!(undone.is_empty(), "signed requests without an outcome: {undone:?}");
    records.len()
}

/// The request document a journal record holds.
fn payload(record: &Record) -> serde_json::Value {
    serde_json::from_slice(&attach::pki::jws::unb64url(&record.signed.payload).expect("base64url"))
        .expect("JSON")
}

/// `n` living adults of Актау, each asking MNG-0001 (of their region) for a change of
/// residence, which the rules allow: the CSV text and the IINs in order.
pub(crate) fn campaign(home: &Home, n: usize) -> (String, Vec<String>) {
    let people: Vec<PersonRow> = home.people(n, &["--region", "Актау", "--living", "--adults"]);
    let iins: Vec<String> = people.into_iter().map(|p| p.iin).collect();
    let mut csv = String::from("iin,org,reason\n");
    for iin in &iins {
        csv.push_str(&format!("{iin},MNG-0001,change_of_residence\n"));
    }
    (csv, iins)
}

/// The output of a finished campaign: every row, in order, with a request of its own; and the
/// portal holding exactly those requests.
pub(crate) fn assert_complete(home: &Home, report: &Report, iins: &[String]) {
    let lines: Vec<u64> = report.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, (2..2 + iins.len() as u64).collect::<Vec<_>>(), "every row, in input order");
    let listed: Vec<&str> = report.rows.iter().map(|r| r.iin.as_str()).collect();
    assert_eq!(listed, iins.iter().map(String::as_str).collect::<Vec<_>>());
    for row in &report.rows {
        assert!(matches!(row.outcome.as_str(), "attached" | "refused"), "{row:?}");
    }
    let ids: HashSet<&str> = report.request_ids().into_iter().collect();
    assert_eq!(ids.len(), iins.len(), "a request of its own for every row");
    let held = requests(home);
    assert_eq!(held.len(), iins.len(), "the portal holds one request per row");
    let held_ids: HashSet<&str> = held.iter().map(|s| s.request_id.as_str()).collect();
    assert_eq!(held_ids, ids);
    let mut held_iins: Vec<&str> = held.iter().map(|s| s.iin.as_str()).collect();
    let mut row_iins = listed.clone();
    held_iins.sort_unstable();
    row_iins.sort_unstable();
    assert_eq!(held_iins, row_iins);
}

/// A journal read as it grows, by another process: how many requests have an outcome, and
/// how many are signed without one yet. Only for timing a kill.
pub(crate) struct Watch {
    path: PathBuf,
    done: usize,
    in_flight: usize,
}

impl Watch {
    pub(crate) fn new(path: &Path) -> Watch {
        Watch { path: path.to_owned(), done: 0, in_flight: 0 }
    }

    pub(crate) fn look(&mut self) {
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY;
        let Ok(conn) = rusqlite::Connection::open_with_flags(&self.path, flags) else { return };
        let counts = conn.query_row(
            "SELECT (SELECT count(*) FROM outcomes), (SELECT count(*) FROM requests)",
            [],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)),
        );
        if let Ok((done, signed)) = counts {
            (self.done, self.in_flight) = (done as usize, (signed - done) as usize);
        }
    }

    pub(crate) fn done(&self) -> usize {
        self.done
    }

    /// Signed, and no outcome yet.
    pub(crate) fn in_flight(&self) -> usize {
        self.in_flight
    }

    /// Looks until `ready`, while `run` goes on (the test fails if it ends first).
    pub(crate) fn until(&mut self, run: &mut Running, what: &str, ready: impl Fn(&Watch) -> bool) {
        let started = Instant::now();
        loop {
            self.look();
            if ready(self) {
                return;
            }
            if !run.is_running() {
                let out = run.wait(Duration::ZERO);
                panic!(
                    "the batch ended before {what} ({} done, {} in flight): make it bigger\n{}\n{}",
                    self.done(),
                    self.in_flight(),
                    out.stdout_str(),
                    out.stderr
                );
            }
            assert!(started.elapsed() < Duration::from_secs(60), "no {what} within a minute");
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}

fn every_bad_row_is_reported_with_its_line_and_the_others_go_through(home: &Home) {
    let op = home.operator();
    // ТЕСТОВ is attached to MNG-0001 already, by a batch of another campaign.
    write(home, "before.csv", format!("iin,org,reason\n{CITIZEN},MNG-0001,change_of_residence\n"));
    let before = Report::stdout(&batch(home, &op, "before.csv").arg("--wait").run().assert_exit(0));
    assert_eq!(before.briefs(), [(2, CITIZEN, "attached", "")]);

    let csv = [
        "iin,org,reason",
        // 2: the operator's clinic and the default reason (a first attachment).
        "750315400123,,",
        // 3, 4: ten digits; a wrong check digit.
        "9001013004,MNG-0001,change_of_residence",
        "900101300454,MNG-0001,change_of_residence",
        "",
        // 6: a valid IIN that ГБД ФЛ does not hold.
        "000101500001,MNG-0001,change_of_residence",
        // 7, 8: no such clinic; another clinic than the operator's.
        "061211600012,MNG-9999,change_of_residence",
        "061211600012,MNG-0002,change_of_residence",
        // 9: stray spaces; her clinic (MNG-0004) closed.
        "  061211600012 ,  MNG-0001 , org_closed  ",
        ",,",
        // 11..14: refusals of the provider.
        "410509300776,MNG-0001,change_of_residence",
        "850808310738,MNG-0001,free_choice",
        "850808310738,MNG-0001,first_attachment",
        "900101300453,MNG-0001,free_choice",
        // 15: no such reason.
        "900101300453,MNG-0001,whenever",
    ]
    .join("\n")
        + "\n";
    write(home, "people.csv", csv);
    let out = batch(home, &op, "people.csv").arg("--wait").run().assert_exit(10);
    let report = Report::stdout(&out);
    assert_eq!(
        report.briefs(),
        [
            (2, OPERATOR, "attached", ""),
            (3, "9001013004", "error", "invalid_iin"),
            (4, "900101300454", "error", "invalid_iin"),
            (6, "000101500001", "error", "person_not_found"),
            (7, CLOSED, "error", "org_not_found"),
            (8, CLOSED, "error", "forbidden"),
            (9, CLOSED, "attached", ""),
            (11, DECEASED, "refused", "person_not_found"),
            (12, ZHANAOZEN, "refused", "out_of_region"),
            (13, ZHANAOZEN, "refused", "wrong_reason"),
            (14, CITIZEN, "refused", "already_attached"),
            (15, CITIZEN, "error", "invalid_input"),
        ]
    );
    let message = |line: u64| {
        let row = report.rows.iter().find(|r| r.line == line).expect("the row");
        row.refusal.as_ref().or(row.error.as_ref()).expect("a reason").message.clone()
    };
    assert!(message(6).contains("ГБД ФЛ"), "{}", message(6));
    assert!(message(7).contains("MNG-9999"), "{}", message(7));
    assert!(message(8).contains("MNG-0002"), "{}", message(8));
    assert!(message(15).contains("whenever"), "{}", message(15));
    assert_eq!(report.summary.counts(), [12, 2, 4, 0, 0, 6]);
    assert_eq!(
        report.summary.refusals,
        codes(&[("already_attached", 1), ("out_of_region", 1), ("person_not_found", 1), ("wrong_reason", 1)])
    );
    assert_eq!(
        report.summary.errors,
        codes(&[
            ("forbidden", 1),
            ("invalid_iin", 2),
            ("invalid_input", 1),
            ("org_not_found", 1),
            ("person_not_found", 1)
        ])
    );

    // The portal holds the request of the first batch and one per row that was submitted.
    let held = requests(home);
    let mut held_ids: Vec<&str> = held.iter().map(|s| s.request_id.as_str()).collect();
    let mut ids = report.request_ids();
    ids.extend(before.request_ids());
    held_ids.sort_unstable();
    ids.sort_unstable();
    assert_eq!(held_ids, ids);
    assert_eq!(held.len(), 7);
}

/// The rows of the Excel twin and the windows-1251 twin: the same lines, spaces, blank line.
const PLAIN: &str = "iin,org,reason,address\n\
    900101300453,MNG-0001,change_of_residence,Актау 5 мкр. д. 1\n\
    9001013004,MNG-0001,change_of_residence,\n\
    \n\
    061211600012 , MNG-0001 , org_closed ,\n\
    850808310738,MNG-0001,free_choice,Жанаозен\n";

/// [`PLAIN`] saved by Excel in a Russian locale: a byte-order mark, `;`, CRLF.
fn excel() -> Vec<u8> {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(PLAIN.replace(',', ";").replace('\n', "\r\n").into_bytes());
    bytes
}

/// [`PLAIN`] in windows-1251, byte by byte.
const CP1251: &[u8] = b"iin;org;reason;address\r\n\
    900101300453;MNG-0001;change_of_residence;\xC0\xEA\xF2\xE0\xF3 5 \xEC\xEA\xF0. \xE4. 1\r\n\
    9001013004;MNG-0001;change_of_residence;\r\n\
    \r\n\
    061211600012 ; MNG-0001 ; org_closed ;\r\n\
    850808310738;MNG-0001;free_choice;\xC6\xE0\xED\xE0\xEE\xE7\xE5\xED\r\n";

fn excel_and_windows_1251_files_give_the_rows_of_the_plain_file(home: &Home) {
    let op = home.operator();
    write(home, "people.csv", PLAIN);
    write(home, "people-excel.csv", excel());
    write(home, "people-1251.csv", CP1251);
    // One campaign and one journal: a file that read a row differently would make it another
    // request.
    let run = |csv: &str, out: &str, extra: &[&str]| {
        let out_path = home.path(out);
        batch(home, &op, csv)
            .args(["--wait", "--campaign", "spring", "--journal", "spring.journal", "--out"])
            .arg(&out_path)
            .args(extra)
            .run()
            .assert_exit(10);
        Report::file(&out_path)
    };
    let first = run("people-1251.csv", "1251.jsonl", &["--encoding", "windows-1251"]);
    assert_eq!(
        first.briefs(),
        [
            (2, CITIZEN, "attached", ""),
            (3, "9001013004", "error", "invalid_iin"),
            (5, CLOSED, "attached", ""),
            (6, ZHANAOZEN, "refused", "out_of_region"),
        ]
    );
    assert_eq!(first.summary.counts(), [4, 2, 1, 0, 0, 1]);
    assert_eq!(requests(home).len(), 3);
    // The addresses were decoded into the requests signed.
    let addresses: BTreeMap<u64, String> = journal(&home.path("spring.journal"))
        .iter()
        .map(|r| (r.line, payload(r)["applicant"]["address"].as_str().unwrap_or_default().to_owned()))
        .collect();
    assert_eq!(addresses[&2], "Актау 5 мкр. д. 1");
    assert_eq!(addresses[&6], "Жанаозен");
    assert_eq!(addresses.len(), 3);

    let plain = run("people.csv", "plain.jsonl", &[]);
    let excel = run("people-excel.csv", "excel.jsonl", &[]);
    assert_eq!(plain.rows, first.rows);
    assert_eq!(excel.rows, first.rows);
    assert_eq!(requests(home).len(), 3, "no row of the twins was another request");

    // And without a journal in common, they check the same.
    let dry = |csv: &str, extra: &[&str]| {
        Report::stdout(&home.attach().args(["batch", csv, "--dry-run"]).args(extra).run().assert_exit(10))
            .rows
    };
    let rows = dry("people.csv", &[]);
    assert_eq!(dry("people-excel.csv", &[]), rows);
    assert_eq!(dry("people-1251.csv", &["--encoding", "windows-1251"]), rows);
}

fn a_file_without_an_iin_column_is_refused_naming_the_file(home: &Home) {
    let op = home.operator();
    write(home, "no-iin.csv", "person;org\n900101300453;MNG-0001\n");
    let out = batch(home, &op, "no-iin.csv").run().assert_exit(2);
    let error = out.assert_error("invalid_input");
    assert!(error.message.contains("no-iin.csv") && error.message.contains("iin"), "{error:?}");
    let out = batch(home, &op, "missing.csv").run().assert_exit(2);
    let error = out.assert_error("invalid_input");
    assert!(error.message.contains("missing.csv"), "{error:?}");
    assert!(requests(home).is_empty());
}

fn a_dry_run_checks_every_row_and_submits_nothing(home: &Home) {
    home.operator();
    write(
        home,
        "good.csv",
        "iin,org,reason\n900101300453,MNG-0001,change_of_residence\n750315400123,,\n061211600012,MNG-0001,org_closed\n",
    );
    // No key needed: nothing is signed.
    let out = home.attach().args(["batch", "good.csv", "--dry-run"]).run().assert_exit(0);
    let report = Report::stdout(&out);
    assert_eq!(
        report.briefs(),
        [(2, CITIZEN, "valid", ""), (3, OPERATOR, "valid", ""), (4, CLOSED, "valid", "")]
    );
    assert_eq!(report.summary.counts(), [3, 0, 0, 0, 3, 0]);

    write(
        home,
        "bad.csv",
        "iin,org,reason\n\
         900101300453,MNG-0001,change_of_residence\n\
         900101300454,MNG-0001,change_of_residence\n\
         061211600012,MNG-9999,change_of_residence\n\
         061211600012,MNG-0002,change_of_residence\n\
         750315400123,MNG-0001,whenever\n",
    );
    let out = home.attach().args(["batch", "bad.csv", "--dry-run"]).run().assert_exit(10);
    let report = Report::stdout(&out);
    assert_eq!(
        report.briefs(),
        [
            (2, CITIZEN, "valid", ""),
            (3, "900101300454", "error", "invalid_iin"),
            (4, CLOSED, "error", "org_not_found"),
            (5, CLOSED, "error", "forbidden"),
            (6, OPERATOR, "error", "invalid_input"),
        ]
    );
    assert_eq!(report.summary.counts(), [5, 0, 0, 0, 1, 4]);
    assert_eq!(
        report.summary.errors,
        codes(&[("forbidden", 1), ("invalid_iin", 1), ("invalid_input", 1), ("org_not_found", 1)])
    );

    assert!(requests(home).is_empty(), "a dry run submits nothing");
    for journal in ["good.csv.journal", "bad.csv.journal"] {
        assert!(!home.path(journal).exists(), "a dry run journals nothing: {journal}");
    }
}

fn a_rerun_or_an_edited_file_submits_nothing_twice_and_a_new_campaign_submits_again(home: &Home) {
    let op = home.operator();
    let csv = "iin,org,reason\n\
               900101300453,MNG-0001,change_of_residence\n\
               750315400123,MNG-0001,change_of_residence\n\
               061211600012,MNG-0001,org_closed\n\
               850808310738,MNG-0001,free_choice\n";
    write(home, "people.csv", csv);
    let run = |extra: &[&str], exit: i32| {
        let out = home.path("results.jsonl");
        batch(home, &op, "people.csv").arg("--out").arg(&out).args(extra).run().assert_exit(exit);
        Report::file(&out)
    };

    // Without --wait: submitted, which is success.
    let first = run(&[], 0);
    assert_eq!(
        first.briefs(),
        [
            (2, CITIZEN, "submitted", ""),
            (3, OPERATOR, "submitted", ""),
            (4, CLOSED, "submitted", ""),
            (5, ZHANAOZEN, "submitted", ""),
        ]
    );
    assert_eq!(first.summary.counts(), [4, 0, 0, 4, 0, 0]);
    let ids = first.request_ids();
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), 4);
    assert_eq!(requests(home).len(), 4);

    // The same command again: the same rows, no request more.
    assert_eq!(run(&[], 0).rows, first.rows);
    assert_eq!(requests(home).len(), 4);

    // With --wait: the decisions of the same requests.
    let decided = run(&["--wait"], 10);
    assert_eq!(
        decided.briefs(),
        [
            (2, CITIZEN, "attached", ""),
            (3, OPERATOR, "attached", ""),
            (4, CLOSED, "attached", ""),
            (5, ZHANAOZEN, "refused", "out_of_region"),
        ]
    );
    assert_eq!(decided.request_ids(), ids);
    assert_eq!(run(&["--wait"], 10).rows, decided.rows);
    assert_eq!(requests(home).len(), 4);

    // The file edited: rows moved, spaces, a column more, a new row. Only the new row is a
    // new request; the others report their requests at their new lines.
    write(
        home,
        "people.csv",
        "iin,org,reason,address\n\
         \x20850808310738 , MNG-0001 , free_choice , Жанаозен\n\
         \n\
         061211600012,MNG-0001,org_closed,\n\
         900101300453,MNG-0001,change_of_residence,Актау\n\
         750315400123,MNG-0001,change_of_residence,\n\
         410509300776,MNG-0001,change_of_residence,\n",
    );
    let edited = run(&["--wait"], 10);
    assert_eq!(
        edited.briefs(),
        [
            (2, ZHANAOZEN, "refused", "out_of_region"),
            (4, CLOSED, "attached", ""),
            (5, CITIZEN, "attached", ""),
            (6, OPERATOR, "attached", ""),
            (7, DECEASED, "refused", "person_not_found"),
        ]
    );
    assert_eq!(edited.request_ids()[..4], [ids[3], ids[2], ids[0], ids[1]]);
    assert_eq!(requests(home).len(), 5);

    // Another campaign: new requests (refused now, as everyone is attached to MNG-0001).
    write(home, "people.csv", csv);
    let autumn = run(&["--wait", "--campaign", "autumn"], 10);
    assert_eq!(
        autumn.briefs(),
        [
            (2, CITIZEN, "refused", "already_attached"),
            (3, OPERATOR, "refused", "already_attached"),
            (4, CLOSED, "refused", "already_attached"),
            (5, ZHANAOZEN, "refused", "out_of_region"),
        ]
    );
    let all: HashSet<&str> = autumn.request_ids().into_iter().chain(edited.request_ids()).collect();
    assert_eq!(all.len(), 9, "four new requests");
    assert_eq!(requests(home).len(), 9);
}

/// Regression: a repeated row once signed its request anew (the journal's index was not kept
/// current within a run), and the portal refused it as `duplicate_request` whenever it was
/// signed in another second than the first row.
fn a_person_listed_twice_is_submitted_once(home: &Home) {
    let op = home.operator();
    // Each decision takes a second, so that the repeated row, which waits for the first,
    // comes in another second than the first was signed in.
    home.setting("processing_delay", "1s");
    write(
        home,
        "twice.csv",
        "iin,org,reason\n\
         900101300453,MNG-0001,change_of_residence\n\
         750315400123,MNG-0001,change_of_residence\n\
         \x20900101300453 , MNG-0001 , change_of_residence\n",
    );
    let run = batch(home, &op, "twice.csv").args(["--wait", "--out", "results.jsonl"]).run().assert_exit(0);
    let report = Report::file(&home.path("results.jsonl"));
    // With --out, stdout still ends with the summary: here it is all of stdout.
    let stdout: SummaryLine = serde_json::from_str(run.stdout_str().trim())
        .unwrap_or_else(|e| panic!("stdout is not the summary alone: {e}\n{}", run.stdout_str()));
    assert_eq!(stdout.summary, report.summary);
    assert_eq!(
        report.briefs(),
        [(2, CITIZEN, "attached", ""), (3, OPERATOR, "attached", ""), (4, CITIZEN, "attached", "")]
    );
    // The second row reports the first's request and ticket.
    let (first, again) = (&report.rows[0], &report.rows[2]);
    assert_eq!(Row { line: 4, ..first.clone() }, *again);
    assert_eq!(requests(home).len(), 2);
    assert_eq!(assert_journal_complete(&home.path("twice.csv.journal")), 2);
}

/// The same three people, forty rows each, interleaved, over eight workers: whichever row
/// of a person comes first is the request, every other row of that person waits for it and
/// reports it.
fn people_listed_many_times_over_many_workers_are_one_request_each(home: &Home) {
    let op = home.operator();
    let people = [CITIZEN, OPERATOR, CLOSED];
    let mut csv = String::from("iin,org,reason\n");
    for _ in 0..40 {
        for iin in people {
            csv.push_str(&format!("{iin},MNG-0001,change_of_residence\n"));
        }
    }
    write(home, "many.csv", csv);
    batch(home, &op, "many.csv")
        .args(["--wait", "--jobs", "8", "--out", "results.jsonl"])
        .run()
        .assert_exit(0);
    let report = Report::file(&home.path("results.jsonl"));
    assert_eq!(report.summary.counts(), [120, 120, 0, 0, 0, 0]);
    let lines: Vec<u64> = report.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, (2..122).collect::<Vec<_>>(), "every row, in input order");
    for (i, row) in report.rows.iter().enumerate() {
        let first = &report.rows[i % 3];
        assert_eq!(row.iin, people[i % 3]);
        assert_eq!(Row { line: row.line, ..first.clone() }, *row, "a person's rows report one request");
    }
    assert_eq!(requests(home).len(), 3);
    assert_eq!(assert_journal_complete(&home.path("many.csv.journal")), 3);
}

/// A windows-1251 address read as UTF-8, after blank lines, with CRLF: the row at line 3.
const NOT_UTF8: &[u8] = b"iin,org,reason,address\r\n\
    \r\n\
    900101300453,MNG-0001,change_of_residence,\xC0\xEA\xF2\xE0\xF3\r\n\
    \r\n\
    750315400123,MNG-0001,change_of_residence,\r\n";

/// Regression: a row the CSV reader could not decode was reported as line 0.
/// Regression: a 50 MB header line took 341 MB of memory and a 100 MB field was "valid". A
/// line over 64 KiB ends the file there, named; a field over its rule is the row's error.
fn over_long_lines_and_fields_are_refused_naming_the_line_and_the_limit(home: &Home) {
    let long = "x".repeat(100 * 1024);
    write(home, "header.csv", format!("iin,{long}\n{CITIZEN}\n"));
    let out = home.attach().args(["batch", "header.csv", "--dry-run"]).run().assert_exit(2);
    assert!(out.assert_error("invalid_input").message.contains("line 1 is longer than 64 KiB"), "{out:?}");

    let address = "д".repeat(300);
    let iin = "9".repeat(5000);
    write(
        home,
        "rows.csv",
        format!(
            "iin,org,address\n{CITIZEN},MNG-0001,{address}\n{iin},MNG-0001,\n{OPERATOR},MNG-0001,{long}\n{ZHANAOZEN},MNG-0001,\n"
        ),
    );
    let out = home.attach().args(["batch", "rows.csv", "--dry-run"]).run().assert_exit(10);
    let report = Report::stdout(&out);
    let failed: Vec<(u64, &str, &str)> = report
        .rows
        .iter()
        .map(|r| {
            let error = r.error.as_ref().expect("an error");
            (r.line, error.code.as_str(), error.message.as_str())
        })
        .collect();
    assert_eq!(
        failed.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(),
        [(2, "invalid_input"), (3, "invalid_input"), (4, "invalid_input")]
    );
    assert!(failed[0].2.contains("address"), "{failed:?}");
    assert!(failed[1].2.contains("5000 characters"), "{failed:?}");
    assert!(failed[2].2.contains("line 4 is longer than 64 KiB"), "{failed:?}");
    assert!(out.stdout.len() < 4096, "nothing long is echoed: {} bytes", out.stdout.len());
}

/// Regression: a windows-1251 file read without `--encoding` gave one `"iin":""` error per
/// row. Invalid UTF-8 that is windows-1251 is read as windows-1251, with a note.
fn a_row_that_is_not_utf8_is_reported_with_its_line(home: &Home) {
    home.operator();
    write(home, "people.csv", NOT_UTF8);
    let out = home.attach().args(["batch", "people.csv", "--dry-run"]).run().assert_exit(0);
    let report = Report::stdout(&out);
    let briefs: Vec<(u64, &str, &str)> =
        report.briefs().into_iter().map(|(line, iin, outcome, _)| (line, iin, outcome)).collect();
    assert_eq!(briefs, [(3, CITIZEN, "valid"), (5, OPERATOR, "valid")]);
    assert!(
        out.stderr.contains("`people.csv` is not UTF-8; it was read as windows-1251"),
        "the guess is said: {}",
        out.stderr
    );
}

/// A file said to be UTF-8 that is not stops at its first such row, with its line and a hint,
/// instead of failing every row alike.
fn the_message_of_a_row_that_is_not_utf8_names_its_line(home: &Home) {
    home.operator();
    write(home, "people.csv", NOT_UTF8);
    let out =
        home.attach().args(["batch", "people.csv", "--dry-run", "--encoding", "utf-8"]).run().assert_exit(2);
    let error = out.envelope();
    assert_eq!(error.code, "invalid_input");
    let message = error.message;
    assert!(
        message.contains("people.csv, line 3") && message.contains("--encoding windows-1251"),
        "{message}"
    );
    let named: Vec<&str> = message
        .split("line ")
        .skip(1)
        .map(|rest| rest.split(|c: char| !c.is_ascii_digit()).next().unwrap_or_default())
        .collect();
    assert!(named.iter().all(|n| *n == "3"), "lines named {named:?} in: {message}");
}

fn a_batch_killed_at_any_moment_resumes_to_one_request_per_row(home: &Home) {
    let op = home.operator();
    let (csv, iins) = campaign(home, 300);
    write(home, "campaign.csv", csv);
    let journal = home.path("campaign.csv.journal");
    let results = home.path("results.jsonl");
    let command = || batch(home, &op, "campaign.csv").args(["--wait", "--jobs", "2", "--out"]).arg(&results);

    // Killed with some rows done and some in flight, three times, further on each time.
    for percent in [15, 45, 75] {
        let mut run = command().spawn();
        let mut watch = Watch::new(&journal);
        watch.until(&mut run, &format!("{percent}% done"), |w| {
            w.done() * 100 >= percent * iins.len() && w.in_flight() > 0
        });
        let status = run.kill();
        assert_eq!(status.signal(), Some(9), "the batch ended by itself before the kill at {percent}%");
        assert!(!results.exists(), "a killed batch leaves no --out");
    }

    let out = command().run();
    let report = Report::file(&results);
    out.assert_exit(report.exit());
    assert_complete(home, &report, &iins);
    assert_eq!(assert_journal_complete(&journal), iins.len());
}

fn ctrl_c_finishes_the_rows_in_flight_and_the_same_command_finishes_the_rest(home: &Home) {
    let op = home.operator();
    let (csv, iins) = campaign(home, 200);
    write(home, "campaign.csv", csv);
    let journal = home.path("campaign.csv.journal");
    let results = home.path("results.jsonl");
    std::fs::write(&results, "the last run's results\n").expect("results");
    let command = || batch(home, &op, "campaign.csv").args(["--wait", "--jobs", "2", "--out"]).arg(&results);

    let mut run = command().spawn();
    let mut watch = Watch::new(&journal);
    watch.until(&mut run, "a fifth done", |w| w.done() * 5 >= iins.len() && w.in_flight() > 0);
    // Ctrl-C on one backend, a service manager's SIGTERM on the other: the same stop.
    run.signal(if home.backend() == Backend::Embedded { "INT" } else { "TERM" });
    let out = run.wait(Duration::from_secs(30)).assert_exit(1);
    assert!(out.stderr.contains("interrupted"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&results).expect("results"), "the last run's results\n");
    assert_no_temporary_files(home);
    // The rows in flight finished: every request signed has its outcome.
    let signed = assert_journal_complete(&journal);
    assert!(signed < iins.len(), "the batch stopped taking rows: {signed} of {}", iins.len());

    let out = command().run();
    let report = Report::file(&results);
    out.assert_exit(report.exit());
    assert_complete(home, &report, &iins);
    assert_eq!(assert_journal_complete(&journal), iins.len());
}

/// No `.results.jsonl.PID.tmp` (an unfinished --out) is left in the test's directory.
fn assert_no_temporary_files(home: &Home) {
    let left: Vec<_> = std::fs::read_dir(&home.dir)
        .expect("the test's directory")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

/// `portal serve` stopped (SIGTERM) in the middle of a batch and started again on the same
/// address: the batch's client retries through the gap and finishes, each row one request.
#[test]
fn a_portal_restarted_during_a_batch_is_waited_for() {
    let home = Home::served();
    let op = home.operator();
    let (csv, iins) = campaign(&home, 200);
    write(&home, "campaign.csv", csv);
    let journal = home.path("campaign.csv.journal");
    let results = home.path("results.jsonl");
    let addr = home.with_server(|s| s.addr).to_string();

    let mut run =
        batch(&home, &op, "campaign.csv").args(["--wait", "--jobs", "2", "--out"]).arg(&results).spawn();
    let mut watch = Watch::new(&journal);
    watch.until(&mut run, "a fifth done", |w| w.done() * 5 >= iins.len());
    home.stop_server();
    watch.look();
    assert!(run.is_running() && watch.done() < iins.len(), "the batch finished before the portal stopped");
    home.serve_on(&addr, &[]);

    let out = run.wait(Duration::from_secs(60));
    let report = Report::file(&results);
    out.assert_exit(report.exit());
    assert_complete(&home, &report, &iins);
    assert_eq!(assert_journal_complete(&journal), iins.len());
}

/// A portal gone for good: the batch stops with exit 9 once its client has given up, keeps
/// its journal and leaves `--out` as it was; with the portal back, the same command finishes.
#[test]
fn a_portal_that_stays_unreachable_stops_the_batch_and_keeps_its_journal() {
    let home = Home::served();
    let op = home.operator();
    let (csv, iins) = campaign(&home, 200);
    write(&home, "campaign.csv", csv);
    let journal = home.path("campaign.csv.journal");
    let results = home.path("results.jsonl");
    std::fs::write(&results, "the last run's results\n").expect("results");
    let addr = home.with_server(|s| s.addr).to_string();
    let command = || batch(&home, &op, "campaign.csv").args(["--wait", "--jobs", "2", "--out"]).arg(&results);

    let mut run = command().spawn();
    let mut watch = Watch::new(&journal);
    watch.until(&mut run, "a tenth done", |w| w.done() * 10 >= iins.len());
    home.stop_server();
    let out = run.wait(Duration::from_secs(60)).assert_exit(9);
    assert_eq!(out.envelope().code, "unreachable");
    assert!(out.stderr.contains("journal"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&results).expect("results"), "the last run's results\n");
    assert_no_temporary_files(&home);
    let kept = journal_signed(&journal);
    assert!(kept >= iins.len() / 10 && kept < iins.len(), "the journal keeps what was sent: {kept}");

    home.serve_on(&addr, &[]);
    let out = command().run();
    let report = Report::file(&results);
    out.assert_exit(report.exit());
    assert_complete(&home, &report, &iins);
    assert_eq!(assert_journal_complete(&journal), iins.len());
}

/// How many requests the journal holds signed.
pub(crate) fn journal_signed(path: &Path) -> usize {
    journal(path).len()
}

/// `examples/operator-batch.sh`, run against the binary under test, on a fresh home of the
/// default registry: exactly the outcomes the README's table of examples/people.csv states,
/// on any day.
#[test]
fn the_operator_batch_example_gives_the_outcomes_the_readme_states() {
    let stdout = crate::journey::run_example("operator-batch.sh");
    assert!(stdout.contains("same rows"), "{stdout}");
    // The rows that were not attached, and the summary, as JSON lines of results.jsonl.
    let section = stdout.split("== results.jsonl").nth(1).expect("the results section");
    let lines: Vec<&str> = section.lines().filter(|l| l.starts_with('{')).collect();
    let (summary, rows) = lines.split_last().expect("the summary");
    let summary: SummaryLine = serde_json::from_str(summary).expect("the summary line");
    let rows: Vec<Row> = rows.iter().map(|l| serde_json::from_str(l).expect("a row")).collect();
    let failed: Vec<(u64, &str, &str)> = rows
        .iter()
        .map(|r| {
            let why = r.refusal.as_ref().or(r.error.as_ref()).expect("a code");
            (r.line, r.outcome.as_str(), why.code.as_str())
        })
        .collect();
    assert_eq!(
        failed,
        [
            (43, "error", "invalid_iin"),
            (84, "error", "person_not_found"),
            (125, "error", "org_not_found"),
            (166, "error", "forbidden"),
            (207, "refused", "person_not_found"),
            (228, "refused", "already_attached"),
        ]
    );
    let s = &summary.summary;
    assert_eq!(
        (s.rows, s.attached, s.refused, s.error, s.submitted, s.valid),
        (308, 302, 2, 4, 0, 0),
        "{s:?}"
    );
    // 300 residents, the deceased and the one already attached: a request each, none twice.
    let counts = stdout.lines().find(|l| l.starts_with("requests on the portal:")).expect("the count line");
    assert_eq!(counts, "requests on the portal: 302 before the second run, 302 after");
}

/// examples/people.csv and people-excel.csv are what examples/make-people.sh writes for the
/// default registry.
#[test]
fn the_example_files_are_what_make_people_writes() {
    let dir = crate::fixture::temp_dir();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/make-people.sh");
    let out = assert_cmd::Command::new("bash")
        .arg(&script)
        .arg(dir.path())
        .env("ATTACH", env!("CARGO_BIN_EXE_attach"))
        .env("ATTACH_LANG", "en")
        .env("TMPDIR", dir.path())
        .env_remove("ATTACH_HOME")
        .timeout(Duration::from_secs(120))
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "examples/make-people.sh failed (it needs jq):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for name in ["people.csv", "people-excel.csv"] {
        let committed = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join(name));
        let written = std::fs::read(dir.path().join(name)).expect("written");
        assert!(
            committed.expect("committed") == written,
            "examples/{name} has drifted from the registry: run `bash examples/make-people.sh`"
        );
    }
}

/// Regression: a batch resumed after more than the portal's signing window (5 minutes) never
/// finished: the journaled requests, which never reached the portal, were refused as
/// `stale_signing_time` on every run. Now each is signed again with a fresh signing time —
/// the same `request_uuid` and payload bytes, journaled before it is sent — and goes through
/// once; a request is still one request. The window is the portal's setting, made small.
#[test]
fn a_batch_resumed_after_the_signing_window_signs_its_journaled_requests_again() {
    let home = Home::served();
    let op = home.operator();
    let (csv, iins) = campaign(&home, 20);
    write(&home, "campaign.csv", csv);
    let journal_path = home.path("campaign.csv.journal");
    let addr = home.with_server(|s| s.addr);

    // Lookups answered, submissions refused (422, which ends the row, not the batch): every
    // row signed and journaled, none registered.
    let proxy = crate::wire::StandIn::start(move |request| {
        let submission =
            ["POST /v1/requests ", "POST /v1/batch/requests "].iter().any(|p| request.start.starts_with(p));
        if submission {
            Some(crate::wire::StandIn::problem(422, "bad_signature"))
        } else {
            crate::wire::StandIn::forward(addr, request)
        }
    });
    home.attach()
        .env("ATTACH_PORTAL", &proxy.url)
        .args(["login", "--iin", OPERATOR, "--password-stdin"])
        .stdin(format!("{}\n", crate::home::PASSWORD))
        .run()
        .assert_exit(0);
    let out = batch(&home, &op, "campaign.csv").env("ATTACH_PORTAL", &proxy.url).arg("--wait").run();
    out.assert_exit(10);
    drop(proxy);
    let first = journal(&journal_path);
    assert_eq!(first.len(), iins.len(), "every row signed and journaled");
    assert!(requests(&home).is_empty(), "nothing reached the portal");

    home.setting("signing_window", "1s");
    std::thread::sleep(Duration::from_millis(2100));
    let out = batch(&home, &op, "campaign.csv").arg("--wait").run();
    let report = Report::stdout(&out);
    out.assert_exit(report.exit());
    assert_complete(&home, &report, &iins);
    assert_eq!(assert_journal_complete(&journal_path), iins.len());
    let again = journal(&journal_path);
    for (before, after) in first.iter().zip(&again) {
        assert_eq!(before.uuid, after.uuid);
        assert_eq!(before.signed.payload, after.signed.payload, "the same request: the same payload bytes");
        assert_ne!(before.signed.protected, after.signed.protected, "a new signing time");
    }
    // The requests the portal holds are those payloads.
    let held: HashSet<String> = requests(&home).into_iter().map(|s| s.iin).collect();
    assert_eq!(held, iins.iter().cloned().collect::<HashSet<_>>());
}

/// Regression: a batch whose `--out` could not be written in the end (here, a directory is in
/// the way) left its temporary file behind.
#[test]
fn a_failed_out_leaves_no_temporary_file() {
    let home = Home::new();
    let op = home.operator();
    write(&home, "rows.csv", format!("iin,org\n{CITIZEN},MNG-0001\n"));
    std::fs::create_dir(home.path("results")).expect("a directory where the file would go");
    let out = batch(&home, &op, "rows.csv").args(["--out", "results"]).run();
    assert_ne!(out.code, 0, "{out:?}");
    assert_no_temporary_files(&home);
}

/// Excel's damage to a column of IINs is named: scientific notation (the IIN is lost), a
/// dropped leading zero (the IIN it was suggested when valid), and the text form `="…"` read
/// as the IIN it holds.
#[test]
fn what_excel_did_to_an_iin_is_said_and_its_text_form_is_read() {
    let home = Home::new();
    home.operator();
    write(
        &home,
        "excel.csv",
        "iin;org\r\n9,00101E+11;MNG-0001\r\n61211600012;MNG-0001\r\n=\"061211600012\";MNG-0001\r\n",
    );
    let out = home.attach().args(["batch", "excel.csv", "--dry-run"]).run().assert_exit(10);
    let report = Report::stdout(&out);
    assert_eq!(
        report.briefs(),
        [
            (2, "9,00101E+11", "error", "invalid_iin"),
            (3, "61211600012", "error", "invalid_iin"),
            (4, CLOSED, "valid", ""),
        ]
    );
    let message = |i: usize| report.rows[i].error.as_ref().expect("an error").message.clone();
    assert!(message(0).contains("scientific notation") && message(0).contains("lost"), "{}", message(0));
    assert!(message(1).contains("leading zero") && message(1).contains("`061211600012`"), "{}", message(1));
}

/// `--jobs 0` would wait for ever for a worker: it is refused as a usage error.
#[test]
fn zero_jobs_are_refused() {
    let home = Home::new();
    write(&home, "rows.csv", format!("iin\n{CITIZEN}\n"));
    let out = home.attach().args(["batch", "rows.csv", "--dry-run", "--jobs", "0"]).run().assert_exit(2);
    assert!(out.stderr.contains("--jobs takes 1 or more"), "{}", out.stderr);
}

/// For people, the summary counts the refusals and errors by code and says where every row's
/// outcome is to be had.
#[test]
fn the_summary_for_people_counts_by_code_and_points_to_out() {
    let home = Home::new();
    home.operator();
    write(
        &home,
        "rows.csv",
        format!(
            "iin,org\n{CITIZEN},MNG-0001\n900101300454,MNG-0001\n900101300455,MNG-0001\n{CITIZEN},MNG-9999\n"
        ),
    );
    let out = home.attach().args(["batch", "rows.csv", "--dry-run", "-o", "table"]).run().assert_exit(10);
    let table = out.stdout_str();
    let counted = |code: &str, n: &str| {
        table.lines().any(|l| {
            let cells: Vec<&str> = l.split(['│', '┆']).map(str::trim).collect();
            cells.contains(&code) && cells.contains(&n) && cells.contains(&"error")
        })
    };
    assert!(counted("invalid_iin", "2") && counted("org_not_found", "1"), "{table}");
    assert!(out.stderr.contains("run with --out FILE"), "{}", out.stderr);

    let results = home.path("results.jsonl");
    let out =
        home.attach().args(["batch", "rows.csv", "--dry-run", "-o", "table", "--out"]).arg(&results).run();
    assert!(out.stderr.contains("results.jsonl"), "{}", out.stderr);
}
