//! The portal interface that both backends implement — the embedded portal in the home and,
//! over HTTP, a remote one — and the wire types they exchange. Client commands speak only to
//! [`Backend`], so a stage behaves the same whichever portal answers it.

use serde::{Deserialize, Serialize};

use crate::domain::decision::Refusal;
use crate::domain::iin::Iin;
use crate::error::{Code, Error, Result};
use crate::pki::jws::Jws;

/// `POST /v1/accounts`: an account, on proof of the person's identity.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    pub iin: String,
    pub password: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Without one, the answer is the same refusal for every IIN.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof: Option<Proof>,
}

/// How a person proves who they are, as egov.kz asks: the portal's challenge signed with
/// their authentication certificate, or the one-time code sent to their phone on record.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Proof {
    /// A `phc-registration+jws` over the person's IIN and the challenge's nonce.
    Signature(Jws),
    /// The six digits of the code.
    Otp(String),
}

/// `POST /v1/accounts/challenge` → 201: a nonce to sign, and until when it may be used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Challenge {
    pub nonce: String,
    pub expires_at: String,
}

/// `POST /v1/accounts/otp` `{"iin"}` → 202: a code was sent to the phone on record — or, for
/// an IIN without one, the same answer, so that nobody learns who is on record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OtpSent {
    pub iin: String,
    pub expires_at: String,
}

/// The body of `POST /v1/accounts/otp`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtpRequest {
    pub iin: String,
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
    /// The person's children under age, as ГБД ФЛ links them.
    #[serde(default)]
    pub children: Vec<Child>,
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
    /// The parents ГБД ФЛ links to a child, who may ask for its attachment (none for an adult).
    #[serde(default)]
    pub parents: Vec<Kin>,
}

impl Person {
    /// The representative of a request filed for this person on `today`: for a child under
    /// 18, the parent `named`, whom ГБД ФЛ must link to the child (as the document's
    /// `representative`); for an adult, none. `minor` when a child's parent is not named.
    pub fn representative(
        &self,
        named: Option<&Iin>,
        today: time::Date,
    ) -> Result<Option<serde_json::Value>> {
        let born =
            time::Date::parse(&self.birth_date, time::macros::format_description!("[year]-[month]-[day]"))
                .map_err(|_| {
                    Error::document("person", format!("ГБД ФЛ gives birth date `{}`", self.birth_date))
                })?;
        let iin = &self.iin;
        match (crate::domain::iin::is_minor(born, today), named) {
            (true, Some(parent)) => {
                let linked = self.parents.iter().find(|p| p.iin == parent.to_string()).ok_or_else(|| {
                    Error::portal(
                        Code::SignerMismatch,
                        format!("ГБД ФЛ does not link {parent} to {iin} as a parent"),
                    )
                })?;
                Ok(Some(serde_json::json!({
                    "iin": linked.iin, "full_name": linked.full_name, "relation": linked.relation,
                })))
            }
            (true, None) => {
                let parents: Vec<&str> = self.parents.iter().map(|p| p.iin.as_str()).collect();
                Err(Error::portal(
                    Code::Minor,
                    crate::t!(
                        "minor-needs-representative",
                        iin = iin.to_string(),
                        parents =
                            if parents.is_empty() { crate::t!("minor-no-links") } else { parents.join(", ") }
                    ),
                ))
            }
            (false, Some(_)) => Err(Error::input(
                "representative",
                crate::t!("adult-needs-no-representative", iin = iin.to_string()),
            )),
            (false, None) => Ok(None),
        }
    }
}

/// A person linked to another in ГБД ФЛ: a child's parent, or a parent's child.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Kin {
    pub iin: String,
    pub full_name: String,
    /// How the parent is related to the child: `mother` or `father`.
    pub relation: String,
}

/// A child of the person logged in, under age, as `GET /v1/me` lists them: what a request for
/// the child is filled from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Child {
    pub iin: String,
    pub full_name: String,
    pub birth_date: String,
    pub address: String,
    /// How the person logged in is related to the child.
    pub relation: String,
    /// The child's attachment in force.
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
    /// The ticket of the attachment that superseded this one, and when it was issued. A portal
    /// that does not say is read as not saying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superseded_at: Option<String>,
}

pub const SERVICE: &str = "phc-attachment";

/// The portal, whichever backend answers. `token` is the session's bearer token.
pub trait Backend {
    /// A short name of the portal, for the login output and the session store.
    fn name(&self) -> String;
    /// A nonce for a registration proof signed with an authentication certificate.
    fn challenge(&self) -> Result<Challenge>;
    /// A one-time code to the phone on record of `iin`, for a registration proof.
    fn send_otp(&self, iin: &Iin) -> Result<OtpSent>;
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
    /// The session's requests that `filter` lets through, newest first: at most `limit`, from
    /// `cursor` (a page's `next_cursor`) on.
    fn requests(
        &self,
        token: &str,
        filter: &RequestFilter,
        limit: usize,
        cursor: Option<&str>,
    ) -> Result<Page<Status>>;
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
    /// The signed ticket `ticket_number` whose signature is `signature` (base64url): what the
    /// QR code of a printed ticket is checked against. Anyone who holds the paper may ask;
    /// without the right signature the answer is `not_found`, as for a ticket never issued.
    fn signed_ticket(&self, ticket_number: &str, _signature: &str) -> Result<Jws> {
        Err(Error::NotFound { what: "thing-ticket", key: ticket_number.to_owned(), code: Code::NotFound })
    }
    /// A certificate this portal's authority issued, by its serial (hex), with the issuing
    /// CA's after it as `x5c` names them (PEM); `not_found` for any other serial.
    fn certificate(&self, serial: &str) -> Result<String> {
        Err(Error::NotFound { what: "thing-certificate", key: serial.to_owned(), code: Code::NotFound })
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

/// Which of the session's requests `GET /v1/requests` lists (`?state=&since=&iin=&org=`):
/// each filter given narrows the list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RequestFilter {
    /// `submitted`, `registered`, `completed` or `refused`.
    pub state: Option<String>,
    /// Submitted at or after this time (RFC 3339).
    pub since: Option<String>,
    /// The applicant's IIN.
    pub iin: Option<String>,
    /// The clinic's directory id.
    pub org: Option<String>,
}

/// The request states a list can be narrowed to.
pub const REQUEST_STATES: [&str; 4] = ["submitted", "registered", "completed", "refused"];

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
