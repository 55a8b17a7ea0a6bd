//! Wall-clock time and its text forms: RFC 3339 in UTC for documents, the Asia/Aqtau offset
//! (a fixed UTC+5) for the service's working day, and durations written like `30s`, `2m`.

use std::time::Duration;

use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime, UtcOffset};

/// Asia/Aqtau: UTC+5 all year, so no time-zone database is needed.
pub const AQTAU: UtcOffset = match UtcOffset::from_hms(5, 0, 0) {
    Ok(offset) => offset,
    Err(_) => panic!("UTC+5 is a valid offset"),
};

/// Now, in UTC, to the second (documents carry whole seconds).
pub fn now() -> OffsetDateTime {
    let now = OffsetDateTime::now_utc();
    now.replace_nanosecond(0).unwrap_or(now)
}

/// Today's date in the service's time zone.
pub fn today() -> Date {
    OffsetDateTime::now_utc().to_offset(AQTAU).date()
}

/// `2026-11-25T17:00:00Z`.
pub fn rfc3339(at: OffsetDateTime) -> String {
    at.to_offset(UtcOffset::UTC).format(&Rfc3339).unwrap_or_else(|_| at.unix_timestamp().to_string())
}

/// A time as people read it, in Asia/Aqtau: `2026-12-03 18:00:00 (UTC+5)` — the one form of
/// every time shown to a person (JSON keeps RFC 3339 in UTC).
pub fn human(at: OffsetDateTime) -> String {
    let local = at.to_offset(AQTAU);
    format!("{} {:02}:{:02}:{:02} (UTC+5)", local.date(), local.hour(), local.minute(), local.second())
}

/// A date as people read it: `2026-12-03`.
pub fn human_date(day: time::Date) -> String {
    day.to_string()
}

/// Parses an RFC 3339 time with any offset.
pub fn parse_rfc3339(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &Rfc3339).ok()
}

/// Parses a time written exactly as [`rfc3339`] writes one — `2026-11-25T17:00:00Z`, whole
/// seconds, a capital `T` and `Z` — and in no other way, so that a signed time reads the same
/// to every verifier.
pub fn parse_utc_seconds(text: &str) -> Option<OffsetDateTime> {
    parse_rfc3339(text).filter(|at| rfc3339(*at) == text)
}

/// Parses `30s`, `2m`, `1h`, `500ms` or a bare number of seconds.
pub fn parse_duration(text: &str) -> Option<Duration> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: u64 = number.parse().ok()?;
    match unit {
        "" | "s" => Some(Duration::from_secs(number)),
        "ms" => Some(Duration::from_millis(number)),
        "m" => Some(Duration::from_secs(number.checked_mul(60)?)),
        "h" => Some(Duration::from_secs(number.checked_mul(3600)?)),
        "d" => Some(Duration::from_secs(number.checked_mul(86_400)?)),
        _ => None,
    }
}

/// A duration as [`parse_duration`] reads it: `5m`, `30s`, `2h`, `500ms`.
pub fn duration_text(d: Duration) -> String {
    let secs = d.as_secs();
    match (secs, d.subsec_millis()) {
        (0, millis) => format!("{millis}ms"),
        (s, 0) if s % 3600 == 0 => format!("{}h", s / 3600),
        (s, 0) if s % 60 == 0 => format!("{}m", s / 60),
        (s, 0) => format!("{s}s"),
        (s, millis) => format!("{}ms", s * 1000 + u64::from(millis)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        let table = [
            ("30s", Some(30_000)),
            ("2m", Some(120_000)),
            ("500ms", Some(500)),
            ("7", Some(7_000)),
            ("1h", Some(3_600_000)),
            ("2x", None),
            ("", None),
            ("m", None),
        ];
        for (text, millis) in table {
            assert_eq!(parse_duration(text).map(|d| d.as_millis() as u64), millis, "{text}");
        }
    }

    #[test]
    fn durations_are_written_as_they_are_read() {
        for text in ["5m", "30s", "2h", "500ms", "90s", "1500ms"] {
            assert_eq!(duration_text(parse_duration(text).unwrap()), text);
        }
    }

    #[test]
    fn a_signing_time_is_read_one_way_only() {
        assert!(parse_utc_seconds("2026-11-25T17:00:00Z").is_some());
        for other in [
            "2026-11-25t17:00:00Z",
            "2026-11-25T17:00:00z",
            "2026-11-25T17:00:00.000Z",
            "2026-11-25T17:00:00+00:00",
            "2026-11-25T22:00:00+05:00",
            "2026-11-25 17:00:00Z",
            " 2026-11-25T17:00:00Z",
        ] {
            assert!(parse_utc_seconds(other).is_none(), "{other}");
        }
    }

    #[test]
    fn people_read_times_in_aqtau() {
        let at = parse_rfc3339("2026-11-25T13:00:05Z").unwrap();
        assert_eq!(human(at), "2026-11-25 18:00:05 (UTC+5)");
    }

    #[test]
    fn rfc3339_is_utc_with_z() {
        let at = parse_rfc3339("2026-11-25T22:00:00+05:00").unwrap();
        assert_eq!(rfc3339(at), "2026-11-25T17:00:00Z");
    }
}
