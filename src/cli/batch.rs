//! `attach batch`: the provider's path for every row of a CSV file (SPEC section 8) — rows
//! read as a stream, worked on by `--jobs` workers, written out in input order, with a
//! journal that makes a re-run after any interruption submit each request exactly once.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde::Serialize;

use super::request::ReasonArg;
use super::tickets::TicketFiles;
use super::{Context, sign};
use crate::api::Role;
use crate::batch::input::{self, Encoding, Row};
use crate::batch::journal::Journal;
use crate::batch::{self, Line, Plan, Stop};
use crate::domain::document::Reason;
use crate::error::{Code, Error, Exit, Result};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The CSV file (`-` for standard input): a header with `iin`, and optionally `org`,
    /// `reason`, `address`, `phone`.
    #[arg(value_name = "CSV")]
    csv: PathBuf,
    /// The operator's signing key (as for `attach sign`).
    #[arg(long, value_name = "FILE")]
    key: Option<PathBuf>,
    /// The operator's certificate [default: from a PKCS#12 key].
    #[arg(long, value_name = "FILE")]
    cert: Option<PathBuf>,
    /// The issuing CA [default: chain.pem beside --cert].
    #[arg(long, value_name = "FILE")]
    chain: Option<PathBuf>,
    /// The clinic of rows without `org` [default: the operator's].
    #[arg(long)]
    org: Option<String>,
    /// The reason of rows without `reason` [default: first_attachment].
    #[arg(long, value_enum)]
    reason: Option<ReasonArg>,
    /// Workers, each with a connection of its own and a few rows at a time; over HTTP, where
    /// they mostly wait, 16 to 32 do best [default: the number of cores].
    #[arg(long, value_name = "N", value_parser = parse_jobs)]
    jobs: Option<usize>,
    /// Part of every request's identity: the same campaign never submits a row twice
    /// [default: the file's name].
    #[arg(long)]
    campaign: Option<String>,
    /// The journal [default: the CSV's path with `.journal` added].
    #[arg(long, value_name = "FILE")]
    journal: Option<PathBuf>,
    /// Write the rows and the summary to FILE (atomically, complete) instead of stdout.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Check every row (IIN, clinic, reason) without submitting anything.
    #[arg(long)]
    dry_run: bool,
    /// Wait for each decision and report the ticket or the refusal.
    #[arg(long)]
    wait: bool,
    /// The field separator [default: `;` or `,`, whichever the header has more of].
    #[arg(long, value_name = "C")]
    delimiter: Option<char>,
    /// The file's encoding: utf-8 or windows-1251 [default: UTF-8, or windows-1251 when the
    /// file's first bytes beyond ASCII are not UTF-8 but are windows-1251, with a note].
    #[arg(long, value_name = "E")]
    encoding: Option<String>,
    /// Write each attached row's ticket for printing, in this format, to --render-dir.
    #[arg(long, value_enum, value_name = "FORMAT", requires_all = ["render_dir", "wait"])]
    render: Option<crate::ticket::Format>,
    /// Where --render writes the tickets, one a file named by its ticket number.
    #[arg(long, value_name = "DIR", requires = "render")]
    render_dir: Option<PathBuf>,
    /// The sheet of rendered PDF or HTML tickets.
    #[arg(long, value_enum, default_value = "a4", value_name = "SIZE")]
    paper: crate::ticket::PaperSize,
}

/// `--jobs`: one worker at least.
fn parse_jobs(text: &str) -> std::result::Result<usize, String> {
    match text.parse::<usize>() {
        Ok(0) => Err(t!("batch-jobs-zero")),
        Ok(n) => Ok(n),
        Err(_) => Err(t!("batch-jobs-not-a-number", value = text)),
    }
}

#[derive(Debug, Default, Serialize)]
struct Summary {
    rows: u64,
    attached: u64,
    refused: u64,
    submitted: u64,
    valid: u64,
    error: u64,
    refusals: BTreeMap<String, u64>,
    errors: BTreeMap<String, u64>,
    elapsed_s: f64,
    rows_per_s: f64,
}

impl Summary {
    fn count(&mut self, line: &Line) {
        self.rows += 1;
        match line.outcome.as_str() {
            "attached" => self.attached += 1,
            "refused" => self.refused += 1,
            "submitted" => self.submitted += 1,
            "valid" => self.valid += 1,
            _ => self.error += 1,
        }
        if let Some(r) = &line.refusal {
            *self.refusals.entry(r.code.as_str().to_owned()).or_default() += 1;
        }
        if let Some(e) = &line.error {
            *self.errors.entry(e.code.clone()).or_default() += 1;
        }
    }
}

