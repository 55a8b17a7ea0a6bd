//! The provider's decision on an attachment request (SPEC section 7): which refusal applies, each
//! with a stable code, or which district of the clinic the applicant is attached to.
//!
//! The checks run in a fixed order and the first that fails decides:
//!
//! 1. `person_not_found` and 2. `org_not_found`: every later rule reads the applicant's record
//!    and the clinic's, so without them nothing else can be judged.
//! 3. `data_mismatch`: until the request is known to describe the person found, the register's
//!    facts about that person say nothing about the request.
//! 4. `already_attached`: a request for the clinic one is already attached to has nothing to
//!    change, whatever reason it gives, so this is the most precise answer.
//! 5. `wrong_reason`: the remaining rules depend on the reason, so it must be true first.
//! 6. `out_of_region`: free choice is within the region one lives in (ГБД ФЛ's), and a change
//!    of residence attaches to a clinic of the region one moves to — the request's address, or
//!    ГБД ФЛ's when the request gives none; a clinic that closed is always replaced.
//! 7. `too_frequent`: a limit of free choice only.
//! 8. `no_capacity` last: it is the only refusal that concerns the clinic's state today rather
//!    than the applicant's right to attach, and the only one that waiting may lift.
//!
//! On approval the applicant goes to the district with the most free places (capacity less
//! attached); of equals, the one with the lowest number.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use time::{Date, Month};

use crate::domain::document::Reason;
use crate::domain::region::Region;
use crate::i18n;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RefusalCode {
    PersonNotFound,
    OrgNotFound,
    OutOfRegion,
    AlreadyAttached,
    TooFrequent,
    NoCapacity,
    DataMismatch,
    WrongReason,
}

impl RefusalCode {
    pub const ALL: [RefusalCode; 8] = [
        RefusalCode::PersonNotFound,
        RefusalCode::OrgNotFound,
        RefusalCode::OutOfRegion,
        RefusalCode::AlreadyAttached,
        RefusalCode::TooFrequent,
        RefusalCode::NoCapacity,
        RefusalCode::DataMismatch,
        RefusalCode::WrongReason,
    ];

    /// The code as the contract writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            RefusalCode::PersonNotFound => "person_not_found",
            RefusalCode::OrgNotFound => "org_not_found",
            RefusalCode::OutOfRegion => "out_of_region",
            RefusalCode::AlreadyAttached => "already_attached",
            RefusalCode::TooFrequent => "too_frequent",
            RefusalCode::NoCapacity => "no_capacity",
            RefusalCode::DataMismatch => "data_mismatch",
            RefusalCode::WrongReason => "wrong_reason",
        }
    }

    pub fn parse(s: &str) -> Option<RefusalCode> {
        RefusalCode::ALL.into_iter().find(|code| code.as_str() == s)
    }
}

impl fmt::Display for RefusalCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A refusal as people read it: its code and a sentence naming the facts behind it, in the
/// reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub code: RefusalCode,
    pub message: String,
}

/// Why a request is refused: its code, and the facts behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grounds {
    pub code: RefusalCode,
    pub facts: Facts,
}

/// The facts behind a refusal as a message of the catalogues, by its key and arguments. The
/// portal keeps these, not words, and words them in the language of whoever reads the refusal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    pub key: String,
    pub args: BTreeMap<String, Fact>,
}

/// A fact of a refusal's grounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fact {
    /// Worded as it is: a name, a date, a clinic's id.
    Text(String),
    /// Worded in the reader's language.
    Region(Region),
}

impl Grounds {
    fn new<const N: usize>(code: RefusalCode, key: &str, args: [(&str, Fact); N]) -> Grounds {
        let args = args.into_iter().map(|(name, fact)| (name.to_owned(), fact)).collect();
        Grounds { code, facts: Facts { key: key.to_owned(), args } }
    }

    /// The refusal, worded in the language of the moment.
    pub fn refusal(&self) -> Refusal {
        self.facts.refusal(self.code)
    }
}

impl Facts {
    /// The sentence, in the language of the moment.
    pub fn words(&self) -> String {
        let args: Vec<(&str, fluent_bundle::FluentValue)> = self
            .args
            .iter()
            .map(|(name, fact)| {
                let value = match fact {
                    Fact::Text(text) => text.clone(),
                    Fact::Region(region) => crate::t!("region", region = region.slug()),
                };
                (name.as_str(), value.into())
            })
            .collect();
        i18n::message(&self.key, &args)
    }

