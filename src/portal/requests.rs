//! The life of a request inside the portal: the portal (ПЭП) checks the signature and the
//! signer (condition 2) and sends the request through the gateway (ШЭП); the provider's
//! workstation (АРМ) registers it (process 6), decides when its processing delay has passed
//! (condition 3, process 7) and issues the ticket signed by the clinic's head (process 8).

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use time::OffsetDateTime;

use super::Cached;
use super::accounts::{self, Session};
use super::registry;
use super::store::{Caches, GroupedWrite, Signer, Store};
use super::{audit_in, db, nca};
use crate::api::{Outcome, Receipt, Role, SERVICE, Status, Submitted, TicketRecord};
use crate::clock;
use crate::domain::deadline::{self, Calendar};
use crate::domain::decision::{self, Facts, Refusal, RefusalCode};
use crate::domain::document::{Channel, Document, Kind, Reason, Ticket};
use crate::error::{Code, Error, Result};
use crate::pki::cert::Cert;
use crate::pki::jws::{self, Jws, sha256_hex};
use crate::pki::keys::SigningKey;
use crate::pki::verify::{self, At, Policy};

/// The file in the home that adds to or overrides the built-in calendar of holidays.
pub const CALENDAR_FILE: &str = "calendar.json";

fn calendar(store: &mut Store) -> Result<Calendar> {
    // Re-read now and then: a long-lived server notices a changed override file.
    if let Some((read, calendar)) = &store.caches.calendar
        && read.elapsed() < std::time::Duration::from_secs(60)
    {
        return Ok(calendar.clone());
    }
    let builtin = Calendar::builtin();
    let calendar = match store.path().parent().map(|home| home.join(CALENDAR_FILE)) {
        None => builtin,
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(text) => builtin
                .with_overrides(&text)
                .map_err(|e| Error::input(path.display().to_string(), e.to_string()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => builtin,
            Err(source) => return Err(Error::ReadInput { path, source }),
        },
    };
    store.caches.calendar = Some((std::time::Instant::now(), calendar.clone()));
    Ok(calendar)
}

/// Who may submit for whom, decided before the signature is looked at: only operators
/// submit for another person (the provider channel), and only for their own clinic. The
/// payload is read unverified here, which can only lead to a refusal; acceptance still needs
/// every check of the verifier.
fn authorize_channel(session: &Session, claimed: &Claimed) -> Result<()> {
    let Some(value) = &claimed.value else { return Ok(()) };
    if value.get("channel").and_then(|c| c.as_str()) != Some("provider") {
        return Ok(());
    }
    if session.role != Role::Operator {
        return Err(Error::portal(Code::Forbidden, crate::t!("portal-operator-only")));
    }
    let org = value.pointer("/organization/id").and_then(|o| o.as_str()).unwrap_or("");
    if !session.org.as_deref().is_some_and(|own| own.eq_ignore_ascii_case(org)) {
        return Err(Error::portal(Code::Forbidden, other_clinic(session.org.as_deref(), org)));
    }
    Ok(())
}

/// Condition 2: every check of the verifier with the portal's trust, at the time of
/// submission, `sigT` near the portal's clock, and the signer fitting the session.
///
/// `trust` is the portal's trust as read for this call's first request that needed it: the
/// requests of one call are checked against one revocation state, the state when they
/// arrived, as a single request is; the next call reads it again.
fn check_submission(
    store: &mut Store,
    session: &Session,
    jws: &Jws,
    claimed: &Claimed,
    trust: &mut Option<nca::TrustCache>,
    signing_window: time::Duration,
) -> Result<(crate::domain::document::Request, Vec<u8>)> {
    authorize_channel(session, claimed)?;
    let trust = match trust {
        Some(trust) => trust,
        None => trust.insert(nca::verifier_trust(store)?),
    };
    let policy = Policy {
        roots: Some(std::slice::from_ref(&trust.root)),
        crls: Some(Ok(std::slice::from_ref(&trust.crl))),
        // At the moment the request reaches the portal: a certificate revoked (or expired)
        // after the claimed signing time is refused, since sigT is only the signer's claim.
        at: At::Now,
        now: clock::now(),
        expect: Some(Kind::Request),
        signing_window: Some(signing_window),
    };
    let report = verify::verify(jws, &policy);
    report.refusal()?;
    let Some(Document::Request(request)) = report.parsed else {
        return Err(Error::document("request", crate::t!("portal-not-a-request")));
    };
    let signer_iin = report.signer.as_ref().and_then(|c| c.subject.iin.clone()).unwrap_or_default();
    // A child's representative must be a parent ГБД ФЛ links to the child, whoever files.
    if let Some(representative) = &request.representative {
        let parents = registry::parents_of(store.conn(), &request.applicant.iin.to_string())?;
        if !parents
            .iter()
            .any(|p| p.iin == representative.iin.to_string() && p.relation == representative.relation)
        {
            return Err(Error::Refused {
                check: "signer",
                code: Code::SignerMismatch,
                detail: crate::t!(
                    "portal-not-the-parent",
                    parent = representative.iin.to_string(),
                    relation = crate::t!("relation", relation = representative.relation.as_str()),
                    child = request.applicant.iin.to_string()
                ),
            });
        }
    }
    match (request.channel, session.role) {
        (Channel::Portal, _) => {
            // The person asking: the applicant, or the parent asking for a child.
            let asking = request.representative.as_ref().map_or(request.applicant.iin, |r| r.iin);
            if asking.to_string() != session.iin || signer_iin != session.iin {
                return Err(Error::Refused {
                    check: "signer",
                    code: Code::SignerMismatch,
                    detail: crate::t!(
                        "portal-signer-not-you",
                        asking = asking.to_string(),
                        signer = &signer_iin,
                        me = &session.iin
                    ),
                });
            }
        }
        (Channel::Provider, Role::Citizen) => {
            return Err(Error::portal(Code::Forbidden, crate::t!("portal-operator-only")));
        }
        (Channel::Provider, Role::Operator) => {
            let operator = request.operator.as_ref().map(|o| o.iin.to_string()).unwrap_or_default();
            if operator != session.iin || signer_iin != session.iin {
                return Err(Error::portal(
                    Code::Forbidden,
                    crate::t!(
                        "portal-operator-not-you",
                        operator = &operator,
                        signer = &signer_iin,
                        me = &session.iin
                    ),
                ));
            }
            if session.org.as_deref() != Some(request.organization.id.as_str()) {
                return Err(Error::portal(
                    Code::Forbidden,
                    other_clinic(session.org.as_deref(), &request.organization.id),
                ));
            }
        }
    }
    let payload = claimed
        .payload
        .clone()
        .ok_or_else(|| Error::document("request", crate::t!("portal-payload-not-base64url")))?;
    Ok((request, payload))
}

/// Why an operator of `mine` (or of no clinic) cannot submit for `org`.
fn other_clinic(mine: Option<&str>, org: &str) -> String {
    match mine {
        Some(mine) => crate::t!("request-other-clinic", mine = mine, org = org),
        None => crate::t!("request-no-clinic", org = org),
    }
}

/// What a submitted request claims before its signature is checked: its payload decoded and
/// read as JSON, when it can be. Read once for the checks made ahead of the verifier's.
struct Claimed {
    payload: Option<Vec<u8>>,
    value: Option<serde_json::Value>,
}

impl Claimed {
    fn of(jws: &Jws) -> Claimed {
        let payload = jws::unb64url(&jws.payload);
        let value = payload.as_deref().and_then(|p| serde_json::from_slice(p).ok());
        Claimed { payload, value }
    }
}

fn authenticate(store: &mut Store, token: &str) -> Result<Session> {
    accounts::authenticate(store, token)
}

fn random_hex(bytes: usize) -> Result<String> {
    use ring::rand::SecureRandom;
    let mut buf = vec![0u8; bytes];
    ring::rand::SystemRandom::new()
        .fill(&mut buf)
        .map_err(|_| Error::Authority(crate::t!("random-failed")))?;
    Ok(crate::pki::hex(&buf))
}

const RECEIPT_COLUMNS: &str =
    "request_id, request_uuid, registration_number, iin, status, submitted_at, deadline, payload_sha256";

/// Submits a signed request (processes 4–6). Idempotent: the same `request_uuid` with the same
/// payload returns the original receipt; with another payload, `duplicate_request`.
pub fn submit(store: &mut Store, token: &str, signed: &Jws) -> Result<Receipt> {
    let session = authenticate(store, token)?;
    submit_each(store, &session, std::slice::from_ref(signed))?
        .pop()
        .unwrap_or_else(|| Err(Error::Authority("a submission got no answer".into())))
        .map(|submitted| submitted.receipt)
}

/// Several signed requests of one session at once (`POST /v1/batch/requests`): each answered
/// as [`submit`] answers it, all registered in one durable commit, each with its outcome when
/// the provider has decided by then (at once, when its processing delay is zero).
pub fn submit_all(store: &mut Store, token: &str, signed: &[Jws]) -> Result<Vec<Result<Submitted>>> {
    let session = authenticate(store, token)?;
    let answers = submit_each(store, &session, signed)?;
    // A request registered before (sent again) is looked up; a new one came with its own.
    // What goes wrong here is that request's answer alone: the others are registered.
    let conn = store.conn();
    Ok(answers
        .into_iter()
        .map(|answer| {
            let submitted = answer?;
            if submitted.outcome.is_some() {
                return Ok(submitted);
            }
            let status = visible(conn, &session, &submitted.receipt.request_id)?;
            Ok(Submitted { outcome: outcome(conn, &status)?, ..submitted })
        })
        .collect())
}

/// The submissions of one session: each checked on its own, the new ones registered together
/// (one durable commit, a savepoint each), the answers in order. The refusals are logged
/// together, in one more commit.
fn submit_each(store: &mut Store, session: &Session, signed: &[Jws]) -> Result<Vec<Result<Submitted>>> {
    let settings = super::settings::current(store)?;
    let calendar = calendar(store)?;
    let mut answers: Vec<Option<Result<Submitted>>> = signed.iter().map(|_| None).collect();
    let mut writes = Vec::new();
    let mut waiting = Vec::new();
    let mut refusals: Vec<(Option<String>, Code)> = Vec::new();
    let mut trust = None;
    for (i, jws) in signed.iter().enumerate() {
        match admit(store, session, jws, &settings, &calendar, &mut trust) {
            Ok(Admitted::Known(receipt)) => answers[i] = Some(Ok(Submitted { receipt, outcome: None })),
            Ok(Admitted::New { uuid, write }) => {
                writes.push(write);
                waiting.push((i, uuid));
            }
            Err(e) => {
                refusals.push((None, e.code()));
                answers[i] = Some(Err(e));
            }
        }
    }
    for ((i, uuid), written) in waiting.into_iter().zip(store.write_grouped_each(writes)) {
        if let Err(e) = &written {
            // Logged outside the write, whose savepoint undid everything it wrote.
            refusals.push((Some(uuid), e.code()));
        }
        answers[i] = Some(written);
    }
    if !refusals.is_empty() {
        store.write(|tx| {
            refusals.iter().try_for_each(|(subject, code)| {
                audit_in(tx, Some(&session.iin), "submit", subject.as_deref(), code.as_str())
            })
        })?;
    }
    if !settings.processing_delay.is_zero() {
        process_due(store)?;
    }
    Ok(answers
        .into_iter()
        .map(|a| a.unwrap_or_else(|| Err(Error::Authority("a submission got no answer".into()))))
        .collect())
}

/// A submission past its checks: registered before (answered with its receipt), or new, with
/// the write that registers it.
enum Admitted {
    Known(Receipt),
    New { uuid: String, write: GroupedWrite<Submitted> },
}

/// Condition 2 for one signed request, and the write that registers it.
fn admit(
    store: &mut Store,
    session: &Session,
    signed: &Jws,
    settings: &super::settings::Settings,
    calendar: &Calendar,
    trust: &mut Option<nca::TrustCache>,
) -> Result<Admitted> {
    // A request sent again (a retry, a batch re-run) is answered before the checks of the
    // moment: it passed them when it arrived, and its signing time has grown old since.
    let claimed = Claimed::of(signed);
    if let Some(receipt) = known_receipt(store, session, &claimed)? {
        return Ok(Admitted::Known(receipt));
    }
    let (request, payload) =
        check_submission(store, session, signed, &claimed, trust, settings.signing_window)?;
    let sha = sha256_hex(&payload);
    let gateway_message = format!("SHEP-{}", random_hex(8)?);
    let (protected, unprotected) = (signed.protected.clone(), signed.unprotected_json());
    let (actor, delay, calendar) = (session.iin.clone(), settings.processing_delay, calendar.clone());
    let uuid = request.request_uuid.clone();
    let write: GroupedWrite<Submitted> = Box::new(move |tx, caches| {
        let known = tx
            .row_cached(
                &format!("SELECT {RECEIPT_COLUMNS} FROM requests WHERE request_uuid = ?1"),
                [&request.request_uuid],
                |r| Ok((receipt_row(r)?, r.get::<_, String>(7)?)),
            )
            .optional()
            .map_err(db)?;
        if let Some((receipt, known_sha)) = known {
            if known_sha == sha {
                return Ok(Submitted { receipt, outcome: None });
            }
            return Err(Error::portal(
                Code::DuplicateRequest,
                crate::t!("portal-duplicate-request", uuid = request.request_uuid.to_string()),
            ));
        }
        let seq: i64 =
            tx.row_cached("SELECT coalesce(max(seq), 0) + 1 FROM requests", [], |r| r.get(0)).map_err(db)?;
        let now = clock::now();
        let local = now.to_offset(clock::AQTAU);
        let request_id = format!("R-{seq:06}");
        let registration_number = format!(
            "{}-{:04}{:02}{:02}-{seq:06}",
            request.organization.id,
            local.year(),
            u8::from(local.month()),
            local.day()
        );
        let deadline = deadline::deadline(now, &calendar);
        let decide_after = now + delay;
        // Decided at once when the provider takes no time, in the same durable commit as the
        // registration: the request's row is written once, decided.
        let decided = if delay.is_zero() {
            let submission =
                Registering { request: &request, seq, registration_number: &registration_number };
            judge(tx, caches, &request_id, Some(submission))?
        } else {
            None
        };
        let columns = decided.as_ref().map(|d| &d.columns);
        let header = jws_header(tx, caches, &protected)?;
        tx.exec_cached(
            "INSERT INTO requests (seq, request_id, request_uuid, payload_sha256, jws, iin, org_id, channel,
                 operator_iin, reason, status, gateway_message, registration_number, submitted_at,
                 registered_at, decide_after, deadline, updated_at, representative_iin, decided_at,
                 refusal_code, refusal_facts, ticket_number, jws_header)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?15, ?16,
                 coalesce(?18, ?14), ?17, ?18, ?19, ?20, ?21, ?22)",
            params![
                seq,
                request_id,
                request.request_uuid,
                sha,
                unprotected,
                request.applicant.iin.to_string(),
                request.organization.id,
                channel_name(request.channel),
                request.operator.as_ref().map(|o| o.iin.to_string()),
                reason_name(request.reason),
                columns.map_or("registered", |c| c.status),
                gateway_message,
                registration_number,
                clock::rfc3339(now),
                clock::rfc3339(decide_after),
                clock::rfc3339(deadline),
                request.representative.as_ref().map(|r| r.iin.to_string()),
                columns.map(|c| &c.decided_at),
                columns.and_then(|c| c.refusal_code),
                columns.and_then(|c| c.refusal_facts.as_deref()),
                columns.and_then(|c| c.ticket_number.as_deref()),
                header,
            ],
        )
        .map_err(db)?;
        audit_in(tx, Some(&actor), "submit", Some(&request_id), "registered")?;
        let outcome = decided.map(|decided| record(tx, caches, &request_id, decided, false)).transpose()?;
        let receipt = Receipt {
            request_id,
            request_uuid: request.request_uuid.clone(),
            registration_number,
            iin: request.applicant.iin.to_string(),
            service: SERVICE.to_owned(),
            status: "registered".to_owned(),
            submitted_at: clock::rfc3339(now),
            deadline: clock::rfc3339(deadline),
        };
        Ok(Submitted { receipt, outcome })
    });
    Ok(Admitted::New { uuid, write })
}

