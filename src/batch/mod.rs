//! `attach batch`: the provider's path for every row of a CSV file (SPEC section 8). This
//! module holds what a row becomes — its `request_uuid`, derived so that a row submitted
//! twice is one request; the steps look up, fill, sign, journal, submit and wait; and the
//! output row — while `cli::batch` drives the workers, the order and the printing.

pub mod excel;
pub mod input;
pub mod journal;

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::api::{Backend, Org, Outcome, Person, Submitted, not_in_registry};
use crate::clock;
use crate::domain::document::{self, Document, Kind, Reason};
use crate::domain::fields;
use crate::domain::iin::Iin;
use crate::error::{Code, Error, Result};
use crate::pki::cert::Cert;
use crate::pki::jws::{self, Jws};
use crate::pki::keys::SigningKey;
use crate::t;
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

/// A row's IIN as its output line shows it: as written, cut to 32 characters when it is not
/// an IIN at all, so that no line of the output grows with a hostile file.
fn shown_iin(iin: &str) -> String {
    match iin.char_indices().nth(32) {
        Some((end, _)) => format!("{}…", &iin[..end]),
        None => iin.to_owned(),
    }
}

impl Line {
    pub fn error(row: &Row, e: &Error) -> Line {
        Line {
            line: row.line,
            iin: shown_iin(&row.iin),
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
            iin: shown_iin(&row.iin),
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
    crate::pki::uuid_text(&b)
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
    /// The row's phone in E.164.
    pub phone: Option<String>,
    /// For a child: the parent filing for it.
    pub representative: Option<Iin>,
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
        self.token.as_deref().ok_or_else(|| Error::portal(Code::Unauthenticated, t!("batch-not-logged-in")))
    }

    fn org(&self, backend: &dyn Backend, id: &str) -> Result<Org> {
        let cached = self.directory.lock().unwrap_or_else(|p| p.into_inner()).get(id).cloned();
        let found = match cached {
            Some(found) => found,
            None => {
                let found = match backend.org(id) {
                    Ok(org) => Ok(org),
                    Err(e) if fatal(&e) => return Err(e),
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
        if row.iin.chars().count() > 32 {
            // Not echoed whole: an error line holds what a person can read.
            return Err(Error::input("iin", t!("batch-iin-too-long", count = row.iin.len())));
        }
        let today = clock::today();
        let iin = Iin::parse(&row.iin, today).map_err(|reason| {
            excel::damage(&row.iin, today).unwrap_or(Error::InvalidIin { iin: row.iin.clone(), reason })
        })?;
        let org_id = row
            .org
            .clone()
            .or_else(|| self.default_org.clone())
            .or_else(|| self.operator_org.clone())
            .ok_or_else(|| Error::input("org", t!("batch-no-org")))?;
        let reason = match &row.reason {
            Some(text) => parse_reason(text)
                .ok_or_else(|| Error::input("reason", t!("batch-bad-reason", reason = text)))?,
            None => self.default_reason,
        };
        // The rules `request` and the portal apply, so that a dry run finds what they would.
        if let Some(address) = &row.address {
            fields::residence(address).map_err(|why| Error::input("address", why))?;
        }
        let phone =
            row.phone.as_deref().map(fields::phone).transpose().map_err(|why| Error::input("phone", why))?;
        let representative = match row.representative.as_deref() {
            Some(text) => Some(
                Iin::parse(text, clock::today())
                    .map_err(|reason| Error::InvalidIin { iin: text.to_owned(), reason })?,
            ),
            None => None,
        };
        let org_id = fields::org_id(&org_id).map_err(|why| Error::input("org", why))?;
        let org = self.org(backend, &org_id)?;
        if let Some(own) = &self.operator_org
            && *own != org.id
        {
            return Err(Error::portal(Code::Forbidden, t!("batch-other-clinic", own = own, org = &org.id)));
        }
        let reason_name =
            serde_json::to_value(reason).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        let uuid = request_uuid(&self.operator, &iin.to_string(), &org.id, &reason_name, &self.campaign);
        Ok(Checked { row: row.clone(), iin, org, reason, uuid, phone, representative })
    }
}

/// Stops the batch: the portal stays unreachable, overloaded or rate-limiting after the
/// client's retries.
#[derive(Debug)]
pub struct Stop(pub Error);

fn fatal(e: &Error) -> bool {
    matches!(e.code(), Code::Unreachable | Code::Overloaded | Code::TooManyRequests)
}

/// The people of ГБД ФЛ the rows `checked` are for, in order: in one call when the portal
/// offers it, else one by one. A person it does not hold is that row's error.
fn look_up(backend: &dyn Backend, plan: &Plan, checked: &[&Checked]) -> Result<Vec<Result<Person>>> {
    let token = plan.token()?;
    let iins: Vec<Iin> = checked.iter().map(|c| c.iin).collect();
    // A bulk call refused as a whole (one IIN the portal reads otherwise, say) is asked again
    // one by one, so that only the rows at fault fail.
    match backend.people(token, &iins) {
        Ok(Some(found)) => {
            return Ok(found
                .into_iter()
                .zip(&iins)
                .map(|(p, iin)| p.ok_or_else(|| not_in_registry(iin)))
                .collect());
        }
        Err(e) if fatal(&e) => return Err(e),
        Ok(None) | Err(_) => {}
    }
    let people = one_by_one(&iins, |iin| backend.person(token, iin));
    match people.iter().find_map(|p| p.as_ref().err().filter(|e| fatal(e))) {
        Some(e) => Err(copy(e)),
        None => Ok(people),
    }
}

/// A new signed request for a row, filled from its person in ГБД ФЛ. Not yet journaled.
fn sign_request(plan: &Plan, key: &SigningKey, chain: &[Cert], c: &Checked, person: Person) -> Result<Jws> {
    let representative = person.representative(c.representative.as_ref(), clock::today())?;
    let applicant = serde_json::json!({
        "iin": person.iin,
        "full_name": person.full_name,
        "birth_date": person.birth_date,
        "address": c.row.address.clone().unwrap_or(person.address),
        "phone": c.phone,
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
    let mut value = value;
    if let Some(representative) = representative {
        value["representative"] = representative;
    }
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
            return Err(Error::portal(Code::NotReady, t!("batch-not-decided", request = request_id)));
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_secs(2));
    };
    Ok(decision(row, request_id, outcome))
}

/// A row's line once its request is decided.
fn decision(row: &Row, request_id: &str, outcome: Outcome) -> Line {
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
    line
}

/// Where a row stands once it is checked and its request is at hand.
enum Step {
    /// Its line is known without sending anything.
    Done(Line),
    /// A new request, to be filled from ГБД ФЛ and signed.
    Sign(Box<Checked>),
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

/// Checks a row and finds its request: in the journal, or (once this worker has claimed its
/// `request_uuid`) still to be looked up, filled and signed.
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
    let (Some(journal), Some(_)) = (journal, signer) else {
        return Err(Error::input("--key", t!("batch-needs-key")));
    };
    if !plan.in_flight.claim(&c.uuid) {
        return Ok(Prepared::Later(c.uuid));
    }
    claimed.push(c.uuid.clone());
    let Some(entry) = journal.entry(&c.uuid)? else {
        return Ok(Prepared::Ready(Step::Sign(Box::new(c))));
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

/// Rows, start to end: each checked, the new ones looked up (in one call where the portal
/// offers it), filled and signed, then every new signed request journaled durably at once —
/// one disk flush for the lot — then all sent (likewise), and with `wait` each decision read
/// that did not come back with its receipt, and the lines journaled. A row whose request another row has in
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
        // After Ctrl-C no row is taken up; what is signed is sent and finished.
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
    let (Some(journal), Some((key, chain))) = (journal, signer) else {
        for (i, step) in steps {
            if let Step::Done(line) = step {
                lines[i] = Some(line);
            }
        }
        return (later, None);
    };
    if let Err(stop) = sign(backend, plan, key, chain, rows, &mut steps, lines) {
        return (later, Some(stop));
    }
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
    // (its signing time would grow old); the receipts are journaled as soon as they are back.
    let mut undecided = Vec::new();
    let mut sends = Vec::new();
    for (i, step) in steps {
        match step {
            Step::Done(line) => lines[i] = Some(line),
            Step::Decide { uuid, request_id } => undecided.push((i, uuid, request_id)),
            Step::Send { uuid, signed, fresh } => sends.push(Send { i, uuid, signed, earlier: !fresh }),
            Step::Sign(_) => {}
        }
    }
    let signer = Signer { key, chain };
    let mut stop = submit(backend, plan, journal, &signer, rows, sends, lines, &mut undecided).err();
    let mut decisions: Vec<(String, serde_json::Value)> = Vec::new();
    // Then the decisions not already known, journaled together.
    for (i, uuid, request_id) in undecided {
        if stop.is_some() {
            break;
        }
        match decided(backend, plan, &rows[i], &request_id) {
            Ok(line) => {
                decisions.push((uuid, serde_json::to_value(&line).unwrap_or_default()));
                lines[i] = Some(line);
            }
            Err(e) if fatal(&e) => stop = Some(Stop(e)),
            Err(e) => lines[i] = Some(Line::error(&rows[i], &e)),
        }
    }
    let decisions: Vec<(&str, &serde_json::Value)> = decisions.iter().map(|(u, v)| (u.as_str(), v)).collect();
    if let Err(e) = journal.record_outcomes(&decisions) {
        stop.get_or_insert(Stop(e));
    }
    (later, stop)
}

/// Fills and signs the rows' new requests ([`Step::Sign`] becomes [`Step::Send`]), their
/// people looked up together.
fn sign(
    backend: &dyn Backend,
    plan: &Plan,
    key: &SigningKey,
    chain: &[Cert],
    rows: &[Row],
    steps: &mut Vec<(usize, Step)>,
    lines: &mut [Option<Line>],
) -> std::result::Result<(), Stop> {
    let checked: Vec<&Checked> = steps
        .iter()
        .filter_map(|(_, step)| match step {
            Step::Sign(c) => Some(c.as_ref()),
            _ => None,
        })
        .collect();
    if checked.is_empty() {
        return Ok(());
    }
    if plan.stopping() {
        // After Ctrl-C nothing more is signed: these rows are left to the next run.
        steps.retain(|(_, step)| !matches!(step, Step::Sign(_)));
        return Ok(());
    }
    let people = match look_up(backend, plan, &checked) {
        Ok(people) => people,
        Err(e) if fatal(&e) => return Err(Stop(e)),
        Err(e) => checked.iter().map(|_| Err(copy(&e))).collect(),
    };
    let mut people = people.into_iter();
    for (i, step) in std::mem::take(steps) {
        let Step::Sign(c) = step else {
            steps.push((i, step));
            continue;
        };
        let person = people.next().unwrap_or_else(|| Err(not_in_registry(&c.iin)));
        match person.and_then(|person| sign_request(plan, key, chain, &c, person)) {
            Ok(signed) => steps.push((i, Step::Send { uuid: c.uuid, signed, fresh: true })),
            Err(e) => lines[i] = Some(Line::error(&rows[i], &e)),
        }
    }
    Ok(())
}

/// The single calls in place of a bulk one, an item at a time; once the portal cannot be
/// reached, the rest are not tried and share that error.
fn one_by_one<I, T>(items: &[I], call: impl Fn(&I) -> Result<T>) -> Vec<Result<T>> {
    let mut answers: Vec<Result<T>> = Vec::with_capacity(items.len());
    for item in items {
        let answer = match answers.last() {
            Some(Err(e)) if fatal(e) => Err(copy(e)),
            _ => call(item),
        };
        answers.push(answer);
    }
    answers
}

/// The same error again, for each row of a call that failed as a whole.
fn copy(e: &Error) -> Error {
    Error::portal(e.code(), e.to_string())
}

/// The most request bytes one bulk submission carries, under the portal's 64 KiB body limit.
const BULK_BYTES: usize = 56 * 1024;

/// A journaled request to send for row `i`.
struct Send {
    i: usize,
    uuid: String,
    signed: Jws,
    /// Journaled by an earlier run: its signing time may have grown older than the portal's
    /// signing window while the batch was stopped.
    earlier: bool,
}

/// The operator's key and chain, for a request that must be signed again.
struct Signer<'a> {
    key: &'a SigningKey,
    chain: &'a [Cert],
}

/// Sends the rows' journaled requests: in bulk calls when the portal offers them, else one by
/// one. Each receipt is journaled, or with `wait` the decision that came back with it; with
/// `wait` a request still undecided goes to `undecided`. A request of an earlier run that the
/// portal refuses as `stale_signing_time` never reached it (a request it registered is answered
/// with its receipt, however old): it is signed again with a fresh signing time — the same
/// `request_uuid` and payload bytes, so still one request — journaled, and sent once more.
#[allow(clippy::too_many_arguments)]
fn submit(
    backend: &dyn Backend,
    plan: &Plan,
    journal: &Journal,
    signer: &Signer,
    rows: &[Row],
    sends: Vec<Send>,
    lines: &mut [Option<Line>],
    undecided: &mut Vec<(usize, String, String)>,
) -> std::result::Result<(), Stop> {
    let token = plan.token().map_err(Stop)?;
    let mut stale = Vec::new();
    let mut rest = &sends[..];
    while !rest.is_empty() {
        let mut n = 0;
        let mut bytes = 0;
        while n < rest.len() && n < crate::api::BULK_MAX {
            let signed = &rest[n].signed;
            bytes += signed.protected.len() + signed.payload.len() + signed.signature.len() + 64;
            if n > 0 && bytes > BULK_BYTES {
                break;
            }
            n += 1;
        }
        let (part, after) = rest.split_at(n);
        rest = after;
        let signed: Vec<&Jws> = part.iter().map(|send| &send.signed).collect();
        let answers = match backend.submit_all(token, &signed) {
            Ok(Some(answers)) => answers,
            Err(e) if fatal(&e) => part.iter().map(|_| Err(copy(&e))).collect(),
            // Without bulk calls, or with one refused as a whole (a smaller body limit, say):
            // one by one, so that only the rows at fault fail.
            Ok(None) | Err(_) => one_by_one(part, |send| {
                backend.submit(token, &send.signed).map(|receipt| Submitted { receipt, outcome: None })
            }),
        };
        let mut receipts: Vec<(&str, serde_json::Value)> = Vec::new();
        let mut stop = None;
        for (send, answer) in part.iter().zip(answers) {
            let (i, uuid) = (send.i, &send.uuid);
            match answer {
                Ok(Submitted { receipt, outcome }) => {
                    let undecided_yet = plan.wait && outcome.is_none();
                    let line = match outcome {
                        // Decided already: the decision is journaled in place of the receipt.
                        Some(outcome) if plan.wait => decision(&rows[i], &receipt.request_id, outcome),
                        _ => {
                            let mut line = Line::of(&rows[i], "submitted");
                            line.request_id = Some(receipt.request_id.clone());
                            line
                        }
                    };
                    receipts.push((uuid, serde_json::to_value(&line).unwrap_or_default()));
                    if undecided_yet {
                        undecided.push((i, uuid.clone(), receipt.request_id));
                    } else {
                        lines[i] = Some(line);
                    }
                }
                Err(e) if fatal(&e) => {
                    stop.get_or_insert(Stop(e));
                }
                Err(e) if e.code() == Code::StaleSigningTime && send.earlier => stale.push(send),
                Err(e) => lines[i] = Some(Line::error(&rows[i], &e)),
            }
        }
        let receipts: Vec<(&str, &serde_json::Value)> = receipts.iter().map(|(u, v)| (*u, v)).collect();
        journal.record_outcomes(&receipts).map_err(Stop)?;
        if let Some(stop) = stop {
            return Err(stop);
        }
    }
    if stale.is_empty() {
        return Ok(());
    }
    let (now, x5c) = (clock::now(), jws::x5c(signer.chain));
    let again: Vec<Send> = stale
        .into_iter()
        .map(|send| Send {
            i: send.i,
            uuid: send.uuid.clone(),
            signed: jws::sign_payload(
                send.signed.payload.clone(),
                Kind::Request,
                signer.key,
                x5c.clone(),
                now,
            ),
            // Signed this moment: a second refusal is the row's error, not another round.
            earlier: false,
        })
        .collect();
    let journaled: Vec<(&str, &Jws)> = again.iter().map(|send| (send.uuid.as_str(), &send.signed)).collect();
    journal.record_signed_again(&journaled).map_err(Stop)?;
    submit(backend, plan, journal, signer, rows, again, lines, undecided)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{
        Challenge, Me, NewSession, OrgFilter, OtpSent, Page, Receipt, Registered, Registration,
        RequestFilter, Status, TestIdentity, TicketRecord,
    };
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A portal that refuses every bulk call as a whole and answers the single ones: a person
    /// for every IIN but [`ABSENT`], a receipt for every request. It counts the single calls.
    #[derive(Default)]
    struct RefusesBulkCalls {
        singles: AtomicUsize,
    }

    const ABSENT: &str = "000101500001";

    impl Backend for RefusesBulkCalls {
        fn name(&self) -> String {
            "test".into()
        }
        fn challenge(&self) -> Result<Challenge> {
            unreachable!()
        }
        fn send_otp(&self, _: &Iin) -> Result<OtpSent> {
            unreachable!()
        }
        fn register(&self, _: &Registration) -> Result<Registered> {
            unreachable!()
        }
        fn login(&self, _: &Iin, _: &str) -> Result<NewSession> {
            unreachable!()
        }
        fn logout(&self, _: &str) -> Result<()> {
            unreachable!()
        }
        fn me(&self, _: &str) -> Result<Me> {
            unreachable!()
        }
        fn orgs(&self, _: &OrgFilter) -> Result<Vec<Org>> {
            unreachable!()
        }
        fn org(&self, _: &str) -> Result<Org> {
            unreachable!()
        }
        fn person(&self, _: &str, iin: &Iin) -> Result<Person> {
            self.singles.fetch_add(1, Ordering::SeqCst);
            if iin.to_string() == ABSENT {
                return Err(not_in_registry(iin));
            }
            Ok(Person {
                iin: iin.to_string(),
                full_name: "Test Person".into(),
                birth_date: "1990-01-01".into(),
                sex: "male".into(),
                region: "Актау".into(),
                address: "Актау".into(),
                deceased: false,
                attachment: None,
                parents: Vec::new(),
            })
        }
        fn submit(&self, _: &str, signed: &Jws) -> Result<Receipt> {
            let n = self.singles.fetch_add(1, Ordering::SeqCst);
            Ok(Receipt {
                request_id: format!("R-{n:06}"),
                request_uuid: signed.signature.clone(),
                registration_number: String::new(),
                iin: String::new(),
                service: crate::api::SERVICE.into(),
                status: "registered".into(),
                submitted_at: String::new(),
                deadline: String::new(),
            })
        }
        fn people(&self, _: &str, _: &[Iin]) -> Result<Option<Vec<Option<Person>>>> {
            Err(Error::portal(Code::InvalidIin, "an IIN the portal reads otherwise"))
        }
        fn submit_all(&self, _: &str, _: &[&Jws]) -> Result<Option<Vec<Result<Submitted>>>> {
            Err(Error::portal(Code::PayloadTooLarge, "a smaller body limit"))
        }
        fn requests(&self, _: &str, _: &RequestFilter, _: usize, _: Option<&str>) -> Result<Page<Status>> {
            unreachable!()
        }
        fn status(&self, _: &str, _: &str) -> Result<Status> {
            unreachable!()
        }
        fn result(&self, _: &str, _: &str) -> Result<Outcome> {
            unreachable!()
        }
        fn ticket(&self, _: &str) -> Result<TicketRecord> {
            unreachable!()
        }
        fn ca_pem(&self) -> Result<String> {
            unreachable!()
        }
        fn crl_der(&self) -> Result<Vec<u8>> {
            unreachable!()
        }
        fn test_identity(&self) -> Result<Option<TestIdentity>> {
            unreachable!()
        }
    }

    fn plan() -> Plan {
        Plan {
            operator: "750315400123".into(),
            operator_org: Some("MNG-0001".into()),
            default_org: None,
            default_reason: Reason::FirstAttachment,
            campaign: "test".into(),
            wait: false,
            wait_timeout: Duration::from_secs(1),
            dry_run: false,
            token: Some("token".into()),
            directory: Mutex::default(),
            in_flight: InFlight::default(),
            interrupted: std::sync::Arc::default(),
            stopping: std::sync::atomic::AtomicBool::default(),
        }
    }

    fn row(line: u64, iin: &str) -> Row {
        Row { line, iin: iin.into(), ..Row::default() }
    }

    /// A bulk call refused as a whole is made again one row at a time, so that only the rows
    /// at fault fail: the lookups, and the submissions.
    #[test]
    fn a_bulk_call_refused_whole_is_made_again_row_by_row() {
        let portal = RefusesBulkCalls::default();
        let plan = plan();
        let org = Org {
            id: "MNG-0001".into(),
            bin: "000000000000".into(),
            name: "Clinic".into(),
            region: "Актау".into(),
            address: "Актау".into(),
            capacity: 1,
            attached: 0,
            open: true,
        };
        let today = clock::today();
        let checked: Vec<Checked> = ["900101300453", ABSENT, "850808310738"]
            .iter()
            .enumerate()
            .map(|(i, iin)| Checked {
                row: row(i as u64 + 2, iin),
                iin: Iin::parse(iin, today).expect("a valid IIN"),
                org: org.clone(),
                reason: Reason::FirstAttachment,
                uuid: format!("uuid-{i}"),
                phone: None,
                representative: None,
            })
            .collect();
        let people = look_up(&portal, &plan, &checked.iter().collect::<Vec<_>>()).expect("looked up");
        assert_eq!(portal.singles.load(Ordering::SeqCst), 3);
        assert_eq!(people[0].as_ref().map(|p| p.iin.as_str()).ok(), Some("900101300453"));
        assert_eq!(people[1].as_ref().map_err(Error::code).err(), Some(Code::PersonNotFound));
        assert_eq!(people[2].as_ref().map(|p| p.iin.as_str()).ok(), Some("850808310738"));

        let dir = std::env::temp_dir().join(format!("attach-batch-fallback-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a scratch directory");
        let journal = Journal::open(&dir.join("j.journal")).expect("a journal");
        let rows: Vec<Row> = (0..3).map(|i| row(i + 2, "900101300453")).collect();
        let sends: Vec<Send> = (0..3)
            .map(|i| {
                let signed = Jws { protected: "p".into(), payload: "q".into(), signature: format!("s{i}") };
                Send { i, uuid: format!("uuid-{i}"), signed, earlier: false }
            })
            .collect();
        let mut lines: Vec<Option<Line>> = vec![None; 3];
        let mut undecided = Vec::new();
        let pkcs8 =
            ring::signature::Ed25519KeyPair::generate_pkcs8(&ring::rand::SystemRandom::new()).expect("a key");
        let key = SigningKey::from_der(pkcs8.as_ref()).expect("an Ed25519 key");
        let signer = Signer { key: &key, chain: &[] };
        submit(&portal, &plan, &journal, &signer, &rows, sends, &mut lines, &mut undecided).expect("sent");
        assert_eq!(portal.singles.load(Ordering::SeqCst), 6);
        for (i, line) in lines.iter().enumerate() {
            let line = line.as_ref().expect("a line");
            assert_eq!((line.line, line.outcome.as_str()), (i as u64 + 2, "submitted"));
        }
        assert!(undecided.is_empty());
        let _ = std::fs::remove_dir_all(&dir);
    }

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
