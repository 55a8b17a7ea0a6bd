//! The synthetic state of the embedded portal: the people registry (ГБД ФЛ) of the Mangistau
//! region and its directory of PHC clinics with the attachments already in force. Generation
//! is pure and deterministic — the same seed, count and date give the same registry byte for
//! byte — so a portal can be rebuilt and a failing run reproduced; storing it is the caller's.
//!
//! `people` holds, in this order: the six demo residents, the generated heads of clinics
//! `MNG-0002` onwards (in clinic order), then the `count` synthetic residents.

use std::collections::{HashMap, HashSet};

use time::macros::date;
use time::{Date, Duration};

use crate::domain::iin::{Bin, Iin, Sex, check_digit};
use crate::domain::region::Region;

#[derive(Debug, Clone, PartialEq)]
pub struct SeedPerson {
    pub iin: Iin,
    pub surname: String,
    pub given: String,
    pub patronymic: Option<String>,
    pub birth_date: Date,
    pub sex: Sex,
    pub region: Region,
    pub address: String,
    pub deceased: bool,
    pub attachment: Option<SeedAttachment>,
}

impl SeedPerson {
    /// "SURNAME GIVEN PATRONYMIC", upper case as the registry writes it.
    pub fn full_name(&self) -> String {
        let mut parts = vec![self.surname.as_str(), self.given.as_str()];
        if let Some(patronymic) = &self.patronymic {
            parts.push(patronymic);
        }
        parts.retain(|p| !p.is_empty());
        parts.join(" ").to_uppercase()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SeedAttachment {
    pub org_id: String,
    pub district: u32,
    pub since: Date,
    pub last_free_choice: Option<Date>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SeedDistrict {
    pub number: u32,
    pub doctor: String,
    pub capacity: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SeedClinic {
    pub id: String,
    pub bin: Bin,
    pub name: String,
    pub region: Region,
    pub address: String,
    pub open: bool,
    pub districts: Vec<SeedDistrict>,
    /// The clinic's first head (главный врач); also listed in [`Registry::people`].
    pub head: SeedPerson,
}

/// Everything the portal starts with; see the module documentation for the order of `people`.
#[derive(Debug, Clone, PartialEq)]
pub struct Registry {
    pub people: Vec<SeedPerson>,
    pub clinics: Vec<SeedClinic>,
}

/// The walk-through's applicant: ТЕСТОВ ТЕСТ ТЕСТОВИЧ, a man of Aktau born 1990-01-01, alive
/// and attached nowhere, so his first application can succeed.
pub const DEMO_CITIZEN: &str = "900101300453";
/// НУРЛАНОВА АЙГЕРИМ САПАРОВНА, a woman of Aktau born 1975-03-15, attached nowhere: the
/// portal's operator.
pub const DEMO_OPERATOR: &str = "750315400123";
/// КАЙРАТОВ ЕРЛАН АСХАТОВИЧ, a man of Zhanaozen born 1985-08-08, attached since 2019-03-01 to
/// district 1 of the first Zhanaozen clinic (`MNG-0007`) without a free choice: an applicant
/// for `out_of_region` (he applies to an Aktau clinic) and `wrong_reason`.
pub const DEMO_ZHANAOZEN: &str = "850808310738";
/// ЕРМЕКОВА ӘЛИЯ НҰРЛАНҚЫЗЫ, a woman of Aktau born 2006-12-11, attached since 2020-09-01 to
/// district 1 of the closed clinic `MNG-0004`: an applicant for `org_closed`.
pub const DEMO_CLOSED: &str = "061211600012";
/// ОРАЗБАЕВ ҒАЛЫМ ТУЛЕГЕНОВИЧ, a man of Aktau born 1941-05-09, deceased and attached nowhere:
/// the registry keeps him, but the service must answer `person_not_found`.
pub const DEMO_DECEASED: &str = "410509300776";
/// АХМЕТОВА ДИНАРА (no patronymic), a woman of Aktau born 1979-06-15, attached nowhere: the
/// head of `MNG-0001`, who signs its tickets. Her IIN's 7th digit (3) reads "male"; the
/// registry records her as a woman all the same, the one record whose sex differs from its IIN
/// (the IIN and the name are the ones the documentation has always used together).
pub const DEMO_HEAD: &str = "790615300452";

/// A date after every fixed date in this module, to check the fixed IINs whatever `today`.
const FIXED_HORIZON: Date = date!(2099 - 12 - 31);

/// The clinic directory; a clinic's id is `MNG-` and its position from 1.
const CLINICS: [(&str, Region, &str); 20] = [
    ("Поликлиника №1", Region::Aktau, "Актау, 3 мкр., д. 1"),
    ("Поликлиника №2", Region::Aktau, "Актау, 7 мкр., д. 4"),
    ("Поликлиника №3", Region::Aktau, "Актау, 12 мкр., д. 30"),
    ("Поликлиника №4", Region::Aktau, "Актау, 2 мкр., д. 14"),
    ("Поликлиника №5", Region::Aktau, "Актау, 27 мкр., д. 2"),
    ("Поликлиника «Денсаулык»", Region::Aktau, "Актау, 15 мкр., д. 57"),
    ("Городская поликлиника №1 г. Жанаозен", Region::Zhanaozen, "Жанаозен, мкр. Самал, д. 1"),
    ("Городская поликлиника №2 г. Жанаозен", Region::Zhanaozen, "Жанаозен, мкр. Коктем, д. 12"),
    ("Городская поликлиника №3 г. Жанаозен", Region::Zhanaozen, "Жанаозен, мкр. Шанырак, д. 5"),
    ("Городская поликлиника №4 г. Жанаозен", Region::Zhanaozen, "Жанаозен, мкр. Арай, д. 20"),
    (
        "Бейнеуская районная больница, поликлиника",
        Region::Beineu,
        "Бейнеуский район, с. Бейнеу, ул. Абая, д. 5",
    ),
    ("Врачебная амбулатория с. Боранкул", Region::Beineu, "Бейнеуский район, с. Боранкул, ул. Жастар, д. 2"),
    (
        "Каракиянская районная больница, поликлиника",
        Region::Karakiya,
        "Каракиянский район, с. Курык, ул. Кунаева, д. 9",
    ),
    (
        "Врачебная амбулатория с. Жетыбай",
        Region::Karakiya,
        "Каракиянский район, с. Жетыбай, ул. Достык, д. 3",
    ),
    (
        "Мангистауская районная больница, поликлиника",
        Region::Mangistau,
        "Мангистауский район, с. Шетпе, ул. Абая, д. 20",
    ),
    (
        "Врачебная амбулатория с. Жынгылды",
        Region::Mangistau,
        "Мангистауский район, с. Жынгылды, ул. Жастар, д. 1",
    ),
    (
        "Мунайлинская районная поликлиника",
        Region::Munaily,
        "Мунайлинский район, с. Мангистау, ул. Сатпаева, д. 8",
    ),
    (
        "Врачебная амбулатория с. Баскудук",
        Region::Munaily,
        "Мунайлинский район, с. Баскудук, ул. Бейбитшилик, д. 4",
    ),
    (
        "Тупкараганская районная больница, поликлиника",
        Region::Tupkaragan,
        "Тупкараганский район, г. Форт-Шевченко, ул. Жамбыла, д. 2",
    ),
    (
        "Врачебная амбулатория с. Акшукур",
        Region::Tupkaragan,
        "Тупкараганский район, с. Акшукур, ул. Тауелсиздик, д. 15",
    ),
];

/// `MNG-0003`: every district exactly full, so `no_capacity` can be exercised.
const FULL: usize = 2;
/// `MNG-0004`: the one closed clinic, with the attachments it had when it closed.
const CLOSED: usize = 3;
/// `MNG-0007`: the first Zhanaozen clinic.
const ZHANAOZEN_FIRST: usize = 6;
const FULL_DISTRICTS: u32 = 3;
/// Residents placed in each district of `MNG-0003` before any random attachment.
const FULL_MIN_PER_DISTRICT: usize = 3;
/// Fixed so that documentation and tests can name its districts.
const FIRST_DISTRICTS: u32 = 5;
const FIXED_BINS: [&str; 2] = ["940140000385", "950340001273"];
const FIRST_DISTRICT_4_DOCTOR: &str = "СЕРИКОВА АЙГУЛЬ МАРАТОВНА";

/// Per cent of residents, close to the region's population.
const REGION_SHARES: [(Region, u64); 7] = [
    (Region::Aktau, 35),
    (Region::Zhanaozen, 22),
    (Region::Munaily, 18),
    (Region::Beineu, 9),
    (Region::Karakiya, 6),
    (Region::Mangistau, 5),
    (Region::Tupkaragan, 5),
];

/// (youngest, oldest, per cent): the region is young, as its statistics say.
const AGE_BANDS: [(i64, i64, u64); 5] = [(0, 17, 33), (18, 34, 28), (35, 54, 24), (55, 74, 12), (75, 95, 3)];

// Shares in per mille.
const DECEASED: u64 = 10;
const ATTACHED: u64 = 800;
/// Of attached Aktau residents: about 2 % of all residents, since Aktau holds 35 % of them.
const CLOSED_OF_AKTAU: u64 = 72;
const RECENT_FREE_CHOICE: u64 = 50;
const EARLIER_FREE_CHOICE: u64 = 100;
const NO_PATRONYMIC: u64 = 100;
const KAZAKH: u64 = 880;
const KAZAKH_STYLE_PATRONYMIC: u64 = 250;

// Windows in days. A recent free choice stays well inside twelve months and an earlier one
// well outside, so that no reading of "a year ago" puts one on the wrong side.
const ATTACHMENT_WINDOW: i64 = 3652;
const RECENT_WINDOW: i64 = 330;
const EARLIER_AFTER: i64 = 400;
const CLOSED_WINDOW: (i64, i64) = (4 * 365, 12 * 365);

/// `count` synthetic residents plus the demo residents and the clinics' heads; `today` bounds
/// birth dates and attachment dates.
pub fn generate(count: usize, seed: u64, today: Date) -> Registry {
    let mut g = Generator::new(seed, today);
    let plans = g.plan_clinics();
    let open_by_region: HashMap<Region, Vec<usize>> = Region::ALL
        .into_iter()
        .map(|r| (r, (0..plans.len()).filter(|&i| plans[i].open && CLINICS[i].1 == r).collect()))
        .collect();

    let mut people = demo_residents();
    g.used.extend(people.iter().map(|p| p.iin));
    for &(_, region, _) in &CLINICS[1..] {
        let head = g.resident(region, (35, 65), false, &plans, &open_by_region, None);
        people.push(head);
    }
    let forced = count.min(FULL_MIN_PER_DISTRICT * FULL_DISTRICTS as usize);
    for n in 0..count {
        let person = if n < forced {
            let district = (n as u32 % FULL_DISTRICTS) + 1;
            let ages = g.age_band();
            g.resident(Region::Aktau, ages, false, &plans, &open_by_region, Some(district))
        } else {
            let region = g.region();
            let ages = g.age_band();
            let deceased = g.rng.per_mille(DECEASED);
            g.resident(region, ages, deceased, &plans, &open_by_region, None)
        };
        people.push(person);
    }

    let clinics = g.finish_clinics(plans, &people);
    Registry { people, clinics }
}

/// The six demo residents, in the documented order.
fn demo_residents() -> Vec<SeedPerson> {
    let person = |iin: &str,
                  (surname, given, patronymic): (&str, &str, Option<&str>),
                  birth_date: Date,
                  sex: Sex,
                  region: Region,
                  address: &str| SeedPerson {
        iin: Iin::parse(iin, FIXED_HORIZON).expect("the demo IINs are valid (tested)"),
        surname: surname.into(),
        given: given.into(),
        patronymic: patronymic.map(Into::into),
        birth_date,
        sex,
        region,
        address: address.into(),
        deceased: false,
        attachment: None,
    };
    let citizen = person(
        DEMO_CITIZEN,
        ("ТЕСТОВ", "ТЕСТ", Some("ТЕСТОВИЧ")),
        date!(1990 - 01 - 01),
        Sex::Male,
        Region::Aktau,
        "Актау, 12 мкр., д. 5, кв. 17",
    );
    let operator = person(
        DEMO_OPERATOR,
        ("НУРЛАНОВА", "АЙГЕРИМ", Some("САПАРОВНА")),
        date!(1975 - 03 - 15),
        Sex::Female,
        Region::Aktau,
        "Актау, 7 мкр., д. 20, кв. 45",
    );
    let mut zhanaozen = person(
        DEMO_ZHANAOZEN,
        ("КАЙРАТОВ", "ЕРЛАН", Some("АСХАТОВИЧ")),
        date!(1985 - 08 - 08),
        Sex::Male,
        Region::Zhanaozen,
        "Жанаозен, мкр. Самал, д. 3, кв. 8",
    );
    zhanaozen.attachment = Some(SeedAttachment {
        org_id: clinic_id(ZHANAOZEN_FIRST),
        district: 1,
        since: date!(2019 - 03 - 01),
        last_free_choice: None,
    });
    let mut closed = person(
        DEMO_CLOSED,
        ("ЕРМЕКОВА", "ӘЛИЯ", Some("НҰРЛАНҚЫЗЫ")),
        date!(2006 - 12 - 11),
        Sex::Female,
        Region::Aktau,
        "Актау, 14 мкр., д. 9, кв. 31",
    );
    closed.attachment = Some(SeedAttachment {
        org_id: clinic_id(CLOSED),
        district: 1,
        since: date!(2020 - 09 - 01),
        last_free_choice: None,
    });
    let mut deceased = person(
        DEMO_DECEASED,
        ("ОРАЗБАЕВ", "ҒАЛЫМ", Some("ТУЛЕГЕНОВИЧ")),
        date!(1941 - 05 - 09),
        Sex::Male,
        Region::Aktau,
        "Актау, 5 мкр., д. 22, кв. 3",
    );
    deceased.deceased = true;
    let head = person(
        DEMO_HEAD,
        ("АХМЕТОВА", "ДИНАРА", None),
        date!(1979 - 06 - 15),
        Sex::Female,
        Region::Aktau,
        "Актау, 3 мкр., д. 12, кв. 4",
    );
    vec![citizen, operator, zhanaozen, closed, deceased, head]
}

fn clinic_id(index: usize) -> String {
    format!("MNG-{:04}", index + 1)
}

/// What is drawn for a clinic before anyone is attached to it.
struct ClinicPlan {
    bin: Bin,
    open: bool,
    doctors: Vec<String>,
}

/// splitmix64: tiny, fast, and the same sequence on every platform and build.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (multiply-shift: no modulo bias worth the name).
    fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next()) * u128::from(n)) >> 64) as u64
    }

    fn range(&mut self, low: u32, high: u32) -> u32 {
        low + self.below(u64::from(high - low) + 1) as u32
    }

    fn per_mille(&mut self, share: u64) -> bool {
        self.below(1000) < share
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// An item drawn with the given weights.
    fn weighted<T: Copy>(&mut self, items: &[(T, u64)]) -> T {
        let total: u64 = items.iter().map(|&(_, w)| w).sum();
        let mut roll = self.below(total);
        for &(item, weight) in items {
            if roll < weight {
                return item;
            }
            roll -= weight;
        }
        items[items.len() - 1].0
    }

    fn sex(&mut self) -> Sex {
        if self.below(2) == 0 { Sex::Male } else { Sex::Female }
    }

    /// A day in `low..=high` (just `low` when the range is empty).
    fn date(&mut self, low: Date, high: Date) -> Date {
        let span = (high - low).whole_days();
        if span <= 0 {
            return low;
        }
        low.saturating_add(Duration::days(self.below(span as u64 + 1) as i64))
    }
}

