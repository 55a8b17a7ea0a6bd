//! The state database of individuals (ГБД ФЛ) and the directory of clinics with their
//! districts and attachments: seeded once per home, then read by every party of the portal.

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::Cached;
use super::seed::{self, SeedClinic, SeedPerson};
use super::store::Store;
use super::{db, nca};
use crate::api::{Attachment, Kin, Org, OrgFilter, Person};
use crate::clock;
use crate::domain::decision;
use crate::domain::document::Relation;
use crate::domain::iin::{Iin, Sex};
use crate::domain::region::Region;
use crate::domain::text;
use crate::error::{Code, Error, Result};
use crate::pki::ca::{KeyType, LeafProfile, SubjectKey, random_serial};
use crate::pki::cert::{Cert, Role};

pub const DEFAULT_PEOPLE: usize = 2000;
pub const DEFAULT_SEED: u64 = 1;
/// The position the ticket names for a clinic's first head.
pub const HEAD_POSITION: &str = "главный врач";
/// How long the heads' certificates issued at seeding stay valid.
const HEAD_CERT_DAYS: i64 = 365;

pub fn is_seeded(conn: &Connection) -> Result<bool> {
    let count: i64 = conn.row_cached("SELECT count(*) FROM orgs", [], |r| r.get(0)).map_err(db)?;
    Ok(count > 0)
}

/// A signing certificate of the first head, from the issuing CA.
fn head_certificate(store: &Store, clinic: &SeedClinic) -> Result<(Vec<u8>, Cert)> {
    let now = clock::now();
    let profile = LeafProfile {
        iin: clinic.head.iin,
        surname: clinic.head.surname.clone(),
        given: clinic.head.given.clone(),
        patronymic: clinic.head.patronymic.clone(),
        organization: Some((clinic.bin, clinic.name.clone())),
        role: Role::Head,
        auth: false,
        not_before: now - time::Duration::minutes(10),
        not_after: now + time::Duration::days(HEAD_CERT_DAYS),
        serial: random_serial().map_err(|e| Error::Authority(e.to_string()))?,
    };
    let issued = nca::issue_unrecorded(store, &profile, SubjectKey::Generate(KeyType::P256))?;
    let cert = Cert::from_der(&issued.cert_der).map_err(Error::Authority)?;
    let key = issued.key_pkcs8.ok_or_else(|| Error::Authority(crate::t!("portal-no-head-key")))?;
    Ok((key, cert))
}

/// Fills ГБД ФЛ and the directory unless another process already did; each clinic's head
/// gets a signing certificate. A portal made before people had phones on record gets them.
pub fn ensure_seeded(store: &mut Store, count: usize, seed_value: u64) -> Result<()> {
    if is_seeded(store.conn())? {
        ensure_phones(store)?;
        return ensure_parents(store);
    }
    let registry = seed::generate(count, seed_value);
    let heads =
        registry.clinics.iter().map(|clinic| head_certificate(store, clinic)).collect::<Result<Vec<_>>>()?;
    store.write(|tx| {
        if is_seeded(tx)? {
            return Ok(());
        }
        insert_people(tx, &registry.people)?;
        insert_phones(
            tx,
            registry.people.iter().filter_map(|p| Some((p.iin.to_string(), p.phone.clone()?))),
        )?;
        insert_parents(tx, &registry.parents)?;
        for (clinic, (key, cert)) in registry.clinics.iter().zip(&heads) {
            nca::record_in(tx, cert, nca::Purpose::Signing)?;
            insert_clinic(tx, clinic, key, cert)?;
        }
        insert_attachments(tx, &registry.people)?;
        recount_districts(tx)?;
        Ok(())
    })
}

fn insert_phones(tx: &Transaction, phones: impl Iterator<Item = (String, String)>) -> Result<()> {
    let mut stmt =
        tx.prepare_cached("INSERT OR IGNORE INTO phones (iin, phone) VALUES (?1, ?2)").map_err(db)?;
    for (iin, phone) in phones {
        stmt.execute(params![iin, phone]).map_err(db)?;
    }
    Ok(())
}

