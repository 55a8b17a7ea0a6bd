//! `attach status` (the regulation's section 8 screen): a request's IIN, number, service,
//! status and deadline; without a subject, the person's (or the clinic's) requests; `--wait`
//! refreshes until the provider has decided.

use std::time::{Duration, Instant};

use super::{Context, input};
use crate::api::Status;
use crate::clock;
use crate::error::{Code, Error, Exit, Result};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The request [default: the request_id of a receipt, status or result on standard input;
    /// without either, every request of the session].
    #[arg(value_name = "REQUEST_ID")]
    request_id: Option<String>,
    /// Refresh until the request is completed or refused.
    #[arg(long)]
    wait: bool,
    /// How long --wait waits before giving up with exit 8.
    #[arg(long, value_name = "DUR", default_value = "2m", value_parser = parse_timeout)]
    timeout: Duration,
}

fn parse_timeout(text: &str) -> std::result::Result<Duration, String> {
    clock::parse_duration(text).ok_or_else(|| format!("`{text}` is not a duration like 30s or 2m"))
}

/// An RFC 3339 time as Aqtau local time, for people.
pub fn local_time(text: &str) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] (UTC+5)");
    clock::parse_rfc3339(text)
        .and_then(|t| t.to_offset(clock::AQTAU).format(&format).ok())
        .unwrap_or_else(|| text.to_owned())
}

fn row(s: &Status) -> Vec<String> {
    vec![
        s.iin.clone(),
        s.request_id.clone(),
        s.registration_number.clone(),
        s.service.clone(),
        s.status.clone(),
        local_time(&s.deadline),
    ]
}

const HEADER: [&str; 6] = ["IIN", "request", "registration", "service", "status", "deadline"];

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    let subject = input::subject(args.request_id, ctx.stdin_is_terminal)?;
    let backend = ctx.backend()?;
    let session = ctx.session()?;
    let Some(request_id) = subject else {
        if args.wait {
            return Err(Error::input("--wait", "needs a request: pass REQUEST_ID or pipe a receipt"));
        }
        let all = backend.requests(&session.token)?;
        if ctx.json() {
            for s in &all {
                ctx.printer.json(s)?;
            }
        } else {
            ctx.printer.table(&HEADER, all.iter().map(row).collect())?;
        }
        return Ok(Exit::Success);
    };
    let started = Instant::now();
    let mut pause = Duration::from_millis(50);
    let status = loop {
        let status = backend.status(&session.token, &request_id)?;
        if !args.wait || status.is_final() {
            break status;
        }
        let elapsed = started.elapsed();
        if elapsed >= args.timeout {
            return Err(Error::portal(
                Code::NotReady,
                format!(
                    "request {request_id} is still {} after {}s; the provider decides by {}",
                    status.status,
                    elapsed.as_secs(),
                    local_time(&status.deadline)
                ),
            ));
        }
        std::thread::sleep(pause.min(args.timeout - elapsed));
        pause = (pause * 2).min(Duration::from_secs(5));
    };
    if ctx.json() {
        ctx.printer.json(&status)?;
    } else {
        ctx.printer.table(&HEADER, vec![row(&status)])?;
    }
    Ok(Exit::Success)
}
