//! `attach batch`: the provider's path for every row of a CSV file (SPEC section 8). This
//! module holds what a row becomes — its `request_uuid`, derived so that a row submitted
//! twice is one request; the steps look up, fill, sign, journal, submit and wait; and the
//! output row — while `cli::batch` drives the workers, the order and the printing.

pub mod input;
pub mod journal;

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::api::{Backend, Org, Outcome};
use crate::clock;
use crate::domain::document::{self, Document, Kind, Reason};
use crate::domain::iin::Iin;
use crate::error::{Code, Error, Result};
use crate::pki::cert::Cert;
use crate::pki::jws::{self, Jws};
use crate::pki::keys::SigningKey;
use input::Row;
use journal::Journal;

/// One line of the output, in the order of the input (SPEC section 8).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub line: u64,
    pub iin: String,
    pub outcome: String,
    pub request_id: Option<String>,
    pub ticket_number: Option<String>,
    pub refusal: Option<crate::domain::decision::Refusal>,
    pub error: Option<LineError>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LineError {
    pub code: String,
    pub message: String,
}

impl Line {
    pub fn error(row: &Row, e: &Error) -> Line {
        Line {
            line: row.line,
            iin: row.iin.clone(),
            outcome: "error".into(),
            request_id: None,
            ticket_number: None,
            refusal: None,
            error: Some(LineError { code: e.code().as_str().into(), message: e.to_string() }),
        }
    }

    fn of(row: &Row, outcome: &str) -> Line {
        Line {
            line: row.line,
            iin: row.iin.clone(),
            outcome: outcome.into(),
            request_id: None,
            ticket_number: None,
            refusal: None,
            error: None,
        }
    }
}

/// The `request_uuid` of a row: a digest of the operator, the person, the clinic, the reason
/// and the campaign, written as a UUID (version 8, "custom"). The same row in a re-run, or the
/// same person listed twice, is the same request.
pub fn request_uuid(operator: &str, iin: &str, org: &str, reason: &str, campaign: &str) -> String {
    let mut context = ring::digest::Context::new(&ring::digest::SHA256);
    for part in ["attach-batch/1", operator, iin, org, reason, campaign] {
        context.update(&(part.len() as u64).to_be_bytes());
        context.update(part.as_bytes());
    }
    let digest = context.finish();
    let mut b = [0u8; 16];
    b.copy_from_slice(&digest.as_ref()[..16]);
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// A clinic looked up in the directory, or why it could not be used.
pub type Lookup = std::result::Result<Org, (Code, String)>;

/// What every row shares.
#[derive(Debug)]
pub struct Plan {
    pub operator: String,
    /// The operator's clinic: the default for rows without `org`, and the only one allowed.
    pub operator_org: Option<String>,
    pub default_org: Option<String>,
    pub default_reason: Reason,
    pub campaign: String,
    pub wait: bool,
    pub wait_timeout: Duration,
    pub dry_run: bool,
    pub token: Option<String>,
    /// Clinics looked up so far.
    pub directory: Mutex<HashMap<String, Lookup>>,
    /// The requests rows are being worked on for.
    pub in_flight: InFlight,
    /// Set by Ctrl-C or SIGTERM: no row is taken up any more; those in hand finish.
    pub interrupted: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// Set when the batch must stop (the portal is gone, the output cannot be written).
    pub stopping: std::sync::atomic::AtomicBool,
}

/// The `request_uuid`s being worked on, by whichever worker: a row whose request is already
/// in hand elsewhere (the same person listed twice) waits for it to be done, and then finds
/// its outcome in the journal, instead of signing the same request a second time.
#[derive(Debug, Default)]
pub struct InFlight {
    uuids: Mutex<std::collections::HashSet<String>>,
    freed: std::sync::Condvar,
}

/// The uuids a pass has claimed, released when it ends, however it ends.
struct Claims<'a> {
    in_flight: &'a InFlight,
    uuids: Vec<String>,
}

