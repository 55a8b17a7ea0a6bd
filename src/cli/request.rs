//! `attach request` (process 3): fills the attachment request from the person's profile in
//! ГБД ФЛ and the directory of clinics, checks its structure and formats, and prints the
//! document for `attach sign`. With `--for`, an operator fills it for a citizen (process 2–3).

use clap::ValueEnum;

use super::{Context, input};
use crate::api::{Backend, Role};
use crate::client::StoredSession;
use crate::clock;
use crate::domain::document::{self, Document};
use crate::domain::fields;
use crate::domain::iin::Iin;
use crate::error::{Code, Error, Exit, Result};
use crate::t;

#[derive(Debug, Clone, Copy, ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum ReasonArg {
    FirstAttachment,
    FreeChoice,
    ChangeOfResidence,
    OrgClosed,
}

impl ReasonArg {
    pub fn reason(self) -> document::Reason {
        match self {
            ReasonArg::FirstAttachment => document::Reason::FirstAttachment,
            ReasonArg::FreeChoice => document::Reason::FreeChoice,
            ReasonArg::ChangeOfResidence => document::Reason::ChangeOfResidence,
            ReasonArg::OrgClosed => document::Reason::OrgClosed,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The clinic, by its directory id (see `attach orgs`).
    #[arg(long)]
    org: String,
    /// Why [default: first_attachment when not attached anywhere, free_choice otherwise;
    /// first_attachment with --for].
    #[arg(long, value_enum)]
    reason: Option<ReasonArg>,
    /// Address of residence [default: the one in ГБД ФЛ].
    #[arg(long)]
    address: Option<String>,
    /// Contact phone, like +77012345678.
    #[arg(long)]
    phone: Option<String>,
    /// Operators only: fill the request for this citizen, from ГБД ФЛ.
    #[arg(long = "for", value_name = "IIN", conflicts_with = "child")]
    for_iin: Option<String>,
    /// For a child of yours under 18 (as ГБД ФЛ links you), whose representative you are: you
    /// ask, and you sign.
    #[arg(long, value_name = "IIN")]
    child: Option<String>,
    /// With --for a child under 18: the parent filing for it, whom ГБД ФЛ links to the child.
    #[arg(long, value_name = "IIN", requires = "for_iin")]
    representative: Option<String>,
}

/// A random (version 4) UUID: the request's idempotency key.
pub fn uuid_v4() -> Result<String> {
    use ring::rand::SecureRandom;
    let mut b = [0u8; 16];
    ring::rand::SystemRandom::new().fill(&mut b).map_err(|_| Error::Authority(t!("random-failed")))?;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    Ok(crate::pki::uuid_text(&b))
}

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    // A login piped in carries nothing the request needs, but an error from it must flow on.
    input::piped_json(ctx.stdin_is_terminal)?;
    let phone =
        args.phone.as_deref().map(fields::phone).transpose().map_err(|why| Error::input("--phone", why))?;
    if let Some(address) = &args.address {
        fields::residence(address).map_err(|why| Error::input("--address", why))?;
    }
    let org = fields::org_id(&args.org).map_err(|why| Error::input("--org", why))?;
    let for_iin = args.for_iin.as_deref().map(input::iin).transpose()?;
    let child = args.child.as_deref().map(input::iin).transpose()?;
    let representative = args.representative.as_deref().map(input::iin).transpose()?;
    let backend = ctx.backend()?;
    let session = ctx.session()?;
    let form = Form {
        org: &org,
        reason: args.reason.map(ReasonArg::reason),
        address: args.address,
        phone,
        for_iin,
        child,
        representative,
    };
    let value = fill(backend.as_ref(), &session, form)?;
    ctx.printer.json(&value)?;
    Ok(Exit::Success)
}

/// What the person chose; the rest comes from the portal.
#[derive(Debug)]
pub struct Form<'a> {
    pub org: &'a str,
    pub reason: Option<document::Reason>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub for_iin: Option<Iin>,
    /// A child of the person logged in, asked for by them.
    pub child: Option<Iin>,
    /// With `for_iin` a child: the parent filing for it.
    pub representative: Option<Iin>,
}

