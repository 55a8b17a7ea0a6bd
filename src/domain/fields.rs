//! One rule per field of the service, applied wherever the field enters: `request`'s flags,
//! the batch's rows, `sign`'s document, the portal's API and the verifier's payload check. A
//! rule answers why a value is refused; the caller names the field (`--phone`, the
//! document's `applicant.phone`, a CSV row's `phone`) and chooses the error's code. IINs and
//! BINs have their own module, [`super::iin`].

use super::region::Region;
use super::text::is_hidden;
use crate::t;

/// Why a value does not fit its field.
pub type Refusal = String;

/// The longest text a name, an address or a clinic's name may be, in characters.
pub const MAX_TEXT: usize = 200;

/// A phone number as people write it — `+7 701 234 56 78`, `8 (701) 234-56-78`,
/// `87012345678`, `7012345678` — in E.164, the one form the service keeps: `+77012345678`.
/// Spaces, hyphens, dots and parentheses are dropped; a number of another country is written
/// with its `+`; E.164 allows 10 to 15 digits after it.
pub fn phone(text: &str) -> Result<String, Refusal> {
    let refused = || Err(t!("field-phone", value = shown(text)));
    let kept: String = text.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.')).collect();
    let (plus, digits) = match kept.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, kept.as_str()),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return refused();
    }
    let e164 = match (plus, digits.len(), digits.as_bytes()[0]) {
        (true, 10..=15, _) => format!("+{digits}"),
        // Kazakhstan's trunk prefix 8, or the country code 7 without its plus.
        (false, 11, b'8') => format!("+7{}", &digits[1..]),
        (false, 11, b'7') => format!("+{digits}"),
        // A Kazakh number without any prefix: 10 digits from the operator's code.
        (false, 10, b'7') => format!("+7{digits}"),
        _ => return refused(),
    };
    Ok(e164)
}

/// A phone as a signed document holds it: in E.164 already, since a signed document cannot be
/// rewritten.
pub fn phone_e164(text: &str) -> Result<(), Refusal> {
    match phone(text)? {
        e164 if e164 == text => Ok(()),
        e164 => Err(t!("field-phone-e164", value = shown(text), e164 = e164)),
    }
}

/// An e-mail address: at most 254 bytes, one `@` between a local part and a domain, no
/// spaces or control characters.
pub fn email(text: &str) -> Result<(), Refusal> {
    let refused = || Err(t!("field-email", value = shown(text)));
    if text.len() > 254 || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return refused();
    }
    match text.split_once('@') {
        Some((local, domain)) if !local.is_empty() && domain.contains('.') && !domain.contains('@') => Ok(()),
        _ => refused(),
    }
}

/// An address: 1 to 200 characters of text.
pub fn address(text: &str) -> Result<(), Refusal> {
    plain_text(text).map_err(|why| t!("field-address", max = MAX_TEXT, why = why))
}

/// An address of residence in a request: an [`address`] that names a locality of the
/// Mangistau region (its city, district or settlement), whose region it gives — a change of
/// residence is to a clinic of that region.
pub fn residence(text: &str) -> Result<Region, Refusal> {
    address(text)?;
    Region::of_address(text).ok_or_else(|| {
        t!("field-residence", value = shown(text), regions = Region::ALL.map(Region::name).join(", "))
    })
}

/// A person's or a clinic's name: 1 to 200 characters of text.
pub fn name(text: &str) -> Result<(), Refusal> {
    plain_text(text).map_err(|why| t!("field-name", max = MAX_TEXT, why = why))
}

/// A clinic's id in the directory: 1 to 32 Latin letters, digits and hyphens, in any case
/// (`mng-0001` is `MNG-0001`, as `orgs --search` finds it); the directory's form is upper case.
pub fn org_id(text: &str) -> Result<String, Refusal> {
    if (1..=32).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        Ok(text.to_ascii_uppercase())
    } else {
        Err(t!("field-org-id", value = shown(text)))
    }
}

/// An identifier the portal gives (a request id, a registration or ticket number): 1 to 64
/// printable ASCII characters.
pub fn identifier(text: &str) -> Result<(), Refusal> {
    if (1..=64).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_graphic()) {
        Ok(())
    } else {
        Err(t!("field-identifier", value = shown(text)))
    }
}

/// A UUID in its text form, `8-4-4-4-12` hexadecimal digits.
pub fn uuid(text: &str) -> Result<(), Refusal> {
    let groups: Vec<&str> = text.split('-').collect();
    let lengths: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    if lengths == [8, 4, 4, 4, 12] && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_hexdigit())) {
        Ok(())
    } else {
        Err(t!("field-uuid", value = shown(text)))
    }
}