fn days_before(day: Date, days: i64) -> Date {
    day.saturating_sub(Duration::days(days))
}

struct Generator {
    rng: Rng,
    today: Date,
    used: HashSet<Iin>,
}

impl Generator {
    fn new(seed: u64, today: Date) -> Generator {
        Generator { rng: Rng(seed), today, used: HashSet::new() }
    }

    fn plan_clinics(&mut self) -> Vec<ClinicPlan> {
        let mut bins: HashSet<Bin> = HashSet::new();
        let mut plans = Vec::with_capacity(CLINICS.len());
        for (i, &(_, region, _)) in CLINICS.iter().enumerate() {
            let bin = match FIXED_BINS.get(i) {
                Some(text) => Bin::parse(text).expect("the fixed BINs are valid (tested)"),
                None => self.bin(&bins),
            };
            bins.insert(bin);
            let districts = match i {
                0 => FIRST_DISTRICTS,
                FULL => FULL_DISTRICTS,
                _ if matches!(region, Region::Aktau | Region::Zhanaozen) => self.rng.range(3, 8),
                _ => self.rng.range(3, 5),
            };
            let doctors = (1..=districts)
                .map(|number| {
                    if i == 0 && number == 4 {
                        FIRST_DISTRICT_4_DOCTOR.to_owned()
                    } else {
                        let sex = self.rng.sex();
                        let (surname, given, patronymic) = names::person(&mut self.rng, sex);
                        [Some(surname), Some(given), patronymic]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join(" ")
                    }
                })
                .collect();
            plans.push(ClinicPlan { bin, open: i != CLOSED, doctors });
        }
        plans
    }

