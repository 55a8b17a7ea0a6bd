//! `attach status` (the regulation's section 8 screen): a request's IIN, number, service,
//! status and deadline; without a subject, the person's (or the clinic's) requests, page by
//! page, narrowed by state, time, person or clinic; `--wait` refreshes until the provider has
//! decided. Subjects piped in as JSON Lines are answered one line each.

use std::time::{Duration, Instant};

use super::{Context, input};
use crate::api::{Backend, RequestFilter, Status};
use crate::clock;
use crate::error::{Code, Error, Exit, Result};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The request [default: the request_id of a receipt, status or result on standard input,
    /// or of each JSON line there; without either, the session's requests].
    #[arg(value_name = "REQUEST_ID")]
    request_id: Option<String>,
    /// Refresh until the request is completed or refused.
    #[arg(long)]
    wait: bool,
    /// How long --wait waits before giving up with exit 8.
    #[arg(long, value_name = "DUR", default_value = "2m", value_parser = parse_timeout)]
    timeout: Duration,
    /// List at most N requests, newest first, or `all` [default: 50 at a terminal, all when
    /// piped].
    #[arg(long, value_name = "N", value_parser = parse_limit)]
    limit: Option<Limit>,
    /// List only the requests in this state.
    #[arg(long, value_name = "STATE", value_parser = clap::builder::PossibleValuesParser::new(crate::api::REQUEST_STATES))]
    state: Option<String>,
    /// List only the requests submitted since TIME: an RFC 3339 time, a day (YYYY-MM-DD, from
    /// its midnight in Aqtau), or a duration ago (30m, 12h, 7d).
    #[arg(long, value_name = "TIME", value_parser = parse_since)]
    since: Option<String>,
    /// List only the requests of this person (the applicant's IIN).
    #[arg(long, value_name = "IIN")]
    iin: Option<String>,
    /// List only the requests to this clinic (an operator sees only the own clinic's).
    #[arg(long, value_name = "ORG")]
    org: Option<String>,
}

/// How many requests a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Limit {
    At(usize),
    All,
}

fn parse_limit(text: &str) -> std::result::Result<Limit, String> {
    match text {
        "all" => Ok(Limit::All),
        _ => match text.parse::<usize>() {
            Ok(n) if n > 0 => Ok(Limit::At(n)),
            _ => Err(t!("status-bad-limit", value = text)),
        },
    }
}

fn parse_timeout(text: &str) -> std::result::Result<Duration, String> {
    clock::parse_duration(text).ok_or_else(|| t!("status-bad-duration", value = text))
}

/// `--since`: an RFC 3339 time, a day in Aqtau, or a duration before now; as RFC 3339 UTC.
fn parse_since(text: &str) -> std::result::Result<String, String> {
    if let Some(at) = clock::parse_rfc3339(text) {
        return Ok(clock::rfc3339(at));
    }
    let day = time::macros::format_description!("[year]-[month]-[day]");
    if let Ok(date) = time::Date::parse(text, &day) {
        return Ok(clock::rfc3339(date.midnight().assume_offset(clock::AQTAU)));
    }
    match clock::parse_duration(text).and_then(|d| time::Duration::try_from(d).ok()) {
        Some(ago) => Ok(clock::rfc3339(clock::now() - ago)),
        None => Err(t!("status-bad-since", value = text)),
    }
}

/// An RFC 3339 time as Aqtau local time, for people.
pub fn local_time(text: &str) -> String {
    clock::parse_rfc3339(text).map_or_else(|| text.to_owned(), clock::human)
}

fn row(s: &Status) -> Vec<String> {
    vec![
        s.iin.clone(),
        s.request_id.clone(),
        s.registration_number.clone(),
        s.service.clone(),
        t!("request-state", state = s.status.as_str()),
        local_time(&s.deadline),
    ]
}

