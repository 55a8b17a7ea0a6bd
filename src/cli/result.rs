//! `attach result` (processes 7–8): the ticket of a completed request, or the provider's
//! reasoned refusal (printed, exit 5). At a terminal the ticket is shown as the regulation's
//! screen shows it (clause 9), verified; `--render` also writes it for printing.

use std::path::PathBuf;

use super::verify_ticket::{self, Options};
use super::{Context, input};
use crate::api::Outcome;
use crate::error::{Error, Exit, Result};
use crate::pki::verify::At;
use crate::ticket::{self, Format, PaperSize};
use crate::{files, i18n, t};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The request [default: the request_id of a receipt or status on standard input].
    #[arg(value_name = "REQUEST_ID")]
    request_id: Option<String>,
    /// Also write the result to this file (atomically).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Also write the ticket for printing, in this format, to --render-out (in the language of
    /// --lang, else Russian).
    #[arg(long, value_enum, value_name = "FORMAT", requires = "render_out")]
    render: Option<Format>,
    /// Where --render writes the printable ticket (atomically).
    #[arg(long, value_name = "FILE", requires = "render")]
    render_out: Option<PathBuf>,
    /// The sheet of a rendered PDF or HTML ticket.
    #[arg(long, value_enum, default_value = "a4", value_name = "SIZE")]
    paper: PaperSize,
}

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    let request_id = match input::subjects(args.request_id.clone(), ctx.stdin_is_terminal)? {
        input::Subjects::One(id) => id,
        // JSON Lines: one result a line.
        input::Subjects::Lines(lines) if args.out.is_none() && args.render_out.is_none() => {
            return input::each_line(ctx, lines, |value, name| {
                run_one(ctx, &args, input::request_id_of(&value, name)?)
            });
        }
        input::Subjects::Lines(_) if args.out.is_some() => {
            return Err(Error::input("--out", t!("result-out-one")));
        }
        input::Subjects::Lines(_) => return Err(Error::input("--render-out", t!("result-render-out-one"))),
        input::Subjects::None => {
            return Err(Error::input("REQUEST_ID", t!("result-no-request")));
        }
    };
    run_one(ctx, &args, request_id)
}

fn run_one(ctx: &Context, args: &Args, request_id: String) -> Result<Exit> {
    let backend = ctx.backend()?;
    let session = ctx.session()?;
    let outcome = backend.result(&session.token, &request_id)?;
    if let Some(path) = &args.out {
        let mut bytes = serde_json::to_vec_pretty(&outcome)
            .map_err(|e| Error::document("result", t!("result-not-written", why = e.to_string())))?;
        bytes.push(b'\n');
        // A result names a person and their clinic: personal data, for the owner only.
        files::write_atomic(path, &bytes, 0o600)?;
    }
    if let (Outcome::Attached { ticket, .. }, Some(format), Some(path)) =
        (&outcome, args.render, &args.render_out)
    {
        let bytes = ticket::render(ticket, format, args.paper, i18n::paper())?;
        files::write_atomic(path, &bytes, 0o600)?;
    }
    if ctx.json() {
        ctx.printer.json(&outcome)?;
    } else {
        match &outcome {
            Outcome::Attached { ticket, .. } => {
                // The screen of clause 9: the ticket, verified against the portal that issued it.
                let options =
                    Options { trust: None, crl: None, offline: false, at: At::SigT, allow_superseded: false };
                let verified = verify_ticket::verify_ticket(ticket, Some(backend.as_ref()), &options)?;
                verify_ticket::show(ctx, &verified)?;
            }
            Outcome::Refused { request_id, refusal } => ctx.printer.line(&t!(
                "result-refused",
                id = request_id.as_str(),
                code = refusal.code.as_str(),
                message = refusal.message.as_str()
            ))?,
        }
    }
    Ok(match outcome {
        Outcome::Attached { .. } => Exit::Success,
        Outcome::Refused { .. } => Exit::ServiceRefused,
    })
}