    /// The refusal, worded in the language of the moment.
    pub fn refusal(&self, code: RefusalCode) -> Refusal {
        Refusal { code, message: self.words() }
    }
}

fn text(value: impl fmt::Display) -> Fact {
    Fact::Text(value.to_string())
}

/// A person as ГБД ФЛ (the state database of individuals) records them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub full_name: String,
    pub birth_date: Date,
    pub region: Region,
    pub deceased: bool,
}

/// A district (участок) of a clinic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct District {
    pub number: u32,
    pub capacity: u32,
    pub attached: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clinic {
    pub id: String,
    pub region: Region,
    pub open: bool,
    pub districts: Vec<District>,
}

/// The applicant's current attachment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub org_id: String,
    pub org_open: bool,
    pub since: Date,
}

/// Everything a decision depends on: the request's claims and the registers' facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Case<'a> {
    pub reason: Reason,
    /// As written in the request.
    pub full_name: &'a str,
    /// As written in the request.
    pub birth_date: Date,
    /// The region the request's address names, when it gives one (a new residence).
    pub residence: Option<Region>,
    /// None: absent from ГБД ФЛ.
    pub person: Option<&'a Person>,
    /// None: no such clinic.
    pub clinic: Option<&'a Clinic>,
    pub current: Option<&'a Attachment>,
    /// The date of the last approved change by free choice.
    pub last_free_choice: Option<Date>,
    /// The Asia/Aqtau date of the decision.
    pub today: Date,
}

/// The district number to attach to, or the grounds of the refusal.
pub fn decide(case: &Case) -> Result<u32, Grounds> {
    use RefusalCode as R;
    let person = match case.person {
        None => return Err(Grounds::new(R::PersonNotFound, "refusal-not-in-registry", [])),
        Some(person) if person.deceased => {
            return Err(Grounds::new(R::PersonNotFound, "refusal-deceased", []));
        }
        Some(person) => person,
    };
    let clinic = match case.clinic {
        None => return Err(Grounds::new(R::OrgNotFound, "refusal-no-clinic", [])),
        Some(clinic) if !clinic.open => {
            return Err(Grounds::new(
                R::OrgNotFound,
                "refusal-clinic-closed",
                [("clinic", text(&clinic.id))],
            ));
        }
        Some(clinic) => clinic,
    };
    check_data(case, person)?;
    if let Some(current) = case.current.filter(|current| current.org_id == clinic.id) {
        return Err(Grounds::new(
            R::AlreadyAttached,
            "refusal-already-attached",
            [("clinic", text(&clinic.id)), ("since", text(current.since))],
        ));
    }
    check_reason(case)?;
    if case.reason == Reason::ChangeOfResidence {
        let (lives, whence) = match case.residence {
            Some(region) => (region, "address"),
            None => (person.region, "registry"),
        };
        if lives != clinic.region {
            return Err(Grounds::new(
                R::OutOfRegion,
                "refusal-residence-out-of-region",
                [
                    ("lives", Fact::Region(lives)),
                    ("whence", text(whence)),
                    ("clinic", text(&clinic.id)),
                    ("clinic_region", Fact::Region(clinic.region)),
                ],
            ));
        }
    }
    if case.reason == Reason::FreeChoice {
        if person.region != clinic.region {
            return Err(Grounds::new(
                R::OutOfRegion,
                "refusal-free-choice-out-of-region",
                [
                    ("lives", Fact::Region(person.region)),
                    ("clinic", text(&clinic.id)),
                    ("clinic_region", Fact::Region(clinic.region)),
                ],
            ));
        }
        if let Some(last) = case.last_free_choice {
            let allowed = one_year_after(last);
            if case.today < allowed {
                return Err(Grounds::new(
                    R::TooFrequent,
                    "refusal-too-frequent",
                    [("last", text(last)), ("allowed", text(allowed))],
                ));
            }
        }
    }
    district(clinic)
        .ok_or_else(|| Grounds::new(R::NoCapacity, "refusal-no-capacity", [("clinic", text(&clinic.id))]))
}

