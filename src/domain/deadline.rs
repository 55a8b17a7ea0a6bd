//! The service deadline (SPEC section 7) and the working-day calendar it is counted in.
//!
//! The service takes one working day: a request registered on a working day at or before 16:00
//! Asia/Aqtau time is due at 18:00 that day; one registered later, or on a day off, is due at
//! 18:00 of the next working day.
//!
//! A day is a working day unless it is a Saturday or Sunday, a public holiday, or a day off that
//! a holiday falling on a weekend moved to. The law's holidays (Law "On holidays", as amended in
//! 2022) are computed for any year; those that move with the lunar calendar and the government's
//! yearly decrees are data: `data/calendar.json` is built in, and an override file with the same
//! format may be layered on top. Years before the 2022 amendment are not modelled.
//!
//! The data format is one JSON object; every member is optional and unknown members are refused:
//!
//! ```json
//! {
//!   "_comment": "free text (a string or anything else), ignored",
//!   "religious_holidays": ["2026-05-27"],
//!   "days_off": ["2025-01-03"],
//!   "working_days": ["2025-01-05"]
//! }
//! ```
//!
//! `religious_holidays` are days off that never move to another day even on a weekend (the first
//! day of Kurban Ait). `days_off` and `working_days` are what a decree says a date is; they win
//! over anything computed, and a later layer wins over an earlier one. A date may not be in both
//! lists of one file.

use std::collections::BTreeSet;

use serde::Deserialize;
use serde::de::IgnoredAny;
use time::macros::{format_description, time};
use time::{Date, Month, OffsetDateTime, Time, Weekday};

use crate::clock::AQTAU;

/// The last moment of the working day at which a request is still due the same day: two hours
/// before the end of the working day.
const CUTOFF: Time = time!(16:00);

/// The end of the working day, when a request falls due.
const CLOSE: Time = time!(18:00);

/// The law's fixed holidays as (month, day, moves): `moves` is false for the religious holiday,
/// which stays a single day off when it falls on a weekend.
const LAW: [(Month, u8, bool); 14] = [
    (Month::January, 1, true),
    (Month::January, 2, true),
    (Month::January, 7, false),
    (Month::March, 8, true),
    (Month::March, 21, true),
    (Month::March, 22, true),
    (Month::March, 23, true),
    (Month::May, 1, true),
    (Month::May, 7, true),
    (Month::May, 9, true),
    (Month::July, 6, true),
    (Month::August, 30, true),
    (Month::October, 25, true),
    (Month::December, 16, true),
];

const BUILTIN: &str = include_str!("../../data/calendar.json");

/// Why a calendar file was refused.
#[derive(Debug)]
pub enum CalendarError {
    Json(serde_json::Error),
    /// The file is JSON, but not an object.
    NotObject,
    Date {
        field: &'static str,
        value: String,
    },
    Conflict {
        date: Date,
    },
}

impl From<serde_json::Error> for CalendarError {
    fn from(e: serde_json::Error) -> Self {
        CalendarError::Json(e)
    }
}

impl std::fmt::Display for CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            CalendarError::Json(e) => crate::t!("calendar-json", why = e.to_string()),
            CalendarError::NotObject => crate::t!("calendar-json", why = crate::t!("calendar-not-object")),
            CalendarError::Date { field, value } => crate::t!("calendar-date", value = value, field = *field),
            CalendarError::Conflict { date } => crate::t!("calendar-conflict", date = date.to_string()),
        })
    }
}

impl std::error::Error for CalendarError {}

/// Which days are working days.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    religious: BTreeSet<Date>,
    days_off: BTreeSet<Date>,
    working_days: BTreeSet<Date>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    #[serde(rename = "_comment", default)]
    _comment: IgnoredAny,
    #[serde(default)]
    religious_holidays: Vec<String>,
    #[serde(default)]
    days_off: Vec<String>,
    #[serde(default)]
    working_days: Vec<String>,
}

impl Calendar {
    /// The calendar shipped with the program: the law's holidays for every year (computed), plus
    /// data/calendar.json (Kurban Ait dates, decrees).
    pub fn builtin() -> Calendar {
        // The built-in file is part of the program and a test reads it, so it always parses.
        Calendar::default().with_overrides(BUILTIN).expect("data/calendar.json is a valid calendar")
    }

