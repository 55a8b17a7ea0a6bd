//! The synthetic state of the embedded portal: the people registry (ГБД ФЛ) of the Mangistau
//! region and its directory of PHC clinics with the attachments already in force. Generation
//! is pure and deterministic — the same seed and count give the same registry byte for byte,
//! on any day — so a portal can be rebuilt and a failing run ("seed 7, row 43") replayed;
//! storing it is the caller's.
//!
//! The registry is drawn as it stood on [`REFERENCE_DATE`], never as of today: ages,
//! attachment dates and deaths are facts of that day, and stay plausible for years after it
//! (people only grow older). Each kind of fact comes from a random stream of its own
//! ([`Stream`]), so that drawing more of one — another resident, or a fact that a later
//! version adds to the registry, such as a phone on record or a parent — never moves the
//! others.
//!
//! `people` holds, in this order: the six demo residents, the generated heads of clinics
//! `MNG-0002` onwards (in clinic order), then the `count` synthetic residents.

use std::collections::{HashMap, HashSet};

use time::macros::date;
use time::{Date, Duration};

use crate::domain::document::Relation;
use crate::domain::iin::{Bin, Iin, Sex, age_on, check_digit, is_minor};
use crate::domain::region::Region;

mod address;
mod names;

use address::address;

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
    /// The phone on record in the mobile citizens' database, where one-time codes are sent.
    pub phone: Option<String>,
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
    /// Each child's parent, as ГБД ФЛ links them: who may ask for the child's attachment.
    pub parents: Vec<ParentLink>,
}

/// A child and a parent ГБД ФЛ links to it.
#[derive(Debug, Clone, PartialEq)]
pub struct ParentLink {
    pub child: Iin,
    pub parent: Iin,
    pub relation: Relation,
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

/// The day the synthetic registry describes: every birth and attachment is on or before it.
pub const REFERENCE_DATE: Date = date!(2026 - 01 - 01);

/// A date after every fixed date in this module, to check the fixed IINs whatever the day.
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

/// `count` synthetic residents plus the demo residents and the clinics' heads, as of
/// [`REFERENCE_DATE`].
pub fn generate(count: usize, seed: u64) -> Registry {
    let mut g = Generator::new(seed, Stream::Clinics);
    let plans = g.plan_clinics();
    let open_by_region: HashMap<Region, Vec<usize>> = Region::ALL
        .into_iter()
        .map(|r| (r, (0..plans.len()).filter(|&i| plans[i].open && CLINICS[i].1 == r).collect()))
        .collect();

    let mut people = demo_residents();
    g.used.extend(people.iter().map(|p| p.iin));
    g.draw_from(seed, Stream::Heads);
    for &(_, region, _) in &CLINICS[1..] {
        let head = g.resident(region, (35, 65), false, &plans, &open_by_region, None);
        people.push(head);
    }
    g.draw_from(seed, Stream::Residents);
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

    // Phones before the clinics are finished, which copy their heads.
    g.draw_from(seed, Stream::Phones);
    for person in people.iter_mut().filter(|p| p.phone.is_none()) {
        person.phone = Some(phone(&mut g.rng));
    }
    g.draw_from(seed, Stream::Capacities);
    let clinics = g.finish_clinics(plans, &people);
    let parents = parent_links(seed, &people);
    Registry { people, clinics, parents }
}

/// Youngest and oldest a parent may have been at the child's birth, in years.
const PARENT_AGE: (i32, i32) = (18, 45);

/// A parent for every living child (under 18 on the reference date) of `people`, from the
/// parents' own stream: a living adult of the child's region old enough to be the parent,
/// drawn among up to 64 tries (rarely none fits, and the child then has no link).
pub fn parent_links(seed: u64, people: &[SeedPerson]) -> Vec<ParentLink> {
    let mut rng = Rng::stream(seed, Stream::Parents);
    let mut adults: HashMap<Region, Vec<&SeedPerson>> = HashMap::new();
    for p in people.iter().filter(|p| !p.deceased && !is_minor(p.birth_date, REFERENCE_DATE)) {
        adults.entry(p.region).or_default().push(p);
    }
    let mut links = Vec::new();
    for child in people.iter().filter(|p| !p.deceased && is_minor(p.birth_date, REFERENCE_DATE)) {
        let Some(candidates) = adults.get(&child.region) else { continue };
        for _ in 0..64 {
            let parent = *rng.pick(candidates);
            let gap = age_on(parent.birth_date, child.birth_date);
            if (PARENT_AGE.0..=PARENT_AGE.1).contains(&gap) {
                let relation = if parent.sex == Sex::Female { Relation::Mother } else { Relation::Father };
                links.push(ParentLink { child: child.iin, parent: parent.iin, relation });
                break;
            }
        }
    }
    links
}

/// Phones on record for `people` people, drawn from the phones' stream of `seed`: for a portal
/// made before the registry had phones.
pub fn phones(seed: u64, people: usize) -> Vec<String> {
    let mut rng = Rng::stream(seed, Stream::Phones);
    (0..people).map(|_| phone(&mut rng)).collect()
}

/// A Kazakh mobile number, E.164: +7 and a mobile operator's prefix.
fn phone(rng: &mut Rng) -> String {
    const PREFIXES: [&str; 12] =
        ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"];
    format!("+7{}{:07}", rng.pick(&PREFIXES), rng.below(10_000_000))
}

/// The random streams of the registry, one per kind of fact. A new kind of fact gets a new
/// stream (a new label), never draws from an existing one.
#[derive(Debug, Clone, Copy)]
enum Stream {
    /// BINs, districts and doctors of the directory.
    Clinics,
    /// The heads of the clinics after the first.
    Heads,
    /// The synthetic residents, in order: each one's sex, birth, IIN, names, address, death
    /// and attachment.
    Residents,
    /// The districts' capacities, fitted to the attachments drawn.
    Capacities,
    /// The phones on record, one per person in order.
    Phones,
    /// The children's parents.
    Parents,
}

impl Stream {
    fn label(self) -> &'static str {
        match self {
            Stream::Clinics => "clinics",
            Stream::Heads => "heads",
            Stream::Residents => "residents",
            Stream::Capacities => "capacities",
            Stream::Phones => "phones",
            Stream::Parents => "parents",
        }
    }
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
        phone: None,
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
    let mut demo = vec![citizen, operator, zhanaozen, closed, deceased, head];
    for (person, phone) in demo.iter_mut().zip(DEMO_PHONES) {
        person.phone = Some(phone.to_owned());
    }
    demo
}

