//! Accounts and sessions (step 1; process 1, condition 1, process 2): registration of people
//! present in ГБД ФЛ, passwords hashed with PBKDF2-HMAC-SHA256 and a random salt, a lockout
//! of the address that failed (not of the account for everyone) that grows with each lock,
//! and random bearer tokens stored only as their SHA-256. A login comes in two halves around
//! the slow hash, so that the server hashes on a pool of its own with no database held.

use std::num::NonZeroU32;

use ring::rand::{SecureRandom, SystemRandom};
use ring::{digest, pbkdf2};
use rusqlite::{OptionalExtension, params};
use time::OffsetDateTime;

use super::store::Store;
use super::{audit, db};
use crate::api::{NewSession, Registered, Registration, Role};
use crate::clock;
use crate::domain::fields;
use crate::domain::iin::Iin;
use crate::error::{Code, Error, Result};

const SALT_LEN: usize = 16;
const HASH_LEN: usize = 32;
const MIN_PASSWORD: usize = 8;
const MAX_PASSWORD: usize = 1024;

/// The person a valid session belongs to.
#[derive(Debug, Clone)]
pub struct Session {
    pub iin: String,
    pub role: Role,
    /// The operator's clinic.
    pub org: Option<String>,
}

fn random(bytes: &mut [u8]) -> Result<()> {
    SystemRandom::new().fill(bytes).map_err(|_| Error::Authority(crate::t!("random-failed")))
}

fn hash_password(password: &str, salt: &[u8], iterations: u32) -> [u8; HASH_LEN] {
    let mut out = [0u8; HASH_LEN];
    let iterations = NonZeroU32::new(iterations).unwrap_or(NonZeroU32::MIN);
    pbkdf2::derive(pbkdf2::PBKDF2_HMAC_SHA256, iterations, salt, password.as_bytes(), &mut out);
    out
}

fn token_hash(token: &str) -> Vec<u8> {
    digest::digest(&digest::SHA256, token.as_bytes()).as_ref().to_vec()
}

pub(super) fn check_password(password: &str) -> Result<()> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD {
        return Err(Error::input("password", crate::t!("portal-password-short", count = MIN_PASSWORD)));
    }
    if password.len() > MAX_PASSWORD {
        return Err(Error::input("password", crate::t!("portal-password-long", count = MAX_PASSWORD)));
    }
    if password.chars().any(char::is_control) {
        return Err(Error::input("password", crate::t!("portal-password-control")));
    }
    Ok(())
}

/// The password's salted hash, for a new account.
pub(super) fn new_credentials(password: &str, iterations: u32) -> Result<(Vec<u8>, Vec<u8>)> {
    let mut salt = [0u8; SALT_LEN];
    random(&mut salt)?;
    Ok((salt.to_vec(), hash_password(password, &salt, iterations).to_vec()))
}

/// Registers a person of ГБД ФЛ as a citizen, on proof of identity. Until the proof holds,
/// the answer is the same for every valid IIN; after it, `person_not_found` (404) for one
/// ГБД ФЛ does not hold and `already_registered` (409) for one with an account.
pub fn register(store: &mut Store, registration: &Registration) -> Result<Registered> {
    let iin = Iin::parse(&registration.iin, clock::today())
        .map_err(|reason| Error::InvalidIin { iin: registration.iin.clone(), reason })?;
    // Known from the number itself, so it tells nothing about who is on record.
    crate::domain::iin::require_adult(&iin, clock::today(), &crate::t!("portal-minor-register"))?;
    check_password(&registration.password)?;
    // The same rules as the client's flags: the portal trusts no client to have applied them.
    if let Some(phone) = &registration.phone {
        fields::phone(phone).map_err(|why| Error::input("phone", why))?;
    }
    if let Some(email) = &registration.email {
        fields::email(email).map_err(|why| Error::input("email", why))?;
    }
    super::identity::check_proof(store, &iin, registration.proof.as_ref())?;
    create_citizen(
        store,
        &iin,
        &registration.password,
        registration.phone.as_deref(),
        registration.email.as_deref(),
    )
}

/// A citizen's account, the person's identity taken as proved (a registration that proved it,
/// or a mock portal's synthetic person).
pub fn create_citizen(
    store: &mut Store,
    iin: &Iin,
    password: &str,
    phone: Option<&str>,
    email: Option<&str>,
) -> Result<Registered> {
    let settings = super::settings::current(store)?;
    // The slow hash is computed outside the write lock so that other processes are not held up.
    let (salt, hash) = new_credentials(password, settings.pbkdf2_iterations)?;
    let now = clock::rfc3339(clock::now());
    store.write(|tx| {
        require_person(tx, iin)?;
        let inserted = tx
            .execute(
                "INSERT OR IGNORE INTO accounts (iin, role, salt, hash, iterations, phone, email, registered_at)
                 VALUES (?1, 'citizen', ?2, ?3, ?4, ?5, ?6, ?7)",
                params![iin.to_string(), salt, hash, settings.pbkdf2_iterations, phone, email, now],
            )
            .map_err(db)?;
        if inserted == 0 {
            return Err(Error::portal(
                Code::AlreadyRegistered,
                crate::t!("portal-already-registered", iin = iin.to_string()),
            ));
        }
        Ok(Registered { iin: iin.to_string(), registered_at: now.clone() })
    })
}

