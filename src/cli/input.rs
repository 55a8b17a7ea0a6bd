//! Reading the JSON that flows down a pipe: a document, a signed document, a result — or an
//! error envelope from an earlier stage, which is passed on unchanged.

use std::io::Read;
use std::path::Path;

use crate::clock;
use crate::domain::iin::Iin;
use crate::error::{Error, Exit, Result};
use crate::t;

/// An IIN given on the command line, checked against today's date.
pub fn iin(text: &str) -> Result<Iin> {
    Iin::parse(text, clock::today()).map_err(|reason| Error::InvalidIin { iin: text.to_owned(), reason })
}

/// The most a JSON document on stdin or in a file may hold. A signed request or ticket, or a
/// result holding one, is a few kilobytes and always under 64 KiB; this leaves room and keeps
/// a hostile input from filling memory.
pub const MAX_DOCUMENT: u64 = 1024 * 1024;

/// Reads at most [`MAX_DOCUMENT`] bytes from `reader`; more is an input error naming `name`.
fn read_capped(reader: impl Read, name: &str) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    reader
        .take(MAX_DOCUMENT + 1)
        .read_to_end(&mut buf)
        .map_err(|e| Error::input(name, t!("input-unreadable", why = e.to_string())))?;
    if buf.len() as u64 > MAX_DOCUMENT {
        return Err(Error::input(name, t!("input-too-large", kib = MAX_DOCUMENT / 1024)));
    }
    Ok(buf)
}

/// Reads one JSON value from `path` or stdin (`-` or none). An error envelope becomes
/// [`Error::Upstream`].
pub fn read_json(path: Option<&Path>) -> Result<serde_json::Value> {
    let (bytes, name) = match path {
        Some(p) if p != Path::new("-") => {
            let name = p.display().to_string();
            let file =
                std::fs::File::open(p).map_err(|source| Error::ReadInput { path: p.to_owned(), source })?;
            (read_capped(file, &name)?, name)
        }
        _ => (read_capped(std::io::stdin(), &t!("stdin"))?, t!("stdin")),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::document(name, t!("input-empty")));
    }
    let value: serde_json::Value = strict(&bytes, &name)?;
    upstream_error(&value)?;
    Ok(value)
}

/// One JSON value whose objects have unique member names: what is signed or submitted
/// must read the same to every reader.
fn strict(bytes: &[u8], name: &str) -> Result<serde_json::Value> {
    crate::json::from_slice(bytes).map_err(|e| match e {
        crate::json::Strictness::Syntax(e) => {
            Error::document(name, t!("input-not-json", why = e.to_string()))
        }
        duplicate => Error::document(name, duplicate.to_string()),
    })
}

/// What is piped in on stdin: nothing, one JSON document (on one line or many), or JSON Lines —
/// one value per line, as `batch`, `status` and every list print them.
pub enum Piped {
    Nothing,
    One(serde_json::Value),
    Lines(Lines),
}

/// The JSON Lines on stdin, read one at a time (memory does not grow with their number): each
/// line's number and its value, or what is wrong with that line.
pub struct Lines {
    reader: std::io::BufReader<std::io::Stdin>,
    queued: std::collections::VecDeque<(u64, Vec<u8>)>,
    line: u64,
}

impl Lines {
    /// The next line that is not blank, as bytes: at most [`MAX_DOCUMENT`].
    fn next_bytes(&mut self) -> Result<Option<(u64, Vec<u8>)>> {
        if let Some(queued) = self.queued.pop_front() {
            return Ok(Some(queued));
        }
        next_line(&mut self.reader, &mut self.line)
    }
}

/// The next non-blank line of `reader` and its number (counted in `line`), capped.
fn next_line<R: std::io::BufRead>(reader: &mut R, line: &mut u64) -> Result<Option<(u64, Vec<u8>)>> {
    use std::io::BufRead;
    loop {
        let mut buf = Vec::new();
        let n = BufRead::read_until(&mut reader.by_ref().take(MAX_DOCUMENT + 1), b'\n', &mut buf)
            .map_err(|e| Error::input(t!("stdin"), t!("input-unreadable", why = e.to_string())))?;
        if n == 0 {
            return Ok(None);
        }
        *line += 1;
        if buf.len() as u64 > MAX_DOCUMENT {
            return Err(Error::input(
                t!("stdin-line", line = *line),
                t!("input-too-large", kib = MAX_DOCUMENT / 1024),
            ));
        }
        if !buf.iter().all(u8::is_ascii_whitespace) {
            return Ok(Some((*line, buf)));
        }
    }
}