/// The receipt of a registered request whose payload is byte for byte `signed`'s, when the
/// session may see it.
fn known_receipt(store: &Store, session: &Session, claimed: &Claimed) -> Result<Option<Receipt>> {
    let (Some(payload), Some(value)) = (&claimed.payload, &claimed.value) else { return Ok(None) };
    let Some(uuid) = value.get("request_uuid").and_then(|u| u.as_str()) else { return Ok(None) };
    let known = store
        .conn()
        .row_cached(
            &format!(
                "SELECT {RECEIPT_COLUMNS}, org_id, representative_iin FROM requests WHERE request_uuid = ?1"
            ),
            [uuid],
            |r| {
                let whose = Whose { iin: r.get(3)?, representative: r.get(9)?, org: r.get(8)? };
                Ok((receipt_row(r)?, r.get::<_, String>(7)?, whose))
            },
        )
        .optional()
        .map_err(db)?;
    let Some((receipt, sha, whose)) = known else { return Ok(None) };
    Ok((may_see(session, &whose) && sha == sha256_hex(payload)).then_some(receipt))
}

/// Whose a request is: its applicant, the parent who asked for a child, its clinic.
struct Whose {
    iin: String,
    representative: Option<String>,
    org: String,
}

/// Whether the session may see a request: its applicant, the parent who asked for it, and
/// the operators of its clinic.
fn may_see(session: &Session, whose: &Whose) -> bool {
    let (iin, org) = (whose.iin.as_str(), whose.org.as_str());
    match session.role {
        Role::Citizen => iin == session.iin || whose.representative.as_deref() == Some(session.iin.as_str()),
        Role::Operator => session.org.as_deref() == Some(org),
    }
}

