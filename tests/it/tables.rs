//! Tables for people fit the terminal's width (`terminal_size`, else `COLUMNS`) and name every
//! column; `--help` ends with examples; `attach man --dir` writes a page per command.

use crate::home::{CITIZEN, Home};

fn widest(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

/// Regression: `stty cols 70` still printed 140 columns, and `portal people` had a column
/// without a name.
#[test]
fn tables_fit_the_width_and_name_every_column() {
    let home = Home::new();
    let wide = home
        .attach()
        .args(["portal", "people", "--limit", "5", "-o", "table"])
        .env_remove("COLUMNS")
        .run()
        .assert_exit(0);
    assert!(widest(wide.stdout_str()) > 70, "the natural width is wider:\n{}", wide.stdout_str());
    for width in [70, 100] {
        let out = home
            .attach()
            .args(["portal", "people", "--limit", "5", "-o", "table"])
            .env("COLUMNS", width.to_string())
            .run()
            .assert_exit(0);
        let text = out.stdout_str();
        assert!(widest(text) <= width, "wider than {width}:\n{text}");
    }
    // Every header cell names its column.
    let header = wide.stdout_str().lines().nth(1).expect("a header row");
    let cells: Vec<&str> = header.split(['│', '┆']).map(str::trim).collect();
    assert!(cells.len() > 3, "{header}");
    assert!(cells[1..cells.len() - 1].iter().all(|c| !c.is_empty()), "an unnamed column: {header}");

    let me = home.citizen(CITIZEN);
    home.apply(&me, "MNG-0001", "first_attachment");
    let out = home.attach().args(["status", "-o", "table"]).env("COLUMNS", "70").run().assert_exit(0);
    assert!(widest(out.stdout_str()) <= 70, "{}", out.stdout_str());
}

/// Regression: at `COLUMNS=70` tables fitted the width by cutting words anywhere, an IIN
/// among them. Now an IIN, a request, registration or ticket number stays whole on one line
/// at 70 columns and narrower, and no line is wider than the width.
#[test]
fn narrow_tables_keep_every_iin_and_number_whole() {
    let home = Home::new();
    let me = home.citizen(CITIZEN);
    let receipt = home.apply(&me, "MNG-0001", "first_attachment");
    let result = home.assert_attached(&receipt);
    let ticket = crate::util::ticket_document(&result).ticket_number;

    let people = home.attach().args(["portal", "people", "--limit", "5"]).run().assert_exit(0);
    let iins: Vec<String> = people
        .json_lines::<serde_json::Value>()
        .iter()
        .map(|p| p["iin"].as_str().expect("an IIN").to_owned())
        .collect();
    assert_eq!(iins.len(), 5);
    let fitted = |args: &[&str], width: usize, whole: &[&str]| {
        let out = home.attach().args(args).env("COLUMNS", width.to_string()).run().assert_exit(0);
        let text = out.stdout_str();
        assert!(widest(text) <= width, "{args:?}: wider than {width}:\n{text}");
        for word in whole {
            assert!(text.contains(word), "{args:?} at {width}: `{word}` cut:\n{text}");
        }
    };
    let iins: Vec<&str> = iins.iter().map(String::as_str).collect();
    for width in [70, 56] {
        fitted(&["portal", "people", "--limit", "5", "-o", "table"], width, &iins);
    }
    let status = home.status(&receipt.request_id);
    let numbers = [status.iin.as_str(), &status.request_id, &status.registration_number];
    // 66: the narrowest width for these three whole (12 + 8 + 24), beside three other columns.
    for width in [70, 66] {
        fitted(&["status", "-o", "table"], width, &numbers);
    }
    // The checks' table under the ticket: the signer's IIN and certificate serial whole.
    let path = home.path("result.json");
    std::fs::write(&path, &result).expect("the result");
    let verdict: serde_json::Value =
        home.attach().args(["verify-ticket"]).arg(&path).run().assert_exit(0).json();
    let signer =
        [&verdict["signer"]["iin"], &verdict["signer"]["serial"]].map(|v| v.as_str().expect("a string"));
    for width in [70, 50] {
        let out = home
            .attach()
            .args(["verify-ticket", "-o", "table"])
            .arg(&path)
            .env("COLUMNS", width.to_string())
            .run()
            .assert_exit(0);
        let text = out.stdout_str();
        assert!(text.contains(&ticket), "{text}");
        let table: String =
            text.lines().skip_while(|l| !l.starts_with('┌')).map(|l| format!("{l}\n")).collect();
        assert!(widest(&table) <= width, "wider than {width}:\n{table}");
        for word in signer {
            assert!(table.contains(word), "at {width}: `{word}` cut:\n{table}");
        }
    }
}

#[test]
fn help_ends_with_examples_in_the_language_and_man_writes_a_page_per_command() {
    let home = Home::new();
    let help = home.attach().args(["status", "--help"]).run().assert_exit(0);
    let text = help.stdout_str();
    let examples = text.split("Examples:").nth(1).unwrap_or_else(|| panic!("no examples:\n{text}"));
    assert!(examples.matches("attach status").count() >= 2, "{examples}");
    let ru = home.attach().args(["--lang", "ru", "status", "--help"]).run().assert_exit(0);
    assert!(
        ru.stdout_str().contains("Примеры:") && ru.stdout_str().contains("# Отказы за неделю"),
        "{}",
        ru.stdout_str()
    );

    let dir = home.path("man");
    home.attach().args(["man", "--dir"]).arg(&dir).run().assert_exit(0);
    for page in
        ["attach.1", "attach-register.1", "attach-status.1", "attach-portal-nca-issue.1", "attach-me.1"]
    {
        let text = std::fs::read_to_string(dir.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"));
        for section in [".SH EXAMPLES", ".SH ENVIRONMENT", ".SH \"EXIT STATUS\""] {
            assert!(text.contains(section), "{page} lacks {section}");
        }
    }
    let main = home.attach().arg("man").run().assert_exit(0);
    assert!(main.stdout_str().contains("attach\\-register(1)"), "the main page names the command pages");
}
