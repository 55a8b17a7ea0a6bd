//! The embedded backend: the portal engine in-process, on the home's database. It answers
//! exactly what a remote portal would, errors included, so commands cannot tell them apart.

use std::sync::Mutex;

use crate::api::{
    Backend, CurrentAttachment, Me, NewSession, Org, OrgFilter, Outcome, Person, Receipt, Registered,
    Registration, Status, TicketRecord,
};
use crate::clock;
use crate::domain::iin::Iin;
use crate::error::{Code, Error, Result};
use crate::pki::jws::Jws;
use crate::portal::{Portal, accounts, nca, registry, requests};

pub const NAME: &str = "embedded";

#[derive(Debug)]
pub struct Embedded {
    portal: Mutex<Portal>,
}

impl Embedded {
    pub fn new(portal: Portal) -> Embedded {
        Embedded { portal: Mutex::new(portal) }
    }

    fn with<T>(&self, f: impl FnOnce(&mut Portal) -> Result<T>) -> Result<T> {
        // A panic elsewhere cannot leave the database inconsistent (transactions roll back), so
        // a poisoned lock is still usable.
        let mut portal = self.portal.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut portal)
    }
}

impl Backend for Embedded {
    fn name(&self) -> String {
        NAME.to_owned()
    }

    fn register(&self, registration: &Registration) -> Result<Registered> {
        self.with(|p| accounts::register(&mut p.store, registration))
    }

    fn login(&self, iin: &Iin, password: &str) -> Result<NewSession> {
        self.with(|p| accounts::login(&mut p.store, iin, password))
    }

    fn logout(&self, token: &str) -> Result<()> {
        self.with(|p| accounts::logout(&mut p.store, token))
    }

    fn me(&self, token: &str) -> Result<Me> {
        self.with(|p| {
            let session = requests::session_of(&mut p.store, token)?;
            let conn = p.store.conn();
            let person = registry::person(conn, &session.iin)?.ok_or_else(|| Error::NotFound {
                what: "person in ГБД ФЛ",
                key: session.iin.clone(),
                code: Code::PersonNotFound,
            })?;
            let attachment = registry::current_attachment(conn, &session.iin)?.map(|a| CurrentAttachment {
                org: a.org_id,
                district: a.district,
                since: a.since,
                ticket_number: a.ticket_number,
            });
            Ok(Me {
                iin: person.iin,
                full_name: person.full_name,
                birth_date: person.birth_date,
                sex: person.sex,
                region: person.region,
                address: person.address,
                role: session.role,
                org: session.org,
                attachment,
            })
        })
    }

    fn orgs(&self, filter: &OrgFilter) -> Result<Vec<Org>> {
        self.with(|p| registry::orgs(p.store.conn(), filter))
    }

    fn org(&self, id: &str) -> Result<Org> {
        self.with(|p| registry::org_in(p.store.conn(), id))
    }

    fn person(&self, token: &str, iin: &Iin) -> Result<Person> {
        self.with(|p| {
            let session = requests::session_of(&mut p.store, token)?;
            if session.role != crate::api::Role::Operator {
                return Err(Error::portal(Code::Forbidden, "only operators may look people up in ГБД ФЛ"));
            }
            registry::person(p.store.conn(), &iin.to_string())?.ok_or_else(|| Error::NotFound {
                what: "person in ГБД ФЛ (data cannot be obtained)",
                key: iin.to_string(),
                code: Code::PersonNotFound,
            })
        })
    }

    fn submit(&self, token: &str, signed: &Jws) -> Result<Receipt> {
        self.with(|p| requests::submit(&mut p.store, token, signed))
    }

    fn requests(&self, token: &str) -> Result<Vec<Status>> {
        self.with(|p| requests::list(&mut p.store, token))
    }

    fn status(&self, token: &str, request_id: &str) -> Result<Status> {
        self.with(|p| requests::status(&mut p.store, token, request_id))
    }

    fn result(&self, token: &str, request_id: &str) -> Result<Outcome> {
        self.with(|p| requests::result(&mut p.store, token, request_id))
    }

    fn ticket(&self, ticket_number: &str) -> Result<TicketRecord> {
        self.with(|p| requests::ticket(p.store.conn(), ticket_number))
    }

    fn ca_pem(&self) -> Result<String> {
        self.with(|p| Ok(nca::root(&p.store)?.pem()))
    }

    fn crl_der(&self) -> Result<Vec<u8>> {
        self.with(|p| nca::current_crl(&p.store, clock::now()))
    }
}
