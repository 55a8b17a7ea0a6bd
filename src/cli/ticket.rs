//! `attach ticket render`: a signed ticket (from `result`, or standard input) as a printable
//! PDF, HTML page or receipt text, in the language of `--lang` (else Russian), with the QR
//! code that proves it.

use std::io::IsTerminal;
use std::path::PathBuf;

use super::{Context, verify_ticket};
use crate::error::{Error, Exit, Result};
use crate::ticket::{self, Format, PaperSize};
use crate::{files, i18n, t};

#[derive(Debug, clap::Subcommand)]
pub enum TicketCommand {
    /// Render a signed ticket (or a result holding one) for printing, with a QR code that proves it.
    Render(RenderArgs),
}

#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// A signed ticket, or a result holding one [default: standard input].
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,
    /// pdf (A4 or A5, fonts embedded), html (one self-contained page) or text (48 columns, for a
    /// receipt printer).
    #[arg(long, value_enum, default_value = "pdf", value_name = "FORMAT")]
    format: Format,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// The sheet of a PDF or HTML ticket.
    #[arg(long, value_enum, default_value = "a4", value_name = "SIZE")]
    paper: PaperSize,
}

pub fn run(ctx: &Context, command: TicketCommand) -> Result<Exit> {
    match command {
        TicketCommand::Render(args) => render(ctx, args),
    }
}

fn render(ctx: &Context, args: RenderArgs) -> Result<Exit> {
    if args.out.is_none() && args.format == Format::Pdf && std::io::stdout().is_terminal() {
        return Err(Error::input("--out", t!("render-pdf-to-terminal")));
    }
    let jws = match verify_ticket::ticket_of_input(ctx, args.file.as_deref())? {
        Ok(jws) => jws,
        Err(exit) => return Ok(exit),
    };
    let bytes = ticket::render(&jws, args.format, args.paper, i18n::paper())?;
    match &args.out {
        // A ticket names a person and their clinic: personal data, for the owner only.
        Some(path) => files::write_atomic(path, &bytes, 0o600)?,
        None => ctx.printer.raw(&bytes)?,
    }
    Ok(Exit::Success)
}
