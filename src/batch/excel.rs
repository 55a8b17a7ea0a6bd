//! What Excel does to a column of IINs when it takes them for numbers, recognized so that a
//! row says what happened instead of "must be 12 digits": `9,00101E+11` (scientific notation:
//! the last digits are gone), `61211600012` (the leading zero dropped) and `="061211600012"`
//! (Excel's text form, which keeps the number as written and is read as it).

use crate::domain::iin::Iin;
use crate::error::{Code, Error};
use crate::t;

/// The value inside Excel's text form `="…"`, or the field as it is.
pub fn unwrap_text_form(field: &str) -> &str {
    field
        .strip_prefix("=\"")
        .and_then(|rest| rest.strip_suffix('"'))
        .filter(|inner| !inner.contains('"'))
        .unwrap_or(field)
}

/// Whether `text` is a number in the scientific notation Excel shows a long number in:
/// `9,00101E+11`, `9.00101e+11`, `9E+11`.
fn scientific(text: &str) -> bool {
    let Some((mantissa, exponent)) = text.split_once(['E', 'e']) else { return false };
    let exponent = exponent.strip_prefix('+').unwrap_or(exponent);
    let (whole, fraction) = mantissa.split_once([',', '.']).unwrap_or((mantissa, "0"));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && digits(fraction) && digits(exponent)
}

/// Why `text`, which is not a valid IIN, is what Excel made of one; `None` when it is not.
pub fn damage(text: &str, today: time::Date) -> Option<Error> {
    if scientific(text) {
        return Some(Error::portal(Code::InvalidIin, t!("excel-iin-scientific", iin = text)));
    }
    if text.len() == 11 && text.bytes().all(|b| b.is_ascii_digit()) {
        let padded = format!("0{text}");
        if Iin::parse(&padded, today).is_ok() {
            return Some(Error::portal(
                Code::InvalidIin,
                t!("excel-iin-leading-zero", iin = text, suggested = padded),
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: time::Date = time::macros::date!(2026 - 12 - 01);

    #[test]
    fn excel_text_form_is_read_as_the_value_it_holds() {
        for (field, value) in [
            ("=\"061211600012\"", "061211600012"),
            ("061211600012", "061211600012"),
            ("=\"\"", ""),
            ("=\"a\"b\"", "=\"a\"b\""),
            ("=061211600012", "=061211600012"),
        ] {
            assert_eq!(unwrap_text_form(field), value, "{field}");
        }
    }

    #[test]
    fn scientific_notation_and_a_dropped_zero_are_named() {
        crate::i18n::set(crate::i18n::Lang::En);
        let said = |text: &str| damage(text, TODAY).map(|e| (e.code(), e.to_string()));
        let (code, message) = said("9,00101E+11").expect("scientific");
        assert_eq!(code, Code::InvalidIin);
        assert!(message.contains("scientific notation") && message.contains("lost"), "{message}");
        assert!(said("9.00101e+11").is_some());
        assert!(said("9E+11").is_some());
        let (_, message) = said("61211600012").expect("a dropped zero");
        assert!(message.contains("`061211600012`"), "{message}");
        // A dropped zero that would not make a valid IIN either is not guessed at.
        assert!(said("61211600013").is_none());
        assert!(said("90010130045").is_none());
        assert!(said("E+11").is_none());
        assert!(said("9,0010E").is_none());
    }
}
