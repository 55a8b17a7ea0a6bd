//! Output: JSON for machines (one object per line), tables for people at a terminal, and the
//! error line on stderr. Every byte `attach` prints passes through here.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

use crate::error::{Error, Result};

/// How data is printed on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Json,
    Table,
}

/// Removes control characters (terminal escapes among them) from text that came from a
/// certificate, a document or a server before a person's terminal shows it.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if text.chars().any(|c| c.is_control() && c != '\n') {
        Cow::Owned(text.chars().filter(|c| !c.is_control() || *c == '\n').collect())
    } else {
        Cow::Borrowed(text)
    }
}

fn stdout_err(source: io::Error) -> Error {
    Error::Io { context: "cannot write to standard output", source }
}

#[derive(Debug)]
pub struct Printer {
    pub mode: Mode,
    pub quiet: bool,
}

impl Printer {
    /// One JSON value on one line.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> Result<()> {
        let mut out = io::stdout().lock();
        serde_json::to_writer(&mut out, value).map_err(|e| stdout_err(e.into()))?;
        out.write_all(b"\n").map_err(stdout_err)?;
        out.flush().map_err(stdout_err)
    }

    /// Raw text (PEM, completion scripts).
    pub fn raw(&self, bytes: &[u8]) -> Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(bytes).map_err(stdout_err)?;
        out.flush().map_err(stdout_err)
    }

    /// A table for people, with a header row; cells are sanitized.
    pub fn table(&self, header: &[&str], rows: Vec<Vec<String>>) -> Result<()> {
        let mut table = Table::new();
        table.load_preset(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
        table.set_header(header.iter().copied());
        for row in rows {
            table.add_row(row.iter().map(|c| sanitize(c).into_owned()));
        }
        self.line(&table.to_string())
    }

    /// One line of text on stdout.
    pub fn line(&self, text: &str) -> Result<()> {
        let mut out = io::stdout().lock();
        writeln!(out, "{}", sanitize(text)).map_err(stdout_err)?;
        out.flush().map_err(stdout_err)
    }

    /// A note for people on stderr (suppressed by `--quiet`).
    pub fn note(&self, text: &str) {
        if !self.quiet {
            eprintln!("{}", sanitize(text));
        }
    }
}

/// The error line on stderr.
pub fn error_line(err: &Error) {
    eprintln!("attach: error: {}", sanitize(&err.to_string()));
}

pub fn yes_no(ok: bool) -> String {
    if ok { "yes".into() } else { "NO".into() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_strips_escapes() {
        assert_eq!(sanitize("ok"), "ok");
        assert_eq!(sanitize("a\u{1b}[31mred\u{7}"), "a[31mred");
        assert_eq!(sanitize("two\nlines\r"), "two\nlines");
    }
}