/// Text without control or invisible formatting characters, 1 to [`MAX_TEXT`] characters, not
/// blank.
fn plain_text(text: &str) -> Result<(), Refusal> {
    let chars = text.chars().count();
    if text.trim().is_empty() {
        Err(t!("field-empty"))
    } else if chars > MAX_TEXT {
        Err(t!("field-too-long", count = chars))
    } else if text.chars().any(is_hidden) {
        Err(t!("field-hidden-character"))
    } else {
        Ok(())
    }
}

/// A refused value as a message shows it: at most 40 characters, control characters escaped.
fn shown(text: &str) -> String {
    let mut out: String = text.chars().take(40).flat_map(char::escape_default).collect();
    if text.chars().count() > 40 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones() {
        let table = [
            ("+77012345678", "+77012345678"),
            ("+7 701 234 56 78", "+77012345678"),
            ("8 (701) 234-56-78", "+77012345678"),
            ("87012345678", "+77012345678"),
            ("77012345678", "+77012345678"),
            ("7012345678", "+77012345678"),
            ("+49.30.1234567", "+49301234567"),
            ("+123456789012345", "+123456789012345"),
        ];
        for (written, e164) in table {
            assert_eq!(phone(written).as_deref(), Ok(e164), "{written}");
        }
        assert_eq!(phone_e164("+77012345678"), Ok(()));
        assert!(phone_e164("8 (701) 234-56-78").unwrap_err().contains("+77012345678"));
        for bad in [
            "abc;DROP",
            "call me maybe",
            "+7701",
            "",
            "+",
            "1234567890123456",
            "123456789012",
            "７７０１２３４５６７８",
        ] {
            assert!(phone(bad).is_err(), "{bad}");
        }
        assert!(phone(&"7".repeat(5000)).unwrap_err().chars().count() < 100, "a long value is cut short");
    }

    #[test]
    fn emails() {
        for ok in ["a@b.kz", "aigerim.n@mail.example.kz"] {
            assert_eq!(email(ok), Ok(()), "{ok}");
        }
        let long = format!("{}@example.kz", "a".repeat(60_000));
        for bad in ["", "a", "a@b", "@b.kz", "a b@c.kz", "a@b@c.kz", "a\u{0}@b.kz", long.as_str()] {
            assert!(email(bad).is_err(), "{bad:.20}");
        }
    }

    #[test]
    fn addresses_and_names() {
        assert_eq!(address("Актау, 12 мкр., д. 5, кв. 17"), Ok(()));
        assert_eq!(name("ЕРМЕКОВА ӘЛИЯ НҰРЛАНҚЫЗЫ"), Ok(()));
        assert_eq!(address(&"д".repeat(200)), Ok(()));
        for bad in
            ["", "   ", "two\nlines", "nul\u{0}", "evil\u{202e}", &"д".repeat(201), &"x".repeat(20_000)]
        {
            assert!(address(bad).is_err(), "{bad:.20}");
            assert!(name(bad).is_err(), "{bad:.20}");
        }
    }

    #[test]
    fn residences_name_a_locality_of_the_region() {
        assert_eq!(residence("Жанаозен, мкр. Самал, д. 3, кв. 8"), Ok(Region::Zhanaozen));
        assert_eq!(residence("с. Курык, ул. Абая, д. 1"), Ok(Region::Karakiya));
        assert!(residence("ул. Абая, д. 5").unwrap_err().contains("names no locality"));
        assert!(residence("").is_err());
    }

    #[test]
    fn clinic_ids_uuids_and_identifiers() {
        assert_eq!(org_id("MNG-0001").as_deref(), Ok("MNG-0001"));
        assert_eq!(org_id("mng-0001").as_deref(), Ok("MNG-0001"));
        for bad in ["", "MNG\u{0}0001", "MNG 0001", &"M".repeat(33)] {
            assert!(org_id(bad).is_err(), "{bad:?}");
        }
        assert_eq!(uuid("6d81600b-bf1c-4775-b1a6-8a8f651eae4f"), Ok(()));
        for bad in ["", "x", "6d81600b-bf1c-4775-b1a6-8a8f651eae4", "6d81600b-bf1c-4775-b1a6-8a8f651eae4g"] {
            assert!(uuid(bad).is_err(), "{bad:?}");
        }
        assert_eq!(identifier("T-MNG-0001-000001"), Ok(()));
        assert!(
            identifier("T 1").is_err() && identifier("").is_err() && identifier(&"1".repeat(65)).is_err()
        );
    }
}
