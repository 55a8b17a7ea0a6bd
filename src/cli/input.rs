//! Reading the JSON that flows down a pipe: a document, a signed document, a result — or an
//! error envelope from an earlier stage, which is passed on unchanged.

use std::io::Read;
use std::path::Path;

use crate::clock;
use crate::domain::iin::Iin;
use crate::error::{Error, Exit, Result};

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
        .map_err(|e| Error::input(name, format!("cannot be read: {e}")))?;
    if buf.len() as u64 > MAX_DOCUMENT {
        return Err(Error::input(
            name,
            format!("holds more than {} KiB; a signed document is under 64 KiB", MAX_DOCUMENT / 1024),
        ));
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
        _ => (read_capped(std::io::stdin(), "standard input")?, "standard input".to_owned()),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::document(name, "is empty; expected a JSON document"));
    }
    let value: serde_json::Value = strict(&bytes, &name)?;
    upstream_error(&value)?;
    Ok(value)
}

/// One JSON value whose objects have unique member names: what is signed or submitted
/// must read the same to every reader.
fn strict(bytes: &[u8], name: &str) -> Result<serde_json::Value> {
    crate::json::from_slice(bytes).map_err(|e| match e {
        crate::json::Strictness::Syntax(e) => Error::document(name, format!("is not JSON: {e}")),
        duplicate => Error::document(name, duplicate.to_string()),
    })
}

/// Reads stdin when it is not a terminal: `None` when it is empty (`</dev/null`), else the one
/// JSON value in it (an upstream error envelope becomes [`Error::Upstream`]).
pub fn piped_json(stdin_is_terminal: bool) -> Result<Option<serde_json::Value>> {
    if stdin_is_terminal {
        return Ok(None);
    }
    let buf = read_capped(std::io::stdin(), "standard input")?;
    if buf.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    let value = strict(&buf, "standard input")?;
    upstream_error(&value)?;
    Ok(Some(value))
}

/// The request a command is about: the argument, or the `request_id` of a receipt, status or
/// result piped in.
pub fn subject(argument: Option<String>, stdin_is_terminal: bool) -> Result<Option<String>> {
    if let Some(id) = argument {
        return Ok(Some(id));
    }
    let Some(value) = piped_json(stdin_is_terminal)? else { return Ok(None) };
    match value.get("request_id").and_then(|v| v.as_str()) {
        Some(id) => Ok(Some(id.to_owned())),
        None => Err(Error::document(
            "standard input",
            "has no `request_id`: pipe a receipt, status or result, or pass REQUEST_ID",
        )),
    }
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
            return Err(Error::input("--password-stdin", "standard input holds no password"));
        }
        return Ok(password);
    }
    if let Ok(password) = std::env::var("ATTACH_PASSWORD") {
        return Ok(password);
    }
    rpassword::prompt_password(prompt).map_err(|e| {
        Error::input(
            "password",
            format!("none given: use --password-stdin, ATTACH_PASSWORD or a terminal ({e})"),
        )
    })
}

/// An object whose only member is `error` is an envelope from an earlier stage.
pub fn upstream_error(value: &serde_json::Value) -> Result<()> {
    let Some(object) = value.as_object() else { return Ok(()) };
    if object.len() != 1 {
        return Ok(());
    }
    let Some(error) = object.get("error") else { return Ok(()) };
    let exit = error.get("exit").and_then(|e| e.as_u64()).map_or(Exit::Failure, Exit::from_code);
    let message =
        error.get("message").and_then(|m| m.as_str()).unwrap_or("an earlier stage failed").to_owned();
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
