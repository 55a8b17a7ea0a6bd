//! The portal interface that both backends implement — the embedded portal in the home and,
//! over HTTP, a remote one — and the wire types they exchange. Client commands speak only to
//! [`Backend`], so a stage behaves the same whichever portal answers it.

use serde::{Deserialize, Serialize};

use crate::domain::decision::Refusal;
use crate::domain::iin::Iin;
use crate::error::{Code, Error, Result};
use crate::pki::jws::Jws;

/// `POST /v1/accounts`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    pub iin: String,
    pub password: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Registered {
    pub iin: String,
    pub registered_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Citizen,
    Operator,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Citizen => "citizen",
            Role::Operator => "operator",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "citizen" => Some(Role::Citizen),
            "operator" => Some(Role::Operator),
            _ => None,
        }
    }
}

/// `POST /v1/sessions` → 201.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NewSession {
    pub token: String,
    pub iin: String,
    pub role: Role,
    pub expires_at: String,
}

/// The person's current attachment, as `GET /v1/me` shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CurrentAttachment {
    pub org: String,
    pub district: u32,
    pub since: String,
    pub ticket_number: Option<String>,
}

/// `GET /v1/me`: the session's person from the registry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Me {
    pub iin: String,
    pub full_name: String,
    pub birth_date: String,
    pub sex: String,
    pub region: String,
    pub address: String,
    pub role: Role,
    /// The operator's clinic.
    pub org: Option<String>,
    pub attachment: Option<CurrentAttachment>,
}

/// A clinic of the directory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Org {
    pub id: String,
    pub bin: String,
    pub name: String,
    pub region: String,
    pub address: String,
    pub capacity: u64,
    pub attached: u64,
    pub open: bool,
}

/// Which clinics `orgs` lists.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OrgFilter {
    pub region: Option<String>,
    pub search: Option<String>,
}

/// A resident as ГБД ФЛ knows them (`portal people`, `GET /v1/registry/people/{iin}`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub iin: String,
    pub full_name: String,
    pub birth_date: String,
    pub sex: String,
    pub region: String,
    pub address: String,
    pub deceased: bool,
    /// The attachment in force, or none. A portal that does not say is read as none.
    #[serde(default)]
    pub attachment: Option<Attachment>,
}

/// Which clinic a person is attached to, and since when (`YYYY-MM-DD`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attachment {
    pub org: String,
    pub since: String,
}

/// The receipt of `POST /v1/requests`: the portal accepted the request and the provider's
/// workstation registered it (process 6).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    pub request_id: String,
    pub request_uuid: String,
    pub registration_number: String,
    pub iin: String,
    pub service: String,
    pub status: String,
    pub submitted_at: String,
    pub deadline: String,
}

/// A request's status: the five fields the regulation's screen shows, and more.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Status {
    pub request_id: String,
    pub registration_number: String,
    pub iin: String,
    pub service: String,
    pub status: String,
    pub submitted_at: String,
    pub updated_at: String,
    pub deadline: String,
}

impl Status {
    /// Decided: completed with a ticket, or refused with a reason.
    pub fn is_final(&self) -> bool {
        self.status == "completed" || self.status == "refused"
    }
}

/// `GET /v1/requests/{id}/result`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "lowercase")]
pub enum Outcome {
    Attached { request_id: String, ticket: Jws },
    Refused { request_id: String, refusal: Refusal },
}

/// A request of a bulk submission, accepted: its receipt, and its outcome when the provider
/// has already decided.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Submitted {
    pub receipt: Receipt,
    pub outcome: Option<Outcome>,
}

/// The most IINs or requests one bulk call takes (and its body stays within 64 KiB).
pub const BULK_MAX: usize = 100;

/// `POST /v1/batch/people`: ГБД ФЛ lookups for several people at once.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeopleQuery {
    pub iins: Vec<String>,
}

/// The answer to [`PeopleQuery`]: a person or `null` for every IIN asked, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeopleFound {
    pub people: Vec<Option<Person>>,
}

/// `POST /v1/batch/requests`: several signed requests at once.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Submissions<J = Jws> {
    pub requests: Vec<J>,
}