/// Creates an operator account tied to one clinic (`portal staff add`).
pub fn add_operator(store: &mut Store, iin: &Iin, org_id: &str, password: &str) -> Result<Registered> {
    check_password(password)?;
    let settings = super::settings::current(store)?;
    let (salt, hash) = new_credentials(password, settings.pbkdf2_iterations)?;
    let now = clock::rfc3339(clock::now());
    store.write(|tx| {
        require_person(tx, iin)?;
        super::registry::org_in(tx, org_id)?;
        tx.execute(
            "INSERT INTO accounts (iin, role, org_id, salt, hash, iterations, registered_at)
             VALUES (?1, 'operator', ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (iin) DO UPDATE SET role = 'operator', org_id = ?2, salt = ?3, hash = ?4,
                 iterations = ?5, failures = 0, locked_until = NULL",
            params![iin.to_string(), org_id, salt, hash, settings.pbkdf2_iterations, now],
        )
        .map_err(db)?;
        // A new password: the locks earned by failures against the old one go.
        tx.execute("DELETE FROM login_failures WHERE iin = ?1", [iin.to_string()]).map_err(db)?;
        Ok(Registered { iin: iin.to_string(), registered_at: now.clone() })
    })
}

/// Accounts are for people of ГБД ФЛ only.
fn require_person(conn: &rusqlite::Connection, iin: &Iin) -> Result<()> {
    if super::registry::person_exists(conn, &iin.to_string())? {
        Ok(())
    } else {
        Err(Error::NotFound { what: "thing-person", key: iin.to_string(), code: Code::PersonNotFound })
    }
}

struct Account {
    role: String,
    salt: Vec<u8>,
    hash: Vec<u8>,
    iterations: u32,
}

/// Where the logins of the embedded portal come from, for their lockout: this machine.
pub const LOCAL_PEER: &str = "local";

/// A run of failures that passed this long ago is forgotten: the next lock is a first one.
const QUIET: time::Duration = time::Duration::hours(24);
/// No lock lasts longer than this, however many came before it.
const MAX_LOCK: std::time::Duration = std::time::Duration::from_secs(24 * 3600);

/// Why a login was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    BadCredentials,
    /// The peer is locked out of this account until then.
    Locked(OffsetDateTime),
}

impl Refused {
    pub fn error(self) -> Error {
        match self {
            Refused::BadCredentials => {
                Error::portal(Code::BadCredentials, crate::t!("portal-bad-credentials"))
            }
            Refused::Locked(until) => locked_error(until),
        }
    }
}

/// A login between reading the account and checking the password: what the slow hash needs,
/// so that it runs with no database connection held.
#[derive(Debug)]
pub struct Attempt {
    peer: String,
    iin: String,
    /// None for an IIN without an account, which costs the same hash all the same.
    account: Option<Account>,
    iterations: u32,
}

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Account").field("role", &self.role).finish_non_exhaustive()
    }
}

impl Attempt {
    /// Whether `password` is the account's: the slow PBKDF2, and a constant-time comparison.
    /// An IIN without an account takes the same work, so that timing does not tell who is
    /// registered.
    pub fn verify(&self, password: &str) -> bool {
        match &self.account {
            Some(account) => {
                let iterations = NonZeroU32::new(account.iterations).unwrap_or(NonZeroU32::MIN);
                pbkdf2::verify(
                    pbkdf2::PBKDF2_HMAC_SHA256,
                    iterations,
                    &account.salt,
                    password.as_bytes(),
                    &account.hash,
                )
                .is_ok()
            }
            None => {
                let _ = hash_password(password, &[0u8; SALT_LEN], self.iterations);
                false
            }
        }
    }
}

/// The lock on `peer`'s logins to `iin`, if one holds at `now`.
fn lock_of(
    conn: &rusqlite::Connection,
    peer: &str,
    iin: &str,
    now: OffsetDateTime,
) -> Result<Option<OffsetDateTime>> {
    let until: Option<Option<String>> = conn
        .query_row(
            "SELECT locked_until FROM login_failures WHERE peer = ?1 AND iin = ?2",
            params![peer, iin],
            |r| r.get(0),
        )
        .optional()
        .map_err(db)?;
    Ok(until.flatten().as_deref().and_then(clock::parse_rfc3339).filter(|until| *until > now))
}