fn receipt_row(r: &rusqlite::Row) -> rusqlite::Result<Receipt> {
    Ok(Receipt {
        request_id: r.get(0)?,
        request_uuid: r.get(1)?,
        registration_number: r.get(2)?,
        iin: r.get(3)?,
        service: SERVICE.to_owned(),
        // A receipt records the registration; the decision is the status's business.
        status: "registered".to_owned(),
        submitted_at: r.get(5)?,
        deadline: r.get(6)?,
    })
}

pub fn channel_name(channel: Channel) -> &'static str {
    match channel {
        Channel::Portal => "portal",
        Channel::Provider => "provider",
    }
}

pub fn reason_name(reason: Reason) -> &'static str {
    match reason {
        Reason::FirstAttachment => "first_attachment",
        Reason::FreeChoice => "free_choice",
        Reason::ChangeOfResidence => "change_of_residence",
        Reason::OrgClosed => "org_closed",
    }
}

const STATUS_COLUMNS: &str = "request_id, registration_number, iin, status, submitted_at, updated_at, deadline, org_id, representative_iin";

fn status_row(r: &rusqlite::Row) -> rusqlite::Result<Status> {
    Ok(Status {
        request_id: r.get(0)?,
        registration_number: r.get(1)?,
        iin: r.get(2)?,
        service: SERVICE.to_owned(),
        status: r.get(3)?,
        submitted_at: r.get(4)?,
        updated_at: r.get(5)?,
        deadline: r.get(6)?,
    })
}