/// The answer to [`Submissions`]: for every request, in order, what `POST /v1/requests`
/// followed by its result would have said — the receipt and the outcome (`null` while
/// undecided) — or the problem it was refused with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt: Option<Receipt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<Problem>,
}

/// The answer of `POST /v1/batch/requests`: a [`Submission`] for every request sent, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmissionItems {
    pub items: Vec<Submission>,
}

/// What a registry lookup says of a person ГБД ФЛ does not hold (condition 1, process 4).
pub fn not_in_registry(iin: &Iin) -> Error {
    Error::portal(
        Code::PersonNotFound,
        format!("data cannot be obtained from ГБД ФЛ: it holds no person with IIN {iin}"),
    )
}

/// `GET /v1/tickets/{number}`: what the portal's ticket registry says of a ticket.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TicketRecord {
    pub ticket_number: String,
    pub sha256: String,
    pub issued_at: String,
    pub state: String,
}

pub const SERVICE: &str = "phc-attachment";

/// The portal, whichever backend answers. `token` is the session's bearer token.
pub trait Backend {
    /// A short name of the portal, for the login output and the session store.
    fn name(&self) -> String;
    fn register(&self, registration: &Registration) -> Result<Registered>;
    fn login(&self, iin: &Iin, password: &str) -> Result<NewSession>;
    fn logout(&self, token: &str) -> Result<()>;
    fn me(&self, token: &str) -> Result<Me>;
    fn orgs(&self, filter: &OrgFilter) -> Result<Vec<Org>>;
    fn org(&self, id: &str) -> Result<Org>;
    fn person(&self, token: &str, iin: &Iin) -> Result<Person>;
    fn submit(&self, token: &str, signed: &Jws) -> Result<Receipt>;
    /// ГБД ФЛ lookups for several people in one call: each found person, or `None`, in order.
    /// `Ok(None)` when the portal offers no bulk calls; then the caller asks one by one.
    fn people(&self, token: &str, iins: &[Iin]) -> Result<Option<Vec<Option<Person>>>>;
    /// Several signed requests in one call, each answered as [`Backend::submit`] answers it,
    /// with its outcome when already decided. `Ok(None)` when the portal offers no bulk calls.
    fn submit_all(&self, token: &str, signed: &[&Jws]) -> Result<Option<Vec<Result<Submitted>>>>;
    fn requests(&self, token: &str) -> Result<Vec<Status>>;
    fn status(&self, token: &str, request_id: &str) -> Result<Status>;
    fn result(&self, token: &str, request_id: &str) -> Result<Outcome>;
    fn ticket(&self, ticket_number: &str) -> Result<TicketRecord>;
    /// The trust anchor, PEM.
    fn ca_pem(&self) -> Result<String>;
    /// The current CRL of the issuing CA, DER.
    fn crl_der(&self) -> Result<Vec<u8>>;
    /// A fresh synthetic person from a mock portal that offers them (`None` when it does not).
    fn test_identity(&self) -> Result<Option<TestIdentity>>;
    /// The root's CRL of the CAs below it, DER. A portal that publishes none says `not_found`.
    fn root_crl_der(&self) -> Result<Vec<u8>> {
        Err(Error::portal(Code::NotFound, format!("{} publishes no CRL of its root", self.name())))
    }
    /// The OCSP responder's DER answer to a DER request (RFC 6960). An error means it could
    /// not be asked; an answer, however bad, is the caller's to judge.
    fn ocsp(&self, _request: &[u8]) -> Result<Vec<u8>> {
        Err(Error::portal(Code::Unreachable, format!("{} has no OCSP responder", self.name())))
    }
}

/// `POST /v1/test/identities`: a fresh synthetic person with an account, a signing key and
/// its certificate, for `attach smoke` against a remote mock portal.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TestIdentity {
    pub iin: String,
    pub password: String,
    pub key_pem: String,
    pub cert_pem: String,
    pub chain_pem: String,
    /// A clinic of the person's region with a free place.
    pub org: String,
}

/// An error over HTTP: RFC 9457 problem details with the stable `code` of SPEC section 3.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    #[serde(rename = "type")]
    pub type_: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    pub code: String,
}

/// One page of a list: `?limit=&cursor=` in, the items and the cursor of the next page out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

/// What `GET /v1/health` answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
    pub version: String,
}