    /// Adds an override file's contents (the format of data/calendar.json) on top; its
    /// `days_off` and `working_days` override anything computed or loaded before.
    pub fn with_overrides(mut self, json: &str) -> Result<Calendar, CalendarError> {
        // Serde would also read the members from an array, which nobody means to write.
        let value: serde_json::Value = serde_json::from_str(json)?;
        if !value.is_object() {
            return Err(CalendarError::NotObject);
        }
        let file = CalendarFile::deserialize(value)?;
        let religious = dates("religious_holidays", &file.religious_holidays)?;
        let days_off = dates("days_off", &file.days_off)?;
        let working_days = dates("working_days", &file.working_days)?;
        if let Some(&date) = days_off.intersection(&working_days).next() {
            return Err(CalendarError::Conflict { date });
        }
        self.religious.extend(religious);
        for date in days_off {
            self.working_days.remove(&date);
            self.days_off.insert(date);
        }
        for date in working_days {
            self.days_off.remove(&date);
            self.working_days.insert(date);
        }
        Ok(self)
    }

    pub fn is_working_day(&self, date: Date) -> bool {
        if self.working_days.contains(&date) {
            return true;
        }
        if self.days_off.contains(&date) {
            return false;
        }
        !is_weekend(date) && !self.is_holiday(date) && !self.is_moved_day_off(date)
    }

    /// The first working day strictly after `after`.
    pub fn next_working_day(&self, after: Date) -> Date {
        let mut date = after;
        // Only finitely many dates can be days off on a weekday, so this ends; at the end of the
        // representable range there is nothing later to return.
        while let Some(next) = date.next_day() {
            date = next;
            if self.is_working_day(date) {
                break;
            }
        }
        date
    }

    fn is_holiday(&self, date: Date) -> bool {
        let (month, day) = (date.month(), date.day());
        LAW.iter().any(|&(m, d, _)| m == month && d == day) || self.religious.contains(&date)
    }

    /// True when a holiday of the same year that fell on a weekend moved its day off to `date`.
    /// Each weekend holiday, in calendar order, takes the first weekday after it that is neither
    /// a holiday nor already taken, so a block such as Nauryz on Saturday to Monday pushes both
    /// weekend days past its end. The last holiday of the year is 16 December, so a day off
    /// never moves into the next year and one year's holidays are all that need be looked at.
    fn is_moved_day_off(&self, date: Date) -> bool {
        let mut taken: Vec<Date> = Vec::with_capacity(LAW.len());
        for &(month, day, moves) in &LAW {
            let Ok(holiday) = Date::from_calendar_date(date.year(), month, day) else { continue };
            if !moves || !is_weekend(holiday) {
                continue;
            }
            let mut target = holiday;
            loop {
                let Some(next) = target.next_day() else { return false };
                target = next;
                if !is_weekend(target) && !self.is_holiday(target) && !taken.contains(&target) {
                    break;
                }
            }
            if target == date {
                return true;
            }
            taken.push(target);
        }
        false
    }
}

fn is_weekend(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
}

fn dates(field: &'static str, texts: &[String]) -> Result<BTreeSet<Date>, CalendarError> {
    let format = format_description!("[year]-[month]-[day]");
    texts
        .iter()
        .map(|text| {
            Date::parse(text, &format).map_err(|_| CalendarError::Date { field, value: text.clone() })
        })
        .collect()
}

