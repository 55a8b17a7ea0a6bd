//! PEM armour: the few lines needed to read and write `-----BEGIN …-----` blocks, so that
//! every file that takes a certificate, key or CRL accepts PEM and DER alike.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// One decoded PEM block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub label: String,
    pub der: Vec<u8>,
}

/// True when the bytes look like PEM text rather than DER.
pub fn is_pem(bytes: &[u8]) -> bool {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    bytes[start..].starts_with(b"-----BEGIN ")
}

/// Every block in the text, in order; text between blocks is ignored.
pub fn parse(text: &[u8]) -> Result<Vec<Block>, String> {
    let text = std::str::from_utf8(text).map_err(|_| crate::t!("pem-not-utf8"))?;
    let mut blocks = Vec::new();
    let mut lines = text.lines().map(str::trim);
    while let Some(line) = lines.next() {
        let Some(label) = line.strip_prefix("-----BEGIN ").and_then(|l| l.strip_suffix("-----")) else {
            continue;
        };
        let end = format!("-----END {label}-----");
        let mut body = String::new();
        loop {
            match lines.next() {
                Some(l) if l == end => break,
                Some(l) if l.contains(':') => {} // RFC 1421 headers: not used by these files
                Some(l) => body.push_str(l),
                None => return Err(crate::t!("pem-no-end", label = label)),
            }
        }
        let der = STANDARD
            .decode(body.as_bytes())
            .map_err(|e| crate::t!("pem-base64", label = label, why = e.to_string()))?;
        blocks.push(Block { label: label.to_owned(), der });
    }
    Ok(blocks)
}

/// DER bytes as a PEM block with 64-character lines.
pub fn encode(label: &str, der: &[u8]) -> String {
    let body = STANDARD.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for chunk in body.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(chunk).expect("base64 is ASCII"));
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

/// The DER objects in a file that may be PEM (any number of blocks with `label`) or one DER.
pub fn der_objects(bytes: &[u8], label: &str) -> Result<Vec<Vec<u8>>, String> {
    if !is_pem(bytes) {
        return Ok(vec![bytes.to_vec()]);
    }
    let blocks: Vec<Vec<u8>> =
        parse(bytes)?.into_iter().filter(|b| b.label == label).map(|b| b.der).collect();
    if blocks.is_empty() {
        return Err(crate::t!("pem-no-block", label = label));
    }
    Ok(blocks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_multiple_blocks() {
        let one = encode("CERTIFICATE", &[1, 2, 3]);
        let two = encode("CERTIFICATE", &[4; 100]);
        let text = format!("junk\n{one}between\n{two}");
        let blocks = parse(text.as_bytes()).unwrap();
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].der, vec![1, 2, 3]);
        assert_eq!(blocks[1].der, vec![4; 100]);
        assert_eq!(der_objects(&[0x30, 0x00], "CERTIFICATE").unwrap(), vec![vec![0x30, 0x00]]);
        assert!(der_objects(one.as_bytes(), "X509 CRL").is_err());
        assert!(parse(b"-----BEGIN X-----\nAAAA\n").is_err());
    }
}
