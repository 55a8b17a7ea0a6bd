//! Proof of identity at registration, as egov.kz asks for it: the portal's challenge signed
//! with the person's authentication certificate, or a one-time code sent to the phone on
//! record in the mobile citizens' database. Until a proof holds, every answer is the same
//! whatever the IIN — in ГБД ФЛ or not, registered or not — so registration tells nobody who
//! is on record. The embedded portal's "SMS gateway" is an outbox in the home
//! (`outbox.jsonl`), one JSON line per message.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use ring::rand::{SecureRandom, SystemRandom};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::store::Store;
use super::{db, nca, registry, settings};
use crate::api::{Challenge, OtpSent, Proof};
use crate::clock;
use crate::domain::document::{Document, Kind};
use crate::domain::iin::Iin;
use crate::error::{Code, Error, Result};
use crate::pki::verify::{self, At, Policy};

/// Wrong codes allowed for one code sent: the next try is refused even with the right one.
const OTP_TRIES: i64 = 3;

/// One message of the outbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub to: String,
    pub text: String,
    pub time: String,
}

fn random(bytes: &mut [u8]) -> Result<()> {
    SystemRandom::new().fill(bytes).map_err(|_| Error::Authority(crate::t!("random-failed")))
}

fn lifetime(store: &mut Store) -> Result<time::Duration> {
    let lifetime = settings::current(store)?.proof_lifetime;
    Ok(time::Duration::try_from(lifetime).unwrap_or(time::Duration::minutes(5)))
}

/// A nonce to sign, valid for the portal's `proof_lifetime`. Expired ones are cleared away.
pub fn challenge(store: &mut Store) -> Result<Challenge> {
    let mut bytes = [0u8; 32];
    random(&mut bytes)?;
    let nonce = crate::pki::jws::b64url(&bytes);
    let now = clock::now();
    let expires_at = clock::rfc3339(now + lifetime(store)?);
    store.write(|tx| {
        tx.execute("DELETE FROM challenges WHERE expires_at < ?1", [clock::rfc3339(now)]).map_err(db)?;
        tx.execute("INSERT INTO challenges (nonce, expires_at) VALUES (?1, ?2)", params![nonce, expires_at])
            .map_err(db)?;
        Ok(())
    })?;
    Ok(Challenge { nonce, expires_at })
}

fn code_hash(salt: &[u8], code: &str) -> Vec<u8> {
    let mut context = ring::digest::Context::new(&ring::digest::SHA256);
    context.update(salt);
    context.update(code.as_bytes());
    context.finish().as_ref().to_vec()
}

/// A six-digit code for `iin`, replacing any sent before, "sent" to the phone on record. The
/// same work and the same answer for every IIN: a code is kept even for one with no phone on
/// record (or not in ГБД ФЛ at all), only no message leaves.
pub fn send_otp(store: &mut Store, iin: &Iin) -> Result<OtpSent> {
    let mut bytes = [0u8; 4];
    random(&mut bytes)?;
    let code = format!("{:06}", u32::from_be_bytes(bytes) % 1_000_000);
    let mut salt = [0u8; 16];
    random(&mut salt)?;
    let now = clock::now();
    let expires_at = clock::rfc3339(now + lifetime(store)?);
    let iin_text = iin.to_string();
    store.write(|tx| {
        tx.execute(
            "INSERT OR REPLACE INTO otp_codes (iin, salt, code_hash, expires_at, tries) VALUES (?1, ?2, ?3, ?4, 0)",
            params![iin_text, salt.to_vec(), code_hash(&salt, &code), expires_at],
        )
        .map_err(db)?;
        Ok(())
    })?;
    if let Some(phone) = registry::phone_on_record(store.conn(), &iin_text)? {
        let text = format!(
            "egov.kz: код для регистрации на портале — {code}. Никому его не сообщайте. \
             Код действует до {expires_at}."
        );
        append(&outbox_path(store), &Message { to: phone, text, time: clock::rfc3339(now) })?;
    }
    Ok(OtpSent { iin: iin_text, expires_at })
}

/// Checks the proof that the person registering is `iin`. A challenge is spent by the first
/// valid signature over it, whatever comes of the registration; a code counts every try.
pub fn check_proof(store: &mut Store, iin: &Iin, proof: Option<&Proof>) -> Result<()> {
    match proof {
        None => Err(Error::input("proof", crate::t!("portal-proof-needed"))),
        Some(Proof::Signature(jws)) => check_signature(store, iin, jws),
        Some(Proof::Otp(code)) => check_code(store, iin, code),
    }
}

