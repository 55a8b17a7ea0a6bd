//! `attach iin`: the verdict on every number, one JSON line each; exit 2 when any is invalid.

use crate::fixture::temp_dir;
use crate::util::{Attach, IinVerdict};

/// (IIN, birth date, sex).
const VALID: &[(&str, &str, &str)] = &[
    ("900101300453", "1990-01-01", "male"),
    ("850808310738", "1985-08-08", "male"),
    ("061211600012", "2006-12-11", "female"),
    ("790615300452", "1979-06-15", "male"),
];

const NO_CHECK_DIGIT: &str = "no check digit exists for the first 11 digits (both weightings give 10)";

/// (IIN, the exact reason).
const INVALID: &[(&str, &str)] = &[
    ("900101300454", "check digit is 4, expected 3"),
    ("900101300800", NO_CHECK_DIGIT),
    ("900101300803", NO_CHECK_DIGIT),
    ("900101300809", NO_CHECK_DIGIT),
    ("90010130045", "must be 12 digits, got 11 characters"),
    ("9001013004531", "must be 12 digits, got 13 characters"),
    ("", "must be 12 digits, got 0 characters"),
    ("90010130045x", "must contain only digits, found `x`"),
    ("9001013004З3", "must contain only digits, found `З`"),
    ("900101700453", "the 7th digit `7` is not a century-and-sex digit (1 to 6)"),
    ("900101000453", "the 7th digit `0` is not a century-and-sex digit (1 to 6)"),
    ("900230300453", "digits 1-6 `900230` are not a calendar date"),
    ("901301300453", "digits 1-6 `901301` are not a calendar date"),
    ("991231500453", "birth date 2099-12-31 is in the future"),
];

fn valid(iin: &str, birth: &str, sex: &str) -> IinVerdict {
    IinVerdict {
        iin: iin.into(),
        valid: true,
        birth_date: Some(birth.into()),
        sex: Some(sex.into()),
        error: None,
    }
}

fn invalid(iin: &str, reason: &str) -> IinVerdict {
    IinVerdict { iin: iin.into(), valid: false, birth_date: None, sex: None, error: Some(reason.into()) }
}

fn iin(args: &[&str]) -> crate::util::Outcome {
    let dir = temp_dir();
    Attach::new(&dir.path().join("home")).arg("iin").args(args).run()
}

#[test]
fn valid_numbers_give_birth_date_and_sex() {
    let numbers: Vec<&str> = VALID.iter().map(|v| v.0).collect();
    let out = iin(&numbers).assert_exit(0);
    let expected: Vec<IinVerdict> = VALID.iter().map(|&(i, b, s)| valid(i, b, s)).collect();
    assert_eq!(out.json_lines::<IinVerdict>(), expected);
    assert_eq!(out.stderr, "");
}

#[test]
fn each_invalid_number_exits_2_with_its_reason() {
    for &(number, reason) in INVALID {
        let out = iin(&[number]).assert_exit(2);
        assert_eq!(out.json_lines::<IinVerdict>(), vec![invalid(number, reason)], "{number}");
    }
}

#[test]
fn no_number_with_prefix_90010130080_has_a_check_digit() {
    let numbers: Vec<String> = (0..=9).map(|d| format!("90010130080{d}")).collect();
    let out = iin(&numbers.iter().map(String::as_str).collect::<Vec<_>>()).assert_exit(2);
    let expected: Vec<IinVerdict> = numbers.iter().map(|n| invalid(n, NO_CHECK_DIGIT)).collect();
    assert_eq!(out.json_lines::<IinVerdict>(), expected);
}

#[test]
fn a_mixed_call_prints_every_verdict_in_order_and_exits_2() {
    let mut numbers = Vec::new();
    let mut expected = Vec::new();
    for (i, &(number, reason)) in INVALID.iter().enumerate() {
        let (v, birth, sex) = VALID[i % VALID.len()];
        numbers.extend([v, number]);
        expected.extend([valid(v, birth, sex), invalid(number, reason)]);
    }
    let out = iin(&numbers).assert_exit(2);
    assert_eq!(out.json_lines::<IinVerdict>(), expected);
}

#[test]
fn no_number_is_a_usage_error() {
    let out = iin(&[]).assert_exit(2);
    assert!(out.stderr.contains("IIN"), "{}", out.stderr);
}
