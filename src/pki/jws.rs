//! Signed documents: JWS (RFC 7515) in flattened JSON serialization over the RFC 8785 (JCS)
//! form of the document, with the signer's chain in `x5c` and the signing time in `sigT`.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::cert::Cert;
use super::keys::SigningKey;
use crate::clock;
use crate::domain::document::Kind;

/// The flattened JSON serialization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jws {
    pub protected: String,
    pub payload: String,
    pub signature: String,
}

/// What is stored of a JWS whose protected header is kept apart (once for every document
/// one signer signs within a second): its payload and signature.
#[derive(Serialize)]
struct Unprotected<'a> {
    payload: &'a str,
    signature: &'a str,
}

impl Jws {
    /// The payload and signature alone, as JSON; [`rejoined_sql`] gives the whole JWS back.
    pub fn unprotected_json(&self) -> String {
        // Two strings into an object: serializing cannot fail.
        serde_json::to_string(&Unprotected { payload: &self.payload, signature: &self.signature })
            .unwrap_or_default()
    }
}

/// The SQL of a stored JWS, whole (JSON): `text` the column holding it, `header` the column
/// naming its protected header kept apart, `protected` that header's joined text. A row
/// whose `header` is NULL holds the whole JWS in `text` (written before headers were kept
/// apart); else `text` is its [`Jws::unprotected_json`].
pub fn rejoined_sql(text: &str, header: &str, protected: &str) -> String {
    format!("CASE WHEN {header} IS NULL THEN {text} ELSE json_set({text}, '$.protected', {protected}) END")
}

/// The protected headers a writer stored last, with their ids: the documents one signer signs
/// within a second share one, and documents signed in the last second or two are stored
/// together.
#[derive(Debug, Default)]
pub struct KnownHeaders(Vec<(String, i64)>);

impl KnownHeaders {
    /// How many are kept.
    const KEPT: usize = 4;

    /// The id of `protected`, if it is among them.
    pub fn get(&self, protected: &str) -> Option<i64> {
        self.0.iter().find(|(text, _)| text == protected).map(|(_, id)| *id)
    }

    /// Keeps `protected`'s id, in place of the header stored longest ago when they are full.
    pub fn insert(&mut self, protected: &str, id: i64) {
        self.0.retain(|(text, _)| text != protected);
        if self.0.len() == Self::KEPT {
            self.0.remove(0);
        }
        self.0.push((protected.to_owned(), id));
    }
}

/// The protected header this service writes.
#[derive(Debug, Clone, Serialize)]
pub struct Header<'a> {
    pub alg: &'a str,
    pub typ: &'a str,
    pub x5c: Vec<String>,
    #[serde(rename = "sigT")]
    pub sig_t: String,
}

