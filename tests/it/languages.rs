//! Russian and Kazakh: a person reads every word in the language asked for (`--lang`, else
//! `ATTACH_LANG`, else the locale), and a script reads the same JSON whatever the language.
//! Only an error's `message` (with its `lang`), a refusal's `message` and a check's `detail`
//! follow the language; every other byte of stdout is the same.

use serde_json::Value;

use crate::home::Home;
use crate::util::{Attach, Outcome};

/// How a language is asked for.
#[derive(Debug, Clone, Copy)]
enum Asked {
    Flag(&'static str),
    Locale(&'static str),
}

/// A language asked for, the code the envelope names, and words of its own: an error's prefix
/// on stderr, a refusal's (the applicant is already attached) and a check's (the signature).
struct Language {
    asked: Asked,
    code: &'static str,
    error: &'static str,
    attached: &'static str,
    signature: &'static str,
}

const LANGUAGES: [Language; 3] = [
    Language {
        asked: Asked::Flag("ru"),
        code: "ru",
        error: "attach: ошибка: ",
        attached: "уже прикреплён",
        signature: "подпись",
    },
    Language {
        asked: Asked::Flag("kk"),
        code: "kk",
        error: "attach: қате: ",
        attached: "бекітілген",
        signature: "қолтаңбасы",
    },
    Language {
        asked: Asked::Locale("kk_KZ.UTF-8"),
        code: "kk",
        error: "attach: қате: ",
        attached: "бекітілген",
        signature: "қолтаңбасы",
    },
];

impl Asked {
    fn on(self, attach: Attach) -> Attach {
        match self {
            Asked::Flag(lang) => attach.args(["--lang", lang]),
            Asked::Locale(locale) => attach
                .env_remove("ATTACH_LANG")
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .env("LANG", locale),
        }
    }
}

/// Runs the same command in English and in `language`.
fn both(home: &Home, language: &Language, args: &[&str], stdin: &[u8]) -> (Outcome, Outcome) {
    let english = home.attach().args(args).stdin(stdin.to_vec()).run();
    let other = language.asked.on(home.attach().args(args).stdin(stdin.to_vec())).run();
    assert_eq!(english.code, other.code, "`{}` exits alike in {:?}", english.command, language.asked);
    (english, other)
}

fn json(out: &Outcome) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("`{}`: {e}: {}", out.command, out.stdout_str()))
}

/// `value` with the member at each of `pointers` taken out, and what each held.
fn without(mut value: Value, pointers: &[&str]) -> (Value, Vec<Value>) {
    let mut taken = Vec::new();
    for pointer in pointers {
        let (parent, name) = pointer.rsplit_once('/').expect("a pointer to a member");
        let object = value.pointer_mut(parent).and_then(Value::as_object_mut);
        let held =
            object.and_then(|o| o.remove(name)).unwrap_or_else(|| panic!("no {pointer} in the output"));
        taken.push(held);
    }
    (value, taken)
}

/// Some Cyrillic letters that are Kazakh only.
fn has_kazakh_letters(text: &str) -> bool {
    text.chars().any(|c| "ӘәҒғҚқҢңӨөҰұҮүҺһІі".contains(c))
}

/// The words of `language`: the words it was asked to hold, and, in Kazakh, Kazakh letters.
fn assert_in(language: &Language, text: &str, words: &str) {
    assert!(text.contains(words), "{:?}: expected `{words}` in {text:?}", language.asked);
    if language.code == "kk" {
        assert!(has_kazakh_letters(text), "{:?}: no Kazakh letter in {text:?}", language.asked);
    }
}

