//! The administrative units of the Mangistau region: two cities and five districts. Every
//! person and every clinic belongs to one; free choice of a clinic is within one's own.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::text::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Region {
    #[serde(rename = "Актау")]
    Aktau,
    #[serde(rename = "Жанаозен")]
    Zhanaozen,
    #[serde(rename = "Бейнеуский район")]
    Beineu,
    #[serde(rename = "Каракиянский район")]
    Karakiya,
    #[serde(rename = "Мангистауский район")]
    Mangistau,
    #[serde(rename = "Мунайлинский район")]
    Munaily,
    #[serde(rename = "Тупкараганский район")]
    Tupkaragan,
}

impl Region {
    pub const ALL: [Region; 7] = [
        Region::Aktau,
        Region::Zhanaozen,
        Region::Beineu,
        Region::Karakiya,
        Region::Mangistau,
        Region::Munaily,
        Region::Tupkaragan,
    ];

    /// The name as documents and the registry write it.
    pub fn name(self) -> &'static str {
        match self {
            Region::Aktau => "Актау",
            Region::Zhanaozen => "Жанаозен",
            Region::Beineu => "Бейнеуский район",
            Region::Karakiya => "Каракиянский район",
            Region::Mangistau => "Мангистауский район",
            Region::Munaily => "Мунайлинский район",
            Region::Tupkaragan => "Тупкараганский район",
        }
    }

    /// A short Latin name, for scripts that avoid Cyrillic.
    pub fn slug(self) -> &'static str {
        match self {
            Region::Aktau => "aktau",
            Region::Zhanaozen => "zhanaozen",
            Region::Beineu => "beineu",
            Region::Karakiya => "karakiya",
            Region::Mangistau => "mangistau",
            Region::Munaily => "munaily",
            Region::Tupkaragan => "tupkaragan",
        }
    }

    /// The region a user means: its name or the name's first word in any case, with Kazakh
    /// letters or without (`Ақтау`, `актау`, `Бейнеуский`), or its Latin slug.
    pub fn parse(text: &str) -> Option<Region> {
        let wanted = fold(text.trim());
        if wanted.is_empty() {
            return None;
        }
        Region::ALL.into_iter().find(|r| {
            let name = fold(r.name());
            name == wanted || name.split(' ').next() == Some(wanted.as_str()) || r.slug() == wanted
        })
    }
}

/// A `--region` (or `?region=`) the user wrote, or the error that lists the regions.
pub fn parse_arg(text: &str) -> crate::error::Result<Region> {
    Region::parse(text).ok_or_else(|| {
        crate::error::Error::input(
            "--region",
            format!(
                "`{text}` is not a region of Mangistau; one of: {}",
                Region::ALL.map(Region::name).join(", ")
            ),
        )
    })
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: &[(&str, Option<Region>)] = &[
        ("Актау", Some(Region::Aktau)),
        ("Ақтау", Some(Region::Aktau)),
        ("aktau", Some(Region::Aktau)),
        ("Жаңаөзен", Some(Region::Zhanaozen)),
        ("Бейнеуский", Some(Region::Beineu)),
        ("бейнеуский район", Some(Region::Beineu)),
        ("Тупкараганский район", Some(Region::Tupkaragan)),
        ("Алматы", None),
        ("", None),
        ("район", None),
    ];

    #[test]
    fn parses_what_users_write() {
        for (text, region) in NAMES {
            assert_eq!(Region::parse(text), *region, "{text}");
        }
    }

    #[test]
    fn serializes_as_its_name() {
        for r in Region::ALL {
            assert_eq!(serde_json::to_value(r).unwrap(), r.name());
        }
    }
}