/// Phones on record for the people of a portal seeded before there were any: drawn from the
/// phones' own stream (of seed 0, the portal's seed not being kept), in registry order.
fn ensure_phones(store: &mut Store) -> Result<()> {
    if store.read_only() {
        return Ok(());
    }
    let missing: bool = store
        .conn()
        .query_row("SELECT NOT EXISTS (SELECT 1 FROM phones) AND EXISTS (SELECT 1 FROM people)", [], |r| {
            r.get(0)
        })
        .map_err(db)?;
    if !missing {
        return Ok(());
    }
    let iins: Vec<String> = {
        let mut stmt = store.conn().prepare("SELECT iin FROM people ORDER BY seq").map_err(db)?;
        stmt.query_map([], |r| r.get(0)).map_err(db)?.collect::<rusqlite::Result<_>>().map_err(db)?
    };
    let phones = seed::phones(0, iins.len());
    store.write(|tx| insert_phones(tx, iins.into_iter().zip(phones)))
}

fn insert_parents(tx: &Transaction, links: &[seed::ParentLink]) -> Result<()> {
    let mut stmt = tx
        .prepare_cached("INSERT OR IGNORE INTO parents (child, parent, relation) VALUES (?1, ?2, ?3)")
        .map_err(db)?;
    for link in links {
        stmt.execute(params![link.child.to_string(), link.parent.to_string(), link.relation.as_str()])
            .map_err(db)?;
    }
    Ok(())
}

/// Parent links for a portal seeded before ГБД ФЛ had them: drawn as a new portal's are
/// (the parents' stream of seed 0, the portal's seed not being kept), from the people held.
fn ensure_parents(store: &mut Store) -> Result<()> {
    if store.read_only() {
        return Ok(());
    }
    let missing: bool = store
        .conn()
        .query_row("SELECT NOT EXISTS (SELECT 1 FROM parents) AND EXISTS (SELECT 1 FROM people)", [], |r| {
            r.get(0)
        })
        .map_err(db)?;
    if !missing {
        return Ok(());
    }
    let people = {
        let mut stmt = store
            .conn()
            .prepare("SELECT iin, birth_date, sex, region, deceased FROM people ORDER BY seq")
            .map_err(db)?;
        let rows = stmt
            .query_map([], |r| {
                let text = |i| r.get::<_, String>(i);
                Ok((text(0)?, text(1)?, text(2)?, text(3)?, r.get::<_, bool>(4)?))
            })
            .map_err(db)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db)?;
        rows.into_iter()
            .filter_map(|(iin, birth, sex, region, deceased)| {
                Some(SeedPerson {
                    iin: Iin::parse(&iin, time::Date::MAX).ok()?,
                    surname: String::new(),
                    given: String::new(),
                    patronymic: None,
                    birth_date: parse_date(&birth).ok()?,
                    sex: if sex == Sex::Female.as_str() { Sex::Female } else { Sex::Male },
                    region: Region::parse(&region)?,
                    address: String::new(),
                    deceased,
                    attachment: None,
                    phone: None,
                })
            })
            .collect::<Vec<_>>()
    };
    let links = seed::parent_links(0, &people);
    store.write(|tx| insert_parents(tx, &links))
}

/// A child's parent as ГБД ФЛ links them, named.
#[derive(Debug, Clone, PartialEq)]
pub struct Parent {
    pub iin: String,
    pub full_name: String,
    pub relation: Relation,
}

/// The parents ГБД ФЛ links to `child`.
pub fn parents_of(conn: &Connection, child: &str) -> Result<Vec<Parent>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT l.parent, p.full_name, l.relation FROM parents l JOIN people p ON p.iin = l.parent
             WHERE l.child = ?1 ORDER BY l.parent",
        )
        .map_err(db)?;
    let rows = stmt
        .query_map([child], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))
        .map_err(db)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(db)?;
    Ok(rows
        .into_iter()
        .filter_map(|(iin, full_name, relation)| {
            Some(Parent { iin, full_name, relation: Relation::parse(&relation)? })
        })
        .collect())
}