/// The request's name and birth date against the register's. Names differ only in spacing and
/// case when written by hand; a different letter, Kazakh or not, is different data.
fn check_data(case: &Case, person: &Person) -> Result<(), Grounds> {
    let name_differs = normalize_name(case.full_name) != normalize_name(&person.full_name);
    let date_differs = case.birth_date != person.birth_date;
    let key = match (name_differs, date_differs) {
        (false, false) => return Ok(()),
        (true, false) => "refusal-name-differs",
        (false, true) => "refusal-birth-date-differs",
        (true, true) => "refusal-name-and-birth-date-differ",
    };
    Err(Grounds::new(
        RefusalCode::DataMismatch,
        key,
        [
            ("name", text(case.full_name.trim())),
            ("birth_date", text(case.birth_date)),
            ("registry_name", text(&person.full_name)),
            ("registry_birth_date", text(person.birth_date)),
        ],
    ))
}

fn normalize_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn check_reason(case: &Case) -> Result<(), Grounds> {
    let (key, current) = match (case.reason, case.current) {
        (Reason::FirstAttachment, Some(current)) => ("refusal-first-but-attached", current.org_id.as_str()),
        (Reason::OrgClosed, None) => ("refusal-closed-but-unattached", ""),
        (Reason::OrgClosed, Some(current)) if current.org_open => {
            ("refusal-closed-but-open", current.org_id.as_str())
        }
        _ => return Ok(()),
    };
    Err(Grounds::new(RefusalCode::WrongReason, key, [("current", text(current))]))
}

/// The first day a new change by free choice is allowed: the same calendar day a year later, or
/// 1 March for a change made on 29 February, as the next year has no 29 February.
fn one_year_after(last: Date) -> Date {
    let year = last.year() + 1;
    let next = match (last.month(), last.day()) {
        (Month::February, 29) => Date::from_calendar_date(year, Month::March, 1),
        _ => last.replace_year(year),
    };
    // Only the last representable year has no next one; nothing is allowed after it.
    next.unwrap_or(Date::MAX)
}