/// The citizen's journey, a refusal and an error, in every language, on `home`.
fn journey_in_every_language(home: &Home) {
    let iin = home.residents(1)[0].iin.clone();
    let me = home.citizen(&iin);
    let request = home.request("MNG-0001", "first_attachment");
    let signed = home.sign(&me, &request);
    let receipt = home.submit(&signed).assert_exit(0);
    let request_id = receipt.json::<Value>()["request_id"].as_str().expect("a request id").to_owned();
    let ticket = home.result(&request_id).assert_exit(0).stdout;
    // A second request for the same clinic: refused, as the applicant is attached there.
    let again = home.sign(&me, &home.request("MNG-0001", "free_choice"));
    let refused =
        home.submit(&again).assert_exit(0).json::<Value>()["request_id"].as_str().unwrap().to_owned();

    for language in &LANGUAGES {
        // Filled and signed anew, the documents differ only in what is new each time.
        let (en, other) =
            both(home, language, &["request", "--org", "MNG-0001", "--reason", "first_attachment"], b"");
        let fresh = ["/request_uuid", "/created_at"];
        assert_eq!(without(json(&en), &fresh).0, without(json(&other), &fresh).0, "{:?}", language.asked);
        let (key, cert) = (me.key().display().to_string(), me.cert().display().to_string());
        let (en, other) =
            both(home, language, &["sign", "--key", &key, "--cert", &cert], request.to_string().as_bytes());
        assert_eq!(json(&en)["payload"], json(&other)["payload"], "{:?}", language.asked);

        // What the portal holds reads the same, byte for byte.
        for args in [vec!["submit"], vec!["status", &request_id], vec!["result", &request_id]] {
            let stdin: &[u8] = if args[0] == "submit" { &signed } else { b"" };
            let (en, other) = both(home, language, &args, stdin);
            let en = en.assert_exit(0);
            assert_eq!(en.stdout_str(), other.stdout_str(), "`{}` in {:?}", en.command, language.asked);
        }

        // The ticket's checks: the same checks and verdicts, the details in the language.
        let (en, other) = both(home, language, &["verify-ticket"], &ticket);
        let en = en.assert_exit(0);
        let checks = |out: &Outcome| json(out)["checks"].as_array().expect("checks").len();
        let details: Vec<String> = (0..checks(&en)).map(|i| format!("/checks/{i}/detail")).collect();
        let details: Vec<&str> = details.iter().map(String::as_str).collect();
        let (en_rest, en_details) = without(json(&en), &details);
        let (other_rest, other_details) = without(json(&other), &details);
        assert_eq!(en_rest, other_rest, "{:?}", language.asked);
        assert_ne!(en_details, other_details, "{:?}", language.asked);
        let all: Vec<&str> = other_details.iter().filter_map(Value::as_str).collect();
        assert_in(language, &all.join(" | "), language.signature);

        // A refusal: its code the same, its message in the language.
        let (en, other) = both(home, language, &["result", &refused], b"");
        let en = en.assert_exit(5);
        let (en_rest, en_message) = without(json(&en), &["/refusal/message"]);
        let (other_rest, other_message) = without(json(&other), &["/refusal/message"]);
        assert_eq!(en_rest, other_rest, "{:?}", language.asked);
        assert_eq!(en_rest["refusal"]["code"], "already_attached");
        assert!(en_message[0].as_str().unwrap().contains("already attached"), "{en_message:?}");
        assert_in(language, other_message[0].as_str().unwrap(), language.attached);

        // An error: the envelope's shape and code the same, its message and lang the language's.
        let (en, other) = both(home, language, &["status", "R-999999"], b"");
        let en = en.assert_exit(6);
        let (en_rest, _) = without(json(&en), &["/error/message", "/error/lang"]);
        let (other_rest, taken) = without(json(&other), &["/error/message", "/error/lang"]);
        assert_eq!(en_rest, other_rest, "{:?}", language.asked);
        assert_eq!(taken[1], language.code);
        let message = taken[0].as_str().unwrap();
        assert_eq!(other.stderr.trim_end(), format!("{}{message}", language.error), "{:?}", language.asked);
        assert!(en.stderr.starts_with("attach: error: "), "{}", en.stderr);
    }
}

#[test]
fn the_journey_a_refusal_and_an_error_read_in_russian_and_kazakh_and_the_json_stays() {
    journey_in_every_language(&Home::new());
}

#[test]
fn a_served_portal_words_its_refusals_and_problems_in_the_clients_language() {
    journey_in_every_language(&Home::served());
}

#[test]
fn the_help_describes_each_command_in_the_language() {
    let home = Home::new();
    let help = |asked: Asked| {
        asked.on(home.attach()).args(["help", "result"]).run().assert_exit(0).stdout_str().to_owned()
    };
    assert!(help(Asked::Flag("ru")).starts_with("Талон исполненной заявки или мотивированный отказ"));
    assert!(
        help(Asked::Locale("kk_KZ.UTF-8"))
            .starts_with("Орындалған өтінімнің талоны немесе дәлелді бас тарту")
    );
    assert!(
        home.attach()
            .args(["help", "result"])
            .run()
            .stdout_str()
            .starts_with("The ticket of a completed request")
    );
    // `--lang` before any other word, and the locale's, both before clap reads the line.
    let usage = Asked::Flag("kk").on(home.attach().args(["status", "--no-such-flag"])).run().assert_exit(2);
    assert!(usage.stderr.contains("--no-such-flag"), "{}", usage.stderr);
}