/// The children ГБД ФЛ links to `parent`: their IINs, and how `parent` is related to each.
pub fn children_of(conn: &Connection, parent: &str) -> Result<Vec<(String, Relation)>> {
    let mut stmt = conn
        .prepare_cached("SELECT child, relation FROM parents WHERE parent = ?1 ORDER BY child")
        .map_err(db)?;
    let rows = stmt
        .query_map([parent], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .map_err(db)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(db)?;
    Ok(rows.into_iter().filter_map(|(child, relation)| Some((child, Relation::parse(&relation)?))).collect())
}

/// The phone on record of a person, if any.
pub fn phone_on_record(conn: &Connection, iin: &str) -> Result<Option<String>> {
    conn.row_cached("SELECT phone FROM phones WHERE iin = ?1", [iin], |r| r.get(0)).optional().map_err(db)
}

fn insert_people(tx: &Transaction, people: &[SeedPerson]) -> Result<()> {
    let mut stmt = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO people
             (iin, seq, surname, given, patronymic, full_name, birth_date, sex, region, address, deceased)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )
        .map_err(db)?;
    for (seq, p) in people.iter().enumerate() {
        stmt.execute(params![
            p.iin.to_string(),
            seq as i64,
            p.surname,
            p.given,
            p.patronymic,
            p.full_name(),
            p.birth_date.to_string(),
            p.sex.as_str(),
            p.region.name(),
            p.address,
            p.deceased,
        ])
        .map_err(db)?;
    }
    Ok(())
}

fn insert_clinic(tx: &Transaction, clinic: &SeedClinic, key: &[u8], cert: &Cert) -> Result<()> {
    tx.exec_cached(
        "INSERT INTO orgs (id, bin, name, region, address, open, head_iin, head_position, head_key_pkcs8,
                           head_cert_serial)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            clinic.id,
            clinic.bin.to_string(),
            clinic.name,
            clinic.region.name(),
            clinic.address,
            clinic.open,
            clinic.head.iin.to_string(),
            HEAD_POSITION,
            key,
            cert.serial,
        ],
    )
    .map_err(db)?;
    for d in &clinic.districts {
        tx.exec_cached(
            "INSERT INTO districts (org_id, number, doctor, capacity) VALUES (?1, ?2, ?3, ?4)",
            params![clinic.id, d.number, d.doctor, d.capacity],
        )
        .map_err(db)?;
    }
    Ok(())
}

/// Sets every district's count of people attached from the attachments themselves.
fn recount_districts(tx: &Transaction) -> Result<()> {
    tx.execute(
        "UPDATE districts SET attached = (SELECT count(*) FROM attachments a
             WHERE a.org_id = districts.org_id AND a.district = districts.number AND a.until IS NULL)",
        [],
    )
    .map_err(db)?;
    Ok(())
}

/// Moves a person's count from one district to another when an attachment ends or begins.
pub(crate) fn count_attachment(tx: &Transaction, org_id: &str, district: u32, change: i64) -> Result<()> {
    tx.exec_cached(
        "UPDATE districts SET attached = attached + ?3 WHERE org_id = ?1 AND number = ?2",
        params![org_id, district, change],
    )
    .map_err(db)?;
    Ok(())
}

fn insert_attachments(tx: &Transaction, people: &[SeedPerson]) -> Result<()> {
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO attachments (iin, org_id, district, reason, since) VALUES (?1, ?2, ?3, ?4, ?5)",
        )
        .map_err(db)?;
    for p in people {
        let Some(a) = &p.attachment else { continue };
        let iin = p.iin.to_string();
        let since = a.since.to_string();
        match a.last_free_choice {
            Some(last) if last == a.since => {
                stmt.execute(params![iin, a.org_id, a.district, "free_choice", since]).map_err(db)?;
            }
            Some(last) => {
                // An earlier change by free choice, ended when the person moved.
                tx.exec_cached(
                    "INSERT INTO attachments (iin, org_id, district, reason, since, until)
                     VALUES (?1, ?2, ?3, 'free_choice', ?4, ?5)",
                    params![iin, a.org_id, a.district, last.to_string(), since],
                )
                .map_err(db)?;
                stmt.execute(params![iin, a.org_id, a.district, "change_of_residence", since]).map_err(db)?;
            }
            None => {
                stmt.execute(params![iin, a.org_id, a.district, "first_attachment", since]).map_err(db)?;
            }
        }
    }
    Ok(())
}

