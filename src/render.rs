//! Output: JSON for machines (one object per line), tables for people at a terminal, and the
//! error line on stderr. Every byte `attach` prints passes through here.

use std::borrow::Cow;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

use crate::domain::text::is_hidden;
use crate::error::{Error, Result};

/// How data is printed on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Json,
    Table,
}

/// Text that came from a certificate, a document or a server, made safe for a person's
/// terminal: control characters (line breaks and escape sequences among them), bidirectional
/// overrides and other invisible formatting characters are shown escaped (`\n`, `\x1b`,
/// `\u{202e}`), so that such text can neither move the cursor, colour the screen, reorder what
/// it shows nor start a line of its own.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() && (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if is_hidden(c) => out.push_str(&format!("\\u{{{:04x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn stdout_err(source: io::Error) -> Error {
    Error::Io { context: "io-write-stdout", source }
}

/// Writes everything a command prints. A reader that has gone (`attach … | head -1`) is not
/// an error: what follows is dropped, and the command ends with its own exit status, so that a
/// closed pipe never turns a negative verdict into success. [`Printer::stdout_closed`] tells a
/// long command to stop.
#[derive(Debug)]
pub struct Printer {
    pub mode: Mode,
    pub quiet: bool,
    terminal: bool,
    closed: AtomicBool,
}

impl Printer {
    pub fn new(mode: Mode, quiet: bool) -> Printer {
        Printer { mode, quiet, terminal: false, closed: AtomicBool::new(false) }
    }

    /// The printer of a stdout that is (or is not) a terminal.
    pub fn at_terminal(mut self, terminal: bool) -> Printer {
        self.terminal = terminal;
        self
    }

    /// Whether stdout is a terminal (a person reads it).
    pub fn stdout_is_terminal(&self) -> bool {
        self.terminal
    }

    /// Whether the reader of stdout has gone.
    pub fn stdout_closed(&self) -> bool {
        self.closed.load(Ordering::Relaxed)
    }

    /// Writes `bytes` to stdout and flushes, unless the reader has gone.
    fn write(&self, bytes: &[u8]) -> Result<()> {
        if self.stdout_closed() {
            return Ok(());
        }
        let mut out = io::stdout().lock();
        match out.write_all(bytes).and_then(|()| out.flush()) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed.store(true, Ordering::Relaxed);
                Ok(())
            }
            other => other.map_err(stdout_err),
        }
    }

    /// One JSON value on one line.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> Result<()> {
        let mut line = serde_json::to_vec(value).map_err(|e| stdout_err(e.into()))?;
        line.push(b'\n');
        self.write(&line)
    }

    /// Raw text (PEM, completion scripts).
    pub fn raw(&self, bytes: &[u8]) -> Result<()> {
        self.write(bytes)
    }

    /// A table for people, with a header row naming every column; cells are sanitized. At a
    /// terminal it fits the terminal's width, wrapping the cells that must be ([`width`]).
    pub fn table<H: AsRef<str>>(&self, header: &[H], rows: Vec<Vec<String>>) -> Result<()> {
        debug_assert!(header.iter().all(|h| !h.as_ref().trim().is_empty()), "every column has a name");
        let mut table = Table::new();
        table.load_preset(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
        let rows: Vec<Vec<String>> =
            rows.iter().map(|row| row.iter().map(|c| sanitize(c).into_owned()).collect()).collect();
        table.set_header(header.iter().map(|h| h.as_ref().to_owned()));
        for row in &rows {
            table.add_row(row);
        }
        if let Some(width) = width() {
            table.set_width(width);
        }
        self.write(format!("{table}\n").as_bytes())
    }

    /// One line of text on stdout, sanitized: it stays one line.
    pub fn line(&self, text: &str) -> Result<()> {
        self.write(format!("{}\n", sanitize(text)).as_bytes())
    }

    /// A note for people on stderr (suppressed by `--quiet`), sanitized: it stays one line.
    pub fn note(&self, text: &str) {
        if !self.quiet {
            eprintln!("{}", sanitize(text));
        }
    }
}

/// The width tables are fitted to: the terminal's that stdout is (read with `terminal_size`),
/// else `COLUMNS` when it holds a number (as shells set it for a pipe they show); none for a
/// pipe or a file, where a table keeps its natural width.
pub fn width() -> Option<u16> {
    if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size_of(io::stdout()) {
        return Some(w);
    }
    std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<u16>().ok()).filter(|w| *w > 0)
}

/// A count as people read it in the language of the moment: digits grouped by three,
/// `13,192` in English, `13 192` in Russian and Kazakh.
pub fn grouped(n: u64) -> String {
    let separator = match crate::i18n::current() {
        crate::i18n::Lang::En => ',',
        crate::i18n::Lang::Ru | crate::i18n::Lang::Kk => '\u{a0}',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// The error line on stderr.
pub fn error_line(err: &Error) {
    eprintln!("attach: {}: {}", crate::t!("error-prefix"), sanitize(&err.to_string()));
}

pub fn yes_no(ok: bool) -> String {
    if ok { crate::t!("yes") } else { crate::t!("no") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_by_three() {
        crate::i18n::with(crate::i18n::Lang::En, || {
            for (n, shown) in
                [(0, "0"), (999, "999"), (1009, "1,009"), (13192, "13,192"), (1_000_000, "1,000,000")]
            {
                assert_eq!(grouped(n), shown);
            }
        });
        crate::i18n::with(crate::i18n::Lang::Ru, || assert_eq!(grouped(1009), "1\u{a0}009"));
    }

    #[test]
    fn sanitize_shows_what_could_move_or_reorder_a_terminal_escaped() {
        let table = [
            ("ok", "ok"),
            ("Поликлиника №1", "Поликлиника №1"),
            ("a\u{1b}[31mred\u{7}", "a\\x1b[31mred\\x07"),
            ("two\nlines\r", "two\\nlines\\r"),
            ("tab\there", "tab\\there"),
            ("\u{9b}31m", "\\x9b31m"),
            ("evil\u{202e}txt.exe", "evil\\u{202e}txt.exe"),
            ("\u{2067}isolate\u{2069}", "\\u{2067}isolate\\u{2069}"),
            ("zero\u{200b}width", "zero\\u{200b}width"),
        ];
        for (text, shown) in table {
            assert_eq!(sanitize(text), shown, "{text:?}");
        }
    }
}