/// How long the lock after `locks` earlier ones lasts: `lockout`, doubled each time, at most
/// [`MAX_LOCK`].
fn lock_length(lockout: std::time::Duration, locks: u32) -> std::time::Duration {
    lockout.saturating_mul(1 << locks.min(20)).min(MAX_LOCK.max(lockout))
}

/// The first half of a login (process 1, condition 1): refused at once while `peer` is locked
/// out of `iin`; otherwise what [`Attempt::verify`] needs.
pub fn begin_login(
    store: &mut Store,
    peer: &str,
    iin: &Iin,
) -> Result<std::result::Result<Attempt, Refused>> {
    let settings = super::settings::current(store)?;
    let key = iin.to_string();
    let now = clock::now();
    if let Some(until) = lock_of(store.conn(), peer, &key, now)? {
        audit(store, Some(&key), "login", None, "account_locked")?;
        return Ok(Err(Refused::Locked(until)));
    }
    let account = store
        .conn()
        .query_row("SELECT role, salt, hash, iterations FROM accounts WHERE iin = ?1", [&key], |r| {
            Ok(Account { role: r.get(0)?, salt: r.get(1)?, hash: r.get(2)?, iterations: r.get(3)? })
        })
        .optional()
        .map_err(|e| store.error(e))?;
    Ok(Ok(Attempt { peer: peer.to_owned(), iin: key, account, iterations: settings.pbkdf2_iterations }))
}

/// The second half of a login, once the password is checked: a session, or the failure
/// counted against the peer and the IIN. `lockout_failures` consecutive failures from one peer
/// lock that peer out of the account for `lockout`, each further lock twice as long as the
/// last (at most a day); the owner, elsewhere, is not locked out. A success clears the peer's
/// count; a day without failures forgets it. An IIN without an account counts failures alike,
/// so that locks do not tell who is registered.
pub fn finish_login(
    store: &mut Store,
    attempt: Attempt,
    matched: bool,
) -> Result<std::result::Result<NewSession, Refused>> {
    let settings = super::settings::current(store)?;
    let now = clock::now();
    let stamp = clock::rfc3339(now);
    let Attempt { peer, iin: key, account, .. } = attempt;
    let account = account.filter(|_| matched);
    let Some(account) = account else {
        // Read and written in one write transaction, so that failures made in parallel all
        // count and none lifts a lock another has set.
        return store.write(|tx| {
            let row: Option<(u32, u32, String)> = tx
                .query_row(
                    "SELECT failures, locks, last_at FROM login_failures WHERE peer = ?1 AND iin = ?2",
                    params![peer, key],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()
                .map_err(db)?;
            if let Some(until) = lock_of(tx, &peer, &key, now)? {
                super::audit_in(tx, Some(&key), "login", None, "account_locked")?;
                return Ok(Err(Refused::Locked(until)));
            }
            let (mut failures, mut locks) = match row {
                Some((failures, locks, last))
                    if clock::parse_rfc3339(&last).is_some_and(|t| t + QUIET > now) =>
                {
                    (failures, locks)
                }
                _ => (0, 0),
            };
            failures += 1;
            let mut locked_until = None;
            if failures >= settings.lockout_failures {
                locked_until = Some(now + lock_length(settings.lockout, locks));
                (failures, locks) = (0, locks.saturating_add(1));
            }
            tx.execute(
                "INSERT OR REPLACE INTO login_failures (peer, iin, failures, locks, locked_until, last_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![peer, key, failures, locks, locked_until.map(clock::rfc3339), stamp],
            )
            .map_err(db)?;
            // Runs of failures forgotten: the table holds a day of them at most.
            tx.execute("DELETE FROM login_failures WHERE last_at < ?1", [clock::rfc3339(now - QUIET)])
                .map_err(db)?;
            let refused = match locked_until {
                Some(until) if until > now => Refused::Locked(until),
                _ => Refused::BadCredentials,
            };
            let outcome =
                if refused == Refused::BadCredentials { "bad_credentials" } else { "account_locked" };
            super::audit_in(tx, Some(&key), "login", None, outcome)?;
            Ok(Err(refused))
        });
    };
    let role = Role::parse(&account.role).ok_or_else(|| {
        Error::Authority(crate::t!("portal-unknown-role", account = &key, role = &account.role))
    })?;
    let mut raw = [0u8; 32];
    random(&mut raw)?;
    let token = crate::pki::jws::b64url(&raw);
    let expires_at = now + settings.session_max;
    store.write(|tx| {
        // A lock set by a parallel failure since the row was read still holds.
        if let Some(until) = lock_of(tx, &peer, &key, now)? {
            return Ok(Err(Refused::Locked(until)));
        }
        tx.execute("DELETE FROM login_failures WHERE peer = ?1 AND iin = ?2", params![peer, key])
            .map_err(db)?;
        tx.execute("DELETE FROM sessions WHERE iin = ?1 AND expires_at <= ?2", params![key, stamp])
            .map_err(db)?;
        tx.execute(
            "INSERT INTO sessions (token_hash, iin, created_at, last_used_at, expires_at)
             VALUES (?1, ?2, ?3, ?3, ?4)",
            params![token_hash(&token), key, stamp, clock::rfc3339(expires_at)],
        )
        .map_err(db)?;
        Ok(Ok(NewSession {
            token: token.clone(),
            iin: key.clone(),
            role,
            expires_at: clock::rfc3339(expires_at),
        }))
    })
}

/// A whole login from `peer`, for the embedded portal: [`begin_login`], the hash, and
/// [`finish_login`] in a row.
pub fn login(store: &mut Store, peer: &str, iin: &Iin, password: &str) -> Result<NewSession> {
    let attempt = begin_login(store, peer, iin)?.map_err(Refused::error)?;
    let matched = attempt.verify(password);
    finish_login(store, attempt, matched)?.map_err(Refused::error)
}

fn locked_error(until: OffsetDateTime) -> Error {
    Error::portal(Code::AccountLocked, crate::t!("portal-account-locked", until = clock::human(until)))
}

/// Ends a session; an unknown token is not an error (logging out twice is fine).
pub fn logout(store: &mut Store, token: &str) -> Result<()> {
    store.write(|tx| {
        tx.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash(token)]).map_err(db)?;
        Ok(())
    })
}