    /// A legal entity's BIN: registration YYMM, `4` (legal entity), `0`, serial, check digit.
    fn bin(&mut self, taken: &HashSet<Bin>) -> Bin {
        loop {
            let year = self.rng.range(1995, 2015) % 100;
            let month = self.rng.range(1, 12);
            let serial = self.rng.below(100_000);
            let first = format!("{year:02}{month:02}40{serial:05}");
            let digits: Vec<u8> = first.bytes().map(|b| b - b'0').collect();
            let Some(check) = check_digit(&digits) else { continue };
            if let Ok(bin) = Bin::parse(&format!("{first}{check}"))
                && !taken.contains(&bin)
            {
                return bin;
            }
        }
    }

    fn region(&mut self) -> Region {
        self.rng.weighted(&REGION_SHARES)
    }

    fn age_band(&mut self) -> (i64, i64) {
        let bands: Vec<((i64, i64), u64)> = AGE_BANDS.iter().map(|&(lo, hi, w)| ((lo, hi), w)).collect();
        self.rng.weighted(&bands)
    }

    /// A birth date at an age in `youngest..=oldest` full years, never after today.
    fn birth_date(&mut self, (youngest, oldest): (i64, i64)) -> Date {
        let earliest = days_before(self.today, (oldest + 1) * 36525 / 100 - 1);
        let latest = days_before(self.today, youngest * 36525 / 100);
        self.rng.date(earliest, latest)
    }

    /// A new IIN for the birth date and sex. Terminates because `birth` is not after today:
    /// only the serial is redrawn, when no check digit exists or the number is taken.
    fn iin(&mut self, birth: Date, sex: Sex) -> Iin {
        let century = match (birth.year() / 100, sex) {
            (18, Sex::Male) => 1,
            (18, Sex::Female) => 2,
            (19, Sex::Male) => 3,
            (19, Sex::Female) => 4,
            (_, Sex::Male) => 5,
            (_, Sex::Female) => 6,
        };
        let prefix = format!(
            "{:02}{:02}{:02}{century}",
            birth.year().rem_euclid(100),
            u8::from(birth.month()),
            birth.day()
        );
        loop {
            let first = format!("{prefix}{:04}", self.rng.below(10_000));
            let digits: Vec<u8> = first.bytes().map(|b| b - b'0').collect();
            let Some(check) = check_digit(&digits) else { continue };
            if let Ok(iin) = Iin::parse(&format!("{first}{check}"), self.today)
                && self.used.insert(iin)
            {
                return iin;
            }
        }
    }

    /// A resident of `region`; `full_district` places a living one in that district of
    /// `MNG-0003` instead of drawing an attachment.
    fn resident(
        &mut self,
        region: Region,
        ages: (i64, i64),
        deceased: bool,
        plans: &[ClinicPlan],
        open_by_region: &HashMap<Region, Vec<usize>>,
        full_district: Option<u32>,
    ) -> SeedPerson {
        let sex = self.rng.sex();
        let birth_date = self.birth_date(ages);
        let iin = self.iin(birth_date, sex);
        let (surname, given, patronymic) = names::person(&mut self.rng, sex);
        let address = address(&mut self.rng, region);
        let attachment = match full_district {
            _ if deceased => None,
            Some(district) => Some(self.open_attachment(FULL, district, birth_date)),
            None => self.attachment(region, birth_date, plans, open_by_region),
        };
        SeedPerson { iin, surname, given, patronymic, birth_date, sex, region, address, deceased, attachment }
    }

