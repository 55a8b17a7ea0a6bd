//! The administrator's work on the portal's accounts and clinics — list accounts, unlock one,
//! reset a password; list and remove operators; set a clinic's capacity, open or close it —
//! each written to the audit log with the administrator (`admin`) as the actor.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::store::Store;
use super::{audit_in, db};
use crate::clock;
use crate::domain::iin::Iin;
use crate::error::{Code, Error, Result};

/// Who the audit log names for what is done from the command line on the portal's home.
pub const ACTOR: &str = "admin";

/// An account as `portal accounts list` shows it: never its credentials.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccountRow {
    pub iin: String,
    pub role: String,
    pub org: Option<String>,
    pub registered_at: String,
    /// The latest lockout still running for this IIN from any address, if any.
    pub locked_until: Option<String>,
    /// Failed logins counted toward the next lockout, over every address.
    pub failures: u32,
    pub sessions: u32,
}

/// Every account (or the operators of `org`, or those locked now), by IIN.
pub fn accounts(
    store: &Store,
    role: Option<&str>,
    org: Option<&str>,
    locked: bool,
) -> Result<Vec<AccountRow>> {
    let now = clock::rfc3339(clock::now());
    let mut stmt = store
        .conn()
        .prepare(
            "SELECT a.iin, a.role, a.org_id, a.registered_at,
                    (SELECT max(f.locked_until) FROM login_failures f WHERE f.iin = a.iin AND f.locked_until > ?1),
                    (SELECT coalesce(sum(f.failures), 0) FROM login_failures f WHERE f.iin = a.iin),
                    (SELECT count(*) FROM sessions s WHERE s.iin = a.iin AND s.expires_at > ?1)
             FROM accounts a
             WHERE (?2 IS NULL OR a.role = ?2) AND (?3 IS NULL OR a.org_id = upper(?3))
             ORDER BY a.iin",
        )
        .map_err(db)?;
    let rows = stmt
        .query_map(params![now, role, org], |r| {
            Ok(AccountRow {
                iin: r.get(0)?,
                role: r.get(1)?,
                org: r.get(2)?,
                registered_at: r.get(3)?,
                locked_until: r.get(4)?,
                failures: r.get::<_, i64>(5)?.max(0) as u32,
                sessions: r.get::<_, i64>(6)?.max(0) as u32,
            })
        })
        .map_err(db)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(db)?;
    Ok(rows.into_iter().filter(|a| !locked || a.locked_until.is_some()).collect())
}

fn require_account(tx: &rusqlite::Connection, iin: &Iin) -> Result<String> {
    tx.query_row("SELECT role FROM accounts WHERE iin = ?1", [iin.to_string()], |r| r.get(0))
        .optional()
        .map_err(db)?
        .ok_or_else(|| Error::NotFound { what: "thing-account", key: iin.to_string(), code: Code::NotFound })
}

/// Forgets the failed logins of `iin` from every address, and the lockouts they earned.
/// Returns how many addresses had them.
pub fn unlock(store: &mut Store, iin: &Iin) -> Result<usize> {
    store.write(|tx| {
        require_account(tx, iin)?;
        let cleared =
            tx.execute("DELETE FROM login_failures WHERE iin = ?1", [iin.to_string()]).map_err(db)?;
        tx.execute("UPDATE accounts SET failures = 0, locked_until = NULL WHERE iin = ?1", [iin.to_string()])
            .map_err(db)?;
        audit_in(tx, Some(ACTOR), "unlock", Some(&iin.to_string()), "ok")?;
        Ok(cleared)
    })
}

/// A new password for `iin`: the lockouts go, and every session of the account ends.
/// Returns how many sessions ended.
pub fn reset_password(store: &mut Store, iin: &Iin, password: &str) -> Result<usize> {
    super::accounts::check_password(password)?;
    let settings = super::settings::current(store)?;
    let (salt, hash) = super::accounts::new_credentials(password, settings.pbkdf2_iterations)?;
    store.write(|tx| {
        require_account(tx, iin)?;
        tx.execute(
            "UPDATE accounts SET salt = ?2, hash = ?3, iterations = ?4, failures = 0, locked_until = NULL
             WHERE iin = ?1",
            params![iin.to_string(), salt, hash, settings.pbkdf2_iterations],
        )
        .map_err(db)?;
        tx.execute("DELETE FROM login_failures WHERE iin = ?1", [iin.to_string()]).map_err(db)?;
        let ended = tx.execute("DELETE FROM sessions WHERE iin = ?1", [iin.to_string()]).map_err(db)?;
        audit_in(tx, Some(ACTOR), "reset_password", Some(&iin.to_string()), "ok")?;
        Ok(ended)
    })
}

/// Removes an operator's account and ends its sessions; a citizen's account is not an
/// operator's to remove (`not_found`). Returns how many sessions ended.
pub fn remove_operator(store: &mut Store, iin: &Iin) -> Result<usize> {
    store.write(|tx| {
        let role = require_account(tx, iin)?;
        if role != "operator" {
            return Err(Error::NotFound {
                what: "thing-operator",
                key: iin.to_string(),
                code: Code::NotFound,
            });
        }
        let ended = tx.execute("DELETE FROM sessions WHERE iin = ?1", [iin.to_string()]).map_err(db)?;
        tx.execute("DELETE FROM login_failures WHERE iin = ?1", [iin.to_string()]).map_err(db)?;
        tx.execute("DELETE FROM accounts WHERE iin = ?1", [iin.to_string()]).map_err(db)?;
        audit_in(tx, Some(ACTOR), "remove_operator", Some(&iin.to_string()), "ok")?;
        Ok(ended)
    })
}

/// What `portal orgs set` changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgChange {
    /// The clinic's capacity, over its districts (split evenly, the first ones taking the rest).
    Capacity(u64),
    Open,
    Closed,
}

/// Changes a clinic; returns it as the directory now shows it.
pub fn set_org(store: &mut Store, id: &str, change: OrgChange) -> Result<crate::api::Org> {
    store.write(|tx| {
        let org = super::registry::org_in(tx, id)?;
        let outcome = match change {
            OrgChange::Capacity(total) => {
                let districts: Vec<i64> = {
                    let mut stmt = tx
                        .prepare("SELECT number FROM districts WHERE org_id = ?1 ORDER BY number")
                        .map_err(db)?;
                    stmt.query_map([&org.id], |r| r.get(0))
                        .map_err(db)?
                        .collect::<rusqlite::Result<Vec<_>>>()
                        .map_err(db)?
                };
                let n = districts.len().max(1) as u64;
                for (i, number) in districts.iter().enumerate() {
                    let share = total / n + u64::from((i as u64) < total % n);
                    tx.execute(
                        "UPDATE districts SET capacity = ?3 WHERE org_id = ?1 AND number = ?2",
                        params![org.id, number, share as i64],
                    )
                    .map_err(db)?;
                }
                format!("capacity {total}")
            }
            OrgChange::Open | OrgChange::Closed => {
                let open = change == OrgChange::Open;
                tx.execute("UPDATE orgs SET open = ?2 WHERE id = ?1", params![org.id, open]).map_err(db)?;
                if open { "open" } else { "closed" }.to_owned()
            }
        };
        audit_in(tx, Some(ACTOR), "set_org", Some(&org.id), &outcome)?;
        super::registry::org_in(tx, &org.id)
    })
}
