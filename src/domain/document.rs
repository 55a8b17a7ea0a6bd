//! The documents the service signs: the attachment request (filled by a citizen or an
//! operator), the attachment ticket (issued by the clinic), and the proof of identity a person
//! signs with an authentication certificate to register (the portal's challenge). Their JSON
//! shapes are the contract's; unknown members are refused so that a signature never covers
//! data nobody reads.

use serde::{Deserialize, Serialize};

use super::fields;
use super::iin::{Bin, Iin};
use crate::clock;
use crate::error::{Error, Result};
use crate::t;

pub const REQUEST_TYPE: &str = "phc-attachment-request";
pub const TICKET_TYPE: &str = "phc-attachment-ticket";
pub const REGISTRATION_TYPE: &str = "phc-registration";

/// The kind of a signed document; each has its JWS `typ`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Request,
    Ticket,
    /// A person's answer to the portal's registration challenge, signed with their
    /// authentication certificate (never with a signing one).
    Registration,
}

impl Kind {
    pub fn from_type(type_: &str) -> Option<Kind> {
        match type_ {
            REQUEST_TYPE => Some(Kind::Request),
            TICKET_TYPE => Some(Kind::Ticket),
            REGISTRATION_TYPE => Some(Kind::Registration),
            _ => None,
        }
    }

    pub fn from_typ(typ: &str) -> Option<Kind> {
        match typ {
            "phc-attachment-request+jws" => Some(Kind::Request),
            "phc-attachment-ticket+jws" => Some(Kind::Ticket),
            "phc-registration+jws" => Some(Kind::Registration),
            _ => None,
        }
    }

    pub fn type_name(self) -> &'static str {
        match self {
            Kind::Request => REQUEST_TYPE,
            Kind::Ticket => TICKET_TYPE,
            Kind::Registration => REGISTRATION_TYPE,
        }
    }

    pub fn typ(self) -> &'static str {
        match self {
            Kind::Request => "phc-attachment-request+jws",
            Kind::Ticket => "phc-attachment-ticket+jws",
            Kind::Registration => "phc-registration+jws",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Portal,
    Provider,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    FirstAttachment,
    FreeChoice,
    ChangeOfResidence,
    OrgClosed,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    pub iin: Iin,
    pub full_name: String,
    pub birth_date: time::Date,
    pub address: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgRef {
    pub id: String,
    pub bin: Bin,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Operator {
    pub iin: Iin,
}

/// How a legal representative is related to the child, as ГБД ФЛ records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Mother,
    Father,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Mother => "mother",
            Relation::Father => "father",
        }
    }

    pub fn parse(text: &str) -> Option<Relation> {
        match text {
            "mother" => Some(Relation::Mother),
            "father" => Some(Relation::Father),
            _ => None,
        }
    }
}

/// The legal representative who asks, and signs, for a child (SPEC section 4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Representative {
    pub iin: Iin,
    pub full_name: String,
    pub relation: Relation,
}

/// The attachment request (SPEC section 4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Request {
    #[serde(rename = "type")]
    pub type_: String,
    pub version: u32,
    pub request_uuid: String,
    pub created_at: String,
    pub channel: Channel,
    pub applicant: Applicant,
    pub organization: OrgRef,
    pub reason: Reason,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<Operator>,
    /// The parent who asks for a child (an applicant under 18), and signs on the portal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representative: Option<Representative>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Patient {
    pub iin: Iin,
    pub full_name: String,
    pub birth_date: time::Date,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketOrg {
    pub id: String,
    pub bin: Bin,
    pub name: String,
    pub address: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct District {
    pub number: u32,
    pub doctor: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketSigner {
    pub iin: Iin,
    pub full_name: String,
    pub position: String,
}

/// The attachment ticket (SPEC section 7).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ticket {
    #[serde(rename = "type")]
    pub type_: String,
    pub version: u32,
    pub ticket_number: String,
    pub request_id: String,
    pub registration_number: String,
    pub issued_at: String,
    pub attached_from: time::Date,
    pub home_visits: bool,
    pub patient: Patient,
    pub organization: TicketOrg,
    pub district: District,
    pub signer: TicketSigner,
    /// The parent who asked for a child's attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representative: Option<Representative>,
}

/// The proof of identity for registration: the person's IIN and the portal's challenge, signed
/// with the person's authentication certificate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    #[serde(rename = "type")]
    pub type_: String,
    pub version: u32,
    pub iin: Iin,
    /// The portal's challenge, as `POST /v1/accounts/challenge` gave it.
    pub nonce: String,
    pub created_at: String,
}

/// A checked document of any kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Document {
    Request(Request),
    Ticket(Ticket),
    Registration(Registration),
}