/// The demo residents' phones on record, in their order: the citizen's is the phone of
/// `examples/request.json`.
const DEMO_PHONES: [&str; 6] =
    ["+77012345678", "+77029876543", "+77051112233", "+77075556677", "+77470001122", "+77773334455"];

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
    /// The stream of that kind of fact for `seed`: the seed mixed with an FNV-1a digest of the
    /// stream's label, so that streams of one seed, and one stream of two seeds, differ.
    fn stream(seed: u64, stream: Stream) -> Rng {
        let label = stream.label().bytes().fold(0xCBF2_9CE4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01B3)
        });
        let mut mixer = Rng(seed ^ label);
        Rng(mixer.next())
    }

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
    /// The stream being drawn from.
    rng: Rng,
    /// [`REFERENCE_DATE`], which bounds births and attachments.
    reference: Date,
    used: HashSet<Iin>,
}

impl Generator {
    fn new(seed: u64, stream: Stream) -> Generator {
        Generator { rng: Rng::stream(seed, stream), reference: REFERENCE_DATE, used: HashSet::new() }
    }

    /// Draws from `stream` from now on.
    fn draw_from(&mut self, seed: u64, stream: Stream) {
        self.rng = Rng::stream(seed, stream);
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

    /// A birth date at an age in `youngest..=oldest` full years on the reference date.
    fn birth_date(&mut self, (youngest, oldest): (i64, i64)) -> Date {
        let earliest = days_before(self.reference, (oldest + 1) * 36525 / 100 - 1);
        let latest = days_before(self.reference, youngest * 36525 / 100);
        self.rng.date(earliest, latest)
    }

    /// A new IIN for the birth date and sex. Terminates because `birth` is not after the
    /// reference date: only the serial is redrawn, when no check digit exists or the number
    /// is taken.
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
            if let Ok(iin) = Iin::parse(&format!("{first}{check}"), self.reference)
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
        SeedPerson {
            iin,
            surname,
            given,
            patronymic,
            birth_date,
            sex,
            region,
            address,
            deceased,
            attachment,
            phone: None,
        }
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
            let latest = days_before(self.reference, CLOSED_WINDOW.0);
            // Someone born after the clinic closed cannot have been attached to it.
            if birth <= latest {
                let earliest = days_before(self.reference, CLOSED_WINDOW.1).max(birth);
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
        let day = self.reference;
        let window = days_before(day, ATTACHMENT_WINDOW).max(birth);
        let earlier_end = days_before(day, EARLIER_AFTER);
        let roll = self.rng.below(1000);
        let (since, last_free_choice) = if roll < RECENT_FREE_CHOICE {
            let since = self.rng.date(days_before(day, RECENT_WINDOW).max(birth), day);
            (since, Some(since))
        } else if roll < RECENT_FREE_CHOICE + EARLIER_FREE_CHOICE && window <= earlier_end {
            let since = self.rng.date(window, earlier_end);
            (since, Some(since))
        } else {
            (self.rng.date(window, day), None)
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

#[cfg(test)]
mod tests;
