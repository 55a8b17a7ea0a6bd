//! The CSV files administrators really have: UTF-8 with or without a byte-order mark, or
//! windows-1251; CRLF or LF; `,` or `;` (detected from the header); blank lines; spaces around
//! values. Rows stream: memory does not grow with the file.

use std::io::{self, BufRead, BufReader, Read};

use crate::error::{Error, Result};
use crate::t;

/// A row of the file, trimmed, with the line it starts on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub iin: String,
    pub org: Option<String>,
    pub reason: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    /// For a child under 18: the parent filing for it.
    pub representative: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Windows1251,
    /// Not said: UTF-8, unless the first bytes that are not ASCII are not UTF-8 but are
    /// windows-1251, as a file Excel saved in a Russian locale is.
    Detect,
}

impl Encoding {
    pub fn parse(text: &str) -> Option<Encoding> {
        match text.to_ascii_lowercase().replace(['-', '_'], "").as_str() {
            "utf8" => Some(Encoding::Utf8),
            "windows1251" | "cp1251" => Some(Encoding::Windows1251),
            _ => None,
        }
    }
}

/// Appends windows-1251 `bytes` to `out` as UTF-8.
fn decode_cp1251(bytes: &[u8], out: &mut Vec<u8>) {
    for &b in bytes {
        if b < 0x80 {
            out.push(b);
        } else {
            let mut buf = [0u8; 4];
            out.extend_from_slice(CP1251_HIGH[usize::from(b - 0x80)].encode_utf8(&mut buf).as_bytes());
        }
    }
}

/// Which encoding the first bytes beyond ASCII, `rest`, are in; `None` when more bytes are
/// needed to tell (a UTF-8 sequence cut at the end of what was read).
fn detect(rest: &[u8], at_end: bool) -> Option<Encoding> {
    match std::str::from_utf8(rest) {
        Ok(_) => Some(Encoding::Utf8),
        // A sequence cut short by the end of the buffer is UTF-8 so far.
        Err(e) if e.error_len().is_none() && e.valid_up_to() > 0 => Some(Encoding::Utf8),
        Err(e) if e.error_len().is_none() && !at_end => None,
        // 0x98 is the one byte windows-1251 leaves unassigned: such a file is neither.
        Err(_) if rest.contains(&0x98) => Some(Encoding::Utf8),
        Err(_) => Some(Encoding::Windows1251),
    }
}

/// A reader that turns windows-1251 bytes into UTF-8 once the file is known to be in it —
/// from the start with `--encoding windows-1251`, or, without `--encoding`, when the first
/// bytes that are not ASCII are not UTF-8 ([`detect`]); what it decided is kept in `decided`.
struct Decode<R> {
    inner: R,
    mode: Encoding,
    decided: std::sync::Arc<std::sync::OnceLock<Encoding>>,
    pending: Vec<u8>,
    at: usize,
}

impl<R: Read> Decode<R> {
    /// Reads at least one more byte into `raw` unless the input has ended; false at the end.
    fn fill(&mut self, raw: &mut Vec<u8>) -> io::Result<bool> {
        let mut chunk = [0u8; 4096];
        let n = self.inner.read(&mut chunk)?;
        raw.extend_from_slice(&chunk[..n]);
        Ok(n > 0)
    }
}

