//! Properties that hold for every input, checked on inputs proptest makes up (and shrinks to
//! the smallest that breaks one): IINs and BINs, JCS, JWS parsing and verification, CSV rows,
//! and the mapping of errors and problem details to exit statuses. The tables of known
//! answers live beside the code; these are the laws around them.

use std::io::Cursor;

use attach::batch::input::{Encoding, Row, rows};
use attach::domain::document::Kind;
use attach::domain::iin::{Bin, Iin, IinError, Sex, check_digit};
use attach::pki::cert::Cert;
use attach::pki::jws::{self, Jws};
use attach::pki::verify::{At, Policy, verify};
use attach::{Code, Error, Exit};
use proptest::prelude::*;
use serde_json::Value;
use time::{Date, Month};

use crate::fixture::{now, shared, temp_dir};
use crate::util::Attach;

/// A day the IINs below are checked against: after every birth date they hold.
fn today() -> Date {
    Date::from_calendar_date(2030, Month::January, 1).expect("a date")
}

/// The eleven digits before the check digit: birth date, century and sex, serial.
fn first_eleven(birth: Date, male: bool, serial: u32) -> [u8; 11] {
    let century = match birth.year() {
        1800..=1899 => 1,
        1900..=1999 => 3,
        _ => 5,
    } + u8::from(!male);
    let text = format!(
        "{:02}{:02}{:02}{century}{serial:04}",
        birth.year() % 100,
        u8::from(birth.month()),
        birth.day()
    );
    let mut digits = [0u8; 11];
    for (slot, b) in digits.iter_mut().zip(text.bytes()) {
        *slot = b - b'0';
    }
    digits
}

fn text_of(digits: &[u8]) -> String {
    digits.iter().map(|d| char::from(b'0' + d)).collect()
}

prop_compose! {
    fn birth_dates()(days in 0i32..(2029 - 1850) * 365) -> Date {
        Date::from_calendar_date(1850, Month::January, 1).expect("a date") + time::Duration::days(i64::from(days))
    }
}

proptest! {
    /// Every number made of a birth date, a sex, a serial and its check digit is an IIN that
    /// gives them back, and reads back as the same text.
    #[test]
    fn an_iin_made_by_the_rule_parses_and_gives_its_parts_back(
        birth in birth_dates(), male: bool, serial in 0u32..10_000,
    ) {
        let first = first_eleven(birth, male, serial);
        // One number in eleven has no check digit: the rule leaves it unissued.
        prop_assume!(check_digit(&first).is_some());
        let mut digits = first.to_vec();
        digits.push(check_digit(&first).expect("assumed"));
        let text = text_of(&digits);
        let iin = Iin::parse(&text, today()).expect("a valid IIN");
        prop_assert_eq!(iin.birth_date(), birth);
        prop_assert_eq!(iin.sex(), if male { Sex::Male } else { Sex::Female });
        prop_assert_eq!(iin.to_string(), text);
    }

    /// Any other last digit is refused as a wrong check digit, for IINs and BINs alike.
    #[test]
    fn a_wrong_check_digit_is_refused(birth in birth_dates(), male: bool, serial in 0u32..10_000, other in 0u8..10) {
        let first = first_eleven(birth, male, serial);
        let Some(right) = check_digit(&first) else { return Ok(()) };
        prop_assume!(other != right);
        let mut digits = first.to_vec();
        digits.push(other);
        let text = text_of(&digits);
        let refused = matches!(Iin::parse(&text, today()), Err(IinError::CheckDigit { .. }));
        prop_assert!(refused, "{}", text);
        prop_assert!(matches!(Bin::parse(&text), Err(IinError::CheckDigit { .. })), "{}", text);
    }

    /// A BIN is any eleven digits and their check digit.
    #[test]
    fn a_bin_made_by_the_rule_parses(first in prop::array::uniform11(0u8..10)) {
        let Some(check) = check_digit(&first) else { return Ok(()) };
        let mut digits = first.to_vec();
        digits.push(check);
        let text = text_of(&digits);
        prop_assert_eq!(Bin::parse(&text).expect("a valid BIN").to_string(), text);
    }

    /// Whatever the text, parsing answers (never panics); what is not twelve ASCII digits is
    /// refused for its length or its characters, and a birth date after today is refused.
    #[test]
    fn any_text_is_answered_and_only_twelve_ascii_digits_can_pass(text in "\\PC{0,20}|[0-9٠-٩０-９]{12}") {
        let verdict = Iin::parse(&text, today());
        let twelve_digits = text.len() == 12 && text.bytes().all(|b| b.is_ascii_digit());
        if !twelve_digits {
            prop_assert!(matches!(verdict, Err(IinError::Length(_) | IinError::NotDigit(_))), "{:?}", text);
        }
        if let Ok(iin) = verdict {
            prop_assert!(iin.birth_date() <= today());
        }
        let _ = Bin::parse(&text);
    }
}

