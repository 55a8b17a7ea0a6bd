//! `portal stats`: the quality indicators a regional health department reports — requests by
//! status, the share decided within the deadline, refusals by reason, and per clinic.

use std::collections::BTreeMap;

use rusqlite::Connection;
use serde::Serialize;

use super::db;
use crate::clock;
use crate::error::Result;

#[derive(Debug, Default, Serialize, PartialEq)]
pub struct Counts {
    pub total: u64,
    pub submitted: u64,
    pub registered: u64,
    pub completed: u64,
    pub refused: u64,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct ClinicStats {
    pub id: String,
    pub requests: u64,
    pub attached: u64,
    pub within_deadline_pct: Option<f64>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Stats {
    pub requests: Counts,
    /// Of the requests decided, or still open past their deadline: the share decided by the
    /// deadline, in percent with one decimal; null when there is none yet.
    pub within_deadline_pct: Option<f64>,
    pub refusals: BTreeMap<String, u64>,
    pub clinics: Vec<ClinicStats>,
}

/// Decided on time and counted (decided, or open past the deadline).
#[derive(Debug, Default, Clone, Copy)]
struct Timeliness {
    on_time: u64,
    counted: u64,
}

impl Timeliness {
    fn pct(self) -> Option<f64> {
        (self.counted > 0).then(|| (self.on_time as f64 * 1000.0 / self.counted as f64).round() / 10.0)
    }
}

pub fn stats(conn: &Connection) -> Result<Stats> {
    let now = clock::rfc3339(clock::now());
    let mut requests = Counts::default();
    let mut overall = Timeliness::default();
    let mut per_clinic: BTreeMap<String, (u64, Timeliness)> = BTreeMap::new();
    // Times are all RFC 3339 UTC with `Z`, so text order is time order.
    let mut stmt = conn.prepare("SELECT org_id, status, decided_at, deadline FROM requests").map_err(db)?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
            ))
        })
        .map_err(db)?;
    for row in rows {
        let (org, status, decided_at, deadline) = row.map_err(db)?;
        requests.total += 1;
        match status.as_str() {
            "submitted" => requests.submitted += 1,
            "registered" => requests.registered += 1,
            "completed" => requests.completed += 1,
            "refused" => requests.refused += 1,
            _ => {}
        }
        let (counted, on_time) = match &decided_at {
            Some(at) => (true, *at <= deadline),
            None => (now > deadline, false),
        };
        let clinic = per_clinic.entry(org).or_default();
        clinic.0 += 1;
        if counted {
            overall.counted += 1;
            clinic.1.counted += 1;
            if on_time {
                overall.on_time += 1;
                clinic.1.on_time += 1;
            }
        }
    }
    let mut refusals = BTreeMap::new();
    let mut stmt = conn
        .prepare("SELECT refusal_code, count(*) FROM requests WHERE status = 'refused' GROUP BY refusal_code")
        .map_err(db)?;
    for row in
        stmt.query_map([], |r| Ok((r.get::<_, Option<String>>(0)?, r.get::<_, i64>(1)?))).map_err(db)?
    {
        let (code, n) = row.map_err(db)?;
        refusals.insert(code.unwrap_or_else(|| "unknown".into()), n.max(0) as u64);
    }
    let mut stmt = conn
        .prepare(
            "SELECT o.id, (SELECT count(*) FROM attachments a WHERE a.org_id = o.id AND a.until IS NULL)
             FROM orgs o ORDER BY o.id",
        )
        .map_err(db)?;
    let mut clinics = Vec::new();
    for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))).map_err(db)? {
        let (id, attached) = row.map_err(db)?;
        let (count, timeliness) = per_clinic.get(&id).copied().unwrap_or_default();
        clinics.push(ClinicStats {
            id,
            requests: count,
            attached: attached.max(0) as u64,
            within_deadline_pct: timeliness.pct(),
        });
    }
    Ok(Stats { requests, within_deadline_pct: overall.pct(), refusals, clinics })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_have_one_decimal() {
        assert_eq!(Timeliness { on_time: 2, counted: 3 }.pct(), Some(66.7));
        assert_eq!(Timeliness { on_time: 0, counted: 0 }.pct(), None);
        assert_eq!(Timeliness { on_time: 5, counted: 5 }.pct(), Some(100.0));
    }
}