impl Drop for Claims<'_> {
    fn drop(&mut self) {
        self.in_flight.release(&self.uuids);
    }
}

impl InFlight {
    /// Takes `uuid` for the caller; false when another has it.
    fn claim(&self, uuid: &str) -> bool {
        self.uuids.lock().unwrap_or_else(|p| p.into_inner()).insert(uuid.to_owned())
    }

    fn release(&self, uuids: &[String]) {
        let mut held = self.uuids.lock().unwrap_or_else(|p| p.into_inner());
        for uuid in uuids {
            held.remove(uuid);
        }
        self.freed.notify_all();
    }

    /// Waits until no one has `uuid`.
    fn wait(&self, uuid: &str) {
        let mut held = self.uuids.lock().unwrap_or_else(|p| p.into_inner());
        while held.contains(uuid) {
            held = self.freed.wait(held).unwrap_or_else(|p| p.into_inner());
        }
    }
}

/// A row checked locally and against the directory.
#[derive(Debug, Clone)]
pub struct Checked {
    pub row: Row,
    pub iin: Iin,
    pub org: Org,
    pub reason: Reason,
    pub uuid: String,
}

fn parse_reason(text: &str) -> Option<Reason> {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).ok()
}

impl Plan {
    /// Whether no row may be started any more.
    pub fn stopping(&self) -> bool {
        use std::sync::atomic::Ordering::Relaxed;
        self.interrupted.load(Relaxed) || self.stopping.load(Relaxed)
    }

    fn token(&self) -> Result<&str> {
        self.token.as_deref().ok_or_else(|| Error::portal(Code::Unauthenticated, "not logged in"))
    }

    fn org(&self, backend: &dyn Backend, id: &str) -> Result<Org> {
        let cached = self.directory.lock().unwrap_or_else(|p| p.into_inner()).get(id).cloned();
        let found = match cached {
            Some(found) => found,
            None => {
                let found = match backend.org(id) {
                    Ok(org) => Ok(org),
                    Err(e) if matches!(e.code(), Code::Unreachable | Code::Overloaded) => return Err(e),
                    Err(e) => Err((e.code(), e.to_string())),
                };
                self.directory.lock().unwrap_or_else(|p| p.into_inner()).insert(id.to_owned(), found.clone());
                found
            }
        };
        found.map_err(|(code, message)| Error::portal(code, message))
    }

    /// The row's IIN, clinic and reason, or why the row cannot be submitted.
    pub fn check(&self, backend: &dyn Backend, row: &Row) -> Result<Checked> {
        let iin = Iin::parse(&row.iin, clock::today())
            .map_err(|reason| Error::InvalidIin { iin: row.iin.clone(), reason })?;
        let org_id = row
            .org
            .clone()
            .or_else(|| self.default_org.clone())
            .or_else(|| self.operator_org.clone())
            .ok_or_else(|| Error::input("org", "the row names no clinic and --org gives none"))?;
        let reason = match &row.reason {
            Some(text) => parse_reason(text).ok_or_else(|| {
                Error::input(
                    "reason",
                    format!("`{text}` is not one of first_attachment, free_choice, change_of_residence, org_closed"),
                )
            })?,
            None => self.default_reason,
        };
        let org = self.org(backend, &org_id)?;
        if let Some(own) = &self.operator_org
            && *own != org.id
        {
            return Err(Error::portal(
                Code::Forbidden,
                format!("an operator of {own} cannot submit for {}", org.id),
            ));
        }
        let reason_name =
            serde_json::to_value(reason).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        let uuid = request_uuid(&self.operator, &iin.to_string(), &org.id, &reason_name, &self.campaign);
        Ok(Checked { row: row.clone(), iin, org, reason, uuid })
    }
}

/// Stops the batch: the portal stays unreachable or overloaded after the client's retries.
#[derive(Debug)]
pub struct Stop(pub Error);

fn fatal(e: &Error) -> bool {
    matches!(e.code(), Code::Unreachable | Code::Overloaded)
}