/// Any JSON value: the strings and keys of any Unicode, numbers integer and not, nested.
fn json_values() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e300f64..1e300).prop_map(Value::from),
        "\\PC{0,12}|[\\x00-\\x1f\"\\\\/€\u{10000}]{0,4}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("\\PC{0,8}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    /// The fast path of JCS (serde_json's own output, for plain values) writes exactly what
    /// RFC 8785's general path writes, for every value.
    #[test]
    fn canonical_json_is_rfc_8785_whatever_the_value(value in json_values()) {
        let fast = jws::canonical(&value);
        let general = serde_jcs::to_vec(&value).expect("any value serializes");
        prop_assert_eq!(String::from_utf8_lossy(&fast), String::from_utf8_lossy(&general));
    }

    /// Canonical JSON is a fixed point: read back and written again, the same bytes; and a
    /// value whose numbers are exact in a double (integers within ±2^53; RFC 8785 writes
    /// numbers as ECMAScript does) reads back as the value it was made from.
    #[test]
    fn canonical_json_reads_back_to_itself(value in json_values()) {
        let bytes = jws::canonical(&value);
        let again: Value = serde_json::from_slice(&bytes).expect("canonical JSON is JSON");
        prop_assert_eq!(jws::canonical(&again), bytes);
        if exact(&value) {
            prop_assert_eq!(again, value);
        }
    }
}

fn exact(value: &Value) -> bool {
    const EXACT: u64 = 1 << 53;
    match value {
        Value::Number(n) => {
            n.as_i64().is_some_and(|i| i.unsigned_abs() <= EXACT) || n.as_u64().is_some_and(|u| u <= EXACT)
        }
        Value::Array(items) => items.iter().all(exact),
        Value::Object(map) => map.values().all(exact),
        _ => true,
    }
}

/// The citizen's request signed at setup, its trust anchor, and a policy that checks all but
/// revocation at the signing time.
fn signed_request() -> (Jws, Vec<Cert>) {
    let signed: Jws = serde_json::from_slice(&shared().request).expect("a flattened JWS");
    let roots =
        Cert::all_from_file_bytes(&std::fs::read(&shared().auth.root).expect("root.pem")).expect("root");
    (signed, roots)
}

fn policy(roots: &[Cert]) -> Policy<'_> {
    Policy {
        roots: Some(roots),
        crls: None,
        at: At::SigT,
        now: now(),
        expect: Some(Kind::Request),
        signing_window: None,
    }
}

/// Base64url's alphabet, for changing one character of a segment into another of it.
const B64URL: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// A valid signature stays valid only for its own bytes: one character of any segment
    /// changed (within the base64url alphabet) and the verifier refuses the document.
    #[test]
    fn one_character_changed_anywhere_and_the_signature_is_refused(segment in 0usize..3, at: prop::sample::Index, to: prop::sample::Index) {
        let (signed, roots) = signed_request();
        prop_assert!(verify(&signed, &policy(&roots)).valid());
        let mut parts = [signed.protected.clone(), signed.payload.clone(), signed.signature.clone()];
        let mut bytes = parts[segment].clone().into_bytes();
        let i = at.index(bytes.len());
        let replacement = B64URL[to.index(B64URL.len())];
        prop_assume!(bytes[i] != replacement);
        bytes[i] = replacement;
        parts[segment] = String::from_utf8(bytes).expect("ASCII");
        let [protected, payload, signature] = parts;
        let changed = Jws { protected, payload, signature };
        let report = verify(&changed, &policy(&roots));
        // The last character of a segment carries padding bits base64url may ignore: a change
        // there can decode to the same bytes, and then it is the same document.
        let same_bytes = [(&changed.protected, &signed.protected), (&changed.payload, &signed.payload), (&changed.signature, &signed.signature)]
            .iter()
            .all(|(a, b)| jws::unb64url(a) == jws::unb64url(b));
        prop_assert!(!report.valid() || same_bytes, "{:?}", report.checks);
    }

    /// Any three strings as a JWS's segments, and any bytes as a flattened JWS: the verifier
    /// answers with failed checks, never a panic and never a pass.
    #[test]
    fn any_segments_are_answered_with_a_failed_check(protected in "\\PC{0,60}", payload in "[A-Za-z0-9_=-]{0,80}", signature in "\\PC{0,40}") {
        let (_, roots) = signed_request();
        let report = verify(&Jws { protected, payload, signature }, &policy(&roots));
        prop_assert!(!report.valid());
        prop_assert!(report.checks.iter().any(|c| !c.ok));
    }

    #[test]
    fn any_bytes_as_a_flattened_jws_are_answered(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(jws) = attach::json::from_slice::<Jws>(&bytes) {
            let (_, roots) = signed_request();
            let _ = verify(&jws, &policy(&roots));
        }
    }
}

/// A field of a CSV row as people type them: any characters but line breaks, spaces around.
fn fields() -> impl Strategy<Value = String> {
    "[ ]{0,2}[^\\r\\n\\u{FEFF}]{0,12}[ ]{0,2}"
}