/// A request the session may see: its applicant's, or its clinic's operators'. Anyone
/// else is told it does not exist.
fn visible(conn: &Connection, session: &Session, request_id: &str) -> Result<Status> {
    let row = conn
        .row_cached(
            &format!("SELECT {STATUS_COLUMNS} FROM requests WHERE request_id = ?1"),
            [request_id],
            |r| Ok((status_row(r)?, Whose { iin: r.get(2)?, org: r.get(7)?, representative: r.get(8)? })),
        )
        .optional()
        .map_err(db)?;
    let not_found =
        || Error::NotFound { what: "thing-request", key: request_id.to_owned(), code: Code::NotFound };
    let Some((status, whose)) = row else { return Err(not_found()) };
    if may_see(session, &whose) { Ok(status) } else { Err(not_found()) }
}

pub fn status(store: &mut Store, token: &str, request_id: &str) -> Result<Status> {
    let session = authenticate(store, token)?;
    process_due(store)?;
    visible(store.conn(), &session, request_id)
}

/// The session's requests (an operator's: the clinic's), newest first.
/// The most requests one page of a list holds.
pub const MAX_PAGE: usize = 1000;

/// The session's requests (a citizen's own and those asked for the children; an operator's
/// clinic's) that `filter` lets through, newest first: one page of at most `limit` (up to
/// [`MAX_PAGE`]), after `cursor`. The cursor is the position of the page's last request, so
/// that a page is read from the index, however far into the list, and requests submitted
/// meanwhile neither repeat nor shift a later page.
pub fn list(
    store: &mut Store,
    token: &str,
    filter: &crate::api::RequestFilter,
    limit: usize,
    cursor: Option<&str>,
) -> Result<crate::api::Page<Status>> {
    use rusqlite::types::Value;
    let session = authenticate(store, token)?;
    process_due(store)?;
    let (mut clauses, mut values): (Vec<String>, Vec<Value>) = match session.role {
        Role::Citizen => (
            vec!["(iin = ? OR representative_iin = ?)".into()],
            vec![Value::Text(session.iin.clone()), Value::Text(session.iin.clone())],
        ),
        Role::Operator => {
            let own = session.org.clone().unwrap_or_default();
            if let Some(org) = filter.org.as_deref().filter(|o| !o.eq_ignore_ascii_case(&own)) {
                return Err(Error::portal(
                    Code::Forbidden,
                    crate::t!("list-other-clinic", own = &own, org = org),
                ));
            }
            (vec!["org_id = ?".into()], vec![Value::Text(own)])
        }
    };
    if let Some(state) = &filter.state {
        if !crate::api::REQUEST_STATES.contains(&state.as_str()) {
            return Err(Error::input("state", crate::t!("list-bad-state", state = state)));
        }
        clauses.push("status = ?".into());
        values.push(Value::Text(state.clone()));
    }
    if let Some(since) = &filter.since {
        let at = clock::parse_rfc3339(since)
            .ok_or_else(|| Error::input("since", crate::t!("list-bad-since", since = since)))?;
        clauses.push("submitted_at >= ?".into());
        values.push(Value::Text(clock::rfc3339(at)));
    }
    if let Some(iin) = &filter.iin {
        clauses.push("iin = ?".into());
        values.push(Value::Text(iin.clone()));
    }
    if let Some(org) = &filter.org {
        clauses.push("org_id = ?".into());
        values.push(Value::Text(org.to_uppercase()));
    }
    if let Some(cursor) = cursor {
        let after: i64 = cursor
            .parse()
            .map_err(|_| Error::input("cursor", crate::t!("list-bad-cursor", cursor = cursor)))?;
        clauses.push("seq < ?".into());
        values.push(Value::Integer(after));
    }
    let limit = limit.clamp(1, MAX_PAGE);
    // One more than the page, to know whether another follows.
    values.push(Value::Integer(limit as i64 + 1));
    let sql = format!(
        "SELECT {STATUS_COLUMNS}, seq FROM requests WHERE {} ORDER BY seq DESC LIMIT ?",
        clauses.join(" AND ")
    );
    let mut stmt = store.conn().prepare_cached(&sql).map_err(db)?;
    let mut rows = stmt
        .query_map(rusqlite::params_from_iter(values), |r| Ok((status_row(r)?, r.get::<_, i64>(9)?)))
        .map_err(db)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(db)?;
    let more = rows.len() > limit;
    rows.truncate(limit);
    let next_cursor = if more { rows.last().map(|(_, seq)| seq.to_string()) } else { None };
    Ok(crate::api::Page { items: rows.into_iter().map(|(s, _)| s).collect(), next_cursor })
}

