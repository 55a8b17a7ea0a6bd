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
    let value = input::read_json(args.file.as_deref())?;
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
        &["IIN", "request", "registration", "service", "status", "deadline"],
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