/// A new signed request for a row: the person looked up in ГБД ФЛ, the request filled and
/// signed. Not yet journaled.
fn sign_request(
    backend: &dyn Backend,
    plan: &Plan,
    key: &SigningKey,
    chain: &[Cert],
    c: &Checked,
) -> Result<Jws> {
    let person = backend.person(plan.token()?, &c.iin)?;
    let applicant = serde_json::json!({
        "iin": person.iin,
        "full_name": person.full_name,
        "birth_date": person.birth_date,
        "address": c.row.address.clone().unwrap_or(person.address),
        "phone": c.row.phone,
    });
    let value = serde_json::json!({
        "type": document::REQUEST_TYPE,
        "version": 1,
        "request_uuid": c.uuid,
        "created_at": clock::rfc3339(clock::now()),
        "channel": "provider",
        "applicant": applicant,
        "organization": {"id": c.org.id, "bin": c.org.bin, "name": c.org.name},
        "reason": c.reason,
        "operator": {"iin": plan.operator},
    });
    Document::from_value(&value)?;
    Ok(jws::sign(&value, Kind::Request, key, chain, clock::now()))
}

/// Waits for the decision and reads the result: the result at once when the provider has
/// already decided (the usual case), else the status until it has.
fn decided(backend: &dyn Backend, plan: &Plan, row: &Row, request_id: &str) -> Result<Line> {
    let token = plan.token()?;
    let started = Instant::now();
    let mut pause = Duration::from_millis(20);
    let outcome = loop {
        match backend.result(token, request_id) {
            Ok(outcome) => break outcome,
            Err(e) if e.code() == Code::NotReady => {}
            Err(e) => return Err(e),
        }
        if started.elapsed() > plan.wait_timeout {
            return Err(Error::portal(Code::NotReady, format!("request {request_id} is not decided yet")));
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_secs(2));
    };
    let mut line = Line::of(row, "attached");
    line.request_id = Some(request_id.to_owned());
    match outcome {
        Outcome::Attached { ticket, .. } => {
            let payload = jws::unb64url(&ticket.payload).unwrap_or_default();
            let value: serde_json::Value = serde_json::from_slice(&payload).unwrap_or_default();
            line.ticket_number = value["ticket_number"].as_str().map(str::to_owned);
        }
        Outcome::Refused { refusal, .. } => {
            line.outcome = "refused".into();
            line.refusal = Some(refusal);
        }
    }
    Ok(line)
}

/// Where a row stands once it is checked and its request is at hand.
enum Step {
    /// Its line is known without sending anything.
    Done(Line),
    /// A request to send: journaled by an earlier run, or `fresh` and still to be journaled.
    Send { uuid: String, signed: Jws, fresh: bool },
    /// Submitted by an earlier run; only its decision is still to be read.
    Decide { uuid: String, request_id: String },
}

/// A row checked: its step, or the uuid of the request another row has in hand, which it
/// waits for.
enum Prepared {
    Ready(Step),
    Later(String),
}

/// Checks a row and gets its request at hand: found in the journal, or (once this worker has
/// claimed its `request_uuid`) looked up, filled and signed.
fn prepare(
    backend: &dyn Backend,
    plan: &Plan,
    journal: Option<&Journal>,
    signer: Option<(&SigningKey, &[Cert])>,
    row: &Row,
    claimed: &mut Vec<String>,
) -> Result<Prepared> {
    let c = plan.check(backend, row)?;
    if plan.dry_run {
        return Ok(Prepared::Ready(Step::Done(Line::of(row, "valid"))));
    }
    let (Some(journal), Some((key, chain))) = (journal, signer) else {
        return Err(Error::input("--key", "a batch that submits needs the operator's key and certificate"));
    };
    if !plan.in_flight.claim(&c.uuid) {
        return Ok(Prepared::Later(c.uuid));
    }
    claimed.push(c.uuid.clone());
    let Some(entry) = journal.entry(&c.uuid)? else {
        let signed = sign_request(backend, plan, key, chain, &c)?;
        return Ok(Prepared::Ready(Step::Send { uuid: c.uuid, signed, fresh: true }));
    };
    if let Some(earlier) = entry.outcome {
        let mut line: Line = serde_json::from_value(earlier)
            .map_err(|e| Error::input(journal.path().display().to_string(), e.to_string()))?;
        line.line = row.line;
        if line.outcome != "submitted" || !plan.wait {
            return Ok(Prepared::Ready(Step::Done(line)));
        }
        if let Some(request_id) = line.request_id {
            return Ok(Prepared::Ready(Step::Decide { uuid: c.uuid, request_id }));
        }
    }
    Ok(Prepared::Ready(Step::Send { uuid: c.uuid, signed: entry.signed, fresh: false }))
}

