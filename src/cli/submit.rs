//! `attach submit` (processes 4–6): sends a signed request to the portal, which checks the
//! signature and the signer (condition 2) and has the provider's workstation register it.

use super::{Context, input};
use crate::api::Receipt;
use crate::error::{Error, Exit, Result};
use crate::pki::jws::Jws;
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A signed request [default: standard input].
    #[arg(value_name = "FILE")]
    file: Option<std::path::PathBuf>,
}

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    let value = match args.file.as_deref() {
        Some(path) if path != std::path::Path::new("-") => input::read_json(Some(path))?,
        // Signed requests piped in as JSON Lines: one receipt (or error) a line.
        _ => match input::piped(ctx.stdin_is_terminal)? {
            input::Piped::Lines(lines) => {
                return input::each_line(ctx, lines, |value, _| submit_one(ctx, value));
            }
            input::Piped::One(value) => {
                input::upstream_error(&value)?;
                value
            }
            input::Piped::Nothing => input::read_json(None)?,
        },
    };
    submit_one(ctx, value)
}

fn submit_one(ctx: &Context, value: serde_json::Value) -> Result<Exit> {
    if !value.is_object() {
        return Err(Error::document("input", t!("submit-not-object")));
    }
    let signed: Jws = serde_json::from_value(value)
        .map_err(|e| Error::document("input", t!("submit-not-jws", why = e.to_string())))?;
    let backend = ctx.backend()?;
    let session = ctx.session()?;
    let receipt = backend.submit(&session.token, &signed)?;
    print_receipt(ctx, &receipt)?;
    Ok(Exit::Success)
}

fn print_receipt(ctx: &Context, receipt: &Receipt) -> Result<()> {
    if ctx.json() {
        return ctx.printer.json(receipt);
    }
    ctx.printer.table(
        &["col-iin", "col-request", "col-registration", "col-service", "col-status", "col-deadline"]
            .map(|k| t!(k)),
        vec![vec![
            receipt.iin.clone(),
            receipt.request_id.clone(),
            receipt.registration_number.clone(),
            receipt.service.clone(),
            receipt.status.clone(),
            super::status::local_time(&receipt.deadline),
        ]],
    )
}
