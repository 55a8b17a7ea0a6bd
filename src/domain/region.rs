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

    /// The settlements of a district, its centre first, as (kind, name): `("с.", "Бейнеу")`.
    /// A city is its own one settlement.
    pub fn settlements(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Region::Beineu => {
                &[("с.", "Бейнеу"), ("с.", "Боранкул"), ("с.", "Акжигит"), ("с.", "Тажен"), ("с.", "Сарга")]
            }
            Region::Karakiya => {
                &[("с.", "Курык"), ("с.", "Жетыбай"), ("с.", "Мунайшы"), ("с.", "Сенек"), ("с.", "Бостан")]
            }
            Region::Mangistau => {
                &[("с.", "Шетпе"), ("с.", "Жынгылды"), ("с.", "Сайотес"), ("с.", "Акшымрау"), ("с.", "Онды")]
            }
            Region::Munaily => &[
                ("с.", "Мангистау"),
                ("с.", "Баскудук"),
                ("с.", "Даулет"),
                ("с.", "Кызылтобе"),
                ("с.", "Атамекен"),
                ("с.", "Батыр"),
            ],
            Region::Tupkaragan => &[
                ("г.", "Форт-Шевченко"),
                ("с.", "Акшукур"),
                ("с.", "Баутино"),
                ("с.", "Таушик"),
                ("с.", "Кызылозен"),
            ],
            Region::Aktau => &[("г.", "Актау")],
            Region::Zhanaozen => &[("г.", "Жанаозен")],
        }
    }

    /// The region an address names, by its district (`Бейнеуский район, …`), its city
    /// (`Актау, 12 мкр., …`) or else a settlement of a district (`с. Курык, …`), in any case and
    /// with Kazakh letters or without; `None` when it names no locality of Mangistau. A district
    /// or a city wins over a settlement, so that a microdistrict of Жанаозен named like a
    /// village (Мунайшы) stays in Жанаозен.
    pub fn of_address(address: &str) -> Option<Region> {
        let folded = fold(address);
        let words: Vec<&str> =
            folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let has = |name: &str| {
            let name = fold(name);
            let parts: Vec<&str> =
                name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            words.windows(parts.len()).any(|w| w == parts.as_slice())
        };
        // A district is named by its adjective (Бейнеуский район), a city by its one word.
        let district = |r: &Region| r.name().split_once(' ').is_some_and(|(adjective, _)| has(adjective));
        let city = |r: &Region| !r.name().contains(' ') && has(r.name());
        let settlement = |r: &Region| r.settlements().iter().any(|(_, name)| has(name));
        Region::ALL
            .into_iter()
            .find(district)
            .or_else(|| Region::ALL.into_iter().find(city))
            .or_else(|| Region::ALL.into_iter().find(settlement))
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
            crate::t!("region-unknown", value = text, regions = Region::ALL.map(Region::name).join(", ")),
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
    fn an_address_names_its_region() {
        let table = [
            ("Актау, 12 мкр., д. 5, кв. 17", Some(Region::Aktau)),
            ("г. Ақтау, 3 мкр.", Some(Region::Aktau)),
            ("Жанаозен, мкр. Мунайшы, д. 3", Some(Region::Zhanaozen)),
            ("Каракиянский район, с. Мунайшы, ул. Абая, д. 2", Some(Region::Karakiya)),
            ("с. Мунайшы, ул. Абая, д. 2", Some(Region::Karakiya)),
            ("Мангистауский район, с. Шетпе", Some(Region::Mangistau)),
            ("Мунайлинский район, с. Мангистау, ул. Сатпаева, д. 8", Some(Region::Munaily)),
            ("с. Мангистау, ул. Сатпаева, д. 8", Some(Region::Munaily)),
            ("г. Форт-Шевченко, ул. Жамбыла, д. 2", Some(Region::Tupkaragan)),
            ("ул. Абая, д. 5", None),
            ("Алматы, пр. Абая, д. 5", None),
            ("Актауский проезд", None),
        ];
        for (address, region) in table {
            assert_eq!(Region::of_address(address), region, "{address}");
        }
    }

    #[test]
    fn serializes_as_its_name() {
        for r in Region::ALL {
            assert_eq!(serde_json::to_value(r).unwrap(), r.name());
        }
    }
}