/// The district with the most free places, of equals the lowest number; None when all are full.
fn district(clinic: &Clinic) -> Option<u32> {
    let free = |d: &District| d.capacity.saturating_sub(d.attached);
    clinic
        .districts
        .iter()
        .filter(|d| free(d) > 0)
        .max_by(|a, b| free(a).cmp(&free(b)).then(b.number.cmp(&a.number)))
        .map(|d| d.number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const OUR_CLINIC: &str = "aktau-pol-1";

    /// The facts of one case, owned so that a row can change any of them.
    struct Facts {
        reason: Reason,
        full_name: &'static str,
        birth_date: Date,
        residence: Option<Region>,
        person: Option<Person>,
        clinic: Option<Clinic>,
        current: Option<Attachment>,
        last_free_choice: Option<Date>,
        today: Date,
    }

    impl Facts {
        fn case(&self) -> Case<'_> {
            Case {
                reason: self.reason,
                full_name: self.full_name,
                birth_date: self.birth_date,
                residence: self.residence,
                person: self.person.as_ref(),
                clinic: self.clinic.as_ref(),
                current: self.current.as_ref(),
                last_free_choice: self.last_free_choice,
                today: self.today,
            }
        }

        fn person(&mut self) -> &mut Person {
            self.person.as_mut().unwrap()
        }

        fn clinic(&mut self) -> &mut Clinic {
            self.clinic.as_mut().unwrap()
        }

        fn current(&mut self) -> &mut Attachment {
            self.current.as_mut().unwrap()
        }

        fn districts(&mut self, districts: &[(u32, u32, u32)]) {
            self.clinic().districts = districts
                .iter()
                .map(|&(number, capacity, attached)| District { number, capacity, attached })
                .collect();
        }
    }

    /// A free choice that is granted, in district 2: an applicant of Aktau, attached to another
    /// clinic of Aktau, whose last free choice was more than a year ago.
    fn facts() -> Facts {
        Facts {
            reason: Reason::FreeChoice,
            full_name: "Нұрланова Әлия Серікқызы",
            birth_date: date!(1990 - 01 - 01),
            residence: None,
            person: Some(Person {
                full_name: "Нұрланова Әлия Серікқызы".to_owned(),
                birth_date: date!(1990 - 01 - 01),
                region: Region::Aktau,
                deceased: false,
            }),
            clinic: Some(Clinic {
                id: OUR_CLINIC.to_owned(),
                region: Region::Aktau,
                open: true,
                districts: vec![
                    District { number: 1, capacity: 100, attached: 100 },
                    District { number: 2, capacity: 100, attached: 40 },
                    District { number: 3, capacity: 100, attached: 60 },
                ],
            }),
            current: Some(Attachment {
                org_id: "aktau-pol-2".to_owned(),
                org_open: true,
                since: date!(2020 - 05 - 01),
            }),
            last_free_choice: Some(date!(2025 - 03 - 10)),
            today: date!(2026 - 11 - 25),
        }
    }

    /// A refusal's code and a part of its message.
    type Outcome = Result<u32, (RefusalCode, &'static str)>;

    /// What a row tests, how its case differs from `facts()`, and the outcome.
    type Row = (&'static str, fn(&mut Facts), Outcome);

    /// Refusal rows come with a control row that differs from them only in the fact tested.
    const ROWS: &[Row] = &[
        ("granted as is", |_| {}, Ok(2)),
        ("absent from ГБД ФЛ", |f| f.person = None, Err((RefusalCode::PersonNotFound, "not in ГБД ФЛ"))),
        ("deceased", |f| f.person().deceased = true, Err((RefusalCode::PersonNotFound, "deceased"))),
        ("control: alive", |f| f.person().deceased = false, Ok(2)),
        ("no such clinic", |f| f.clinic = None, Err((RefusalCode::OrgNotFound, "not in the register"))),
        (
            "clinic closed",
            |f| f.clinic().open = false,
            Err((RefusalCode::OrgNotFound, "`aktau-pol-1` is closed")),
        ),
        ("control: clinic open", |f| f.clinic().open = true, Ok(2)),
        (
            "Kazakh letters written as Russian ones",
            |f| f.full_name = "Нурланова Алия Серикқызы",
            Err((RefusalCode::DataMismatch, "`Нурланова Алия Серикқызы` but ГБД ФЛ has `Нұрланова Әлия")),
        ),
        ("control: spacing and case", |f| f.full_name = "  нұрланова   ӘЛИЯ\tсерікқызы ", Ok(2)),
        (
            "another birth date",
            |f| f.birth_date = date!(1990 - 01 - 02),
            Err((RefusalCode::DataMismatch, "birth date 1990-01-02 but ГБД ФЛ has 1990-01-01")),
        ),
        ("control: the same birth date", |f| f.birth_date = date!(1990 - 01 - 01), Ok(2)),
        (
            "another name and birth date",
            |f| {
                f.full_name = "Нұрланова Әлия";
                f.birth_date = date!(1991 - 01 - 01);
            },
            Err((RefusalCode::DataMismatch, "`Нұрланова Әлия`, born 1991-01-01, but ГБД ФЛ has")),
        ),
        (
            "attached to this clinic",
            |f| f.current().org_id = OUR_CLINIC.to_owned(),
            Err((RefusalCode::AlreadyAttached, "attached to clinic `aktau-pol-1` since 2020-05-01")),
        ),
        ("control: attached elsewhere", |f| f.current().org_id = "aktau-pol-2".to_owned(), Ok(2)),
        (
            "first attachment while attached",
            |f| f.reason = Reason::FirstAttachment,
            Err((
                RefusalCode::WrongReason,
                "first attachment but the applicant is attached to clinic `aktau-pol-2`",
            )),
        ),
        (
            "control: first attachment, not attached",
            |f| {
                f.reason = Reason::FirstAttachment;
                f.current = None;
            },
            Ok(2),
        ),
        (
            "clinic closed while it is open",
            |f| f.reason = Reason::OrgClosed,
            Err((RefusalCode::WrongReason, "clinic `aktau-pol-2`, where the applicant is attached, is open")),
        ),
        (
            "clinic closed, not attached",
            |f| {
                f.reason = Reason::OrgClosed;
                f.current = None;
            },
            Err((RefusalCode::WrongReason, "not attached to any clinic")),
        ),
        (
            "control: clinic closed and it is",
            |f| {
                f.reason = Reason::OrgClosed;
                f.current().org_open = false;
            },
            Ok(2),
        ),
        (
            "free choice in another region",
            |f| f.person().region = Region::Zhanaozen,
            Err((
                RefusalCode::OutOfRegion,
                "the applicant lives in Жанаозен and clinic `aktau-pol-1` is in Актау",
            )),
        ),
        ("control: free choice in one's region", |f| f.person().region = Region::Aktau, Ok(2)),
        (
            "change of residence, no new address, living in another region",
            |f| {
                f.reason = Reason::ChangeOfResidence;
                f.person().region = Region::Zhanaozen;
            },
            Err((
                RefusalCode::OutOfRegion,
                "the new residence is in Жанаозен (ГБД ФЛ) and clinic `aktau-pol-1`",
            )),
        ),
        (
            "control: change of residence, no new address, living in the clinic's region",
            |f| f.reason = Reason::ChangeOfResidence,
            Ok(2),
        ),
        (
            "change of residence to an address in the clinic's region",
            |f| {
                f.reason = Reason::ChangeOfResidence;
                f.person().region = Region::Zhanaozen;
                f.residence = Some(Region::Aktau);
            },
            Ok(2),
        ),
        (
            "change of residence to an address outside the clinic's region",
            |f| {
                f.reason = Reason::ChangeOfResidence;
                f.residence = Some(Region::Beineu);
            },
            Err((
                RefusalCode::OutOfRegion,
                "the new residence is in Бейнеуский район (the request's address)",
            )),
        ),
        (
            "free choice: the request's address does not move the region",
            |f| f.residence = Some(Region::Beineu),
            Ok(2),
        ),
        (
            "free choice a day short of a year",
            |f| f.last_free_choice = Some(date!(2025 - 11 - 26)),
            Err((RefusalCode::TooFrequent, "was on 2025-11-26; the next is allowed from 2026-11-26")),
        ),
        ("control: free choice a year later", |f| f.last_free_choice = Some(date!(2025 - 11 - 25)), Ok(2)),
        ("control: no free choice before", |f| f.last_free_choice = None, Ok(2)),
        (
            "last free choice on 29 February, 28 February",
            |f| {
                f.last_free_choice = Some(date!(2024 - 02 - 29));
                f.today = date!(2025 - 02 - 28);
            },
            Err((RefusalCode::TooFrequent, "allowed from 2025-03-01")),
        ),
        (
            "control: last free choice on 29 February, 1 March",
            |f| {
                f.last_free_choice = Some(date!(2024 - 02 - 29));
                f.today = date!(2025 - 03 - 01);
            },
            Ok(2),
        ),
        (
            "new residence within the year",
            |f| {
                f.reason = Reason::ChangeOfResidence;
                f.last_free_choice = Some(date!(2026 - 06 - 01));
            },
            Ok(2),
        ),
        (
            "clinic closed within the year",
            |f| {
                f.reason = Reason::OrgClosed;
                f.current().org_open = false;
                f.last_free_choice = Some(date!(2026 - 06 - 01));
            },
            Ok(2),
        ),
        (
            "every district full",
            |f| f.districts(&[(1, 100, 100), (2, 50, 50), (3, 10, 12)]),
            Err((RefusalCode::NoCapacity, "no district of clinic `aktau-pol-1` has a free place")),
        ),
        ("control: one free place", |f| f.districts(&[(1, 100, 100), (2, 50, 50), (3, 10, 9)]), Ok(3)),
        ("no districts", |f| f.districts(&[]), Err((RefusalCode::NoCapacity, "no district"))),
        // Districts.
        ("most free places", |f| f.districts(&[(1, 10, 5), (2, 30, 20), (3, 20, 2)]), Ok(3)),
        ("tie: the lowest number", |f| f.districts(&[(4, 10, 5), (2, 20, 15), (3, 5, 0)]), Ok(2)),
        ("overfull district skipped", |f| f.districts(&[(1, 10, 40), (2, 10, 9)]), Ok(2)),
        // Order of the checks.
        (
            "deceased, clinic closed",
            |f| {
                f.person().deceased = true;
                f.clinic().open = false;
            },
            Err((RefusalCode::PersonNotFound, "deceased")),
        ),
        (
            "another birth date, attached here",
            |f| {
                f.birth_date = date!(1990 - 01 - 02);
                f.current().org_id = OUR_CLINIC.to_owned();
            },
            Err((RefusalCode::DataMismatch, "birth date")),
        ),
        (
            "attached here, first attachment",
            |f| {
                f.reason = Reason::FirstAttachment;
                f.current().org_id = OUR_CLINIC.to_owned();
            },
            Err((RefusalCode::AlreadyAttached, "already attached")),
        ),
        (
            "another region, too frequent, full",
            |f| {
                f.person().region = Region::Beineu;
                f.last_free_choice = Some(date!(2026 - 11 - 01));
                f.districts(&[]);
            },
            Err((RefusalCode::OutOfRegion, "Бейнеуский район")),
        ),
        (
            "too frequent, full",
            |f| {
                f.last_free_choice = Some(date!(2026 - 11 - 01));
                f.districts(&[]);
            },
            Err((RefusalCode::TooFrequent, "2026-11-01")),
        ),
    ];

    #[test]
    fn decisions() {
        for (what, change, outcome) in ROWS {
            let mut facts = facts();
            change(&mut facts);
            match (decide(&facts.case()), outcome) {
                (Ok(got), Ok(want)) => assert_eq!(got, *want, "{what}"),
                (Err(got), Err((code, part))) => {
                    let words = got.facts.words();
                    assert_eq!(got.code, *code, "{what}: {words}");
                    assert!(words.contains(part), "{what}: {words}");
                }
                (got, _) => panic!("{what}: expected {outcome:?}, got {got:?}"),
            }
        }
    }

    #[test]
    fn every_code_is_decided_by_some_row() {
        for code in RefusalCode::ALL {
            assert!(
                ROWS.iter().any(|(_, _, outcome)| matches!(outcome, Err((c, _)) if *c == code)),
                "{code}"
            );
        }
    }

    const CODES: [(RefusalCode, &str); 8] = [
        (RefusalCode::PersonNotFound, "person_not_found"),
        (RefusalCode::OrgNotFound, "org_not_found"),
        (RefusalCode::OutOfRegion, "out_of_region"),
        (RefusalCode::AlreadyAttached, "already_attached"),
        (RefusalCode::TooFrequent, "too_frequent"),
        (RefusalCode::NoCapacity, "no_capacity"),
        (RefusalCode::DataMismatch, "data_mismatch"),
        (RefusalCode::WrongReason, "wrong_reason"),
    ];

    #[test]
    fn codes_are_written_as_the_contract_says() {
        assert_eq!(CODES.map(|(code, _)| code), RefusalCode::ALL);
        for (code, text) in CODES {
            assert_eq!(code.as_str(), text);
            assert_eq!(RefusalCode::parse(text), Some(code));
            assert_eq!(serde_json::to_value(code).unwrap(), text);
        }
        assert_eq!(RefusalCode::parse("PersonNotFound"), None);
        assert_eq!(RefusalCode::parse(""), None);
    }

    #[test]
    fn refusal_serializes_with_code_and_message() {
        let refusal = Refusal { code: RefusalCode::NoCapacity, message: "full".into() };
        let json = serde_json::to_value(&refusal).unwrap();
        assert_eq!(json, serde_json::json!({"code": "no_capacity", "message": "full"}));
    }

    #[test]
    fn grounds_are_kept_as_facts_and_worded_in_the_readers_language() {
        let mut f = facts();
        f.reason = Reason::ChangeOfResidence;
        f.residence = Some(Region::Beineu);
        let grounds = decide(&f.case()).unwrap_err();
        let kept = serde_json::to_string(&grounds.facts).unwrap();
        assert!(kept.contains(r#""lives":{"region":"Бейнеуский район"}"#), "{kept}");
        let read: super::Facts = serde_json::from_str(&kept).unwrap();
        let english = i18n::with(i18n::Lang::En, || read.words());
        let russian = i18n::with(i18n::Lang::Ru, || read.words());
        let kazakh = i18n::with(i18n::Lang::Kk, || read.words());
        assert!(english.contains("Бейнеуский район") && english.contains("aktau-pol-1"), "{english}");
        assert!(russian.contains("Бейнеуский район") && russian.contains("прикреп"), "{russian}");
        assert!(kazakh.contains("Бейнеу ауданы") && kazakh.contains("aktau-pol-1"), "{kazakh}");
    }
}