pub fn result(store: &mut Store, token: &str, request_id: &str) -> Result<Outcome> {
    let session = authenticate(store, token)?;
    process_due(store)?;
    let status = visible(store.conn(), &session, request_id)?;
    outcome(store.conn(), &status)?.ok_or_else(|| {
        Error::portal(
            Code::NotReady,
            crate::t!(
                "portal-not-ready",
                request = request_id,
                status = status.status.as_str(),
                deadline = clock::parse_rfc3339(&status.deadline)
                    .map_or_else(|| status.deadline.clone(), clock::human)
            ),
        )
    })
}

/// A request's outcome, once the provider has decided.
fn outcome(conn: &Connection, status: &Status) -> Result<Option<Outcome>> {
    let request_id = &status.request_id;
    let (code, facts, message, ticket): (Option<String>, Option<String>, Option<String>, Option<String>) =
        conn.row_cached(
            &format!(
                "SELECT r.refusal_code, r.refusal_facts, r.refusal_message, {} FROM requests r
                 LEFT JOIN tickets t ON t.request_id = r.request_id
                 LEFT JOIN jws_headers header ON header.id = t.jws_header WHERE r.request_id = ?1",
                stored_jws("t")
            ),
            [request_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .map_err(db)?;
    match status.status.as_str() {
        "completed" => {
            let ticket =
                ticket.ok_or_else(|| Error::Authority(format!("request {request_id} has no ticket")))?;
            let ticket: Jws = serde_json::from_str(&ticket).map_err(|e| Error::Authority(e.to_string()))?;
            Ok(Some(Outcome::Attached { request_id: request_id.clone(), ticket }))
        }
        "refused" => {
            let code = code.as_deref().and_then(RefusalCode::parse).ok_or_else(|| {
                Error::Authority(format!("request {request_id} was refused without a known code"))
            })?;
            let refusal = match facts {
                Some(facts) => serde_json::from_str::<Facts>(&facts)
                    .map_err(|e| Error::Authority(format!("request {request_id}'s refusal: {e}")))?
                    .refusal(code),
                // Decided before refusals were kept as facts: in English, as it was worded.
                None => Refusal { code, message: message.unwrap_or_default() },
            };
            Ok(Some(Outcome::Refused { request_id: request_id.clone(), refusal }))
        }
        _ => Ok(None),
    }
}

/// The ticket registry (`GET /v1/tickets/{number}`): public, so that anyone can confirm.
pub fn ticket(conn: &Connection, ticket_number: &str) -> Result<TicketRecord> {
    // A superseded ticket names its successor: the same person's next ticket, issued when
    // this one was superseded.
    conn.row_cached(
        "SELECT t.ticket_number, t.sha256, t.issued_at, t.superseded_at IS NULL,
                (SELECT n.ticket_number FROM tickets n
                  WHERE n.iin = t.iin AND n.rowid > t.rowid AND n.issued_at = t.superseded_at
                  ORDER BY n.rowid LIMIT 1),
                t.superseded_at
           FROM tickets t WHERE t.ticket_number = ?1",
        [ticket_number],
        |r| {
            Ok(TicketRecord {
                ticket_number: r.get(0)?,
                sha256: r.get(1)?,
                issued_at: r.get(2)?,
                state: if r.get::<_, bool>(3)? { "current" } else { "superseded" }.to_owned(),
                superseded_by: r.get(4)?,
                superseded_at: r.get(5)?,
            })
        },
    )
    .optional()
    .map_err(db)?
    .ok_or_else(|| Error::NotFound {
        what: "thing-ticket",
        key: ticket_number.to_owned(),
        code: Code::NotFound,
    })
}

/// The signed ticket `ticket_number`, to whoever gives its signature (base64url): what a
/// printed ticket's QR code carries. A wrong signature is answered as an unknown ticket.
pub fn signed_ticket(conn: &Connection, ticket_number: &str, signature: &str) -> Result<Jws> {
    let not_found =
        || Error::NotFound { what: "thing-ticket", key: ticket_number.to_owned(), code: Code::NotFound };
    let jws: Option<String> = conn
        .row_cached(
            &format!(
                "SELECT {} FROM tickets t LEFT JOIN jws_headers header ON header.id = t.jws_header
                 WHERE t.ticket_number = ?1",
                stored_jws("t")
            ),
            [ticket_number],
            |r| r.get(0),
        )
        .optional()
        .map_err(db)?;
    let jws: Jws = match jws {
        Some(text) => serde_json::from_str(&text).map_err(|e| Error::Authority(e.to_string()))?,
        None => return Err(not_found()),
    };
    // Compared as digests, so that the time taken says nothing of how much of a guess was right.
    let digest = |s: &str| ring::digest::digest(&ring::digest::SHA256, s.as_bytes());
    if digest(&jws.signature).as_ref() != digest(signature).as_ref() {
        return Err(not_found());
    }
    Ok(jws)
}

/// The whole JWS (JSON) of the row of requests or tickets named `row`, joined with
/// `jws_headers` as `header` (`LEFT JOIN jws_headers header ON header.id = row.jws_header`),
/// whichever way it was stored.
fn stored_jws(row: &str) -> String {
    jws::rejoined_sql(&format!("{row}.jws"), &format!("{row}.jws_header"), "header.protected")
}

/// The id in `jws_headers` of the protected header `protected`, written unless this writer
/// wrote it lately. A header written lately is read back first: the transaction that wrote it
/// may have been rolled back, and its id given to another.
fn jws_header(tx: &Transaction, caches: &mut Caches, protected: &str) -> Result<i64> {
    let known = &mut caches.headers;
    if let Some(id) = known.get(protected) {
        let written: bool = tx
            .prepare_cached("SELECT count(*) FROM jws_headers WHERE id = ?1 AND protected = ?2")
            .and_then(|mut stmt| stmt.query_row(params![id, protected], |r| r.get(0)))
            .map_err(db)?;
        if written {
            return Ok(id);
        }
    }
    tx.prepare_cached("INSERT INTO jws_headers (protected) VALUES (?1)")
        .and_then(|mut stmt| stmt.execute([protected]))
        .map_err(db)?;
    let id = tx.last_insert_rowid();
    known.insert(protected, id);
    Ok(id)
}

/// The requests whose decision is due, in the order they fell due. Every status and result
/// asks it, so it must read only the index of undecided requests: ordered by `seq` alone, the
/// planner walks the whole table instead.
const DUE: &str = "SELECT request_id FROM requests WHERE decided_at IS NULL AND decide_after <= ?1
                   ORDER BY decide_after, seq";

/// Decides every registered request whose processing delay has passed.
pub fn process_due(store: &mut Store) -> Result<()> {
    // A read-only home is shown as it is: what is due is decided when it can be written.
    if store.read_only() {
        return Ok(());
    }
    let now = clock::rfc3339(clock::now());
    let due: Vec<String> = {
        let mut stmt = store.conn().prepare_cached(DUE).map_err(db)?;
        stmt.query_map([&now], |r| r.get(0)).map_err(db)?.collect::<rusqlite::Result<_>>().map_err(db)?
    };
    for request_id in due {
        let mut caches = std::mem::take(&mut store.caches);
        let decided = store.write(|tx| decide(tx, &mut caches, &request_id).map(drop));
        store.caches = caches;
        decided?;
    }
    Ok(())
}

/// A request being registered, decided in the same write.
#[derive(Clone, Copy)]
struct Registering<'a> {
    request: &'a crate::domain::document::Request,
    seq: i64,
    registration_number: &'a str,
}

/// Condition 3 and processes 7–8 for one registered request, in the caller's transaction; a
/// request another process decided meanwhile is left alone.
fn decide(tx: &Transaction, caches: &mut Caches, request_id: &str) -> Result<Option<Outcome>> {
    judge(tx, caches, request_id, None)?
        .map(|decided| record(tx, caches, request_id, decided, true))
        .transpose()
}

/// What a decision writes into its request's row.
struct Columns {
    status: &'static str,
    decided_at: String,
    refusal_code: Option<&'static str>,
    refusal_facts: Option<String>,
    ticket_number: Option<String>,
}

/// A decision made and its attachment written: what is left to write of it, and its outcome.
struct Decided {
    columns: Columns,
    iin: String,
    org_id: String,
    outcome: Outcome,
}

/// Writes the rest of a decision: the request's row (unless it is being inserted with
/// [`Decided::columns`]), the ticket, the audit line.
fn record(
    tx: &Transaction,
    caches: &mut Caches,
    request_id: &str,
    decided: Decided,
    update_row: bool,
) -> Result<Outcome> {
    let Decided { columns, iin, org_id, outcome } = decided;
    if update_row {
        tx.exec_cached(
            "UPDATE requests SET status = ?2, decided_at = ?3, updated_at = ?3, refusal_code = ?4,
                 refusal_facts = ?5, ticket_number = ?6
             WHERE request_id = ?1",
            params![
                request_id,
                columns.status,
                columns.decided_at,
                columns.refusal_code,
                columns.refusal_facts,
                columns.ticket_number
            ],
        )
        .map_err(db)?;
    }
    if let (Outcome::Attached { ticket: signed, .. }, Some(ticket_number)) =
        (&outcome, &columns.ticket_number)
    {
        let payload = jws::unb64url(&signed.payload).unwrap_or_default();
        let header = jws_header(tx, caches, &signed.protected)?;
        tx.exec_cached(
            "INSERT INTO tickets (ticket_number, request_id, iin, org_id, sha256, issued_at, jws, jws_header)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                ticket_number,
                request_id,
                iin,
                org_id,
                sha256_hex(&payload),
                columns.decided_at,
                signed.unprotected_json(),
                header,
            ],
        )
        .map_err(db)?;
    }
    let result = columns.refusal_code.unwrap_or(columns.status);
    audit_in(tx, Some(&iin), "decide", Some(request_id), result)?;
    Ok(outcome)
}