impl<R: Read> Read for Decode<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.at >= self.pending.len() {
            let mut raw = Vec::with_capacity(4096);
            if !self.fill(&mut raw)? {
                return Ok(0);
            }
            self.pending.clear();
            self.at = 0;
            if self.mode == Encoding::Detect
                && let Some(first) = raw.iter().position(|b| !b.is_ascii())
            {
                // Enough bytes after the first one beyond ASCII to tell (a UTF-8 sequence is at
                // most 4 bytes), or the end of the input.
                let mut at_end = false;
                let decided = loop {
                    if let Some(encoding) = detect(&raw[first..], at_end) {
                        break encoding;
                    }
                    at_end = !self.fill(&mut raw)?;
                };
                self.mode = decided;
                let _ = self.decided.set(decided);
            }
            match self.mode {
                Encoding::Windows1251 => decode_cp1251(&raw, &mut self.pending),
                Encoding::Utf8 | Encoding::Detect => self.pending = raw,
            }
        }
        let n = out.len().min(self.pending.len() - self.at);
        out[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Windows-1251 bytes 0x80..=0xFF as Unicode (0x98 is unassigned: U+FFFD).
const CP1251_HIGH: [char; 128] = [
    'Ђ', 'Ѓ', '‚', 'ѓ', '„', '…', '†', '‡', '€', '‰', 'Љ', '‹', 'Њ', 'Ќ', 'Ћ', 'Џ', 'ђ', '‘', '’', '“', '”',
    '•', '–', '—', '\u{FFFD}', '™', 'љ', '›', 'њ', 'ќ', 'ћ', 'џ', '\u{A0}', 'Ў', 'ў', 'Ј', '¤', 'Ґ', '¦',
    '§', 'Ё', '©', 'Є', '«', '¬', '\u{AD}', '®', 'Ї', '°', '±', 'І', 'і', 'ґ', 'µ', '¶', '·', 'ё', '№', 'є',
    '»', 'ј', 'Ѕ', 'ѕ', 'ї', 'А', 'Б', 'В', 'Г', 'Д', 'Е', 'Ж', 'З', 'И', 'Й', 'К', 'Л', 'М', 'Н', 'О', 'П',
    'Р', 'С', 'Т', 'У', 'Ф', 'Х', 'Ц', 'Ч', 'Ш', 'Щ', 'Ъ', 'Ы', 'Ь', 'Э', 'Ю', 'Я', 'а', 'б', 'в', 'г', 'д',
    'е', 'ж', 'з', 'и', 'й', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т', 'у', 'ф', 'х', 'ц', 'ч', 'ш', 'щ',
    'ъ', 'ы', 'ь', 'э', 'ю', 'я',
];

/// The longest line a file may have. A row of a batch is a hundred bytes or so; a longer line
/// is not a row but a mistake (or an attack on memory), and the file is read no further.
pub const MAX_LINE: usize = 64 * 1024;

/// A reader that refuses a line longer than [`MAX_LINE`], so that neither the header nor any
/// record is ever held whole in memory however the file is made: the bytes before the long
/// line pass, then an error naming the line, then the end of the file.
struct LineCap<R> {
    inner: R,
    /// The line being read, from 1.
    line: u64,
    /// Bytes of it so far.
    run: usize,
    state: Cap,
    /// The line that was too long, once one was, for the row error that names it.
    long_line: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cap {
    Reading,
    /// A line was too long: the error is due at the next read.
    Over,
    Done,
}

impl<R: Read> Read for LineCap<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        match self.state {
            Cap::Reading => {}
            Cap::Over => {
                self.state = Cap::Done;
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    t!("csv-line-too-long", line = self.line, kib = MAX_LINE / 1024),
                ));
            }
            Cap::Done => return Ok(0),
        }
        let n = self.inner.read(out)?;
        for (i, &b) in out[..n].iter().enumerate() {
            if b == b'\n' {
                self.line += 1;
                self.run = 0;
            } else {
                self.run += 1;
                if self.run > MAX_LINE {
                    self.state = Cap::Over;
                    self.long_line.store(self.line, std::sync::atomic::Ordering::Relaxed);
                    if i == 0 {
                        return self.read(out);
                    }
                    return Ok(i);
                }
            }
        }
        Ok(n)
    }
}

/// The bytes the CSV reader has read but rows have not yet passed, so that a record's byte
/// offset becomes its line number (the reader's own count skips blank lines and CRLF oddly).
/// Bytes are dropped as rows go by, so this holds no more than the reader's buffer.
#[derive(Debug, Default)]
struct Window {
    start: u64,
    bytes: std::collections::VecDeque<u8>,
    lines_before: u64,
}

struct CountLines<R> {
    inner: R,
    window: std::sync::Arc<std::sync::Mutex<Window>>,
}

impl<R: Read> Read for CountLines<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(out)?;
        self.window.lock().unwrap_or_else(|p| p.into_inner()).bytes.extend(&out[..n]);
        Ok(n)
    }
}

/// A row the CSV reader could not make out (not UTF-8, say): its line, and why.
#[derive(Debug)]
pub struct BadRow {
    pub line: u64,
    pub error: Error,
    /// The file is read no further: its encoding is not the one it was read in, so every
    /// row after would fail alike (or, worse, pass with its text garbled).
    pub fatal: bool,
}

/// The rows of a CSV stream, lazily.
pub struct Rows {
    records: csv::StringRecordsIntoIter<Box<dyn Read + Send>>,
    columns: Columns,
    name: String,
    window: std::sync::Arc<std::sync::Mutex<Window>>,
    long_line: std::sync::Arc<std::sync::atomic::AtomicU64>,
    decided: std::sync::Arc<std::sync::OnceLock<Encoding>>,
}

impl Rows {
    /// What the file was found to be in, once its first bytes beyond ASCII have been read
    /// (without `--encoding`): a handle that outlives the rows.
    pub fn detected(&self) -> std::sync::Arc<std::sync::OnceLock<Encoding>> {
        self.decided.clone()
    }