    fn attachment(
        &mut self,
        region: Region,
        birth: Date,
        plans: &[ClinicPlan],
        open_by_region: &HashMap<Region, Vec<usize>>,
    ) -> Option<SeedAttachment> {
        if !self.rng.per_mille(ATTACHED) {
            return None;
        }
        if region == Region::Aktau && self.rng.per_mille(CLOSED_OF_AKTAU) {
            let latest = days_before(self.today, CLOSED_WINDOW.0);
            // Someone born after the clinic closed cannot have been attached to it.
            if birth <= latest {
                let earliest = days_before(self.today, CLOSED_WINDOW.1).max(birth);
                let district = self.rng.range(1, plans[CLOSED].doctors.len() as u32);
                return Some(SeedAttachment {
                    org_id: clinic_id(CLOSED),
                    district,
                    since: self.rng.date(earliest, latest),
                    last_free_choice: None,
                });
            }
        }
        let clinic = *self.rng.pick(open_by_region.get(&region)?);
        let district = self.rng.range(1, plans[clinic].doctors.len() as u32);
        Some(self.open_attachment(clinic, district, birth))
    }

    fn open_attachment(&mut self, clinic: usize, district: u32, birth: Date) -> SeedAttachment {
        let today = self.today;
        let window = days_before(today, ATTACHMENT_WINDOW).max(birth);
        let earlier_end = days_before(today, EARLIER_AFTER);
        let roll = self.rng.below(1000);
        let (since, last_free_choice) = if roll < RECENT_FREE_CHOICE {
            let since = self.rng.date(days_before(today, RECENT_WINDOW).max(birth), today);
            (since, Some(since))
        } else if roll < RECENT_FREE_CHOICE + EARLIER_FREE_CHOICE && window <= earlier_end {
            let since = self.rng.date(window, earlier_end);
            (since, Some(since))
        } else {
            (self.rng.date(window, today), None)
        };
        SeedAttachment { org_id: clinic_id(clinic), district, since, last_free_choice }
    }

    /// The clinics with capacities fitted to what was seeded, and their heads.
    fn finish_clinics(&mut self, plans: Vec<ClinicPlan>, people: &[SeedPerson]) -> Vec<SeedClinic> {
        let index: HashMap<String, usize> = (0..plans.len()).map(|i| (clinic_id(i), i)).collect();
        let mut seeded: Vec<Vec<u32>> = plans.iter().map(|p| vec![0; p.doctors.len()]).collect();
        for a in people.iter().filter_map(|p| p.attachment.as_ref()) {
            if let Some(&clinic) = index.get(&a.org_id)
                && let Some(slot) = seeded[clinic].get_mut(a.district as usize - 1)
            {
                *slot += 1;
            }
        }
        plans
            .into_iter()
            .enumerate()
            .map(|(i, plan)| {
                let districts = plan
                    .doctors
                    .into_iter()
                    .zip(&seeded[i])
                    .enumerate()
                    .map(|(d, (doctor, &taken))| {
                        let capacity = if i == FULL {
                            taken
                        } else {
                            let needed = (taken * 6).div_ceil(5) + 50;
                            needed + self.rng.below(u64::from(needed / 2) + 1) as u32
                        };
                        SeedDistrict { number: d as u32 + 1, doctor, capacity }
                    })
                    .collect();
                let (name, region, address) = CLINICS[i];
                // The demo head (index 5) heads MNG-0001; generated heads follow the demo residents.
                let head = if i == 0 { people[5].clone() } else { people[6 + i - 1].clone() };
                SeedClinic {
                    id: clinic_id(i),
                    bin: plan.bin,
                    name: name.into(),
                    region,
                    address: address.into(),
                    open: plan.open,
                    districts,
                    head,
                }
            })
            .collect()
    }
}

/// An address in `region`, written as the registry writes it.
fn address(rng: &mut Rng, region: Region) -> String {
    match region {
        Region::Aktau => {
            format!("Актау, {} мкр., д. {}, кв. {}", rng.range(1, 35), rng.range(1, 60), rng.range(1, 120))
        }
        Region::Zhanaozen => format!(
            "Жанаозен, мкр. {}, д. {}, кв. {}",
            rng.pick(ZHANAOZEN_MICRODISTRICTS),
            rng.range(1, 40),
            rng.range(1, 80)
        ),
        _ => {
            let settlements = settlements(region);
            // Half live in the district centre, listed first.
            let (kind, place) = if rng.below(2) == 0 { settlements[0] } else { *rng.pick(settlements) };
            format!("{}, {kind} {place}, ул. {}, д. {}", region.name(), rng.pick(STREETS), rng.range(1, 120))
        }
    }
}

const ZHANAOZEN_MICRODISTRICTS: &[&str] =
    &["Самал", "Шугыла", "Мунайшы", "Коктем", "Арай", "Жулдыз", "Оркен", "Шанырак", "Рахат", "Асар"];

const STREETS: &[&str] = &[
    "Абая",
    "Жамбыла",
    "Кунаева",
    "Сатпаева",
    "Толе би",
    "Достык",
    "Бейбитшилик",
    "Тауелсиздик",
    "Абылай хана",
    "Жастар",
    "Курмангазы",
    "Махамбета",
];