impl Document {
    /// Reads a document from JSON, checking its shape and the rules a signer relies on.
    pub fn from_value(value: &serde_json::Value) -> Result<Document> {
        let type_ = value
            .get("type")
            .and_then(|t| t.as_str())
            .ok_or_else(|| Error::document("document", t!("doc-no-type")))?;
        let kind = Kind::from_type(type_).ok_or_else(|| {
            Error::document(
                "document",
                t!("doc-type", kind = type_, request = REQUEST_TYPE, ticket = TICKET_TYPE),
            )
        })?;
        let what = kind.type_name();
        let bad = |e: serde_json::Error| Error::document(what, e.to_string());
        // A clinic's id in any case is the directory's (upper case) in what is read; the
        // signed bytes stay as they were.
        let document = match kind {
            Kind::Request => {
                let mut request = Request::deserialize(value).map_err(bad)?;
                request.organization.id.make_ascii_uppercase();
                Document::Request(request)
            }
            Kind::Ticket => {
                let mut ticket = Ticket::deserialize(value).map_err(bad)?;
                ticket.organization.id.make_ascii_uppercase();
                Document::Ticket(ticket)
            }
            Kind::Registration => Document::Registration(Registration::deserialize(value).map_err(bad)?),
        };
        document.check()?;
        Ok(document)
    }

    pub fn kind(&self) -> Kind {
        match self {
            Document::Request(_) => Kind::Request,
            Document::Ticket(_) => Kind::Ticket,
            Document::Registration(_) => Kind::Registration,
        }
    }

    /// The time the document says it was made: the request's `created_at` or the ticket's
    /// `issued_at`, with the member's name.
    pub fn stamp(&self) -> (&'static str, &str) {
        match self {
            Document::Request(r) => ("created_at", &r.created_at),
            Document::Ticket(t) => ("issued_at", &t.issued_at),
            Document::Registration(r) => ("created_at", &r.created_at),
        }
    }

    fn check(&self) -> Result<()> {
        let what = self.kind().type_name();
        let version = match self {
            Document::Request(r) => r.version,
            Document::Ticket(t) => t.version,
            Document::Registration(r) => r.version,
        };
        let (stamp_name, stamp) = self.stamp();
        if version != 1 {
            return Err(Error::document(what, t!("doc-version", version = version)));
        }
        if clock::parse_rfc3339(stamp).is_none() {
            return Err(Error::document(what, t!("doc-stamp", name = stamp_name)));
        }
        let field = |name: &str, verdict: std::result::Result<(), fields::Refusal>| {
            verdict.map_err(|why| Error::document(what, t!("doc-field", name = name, why = why)))
        };
        match self {
            Document::Request(r) => {
                field("request_uuid", fields::uuid(&r.request_uuid))?;
                field("applicant.full_name", fields::name(&r.applicant.full_name))?;
                if let Some(address) = &r.applicant.address {
                    field("applicant.address", fields::residence(address).map(drop))?;
                }
                if let Some(phone) = &r.applicant.phone {
                    field("applicant.phone", fields::phone_e164(phone))?;
                }
                field("organization.id", fields::org_id(&r.organization.id).map(drop))?;
                field("organization.name", fields::name(&r.organization.name))?;
                if let Some(representative) = &r.representative {
                    field("representative.full_name", fields::name(&representative.full_name))?;
                    if representative.iin == r.applicant.iin {
                        return Err(Error::document(what, t!("doc-own-representative")));
                    }
                }
            }
            Document::Ticket(t) => {
                field("ticket_number", fields::identifier(&t.ticket_number))?;
                field("request_id", fields::identifier(&t.request_id))?;
                field("registration_number", fields::identifier(&t.registration_number))?;
                field("patient.full_name", fields::name(&t.patient.full_name))?;
                field("organization.id", fields::org_id(&t.organization.id).map(drop))?;
                field("organization.name", fields::name(&t.organization.name))?;
                field("organization.address", fields::address(&t.organization.address))?;
                field("district.doctor", fields::name(&t.district.doctor))?;
                field("signer.full_name", fields::name(&t.signer.full_name))?;
                field("signer.position", fields::name(&t.signer.position))?;
                if let Some(representative) = &t.representative {
                    field("representative.full_name", fields::name(&representative.full_name))?;
                }
            }
            Document::Registration(r) => field("nonce", fields::identifier(&r.nonce))?,
        }
        if let Document::Request(r) = self {
            match (r.channel, &r.operator) {
                (Channel::Provider, None) => {
                    return Err(Error::document(what, t!("doc-provider-needs-operator")));
                }
                (Channel::Portal, Some(_)) => {
                    return Err(Error::document(what, t!("doc-portal-no-operator")));
                }
                _ => {}
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(name: &str) -> serde_json::Value {
        let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn examples_are_well_formed() {
        assert_eq!(Document::from_value(&example("request.json")).unwrap().kind(), Kind::Request);
        assert_eq!(Document::from_value(&example("ticket.json")).unwrap().kind(), Kind::Ticket);
    }

    #[test]
    fn refusals_name_the_problem() {
        let mut doc = example("request.json");
        doc["type"] = "invoice".into();
        let err = Document::from_value(&doc).unwrap_err().to_string();
        assert!(err.contains("type `invoice`"), "{err}");

        let mut doc = example("request.json");
        doc["applicant"]["iin"] = "900101300454".into();
        let err = Document::from_value(&doc).unwrap_err().to_string();
        assert!(err.contains("check digit"), "{err}");

        let mut doc = example("request.json");
        doc["extra"] = 1.into();
        let err = Document::from_value(&doc).unwrap_err().to_string();
        assert!(err.contains("unknown field `extra`"), "{err}");

        let mut doc = example("ticket.json");
        doc["version"] = 2.into();
        let err = Document::from_value(&doc).unwrap_err().to_string();
        assert!(err.contains("version 2"), "{err}");
    }
}
