//! Individual and business identification numbers (IIN, BIN): twelve digits whose last is a
//! check digit. An IIN also encodes the birth date, the century and the sex.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use time::{Date, Month};

/// Why a number is not a valid IIN or BIN.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IinError {
    #[error("must be 12 digits, got {0} characters")]
    Length(usize),
    #[error("must contain only digits, found `{0}`")]
    NotDigit(char),
    #[error("the 7th digit `{0}` is not a century-and-sex digit (1 to 6)")]
    Century(u8),
    #[error("digits 1-6 `{0}` are not a calendar date")]
    Date(String),
    #[error("birth date {0} is in the future")]
    FutureDate(Date),
    #[error("check digit is {found}, expected {expected}")]
    CheckDigit { found: u8, expected: u8 },
    #[error("no check digit exists for the first 11 digits (both weightings give 10)")]
    NoCheckDigit,
}

impl IinError {
    /// Why, in the language of the moment (its `Display` is the English that `attach iin`'s
    /// JSON keeps).
    pub fn localized(&self) -> String {
        use crate::t;
        match self {
            IinError::Length(n) => t!("iin-length", count = *n),
            IinError::NotDigit(c) => t!("iin-not-digit", found = c.to_string()),
            IinError::Century(d) => t!("iin-century", digit = u32::from(*d)),
            IinError::Date(digits) => t!("iin-date", digits = digits),
            IinError::FutureDate(date) => t!("iin-future", date = date.to_string()),
            IinError::CheckDigit { found, expected } => {
                t!("iin-check-digit", found = u32::from(*found), expected = u32::from(*expected))
            }
            IinError::NoCheckDigit => t!("iin-no-check-digit"),
        }
    }
}

/// Sex encoded by the 7th digit of an IIN.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    pub fn as_str(self) -> &'static str {
        match self {
            Sex::Male => "male",
            Sex::Female => "female",
        }
    }
}

/// A checked individual identification number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Iin([u8; 12]);

/// A checked business identification number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Bin([u8; 12]);

/// The twelve digits, or why they are not twelve digits.
fn digits(text: &str) -> Result<[u8; 12], IinError> {
    let count = text.chars().count();
    if count != 12 {
        return Err(IinError::Length(count));
    }
    let mut out = [0u8; 12];
    for (slot, ch) in out.iter_mut().zip(text.chars()) {
        *slot = ch.to_digit(10).ok_or(IinError::NotDigit(ch))? as u8;
    }
    Ok(out)
}

/// The check digit of the first eleven digits, per the national rule.
pub fn check_digit(first: &[u8]) -> Option<u8> {
    const FIRST: [u32; 11] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    const SECOND: [u32; 11] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    let weigh = |weights: &[u32; 11]| -> u32 {
        first.iter().zip(weights).map(|(&d, &w)| u32::from(d) * w).sum::<u32>() % 11
    };
    let mut sum = weigh(&FIRST);
    if sum == 10 {
        sum = weigh(&SECOND);
    }
    (sum != 10).then_some(sum as u8)
}

fn verify_check_digit(d: &[u8; 12]) -> Result<(), IinError> {
    let expected = check_digit(&d[..11]).ok_or(IinError::NoCheckDigit)?;
    if d[11] != expected {
        return Err(IinError::CheckDigit { found: d[11], expected });
    }
    Ok(())
}

impl Iin {
    /// Parses and validates against today's date (`today` bounds the birth date).
    pub fn parse(text: &str, today: Date) -> Result<Iin, IinError> {
        let d = digits(text)?;
        let century = d[6];
        let base = match century {
            1 | 2 => 1800,
            3 | 4 => 1900,
            5 | 6 => 2000,
            other => return Err(IinError::Century(other)),
        };
        let year = base + i32::from(d[0] * 10 + d[1]);
        let month = d[2] * 10 + d[3];
        let day = d[4] * 10 + d[5];
        let date = Month::try_from(month)
            .ok()
            .and_then(|m| Date::from_calendar_date(year, m, day).ok())
            .ok_or_else(|| IinError::Date(text[..6].to_owned()))?;
        if date > today {
            return Err(IinError::FutureDate(date));
        }
        verify_check_digit(&d)?;
        Ok(Iin(d))
    }

    pub fn birth_date(&self) -> Date {
        let d = &self.0;
        let base = match d[6] {
            1 | 2 => 1800,
            3 | 4 => 1900,
            _ => 2000,
        };
        let year = base + i32::from(d[0] * 10 + d[1]);
        let month = Month::try_from(d[2] * 10 + d[3]).expect("validated at parse");
        Date::from_calendar_date(year, month, d[4] * 10 + d[5]).expect("validated at parse")
    }

    pub fn sex(&self) -> Sex {
        if self.0[6] % 2 == 1 { Sex::Male } else { Sex::Female }
    }

    /// Whether the person the number was given to is under age on `day` (see [`is_minor`]).
    pub fn minor_on(&self, day: Date) -> bool {
        is_minor(self.birth_date(), day)
    }
}

/// The age of majority in Kazakhstan: a person under it registers, signs and is issued a
/// personal certificate only through a legal representative.
pub const MAJORITY: i32 = 18;