/// 18:00 Asia/Aqtau of the day the request is due, as an OffsetDateTime with offset +05:00.
pub fn deadline(registered: OffsetDateTime, calendar: &Calendar) -> OffsetDateTime {
    // Conversion fails only at the ends of the representable range, where the offset hardly
    // matters.
    let local = registered.checked_to_offset(AQTAU).unwrap_or(registered);
    let day = local.date();
    let due = if calendar.is_working_day(day) && local.time() <= CUTOFF {
        day
    } else {
        calendar.next_working_day(day)
    };
    due.with_time(CLOSE).assume_offset(AQTAU)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::format_description::well_known::Rfc3339;
    use time::macros::date;

    /// A decree of the kind the government issues before a long weekend (not a real one): Friday
    /// 3 July 2026 is a day off and Saturday 4 July 2026 a working day, before the Day of the
    /// Capital on Monday 6 July.
    const MOVED_SATURDAY: &str = r#"{
        "_comment": "test decree",
        "days_off": ["2026-07-03"],
        "working_days": ["2026-07-04"]
    }"#;

    fn calendar() -> Calendar {
        Calendar::builtin().with_overrides(MOVED_SATURDAY).unwrap()
    }

    /// (what, registered, due).
    const DEADLINES: &[(&str, &str, &str)] = &[
        ("morning of a working day", "2026-11-25T09:00:00+05:00", "2026-11-25T18:00:00+05:00"),
        ("16:00:00 is in time", "2026-11-25T16:00:00+05:00", "2026-11-25T18:00:00+05:00"),
        ("16:00:01 is late", "2026-11-25T16:00:01+05:00", "2026-11-26T18:00:00+05:00"),
        ("17:30 is late", "2026-11-25T17:30:00+05:00", "2026-11-26T18:00:00+05:00"),
        ("after the end of the day", "2026-11-25T23:59:59+05:00", "2026-11-26T18:00:00+05:00"),
        ("Friday evening", "2026-11-27T17:00:00+05:00", "2026-11-30T18:00:00+05:00"),
        ("Saturday", "2026-11-28T10:00:00+05:00", "2026-11-30T18:00:00+05:00"),
        ("Sunday morning", "2026-11-29T09:00:00+05:00", "2026-11-30T18:00:00+05:00"),
        ("during the Day of the Capital", "2026-07-06T10:00:00+05:00", "2026-07-07T18:00:00+05:00"),
        ("during Kurban Ait", "2026-05-27T11:00:00+05:00", "2026-05-28T18:00:00+05:00"),
        ("Constitution Day on a Sunday", "2026-08-28T17:00:00+05:00", "2026-09-01T18:00:00+05:00"),
        ("8 March on a Sunday", "2026-03-06T16:30:00+05:00", "2026-03-10T18:00:00+05:00"),
        ("Nauryz from Saturday", "2026-03-20T17:00:00+05:00", "2026-03-26T18:00:00+05:00"),
        ("31 December, 2 January a Saturday", "2026-12-31T17:00:00+05:00", "2027-01-05T18:00:00+05:00"),
        ("31 December, then a weekend", "2025-12-31T17:00:00+05:00", "2026-01-05T18:00:00+05:00"),
        ("decree: working Sunday", "2025-01-05T10:00:00+05:00", "2025-01-05T18:00:00+05:00"),
        ("decree: Friday off", "2025-01-02T12:00:00+05:00", "2025-01-05T18:00:00+05:00"),
        ("moved working Saturday", "2026-07-04T10:00:00+05:00", "2026-07-04T18:00:00+05:00"),
        ("before a moved working Saturday", "2026-07-02T17:00:00+05:00", "2026-07-04T18:00:00+05:00"),
        ("UTC evening is the next day", "2026-11-24T19:30:00Z", "2026-11-25T18:00:00+05:00"),
        ("UTC Friday night is Saturday", "2026-11-27T20:00:00Z", "2026-11-30T18:00:00+05:00"),
        ("11:00 UTC is 16:00", "2026-11-25T11:00:00Z", "2026-11-25T18:00:00+05:00"),
        ("11:00:01 UTC is late", "2026-11-25T11:00:01Z", "2026-11-26T18:00:00+05:00"),
        ("another offset", "2026-11-25T14:00:00+03:00", "2026-11-25T18:00:00+05:00"),
    ];

    #[test]
    fn deadlines() {
        let calendar = calendar();
        for &(what, registered, due) in DEADLINES {
            let registered = OffsetDateTime::parse(registered, &Rfc3339).unwrap();
            let got = deadline(registered, &calendar).format(&Rfc3339).unwrap();
            assert_eq!(got, due, "{what}");
        }
    }

    /// (date, working day?) in the built-in calendar.
    const DAYS: &[(Date, bool)] = &[
        (date!(2026 - 11 - 25), true),
        (date!(2026 - 11 - 28), false),
        (date!(2026 - 11 - 29), false),
        (date!(2026 - 01 - 02), false),
        (date!(2026 - 01 - 07), false),
        (date!(2026 - 03 - 09), false),
        (date!(2026 - 03 - 23), false),
        (date!(2026 - 03 - 24), false),
        (date!(2026 - 03 - 25), false),
        (date!(2026 - 03 - 26), true),
        (date!(2026 - 05 - 11), false),
        (date!(2026 - 05 - 12), true),
        (date!(2026 - 08 - 31), false),
        (date!(2026 - 10 - 26), false),
        (date!(2026 - 12 - 16), false),
        (date!(2026 - 12 - 17), true),
        (date!(2027 - 01 - 04), false),
        (date!(2027 - 05 - 10), false),
        // The first day of Kurban Ait and 7 January stay put when they fall on a weekend.
        (date!(2027 - 05 - 17), true),
        (date!(2024 - 06 - 17), true),
        (date!(2023 - 01 - 09), true),
        (date!(2025 - 06 - 06), false),
        (date!(2028 - 05 - 05), false),
        // 1 January 2023 was a Sunday and 2 January a holiday, so the day off went to 3 January.
        (date!(2023 - 01 - 03), false),
        (date!(2023 - 01 - 04), true),
        (date!(2022 - 01 - 03), false),
        (date!(2022 - 01 - 04), false),
        (date!(2022 - 01 - 05), true),
        (date!(2025 - 10 - 27), false),
        (date!(2025 - 01 - 03), false),
        (date!(2025 - 01 - 05), true),
    ];

    #[test]
    fn working_days() {
        let calendar = Calendar::builtin();
        for &(date, working) in DAYS {
            assert_eq!(calendar.is_working_day(date), working, "{date}");
        }
    }

    /// (after, next working day) in the built-in calendar.
    const NEXT: &[(Date, Date)] = &[
        (date!(2026 - 11 - 25), date!(2026 - 11 - 26)),
        (date!(2026 - 11 - 27), date!(2026 - 11 - 30)),
        (date!(2026 - 03 - 20), date!(2026 - 03 - 26)),
        (date!(2026 - 12 - 31), date!(2027 - 01 - 05)),
        (date!(2025 - 01 - 02), date!(2025 - 01 - 05)),
    ];

    #[test]
    fn next_working_days() {
        let calendar = Calendar::builtin();
        for &(after, next) in NEXT {
            assert_eq!(calendar.next_working_day(after), next, "{after}");
        }
    }

    /// (override file, date, working day?).
    const OVERRIDES: &[(&str, Date, bool)] = &[
        (r#"{"days_off": ["2026-11-26"]}"#, date!(2026 - 11 - 26), false),
        (r#"{"working_days": ["2026-07-06"]}"#, date!(2026 - 07 - 06), true),
        (r#"{"working_days": ["2025-01-03"]}"#, date!(2025 - 01 - 03), true),
        (r#"{"days_off": ["2025-01-05"]}"#, date!(2025 - 01 - 05), false),
        (r#"{"religious_holidays": ["2029-04-24"]}"#, date!(2029 - 04 - 24), false),
        (r#"{"_comment": ["any", "text"]}"#, date!(2026 - 11 - 26), true),
        ("{}", date!(2026 - 11 - 26), true),
    ];

    #[test]
    fn overrides_win() {
        for &(json, date, working) in OVERRIDES {
            let calendar = Calendar::builtin().with_overrides(json).unwrap();
            assert_eq!(calendar.is_working_day(date), working, "{json}");
        }
    }

    #[test]
    fn an_added_day_off_moves_the_deadline() {
        let calendar = Calendar::builtin().with_overrides(r#"{"days_off": ["2026-11-26"]}"#).unwrap();
        let registered = OffsetDateTime::parse("2026-11-25T17:00:00+05:00", &Rfc3339).unwrap();
        let due = deadline(registered, &calendar).format(&Rfc3339).unwrap();
        assert_eq!(due, "2026-11-27T18:00:00+05:00");
    }

    /// (override file, the error message).
    const BAD: &[(&str, &str)] = &[
        ("not json", "bad JSON in the calendar: expected ident at line 1 column 2"),
        ("[]", "bad JSON in the calendar: the calendar is not a JSON object"),
        (r#""2026-11-26""#, "bad JSON in the calendar: the calendar is not a JSON object"),
        (r#"{"days_off": [20260101]}"#, "bad JSON in the calendar: invalid type: integer `20260101`"),
        (r#"{"holidays": []}"#, "bad JSON in the calendar: unknown field `holidays`"),
        (r#"{"days_off": ["2026-02-30"]}"#, "bad date `2026-02-30` in `days_off`: expected YYYY-MM-DD"),
        (r#"{"working_days": ["4.7.2026"]}"#, "bad date `4.7.2026` in `working_days`"),
        (r#"{"religious_holidays": ["2026-5-27"]}"#, "bad date `2026-5-27` in `religious_holidays`"),
        (r#"{"days_off": ["2026-11-26"], "working_days": ["2026-11-26"]}"#, "`2026-11-26` is in both"),
    ];

    #[test]
    fn bad_overrides_name_the_problem() {
        for &(json, message) in BAD {
            let err = Calendar::builtin().with_overrides(json).unwrap_err().to_string();
            assert!(err.starts_with(message), "{json}: {err}");
        }
    }

    #[test]
    fn builtin_data_parses() {
        Calendar::default().with_overrides(BUILTIN).unwrap();
    }
}