fn header() -> [String; 6] {
    ["col-iin", "col-request", "col-registration", "col-service", "col-status", "col-deadline"].map(|k| t!(k))
}

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    let listing = args.limit.is_some()
        || args.state.is_some()
        || args.since.is_some()
        || args.iin.is_some()
        || args.org.is_some();
    if listing && args.request_id.is_some() {
        return Err(Error::input("REQUEST_ID", t!("status-filters-need-no-subject")));
    }
    let subjects = if listing {
        input::Subjects::None
    } else {
        input::subjects(args.request_id.clone(), ctx.stdin_is_terminal)?
    };
    let backend = ctx.backend()?;
    let session = ctx.session()?;
    match subjects {
        input::Subjects::None => {
            if args.wait {
                return Err(Error::input("--wait", t!("status-wait-needs-request")));
            }
            list(ctx, backend.as_ref(), &session.token, &args)
        }
        input::Subjects::One(request_id) => {
            let status = one(backend.as_ref(), &session.token, &request_id, &args)?;
            show(ctx, &[status])?;
            Ok(Exit::Success)
        }
        input::Subjects::Lines(lines) => {
            let mut table = Vec::new();
            let exit = input::each_line(ctx, lines, |value, name| {
                let request_id = input::request_id_of(&value, name)?;
                let status = one(backend.as_ref(), &session.token, &request_id, &args)?;
                if ctx.json() {
                    ctx.printer.json(&status)?;
                } else {
                    table.push(status);
                }
                Ok(Exit::Success)
            })?;
            if !ctx.json() {
                show(ctx, &table)?;
            }
            Ok(exit)
        }
    }
}

fn show(ctx: &Context, statuses: &[Status]) -> Result<()> {
    if ctx.json() {
        for status in statuses {
            ctx.printer.json(status)?;
        }
        Ok(())
    } else {
        ctx.printer.table(&header(), statuses.iter().map(row).collect())
    }
}

/// One request's status; with `--wait`, once it is decided.
fn one(backend: &dyn Backend, token: &str, request_id: &str, args: &Args) -> Result<Status> {
    let started = Instant::now();
    let mut pause = Duration::from_millis(50);
    loop {
        let status = backend.status(token, request_id)?;
        if !args.wait || status.is_final() {
            return Ok(status);
        }
        let elapsed = started.elapsed();
        if elapsed >= args.timeout {
            return Err(Error::portal(
                Code::NotReady,
                t!(
                    "status-still-open",
                    request = request_id,
                    state = t!("request-state", state = status.status.as_str()),
                    seconds = elapsed.as_secs(),
                    deadline = local_time(&status.deadline)
                ),
            ));
        }
        std::thread::sleep(pause.min(args.timeout - elapsed));
        pause = (pause * 2).min(Duration::from_secs(5));
    }
}

/// The session's requests, newest first, a page at a time: JSON Lines printed as each page
/// comes (memory does not grow with the list), or a table.
fn list(ctx: &Context, backend: &dyn Backend, token: &str, args: &Args) -> Result<Exit> {
    let limit = match args.limit {
        Some(limit) => limit,
        // A person at a terminal wants the newest; a script, everything.
        None if ctx.printer.stdout_is_terminal() => Limit::At(50),
        None => Limit::All,
    };
    let iin = match &args.iin {
        Some(iin) => Some(input::iin(iin)?.to_string()),
        None => None,
    };
    let filter =
        RequestFilter { state: args.state.clone(), since: args.since.clone(), iin, org: args.org.clone() };
    let mut left = match limit {
        Limit::At(n) => n,
        Limit::All => usize::MAX,
    };
    let mut cursor: Option<String> = None;
    let mut rows = Vec::new();
    let mut more = false;
    while left > 0 {
        let page = backend.requests(
            token,
            &filter,
            left.min(crate::portal::requests::MAX_PAGE),
            cursor.as_deref(),
        )?;
        for status in page.items.iter().take(left) {
            if ctx.json() {
                ctx.printer.json(status)?;
            } else {
                rows.push(row(status));
            }
        }
        left = left.saturating_sub(page.items.len());
        if ctx.printer.stdout_closed() {
            break;
        }
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => break,
        }
        more = left == 0;
    }
    if !ctx.json() {
        let shown = rows.len();
        ctx.printer.table(&header(), rows)?;
        if more {
            ctx.printer.note(&t!("status-more", shown = shown));
        }
    }
    Ok(Exit::Success)
}
