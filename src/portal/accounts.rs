//! Accounts and sessions (step 1; process 1, condition 1, process 2): registration of people
//! present in ГБД ФЛ, passwords hashed with PBKDF2-HMAC-SHA256 and a random salt, a lockout
//! after consecutive failures, and random bearer tokens stored only as their SHA-256.

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
    SystemRandom::new().fill(bytes).map_err(|_| Error::Authority("the system random generator failed".into()))
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

fn check_password(password: &str) -> Result<()> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD {
        return Err(Error::input("password", format!("must have at least {MIN_PASSWORD} characters")));
    }
    if password.len() > MAX_PASSWORD {
        return Err(Error::input("password", format!("must have at most {MAX_PASSWORD} bytes")));
    }
    if password.chars().any(char::is_control) {
        return Err(Error::input("password", "must not contain control characters"));
    }
    Ok(())
}

/// The password's salted hash, for a new account.
fn new_credentials(password: &str, iterations: u32) -> Result<(Vec<u8>, Vec<u8>)> {
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
    crate::domain::iin::require_adult(
        &iin,
        clock::today(),
        "does not register: a parent asks for a child's attachment",
    )?;
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
            return Err(Error::portal(Code::AlreadyRegistered, format!("an account for IIN {iin} already exists")));
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
        Ok(Registered { iin: iin.to_string(), registered_at: now.clone() })
    })
}

/// Accounts are for people of ГБД ФЛ only.
fn require_person(conn: &rusqlite::Connection, iin: &Iin) -> Result<()> {
    if super::registry::person_exists(conn, &iin.to_string())? {
        Ok(())
    } else {
        Err(Error::NotFound {
            what: "person in ГБД ФЛ", key: iin.to_string(), code: Code::PersonNotFound
        })
    }
}

struct Account {
    role: String,
    salt: Vec<u8>,
    hash: Vec<u8>,
    iterations: u32,
    locked_until: Option<String>,
}

fn locked(account: &Account, now: OffsetDateTime) -> Option<OffsetDateTime> {
    account.locked_until.as_deref().and_then(clock::parse_rfc3339).filter(|until| *until > now)
}