#[test]
fn certificates_are_refused_and_checked_in_russian_and_kazakh() {
    let home = Home::new();
    let me = home.citizen(&home.residents(1)[0].iin);
    let bad = me.cert().with_file_name("not-a-certificate.der");
    std::fs::write(&bad, b"\x30\x03\x02\x01").unwrap();
    let bad = bad.display().to_string();
    let cert = me.cert().display().to_string();
    let words =
        [("ru", "не сертификат X.509", "действителен с"), ("kk", "X.509 сертификаты емес", "жарамды")];
    for (lang, not_a_cert, valid_from) in words {
        let language = LANGUAGES.iter().find(|l| l.code == lang).unwrap();
        // A file that holds no certificate: the same code and exit, the message in the language.
        let (en, other) = both(&home, language, &["cert", "info", &bad], b"");
        let en = en.assert_exit(2);
        let (en_rest, _) = without(json(&en), &["/error/message", "/error/lang"]);
        let (other_rest, taken) = without(json(&other), &["/error/message", "/error/lang"]);
        assert_eq!(en_rest, other_rest);
        assert_eq!(en_rest["error"]["code"], "invalid_input");
        assert!(en.stderr.contains("not an X.509 certificate"), "{}", en.stderr);
        assert_in(language, taken[0].as_str().unwrap(), not_a_cert);
        // A check that fails: the verdicts the same, the detail in the language.
        let args = ["cert", "verify", &cert, "--at", "2020-01-01T00:00:00Z"];
        let (en, other) = both(&home, language, &args, b"");
        let en = en.assert_exit(7);
        let (en_json, other_json) = (json(&en), json(&other));
        let validity = |v: &Value| {
            let checks = v["checks"].as_array().expect("checks");
            checks.iter().find(|c| c["name"] == "validity").expect("a validity check").clone()
        };
        let (en_check, other_check) = (validity(&en_json), validity(&other_json));
        assert_eq!(en_check["ok"], other_check["ok"]);
        assert_eq!(en_check["code"], other_check["code"]);
        assert!(en_check["detail"].as_str().unwrap().contains("is valid from"), "{en_check}");
        assert_in(language, other_check["detail"].as_str().unwrap(), valid_from);
        assert!(other_check["detail"].as_str().unwrap().contains("(UTC+5)"), "{other_check}");
    }
}

#[test]
fn a_served_portal_words_a_failed_login_and_a_bad_field_in_the_clients_language() {
    let home = Home::served();
    let residents = home.residents(LANGUAGES.len());
    let words = [("ru", "неверный ИИН или пароль"), ("kk", "ЖСН немесе құпиясөз қате")];
    for (language, resident) in LANGUAGES.iter().zip(&residents) {
        // A login refused by the portal: the code and exit the same, the words the client's.
        let wrong = "not the password at all\n";
        let args = ["login", "--iin", resident.iin.as_str(), "--password-stdin"];
        let (en, other) = both(&home, language, &args, wrong.as_bytes());
        let en = en.assert_exit(3);
        assert!(en.assert_error("bad_credentials").message.contains("wrong IIN or password"), "{en:?}");
        let (en_rest, _) = without(json(&en), &["/error/message", "/error/lang"]);
        let (other_rest, taken) = without(json(&other), &["/error/message", "/error/lang"]);
        assert_eq!(en_rest, other_rest, "{:?}", language.asked);
        let expected = words.iter().find(|w| w.0 == language.code).unwrap().1;
        assert_in(language, taken[0].as_str().unwrap(), expected);
    }
    // A field the portal refuses, asked for over HTTP in each language: the same problem, its
    // detail in the language the request accepts, and `Content-Language` saying which.
    let addr = crate::server::addr(&home);
    let body = serde_json::json!({"iin": residents[0].iin, "password": "short"});
    let ask = |lang: &str| {
        crate::wire::Request::new("POST", "/v1/accounts")
            .header("Accept-Language", lang)
            .json(&body)
            .send(addr)
    };
    let en = ask("en");
    let en_problem = en.assert_problem(400, "invalid_input");
    assert!(en_problem.detail.contains("must have at least"), "{en:?}");
    for (lang, expected) in [("ru-RU, en;q=0.5", "не меньше"), ("kk", "таңбадан")] {
        let answer = ask(lang);
        let problem = answer.assert_problem(400, "invalid_input");
        assert_eq!((&problem.type_, &problem.title), (&en_problem.type_, &en_problem.title));
        assert!(problem.detail.contains(expected), "{answer:?}");
        assert_eq!(answer.header("content-language"), Some(&lang[..2]), "{answer:?}");
    }
}