impl Iterator for Lines {
    type Item = (u64, Result<serde_json::Value>);

    fn next(&mut self) -> Option<Self::Item> {
        match self.next_bytes() {
            Ok(Some((line, bytes))) => Some((line, strict(&bytes, &t!("stdin-line", line = line)))),
            Ok(None) => None,
            Err(e) => Some((self.line, Err(e))),
        }
    }
}

/// Reads what is piped in, when stdin is not a terminal. A first line that is a whole JSON
/// value, followed by another, makes JSON Lines; anything else is one document, read whole (at
/// most [`MAX_DOCUMENT`]).
pub fn piped(stdin_is_terminal: bool) -> Result<Piped> {
    if stdin_is_terminal {
        return Ok(Piped::Nothing);
    }
    let mut reader = std::io::BufReader::new(std::io::stdin());
    let mut line = 0;
    let Some((first_line, first)) = next_line(&mut reader, &mut line)? else { return Ok(Piped::Nothing) };
    if crate::json::from_slice::<serde_json::Value>(&first).is_ok() {
        match next_line(&mut reader, &mut line)? {
            None => {}
            Some(second) => {
                let queued = [(first_line, first), second].into_iter().collect();
                return Ok(Piped::Lines(Lines { reader, queued, line }));
            }
        }
        let value = strict(&first, &t!("stdin"))?;
        return Ok(Piped::One(value));
    }
    // A document over several lines (pretty-printed): the rest of it, within the cap.
    let mut buf = first;
    let room = (MAX_DOCUMENT + 1).saturating_sub(buf.len() as u64);
    reader
        .by_ref()
        .take(room)
        .read_to_end(&mut buf)
        .map_err(|e| Error::input(t!("stdin"), t!("input-unreadable", why = e.to_string())))?;
    if buf.len() as u64 > MAX_DOCUMENT {
        return Err(Error::input(t!("stdin"), t!("input-too-large", kib = MAX_DOCUMENT / 1024)));
    }
    Ok(Piped::One(strict(&buf, &t!("stdin"))?))
}

/// Reads stdin when it is not a terminal: `None` when it is empty (`</dev/null`), else the one
/// JSON value in it (an upstream error envelope becomes [`Error::Upstream`]).
pub fn piped_json(stdin_is_terminal: bool) -> Result<Option<serde_json::Value>> {
    match piped(stdin_is_terminal)? {
        Piped::Nothing => Ok(None),
        Piped::One(value) => {
            upstream_error(&value)?;
            Ok(Some(value))
        }
        Piped::Lines(_) => Err(Error::document(t!("stdin"), t!("input-one-document"))),
    }
}

/// The request_id of a receipt, status or result.
pub fn request_id_of(value: &serde_json::Value, name: &str) -> Result<String> {
    upstream_error(value)?;
    match value.get("request_id").and_then(|v| v.as_str()) {
        Some(id) => Ok(id.to_owned()),
        None => Err(Error::document(name, t!("input-no-request-id"))),
    }
}

/// The requests a command is about: the argument; else the `request_id` of the receipt, status
/// or result piped in; or, piped in as JSON Lines, one per line.
pub enum Subjects {
    None,
    One(String),
    Lines(Lines),
}

pub fn subjects(argument: Option<String>, stdin_is_terminal: bool) -> Result<Subjects> {
    if let Some(id) = argument {
        return Ok(Subjects::One(id));
    }
    match piped(stdin_is_terminal)? {
        Piped::Nothing => Ok(Subjects::None),
        Piped::One(value) => Ok(Subjects::One(request_id_of(&value, &t!("stdin"))?)),
        Piped::Lines(lines) => Ok(Subjects::Lines(lines)),
    }
}

