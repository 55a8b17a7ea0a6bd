//! The embedded backend: the portal engine in-process, on the home's database. It answers
//! exactly what a remote portal would, errors included, so commands cannot tell them apart.

use std::sync::Mutex;

use crate::api::Page;
use crate::api::{
    Backend, Challenge, Me, NewSession, Org, OrgFilter, OtpSent, Outcome, Person, Receipt, Registered,
    Registration, RequestFilter, Status, Submitted, TestIdentity, TicketRecord,
};
use crate::domain::iin::Iin;
use crate::error::Result;
use crate::pki::jws::Jws;
use crate::portal::Portal;

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

    fn challenge(&self) -> Result<Challenge> {
        self.with(|p| p.challenge())
    }

    fn send_otp(&self, iin: &Iin) -> Result<OtpSent> {
        self.with(|p| p.send_otp(iin))
    }

    fn register(&self, registration: &Registration) -> Result<Registered> {
        self.with(|p| p.register(registration))
    }

    fn login(&self, iin: &Iin, password: &str) -> Result<NewSession> {
        self.with(|p| p.login(iin, password))
    }

    fn logout(&self, token: &str) -> Result<()> {
        self.with(|p| p.logout(token))
    }

    fn me(&self, token: &str) -> Result<Me> {
        self.with(|p| p.me(token))
    }

    fn orgs(&self, filter: &OrgFilter) -> Result<Vec<Org>> {
        self.with(|p| p.orgs(filter))
    }

    fn org(&self, id: &str) -> Result<Org> {
        self.with(|p| p.org(id))
    }

    fn person(&self, token: &str, iin: &Iin) -> Result<Person> {
        self.with(|p| p.person(token, iin))
    }

    fn submit(&self, token: &str, signed: &Jws) -> Result<Receipt> {
        self.with(|p| p.submit(token, signed))
    }

    /// In-process a call costs no round trip: the caller asks one by one.
    fn people(&self, _token: &str, _iins: &[Iin]) -> Result<Option<Vec<Option<Person>>>> {
        Ok(None)
    }

    /// In-process a call costs no round trip: the caller submits one by one.
    fn submit_all(&self, _token: &str, _signed: &[&Jws]) -> Result<Option<Vec<Result<Submitted>>>> {
        Ok(None)
    }

    fn requests(
        &self,
        token: &str,
        filter: &RequestFilter,
        limit: usize,
        cursor: Option<&str>,
    ) -> Result<Page<Status>> {
        self.with(|p| p.requests(token, filter, limit, cursor))
    }

    fn status(&self, token: &str, request_id: &str) -> Result<Status> {
        self.with(|p| p.status(token, request_id))
    }

    fn result(&self, token: &str, request_id: &str) -> Result<Outcome> {
        self.with(|p| p.result(token, request_id))
    }

    fn ticket(&self, ticket_number: &str) -> Result<TicketRecord> {
        self.with(|p| p.ticket(ticket_number))
    }

    fn signed_ticket(&self, ticket_number: &str, signature: &str) -> Result<Jws> {
        self.with(|p| p.signed_ticket(ticket_number, signature))
    }

    fn certificate(&self, serial: &str) -> Result<String> {
        self.with(|p| p.certificate(serial))
    }

    fn ca_pem(&self) -> Result<String> {
        self.with(|p| p.ca_pem())
    }

    fn crl_der(&self) -> Result<Vec<u8>> {
        self.with(|p| p.crl_der())
    }

    fn test_identity(&self) -> Result<Option<TestIdentity>> {
        self.with(|p| p.test_identity()).map(Some)
    }

    fn root_crl_der(&self) -> Result<Vec<u8>> {
        self.with(|p| p.root_crl_der())
    }

    fn ocsp(&self, request: &[u8]) -> Result<Vec<u8>> {
        self.with(|p| p.ocsp(request))
    }
}