/// Where the rows go: stdout as they come, or a temporary file renamed over `--out` once the
/// batch is complete.
enum Sink {
    Stdout,
    File { tmp: Temporary, out: PathBuf, file: std::io::BufWriter<std::fs::File> },
}

impl Sink {
    fn write(&mut self, ctx: &Context, value: &impl Serialize) -> Result<()> {
        match self {
            Sink::Stdout if ctx.json() => ctx.printer.json(value),
            Sink::Stdout => Ok(()),
            Sink::File { tmp, file, .. } => {
                let err = |source| Error::Write { path: tmp.0.clone(), source };
                serde_json::to_writer(&mut *file, value).map_err(|e| err(e.into()))?;
                file.write_all(b"\n").map_err(err)
            }
        }
    }
}

/// Rows a worker takes at a time: their people are looked up in one call, their signed
/// requests journaled with one disk flush and sent in one call — sixteen of them (about 3 KiB
/// each) are as many as a body of the portal's 64 KiB holds with room to spare.
const CHUNK: usize = 16;

enum Msg {
    Done(usize, std::result::Result<Line, Stop>),
    Total(usize),
}

fn open_csv(path: &Path) -> Result<(Box<dyn Read + Send>, String, Option<u64>)> {
    if path == Path::new("-") {
        return Ok((Box::new(std::io::stdin()), t!("stdin"), None));
    }
    let file =
        std::fs::File::open(path).map_err(|source| Error::ReadInput { path: path.to_owned(), source })?;
    // Lines in the file, for the progress bar's estimate (a quick pass, no parsing).
    let lines = std::fs::read(path).ok().map(|b| b.iter().filter(|&&c| c == b'\n').count() as u64);
    Ok((Box::new(file), path.display().to_string(), lines))
}

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    let encoding = match &args.encoding {
        Some(text) => Encoding::parse(text)
            .ok_or_else(|| Error::input("--encoding", t!("batch-bad-encoding", encoding = text)))?,
        None => Encoding::Detect,
    };
    let delimiter = match args.delimiter {
        Some(c) if c.is_ascii() && c != '"' => Some(c as u8),
        Some(c) => {
            return Err(Error::input("--delimiter", t!("batch-bad-delimiter", delimiter = c.to_string())));
        }
        None => None,
    };
    let (source, name, lines) = open_csv(&args.csv)?;
    let rows = input::rows(source, &name, encoding, delimiter)?;
    let detected = rows.detected();

    let backend = ctx.backend()?;
    let session = if args.dry_run { ctx.sessions().get(&ctx.portal_name())? } else { Some(ctx.session()?) };
    let (operator, operator_org) = match &session {
        Some(session) => {
            let me = backend.me(&session.token)?;
            if me.role != Role::Operator && !args.dry_run {
                return Err(Error::portal(Code::Forbidden, t!("batch-operators-only")));
            }
            (me.iin, me.org)
        }
        None => (String::new(), None),
    };
    let signer = match (&args.key, args.dry_run) {
        (_, true) => None,
        (Some(key), false) => Some(sign::load_signer(key, args.cert.as_deref(), args.chain.as_deref())?),
        (None, false) => return Err(Error::input("--key", t!("batch-key-required"))),
    };
    let campaign = args.campaign.clone().unwrap_or_else(|| {
        args.csv.file_name().map_or_else(|| "stdin".into(), |n| n.to_string_lossy().into_owned())
    });
    let journal = if args.dry_run {
        None
    } else {
        let path = args.journal.clone().unwrap_or_else(|| {
            if args.csv == Path::new("-") {
                PathBuf::from("attach-batch.journal")
            } else {
                let mut p = args.csv.clone().into_os_string();
                p.push(".journal");
                PathBuf::from(p)
            }
        });
        Some(Journal::open(&path)?)
    };
    // Ctrl-C (or SIGTERM): no new rows; the rows in flight finish and are journaled.
    let interrupted = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        signal_hook::flag::register(signal, interrupted.clone())
            .map_err(|source| Error::Io { context: "io-ctrl-c", source })?;
    }
    let plan = Plan {
        operator,
        operator_org,
        default_org: args.org.clone(),
        default_reason: args.reason.map_or(Reason::FirstAttachment, ReasonArg::reason),
        campaign,
        wait: args.wait,
        wait_timeout: Duration::from_secs(120),
        dry_run: args.dry_run,
        token: session.map(|s| s.token),
        directory: Default::default(),
        in_flight: Default::default(),
        interrupted: interrupted.clone(),
        stopping: AtomicBool::new(false),
    };
    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));

    let mut sink = match &args.out {
        Some(out) => {
            remove_stale_temporaries(out);
            let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let tmp = out.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
            // The rows name people: personal data, for the owner only.
            let file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&tmp)
                .map_err(|source| Error::Write { path: tmp.clone(), source })?;
            Sink::File { tmp: Temporary(tmp), out: out.clone(), file: std::io::BufWriter::new(file) }
        }
        None => Sink::Stdout,
    };
    let progress = (!ctx.printer.quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::with_draw_target(
            lines.map(|n| n.saturating_sub(1)),
            indicatif::ProgressDrawTarget::stderr(),
        );
        let template = format!(
            "{{spinner}} {}",
            t!(
                "batch-progress",
                pos = "{pos}",
                len = "{len}",
                rate = "{rate}",
                elapsed = "{elapsed}",
                eta = "{eta}"
            )
        );
        if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
            // Whole rows a second, grouped as people write numbers: `1,009/s`.
            let style =
                style.with_key("rate", |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = w.write_str(&rate(state.per_sec()));
                });
            bar.set_style(style);
        }
        bar
    });

    let mut tickets = match (args.render, &args.render_dir) {
        (Some(format), Some(dir)) => Some(TicketFiles::new(ctx, format, args.paper, dir.clone())?),
        _ => None,
    };
    let started = Instant::now();
    let mut summary = Summary::default();
    let mut failures: Vec<Line> = Vec::new();
    let mut stop: Option<Error> = None;
    let (job_tx, job_rx) = mpsc::sync_channel::<(usize, Row)>(jobs * CHUNK * 2);
    let job_rx = std::sync::Mutex::new(job_rx);
    let (msg_tx, msg_rx) = mpsc::channel::<Msg>();
    let written = std::thread::scope(|scope| -> Result<bool> {
        for _ in 0..jobs {
            let (msg_tx, job_rx, plan, journal, signer) =
                (msg_tx.clone(), &job_rx, &plan, journal.as_ref(), signer.as_ref());
            scope.spawn(move || {
                // Each worker has a backend of its own: a connection, or a database handle.
                let backend = match ctx.backend() {
                    Ok(backend) => backend,
                    Err(e) => {
                        let _ = msg_tx.send(Msg::Done(usize::MAX, Err(Stop(e))));
                        return;
                    }
                };
                loop {
                    // A few rows at a time, so that one journal flush covers them all.
                    let mut chunk = Vec::with_capacity(CHUNK);
                    {
                        let job_rx = job_rx.lock().unwrap_or_else(|p| p.into_inner());
                        let Ok(first) = job_rx.recv() else { return };
                        chunk.push(first);
                        while chunk.len() < CHUNK {
                            match job_rx.try_recv() {
                                Ok(job) => chunk.push(job),
                                Err(_) => break,
                            }
                        }
                    }
                    if plan.stopping() {
                        continue;
                    }
                    let (indexes, rows): (Vec<usize>, Vec<Row>) = chunk.into_iter().unzip();
                    let signer = signer.map(|(k, c)| (k, c.as_slice()));
                    let (lines, stop) = batch::process(backend.as_ref(), plan, journal, signer, &rows);
                    for (index, line) in indexes.into_iter().zip(lines) {
                        if let Some(line) = line
                            && msg_tx.send(Msg::Done(index, Ok(line))).is_err()
                        {
                            return;
                        }
                    }
                    if let Some(stop) = stop {
                        let _ = msg_tx.send(Msg::Done(usize::MAX, Err(stop)));
                    }
                }
            });
        }
        // The dispatcher: reads the rows and hands them out.
        {
            let (msg_tx, plan) = (msg_tx.clone(), &plan);
            scope.spawn(move || {
                let mut index = 0;
                for row in rows {
                    if plan.stopping() {
                        break;
                    }
                    match row {
                        Ok(row) => {
                            if job_tx.send((index, row)).is_err() {
                                break;
                            }
                        }
                        // A file not in the encoding it is read in stops at its first such row:
                        // every row after would fail alike.
                        Err(bad) if bad.fatal => {
                            let _ = msg_tx.send(Msg::Done(usize::MAX, Err(Stop(bad.error))));
                            break;
                        }
                        Err(bad) => {
                            let line = Line::error(&Row { line: bad.line, ..Row::default() }, &bad.error);
                            let _ = msg_tx.send(Msg::Done(index, Ok(line)));
                        }
                    }
                    index += 1;
                }
                drop(job_tx);
                let _ = msg_tx.send(Msg::Total(index));
            });
        }
        drop(msg_tx);

        // The collector: lines in input order. Memory holds only the lines that came early.
        let mut ready: BTreeMap<usize, Line> = BTreeMap::new();
        let mut next = 0usize;
        let mut total = None;
        for msg in msg_rx {
            match msg {
                Msg::Done(index, Ok(line)) => {
                    ready.insert(index, line);
                }
                Msg::Done(_, Err(Stop(e))) => {
                    plan.stopping.store(true, Ordering::Relaxed);
                    stop.get_or_insert(e);
                }
                Msg::Total(n) => total = Some(n),
            }
            while let Some(line) = ready.remove(&next) {
                if let Err(e) = sink.write(ctx, &line) {
                    // The others stop too, so that none waits for a writer that has failed.
                    plan.stopping.store(true, Ordering::Relaxed);
                    return Err(e);
                }
                // A reader of stdout that has gone stops a batch that submits, as Ctrl-C does;
                // a dry run goes on to its verdict, which costs nothing.
                if ctx.printer.stdout_closed() && !args.dry_run {
                    plan.stopping.store(true, Ordering::Relaxed);
                }
                summary.count(&line);
                if let Some(tickets) = &mut tickets {
                    tickets.write(ctx, &line);
                }
                // The table for people shows the first fifty rows that did not succeed.
                if !matches!(line.outcome.as_str(), "attached" | "submitted" | "valid")
                    && failures.len() <= 50
                {
                    failures.push(line);
                }
                next += 1;
                if let Some(bar) = &progress {
                    bar.set_position(next as u64);
                }
            }
        }
        Ok(total.is_some_and(|t| t == next) && stop.is_none() && !plan.stopping())
    })?;
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    if detected.get() == Some(&Encoding::Windows1251) {
        ctx.printer.note(&t!("batch-read-as-cp1251", file = &name));
    }
    if let Some(journal) = &journal {
        journal.sync()?;
    }
    let elapsed = started.elapsed().as_secs_f64();
    summary.elapsed_s = (elapsed * 1000.0).round() / 1000.0;
    summary.rows_per_s =
        if elapsed > 0.0 { (summary.rows as f64 / elapsed * 10.0).round() / 10.0 } else { 0.0 };

    if let Some(e) = stop {
        ctx.printer.note(&t!("batch-stopped", rows = summary.rows));
        return Err(e);
    }
    if !written {
        let key = if ctx.printer.stdout_closed() { "batch-stdout-closed" } else { "batch-interrupted" };
        ctx.printer.note(&t!(key, rows = summary.rows));
        return Ok(Exit::Failure);
    }
    let summary_line = serde_json::json!({"summary": summary});
    match sink {
        Sink::File { tmp, out, mut file } => {
            let err = |source| Error::Write { path: tmp.0.clone(), source };
            serde_json::to_writer(&mut file, &summary_line).map_err(|e| err(e.into()))?;
            file.write_all(b"\n").map_err(err)?;
            let file = file.into_inner().map_err(|e| err(e.into_error()))?;
            file.sync_all().map_err(err)?;
            std::fs::rename(&tmp.0, &out).map_err(|source| Error::Write { path: out.clone(), source })?;
            std::mem::forget(tmp);
            // The file is the whole run; the summary is also the last line of stdout.
            if ctx.json() {
                ctx.printer.json(&summary_line)?;
            } else {
                print_summary(ctx, &summary, &failures, Some(&out))?;
            }
        }
        Sink::Stdout if ctx.json() => ctx.printer.json(&summary_line)?,
        Sink::Stdout => print_summary(ctx, &summary, &failures, None)?,
    }
    let all_good = summary.error == 0 && summary.refused == 0;
    let exit = if all_good { Exit::Success } else { Exit::BatchFailed };
    Ok(tickets.map_or(exit, |t| t.exit(exit)))
}

