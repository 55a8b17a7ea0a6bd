//! Addresses as the registry writes them, in the settlements of each region.

use super::Rng;
use crate::domain::region::Region;

/// An address in `region`, written as the registry writes it.
pub(super) fn address(rng: &mut Rng, region: Region) -> String {
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
            let settlements = region.settlements();
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