/// Condition 3 and processes 7–8 for one request, in the caller's transaction: the decision,
/// and for an attachment the ticket signed and the attachments written. The request's row,
/// the ticket's and the audit line are left to [`record`]. A request another process decided
/// meanwhile is left alone.
fn judge(
    tx: &Transaction,
    caches: &mut Caches,
    request_id: &str,
    submitted: Option<Registering>,
) -> Result<Option<Decided>> {
    // A request decided as it is submitted is at hand; a delayed one is read back.
    let stored;
    let (seq, registration_number, request) = match submitted {
        Some(Registering { request, seq, registration_number }) => {
            (seq, registration_number.to_owned(), request)
        }
        None => {
            let row = tx
                .row_cached(
                    &format!(
                        "SELECT {}, r.seq, r.registration_number FROM requests r
                         LEFT JOIN jws_headers header ON header.id = r.jws_header
                         WHERE r.request_id = ?1 AND r.decided_at IS NULL",
                        stored_jws("r")
                    ),
                    [request_id],
                    |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?)),
                )
                .optional()
                .map_err(db)?;
            let Some((jws_text, seq, registration_number)) = row else { return Ok(None) };
            let jws: Jws = serde_json::from_str(&jws_text).map_err(|e| Error::Authority(e.to_string()))?;
            let payload = jws::unb64url(&jws.payload).unwrap_or_default();
            let value: serde_json::Value =
                serde_json::from_slice(&payload).map_err(|e| Error::Authority(e.to_string()))?;
            let Ok(Document::Request(request)) = Document::from_value(&value) else {
                return Err(Error::Authority(format!("request {request_id} holds no readable document")));
            };
            stored = request;
            (seq, registration_number, &stored)
        }
    };
    let iin = request.applicant.iin.to_string();
    let now = clock::now();
    let today = now.to_offset(clock::AQTAU).date();
    let person = registry::decision_person(tx, &iin)?;
    let clinic = registry::decision_clinic(tx, &request.organization.id)?;
    let current = registry::current_attachment(tx, &iin)?;
    let current_fact = current
        .as_ref()
        .map(|c| {
            Ok::<_, Error>(decision::Attachment {
                org_id: c.org_id.clone(),
                org_open: c.org_open,
                since: registry::parse_date(&c.since[..c.since.len().min(10)])?,
            })
        })
        .transpose()?;
    let case = decision::Case {
        reason: request.reason,
        full_name: &request.applicant.full_name,
        birth_date: request.applicant.birth_date,
        residence: request.applicant.address.as_deref().and_then(crate::domain::region::Region::of_address),
        person: person.as_ref(),
        clinic: clinic.as_ref(),
        current: current_fact.as_ref(),
        last_free_choice: registry::last_free_choice(tx, &iin)?,
        today,
    };
    let stamp = clock::rfc3339(now);
    match decision::decide(&case) {
        Err(grounds) => {
            let facts = serde_json::to_string(&grounds.facts).map_err(|e| Error::Authority(e.to_string()))?;
            Ok(Some(Decided {
                columns: Columns {
                    status: "refused",
                    decided_at: stamp,
                    refusal_code: Some(grounds.code.as_str()),
                    refusal_facts: Some(facts),
                    ticket_number: None,
                },
                iin,
                org_id: request.organization.id.clone(),
                outcome: Outcome::Refused { request_id: request_id.to_owned(), refusal: grounds.refusal() },
            }))
        }
        Ok(district) => {
            let ticket_number = format!("T-{}-{seq:06}", request.organization.id);
            let patient = person.as_ref().ok_or_else(|| Error::Authority(format!("{iin} left ГБД ФЛ")))?;
            let ticket = TicketFacts {
                request_id,
                registration_number: &registration_number,
                ticket_number: &ticket_number,
                district,
                now,
            };
            let signed = issue_ticket(tx, caches, request, patient, &ticket)?;
            if let Some(previous) = &current {
                tx.exec_cached(
                    "UPDATE attachments SET until = ?2 WHERE id = ?1",
                    params![previous.id, today.to_string()],
                )
                .map_err(db)?;
                registry::count_attachment(tx, &previous.org_id, previous.district, -1)?;
                if let Some(old) = &previous.ticket_number {
                    tx.exec_cached(
                        "UPDATE tickets SET superseded_at = ?2 WHERE ticket_number = ?1",
                        params![old, stamp],
                    )
                    .map_err(db)?;
                }
            }
            registry::count_attachment(tx, &request.organization.id, district, 1)?;
            tx.exec_cached(
                "INSERT INTO attachments (iin, org_id, district, reason, since, ticket_number)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    iin,
                    request.organization.id,
                    district,
                    reason_name(request.reason),
                    today.to_string(),
                    ticket_number
                ],
            )
            .map_err(db)?;
            Ok(Some(Decided {
                columns: Columns {
                    status: "completed",
                    decided_at: stamp,
                    refusal_code: None,
                    refusal_facts: None,
                    ticket_number: Some(ticket_number),
                },
                iin,
                org_id: request.organization.id.clone(),
                outcome: Outcome::Attached { request_id: request_id.to_owned(), ticket: signed },
            }))
        }
    }
}

