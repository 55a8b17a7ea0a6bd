//! The fields of a ticket as a person reads them — on the screen and on paper, each under its
//! label — and the way back: from the printed values to the very document that was signed,
//! byte for byte in JCS form, which is what lets a QR code carrying only the signature prove
//! a sheet of paper.

use serde_json::{Value, json};

use crate::clock;
use crate::domain::document::TICKET_TYPE;
use crate::i18n::{self, Lang};
use crate::pki::jws::canonical;

/// A field of the ticket, in the order a printed ticket shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Number,
    IssuedAt,
    PatientName,
    PatientIin,
    PatientBirthDate,
    RepresentativeName,
    RepresentativeIin,
    RepresentativeRelation,
    ClinicName,
    ClinicAddress,
    ClinicBin,
    ClinicId,
    DistrictNumber,
    DistrictDoctor,
    AttachedFrom,
    HomeVisits,
    RequestId,
    RegistrationNumber,
    SignerName,
    SignerPosition,
    SignerIin,
}

impl Field {
    /// Every field, in printed order. A free-text field is always followed by a field of a
    /// fixed form, so that a wrapped value ends where the next label begins.
    pub const ALL: [Field; 21] = [
        Field::Number,
        Field::IssuedAt,
        Field::PatientName,
        Field::PatientIin,
        Field::PatientBirthDate,
        Field::RepresentativeName,
        Field::RepresentativeIin,
        Field::RepresentativeRelation,
        Field::ClinicName,
        Field::ClinicAddress,
        Field::ClinicBin,
        Field::ClinicId,
        Field::DistrictNumber,
        Field::DistrictDoctor,
        Field::AttachedFrom,
        Field::HomeVisits,
        Field::RequestId,
        Field::RegistrationNumber,
        Field::SignerName,
        Field::SignerPosition,
        Field::SignerIin,
    ];

    /// Where the field is in the ticket document.
    pub fn path(self) -> &'static [&'static str] {
        match self {
            Field::Number => &["ticket_number"],
            Field::IssuedAt => &["issued_at"],
            Field::PatientName => &["patient", "full_name"],
            Field::PatientIin => &["patient", "iin"],
            Field::PatientBirthDate => &["patient", "birth_date"],
            Field::RepresentativeName => &["representative", "full_name"],
            Field::RepresentativeIin => &["representative", "iin"],
            Field::RepresentativeRelation => &["representative", "relation"],
            Field::ClinicName => &["organization", "name"],
            Field::ClinicAddress => &["organization", "address"],
            Field::ClinicBin => &["organization", "bin"],
            Field::ClinicId => &["organization", "id"],
            Field::DistrictNumber => &["district", "number"],
            Field::DistrictDoctor => &["district", "doctor"],
            Field::AttachedFrom => &["attached_from"],
            Field::HomeVisits => &["home_visits"],
            Field::RequestId => &["request_id"],
            Field::RegistrationNumber => &["registration_number"],
            Field::SignerName => &["signer", "full_name"],
            Field::SignerPosition => &["signer", "position"],
            Field::SignerIin => &["signer", "iin"],
        }
    }

    fn label_key(self) -> &'static str {
        match self {
            Field::Number => "ticket-field-number",
            Field::IssuedAt => "ticket-field-issued-at",
            Field::PatientName => "ticket-field-patient-name",
            Field::PatientIin => "ticket-field-patient-iin",
            Field::PatientBirthDate => "ticket-field-patient-birth-date",
            Field::RepresentativeName => "ticket-field-representative-name",
            Field::RepresentativeIin => "ticket-field-representative-iin",
            Field::RepresentativeRelation => "ticket-field-representative-relation",
            Field::ClinicName => "ticket-field-clinic-name",
            Field::ClinicAddress => "ticket-field-clinic-address",
            Field::ClinicBin => "ticket-field-clinic-bin",
            Field::ClinicId => "ticket-field-clinic-id",
            Field::DistrictNumber => "ticket-field-district-number",
            Field::DistrictDoctor => "ticket-field-district-doctor",
            Field::AttachedFrom => "ticket-field-attached-from",
            Field::HomeVisits => "ticket-field-home-visits",
            Field::RequestId => "ticket-field-request-id",
            Field::RegistrationNumber => "ticket-field-registration-number",
            Field::SignerName => "ticket-field-signer-name",
            Field::SignerPosition => "ticket-field-signer-position",
            Field::SignerIin => "ticket-field-signer-iin",
        }
    }

    /// The field's label in `lang`.
    pub fn label_in(self, lang: Lang) -> String {
        i18n::message_in(lang, self.label_key(), &[])
    }

    /// The field's label in the language of the moment.
    pub fn label(self) -> String {
        i18n::message(self.label_key(), &[])
    }

    /// Text of any length, which paper may wrap over several lines; the other fields are
    /// short and of a fixed form (numbers, dates, codes, yes or no).
    pub fn is_free_text(self) -> bool {
        matches!(
            self,
            Field::PatientName
                | Field::RepresentativeName
                | Field::ClinicName
                | Field::ClinicAddress
                | Field::DistrictDoctor
                | Field::SignerName
                | Field::SignerPosition
        )
    }

    /// Printed only when the ticket names a legal representative (a child's ticket).
    pub fn is_representative(self) -> bool {
        matches!(self, Field::RepresentativeName | Field::RepresentativeIin | Field::RepresentativeRelation)
    }

    /// The heading of the section this field opens on paper and on the screen.
    pub fn section_key(self) -> Option<&'static str> {
        match self {
            Field::PatientName => Some("ticket-section-patient"),
            Field::RepresentativeName => Some("ticket-section-representative"),
            Field::ClinicName => Some("ticket-section-clinic"),
            Field::RequestId => Some("ticket-section-request"),
            Field::SignerName => Some("ticket-section-signer"),
            _ => None,
        }
    }

    /// The field's value in a ticket document.
    pub fn value_in(self, document: &Value) -> Option<&Value> {
        self.path().iter().try_fold(document, |v, key| v.get(*key))
    }
}

