//! The languages people read `attach` in — English, Russian and Kazakh — and the one way every
//! word for a person is made: a message of a catalogue (`locales/*.ftl`, Fluent), by its key,
//! with its arguments, in the language of the moment. Codes, JSON keys and enum values never
//! change with the language; only the words do.
//!
//! The language of the moment is the process's (the CLI sets it once, from `--lang`,
//! `ATTACH_LANG` or the locale), or, for the portal's server, the request's (`Accept-Language`),
//! set around the work done for that request with [`with`].

use std::cell::Cell;
use std::fmt;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language of the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Ru,
    Kk,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Kk];

    /// The language's code, as `--lang` takes it and `Content-Language` says it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }

    /// A language tag or locale as people and systems write them: `ru`, `ru-RU`,
    /// `ru_RU.UTF-8`, `kk_KZ`, `KK`; `None` for any other language.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary: String = tag
            .trim()
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            "kk" => Some(Lang::Kk),
            _ => None,
        }
    }

    /// The language the environment asks for: `ATTACH_LANG`, else the locale (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`, the first one set), else English. A locale of another language
    /// (`de_DE.UTF-8`, `C`) gives English.
    pub fn from_env() -> Lang {
        Lang::chosen_by_env().unwrap_or(Lang::En)
    }

    /// The language the environment names, if it names one of ours.
    pub fn chosen_by_env() -> Option<Lang> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        if let Some(lang) = var("ATTACH_LANG").and_then(|v| Lang::parse(&v)) {
            return Some(lang);
        }
        ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(var).and_then(|locale| Lang::parse(&locale))
    }

    /// The first of an `Accept-Language` header's languages that the service speaks, by
    /// weight; English when none is.
    pub fn from_accept_language(header: &str) -> Lang {
        let mut offered: Vec<(f32, Lang)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let lang = Lang::parse(pieces.next()?)?;
                let weight = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .unwrap_or(1.0);
                (weight > 0.0).then_some((weight, lang))
            })
            .collect();
        // A stable sort keeps the header's order among equal weights.
        offered.sort_by(|a, b| b.0.total_cmp(&a.0));
        offered.first().map_or(Lang::En, |&(_, lang)| lang)
    }

    fn index(self) -> u8 {
        match self {
            Lang::En => 0,
            Lang::Ru => 1,
            Lang::Kk => 2,
        }
    }

    fn from_index(index: u8) -> Lang {
        match index {
            1 => Lang::Ru,
            2 => Lang::Kk,
            _ => Lang::En,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The catalogue of each language, in [`Lang::ALL`] order: its files (`locales/LANG/*.ftl`), by
/// name. Every language has the same files.
pub const CATALOGUES: [[(&str, &str); 5]; 3] = [catalogue!("en"), catalogue!("ru"), catalogue!("kk")];

macro_rules! catalogue {
    ($lang:literal) => {
        [
            ("main.ftl", include_str!(concat!("../locales/", $lang, "/main.ftl"))),
            ("ticket.ftl", include_str!(concat!("../locales/", $lang, "/ticket.ftl"))),
            ("admin.ftl", include_str!(concat!("../locales/", $lang, "/admin.ftl"))),
            ("pki.ftl", include_str!(concat!("../locales/", $lang, "/pki.ftl"))),
            ("portal.ftl", include_str!(concat!("../locales/", $lang, "/portal.ftl"))),
        ]
    };
}
use catalogue;

static PROCESS: AtomicU8 = AtomicU8::new(0);
/// Whether the process's language was asked for (`--lang`, `ATTACH_LANG`, the locale).
static CHOSEN: AtomicBool = AtomicBool::new(false);

thread_local! {
    static REQUEST: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the process's language (the CLI, once, before it prints anything).
pub fn set(lang: Lang) {
    PROCESS.store(lang.index(), Ordering::Relaxed);
}

/// Sets the process's language as asked for, English when nothing asks for one; [`paper`]
/// tells the two apart.
pub fn choose(lang: Option<Lang>) {
    set(lang.unwrap_or(Lang::En));
    CHOSEN.store(lang.is_some(), Ordering::Relaxed);
}

/// The language of a ticket on paper: the one asked for, else Russian (the language a clinic's
/// counter prints in).
pub fn paper() -> Lang {
    match REQUEST.with(Cell::get) {
        Some(lang) => lang,
        None if CHOSEN.load(Ordering::Relaxed) => current(),
        None => Lang::Ru,
    }
}

/// The language of the moment: the request's within [`with`], else the process's.
pub fn current() -> Lang {
    REQUEST.with(Cell::get).unwrap_or_else(|| Lang::from_index(PROCESS.load(Ordering::Relaxed)))
}

/// Runs `f` with `lang` as the language of the moment on this thread (the portal's server,
/// for one request's work).
pub fn with<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = REQUEST.with(|r| r.replace(Some(lang)));
    let out = f();
    REQUEST.with(|r| r.set(before));
    out
}

/// Runs the future `f` with `lang` as the language of the moment whenever it runs, on whichever
/// thread polls it (the portal's server, for one request).
pub async fn scoped<F: std::future::Future>(lang: Lang, f: F) -> F::Output {
    let mut f = std::pin::pin!(f);
    std::future::poll_fn(|cx| with(lang, || f.as_mut().poll(cx))).await
}

/// The catalogues of `lang`, parsed the first time they are needed: a run in one language
/// parses its own (and English, only should a message be missing from it).
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    BUNDLES[lang.index() as usize].get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a language code");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // The marks Fluent puts around arguments would reach terminals as invisible
        // characters, which the sanitizer would then show escaped.
        bundle.set_use_isolating(false);
        for (_, text) in CATALOGUES[lang.index() as usize] {
            let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(resource, _)| resource);
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// An argument of a message.
pub type Arg<'a> = (&'a str, FluentValue<'a>);

/// The message `key` in `lang`, with `args`; English when the language lacks it (a test keeps
/// every catalogue whole), and the key itself when no catalogue has it.
pub fn message_in(lang: Lang, key: &str, args: &[Arg]) -> String {
    for lang in [lang, Lang::En] {
        let bundle = bundle(lang);
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else { continue };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        return bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
    }
    key.to_owned()
}

/// The message `key` in the language of the moment, if the catalogues have it.
pub fn lookup(key: &str) -> Option<String> {
    let lang = current();
    (bundle(lang).has_message(key) || bundle(Lang::En).has_message(key)).then(|| message_in(lang, key, &[]))
}

/// The message `key` in the language of the moment.
pub fn message(key: &str, args: &[Arg]) -> String {
    message_in(current(), key, args)
}

/// `t!("key")` or `t!("key", name = value, …)`: the message in the language of the moment.
/// A value is anything a Fluent value is made from: text, or a number (for plurals).
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::message($key, &[])
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message($key, &[$((stringify!($name), $crate::i18n::value($value))),+])
    };
}