/// Runs `each` for every line of JSON Lines piped in, answering one line each: what `each`
/// prints, or the error envelope of a line that failed (its message on stderr too), or an
/// envelope from an earlier stage passed on as it came. A batch's summary line is no subject
/// and is passed over. The exit status is the first failure's, else success.
pub fn each_line(
    ctx: &super::Context,
    lines: Lines,
    mut each: impl FnMut(serde_json::Value, &str) -> Result<Exit>,
) -> Result<Exit> {
    let mut exit = Exit::Success;
    for (line, value) in lines {
        if ctx.printer.stdout_closed() {
            break;
        }
        let name = t!("stdin-line", line = line);
        let outcome = value.and_then(|value| {
            let is_summary = value.as_object().is_some_and(|o| o.len() == 1 && o.contains_key("summary"));
            if is_summary { Ok(Exit::Success) } else { each(value, &name) }
        });
        let this = match outcome {
            Ok(this) => this,
            Err(e) => {
                if let Error::Upstream { envelope, .. } = &e {
                    ctx.printer.json(envelope)?;
                } else {
                    crate::render::error_line(&e);
                    ctx.printer.json(&e.envelope())?;
                }
                e.exit()
            }
        };
        if exit == Exit::Success {
            exit = this;
        }
    }
    Ok(exit)
}

/// A password: the first line of stdin with `--password-stdin`, else `ATTACH_PASSWORD`, else a
/// prompt on the terminal. Never from argv.
pub fn password(from_stdin: bool, prompt: &str) -> Result<String> {
    if from_stdin {
        // A password is at most 1024 bytes: a longer first line is not read whole.
        let mut line = String::new();
        std::io::BufRead::read_line(&mut std::io::stdin().lock().take(4096), &mut line)
            .map_err(|source| Error::Io { context: "io-read-password", source })?;
        let password = line.trim_end_matches(['\n', '\r']).to_owned();
        if password.is_empty() {
            return Err(Error::input("--password-stdin", t!("input-no-password")));
        }
        return Ok(password);
    }
    if let Ok(password) = std::env::var("ATTACH_PASSWORD") {
        return Ok(password);
    }
    rpassword::prompt_password(prompt).map_err(|e| {
        if no_terminal(&e) {
            Error::input("password", t!("input-password-none"))
        } else {
            Error::Io { context: "io-prompt-password", source: e }
        }
    })
}

/// Whether a prompt failed for want of a terminal to ask at (no controlling terminal: ENXIO,
/// or no /dev/tty), which is the person's situation to be told, not an OS error to be shown.
pub fn no_terminal(e: &std::io::Error) -> bool {
    const ENXIO: i32 = 6;
    e.raw_os_error() == Some(ENXIO) || e.kind() == std::io::ErrorKind::NotFound
}

/// An object whose only member is `error` is an envelope from an earlier stage.
pub fn upstream_error(value: &serde_json::Value) -> Result<()> {
    let Some(object) = value.as_object() else { return Ok(()) };
    if object.len() != 1 {
        return Ok(());
    }
    let Some(error) = object.get("error") else { return Ok(()) };
    let exit = error.get("exit").and_then(|e| e.as_u64()).map_or(Exit::Failure, Exit::from_code);
    let message = error
        .get("message")
        .and_then(|m| m.as_str())
        .map_or_else(|| t!("input-earlier-stage-failed"), str::to_owned);
    Err(Error::Upstream { envelope: value.clone(), message, exit })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_a_lone_error_member_is_an_envelope() {
        let envelope = json!({"error": {"code": "bad_signature", "message": "m", "exit": 4}});
        match upstream_error(&envelope) {
            Err(Error::Upstream { exit, .. }) => assert_eq!(exit, Exit::SignatureRefused),
            other => panic!("{other:?}"),
        }
        assert!(upstream_error(&json!({"error": 1, "other": 2})).is_ok());
        // Regression: an envelope claiming exit 0 must not turn a failure into success.
        let zero = json!({"error": {"code": "internal", "message": "m", "exit": 0}});
        match upstream_error(&zero) {
            Err(Error::Upstream { exit, .. }) => assert_eq!(exit, Exit::Failure),
            other => panic!("{other:?}"),
        }
        assert!(upstream_error(&json!({"type": "x"})).is_ok());
        assert!(upstream_error(&json!([1])).is_ok());
    }
}
