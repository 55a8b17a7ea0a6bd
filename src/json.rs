//! Strict JSON for what is signed or submitted: RFC 8785 takes its input as I-JSON (RFC 7493),
//! in which the members of an object have unique names. serde_json keeps the last of two
//! members of one name without a word, so that `{"home_visits": false, "home_visits": true}`
//! would be signed as `true` while another reader sees `false`. Documents, protected headers
//! and API bodies are walked once for duplicates before they are read.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// Why bytes are not strict JSON.
#[derive(Debug)]
pub enum Strictness {
    Duplicate { name: String, pointer: String },
    Syntax(serde_json::Error),
}

impl fmt::Display for Strictness {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Strictness::Duplicate { name, pointer } => {
                f.write_str(&crate::t!("json-duplicate", name = name, pointer = pointer))
            }
            Strictness::Syntax(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Strictness {}

/// `bytes` is one JSON value whose objects have unique member names.
pub fn check(bytes: &[u8]) -> Result<(), Strictness> {
    let found = RefCell::new(None);
    let path = RefCell::new(Vec::new());
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let walked =
        Walk { path: &path, found: &found }.deserialize(&mut deserializer).and_then(|()| deserializer.end());
    match (walked, found.into_inner()) {
        (_, Some(duplicate)) => Err(duplicate),
        (Err(e), None) => Err(Strictness::Syntax(e)),
        (Ok(()), None) => Ok(()),
    }
}

/// [`check`], then the value as `T`.
pub fn from_slice<T: de::DeserializeOwned>(bytes: &[u8]) -> Result<T, Strictness> {
    check(bytes)?;
    serde_json::from_slice(bytes).map_err(Strictness::Syntax)
}

/// Walks a value without keeping it; stops at the first duplicate, recorded in `found`.
#[derive(Clone, Copy)]
struct Walk<'p, 'de> {
    /// Member names and array indices from the top down to the value being walked.
    path: &'p RefCell<Vec<Key<'de>>>,
    found: &'p RefCell<Option<Strictness>>,
}

type Key<'de> = std::borrow::Cow<'de, str>;

/// Objects with more members than this are checked through a hash set.
const SCANNED: usize = 16;

impl<'de> DeserializeSeed<'de> for Walk<'_, 'de> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        for index in 0.. {
            self.path.borrow_mut().push(Key::Owned(index.to_string()));
            let walked = seq.next_element_seed(self);
            self.path.borrow_mut().pop();
            if walked?.is_none() {
                break;
            }
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut few: Vec<Key<'de>> = Vec::new();
        let mut many: HashSet<Key<'de>> = HashSet::new();
        while let Some(name) = map.next_key_seed(KeySeed)? {
            let seen = if few.len() < SCANNED {
                few.contains(&name)
            } else {
                if many.is_empty() {
                    many.extend(few.iter().cloned());
                }
                many.contains(&name)
            };
            if seen {
                let path = self.path.borrow();
                let pointer: String =
                    path.iter().map(|k| format!("/{}", k.replace('~', "~0").replace('/', "~1"))).collect();
                let pointer = if pointer.is_empty() { "/".to_owned() } else { pointer };
                *self.found.borrow_mut() = Some(Strictness::Duplicate { name: name.into_owned(), pointer });
                return Err(de::Error::custom("duplicate member"));
            }
            if few.len() < SCANNED {
                few.push(name.clone());
            } else {
                many.insert(name.clone());
            }
            self.path.borrow_mut().push(name);
            let walked = map.next_value_seed(self);
            self.path.borrow_mut().pop();
            walked?;
        }
        Ok(())
    }
}

/// A member name, borrowed from the input unless it holds escapes.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E>(self, name: &'de str) -> Result<Key<'de>, E> {
        Ok(Key::Borrowed(name))
    }

    fn visit_str<E>(self, name: &str) -> Result<Key<'de>, E> {
        Ok(Key::Owned(name.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn duplicate(text: &str) -> Option<(String, String)> {
        match check(text.as_bytes()) {
            Err(Strictness::Duplicate { name, pointer }) => Some((name, pointer)),
            Err(Strictness::Syntax(e)) => panic!("{text}: {e}"),
            Ok(()) => None,
        }
    }

    #[test]
    fn a_repeated_member_is_found_and_named_with_its_object() {
        let found = duplicate(r#"{"home_visits": false, "home_visits": true}"#);
        assert_eq!(found, Some(("home_visits".into(), "/".into())));
        let nested = duplicate(r#"{"a": [1, {"b": {"c": 1, "d": 2, "c": 3}}]}"#);
        assert_eq!(nested, Some(("c".into(), "/a/1/b".into())));
        // The same name spelled with an escape is the same name.
        assert_eq!(duplicate(r#"{"iin": 1, "\u0069in": 2}"#), Some(("iin".into(), "/".into())));
        let many: String = (0..40).map(|i| format!("\"k{i}\": {i},")).collect();
        assert_eq!(duplicate(&format!("{{{many} \"k7\": 0}}")), Some(("k7".into(), "/".into())));
    }

    #[test]
    fn unique_names_pass_and_syntax_errors_are_syntax() {
        assert_eq!(duplicate(r#"{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}], "c": "a"}"#), None);
        assert_eq!(duplicate("[1, 2.5, null, true, \"x\"]"), None);
        assert!(matches!(check(b"{\"a\": 1,}"), Err(Strictness::Syntax(_))));
        assert!(matches!(check(b"{} {}"), Err(Strictness::Syntax(_))));
    }
}
