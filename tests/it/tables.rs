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