/// The settlements of a district, its centre first.
fn settlements(region: Region) -> &'static [(&'static str, &'static str)] {
    match region {
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

/// Names as the registry writes them: upper case, Kazakh letters kept.
mod names {
    use super::Rng;
    use crate::domain::iin::Sex;

    /// Masculine forms; the feminine is derived.
    const KAZAKH_SURNAMES: &[&str] = &[
        "ЖУМАБАЕВ",
        "СЕРИКОВ",
        "НУРЛАНОВ",
        "ТУЛЕГЕНОВ",
        "ЕРМЕКОВ",
        "САПАРОВ",
        "КАЙРАТОВ",
        "АБДУЛЛАЕВ",
        "ОРАЗБАЕВ",
        "АХМЕТОВ",
        "ЖАКСЫЛЫКОВ",
        "КАЛИЕВ",
        "ЕСЕНОВ",
        "БАЙМУХАНОВ",
        "ДОСМАГАМБЕТОВ",
        "УТЕБАЕВ",
        "КУАНЫШЕВ",
        "ТАЖИЕВ",
        "МУХАМЕДЖАНОВ",
        "ИСМАГУЛОВ",
        "КУРМАНГАЛИЕВ",
        "ДЖУМАГАЛИЕВ",
        "ЖАНГАЛИЕВ",
        "ТУРЫСОВ",
        "ОМАРОВ",
        "АЛИЕВ",
        "СУЛТАНОВ",
        "КАСЫМОВ",
        "БАЙЖАНОВ",
        "УТЕГЕНОВ",
        "МАНАШЕВ",
        "ДАУЛЕТОВ",
        "АМАНОВ",
        "БЕКМУХАМБЕТОВ",
        "ҚОНАЕВ",
        "ӘБІЛОВ",
        "НҰРМАҒАМБЕТОВ",
        "ӨТЕБАЕВ",
        "ҒАБДУЛЛИН",
        "ТӨЛЕГЕНОВ",
        "СӘРСЕНБАЕВ",
        "ҚҰРМАНОВ",
    ];

    const RUSSIAN_SURNAMES: &[&str] = &[
        "ИВАНОВ",
        "ПЕТРОВ",
        "СМИРНОВ",
        "КУЗНЕЦОВ",
        "ПОПОВ",
        "ВАСИЛЬЕВ",
        "СОКОЛОВ",
        "МИХАЙЛОВ",
        "НОВИКОВ",
        "ФЕДОРОВ",
        "МОРОЗОВ",
        "ВОЛКОВ",
        "АЛЕКСЕЕВ",
        "ЛЕБЕДЕВ",
        "СЕМЕНОВ",
        "ЕГОРОВ",
        "ПАВЛОВ",
        "КОЗЛОВ",
        "СТЕПАНОВ",
        "НИКОЛАЕВ",
        "ОРЛОВ",
        "АНДРЕЕВ",
        "МАКАРОВ",
        "ЗАХАРОВ",
        "ЗАЙЦЕВ",
        "СОЛОВЬЕВ",
        "БОРИСОВ",
        "ЯКОВЛЕВ",
        "ГРИГОРЬЕВ",
        "РОМАНОВ",
        "ВОРОНИН",
        "ГУСЕВ",
        "КИСЕЛЕВ",
        "КОВАЛЕНКО",
        "ШЕВЧЕНКО",
        "БОНДАРЕНКО",
        "ТКАЧЕНКО",
        "МЕЛЬНИК",
        "ВИШНЕВСКИЙ",
        "КОВАЛЬСКИЙ",
        "КИМ",
        "ПАК",
        "ТЕН",
    ];

    const KAZAKH_MALE: &[&str] = &[
        "ЕРЛАН",
        "АСХАТ",
        "ДАУРЕН",
        "ҚАНАТ",
        "НҰРЛАН",
        "ҒАЛЫМ",
        "ӨМІРЗАҚ",
        "СЕРИК",
        "МАРАТ",
        "КАЙРАТ",
        "НУРЛАН",
        "САПАР",
        "ЕРМЕК",
        "ТУЛЕГЕН",
        "БАУЫРЖАН",
        "АРМАН",
        "АЙДОС",
        "ДАНИЯР",
        "ЕРЖАН",
        "АСЫЛБЕК",
        "ТИМУР",
        "АЛИХАН",
        "НУРСУЛТАН",
        "БЕКЗАТ",
        "АЗАМАТ",
        "ЖАНДОС",
        "МЕЙРАМ",
        "РУСЛАН",
        "САКЕН",
        "ТАЛГАТ",
        "АЛМАС",
        "БОЛАТ",
        "МАКСАТ",
        "ЕСЕТ",
        "АЛИБЕК",
        "ДАМИР",
        "ОРАЗ",
        "ЖАСУЛАН",
        "РАХАТ",
        "АБАЙ",
        "СЕРІК",
        "ЕРБОЛ",
    ];

    const KAZAKH_FEMALE: &[&str] = &[
        "АЙГУЛЬ",
        "ДИНАРА",
        "ЖАНАР",
        "ӘЛИЯ",
        "АЙГЕРИМ",
        "ГУЛЬНАРА",
        "САУЛЕ",
        "АСЕЛЬ",
        "АЙНУР",
        "ЖАНСАЯ",
        "МАДИНА",
        "ДАНА",
        "АРУЖАН",
        "ГУЛЬМИРА",
        "ЖУЛДЫЗ",
        "КАРЛЫГАШ",
        "ӘСЕМ",
        "АЙЖАН",
        "МЕРУЕРТ",
        "ИНДИРА",
        "АЛИЯ",
        "ЛАУРА",
        "КАМИЛА",
        "ТОМИРИС",
        "АЙША",
        "ГУЛЬЗАТ",
        "НАЗЕРКЕ",
        "ДАРИГА",
        "РАУШАН",
        "ЖАНЕЛЬ",
        "САНДУГАШ",
        "АКМАРАЛ",
        "ЭЛЬМИРА",
        "ШОЛПАН",
        "БОТАГОЗ",
        "ҰЛЖАН",
        "ДӘМЕЛІ",
        "МӨЛДІР",
        "ГҮЛНАР",
        "АЙСУЛУ",
    ];

    const RUSSIAN_MALE: &[&str] = &[
        "СЕРГЕЙ",
        "АЛЕКСАНДР",
        "ДМИТРИЙ",
        "АНДРЕЙ",
        "ВЛАДИМИР",
        "НИКОЛАЙ",
        "ИГОРЬ",
        "ЮРИЙ",
        "ВИКТОР",
        "ОЛЕГ",
        "АЛЕКСЕЙ",
        "ПАВЕЛ",
        "МИХАИЛ",
        "ИВАН",
        "ЕВГЕНИЙ",
        "ВАСИЛИЙ",
        "ПЕТР",
        "АНАТОЛИЙ",
        "ГЕННАДИЙ",
        "ВАЛЕРИЙ",
        "КОНСТАНТИН",
        "РОМАН",
        "МАКСИМ",
        "АРТЕМ",
        "ДЕНИС",
        "ВИТАЛИЙ",
        "ВЯЧЕСЛАВ",
        "ГРИГОРИЙ",
        "СТАНИСЛАВ",
        "ЛЕОНИД",
        "БОРИС",
        "ВАДИМ",
        "ЭДУАРД",
        "ФЕДОР",
        "СТЕПАН",
        "ЕГОР",
        "АРКАДИЙ",
        "ТИМОФЕЙ",
        "ВАЛЕНТИН",
        "ЯРОСЛАВ",
    ];

    const RUSSIAN_FEMALE: &[&str] = &[
        "АННА",
        "ОЛЬГА",
        "ЕЛЕНА",
        "ТАТЬЯНА",
        "НАТАЛЬЯ",
        "ИРИНА",
        "СВЕТЛАНА",
        "МАРИНА",
        "ЕКАТЕРИНА",
        "ЮЛИЯ",
        "МАРИЯ",
        "ЛЮДМИЛА",
        "ГАЛИНА",
        "ВАЛЕНТИНА",
        "НАДЕЖДА",
        "ЛЮБОВЬ",
        "ВЕРА",
        "ОКСАНА",
        "ВИКТОРИЯ",
        "АЛЕНА",
        "ДАРЬЯ",
        "КСЕНИЯ",
        "АНАСТАСИЯ",
        "ПОЛИНА",
        "ЛАРИСА",
        "НИНА",
        "ЛИДИЯ",
        "ТАМАРА",
        "ЗОЯ",
        "ЖАННА",
        "ЕВГЕНИЯ",
        "ВАЛЕРИЯ",
        "ЕЛИЗАВЕТА",
        "АЛЕКСАНДРА",
        "СОФИЯ",
        "ИННА",
        "РАИСА",
        "КРИСТИНА",
        "ЯНА",
        "АЛИНА",
    ];

    /// Patronymic stems that no ending rule gives.
    const IRREGULAR_STEMS: &[(&str, &str)] =
        &[("ДМИТРИЙ", "ДМИТРИЕВ"), ("ПАВЕЛ", "ПАВЛОВ"), ("МИХАИЛ", "МИХАЙЛОВ")];

    /// (surname, given name, patronymic) of a person of that sex.
    pub(super) fn person(rng: &mut Rng, sex: Sex) -> (String, String, Option<String>) {
        let kazakh = rng.per_mille(super::KAZAKH);
        let (surnames, males, females) = if kazakh {
            (KAZAKH_SURNAMES, KAZAKH_MALE, KAZAKH_FEMALE)
        } else {
            (RUSSIAN_SURNAMES, RUSSIAN_MALE, RUSSIAN_FEMALE)
        };
        let masculine: &str = rng.pick::<&str>(surnames);
        let surname = surname(masculine, sex);
        let given = (*rng.pick(if sex == Sex::Male { males } else { females })).to_owned();
        let father = *rng.pick(males);
        let patronymic = if rng.per_mille(super::NO_PATRONYMIC) {
            None
        } else if kazakh && rng.per_mille(super::KAZAKH_STYLE_PATRONYMIC) {
            Some(format!("{father}{}", if sex == Sex::Male { "ҰЛЫ" } else { "ҚЫЗЫ" }))
        } else {
            Some(format!("{}{}", stem(father), if sex == Sex::Male { "ИЧ" } else { "НА" }))
        };
        (surname, given, patronymic)
    }

    /// The surname with the ending of the sex: ИВАНОВ → ИВАНОВА, ВИШНЕВСКИЙ → ВИШНЕВСКАЯ;
    /// КОВАЛЕНКО and КИМ do not change.
    pub(super) fn surname(masculine: &str, sex: Sex) -> String {
        if sex == Sex::Male {
            return masculine.to_owned();
        }
        if let Some(base) = masculine.strip_suffix("ИЙ")
            && base.ends_with("СК")
        {
            return format!("{base}АЯ");
        }
        if ["ОВ", "ЕВ", "ИН", "ЫН"].iter().any(|end| masculine.ends_with(end)) {
            return format!("{masculine}А");
        }
        masculine.to_owned()
    }

    /// The father's name as a patronymic stem, to which -ИЧ or -НА is added: СЕРГЕЙ → СЕРГЕЕВ,
    /// ЮРИЙ → ЮРЬЕВ, ИГОРЬ → ИГОРЕВ, МАРАТ → МАРАТОВ.
    pub(super) fn stem(father: &str) -> String {
        if let Some(&(_, stem)) = IRREGULAR_STEMS.iter().find(|(name, _)| *name == father) {
            return stem.to_owned();
        }
        if let Some(base) = father.strip_suffix("ИЙ") {
            return format!("{base}ЬЕВ");
        }
        if let Some(base) = father.strip_suffix('Й').or_else(|| father.strip_suffix('Ь')) {
            return format!("{base}ЕВ");
        }
        if ["Ж", "Ш", "Щ", "Ч", "Ц"].iter().any(|end| father.ends_with(end)) {
            return format!("{father}ЕВ");
        }
        format!("{father}ОВ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::iin::IinError;

    const TODAY: Date = date!(2026 - 11 - 25);

    fn registry(count: usize, seed: u64) -> Registry {
        generate(count, seed, TODAY)
    }

    fn clinic<'a>(r: &'a Registry, id: &str) -> &'a SeedClinic {
        r.clinics.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("no clinic {id}"))
    }

    fn person<'a>(r: &'a Registry, iin: &str) -> &'a SeedPerson {
        r.people.iter().find(|p| p.iin.to_string() == iin).unwrap_or_else(|| panic!("no person {iin}"))
    }

    fn synthetic(r: &Registry) -> &[SeedPerson] {
        &r.people[6 + r.clinics.len() - 1..]
    }

    /// Seeded attachments per (clinic id, district).
    fn seeded(r: &Registry) -> HashMap<(String, u32), u32> {
        let mut counts = HashMap::new();
        for a in r.people.iter().filter_map(|p| p.attachment.as_ref()) {
            *counts.entry((a.org_id.clone(), a.district)).or_insert(0) += 1;
        }
        counts
    }

    fn share(part: usize, whole: usize) -> f64 {
        part as f64 / whole as f64
    }

    #[test]
    fn same_seed_same_registry() {
        assert_eq!(registry(800, 42), registry(800, 42));
    }

    #[test]
    fn other_seed_other_people_same_fixtures() {
        let (a, b) = (registry(800, 1), registry(800, 2));
        assert_eq!(a.people[..6], b.people[..6]);
        assert_ne!(synthetic(&a), synthetic(&b));
        for i in 0..2 {
            let (x, y) = (&a.clinics[i], &b.clinics[i]);
            assert_eq!(
                (&x.id, x.bin, &x.name, x.region, &x.address, x.open),
                (&y.id, y.bin, &y.name, y.region, &y.address, y.open)
            );
        }
        assert_eq!(a.clinics[0].head, b.clinics[0].head);
        assert_eq!(a.clinics[0].districts.len(), b.clinics[0].districts.len());
    }

    #[test]
    fn sizes() {
        for count in [0, 1, 5, 9, 100, 2000] {
            let r = registry(count, 3);
            assert_eq!(r.clinics.len(), 20);
            assert_eq!(r.people.len(), 6 + (r.clinics.len() - 1) + count, "count {count}");
        }
    }

    #[test]
    fn fixed_iins_are_valid_today() {
        for iin in [DEMO_CITIZEN, DEMO_OPERATOR, DEMO_ZHANAOZEN, DEMO_CLOSED, DEMO_DECEASED, DEMO_HEAD] {
            assert!(Iin::parse(iin, TODAY).is_ok(), "{iin}");
        }
        for bin in FIXED_BINS {
            assert!(Bin::parse(bin).is_ok(), "{bin}");
        }
    }

    #[test]
    fn every_iin_valid_consistent_and_unique() {
        let r = registry(5000, 11);
        let mut seen = HashSet::new();
        for p in &r.people {
            let text = p.iin.to_string();
            assert_eq!(Iin::parse(&text, TODAY), Ok(p.iin));
            assert_eq!(p.iin.birth_date(), p.birth_date, "{text}");
            if text != DEMO_HEAD {
                assert_eq!(p.iin.sex(), p.sex, "{text}");
            }
            let century = if p.birth_date.year() < 2000 { [3, 4] } else { [5, 6] };
            assert!(century.contains(&(text.as_bytes()[6] - b'0')), "{text}");
            assert!(p.birth_date <= TODAY);
            assert!(p.birth_date >= date!(1930 - 01 - 01), "{text}");
            assert!(seen.insert(p.iin), "duplicate {text}");
        }
        // The one record whose sex differs from its IIN, as documented.
        assert_eq!(person(&r, DEMO_HEAD).sex, Sex::Female);
        assert_eq!(person(&r, DEMO_HEAD).iin.sex(), Sex::Male);
    }

    #[test]
    fn a_birth_today_gets_a_valid_iin() {
        let mut g = Generator::new(5, TODAY);
        for _ in 0..200 {
            let birth = g.birth_date((0, 0));
            assert!(birth <= TODAY && birth > days_before(TODAY, 366));
            let iin = g.iin(TODAY, Sex::Female);
            assert_eq!(Iin::parse(&iin.to_string(), TODAY), Ok(iin));
        }
        assert!(
            Iin::parse(&g.iin(TODAY, Sex::Male).to_string(), days_before(TODAY, 1))
                .is_err_and(|e| matches!(e, IinError::FutureDate(_)))
        );
    }

    #[test]
    fn every_bin_valid_and_unique() {
        let r = registry(100, 9);
        let mut seen = HashSet::new();
        for c in &r.clinics {
            let text = c.bin.to_string();
            assert_eq!(Bin::parse(&text), Ok(c.bin));
            let month: u32 = text[2..4].parse().unwrap();
            assert!((1..=12).contains(&month), "{text}");
            assert_eq!(&text[4..6], "40", "{text}");
            assert!(seen.insert(c.bin), "duplicate {text}");
        }
    }

    #[test]
    fn regions_in_population_proportions() {
        let r = registry(10_000, 5);
        let people = synthetic(&r);
        let mut counts: HashMap<Region, usize> = HashMap::new();
        for p in people {
            *counts.entry(p.region).or_default() += 1;
        }
        for (region, percent) in REGION_SHARES {
            let got = share(counts[&region], people.len());
            assert!((got - percent as f64 / 100.0).abs() < 0.02, "{region}: {got}");
        }
        let mut by_size: Vec<(usize, Region)> = counts.iter().map(|(&r, &n)| (n, r)).collect();
        by_size.sort_unstable_by(|a, b| b.cmp(a));
        let top: HashSet<Region> = by_size[..2].iter().map(|&(_, r)| r).collect();
        assert_eq!(top, HashSet::from([Region::Aktau, Region::Zhanaozen]));
    }

    #[test]
    fn ages_and_sexes() {
        let r = registry(5000, 6);
        let people = synthetic(&r);
        let age = |p: &SeedPerson| (TODAY - p.birth_date).whole_days() * 100 / 36525;
        assert!(people.iter().all(|p| (0..=95).contains(&age(p))));
        assert!(people.iter().any(|p| age(p) < 1) && people.iter().any(|p| age(p) >= 85));
        let women = people.iter().filter(|p| p.sex == Sex::Female).count();
        assert!((0.45..0.55).contains(&share(women, people.len())), "{women}");
    }

    #[test]
    fn attachments_point_to_open_clinics_of_the_region() {
        let r = registry(3000, 8);
        let today = TODAY;
        for p in &r.people {
            let Some(a) = &p.attachment else { continue };
            let c = clinic(&r, &a.org_id);
            assert!((1..=c.districts.len() as u32).contains(&a.district), "{a:?}");
            assert_eq!(c.region, p.region, "{} in {}", p.iin, c.id);
            assert_eq!(c.open, c.id != "MNG-0004");
            assert!(a.since >= p.birth_date && a.since <= today, "{a:?}");
            if let Some(choice) = a.last_free_choice {
                assert_eq!(choice, a.since);
            }
        }
    }

    #[test]
    fn attachment_shares() {
        let r = registry(10_000, 12);
        let people = synthetic(&r);
        let living: Vec<&SeedPerson> = people.iter().filter(|p| !p.deceased).collect();
        let attached: Vec<&SeedAttachment> = living.iter().filter_map(|p| p.attachment.as_ref()).collect();
        assert!((0.77..0.83).contains(&share(attached.len(), living.len())), "{}", attached.len());
        let closed = attached.iter().filter(|a| a.org_id == "MNG-0004").count();
        assert!((0.012..0.028).contains(&share(closed, people.len())), "{closed}");
        let open: Vec<&&SeedAttachment> = attached.iter().filter(|a| a.org_id != "MNG-0004").collect();
        let recent =
            open.iter().filter(|a| a.last_free_choice.is_some_and(|d| d > days_before(TODAY, 365))).count();
        assert!((0.035..0.065).contains(&share(recent, open.len())), "{recent}");
        let earlier = open.iter().filter(|a| a.last_free_choice.is_some()).count() - recent;
        assert!(earlier > 0);
        assert!(open.iter().all(|a| a.since > days_before(TODAY, 3653)));
        for a in attached.iter().filter(|a| a.org_id == "MNG-0004") {
            assert!(a.since <= days_before(TODAY, 4 * 365), "{a:?}");
        }
    }

    #[test]
    fn clinics_directory() {
        let r = registry(2000, 1);
        for (i, c) in r.clinics.iter().enumerate() {
            assert_eq!(c.id, format!("MNG-{:04}", i + 1));
            assert!((3..=8).contains(&c.districts.len()), "{}", c.id);
            for (d, district) in c.districts.iter().enumerate() {
                assert_eq!(district.number, d as u32 + 1);
                assert_eq!(district.doctor, district.doctor.to_uppercase());
                assert!(district.doctor.split(' ').count() >= 2, "{}", district.doctor);
            }
        }
        for region in Region::ALL {
            let n = r.clinics.iter().filter(|c| c.region == region).count();
            let expected = match region {
                Region::Aktau => 6,
                Region::Zhanaozen => 4,
                _ => 2,
            };
            assert_eq!(n, expected, "{region}");
        }
        let closed: Vec<&str> = r.clinics.iter().filter(|c| !c.open).map(|c| c.id.as_str()).collect();
        assert_eq!(closed, ["MNG-0004"]);
        assert_eq!(clinic(&r, "MNG-0004").region, Region::Aktau);
        assert_eq!(clinic(&r, "MNG-0003").region, Region::Aktau);
        assert_eq!(clinic(&r, "MNG-0007").region, Region::Zhanaozen);

        let first = clinic(&r, "MNG-0001");
        assert_eq!(first.name, "Поликлиника №1");
        assert_eq!(first.bin.to_string(), "940140000385");
        assert_eq!(first.address, "Актау, 3 мкр., д. 1");
        assert_eq!(first.region, Region::Aktau);
        assert!(first.open && first.districts.len() >= 4);
        assert_eq!(first.districts[3].doctor, "СЕРИКОВА АЙГУЛЬ МАРАТОВНА");
        assert_eq!(first.head.iin.to_string(), DEMO_HEAD);
        let second = clinic(&r, "MNG-0002");
        assert_eq!(
            (second.name.as_str(), second.region, second.open),
            ("Поликлиника №2", Region::Aktau, true)
        );
    }

    #[test]
    fn heads_are_adults_of_their_region_listed_among_people() {
        let r = registry(50, 4);
        for (i, c) in r.clinics.iter().enumerate() {
            let listed = person(&r, &c.head.iin.to_string());
            assert_eq!(listed, &c.head);
            assert_eq!(c.head.region, c.region);
            assert!(!c.head.deceased);
            if i > 0 {
                assert_eq!(r.people[6 + i - 1], c.head);
                let age = (TODAY - c.head.birth_date).whole_days() * 100 / 36525;
                assert!((35..=65).contains(&age), "{}: {age}", c.id);
            }
        }
    }

    #[test]
    fn capacities_leave_room_except_mng_0003() {
        for count in [0, 5, 9, 2000] {
            let r = registry(count, 10);
            let seeded = seeded(&r);
            for c in &r.clinics {
                for d in &c.districts {
                    let taken = seeded.get(&(c.id.clone(), d.number)).copied().unwrap_or(0);
                    if c.id == "MNG-0003" {
                        assert_eq!(d.capacity, taken, "district {}", d.number);
                        if count >= 9 {
                            assert!(taken >= 3, "district {}: {taken}", d.number);
                        }
                    } else {
                        assert!(d.capacity as f64 >= 1.2 * taken as f64 + 50.0, "{} {}", c.id, d.number);
                    }
                }
            }
            if count >= 2000 {
                assert!(seeded.keys().filter(|(id, _)| id == "MNG-0004").count() > 1);
            }
        }
    }

    #[test]
    fn demo_residents() {
        let r = registry(300, 77);
        let ids: Vec<String> = r.people[..6].iter().map(|p| p.iin.to_string()).collect();
        assert_eq!(ids, [DEMO_CITIZEN, DEMO_OPERATOR, DEMO_ZHANAOZEN, DEMO_CLOSED, DEMO_DECEASED, DEMO_HEAD]);
        for p in &r.people[..6] {
            assert_eq!(p.birth_date, p.iin.birth_date());
        }

        let citizen = &r.people[0];
        assert_eq!(citizen.full_name(), "ТЕСТОВ ТЕСТ ТЕСТОВИЧ");
        assert_eq!(
            (citizen.birth_date, citizen.sex, citizen.region),
            (date!(1990 - 01 - 01), Sex::Male, Region::Aktau)
        );
        assert_eq!(citizen.address, "Актау, 12 мкр., д. 5, кв. 17");
        assert!(!citizen.deceased && citizen.attachment.is_none());

        let operator = &r.people[1];
        assert_eq!(operator.full_name(), "НУРЛАНОВА АЙГЕРИМ САПАРОВНА");
        assert_eq!((operator.sex, operator.region), (Sex::Female, Region::Aktau));
        assert_eq!(operator.birth_date, date!(1975 - 03 - 15));
        assert!(!operator.deceased && operator.attachment.is_none());

        let zhanaozen = &r.people[2];
        assert_eq!((zhanaozen.sex, zhanaozen.region), (Sex::Male, Region::Zhanaozen));
        assert_eq!(zhanaozen.birth_date, date!(1985 - 08 - 08));
        let a = zhanaozen.attachment.as_ref().unwrap();
        let first_zhanaozen = r.clinics.iter().find(|c| c.region == Region::Zhanaozen).unwrap();
        assert_eq!((a.org_id.as_str(), a.district), (first_zhanaozen.id.as_str(), 1));
        assert_eq!((a.since, a.last_free_choice), (date!(2019 - 03 - 01), None));

        let closed = &r.people[3];
        assert_eq!((closed.sex, closed.region), (Sex::Female, Region::Aktau));
        assert_eq!(closed.birth_date, date!(2006 - 12 - 11));
        let a = closed.attachment.as_ref().unwrap();
        assert_eq!((a.org_id.as_str(), a.since), ("MNG-0004", date!(2020 - 09 - 01)));
        assert!(!clinic(&r, "MNG-0004").open);

        let deceased = &r.people[4];
        assert!(deceased.deceased && deceased.attachment.is_none());
        assert_eq!(deceased.region, Region::Aktau);

        let head = &r.people[5];
        assert_eq!(head.full_name(), "АХМЕТОВА ДИНАРА");
        assert_eq!(head.patronymic, None);
        assert_eq!((head.birth_date, head.region), (date!(1979 - 06 - 15), Region::Aktau));
        assert_eq!(&clinic(&r, "MNG-0001").head, head);

        let mut unique: HashSet<&str> = HashSet::new();
        assert!(ids.iter().all(|id| unique.insert(id)));
    }

    #[test]
    fn names_patronymics_and_deaths() {
        let r = registry(10_000, 13);
        let people = synthetic(&r);
        let without = people.iter().filter(|p| p.patronymic.is_none()).count();
        assert!((0.08..0.12).contains(&share(without, people.len())), "{without}");
        let deceased: Vec<&SeedPerson> = people.iter().filter(|p| p.deceased).collect();
        assert!((0.005..0.015).contains(&share(deceased.len(), people.len())), "{}", deceased.len());
        assert!(r.people.iter().filter(|p| p.deceased).all(|p| p.attachment.is_none()));
        let kazakh_letters =
            people.iter().filter(|p| p.full_name().contains(['Ә', 'Қ', 'Ұ', 'Ғ', 'Ө', 'І'])).count();
        assert!(kazakh_letters > 100, "{kazakh_letters}");
        assert!(people.iter().any(|p| p.surname.starts_with("ИВАНОВ")));
        for p in &r.people {
            let name = p.full_name();
            assert_eq!(name, name.to_uppercase());
            assert!(!name.contains("  ") && !name.ends_with(' '));
            if p.sex == Sex::Female {
                assert!(!["ОВ", "ЕВ", "ИН", "СКИЙ"].iter().any(|e| p.surname.ends_with(e)), "{name}");
            } else {
                assert!(!p.surname.ends_with("ОВА") && !p.surname.ends_with("ЕВА"), "{name}");
            }
            if let Some(patronymic) = &p.patronymic {
                let endings: &[&str] = if p.sex == Sex::Male {
                    &["ОВИЧ", "ЕВИЧ", "ҰЛЫ"]
                } else {
                    &["ОВНА", "ЕВНА", "ҚЫЗЫ"]
                };
                assert!(endings.iter().any(|e| patronymic.ends_with(e)), "{name}");
            }
        }
    }

    #[test]
    fn name_forms() {
        assert_eq!(names::surname("ИВАНОВ", Sex::Female), "ИВАНОВА");
        assert_eq!(names::surname("ҒАБДУЛЛИН", Sex::Female), "ҒАБДУЛЛИНА");
        assert_eq!(names::surname("ВИШНЕВСКИЙ", Sex::Female), "ВИШНЕВСКАЯ");
        assert_eq!(names::surname("КОВАЛЕНКО", Sex::Female), "КОВАЛЕНКО");
        assert_eq!(names::surname("КИМ", Sex::Female), "КИМ");
        for (father, stem) in [
            ("СЕРГЕЙ", "СЕРГЕЕВ"),
            ("ЮРИЙ", "ЮРЬЕВ"),
            ("ДМИТРИЙ", "ДМИТРИЕВ"),
            ("ИГОРЬ", "ИГОРЕВ"),
            ("ПАВЕЛ", "ПАВЛОВ"),
            ("МИХАИЛ", "МИХАЙЛОВ"),
            ("МАРАТ", "МАРАТОВ"),
            ("АБАЙ", "АБАЕВ"),
            ("ҚАНАТ", "ҚАНАТОВ"),
        ] {
            assert_eq!(names::stem(father), stem);
        }
    }

    #[test]
    fn addresses_in_the_region() {
        let r = registry(2000, 14);
        for p in &r.people {
            let prefix = match p.region {
                Region::Aktau => "Актау, ",
                Region::Zhanaozen => "Жанаозен, мкр. ",
                other => other.name(),
            };
            assert!(p.address.starts_with(prefix), "{}: {}", p.region, p.address);
        }
        for c in &r.clinics {
            assert!(c.address.starts_with(c.region.name()), "{}", c.address);
        }
    }
}