pub fn person_exists(conn: &Connection, iin: &str) -> Result<bool> {
    Ok(conn
        .row_cached("SELECT 1 FROM people WHERE iin = ?1", [iin], |_| Ok(()))
        .optional()
        .map_err(db)?
        .is_some())
}

/// Surname, given name and patronymic as ГБД ФЛ records them.
pub fn names(conn: &Connection, iin: &str) -> Result<Option<(String, String, Option<String>)>> {
    conn.row_cached("SELECT surname, given, patronymic FROM people WHERE iin = ?1", [iin], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })
    .optional()
    .map_err(db)
}

/// A person's full name as ГБД ФЛ records it: one row of `people`, no attachment, no parents.
pub fn full_name(conn: &Connection, iin: &str) -> Result<Option<String>> {
    conn.row_cached("SELECT full_name FROM people WHERE iin = ?1", [iin], |r| r.get(0)).optional().map_err(db)
}

/// A person and the attachment in force (the partial index `attachments_current` finds it).
const PERSON_QUERY: &str = "
    SELECT p.iin, p.full_name, p.birth_date, p.sex, p.region, p.address, p.deceased, a.org_id, a.since
    FROM people p LEFT JOIN attachments a ON a.iin = p.iin AND a.until IS NULL";

fn person_row(r: &rusqlite::Row) -> rusqlite::Result<Person> {
    let org: Option<String> = r.get(7)?;
    Ok(Person {
        iin: r.get(0)?,
        full_name: r.get(1)?,
        birth_date: r.get(2)?,
        sex: r.get(3)?,
        region: r.get(4)?,
        address: r.get(5)?,
        deceased: r.get(6)?,
        attachment: org.map(|org| r.get(8).map(|since| Attachment { org, since })).transpose()?,
        parents: Vec::new(),
    })
}

/// One person of ГБД ФЛ, with a child's parents.
pub fn person(conn: &Connection, iin: &str) -> Result<Option<Person>> {
    let person = conn
        .row_cached(&format!("{PERSON_QUERY} WHERE p.iin = ?1"), [iin], person_row)
        .optional()
        .map_err(db)?;
    person.map(|p| with_parents(conn, p)).transpose()
}

fn with_parents(conn: &Connection, mut person: Person) -> Result<Person> {
    person.parents = parents_of(conn, &person.iin)?
        .into_iter()
        .map(|p| Kin { iin: p.iin, full_name: p.full_name, relation: p.relation.as_str().to_owned() })
        .collect();
    Ok(person)
}

/// Which people [`people`] lists.
#[derive(Debug, Clone, Default)]
pub struct PeopleFilter {
    pub region: Option<Region>,
    /// Only the living.
    pub living: bool,
    pub attachment: AttachmentFilter,
    pub age: AgeFilter,
}

/// People by their age today.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AgeFilter {
    #[default]
    Any,
    /// Under 18.
    Minors,
    /// 18 and over.
    Adults,
}

/// People by their attachment in force.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum AttachmentFilter {
    #[default]
    Any,
    /// Attached to no clinic.
    None,
    /// Attached to this clinic (its directory id).
    To(String),
}