/// Logs in (process 1, condition 1): the password against the stored hash; after
/// `lockout_failures` consecutive failures the account is locked for `lockout`.
pub fn login(store: &mut Store, iin: &Iin, password: &str) -> Result<NewSession> {
    let settings = super::settings::current(store)?;
    let key = iin.to_string();
    let account = store
        .conn()
        .query_row(
            "SELECT role, salt, hash, iterations, locked_until FROM accounts WHERE iin = ?1",
            [&key],
            |r| {
                Ok(Account {
                    role: r.get(0)?,
                    salt: r.get(1)?,
                    hash: r.get(2)?,
                    iterations: r.get(3)?,
                    locked_until: r.get(4)?,
                })
            },
        )
        .optional()
        .map_err(|e| store.error(e))?;
    let now = clock::now();
    let bad_credentials = || Error::portal(Code::BadCredentials, "wrong IIN or password");
    let Some(account) = account else {
        // The same work as for a real account, so that timing does not tell who is registered.
        let _ = hash_password(password, &[0u8; SALT_LEN], settings.pbkdf2_iterations);
        audit(store, Some(&key), "login", None, "bad_credentials")?;
        return Err(bad_credentials());
    };
    if let Some(until) = locked(&account, now) {
        audit(store, Some(&key), "login", None, "account_locked")?;
        return Err(locked_error(until));
    }
    let iterations = NonZeroU32::new(account.iterations).unwrap_or(NonZeroU32::MIN);
    // `verify` compares in constant time.
    let matches = pbkdf2::verify(
        pbkdf2::PBKDF2_HMAC_SHA256,
        iterations,
        &account.salt,
        password.as_bytes(),
        &account.hash,
    )
    .is_ok();
    if !matches {
        // One statement counts the failure and decides the lock against the row as it is now,
        // not as it was read before the slow hash: attempts made in parallel all count, and
        // none clears a lock another has set. A lockout that has passed starts the count afresh.
        let stamp = clock::rfc3339(now);
        let lock_until = clock::rfc3339(now + settings.lockout);
        let locked_until: Option<String> = store.write(|tx| {
            tx.query_row(
                "UPDATE accounts SET
                     failures = CASE WHEN locked_until IS NOT NULL AND locked_until <= ?2 THEN 1
                                     ELSE failures + 1 END,
                     locked_until = CASE
                         WHEN locked_until IS NOT NULL AND locked_until > ?2 THEN locked_until
                         WHEN (CASE WHEN locked_until IS NOT NULL AND locked_until <= ?2 THEN 1
                                    ELSE failures + 1 END) >= ?3 THEN ?4
                         ELSE NULL END
                 WHERE iin = ?1 RETURNING locked_until",
                params![key, stamp, settings.lockout_failures, lock_until],
                |r| r.get(0),
            )
            .map_err(db)
        })?;
        let locked = locked_until.as_deref().and_then(clock::parse_rfc3339).filter(|until| *until > now);
        let outcome = if locked.is_some() { "account_locked" } else { "bad_credentials" };
        audit(store, Some(&key), "login", None, outcome)?;
        return Err(match locked {
            Some(until) => locked_error(until),
            None => bad_credentials(),
        });
    }
    let role = Role::parse(&account.role)
        .ok_or_else(|| Error::Authority(format!("account {key} has an unknown role `{}`", account.role)))?;
    let mut raw = [0u8; 32];
    random(&mut raw)?;
    let token = crate::pki::jws::b64url(&raw);
    let expires_at = now + settings.session_max;
    let stamp = clock::rfc3339(now);
    store.write(|tx| {
        // A lock set by a parallel failure since the row was read still holds.
        let unlocked = tx
            .execute(
                "UPDATE accounts SET failures = 0, locked_until = NULL
                 WHERE iin = ?1 AND (locked_until IS NULL OR locked_until <= ?2)",
                params![key, stamp],
            )
            .map_err(db)?;
        if unlocked == 0 {
            return Err(Error::portal(
                Code::AccountLocked,
                "the account is locked after repeated failed logins",
            ));
        }
        tx.execute(
            "INSERT INTO sessions (token_hash, iin, created_at, last_used_at, expires_at)
             VALUES (?1, ?2, ?3, ?3, ?4)",
            params![token_hash(&token), key, clock::rfc3339(now), clock::rfc3339(expires_at)],
        )
        .map_err(db)?;
        Ok(())
    })?;
    Ok(NewSession { token, iin: key, role, expires_at: clock::rfc3339(expires_at) })
}

fn locked_error(until: OffsetDateTime) -> Error {
    Error::portal(
        Code::AccountLocked,
        format!("the account is locked after repeated failed logins until {}", clock::rfc3339(until)),
    )
}

/// Ends a session; an unknown token is not an error (logging out twice is fine).
pub fn logout(store: &mut Store, token: &str) -> Result<()> {
    store.write(|tx| {
        tx.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash(token)]).map_err(db)?;
        Ok(())
    })
}

/// The session a bearer token stands for. Expired sessions are removed and reported as such.
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
        return Err(Error::portal(Code::Unauthenticated, "not logged in: run `attach login`"));
    };
    let now = clock::now();
    let last_used = clock::parse_rfc3339(&last_used);
    // Times have whole seconds: a session expires once a full idle period has passed.
    let idle_expired = last_used.is_none_or(|t| t + settings.session_idle < now);
    let expired = clock::parse_rfc3339(&expires).is_none_or(|t| t <= now);
    if idle_expired || expired {
        // A read-only home keeps the expired row; the session is refused all the same.
        if !store.read_only() {
            store.write(|tx| {
                tx.execute("DELETE FROM sessions WHERE token_hash = ?1", [&hash]).map_err(db)?;
                Ok(())
            })?;
        }
        return Err(Error::portal(Code::SessionExpired, "the session has expired: run `attach login` again"));
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