/// The file the rows are written to before it is renamed over `--out`: removed however the
/// batch ends, unless it was renamed (a failed write left it behind).
struct Temporary(PathBuf);

impl Drop for Temporary {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Removes what runs killed before their end left beside `--out` (`.NAME.PID.tmp` of a process
/// that is gone).
fn remove_stale_temporaries(out: &Path) {
    let Some(name) = out.file_name().map(|n| n.to_string_lossy().into_owned()) else { return };
    let dir = out.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let prefix = format!(".{name}.");
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = file.strip_prefix(&prefix).and_then(|rest| rest.strip_suffix(".tmp")) else {
            continue;
        };
        if pid.parse::<u32>().is_ok() && !Path::new("/proc").join(pid).exists() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Rows a second as the progress bar shows them: whole, grouped (`1,009/s`).
fn rate(per_sec: f64) -> String {
    let whole = if per_sec.is_finite() && per_sec > 0.0 { per_sec.round() as u64 } else { 0 };
    t!("batch-rate", rate = crate::render::grouped(whole))
}

/// The words of an outcome, for people.
fn outcome_word(outcome: &str) -> String {
    t!("batch-outcome", outcome = outcome)
}

/// The summary for people: the rows that did not succeed (the first fifty), the refusals and
/// errors by code with their counts, the counts, and where the whole run is (`--out`).
fn print_summary(ctx: &Context, s: &Summary, failures: &[Line], out: Option<&Path>) -> Result<()> {
    if !failures.is_empty() {
        let rows = failures
            .iter()
            .take(50)
            .map(|l| {
                let (code, message) = match (&l.refusal, &l.error) {
                    (Some(r), _) => (r.code.as_str().to_owned(), r.message.clone()),
                    (_, Some(e)) => (e.code.clone(), e.message.clone()),
                    _ => (String::new(), String::new()),
                };
                vec![l.line.to_string(), l.iin.clone(), outcome_word(&l.outcome), code, message]
            })
            .collect();
        let header = ["col-line", "col-iin", "col-outcome", "col-code", "col-why"].map(|k| t!(k));
        ctx.printer.table(&header, rows)?;
        let more = s.refused + s.error - failures.len().min(50) as u64;
        if more > 0 {
            ctx.printer.line(&t!("batch-more-failures", count = more))?;
        }
    }
    let by_code: Vec<Vec<String>> = s
        .refusals
        .iter()
        .map(|(code, n)| (outcome_word("refused"), code, n))
        .chain(s.errors.iter().map(|(code, n)| (outcome_word("error"), code, n)))
        .map(|(kind, code, n)| vec![kind, code.clone(), crate::render::grouped(*n)])
        .collect();
    if !by_code.is_empty() {
        let header = ["col-outcome", "col-code", "col-rows"].map(|k| t!(k));
        ctx.printer.table(&header, by_code)?;
    }
    let header = [
        t!("col-rows"),
        outcome_word("attached"),
        outcome_word("refused"),
        outcome_word("submitted"),
        outcome_word("valid"),
        outcome_word("error"),
        t!("col-seconds"),
        t!("col-rows-per-second"),
    ];
    ctx.printer.table(
        &header,
        vec![vec![
            crate::render::grouped(s.rows),
            crate::render::grouped(s.attached),
            crate::render::grouped(s.refused),
            crate::render::grouped(s.submitted),
            crate::render::grouped(s.valid),
            crate::render::grouped(s.error),
            format!("{:.1}", s.elapsed_s),
            crate::render::grouped(s.rows_per_s.round() as u64),
        ]],
    )?;
    if s.refused + s.error > 0 {
        match out {
            Some(out) => ctx.printer.note(&t!("batch-see-out-file", file = out.display().to_string())),
            None => ctx.printer.note(&t!("batch-see-out")),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression: the progress bar showed `1009.2159/s`.
    #[test]
    fn the_rate_is_whole_rows_grouped() {
        crate::i18n::with(crate::i18n::Lang::En, || {
            assert_eq!(rate(1009.2159), "1,009/s");
            assert_eq!(rate(0.4), "0/s");
            assert_eq!(rate(f64::NAN), "0/s");
        });
    }

    #[test]
    fn zero_workers_are_refused() {
        assert!(parse_jobs("0").is_err());
        assert!(parse_jobs("x").is_err());
        assert_eq!(parse_jobs("8"), Ok(8));
    }
}