/// People of ГБД ФЛ in registry order, the first `limit` that pass `filter`.
pub fn people(conn: &Connection, limit: usize, filter: &PeopleFilter) -> Result<Vec<Person>> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let (unattached, attached_to) = match &filter.attachment {
        AttachmentFilter::Any => (false, None),
        AttachmentFilter::None => (true, None),
        AttachmentFilter::To(org) => (false, Some(org.as_str())),
    };
    let mut stmt = conn
        .prepare(&format!(
            "{PERSON_QUERY}
             WHERE (?1 IS NULL OR p.region = ?1) AND NOT (?2 AND p.deceased)
               AND NOT (?3 AND a.iin IS NOT NULL) AND (?4 IS NULL OR a.org_id = ?4)
               AND (?6 IS NULL OR (?7 AND p.birth_date > ?6) OR (NOT ?7 AND p.birth_date <= ?6))
             ORDER BY p.seq LIMIT ?5"
        ))
        .map_err(db)?;
    // Born on or before this day: of age today.
    let of_age = (filter.age != AgeFilter::Any)
        .then(|| crate::domain::iin::latest_adult_birth(clock::today()).to_string());
    let minors = filter.age == AgeFilter::Minors;
    let rows = stmt
        .query_map(
            params![
                filter.region.map(Region::name),
                filter.living,
                unattached,
                attached_to,
                limit,
                of_age,
                minors
            ],
            person_row,
        )
        .map_err(db)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(db)?;
    rows.into_iter().map(|p| with_parents(conn, p)).collect()
}

/// The facts of a person the provider's rules read.
pub fn decision_person(conn: &Connection, iin: &str) -> Result<Option<decision::Person>> {
    let row = conn
        .row_cached("SELECT full_name, birth_date, region, deceased FROM people WHERE iin = ?1", [iin], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, bool>(3)?))
        })
        .optional()
        .map_err(db)?;
    row.map(|(full_name, birth, region, deceased)| {
        Ok(decision::Person {
            full_name,
            birth_date: parse_date(&birth)?,
            region: parse_region(&region)?,
            deceased,
        })
    })
    .transpose()
}

pub fn parse_date(text: &str) -> Result<time::Date> {
    time::Date::parse(text, time::macros::format_description!("[year]-[month]-[day]"))
        .map_err(|_| Error::Authority(crate::t!("portal-db-date", text = text)))
}

fn parse_region(text: &str) -> Result<Region> {
    Region::parse(text).ok_or_else(|| Error::Authority(crate::t!("portal-db-region", text = text)))
}

const ORG_QUERY: &str = "
    SELECT o.id, o.bin, o.name, o.region, o.address, o.open,
           (SELECT coalesce(sum(capacity), 0) FROM districts d WHERE d.org_id = o.id),
           (SELECT coalesce(sum(attached), 0) FROM districts d WHERE d.org_id = o.id)
    FROM orgs o";

fn org_row(r: &rusqlite::Row) -> rusqlite::Result<Org> {
    Ok(Org {
        id: r.get(0)?,
        bin: r.get(1)?,
        name: r.get(2)?,
        region: r.get(3)?,
        address: r.get(4)?,
        open: r.get(5)?,
        capacity: r.get::<_, i64>(6)?.max(0) as u64,
        attached: r.get::<_, i64>(7)?.max(0) as u64,
    })
}

fn org_not_found(id: &str) -> Error {
    Error::NotFound { what: "thing-clinic", key: id.to_owned(), code: Code::OrgNotFound }
}

/// One clinic of the directory, or `org_not_found`.
pub fn org_in(conn: &Connection, id: &str) -> Result<Org> {
    // Ids are case-insensitive; the directory keeps them in upper case.
    conn.row_cached(&format!("{ORG_QUERY} WHERE o.id = ?1"), [id.to_ascii_uppercase()], org_row)
        .optional()
        .map_err(db)?
        .ok_or_else(|| org_not_found(id))
}