/// `records` written as CSV with `delimiter` and `newline`, a header first.
fn csv_text(records: &[(String, String, String)], delimiter: u8, newline: csv::Terminator) -> Vec<u8> {
    let mut writer =
        csv::WriterBuilder::new().delimiter(delimiter).terminator(newline).from_writer(Vec::new());
    writer.write_record(["iin", "org", "reason"]).expect("a header");
    for (iin, org, reason) in records {
        writer.write_record([iin, org, reason]).expect("a record");
    }
    writer.into_inner().expect("the bytes")
}

fn read(bytes: Vec<u8>) -> Vec<Result<Row, String>> {
    rows(Box::new(Cursor::new(bytes)), "rows.csv", Encoding::Utf8, None)
        .expect("a header naming iin")
        .map(|r| r.map_err(|bad| format!("line {}: {}", bad.line, bad.error)))
        .collect()
}

proptest! {
    /// Whatever the fields hold (quotes, separators, Cyrillic), a row written by a CSV writer
    /// reads back as those fields, trimmed, a blank one as absent, on its own line; the file
    /// saved by Excel (byte-order mark, `;`, CRLF) reads as the same rows.
    #[test]
    fn rows_read_back_as_written_and_excel_reads_alike(records in prop::collection::vec((fields(), fields(), fields()), 1..8)) {
        // A row of blanks only is skipped, as a blank line is: leave those out here.
        let records: Vec<_> = records.into_iter().filter(|(a, b, c)| !(a.trim().is_empty() && b.trim().is_empty() && c.trim().is_empty())).collect();
        prop_assume!(!records.is_empty());
        let plain = read(csv_text(&records, b',', csv::Terminator::Any(b'\n')));
        prop_assert_eq!(plain.len(), records.len());
        for (n, (row, (iin, org, reason))) in plain.iter().zip(&records).enumerate() {
            let row = row.as_ref().expect("a row");
            let given = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
            prop_assert_eq!(row.line, n as u64 + 2);
            prop_assert_eq!(&row.iin, iin.trim());
            prop_assert_eq!(&row.org, &given(org));
            prop_assert_eq!(&row.reason, &given(reason));
        }
        let mut excel = "\u{FEFF}".as_bytes().to_vec();
        excel.extend(csv_text(&records, b';', csv::Terminator::CRLF));
        prop_assert_eq!(read(excel), plain);
    }

    /// Any bytes at all: every row is read or reported with its line, never a panic.
    #[test]
    fn any_bytes_after_the_header_are_rows_or_reported_rows(body in prop::collection::vec(any::<u8>(), 0..300)) {
        let mut bytes = b"iin,org,reason\n".to_vec();
        bytes.extend(body);
        for row in rows(Box::new(Cursor::new(bytes)), "rows.csv", Encoding::Utf8, None).expect("a header") {
            match row {
                Ok(row) => prop_assert!(row.line >= 2),
                Err(bad) => prop_assert!(bad.line >= 1),
            }
        }
    }
}

/// `attach status` reading `envelope` from a pipe, as the next stage would: its exit status
/// and what it wrote.
fn down_a_pipe(envelope: &Value) -> (i32, Value) {
    let dir = temp_dir();
    let out = Attach::new(&dir.path().join("home")).arg("status").stdin(envelope.to_string()).run();
    let written = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.code, written)
}

proptest! {
    /// Every error code keeps its exit status through an error and its envelope; the exit is a
    /// failure of the contract's table, and the HTTP status an error's.
    #[test]
    fn every_code_keeps_its_exit_through_an_error_and_its_envelope(index in 0..Code::ALL.len(), message in "\\PC{0,40}") {
        let code = Code::ALL[index];
        prop_assert_eq!(Code::parse(code.as_str()), Some(code));
        let error = Error::portal(code, message);
        prop_assert_eq!(error.exit(), code.exit());
        prop_assert!((1..=10).contains(&code.exit().code()));
        prop_assert!((400..=599).contains(&code.http_status()));
        let envelope = error.envelope();
        prop_assert_eq!(envelope["error"]["code"].as_str(), Some(code.as_str()));
        prop_assert_eq!(envelope["error"]["exit"].as_u64(), Some(u64::from(code.exit().code())));
        prop_assert_eq!(Exit::from_code(u64::from(code.exit().code())), code.exit());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// The next stage of a pipe re-emits an envelope unchanged and exits with the status it
    /// names; one that names 0, or a number outside the table, still exits as a failure.
    #[test]
    fn an_envelope_down_a_pipe_exits_as_it_says_and_never_as_success(
        exit in prop_oneof![0u64..12, any::<u64>()], code in "[a-z_]{0,20}", message in "\\PC{0,30}",
    ) {
        let envelope = serde_json::json!({"error": {"code": code, "message": message, "exit": exit}});
        let (status, written) = down_a_pipe(&envelope);
        prop_assert_ne!(status, 0);
        prop_assert_eq!(status, i32::from(Exit::from_code(exit).code()));
        if (2..=10).contains(&exit) {
            prop_assert_eq!(status as u64, exit);
        }
        prop_assert_eq!(written, envelope);
    }
}
