//! The portal's service, call by call: what the API of SPEC section 6 offers, on an open
//! portal. The embedded backend calls it in-process; `portal serve` calls it per HTTP request.

use super::{Portal, accounts, identity, nca, registry, requests};
use crate::api::{
    Challenge, Child, CurrentAttachment, Me, NewSession, Org, OrgFilter, OtpSent, Outcome, Person, Receipt,
    Registered, Registration, Role, Status, Submitted, TestIdentity, TicketRecord,
};
use crate::clock;
use crate::domain::iin::Iin;
use crate::error::{Code, Error, Result};
use crate::pki::ca::{KeyType, LeafProfile, SubjectKey, random_serial};
use crate::pki::cert::Role as CertRole;
use crate::pki::jws::Jws;
use crate::pki::pem;

impl Portal {
    pub fn register(&mut self, registration: &Registration) -> Result<Registered> {
        accounts::register(&mut self.store, registration)
    }

    pub fn challenge(&mut self) -> Result<Challenge> {
        identity::challenge(&mut self.store)
    }

    pub fn send_otp(&mut self, iin: &Iin) -> Result<OtpSent> {
        identity::send_otp(&mut self.store, iin)
    }

    pub fn login(&mut self, iin: &Iin, password: &str) -> Result<NewSession> {
        accounts::login(&mut self.store, accounts::LOCAL_PEER, iin, password)
    }

    /// The first half of a login from `peer` (the server hashes in between, off the database).
    pub fn begin_login(
        &mut self,
        peer: &str,
        iin: &Iin,
    ) -> Result<Result<accounts::Attempt, accounts::Refused>> {
        accounts::begin_login(&mut self.store, peer, iin)
    }

    /// The second half of a login: a session, or the failure counted.
    pub fn finish_login(
        &mut self,
        attempt: accounts::Attempt,
        matched: bool,
    ) -> Result<Result<NewSession, accounts::Refused>> {
        accounts::finish_login(&mut self.store, attempt, matched)
    }

    pub fn logout(&mut self, token: &str) -> Result<()> {
        accounts::logout(&mut self.store, token)
    }