/// What a decision gives a ticket besides the request and the patient.
struct TicketFacts<'a> {
    request_id: &'a str,
    registration_number: &'a str,
    ticket_number: &'a str,
    district: u32,
    now: OffsetDateTime,
}

/// The ticket document, signed with the clinic head's key (process 8).
fn issue_ticket(
    tx: &Transaction,
    caches: &mut Caches,
    request: &crate::domain::document::Request,
    patient: &decision::Person,
    facts: &TicketFacts,
) -> Result<Jws> {
    let TicketFacts { request_id, registration_number, ticket_number, district, now } = *facts;
    let org_id = &request.organization.id;
    let (bin, name, address, org_region, head_iin, position, head_serial): (
        String,
        String,
        String,
        String,
        String,
        String,
        String,
    ) = tx
        .row_cached(
            "SELECT bin, name, address, region, head_iin, head_position, head_cert_serial FROM orgs WHERE id = ?1",
            [org_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)),
        )
        .map_err(db)?;
    let signer = head_signer(tx, caches, org_id, &head_serial)?;
    let doctor: String = tx
        .row_cached(
            "SELECT doctor FROM districts WHERE org_id = ?1 AND number = ?2",
            params![org_id, district],
            |r| r.get(0),
        )
        .map_err(db)?;
    // The head's name alone: the whole person (attachment, parents) was two more lookups a ticket.
    let head_name = registry::full_name(tx, &head_iin)?
        .or_else(|| signer.cert.subject.common_name.clone())
        .unwrap_or_default();
    let today = now.to_offset(clock::AQTAU).date();
    let ticket = Ticket {
        type_: crate::domain::document::TICKET_TYPE.to_owned(),
        version: 1,
        ticket_number: ticket_number.to_owned(),
        request_id: request_id.to_owned(),
        registration_number: registration_number.to_owned(),
        issued_at: clock::rfc3339(now),
        attached_from: today,
        // Home visits where the patient lives: the request's address (a new residence), or
        // ГБД ФЛ's.
        home_visits: request
            .applicant
            .address
            .as_deref()
            .and_then(crate::domain::region::Region::of_address)
            .unwrap_or(patient.region)
            .name()
            == org_region,
        patient: crate::domain::document::Patient {
            iin: request.applicant.iin,
            full_name: patient.full_name.clone(),
            birth_date: patient.birth_date,
        },
        organization: crate::domain::document::TicketOrg {
            id: org_id.clone(),
            bin: crate::domain::iin::Bin::parse(&bin)
                .map_err(|e| Error::Authority(format!("BIN of {org_id}: {e}")))?,
            name,
            address,
        },
        district: crate::domain::document::District { number: district, doctor },
        signer: crate::domain::document::TicketSigner {
            iin: crate::domain::iin::Iin::parse(&head_iin, today)
                .map_err(|e| Error::Authority(format!("head of {org_id}: {e}")))?,
            full_name: head_name,
            position,
        },
        representative: request.representative.clone(),
    };
    let value = serde_json::to_value(&ticket).map_err(|e| Error::Authority(e.to_string()))?;
    Ok(jws::sign_with_x5c(&value, Kind::Ticket, &signer.key, signer.x5c.clone(), now))
}

