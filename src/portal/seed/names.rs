//! Names as the registry writes them: upper case, Kazakh letters kept; Kazakh and Russian
//! surnames, given names and patronymics in the forms of the sex.

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