/// Full years of age on `day` of a person born on `birth` (one born on 29 February comes of
/// a year on 1 March in a year without one).
pub fn age_on(birth: Date, day: Date) -> i32 {
    let years = day.year() - birth.year();
    if (u8::from(day.month()), day.day()) < (u8::from(birth.month()), birth.day()) {
        years - 1
    } else {
        years
    }
}

/// The person numbered `iin` is of age on `day`; else `minor`, the refusal saying what the
/// child may not do (`does not register: …`).
pub fn require_adult(iin: &Iin, day: Date, refused: &str) -> crate::error::Result<()> {
    if iin.minor_on(day) {
        return Err(crate::error::Error::portal(
            crate::error::Code::Minor,
            crate::t!("minor-refused", iin = iin.to_string(), refused = refused),
        ));
    }
    Ok(())
}

/// The last birth date of a person of age on `day` (29 February counts as 28 February).
pub fn latest_adult_birth(day: Date) -> Date {
    let year = day.year() - MAJORITY;
    day.replace_year(year).or_else(|_| Date::from_calendar_date(year, day.month(), 28)).unwrap_or(day)
}

/// Under [`MAJORITY`] on `day`.
pub fn is_minor(birth: Date, day: Date) -> bool {
    age_on(birth, day) < MAJORITY
}

impl Bin {
    pub fn parse(text: &str) -> Result<Bin, IinError> {
        let d = digits(text)?;
        verify_check_digit(&d)?;
        Ok(Bin(d))
    }
}

macro_rules! digits_display {
    ($t:ty) => {
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                for d in self.0 {
                    write!(f, "{d}")?;
                }
                Ok(())
            }
        }

        impl Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
    };
}
digits_display!(Iin);
digits_display!(Bin);

impl FromStr for Bin {
    type Err = IinError;
    fn from_str(s: &str) -> Result<Bin, IinError> {
        Bin::parse(s)
    }
}

impl<'de> Deserialize<'de> for Iin {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Iin, D::Error> {
        let text = String::deserialize(d)?;
        Iin::parse(&text, crate::clock::today()).map_err(serde::de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for Bin {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Bin, D::Error> {
        let text = String::deserialize(d)?;
        Bin::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 25);

    /// (IIN, birth date, sex) of valid numbers.
    const VALID: &[(&str, &str, Sex)] = &[
        ("900101300453", "1990-01-01", Sex::Male),
        ("850808310738", "1985-08-08", Sex::Male),
        ("061211600012", "2006-12-11", Sex::Female),
        ("790615300452", "1979-06-15", Sex::Male),
        ("750315400123", "1975-03-15", Sex::Female),
    ];

    /// Invalid numbers and the exact reason.
    fn invalid() -> Vec<(&'static str, IinError)> {
        vec![
            ("900101300454", IinError::CheckDigit { found: 4, expected: 3 }),
            ("900101300800", IinError::NoCheckDigit),
            ("900101300801", IinError::NoCheckDigit),
            ("900101300809", IinError::NoCheckDigit),
            ("90010130045", IinError::Length(11)),
            ("9001013004531", IinError::Length(13)),
            ("", IinError::Length(0)),
            ("90010130045x", IinError::NotDigit('x')),
            ("900101700453", IinError::Century(7)),
            ("900101000453", IinError::Century(0)),
            ("901301300453", IinError::Date("901301".into())),
            ("900230300453", IinError::Date("900230".into())),
            ("301201500453", IinError::FutureDate(date!(2030 - 12 - 01))),
        ]
    }

    #[test]
    fn valid_numbers() {
        for &(text, birth, sex) in VALID {
            let iin = Iin::parse(text, TODAY).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(iin.birth_date().to_string(), birth, "{text}");
            assert_eq!(iin.sex(), sex, "{text}");
            assert_eq!(iin.to_string(), text);
        }
    }

    #[test]
    fn invalid_numbers_with_reason() {
        for (text, reason) in invalid() {
            assert_eq!(Iin::parse(text, TODAY), Err(reason), "{text}");
        }
    }

    #[test]
    fn every_number_with_prefix_90010130080_is_invalid() {
        for last in 0..=9 {
            let text = format!("90010130080{last}");
            assert!(Iin::parse(&text, TODAY).is_err(), "{text}");
        }
    }

    #[test]
    fn bins() {
        assert!(Bin::parse("940140000385").is_ok());
        assert_eq!(Bin::parse("940140000386"), Err(IinError::CheckDigit { found: 6, expected: 5 }));
    }

    #[test]
    fn ages_count_full_years() {
        use time::macros::date;
        let table = [
            (date!(2008 - 12 - 03), date!(2026 - 12 - 02), 17),
            (date!(2008 - 12 - 03), date!(2026 - 12 - 03), 18),
            (date!(2008 - 02 - 29), date!(2026 - 02 - 28), 17),
            (date!(2008 - 02 - 29), date!(2026 - 03 - 01), 18),
            (date!(2020 - 01 - 01), date!(2020 - 01 - 01), 0),
        ];
        for (birth, day, age) in table {
            assert_eq!(age_on(birth, day), age, "{birth} on {day}");
            assert_eq!(is_minor(birth, day), age < MAJORITY);
        }
    }
}