/// A Fluent value of anything that displays (text), kept a number when it is one.
pub fn value<T: IntoArg>(v: T) -> FluentValue<'static> {
    v.into_arg()
}

/// What a message's argument can be made from.
pub trait IntoArg {
    fn into_arg(self) -> FluentValue<'static>;
}

macro_rules! number_args {
    ($($t:ty),*) => {
        $(impl IntoArg for $t {
            fn into_arg(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        })*
    };
}
number_args!(i32, i64, u32, u64, usize, u8, u16);

impl IntoArg for f64 {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from(self)
    }
}

impl IntoArg for String {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from(self)
    }
}

impl IntoArg for &String {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

impl IntoArg for &str {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from(self.to_owned())
    }
}

impl IntoArg for &&str {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from((*self).to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// Every message of a catalogue and the placeholders it uses.
    fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let mut out = BTreeMap::new();
        for (file, text) in CATALOGUES[lang.index() as usize] {
            let resource = fluent_syntax::parser::parse(text)
                .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{file} does not parse: {errors:?}"));
            for entry in resource.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let key = m.id.name.to_owned();
                    let names = placeholders(&m);
                    assert!(out.insert(key.clone(), names).is_none(), "`{key}` twice in locales/{lang}");
                }
            }
        }
        out
    }

    fn placeholders(m: &fluent_syntax::ast::Message<&str>) -> BTreeSet<String> {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        fn walk(elements: &[PatternElement<&str>], out: &mut BTreeSet<String>) {
            for element in elements {
                let PatternElement::Placeable { expression } = element else { continue };
                match expression {
                    Expression::Inline(inline) => inline_names(inline, out),
                    Expression::Select { selector, variants } => {
                        inline_names(selector, out);
                        for variant in variants {
                            walk(&variant.value.elements, out);
                        }
                    }
                }
            }
        }
        fn inline_names(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
            match inline {
                InlineExpression::VariableReference { id } => {
                    out.insert(id.name.to_owned());
                }
                InlineExpression::FunctionReference { arguments, .. } => {
                    for argument in &arguments.positional {
                        inline_names(argument, out);
                    }
                }
                InlineExpression::Placeable { expression } => {
                    if let Expression::Inline(inner) = expression.as_ref() {
                        inline_names(inner, out);
                    }
                }
                _ => {}
            }
        }
        let mut out = BTreeSet::new();
        if let Some(value) = &m.value {
            walk(&value.elements, &mut out);
        }
        out
    }

    #[test]
    fn every_catalogue_has_every_message_with_the_same_placeholders() {
        let english = messages(Lang::En);
        assert!(english.len() > 100, "{} messages", english.len());
        for lang in [Lang::Ru, Lang::Kk] {
            let other = messages(lang);
            let missing: Vec<&String> = english.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<&String> = other.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(missing.is_empty(), "locales/{lang}.ftl lacks {missing:?}");
            assert!(extra.is_empty(), "locales/{lang}.ftl has messages English has not: {extra:?}");
            for (key, names) in &english {
                assert_eq!(&other[key], names, "the placeholders of `{key}` in locales/{lang}.ftl");
            }
        }
    }

    #[test]
    fn languages_are_read_as_people_and_systems_write_them() {
        for (tag, lang) in [
            ("ru", Some(Lang::Ru)),
            ("ru_RU.UTF-8", Some(Lang::Ru)),
            ("kk-KZ", Some(Lang::Kk)),
            ("KK", Some(Lang::Kk)),
            ("en_US", Some(Lang::En)),
            ("de_DE.UTF-8", None),
            ("C", None),
            ("", None),
        ] {
            assert_eq!(Lang::parse(tag), lang, "{tag}");
        }
        assert_eq!(Lang::from_accept_language("kk-KZ, ru;q=0.8, en;q=0.5"), Lang::Kk);
        assert_eq!(Lang::from_accept_language("de, ru;q=0.9, kk;q=0.3"), Lang::Ru);
        assert_eq!(Lang::from_accept_language("ru;q=0, en;q=0.2"), Lang::En);
        assert_eq!(Lang::from_accept_language("fr"), Lang::En);
    }

    #[test]
    fn russian_has_three_plural_forms_and_no_isolation_marks() {
        let rows = |n: i64, lang| message_in(lang, "batch-rows", &[("count", FluentValue::from(n))]);
        assert_eq!(rows(1, Lang::Ru), "1 строка");
        assert_eq!(rows(2, Lang::Ru), "2 строки");
        assert_eq!(rows(5, Lang::Ru), "5 строк");
        assert_eq!(rows(21, Lang::Ru), "21 строка");
        assert_eq!(rows(1, Lang::En), "1 row");
        assert_eq!(rows(3, Lang::En), "3 rows");
        assert!(!rows(3, Lang::Kk).contains(['\u{2068}', '\u{2069}']));
    }

    #[test]
    fn a_message_referred_to_sees_the_arguments_of_the_one_that_refers() {
        let role =
            |role: &'static str| message_in(Lang::En, "signer-role", &[("role", FluentValue::from(role))]);
        assert!(role("head").starts_with("the signer is the first head:"), "{}", role("head"));
        assert!(role("none").starts_with("the signer is someone without a role:"), "{}", role("none"));
    }
}