    /// The line (from 1) of the record at byte `offset`: the line of its first byte that is
    /// not a line break.
    fn line_of(&self, offset: u64) -> u64 {
        let mut w = self.window.lock().unwrap_or_else(|p| p.into_inner());
        while w.start < offset {
            let Some(b) = w.bytes.pop_front() else { break };
            w.start += 1;
            if b == b'\n' {
                w.lines_before += 1;
            }
        }
        while let Some(&b) = w.bytes.front() {
            if b != b'\n' && b != b'\r' {
                break;
            }
            w.bytes.pop_front();
            w.start += 1;
            if b == b'\n' {
                w.lines_before += 1;
            }
        }
        w.lines_before + 1
    }
}

impl std::fmt::Debug for Rows {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rows").field("name", &self.name).finish()
    }
}

#[derive(Debug, Clone, Copy)]
struct Columns {
    iin: usize,
    org: Option<usize>,
    reason: Option<usize>,
    address: Option<usize>,
    phone: Option<usize>,
    representative: Option<usize>,
}

/// Opens `source` (a file's bytes as a reader) as rows; the header must name `iin`.
pub fn rows(
    source: Box<dyn Read + Send>,
    name: &str,
    encoding: Encoding,
    delimiter: Option<u8>,
) -> Result<Rows> {
    let long_line = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let capped =
        LineCap { inner: source, line: 1, run: 0, state: Cap::Reading, long_line: long_line.clone() };
    let decided = std::sync::Arc::new(std::sync::OnceLock::new());
    let decoded: Box<dyn Read + Send> = match encoding {
        Encoding::Utf8 => Box::new(capped),
        Encoding::Windows1251 | Encoding::Detect => Box::new(Decode {
            inner: capped,
            mode: encoding,
            decided: decided.clone(),
            pending: Vec::new(),
            at: 0,
        }),
    };
    let mut reader = BufReader::new(decoded);
    let mut header = String::new();
    reader.read_line(&mut header).map_err(|e| unreadable(name, e))?;
    let header = header.strip_prefix('\u{FEFF}').unwrap_or(&header).to_owned();
    let delimiter = delimiter.unwrap_or_else(|| {
        if header.matches(';').count() > header.matches(',').count() { b';' } else { b',' }
    });
    let window = std::sync::Arc::new(std::sync::Mutex::new(Window::default()));
    let rest: Box<dyn Read + Send> = Box::new(CountLines {
        inner: io::Cursor::new(header.into_bytes()).chain(reader),
        window: window.clone(),
    });
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(rest);
    let headers = csv.headers().map_err(|e| bad_csv(name, 1, &e))?.clone();
    let find = |wanted: &str| headers.iter().position(|h| h.trim().eq_ignore_ascii_case(wanted));
    let iin = find("iin").ok_or_else(|| {
        Error::input(name, t!("csv-no-iin-column", columns = headers.iter().collect::<Vec<_>>().join(", ")))
    })?;
    let columns = Columns {
        iin,
        org: find("org"),
        reason: find("reason"),
        address: find("address"),
        phone: find("phone"),
        representative: find("representative"),
    };
    Ok(Rows { records: csv.into_records(), columns, name: name.to_owned(), window, long_line, decided })
}

fn unreadable(name: &str, e: io::Error) -> Error {
    Error::input(name, t!("csv-unreadable", why = e.to_string()))
}

/// What is wrong with a part of the file, named by the line this module counted (the CSV
/// reader's own count, in its message, skips blank lines and misreads CRLF).
fn bad_csv(name: &str, line: u64, e: &csv::Error) -> Error {
    let why = match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => t!("csv-not-utf8", field = err.field() + 1),
        csv::ErrorKind::Io(io) => t!("csv-unreadable", why = io.to_string()),
        _ => t!("csv-not-csv"),
    };
    Error::input(t!("csv-where", file = name, line = line), why)
}