/// Sends a row's journaled request: the receipt's request id, or the row's line when it
/// needs no sending.
fn send(backend: &dyn Backend, plan: &Plan, step: Step) -> Result<Sent> {
    match step {
        Step::Done(line) => Ok(Sent::Done(line)),
        Step::Decide { uuid, request_id } => Ok(Sent::Submitted { uuid, request_id, now: false }),
        Step::Send { uuid, signed, .. } => {
            let receipt = backend.submit(plan.token()?, &signed)?;
            Ok(Sent::Submitted { uuid, request_id: receipt.request_id, now: true })
        }
    }
}

/// Where a row stands once its request is sent.
enum Sent {
    Done(Line),
    /// Registered by the portal (`now`: by this pass, so not yet in the journal).
    Submitted {
        uuid: String,
        request_id: String,
        now: bool,
    },
}

/// Rows, start to end: each checked, (looked up, filled and signed,) then every new signed
/// request journaled durably at once — one disk flush for the lot — then each sent, and with
/// `wait` its result read, and the lines journaled. A row whose request another row has in
/// hand waits for it and reports its outcome. A row's failure is its line. A portal that
/// cannot be reached stops the batch: the rows not finished by then get no line, and are left
/// to the next run.
pub fn process(
    backend: &dyn Backend,
    plan: &Plan,
    journal: Option<&Journal>,
    signer: Option<(&SigningKey, &[Cert])>,
    rows: &[Row],
) -> (Vec<Option<Line>>, Option<Stop>) {
    let mut lines: Vec<Option<Line>> = vec![None; rows.len()];
    let mut todo: Vec<usize> = (0..rows.len()).collect();
    while !todo.is_empty() {
        let mut claims = Claims { in_flight: &plan.in_flight, uuids: Vec::new() };
        let (later, stop) =
            attempt(backend, plan, journal, signer, rows, &todo, &mut lines, &mut claims.uuids);
        drop(claims);
        if let Some(stop) = stop {
            return (lines, Some(stop));
        }
        // Only now, holding nothing, wait for the rows whose requests others have in hand.
        for (_, uuid) in &later {
            plan.in_flight.wait(uuid);
        }
        todo = later.into_iter().map(|(i, _)| i).collect();
    }
    (lines, None)
}