/// The fields a ticket document has, each with its value as a person reads it in `lang`:
/// times in Aqtau's offset, yes or no, a relation in words; every other value as signed.
pub fn shown(document: &Value, lang: Lang) -> Vec<(Field, String)> {
    let has_representative = document.get("representative").is_some_and(|r| !r.is_null());
    Field::ALL
        .into_iter()
        .filter(|f| has_representative || !f.is_representative())
        .map(|f| (f, show(f, f.value_in(document), lang)))
        .collect()
}

fn show(field: Field, value: Option<&Value>, lang: Lang) -> String {
    let Some(value) = value else { return String::new() };
    match (field, value) {
        (Field::IssuedAt, Value::String(s)) => {
            clock::parse_utc_seconds(s).map_or_else(|| s.clone(), clock::human)
        }
        (Field::PatientBirthDate | Field::AttachedFrom, Value::String(s)) => {
            parse_date(s).map_or_else(|| s.clone(), clock::human_date)
        }
        (Field::HomeVisits, Value::Bool(yes)) => {
            i18n::message_in(lang, if *yes { "ticket-yes" } else { "ticket-no" }, &[])
        }
        (Field::RepresentativeRelation, Value::String(s)) if s == "mother" || s == "father" => {
            i18n::message_in(lang, "ticket-relation", &[("relation", i18n::value(s.as_str()))])
        }
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    }
}

fn parse_date(text: &str) -> Option<time::Date> {
    time::Date::parse(text, time::macros::format_description!("[year]-[month]-[day]")).ok()
}

/// The value a printed `text` stands for in the document: the inverse of [`shown`] in any of
/// the languages. Text that is not of the field's form stays text, so that the document
/// rebuilt from a damaged print is simply not the one signed.
pub fn parsed(field: Field, text: &str) -> Value {
    match field {
        Field::IssuedAt => parse_human_time(text).map_or_else(|| json!(text), |t| json!(clock::rfc3339(t))),
        Field::PatientBirthDate | Field::AttachedFrom => {
            let dotted = time::macros::format_description!("[day].[month].[year]");
            match time::Date::parse(text, dotted) {
                Ok(day) => json!(day.to_string()),
                Err(_) => json!(text),
            }
        }
        Field::HomeVisits => {
            let is = |key: &str| {
                Lang::ALL
                    .iter()
                    .any(|&lang| i18n::message_in(lang, key, &[]).to_lowercase() == text.to_lowercase())
            };
            if is("ticket-yes") {
                json!(true)
            } else if is("ticket-no") {
                json!(false)
            } else {
                json!(text)
            }
        }
        Field::RepresentativeRelation => {
            let word = |relation: &'static str| {
                Lang::ALL.iter().any(|&lang| {
                    let word =
                        i18n::message_in(lang, "ticket-relation", &[("relation", i18n::value(relation))]);
                    word.to_lowercase() == text.to_lowercase()
                })
            };
            match ["mother", "father"].into_iter().find(|r| word(r)) {
                Some(relation) => json!(relation),
                None => json!(text),
            }
        }
        Field::DistrictNumber => text.parse::<u64>().map_or_else(|_| json!(text), |n| json!(n)),
        _ => json!(text),
    }
}

/// A time as [`clock::human`] writes it — `2026-11-25 14:31:00 (UTC+5)` — in any offset.
fn parse_human_time(text: &str) -> Option<time::OffsetDateTime> {
    let (local, offset) = text.trim().split_once(" (UTC")?;
    let offset = offset.strip_suffix(')')?;
    let (sign, offset) = match offset.split_at_checked(1)? {
        ("+", rest) => (1, rest),
        ("-", rest) => (-1, rest),
        _ => return None,
    };
    let (hours, minutes) = offset.split_once(':').unwrap_or((offset, "0"));
    let offset =
        time::UtcOffset::from_hms(sign * hours.parse::<i8>().ok()?, sign * minutes.parse::<i8>().ok()?, 0)
            .ok()?;
    let local = time::PrimitiveDateTime::parse(
        local,
        time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]"),
    )
    .ok()?;
    Some(local.assume_offset(offset).to_offset(time::UtcOffset::UTC))
}

