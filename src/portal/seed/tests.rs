//! The registry's shape: sizes, shares, ages, names, the demo residents and the streams.

use super::*;
use crate::domain::iin::IinError;

const TODAY: Date = REFERENCE_DATE;

fn registry(count: usize, seed: u64) -> Registry {
    generate(count, seed)
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

/// Streams: more residents leave everyone drawn before them, and the directory, as they were.
#[test]
fn more_residents_move_no_one_drawn_before() {
    let (small, large) = (registry(300, 7), registry(2000, 7));
    assert_eq!(small.people[..], large.people[..small.people.len()]);
    for (a, b) in small.clinics.iter().zip(&large.clinics) {
        assert_eq!((&a.id, a.bin, &a.head), (&b.id, b.bin, &b.head));
        let doctors = |c: &SeedClinic| c.districts.iter().map(|d| d.doctor.clone()).collect::<Vec<_>>();
        assert_eq!(doctors(a), doctors(b));
    }
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
fn fixed_iins_are_valid_on_the_reference_date() {
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
    let mut g = Generator::new(5, Stream::Residents);
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
    assert_eq!((second.name.as_str(), second.region, second.open), ("Поликлиника №2", Region::Aktau, true));
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
        assert_eq!(Region::of_address(&p.address), Some(p.region), "{}", p.address);
    }
    for c in &r.clinics {
        assert!(c.address.starts_with(c.region.name()), "{}", c.address);
        assert_eq!(Region::of_address(&c.address), Some(c.region), "{}", c.address);
    }
}