/// The request document, filled from the profile (or, for an operator, from ГБД ФЛ) and the
/// directory, and checked as the signer and the portal will check it.
pub fn fill(backend: &dyn Backend, session: &StoredSession, form: Form) -> Result<serde_json::Value> {
    let org = backend.org(form.org)?;
    let mut representative = None;
    let (applicant, reason, channel, operator) = match form.for_iin {
        None if form.child.is_some() => {
            let me = backend.me(&session.token)?;
            let wanted = form.child.map(|c| c.to_string()).unwrap_or_default();
            let child = me.children.iter().find(|c| c.iin == wanted).ok_or_else(|| {
                let yours: Vec<&str> = me.children.iter().map(|c| c.iin.as_str()).collect();
                Error::portal(
                    Code::Forbidden,
                    t!(
                        "request-not-your-child",
                        child = wanted,
                        me = me.iin.as_str(),
                        children = if yours.is_empty() { t!("none") } else { yours.join(", ") }
                    ),
                )
            })?;
            representative = Some(
                serde_json::json!({"iin": me.iin, "full_name": me.full_name, "relation": child.relation}),
            );
            let default = if child.attachment.is_some() {
                document::Reason::FreeChoice
            } else {
                document::Reason::FirstAttachment
            };
            (
                serde_json::json!({
                    "iin": child.iin,
                    "full_name": child.full_name,
                    "birth_date": child.birth_date,
                    "address": form.address.clone().unwrap_or_else(|| child.address.clone()),
                    "phone": form.phone,
                }),
                form.reason.unwrap_or(default),
                "portal",
                None,
            )
        }
        None => {
            let me = backend.me(&session.token)?;
            let default = if me.attachment.is_some() {
                document::Reason::FreeChoice
            } else {
                document::Reason::FirstAttachment
            };
            (
                serde_json::json!({
                    "iin": me.iin,
                    "full_name": me.full_name,
                    "birth_date": me.birth_date,
                    "address": form.address.unwrap_or(me.address),
                    "phone": form.phone,
                }),
                form.reason.unwrap_or(default),
                "portal",
                None,
            )
        }
        Some(iin) => {
            if session.role != Role::Operator {
                return Err(Error::portal(Code::Forbidden, t!("request-for-needs-operator")));
            }
            let me = backend.me(&session.token)?;
            if me.org.as_deref() != Some(org.id.as_str()) {
                return Err(Error::portal(
                    Code::Forbidden,
                    match me.org.as_deref() {
                        Some(mine) => t!("request-other-clinic", mine = mine, org = org.id.as_str()),
                        None => t!("request-no-clinic", org = org.id.as_str()),
                    },
                ));
            }
            let person = backend.person(&session.token, &iin)?;
            representative = person.representative(form.representative.as_ref(), clock::today())?;
            (
                serde_json::json!({
                    "iin": person.iin,
                    "full_name": person.full_name,
                    "birth_date": person.birth_date,
                    "address": form.address.unwrap_or(person.address),
                    "phone": form.phone,
                }),
                form.reason.unwrap_or(document::Reason::FirstAttachment),
                "provider",
                Some(serde_json::json!({"iin": session.iin})),
            )
        }
    };
    let mut value = serde_json::json!({
        "type": document::REQUEST_TYPE,
        "version": 1,
        "request_uuid": uuid_v4()?,
        "created_at": clock::rfc3339(clock::now()),
        "channel": channel,
        "applicant": applicant,
        "organization": {"id": org.id, "bin": org.bin, "name": org.name},
        "reason": serde_json::to_value(reason).map_err(|e| Error::document("request", e.to_string()))?,
    });
    if let Some(operator) = operator {
        value["operator"] = operator;
    }
    if let Some(representative) = representative {
        value["representative"] = representative;
    }
    // The same checks the signer and the portal run, before anything leaves this process.
    Document::from_value(&value)?;
    Ok(value)
}