/// One pass of [`process`] over the rows `todo`: the rows left for later (with the uuid they
/// wait for), and what stopped the batch.
#[allow(clippy::too_many_arguments)]
fn attempt(
    backend: &dyn Backend,
    plan: &Plan,
    journal: Option<&Journal>,
    signer: Option<(&SigningKey, &[Cert])>,
    rows: &[Row],
    todo: &[usize],
    lines: &mut [Option<Line>],
    claimed: &mut Vec<String>,
) -> (Vec<(usize, String)>, Option<Stop>) {
    let mut steps = Vec::with_capacity(todo.len());
    let mut later = Vec::new();
    for &i in todo {
        // After Ctrl-C nothing more is signed; what is signed is sent and finished.
        if plan.stopping() {
            break;
        }
        match prepare(backend, plan, journal, signer, &rows[i], claimed) {
            Ok(Prepared::Later(uuid)) => later.push((i, uuid)),
            Ok(Prepared::Ready(step)) => steps.push((i, step)),
            Err(e) if fatal(&e) => return (later, Some(Stop(e))),
            Err(e) => lines[i] = Some(Line::error(&rows[i], &e)),
        }
    }
    let Some(journal) = journal else {
        for (i, step) in steps {
            if let Step::Done(line) = step {
                lines[i] = Some(line);
            }
        }
        return (later, None);
    };
    // Nothing unjournaled is sent: the new requests go to the journal first, all at once.
    let fresh: Vec<(&str, u64, &Jws)> = steps
        .iter()
        .filter_map(|(i, step)| match step {
            Step::Send { uuid, signed, fresh: true } => Some((uuid.as_str(), rows[*i].line, signed)),
            _ => None,
        })
        .collect();
    let held = match journal.record_signed(&fresh) {
        Ok(held) => held,
        Err(e) => return (later, Some(Stop(e))),
    };
    let mut held = held.into_iter();
    for (_, step) in &mut steps {
        if let Step::Send { signed, fresh: true, .. } = step
            && let Some(journaled) = held.next()
        {
            *signed = journaled;
        }
    }
    // Every request first, so that none waits on the others' decisions before it is sent
    // (its signing time would grow old); each receipt is journaled as soon as it is back.
    let mut stop = None;
    let mut sent = Vec::with_capacity(steps.len());
    for (i, step) in steps {
        if stop.is_some() {
            break;
        }
        match send(backend, plan, step) {
            Ok(Sent::Done(line)) => lines[i] = Some(line),
            Ok(Sent::Submitted { uuid, request_id, now }) => {
                let mut line = Line::of(&rows[i], "submitted");
                line.request_id = Some(request_id.clone());
                if now
                    && let Err(e) =
                        journal.record_outcomes(&[(&uuid, &serde_json::to_value(&line).unwrap_or_default())])
                {
                    stop = Some(Stop(e));
                }
                if plan.wait {
                    sent.push((i, uuid, request_id));
                } else {
                    lines[i] = Some(line);
                }
            }
            Err(e) if fatal(&e) => stop = Some(Stop(e)),
            Err(e) => lines[i] = Some(Line::error(&rows[i], &e)),
        }
    }
    // Then the decisions, journaled together.
    let mut outcomes: Vec<(String, serde_json::Value)> = Vec::new();
    for (i, uuid, request_id) in sent {
        if stop.is_some() {
            break;
        }
        match decided(backend, plan, &rows[i], &request_id) {
            Ok(line) => {
                outcomes.push((uuid, serde_json::to_value(&line).unwrap_or_default()));
                lines[i] = Some(line);
            }
            Err(e) if fatal(&e) => stop = Some(Stop(e)),
            Err(e) => lines[i] = Some(Line::error(&rows[i], &e)),
        }
    }
    let outcomes: Vec<(&str, &serde_json::Value)> = outcomes.iter().map(|(u, v)| (u.as_str(), v)).collect();
    if let Err(e) = journal.record_outcomes(&outcomes) {
        stop.get_or_insert(Stop(e));
    }
    (later, stop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_has_one_uuid_whatever_run_it_is_in() {
        let a = request_uuid("750315400123", "900101300453", "MNG-0001", "first_attachment", "spring");
        assert_eq!(a, request_uuid("750315400123", "900101300453", "MNG-0001", "first_attachment", "spring"));
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "8");
        for other in [
            request_uuid("750315400123", "900101300453", "MNG-0002", "first_attachment", "spring"),
            request_uuid("750315400123", "900101300453", "MNG-0001", "free_choice", "spring"),
            request_uuid("750315400123", "900101300453", "MNG-0001", "first_attachment", "autumn"),
            request_uuid("750315400124", "900101300453", "MNG-0001", "first_attachment", "spring"),
        ] {
            assert_ne!(a, other);
        }
    }
}