/// The session a bearer token stands for. Expired sessions are reported as such, every time.
/// Use refreshes the idle timer, written at most every quarter of the idle time (and at least
/// every minute), so that a busy session does not cost a durable write per request.
pub fn authenticate(store: &mut Store, token: &str) -> Result<Session> {
    let settings = super::settings::current(store)?;
    let hash = token_hash(token);
    let row = store
        .conn()
        .prepare_cached(
            "SELECT s.iin, s.last_used_at, s.expires_at, a.role, a.org_id
             FROM sessions s JOIN accounts a ON a.iin = s.iin WHERE s.token_hash = ?1",
        )
        .and_then(|mut stmt| {
            stmt.query_row([&hash], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                ))
            })
            .optional()
        })
        .map_err(|e| store.error(e))?;
    let Some((iin, last_used, expires, role, org)) = row else {
        return Err(Error::portal(Code::Unauthenticated, crate::t!("portal-not-logged-in")));
    };
    let now = clock::now();
    let last_used = clock::parse_rfc3339(&last_used);
    // Times have whole seconds: a session expires once a full idle period has passed.
    let idle_expired = last_used.is_none_or(|t| t + settings.session_idle < now);
    let expired = clock::parse_rfc3339(&expires).is_none_or(|t| t <= now);
    if idle_expired || expired {
        // The row is kept, so that the token is told `session_expired` every time it comes
        // back, not once and then `unauthenticated`; the next login clears the person's expired
        // sessions, and logout this one.
        return Err(Error::portal(Code::SessionExpired, crate::t!("portal-session-expired")));
    }
    let refresh_every = (settings.session_idle / 4).min(std::time::Duration::from_secs(60));
    // Reading a read-only home does not keep the session alive: there is nowhere to say so.
    if !store.read_only() && last_used.is_some_and(|t| t + refresh_every <= now) {
        store.write(|tx| {
            tx.execute(
                "UPDATE sessions SET last_used_at = max(last_used_at, ?2) WHERE token_hash = ?1",
                params![hash, clock::rfc3339(now)],
            )
            .map_err(db)?;
            Ok(())
        })?;
    }
    let role = Role::parse(&role).unwrap_or(Role::Citizen);
    Ok(Session { iin, role, org })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pbkdf2_matches_rfc_7914_vector() {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1, dkLen=64 (first 32).
        let out = hash_password("passwd", b"salt", 1);
        let expected = [
            0x55, 0xac, 0x04, 0x6e, 0x56, 0xe3, 0x08, 0x9f, 0xec, 0x16, 0x91, 0xc2, 0x25, 0x44, 0xb6, 0x05,
            0xf9, 0x41, 0x85, 0x21, 0x6d, 0xde, 0x04, 0x65, 0xe6, 0x8b, 0x9d, 0x57, 0xc2, 0x0d, 0xac, 0xbc,
        ];
        assert_eq!(out, expected);
    }

    #[test]
    fn passwords_are_checked() {
        assert!(check_password("S3cret-pass").is_ok());
        assert!(check_password("short").is_err());
        assert!(check_password("with\u{7}bell-char").is_err());
    }
}