/// The words a batch's summary holds in a language: the table's (outcomes and columns), the
/// note's on stderr, a refusal's and an error's.
struct BatchWords {
    table: &'static [&'static str],
    note: &'static str,
    refusal: &'static str,
    error: &'static str,
}

fn batch_words(code: &str) -> BatchWords {
    match code {
        "ru" => BatchWords {
            table: &["строка", "итог", "причина", "прикреплён", "отказ", "ошибка", "секунд"],
            note: "attach: примечание: ",
            refusal: "новое место жительства",
            error: "неверный ИИН",
        },
        _ => BatchWords {
            table: &["жол", "нәтиже", "себебі", "бекітілді", "бас тарту", "қате", "секунд"],
            note: "attach: ескерту: ",
            refusal: "жаңа тұрғылықты жер",
            error: "ЖСН",
        },
    }
}

/// A batch of three rows (one attached, one refused, one that is no IIN), as JSON Lines and as
/// the tables a person reads, on a portal of its own: the same file run again on the same
/// journal reads its outcomes back rather than having them decided anew.
fn batch_in(asked: Option<Asked>) -> (Outcome, Outcome) {
    let home = Home::new();
    let op = home.operator();
    let csv = "iin,org,reason\n\
               900101300453,MNG-0001,first_attachment\n\
               850808310738,MNG-0001,change_of_residence\n\
               9001013004,MNG-0001,change_of_residence\n";
    crate::batch::write(&home, "people.csv", csv);
    let run = |table: bool| {
        let mut attach = crate::batch::batch(&home, &op, "people.csv").arg("--wait");
        if table {
            attach = attach.args(["-o", "table"]).env("COLUMNS", "100");
        }
        if let Some(asked) = asked {
            attach = asked.on(attach);
        }
        attach.run().assert_exit(10)
    };
    (run(false), run(true))
}

/// The JSON lines of a batch, with the words for people and the times taken out.
fn batch_json(out: &Outcome) -> (Vec<Value>, Vec<String>) {
    let mut rest = Vec::new();
    let mut words = Vec::new();
    for line in out.stdout_str().lines() {
        let value: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        let pointers: &[&str] = if value.get("summary").is_some() {
            &["/summary/elapsed_s", "/summary/rows_per_s"]
        } else if value["refusal"].is_object() {
            &["/refusal/message"]
        } else if value["error"].is_object() {
            &["/error/message"]
        } else {
            &[]
        };
        let (value, taken) = without(value, pointers);
        if value.get("summary").is_none() {
            words.extend(taken.iter().filter_map(Value::as_str).map(str::to_owned));
        }
        rest.push(value);
    }
    (rest, words)
}

#[test]
fn a_batch_summary_reads_in_russian_and_kazakh_and_its_json_stays() {
    let (en_json, en_table) = batch_in(None);
    let (en_rest, en_words) = batch_json(&en_json);
    let outcomes: Vec<&str> = en_rest.iter().filter_map(|v| v["outcome"].as_str()).collect();
    assert_eq!(outcomes, ["attached", "refused", "error"], "{}", en_json.stdout_str());
    assert!(en_table.stdout_str().contains("outcome"), "{}", en_table.stdout_str());
    assert!(en_table.stderr.starts_with("attach: note: "), "{}", en_table.stderr);
    for language in &LANGUAGES {
        let words = batch_words(language.code);
        let (json, table) = batch_in(Some(language.asked));
        // stdout's JSON: byte for byte the English, but for the refusal's and the error's words.
        let (rest, taken) = batch_json(&json);
        assert_eq!(rest, en_rest, "{:?}", language.asked);
        assert_ne!(taken, en_words, "{:?}", language.asked);
        assert_in(language, &taken[0], words.refusal);
        assert_in(language, &taken[1], words.error);
        // The tables and the note: the language's words, and no English column or outcome.
        let text = table.stdout_str();
        for word in words.table {
            assert_in(language, text, word);
        }
        for english in ["outcome", "attached", "refused", "seconds", "new residence"] {
            assert!(!text.contains(english), "{:?}: `{english}` in {text}", language.asked);
        }
        assert!(table.stderr.starts_with(words.note), "{:?}: {}", language.asked, table.stderr);
    }
}