/// The ticket document the printed `values` stand for: what was signed, if they are what was
/// printed from it.
pub fn rebuild(values: &[(Field, String)]) -> Value {
    let get = |field: Field| {
        values.iter().find(|(f, _)| *f == field).map_or_else(|| json!(""), |(_, text)| parsed(field, text))
    };
    let mut document = json!({
        "type": TICKET_TYPE,
        "version": 1,
        "ticket_number": get(Field::Number),
        "request_id": get(Field::RequestId),
        "registration_number": get(Field::RegistrationNumber),
        "issued_at": get(Field::IssuedAt),
        "attached_from": get(Field::AttachedFrom),
        "home_visits": get(Field::HomeVisits),
        "patient": {
            "iin": get(Field::PatientIin),
            "full_name": get(Field::PatientName),
            "birth_date": get(Field::PatientBirthDate),
        },
        "organization": {
            "id": get(Field::ClinicId),
            "bin": get(Field::ClinicBin),
            "name": get(Field::ClinicName),
            "address": get(Field::ClinicAddress),
        },
        "district": {"number": get(Field::DistrictNumber), "doctor": get(Field::DistrictDoctor)},
        "signer": {
            "iin": get(Field::SignerIin),
            "full_name": get(Field::SignerName),
            "position": get(Field::SignerPosition),
        },
    });
    if values.iter().any(|(f, _)| f.is_representative()) {
        document["representative"] = json!({
            "iin": get(Field::RepresentativeIin),
            "full_name": get(Field::RepresentativeName),
            "relation": get(Field::RepresentativeRelation),
        });
    }
    document
}

/// A one-byte digest of each field of `document` but its number, in printed order: carried
/// by the QR code beside the signature, so that a forged print is caught field by field even
/// offline. A digest proves nothing (the signature does); it only names what differs.
pub fn digests(document: &Value) -> Vec<u8> {
    shown_fields(document).map(|f| digest(f, f.value_in(document).unwrap_or(&Value::Null))).collect()
}

/// The fields of `document` that have a digest, in order.
pub fn shown_fields(document: &Value) -> impl Iterator<Item = Field> + '_ {
    let has_representative = document.get("representative").is_some_and(|r| !r.is_null());
    Field::ALL
        .into_iter()
        .filter(move |f| *f != Field::Number && (has_representative || !f.is_representative()))
}

pub fn digest(field: Field, value: &Value) -> u8 {
    let mut input = field.path().join(".").into_bytes();
    input.push(0);
    input.extend_from_slice(&canonical(value));
    ring::digest::digest(&ring::digest::SHA256, &input).as_ref()[0]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ticket() -> Value {
        let path = format!("{}/examples/ticket.json", env!("CARGO_MANIFEST_DIR"));
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn what_is_shown_in_any_language_rebuilds_the_document_byte_for_byte() {
        let mut child = ticket();
        child["representative"] =
            json!({"iin": "900101300453", "full_name": "ТЕСТОВ ТЕСТ ТЕСТОВИЧ", "relation": "mother"});
        for document in [ticket(), child] {
            for lang in Lang::ALL {
                let shown = shown(&document, lang);
                assert_eq!(canonical(&rebuild(&shown)), canonical(&document), "{lang}: {shown:?}");
            }
        }
    }

    #[test]
    fn values_are_shown_as_people_read_them() {
        let shown = shown(&ticket(), Lang::Ru);
        let get = |f: Field| shown.iter().find(|(g, _)| *g == f).unwrap().1.as_str();
        assert_eq!(get(Field::IssuedAt), "2026-11-25 14:31:00 (UTC+5)");
        assert_eq!(get(Field::HomeVisits), "да");
        assert_eq!(get(Field::DistrictNumber), "4");
        assert!(!shown.iter().any(|(f, _)| f.is_representative()));
    }

    #[test]
    fn a_time_is_read_in_any_offset() {
        let utc = |text: &str| parse_human_time(text).map(clock::rfc3339);
        assert_eq!(utc("2026-11-25 14:31:00 (UTC+5)").as_deref(), Some("2026-11-25T09:31:00Z"));
        assert_eq!(utc("2026-11-25 06:31:00 (UTC-03:00)").as_deref(), Some("2026-11-25T09:31:00Z"));
        assert_eq!(utc("2026-11-25 14:31 (UTC+5)"), None);
        assert_eq!(utc("yesterday"), None);
    }

    #[test]
    fn labels_of_one_language_are_distinct() {
        for lang in Lang::ALL {
            let mut labels: Vec<String> = Field::ALL.iter().map(|f| f.label_in(lang)).collect();
            labels.sort();
            labels.dedup();
            assert_eq!(labels.len(), Field::ALL.len(), "{lang}");
        }
    }
}