    pub fn me(&mut self, token: &str) -> Result<Me> {
        let session = requests::session_of(&mut self.store, token)?;
        let conn = self.store.conn();
        let person = registry::person(conn, &session.iin)?.ok_or_else(|| Error::NotFound {
            what: "thing-person",
            key: session.iin.clone(),
            code: Code::PersonNotFound,
        })?;
        let attachment = registry::current_attachment(conn, &session.iin)?.map(|a| CurrentAttachment {
            org: a.org_id,
            district: a.district,
            since: a.since,
            ticket_number: a.ticket_number,
        });
        let today = clock::today();
        let mut children = Vec::new();
        for (child, relation) in registry::children_of(conn, &session.iin)? {
            let Some(record) = registry::person(conn, &child)? else { continue };
            let born = registry::parse_date(&record.birth_date)?;
            if !record.deceased && crate::domain::iin::is_minor(born, today) {
                children.push(Child {
                    iin: record.iin,
                    full_name: record.full_name,
                    birth_date: record.birth_date,
                    address: record.address,
                    relation: relation.as_str().to_owned(),
                    attachment: record.attachment,
                });
            }
        }
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
            children,
        })
    }

    pub fn orgs(&self, filter: &OrgFilter) -> Result<Vec<Org>> {
        registry::orgs(self.store.conn(), filter)
    }

    pub fn org(&self, id: &str) -> Result<Org> {
        registry::org_in(self.store.conn(), id)
    }

    /// A ГБД ФЛ lookup through the gateway: operators only.
    pub fn person(&mut self, token: &str, iin: &Iin) -> Result<Person> {
        let key = iin.to_string();
        self.registry_reader(token, || key.clone())?;
        registry::person(self.store.conn(), &key)?.ok_or_else(|| crate::api::not_in_registry(iin))
    }

    /// Several ГБД ФЛ lookups at once (`POST /v1/batch/people`): operators only.
    pub fn people(&mut self, token: &str, iins: &[Iin]) -> Result<Vec<Option<Person>>> {
        let asked: Vec<String> = iins.iter().map(Iin::to_string).collect();
        self.registry_reader(token, || asked.join(","))?;
        bulk_size(iins.len(), "iins")?;
        asked.iter().map(|iin| registry::person(self.store.conn(), iin)).collect()
    }

    /// The session, when it may look people up in ГБД ФЛ (operators only); a refusal is logged
    /// with the `subject` asked for.
    fn registry_reader(&mut self, token: &str, subject: impl FnOnce() -> String) -> Result<()> {
        let session = requests::session_of(&mut self.store, token)?;
        if session.role == Role::Operator {
            return Ok(());
        }
        super::audit(&mut self.store, Some(&session.iin), "registry lookup", Some(&subject()), "forbidden")?;
        Err(Error::portal(Code::Forbidden, crate::t!("portal-registry-operators-only")))
    }

    pub fn submit(&mut self, token: &str, signed: &Jws) -> Result<Receipt> {
        requests::submit(&mut self.store, token, signed)
    }

    /// Several signed requests at once (`POST /v1/batch/requests`).
    pub fn submit_all(&mut self, token: &str, signed: &[Jws]) -> Result<Vec<Result<Submitted>>> {
        bulk_size(signed.len(), "requests")?;
        requests::submit_all(&mut self.store, token, signed)
    }

    pub fn requests(
        &mut self,
        token: &str,
        filter: &crate::api::RequestFilter,
        limit: usize,
        cursor: Option<&str>,
    ) -> Result<crate::api::Page<Status>> {
        requests::list(&mut self.store, token, filter, limit, cursor)
    }

    pub fn status(&mut self, token: &str, request_id: &str) -> Result<Status> {
        requests::status(&mut self.store, token, request_id)
    }

    pub fn result(&mut self, token: &str, request_id: &str) -> Result<Outcome> {
        requests::result(&mut self.store, token, request_id)
    }

    pub fn ticket(&self, ticket_number: &str) -> Result<TicketRecord> {
        requests::ticket(self.store.conn(), ticket_number)
    }

    /// The signed ticket whose signature the caller gives (a printed ticket's QR code).
    pub fn signed_ticket(&self, ticket_number: &str, signature: &str) -> Result<Jws> {
        requests::signed_ticket(self.store.conn(), ticket_number, signature)
    }

    /// A certificate its authority issued, by serial (hex), with the issuing CA's after it,
    /// as `x5c` names them (PEM).
    pub fn certificate(&self, serial: &str) -> Result<String> {
        let mut serial = serial.trim().to_ascii_uppercase();
        while serial.len() > 2 && serial.starts_with("00") {
            serial.drain(..2);
        }
        let not_found =
            || Error::NotFound { what: "thing-certificate", key: serial.clone(), code: Code::NotFound };
        if serial.is_empty() || serial.len() > 40 || !serial.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(not_found());
        }
        let der: Option<Vec<u8>> = {
            use rusqlite::OptionalExtension;
            self.store
                .conn()
                .query_row("SELECT der FROM certificates WHERE serial = ?1", [&serial], |r| r.get(0))
                .optional()
                .map_err(super::db)?
        };
        let cert = crate::pki::cert::Cert::from_der(&der.ok_or_else(not_found)?).map_err(Error::Authority)?;
        let issuing = nca::issuing(&self.store)?;
        let mut pem = cert.pem();
        if cert.issuer_der == issuing.subject_der && cert.der != issuing.der {
            pem.push_str(&issuing.pem());
        }
        Ok(pem)
    }

    pub fn ca_pem(&self) -> Result<String> {
        Ok(nca::root(&self.store)?.pem())
    }

    pub fn crl_der(&self) -> Result<Vec<u8>> {
        nca::current_crl(&self.store, clock::now())
    }

    /// The root's CRL of the CAs below it, DER.
    pub fn root_crl_der(&self) -> Result<Vec<u8>> {
        nca::root_crl(&self.store, clock::now())
    }

    /// The issuing CA's certificate, DER (what issued certificates name as caIssuers).
    pub fn issuing_der(&self) -> Result<Vec<u8>> {
        Ok(nca::issuing(&self.store)?.der)
    }

    /// The OCSP responder's answer to a DER request.
    pub fn ocsp(&mut self, request: &[u8]) -> Result<Vec<u8>> {
        super::ocsp::answer(&mut self.store, request)
    }

    /// A fresh synthetic citizen: a resident without an account or an attachment, registered
    /// with a random password, with a signing certificate valid for a day.
    pub fn test_identity(&mut self) -> Result<TestIdentity> {
        let (iin, org) = registry::smoke_candidate(self.store.conn())?
            .ok_or_else(|| Error::portal(Code::PersonNotFound, crate::t!("portal-nobody-left")))?;
        let password = random_password()?;
        // A mock portal's synthetic person: the portal itself vouches for who it is.
        let parsed = Iin::parse(&iin, clock::today())
            .map_err(|reason| Error::InvalidIin { iin: iin.clone(), reason })?;
        accounts::create_citizen(&mut self.store, &parsed, &password, None, None)?;
        let (key, cert) = self.issue_individual(&iin, false)?;
        Ok(TestIdentity {
            iin,
            password,
            key_pem: pem::encode("PRIVATE KEY", &key),
            cert_pem: cert.pem(),
            chain_pem: nca::issuing(&self.store)?.pem(),
            org,
        })
    }
}

impl Portal {
    /// A signing certificate (or with `auth` an authentication one) for a resident of ГБД ФЛ,
    /// names from the registry, valid for a day, with a fresh P-256 key: what a synthetic
    /// citizen needs for one journey.
    pub fn issue_individual(&mut self, iin: &str, auth: bool) -> Result<(Vec<u8>, crate::pki::cert::Cert)> {
        let (surname, given, patronymic) = registry::names(self.store.conn(), iin)?.ok_or_else(|| {
            Error::portal(Code::PersonNotFound, crate::t!("portal-not-in-registry", iin = iin))
        })?;
        let now = clock::now();
        let profile = LeafProfile {
            iin: Iin::parse(iin, clock::today())
                .map_err(|reason| Error::InvalidIin { iin: iin.to_owned(), reason })?,
            surname,
            given,
            patronymic,
            organization: None,
            role: CertRole::Individual,
            auth,
            not_before: now - time::Duration::minutes(1),
            not_after: now + time::Duration::days(1),
            serial: random_serial().map_err(|e| Error::Authority(e.to_string()))?,
        };
        let (issued, cert) = nca::issue(&mut self.store, &profile, SubjectKey::Generate(KeyType::P256))?;
        let key = issued.key_pkcs8.ok_or_else(|| Error::Authority(crate::t!("portal-no-key-generated")))?;
        Ok((key, cert))
    }
}

/// 144 random bits, base64url: a password nobody has to type.
pub fn random_password() -> Result<String> {
    let mut bytes = [0u8; 18];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes)
        .map_err(|_| Error::Authority(crate::t!("random-failed")))?;
    Ok(crate::pki::jws::b64url(&bytes))
}

/// A bulk call takes from one to [`crate::api::BULK_MAX`] items.
fn bulk_size(n: usize, field: &str) -> Result<()> {
    if (1..=crate::api::BULK_MAX).contains(&n) {
        return Ok(());
    }
    Err(Error::input(field, crate::t!("portal-bulk-size", count = n, max = crate::api::BULK_MAX)))
}