fn refused(why: impl Into<String>) -> Error {
    Error::portal(Code::BadCredentials, why)
}

/// A `phc-registration+jws` of `iin` over a challenge of this portal, signed with an
/// authentication certificate that the portal's verifier accepts now.
fn check_signature(store: &mut Store, iin: &Iin, jws: &crate::pki::jws::Jws) -> Result<()> {
    let trust = nca::verifier_trust(store)?;
    let (roots, crls) = ([trust.root], [trust.crl]);
    let now = clock::now();
    let policy = Policy {
        roots: Some(&roots),
        crls: Some(Ok(&crls)),
        at: At::Now,
        now,
        expect: Some(Kind::Registration),
        signing_window: Some(lifetime(store)?),
    };
    let report = verify::verify(jws, &policy);
    report.refusal()?;
    let Some(Document::Registration(proof)) = report.parsed else {
        return Err(Error::document("proof", crate::t!("portal-proof-not-registration")));
    };
    if proof.iin != *iin {
        return Err(Error::Refused {
            check: "signer",
            code: Code::SignerMismatch,
            detail: crate::t!("portal-proof-other-iin", proof = proof.iin.to_string(), iin = iin.to_string()),
        });
    }
    let used = store.write(|tx| {
        let updated = tx
            .execute(
                "UPDATE challenges SET used = 1 WHERE nonce = ?1 AND used = 0 AND expires_at >= ?2",
                params![proof.nonce, clock::rfc3339(now)],
            )
            .map_err(db)?;
        Ok(updated == 0)
    })?;
    if used {
        return Err(refused(crate::t!("portal-challenge-spent")));
    }
    Ok(())
}

/// The code sent to `iin`'s phone: right, in time, and within [`OTP_TRIES`] wrong ones.
fn check_code(store: &mut Store, iin: &Iin, code: &str) -> Result<()> {
    let iin = iin.to_string();
    let now = clock::rfc3339(clock::now());
    // The verdict is committed whatever it is (a wrong try counts, a spent code goes), and
    // only then turned into the refusal.
    // The key of the message saying why, and the tries left.
    let verdict: std::result::Result<(), (&str, i64)> = store.write(|tx| {
        let row: Option<(Vec<u8>, Vec<u8>, String, i64)> = tx
            .query_row(
                "SELECT salt, code_hash, expires_at, tries FROM otp_codes WHERE iin = ?1",
                [&iin],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()
            .map_err(db)?;
        let Some((salt, hash, expires_at, tries)) = row else {
            return Ok(Err(("portal-otp-none", 0)));
        };
        let spent = |why: &'static str| {
            tx.execute("DELETE FROM otp_codes WHERE iin = ?1", [&iin]).map_err(db)?;
            Ok(Err((why, 0)))
        };
        if expires_at < now {
            return spent("portal-otp-expired");
        }
        if tries >= OTP_TRIES {
            return spent("portal-otp-too-many");
        }
        if !same_bytes(&code_hash(&salt, code), &hash) {
            tx.execute("UPDATE otp_codes SET tries = tries + 1 WHERE iin = ?1", [&iin]).map_err(db)?;
            return Ok(Err(("portal-otp-wrong", OTP_TRIES - tries - 1)));
        }
        tx.execute("DELETE FROM otp_codes WHERE iin = ?1", [&iin]).map_err(db)?;
        Ok(Ok(()))
    })?;
    verdict.map_err(|(why, left)| refused(crate::t!(why, count = left)))
}

/// Whether two digests are equal, in a time that does not depend on where they differ.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |differ, (x, y)| differ | (x ^ y)) == 0
}

/// The outbox beside the portal's database.
pub fn outbox_path(store: &Store) -> PathBuf {
    store.path().with_file_name("outbox.jsonl")
}

/// Appends one message, in one write, to the outbox (mode 0600: codes are secrets).
fn append(path: &Path, message: &Message) -> Result<()> {
    let mut line = serde_json::to_vec(message).map_err(|e| Error::Authority(e.to_string()))?;
    line.push(b'\n');
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(path)
        .and_then(|mut file| file.write_all(&line))
        .map_err(|source| Error::Write { path: path.to_owned(), source })
}

/// The messages of the outbox, oldest first, those to `phone` only when given.
pub fn outbox(store: &Store, phone: Option<&str>) -> Result<Vec<Message>> {
    let path = outbox_path(store);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(Error::ReadInput { path, source }),
    };
    Ok(text
        .lines()
        .filter_map(|line| serde_json::from_str::<Message>(line).ok())
        .filter(|m| phone.is_none_or(|p| m.to == p))
        .collect())
}