impl Iterator for Rows {
    type Item = std::result::Result<Row, BadRow>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let record = match self.records.next()? {
                Ok(record) => record,
                Err(e) => {
                    let line = match e.position() {
                        Some(p) => self.line_of(p.byte()),
                        // A read error has no position; the one this module makes names its line.
                        None => self.long_line.load(std::sync::atomic::Ordering::Relaxed),
                    };
                    let fatal = matches!(e.kind(), csv::ErrorKind::Utf8 { .. });
                    return Some(Err(BadRow { line, error: bad_csv(&self.name, line, &e), fatal }));
                }
            };
            // Excel's text form `="…"` holds the value as written.
            let get = |i: Option<usize>| {
                i.and_then(|i| record.get(i))
                    .map(|v| super::excel::unwrap_text_form(v.trim()).trim())
                    .filter(|v| !v.is_empty())
                    .map(str::to_owned)
            };
            // A line of separators only is as blank as an empty one.
            if record.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            let line = record.position().map_or(0, |p| self.line_of(p.byte()));
            // No field of a batch spans lines: one that does began at a quote never closed,
            // and swallowed the rows after it. Say so, rather than read them as one field.
            let breaks: usize = record.iter().map(|f| f.matches('\n').count()).sum();
            if breaks > 0 {
                let error = Error::input(
                    t!("csv-where", file = &self.name, line = line),
                    t!("csv-open-quote", line = line, last = line + breaks as u64),
                );
                return Some(Err(BadRow { line, error, fatal: false }));
            }
            return Some(Ok(Row {
                line,
                iin: get(Some(self.columns.iin)).unwrap_or_default(),
                org: get(self.columns.org),
                reason: get(self.columns.reason),
                address: get(self.columns.address),
                phone: get(self.columns.phone),
                representative: get(self.columns.representative),
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8], encoding: Encoding) -> Vec<Row> {
        rows(Box::new(io::Cursor::new(bytes.to_vec())), "test.csv", encoding, None)
            .unwrap()
            .collect::<std::result::Result<Vec<_>, BadRow>>()
            .unwrap()
    }

    #[test]
    fn excel_and_plain_files_give_the_same_rows() {
        let plain = b"iin,org,reason\n900101300453,MNG-0001,first_attachment\n\n850808310738, MNG-0002 ,\n";
        let excel = b"\xEF\xBB\xBFiin;org;reason\r\n900101300453;MNG-0001;first_attachment\r\n\r\n850808310738; MNG-0002 ;\r\n";
        let a = read(plain, Encoding::Utf8);
        let b = read(excel, Encoding::Utf8);
        assert_eq!(a, b);
        assert_eq!(a.len(), 2);
        assert_eq!((a[0].line, a[1].line), (2, 4));
        assert_eq!(a[1].org.as_deref(), Some("MNG-0002"));
        assert_eq!(a[1].reason, None);
    }

    #[test]
    fn windows_1251_is_decoded() {
        // "iin;address\n900101300453;Актау" in windows-1251.
        let bytes = b"iin;address\n900101300453;\xC0\xEA\xF2\xE0\xF3\n";
        let rows = read(bytes, Encoding::Windows1251);
        assert_eq!(rows[0].address.as_deref(), Some("Актау"));
    }

    /// Regression: a 50 MB header line took 341 MB of memory, and a 100 MB field was "valid".
    #[test]
    fn a_line_longer_than_the_cap_ends_the_file_with_its_line_named() {
        let long = "9".repeat(MAX_LINE + 1);
        let header = format!("iin,{long}\n900101300453\n");
        let e =
            rows(Box::new(io::Cursor::new(header.into_bytes())), "f.csv", Encoding::Utf8, None).unwrap_err();
        assert!(e.to_string().contains("line 1 is longer than 64 KiB"), "{e}");

        let file = format!("iin,address\n900101300453,a\n850808310738,{long}\n061211600012,c\n");
        let all: Vec<_> = rows(Box::new(io::Cursor::new(file.into_bytes())), "f.csv", Encoding::Utf8, None)
            .unwrap()
            .collect();
        assert_eq!(all.len(), 2, "the rows before the long line, then its error, then nothing");
        assert_eq!(all[0].as_ref().unwrap().iin, "900101300453");
        let bad = all[1].as_ref().unwrap_err();
        assert!(bad.error.to_string().contains("line 3 is longer than 64 KiB"), "{}", bad.error);
        assert_eq!(bad.line, 3);
    }

    /// Regression: an unterminated quote swallowed every row after it (5 rows became 1).
    #[test]
    fn an_unclosed_quote_is_reported_with_its_line() {
        let file =
            "iin,address\n900101300453,\"Актау, 12 мкр.\n850808310738,b\n061211600012,c\n790615300452,d\n";
        let all: Vec<_> =
            rows(Box::new(io::Cursor::new(file.as_bytes().to_vec())), "f.csv", Encoding::Utf8, None)
                .unwrap()
                .collect();
        assert_eq!(all.len(), 1, "{all:?}");
        let bad = all[0].as_ref().unwrap_err();
        assert_eq!(bad.line, 2);
        let message = bad.error.to_string();
        assert!(message.contains("lines 2 to 5") && message.contains("not closed"), "{message}");
        // A quoted field on one line (Excel quotes an address with a comma) is a field.
        let fine = "iin;address\n900101300453;\"Актау; 12 мкр.\"\n";
        assert_eq!(read(fine.as_bytes(), Encoding::Utf8)[0].address.as_deref(), Some("Актау; 12 мкр."));
    }

    #[test]
    fn a_header_without_iin_is_refused() {
        let e = rows(Box::new(io::Cursor::new(b"name,org\nx,y\n".to_vec())), "f.csv", Encoding::Utf8, None)
            .unwrap_err();
        assert!(e.to_string().contains("no `iin` column"), "{e}");
    }
}
