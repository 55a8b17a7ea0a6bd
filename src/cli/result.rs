//! `attach result` (processes 7–8): the ticket of a completed request, or the provider's
//! reasoned refusal (printed, exit 5).

use std::path::PathBuf;

use super::{Context, input};
use crate::api::Outcome;
use crate::error::{Error, Exit, Result};
use crate::files;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The request [default: the request_id of a receipt or status on standard input].
    #[arg(value_name = "REQUEST_ID")]
    request_id: Option<String>,
    /// Also write the result to this file (atomically).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    let request_id = match input::subjects(args.request_id.clone(), ctx.stdin_is_terminal)? {
        input::Subjects::One(id) => id,
        // JSON Lines: one result a line.
        input::Subjects::Lines(lines) if args.out.is_none() => {
            return input::each_line(ctx, lines, |value, name| {
                run_one(ctx, &args, input::request_id_of(&value, name)?)
            });
        }
        input::Subjects::Lines(_) => return Err(Error::input("--out", crate::t!("result-out-one"))),
        input::Subjects::None => {
            return Err(Error::input(
                "REQUEST_ID",
                "no request: pass REQUEST_ID or pipe a receipt or status",
            ));
        }
    };
    run_one(ctx, &args, request_id)
}

fn run_one(ctx: &Context, args: &Args, request_id: String) -> Result<Exit> {
    let backend = ctx.backend()?;
    let session = ctx.session()?;
    let outcome = backend.result(&session.token, &request_id)?;
    if let Some(path) = &args.out {
        let mut bytes =
            serde_json::to_vec_pretty(&outcome).map_err(|e| Error::document("result", e.to_string()))?;
        bytes.push(b'\n');
        // A result names a person and their clinic: personal data, for the owner only.
        files::write_atomic(path, &bytes, 0o600)?;
    }
    if ctx.json() {
        ctx.printer.json(&outcome)?;
    } else {
        match &outcome {
            Outcome::Attached { request_id, .. } => ctx.printer.line(&format!(
                "request {request_id}: attached; verify the ticket with `attach result {request_id} | attach verify-ticket`"
            ))?,
            Outcome::Refused { request_id, refusal } => ctx.printer.line(&format!(
                "request {request_id}: refused ({}): {}",
                refusal.code.as_str(),
                refusal.message
            ))?,
        }
    }
    Ok(match outcome {
        Outcome::Attached { .. } => Exit::Success,
        Outcome::Refused { .. } => Exit::ServiceRefused,
    })
}