/// The clinic head's key and certificate, parsed once per connection and head certificate.
fn head_signer(
    tx: &Transaction,
    caches: &mut Caches,
    org_id: &str,
    serial: &str,
) -> Result<std::sync::Arc<Signer>> {
    let key = format!("{org_id}/{serial}");
    if let Some(signer) = caches.signers.get(&key) {
        return Ok(signer.clone());
    }
    let (key_der, cert_der): (Vec<u8>, Vec<u8>) = tx
        .row_cached(
            "SELECT o.head_key_pkcs8, c.der FROM orgs o JOIN certificates c ON c.serial = o.head_cert_serial
             WHERE o.id = ?1",
            [org_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(db)?;
    let signing = SigningKey::from_der(&key_der)
        .map_err(|e| Error::Authority(format!("key of {org_id}'s head: {e}")))?;
    let cert = Cert::from_der(&cert_der).map_err(Error::Authority)?;
    let chain = [cert, nca::issuing_in(tx)?];
    let x5c = jws::x5c(&chain);
    let [cert, _] = chain;
    let signer = std::sync::Arc::new(Signer { key: signing, cert, x5c });
    caches.signers.insert(key, signer.clone());
    Ok(signer)
}

/// Whether the person is registered and holds a role (for `me`).
pub fn session_of(store: &mut Store, token: &str) -> Result<Session> {
    authenticate(store, token)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plan SQLite chooses for `sql`, one line per step.
    fn plan(store: &Store, sql: &str) -> Vec<String> {
        let mut stmt = store.conn().prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let count = stmt.parameter_count();
        let params: Vec<&dyn rusqlite::ToSql> = (0..count).map(|_| &"" as &dyn rusqlite::ToSql).collect();
        stmt.query_map(params.as_slice(), |r| r.get::<_, String>(3)).unwrap().map(Result::unwrap).collect()
    }

    #[test]
    fn due_requests_are_found_through_the_index_of_undecided_ones() {
        let home = std::env::temp_dir().join(format!("attach-due-plan-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&home);
        let store = Store::open_or_create(&home).unwrap();
        let steps = plan(&store, DUE);
        let _ = std::fs::remove_dir_all(&home);
        assert!(steps.iter().all(|s| !s.starts_with("SCAN") && !s.contains("TEMP B-TREE")), "{steps:?}");
        assert!(steps.iter().any(|s| s.contains("requests_open")), "{steps:?}");
    }

    /// A protected header is written once for the documents that share it; a JWS reads back
    /// whole whether its header was kept apart or it was stored whole (rows written before
    /// headers were kept apart); and a header whose transaction was rolled back is written
    /// again, not taken for written.
    #[test]
    fn signed_documents_read_back_whole_with_their_headers_kept_once() {
        let home = std::env::temp_dir().join(format!("attach-jws-headers-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&home);
        let mut store = Store::open_or_create(&home).unwrap();
        let apart = Jws { protected: "header-a".into(), payload: "p1".into(), signature: "s1".into() };
        let sharing = Jws { payload: "p2".into(), signature: "s2".into(), ..apart.clone() };
        let whole = Jws { protected: "header-w".into(), payload: "p3".into(), signature: "s3".into() };
        let mut caches = Caches::default();
        let read = store
            .write(|tx| {
                tx.execute_batch("CREATE TEMP TABLE docs (n INTEGER, jws TEXT, jws_header INTEGER)").map_err(db)?;
                for (n, jws) in [(1, &apart), (2, &sharing)] {
                    let header = jws_header(tx, &mut caches, &jws.protected)?;
                    tx.execute("INSERT INTO docs VALUES (?1, ?2, ?3)", params![n, jws.unprotected_json(), header])
                        .map_err(db)?;
                }
                let text = serde_json::to_string(&whole).unwrap();
                tx.execute("INSERT INTO docs VALUES (3, ?1, NULL)", [text]).map_err(db)?;
                let headers: i64 = tx.query_row("SELECT count(*) FROM jws_headers", [], |r| r.get(0)).map_err(db)?;
                assert_eq!(headers, 1);
                let sql = format!(
                    "SELECT {} FROM docs t LEFT JOIN jws_headers header ON header.id = t.jws_header ORDER BY n",
                    stored_jws("t")
                );
                let mut stmt = tx.prepare(&sql).map_err(db)?;
                let texts: Vec<String> =
                    stmt.query_map([], |r| r.get(0)).map_err(db)?.collect::<rusqlite::Result<_>>().map_err(db)?;
                Ok(texts.iter().map(|t| serde_json::from_str::<Jws>(t).unwrap()).collect::<Vec<_>>())
            })
            .unwrap();
        assert_eq!(read, [apart, sharing, whole]);
        // Written, then rolled back: the id it had is not the header's any more.
        let rolled_back = store.write(|tx| {
            jws_header(tx, &mut caches, "header-b").and_then(|_| Err::<(), _>(Error::Authority("no".into())))
        });
        assert!(rolled_back.is_err());
        let (id, protected) = store
            .write(|tx| {
                let id = jws_header(tx, &mut caches, "header-b")?;
                tx.query_row("SELECT id, protected FROM jws_headers WHERE id = ?1", [id], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
                })
                .map_err(db)
            })
            .unwrap();
        let _ = std::fs::remove_dir_all(&home);
        assert_eq!(protected, "header-b", "header {id}");
    }
}
