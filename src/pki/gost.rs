//! GOST keys and signatures, which the national authority also issues and `ring` cannot
//! handle: recognised by their object identifiers (Kazakhstan's under 1.2.398.3.10, Russia's
//! under 1.2.643), so that a file holding one is named as unsupported instead of failing to
//! parse.

/// Kazakhstan's GOST 34.310-2004 and GOST R 34.10-2015 algorithms (KZ standards).
const KAZAKH: &str = "1.2.398.3.10.";
/// Russia's GOST R 34.10-2001/2012 and GOST R 34.11 algorithms (as OpenSSL's gost engine makes them).
const RUSSIAN: &str = "1.2.643.";

/// A GOST algorithm's name, if `oid` is one.
pub fn describe(oid: &str) -> Option<&'static str> {
    Some(match oid {
        "1.2.398.3.10.1.1.1.1" => "GOST 34.310-2004 key",
        "1.2.398.3.10.1.1.1.2" => "GOST 34.310-2004 with GOST 34.311-95",
        "1.2.643.2.2.19" => "GOST R 34.10-2001 key",
        "1.2.643.2.2.3" => "GOST R 34.10-2001 with GOST R 34.11-94",
        "1.2.643.7.1.1.1.1" => "GOST R 34.10-2012 256-bit key",
        "1.2.643.7.1.1.1.2" => "GOST R 34.10-2012 512-bit key",
        "1.2.643.7.1.1.3.2" => "GOST R 34.10-2012 with GOST R 34.11-2012 (256 bit)",
        "1.2.643.7.1.1.3.3" => "GOST R 34.10-2012 with GOST R 34.11-2012 (512 bit)",
        o if o.starts_with(KAZAKH) => "GOST (Kazakhstan's GOST 34.310 / GOST R 34.10-2015)",
        o if o.starts_with(RUSSIAN) => "GOST (GOST R 34.10/34.11)",
        _ => return None,
    })
}

pub fn is_gost(oid: &str) -> bool {
    describe(oid).is_some()
}

/// Why a GOST algorithm cannot be used, for messages; `what` is in the language of the moment.
pub fn unsupported(what: &str, oid: &str) -> String {
    crate::t!("gost-unsupported", what = what, name = describe(oid).unwrap_or("GOST"), oid = oid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gost_oids_of_both_countries_are_recognised() {
        for oid in ["1.2.398.3.10.1.1.1.1", "1.2.398.3.10.1.1.2.3.2", "1.2.643.7.1.1.1.1", "1.2.643.2.2.3"] {
            assert!(is_gost(oid), "{oid}");
        }
        for oid in ["1.2.840.10045.2.1", "1.3.101.112", "1.2.398.3.3.4.1.1", "1.2.6430"] {
            assert!(!is_gost(oid), "{oid}");
        }
        assert!(unsupported("the key", "1.2.643.7.1.1.1.1").contains("GOST R 34.10-2012 256-bit key"));
    }
}
