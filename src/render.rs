//! Output: JSON for machines (one object per line), tables for people at a terminal, and the
//! error line on stderr. Every byte `attach` prints passes through here.

use std::borrow::Cow;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};
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
    /// terminal it fits the terminal's width ([`width`]), wrapping the cells that must be at
    /// their spaces: a word is never cut while the table can fit without it ([`floors`]).
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
            let floors = floors(header, &rows, width);
            for (column, floor) in table.column_iter_mut().zip(floors) {
                if floor > 0 {
                    column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(floor + PADDING)));
                }
            }
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

/// A cell's padding, one space each side, as the preset draws it.
const PADDING: u16 = 2;

/// The least width of each column of a table fitted to `width`, so that comfy-table (which
/// breaks lines at spaces, and cuts a word only when it is wider than its column) cuts as few
/// words as the width allows, and never the wrong ones. First the words that must never be
/// cut — an IIN, a number, a code, a count (whose groups a no-break space joins) — column by
/// column from the left, where the columns that name a row are; then the longest word of the
/// other columns (names, addresses, details), the cheapest first, so that their text wraps
/// at its spaces. A floor that would push the table past `width` is not set: the terminal
/// would cut every line of a wider table, which is worse than a cell cut by comfy-table.
fn floors<H: AsRef<str>>(header: &[H], rows: &[Vec<String>], width: u16) -> Vec<u16> {
    let columns = header.len();
    let widest = |whole: &dyn Fn(&str) -> bool| -> Vec<u16> {
        (0..columns)
            .map(|i| {
                let cells = std::iter::once(header[i].as_ref())
                    .chain(rows.iter().filter_map(|row| row.get(i).map(String::as_str)));
                cells
                    .flat_map(|cell| cell.split(' '))
                    .filter(|word| whole(word))
                    .map(|word| u16::try_from(word.chars().count()).unwrap_or(u16::MAX))
                    .max()
                    .unwrap_or(0)
            })
            .collect()
    };
    let hard = widest(&is_unbreakable);
    let every = widest(&|_| true);
    // The preset draws a border left, right and between columns; each cell is padded, and
    // holds a character at least.
    let frame = (columns + 1 + (usize::from(PADDING) + 1) * columns) as u32;
    let mut room = u32::from(width).saturating_sub(frame);
    let mut floors = vec![0u16; columns];
    let mut raise = |floors: &mut [u16], i: usize, to: u16| {
        let extra = u32::from(to.saturating_sub(floors[i].max(1)));
        if extra <= room {
            room -= extra;
            floors[i] = floors[i].max(to);
        }
    };
    for (i, to) in hard.iter().enumerate() {
        raise(&mut floors, i, *to);
    }
    let mut cheapest: Vec<usize> = (0..columns).collect();
    cheapest.sort_by_key(|&i| every[i].saturating_sub(floors[i].max(1)));
    for i in cheapest {
        raise(&mut floors, i, every[i]);
    }
    floors
}

/// A word that a line break would falsify rather than wrap: one with a digit (an IIN, a
/// ticket or request number, a time, a count) or an ASCII code (`first_attachment`,
/// `MNG-0001`, a URL).
fn is_unbreakable(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
        || (word.is_ascii() && word.contains(['_', '-', '.', ':', '/', '@']))
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
    fn floors_keep_numbers_and_codes_whole_first_then_as_many_words_as_fit() {
        let header = ["IIN", "Name", "Address"];
        let rows = vec![vec![
            "900101300453".to_owned(),
            "СЕРИКОВА АЙГУЛЬ МАРАТОВНА".to_owned(),
            "г. Актау, микрорайон 14, дом 2".to_owned(),
        ]];
        // Frame: 4 borders, 2 of padding and 1 character a column, 13; words 12 + 9 + 10.
        assert_eq!(floors(&header, &rows, 80), [12, 9, 10]);
        assert_eq!(floors(&header, &rows, 41), [12, 9, 10]);
        // The address's words, cheaper than the name's, stay whole; the IIN always.
        assert_eq!(floors(&header, &rows, 40), [12, 0, 10]);
        assert_eq!(floors(&header, &rows, 33), [12, 0, 10]);
        assert_eq!(floors(&header, &rows, 32), [12, 0, 3]);
        assert_eq!(floors(&header, &rows, 26), [12, 0, 3]);
        assert_eq!(floors(&header, &rows, 25), [12, 0, 0]);
        // Too narrow for the IIN: the columns to its right keep what fits.
        assert_eq!(floors(&header, &rows, 20), [0, 0, 3]);
        assert_eq!(floors(&header, &rows, 10), [0, 0, 0]);
        assert!(is_unbreakable("T-MNG-0001-000001") && is_unbreakable("first_attachment"));
        assert!(
            is_unbreakable("13\u{a0}192") && !is_unbreakable("Поликлиника") && !is_unbreakable("attached")
        );
    }

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