pub fn b64url(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn unb64url(text: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(text).ok()
}

/// SHA-256 in lower-case hex: how the ticket registry names a ticket's payload.
pub fn sha256_hex(bytes: &[u8]) -> String {
    super::hex(ring::digest::digest(&ring::digest::SHA256, bytes).as_ref())
}

/// The canonical (JCS) bytes of a JSON value. For a value with ASCII keys and integer numbers
/// only — every document this tool makes — RFC 8785's form is serde_json's own compact output:
/// its maps are sorted (byte order is UTF-16 order for ASCII), its escapes are RFC 8785's, and
/// an integer up to 2^53 is written the same way. That path is several times faster than the
/// general one, which takes the rest.
pub fn canonical(value: &serde_json::Value) -> Vec<u8> {
    if plain(value) {
        serde_json::to_vec(value).expect("a serde_json::Value always serializes")
    } else {
        serde_jcs::to_vec(value).expect("a serde_json::Value always serializes")
    }
}

/// Whether serde_json writes `value` exactly as RFC 8785 does.
fn plain(value: &serde_json::Value) -> bool {
    use serde_json::Value;
    const EXACT: u64 = 1 << 53;
    match value {
        Value::Number(n) => {
            n.as_u64().is_some_and(|u| u <= EXACT) || n.as_i64().is_some_and(|i| i.unsigned_abs() <= EXACT)
        }
        Value::Array(items) => items.iter().all(plain),
        Value::Object(map) => map.iter().all(|(key, v)| key.is_ascii() && plain(v)),
        Value::Null | Value::Bool(_) | Value::String(_) => true,
    }
}

/// Signs `document` (already checked to be of `kind`) with `key`, naming `chain` (leaf first,
/// then the issuing CA) in `x5c`.
pub fn sign(
    document: &serde_json::Value,
    kind: Kind,
    key: &SigningKey,
    chain: &[Cert],
    sig_t: OffsetDateTime,
) -> Jws {
    sign_with_x5c(document, kind, key, x5c(chain), sig_t)
}

/// The `x5c` header of a chain: each certificate's DER in base64.
pub fn x5c(chain: &[Cert]) -> Vec<String> {
    chain.iter().map(|c| STANDARD.encode(&c.der)).collect()
}

/// [`sign`] with the chain already written as `x5c`, for a signer that signs many documents.
pub fn sign_with_x5c(
    document: &serde_json::Value,
    kind: Kind,
    key: &SigningKey,
    x5c: Vec<String>,
    sig_t: OffsetDateTime,
) -> Jws {
    sign_payload(b64url(&canonical(document)), kind, key, x5c, sig_t)
}

/// Signs an already encoded payload — the bytes of a request signed before, signed again
/// with a new signing time, so that it stays the same request.
pub fn sign_payload(
    payload: String,
    kind: Kind,
    key: &SigningKey,
    x5c: Vec<String>,
    sig_t: OffsetDateTime,
) -> Jws {
    let header = Header { alg: key.alg().name(), typ: kind.typ(), x5c, sig_t: clock::rfc3339(sig_t) };
    let header = canonical(&serde_json::to_value(&header).expect("the header always serializes"));
    let protected = b64url(&header);
    let signing_input = format!("{protected}.{payload}");
    let signature = b64url(&key.sign(signing_input.as_bytes()));
    Jws { protected, payload, signature }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 8785 section 3.2.2 sample: key order by UTF-16 code units, number forms, escapes.
    #[test]
    fn jcs_matches_rfc_8785_sample() {
        let input = r#"{
          "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
          "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
          "literals": [null, true, false]
        }"#;
        let expected = r#"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}"#;
        let value: serde_json::Value = serde_json::from_str(input).unwrap();
        assert_eq!(String::from_utf8(canonical(&value)).unwrap(), expected);
    }

    /// The fast path gives exactly what the general one gives, on values it takes (strings
    /// with every kind of escape, non-ASCII text, integers at the edge) and on values it
    /// leaves to the general one.
    #[test]
    fn the_fast_path_is_rfc_8785() {
        let controls: String = (0u8..0x20).map(char::from).collect();
        let values = [
            serde_json::json!({"b": [1, -2, 9007199254740992_u64, -9007199254740992_i64], "a": {"z": null, "y": true}}),
            serde_json::json!({"text": format!("{controls}\"\\/\u{7f}€ Ақтау 😀 ё"), "empty": "", "list": []}),
            serde_json::json!({"big": 9007199254740993_u64, "float": 0.5}),
            serde_json::json!({"б": 1, "a": [{"\u{e9}": 2}]}),
            serde_json::json!(["x", 1, {"k": "\u{2028}\u{2029}"}]),
        ];
        for value in values {
            assert_eq!(canonical(&value), serde_jcs::to_vec(&value).unwrap(), "{value}");
        }
        assert!(plain(&values_plain()) && !plain(&serde_json::json!({"f": 1.5})));
        assert!(!plain(&serde_json::json!({"é": 1})) && !plain(&serde_json::json!([9007199254740993_u64])));
    }

    fn values_plain() -> serde_json::Value {
        serde_json::json!({"type": "phc-attachment-request", "version": 1, "applicant": {"full_name": "Әлия"}})
    }

    #[test]
    fn jcs_sorts_keys_by_utf16() {
        let value = serde_json::json!({"б": 1, "a": 2, "\u{e9}": 3, "Z": 4});
        assert_eq!(String::from_utf8(canonical(&value)).unwrap(), r#"{"Z":4,"a":2,"é":3,"б":1}"#);
    }
}
