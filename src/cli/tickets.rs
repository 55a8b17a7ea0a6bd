//! `attach batch --wait --render FORMAT --render-dir DIR`: operators print at the counter. Each
//! attached row's ticket is fetched again by its request and written, for printing, to
//! `DIR/TICKET_NUMBER.EXT` (atomically), in the paper's language, as the rows come out.

use std::path::PathBuf;

use super::Context;
use crate::api::{Backend, Outcome};
use crate::batch::Line;
use crate::error::{Error, Exit, Result};
use crate::ticket::{self, Format, PaperSize};
use crate::{files, i18n, t};

/// Writes the tickets of a batch's attached rows.
pub(super) struct TicketFiles {
    backend: Box<dyn Backend>,
    token: String,
    format: Format,
    paper: PaperSize,
    dir: PathBuf,
    failed: usize,
}

impl TicketFiles {
    /// Ready to write into `dir`, which is made if it does not exist.
    pub fn new(ctx: &Context, format: Format, paper: PaperSize, dir: PathBuf) -> Result<TicketFiles> {
        std::fs::create_dir_all(&dir).map_err(|source| Error::Write { path: dir.clone(), source })?;
        let backend = ctx.backend()?;
        let token = ctx.session()?.token;
        Ok(TicketFiles { backend, token, format, paper, dir, failed: 0 })
    }

    /// Writes the ticket of `line` when it is an attached row; a failure is said on stderr and
    /// counted, and the batch goes on.
    pub fn write(&mut self, ctx: &Context, line: &Line) {
        let (Some(request_id), Some(number)) = (&line.request_id, &line.ticket_number) else { return };
        if line.outcome != "attached" {
            return;
        }
        if let Err(e) = self.write_one(request_id, number) {
            self.failed += 1;
            ctx.printer.note(&format!(
                "attach: {}",
                t!("batch-render-failed", line = line.line, why = e.to_string())
            ));
        }
    }

    fn write_one(&self, request_id: &str, number: &str) -> Result<()> {
        // The number names a file: nothing that could climb out of the directory.
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
            return Err(Error::input("ticket_number", t!("render-number", number = number)));
        }
        let Outcome::Attached { ticket, .. } = self.backend.result(&self.token, request_id)? else {
            return Ok(());
        };
        let bytes = ticket::render(&ticket, self.format, self.paper, i18n::paper())?;
        let path = self.dir.join(format!("{number}.{}", self.format.extension()));
        // A ticket names a person and their clinic: personal data, for the owner only.
        files::write_atomic(&path, &bytes, 0o600)
    }

    /// The batch's exit, or 1 when a ticket could not be written.
    pub fn exit(&self, exit: Exit) -> Exit {
        if self.failed > 0 && exit == Exit::Success { Exit::Failure } else { exit }
    }
}