/// The directory, filtered by region and by a search over id, name and address that folds
/// case and Kazakh letters.
pub fn orgs(conn: &Connection, filter: &OrgFilter) -> Result<Vec<Org>> {
    let region = match filter.region.as_deref() {
        Some(text) => Some(crate::domain::region::parse_arg(text)?),
        None => None,
    };
    let mut stmt = conn.prepare(&format!("{ORG_QUERY} ORDER BY o.id")).map_err(db)?;
    let all = stmt.query_map([], org_row).map_err(db)?.collect::<rusqlite::Result<Vec<_>>>().map_err(db)?;
    let search = filter.search.as_deref().map(text::fold);
    Ok(all
        .into_iter()
        .filter(|o| region.is_none_or(|r| o.region == r.name()))
        .filter(|o| {
            search.as_deref().is_none_or(|s| {
                [&o.id, &o.name, &o.address, &o.region, &o.bin].iter().any(|f| text::fold(f).contains(s))
            })
        })
        .collect())
}

/// A clinic with its districts' load, as the provider's rules read it.
pub fn decision_clinic(conn: &Connection, id: &str) -> Result<Option<decision::Clinic>> {
    let row = conn
        .row_cached("SELECT region, open FROM orgs WHERE id = ?1", [id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, bool>(1)?))
        })
        .optional()
        .map_err(db)?;
    let Some((region, open)) = row else { return Ok(None) };
    let mut stmt = conn
        .prepare_cached("SELECT number, capacity, attached FROM districts WHERE org_id = ?1 ORDER BY number")
        .map_err(db)?;
    let districts = stmt
        .query_map([id], |r| {
            Ok(decision::District { number: r.get(0)?, capacity: r.get(1)?, attached: r.get(2)? })
        })
        .map_err(db)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(db)?;
    Ok(Some(decision::Clinic { id: id.to_owned(), region: parse_region(&region)?, open, districts }))
}

/// The person's current attachment.
pub fn current_attachment(conn: &Connection, iin: &str) -> Result<Option<CurrentRow>> {
    conn.row_cached(
        "SELECT a.id, a.org_id, a.district, a.since, a.ticket_number, o.open
         FROM attachments a JOIN orgs o ON o.id = a.org_id WHERE a.iin = ?1 AND a.until IS NULL",
        [iin],
        |r| {
            Ok(CurrentRow {
                id: r.get(0)?,
                org_id: r.get(1)?,
                district: r.get(2)?,
                since: r.get(3)?,
                ticket_number: r.get(4)?,
                org_open: r.get(5)?,
            })
        },
    )
    .optional()
    .map_err(db)
}

#[derive(Debug, Clone)]
pub struct CurrentRow {
    pub id: i64,
    pub org_id: String,
    pub district: u32,
    pub since: String,
    pub ticket_number: Option<String>,
    pub org_open: bool,
}

/// The date of the person's last approved change by free choice.
pub fn last_free_choice(conn: &Connection, iin: &str) -> Result<Option<time::Date>> {
    let since: Option<String> = conn
        .row_cached(
            "SELECT max(since) FROM attachments WHERE iin = ?1 AND reason = 'free_choice'",
            [iin],
            |r| r.get(0),
        )
        .map_err(db)?;
    since.map(|s| parse_date(&s[..s.len().min(10)])).transpose()
}

/// A resident for `attach smoke`: alive, without an account or an attachment, with an open
/// clinic of their region that has room. Returns the IIN and the clinic.
pub fn smoke_candidate(conn: &Connection) -> Result<Option<(String, String)>> {
    // Of age: a child neither registers nor signs.
    let of_age = crate::domain::iin::latest_adult_birth(clock::today()).to_string();
    conn.row_cached(
        "SELECT p.iin, o.id FROM people p JOIN orgs o ON o.region = p.region AND o.open = 1
         WHERE p.deceased = 0 AND p.birth_date <= ?1
           AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.iin = p.iin)
           AND NOT EXISTS (SELECT 1 FROM attachments t WHERE t.iin = p.iin AND t.until IS NULL)
           AND EXISTS (SELECT 1 FROM districts d WHERE d.org_id = o.id AND d.capacity > d.attached)
         ORDER BY p.seq DESC, o.id LIMIT 1",
        [of_age],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
    .map_err(db)
}
