//! The ticket a person can read: its fields under their labels on the screen, and on paper —
//! a PDF (A4 or A5, with an embedded, subsetted font that has every Kazakh letter), one
//! self-contained HTML page, or 48 columns of text for a receipt printer — each with a QR
//! code that proves the paper ([`qr`]): the verifier rebuilds the signed document from the
//! printed fields ([`printed`], [`fields`]) and checks the signature the code carries.
//!
//! Only `cli` calls this module; it prints nothing itself.

pub mod fields;
mod html;
mod pdf;
pub mod printed;
pub mod qr;
mod text;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::Value;

use self::fields::Field;
use crate::domain::document::{Document, Kind};
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::pki::cert::Cert;
use crate::pki::jws::{Jws, b64url, canonical, unb64url};
use crate::pki::keys::Alg;
use crate::{clock, t};

/// A printed ticket's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Pdf,
    Html,
    Text,
}

impl Format {
    /// The file name extension of the format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Text => "txt",
        }
    }
}

/// The sheet a PDF or an HTML page is laid out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PaperSize {
    A4,
    A5,
}

impl PaperSize {
    /// Width and height in millimetres.
    fn mm(self) -> (f32, f32) {
        match self {
            PaperSize::A4 => (210.0, 297.0),
            PaperSize::A5 => (148.0, 210.0),
        }
    }

    fn name(self) -> &'static str {
        match self {
            PaperSize::A4 => "A4",
            PaperSize::A5 => "A5",
        }
    }
}

/// One line of a printed ticket's body.
#[derive(Debug, Clone)]
enum Line {
    /// The heading of a section.
    Heading(String),
    /// A field: its label (without the colon) and its value.
    Field(String, String),
}

/// Everything a printed ticket shows, in the language of its paper; each format lays it out.
#[derive(Debug, Clone)]
struct Sheet {
    lang: Lang,
    title: String,
    subtitle: String,
    number: String,
    lines: Vec<Line>,
    signed_with: String,
    qr: qr::Matrix,
    caption: String,
    note: String,
    /// The signed payload (JCS bytes): what the printed fields must read back as.
    payload: Vec<u8>,
}

/// A signed ticket rendered for printing, in `lang`: the bytes of the file.
pub fn render(jws: &Jws, format: Format, size: PaperSize, lang: Lang) -> Result<Vec<u8>> {
    i18n::with(lang, || {
        let sheet = sheet(jws, lang)?;
        let (bytes, reads_as) = match format {
            Format::Text => {
                let text = text::render(&sheet);
                (text.clone().into_bytes(), text)
            }
            Format::Html => {
                let page = html::render(&sheet, size);
                let reads_as = printed::text_of_html(&page);
                (page.into_bytes(), reads_as)
            }
            Format::Pdf => pdf::render(&sheet, size)?,
        };
        reads_back(&sheet, &reads_as)?;
        Ok(bytes)
    })
}

/// The QR code's text of a signed ticket (what a phone reads off its paper).
pub fn qr_text(jws: &Jws) -> Result<String> {
    Ok(parts(jws)?.2.text())
}

/// The ticket's document and payload, its signer's certificate and the QR code's payload;
/// refused when the QR code could not prove it.
fn parts(jws: &Jws) -> Result<(Value, Vec<u8>, qr::Payload, Cert)> {
    let bad = |why: String| Error::document("ticket", why);
    let header_bytes = unb64url(&jws.protected).ok_or_else(|| bad(t!("render-header")))?;
    let header: Value = crate::json::from_slice(&header_bytes).map_err(|_| bad(t!("render-header")))?;
    let mut members: Vec<&str> =
        header.as_object().map(|m| m.keys().map(String::as_str).collect()).unwrap_or_default();
    members.sort_unstable();
    let typ = header.get("typ").and_then(Value::as_str);
    let sig_t = header.get("sigT").and_then(Value::as_str).unwrap_or_default();
    if members != ["alg", "sigT", "typ", "x5c"]
        || typ != Some(Kind::Ticket.typ())
        || canonical(&header) != header_bytes
        || clock::parse_utc_seconds(sig_t).is_none()
    {
        return Err(bad(t!("render-header")));
    }
    let x5c: Vec<Vec<u8>> = header["x5c"]
        .as_array()
        .map(|a| a.iter().filter_map(|c| c.as_str().and_then(|s| STANDARD.decode(s).ok())).collect())
        .unwrap_or_default();
    let leaf = x5c.first().ok_or_else(|| bad(t!("jws-x5c-missing")))?;
    let leaf = Cert::from_der(leaf).map_err(bad)?;
    let alg_name = header["alg"].as_str().unwrap_or_default();
    let alg = Alg::parse(alg_name).ok_or_else(|| bad(t!("jws-alg", alg = alg_name)))?;
    let signature =
        unb64url(&jws.signature).ok_or_else(|| bad(t!("jws-not-base64url", part = "signature")))?;
    if alg == Alg::Rs256 {
        return Err(bad(t!("qr-too-long-signature", alg = alg_name, bytes = signature.len())));
    }
    let payload = unb64url(&jws.payload).ok_or_else(|| bad(t!("jws-not-base64url", part = "payload")))?;
    let document: Value = crate::json::from_slice(&payload).map_err(|e| bad(e.to_string()))?;
    match Document::from_value(&document)? {
        Document::Ticket(_) => {}
        _ => return Err(bad(t!("jws-typ-expected", typ = "?", expected = Kind::Ticket.typ()))),
    }
    if canonical(&document) != payload {
        return Err(bad(t!("payload-not-jcs")));
    }
    let number = document["ticket_number"].as_str().unwrap_or_default().to_owned();
    if number.is_empty() || number.contains('/') {
        return Err(bad(t!("render-number", number = number)));
    }
    let qr = qr::Payload {
        number,
        sig_t: sig_t.to_owned(),
        x5c: x5c.len(),
        serial: leaf.serial.clone(),
        signature,
        digests: fields::digests(&document),
    };
    Ok((document, payload, qr, leaf))
}

/// The signed ticket a QR code and a printed `document` stand for: the header rebuilt from
/// the code's signing time and the signer's `chain` (as `x5c` names it), the payload from the
/// document, the signature from the code. Whether it verifies is the verifier's to say.
pub fn assemble(payload: &qr::Payload, chain: &[Cert], document: &Value) -> Jws {
    let leaf_alg = chain.first().and_then(|c| c.key_alg);
    let alg = [Alg::Es256, Alg::EdDsa, Alg::Rs256].into_iter().find(|a| Some(a.key_alg()) == leaf_alg);
    let header = serde_json::json!({
        "alg": alg.unwrap_or(Alg::Es256).name(),
        "sigT": payload.sig_t,
        "typ": Kind::Ticket.typ(),
        "x5c": crate::pki::jws::x5c(chain),
    });
    Jws {
        protected: b64url(&canonical(&header)),
        payload: b64url(&canonical(document)),
        signature: b64url(&payload.signature),
    }
}

fn sheet(jws: &Jws, lang: Lang) -> Result<Sheet> {
    let (document, payload, qr_payload, leaf) = parts(jws)?;
    let mut lines = Vec::new();
    for (field, value) in fields::shown(&document, lang) {
        if let Some(key) = field.section_key() {
            lines.push(Line::Heading(t!(key)));
        }
        lines.push(Line::Field(field.label(), value));
    }
    let sig_t =
        clock::parse_utc_seconds(&qr_payload.sig_t).map_or_else(|| qr_payload.sig_t.clone(), clock::human);
    Ok(Sheet {
        lang,
        title: t!("ticket-title"),
        subtitle: t!("ticket-subtitle"),
        number: qr_payload.number.clone(),
        lines,
        signed_with: t!(
            "ticket-signed-with",
            who = signer_name(&leaf),
            at = sig_t,
            serial = leaf.serial.clone()
        ),
        qr: qr::matrix(&qr_payload.text())?,
        caption: t!("ticket-qr-caption"),
        note: t!("ticket-paper-note"),
        payload,
    })
}

/// Who a certificate names, for paper: its common name, else its organization.
fn signer_name(cert: &Cert) -> String {
    let subject = &cert.subject;
    subject.common_name.clone().or_else(|| subject.organization.clone()).unwrap_or_else(|| t!("cert-no-cn"))
}

/// Refuses a rendering whose text would not read back as what was signed: such paper could
/// not be proved by its QR code.
fn reads_back(sheet: &Sheet, text: &str) -> Result<()> {
    let read = printed::read(text, "ticket").map_err(|e| Error::document("ticket", e.to_string()))?;
    let rebuilt = fields::rebuild(&read);
    if canonical(&rebuilt) == sheet.payload {
        return Ok(());
    }
    let signed: Value = serde_json::from_slice(&sheet.payload).unwrap_or_default();
    let differs = Field::ALL.into_iter().find(|f| f.value_in(&rebuilt) != f.value_in(&signed));
    let (field, value) = match differs {
        Some(f) => (f.label(), f.value_in(&signed).map(Value::to_string).unwrap_or_default()),
        None => (String::new(), String::new()),
    };
    Err(Error::document("ticket", t!("render-unprintable", field = field, value = value)))
}

/// Word-wraps `text` so that no line is wider than `width` (as `measure` counts), breaking only
/// at spaces: a word wider than a line stands alone on its line.
fn wrap(text: &str, width: f32, first_width: f32, measure: &dyn Fn(&str) -> f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let limit = if lines.is_empty() { first_width } else { width };
        let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
        if !line.is_empty() && measure(&candidate) > limit {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_breaks_at_spaces_only() {
        let count = |s: &str| s.chars().count() as f32;
        assert_eq!(wrap("aa bb cc", 5.0, 5.0, &count), ["aa bb", "cc"]);
        assert_eq!(wrap("aa bb cc", 5.0, 2.0, &count), ["aa", "bb cc"]);
        assert_eq!(wrap("abcdefgh ij", 5.0, 5.0, &count), ["abcdefgh", "ij"]);
        assert_eq!(wrap("", 5.0, 5.0, &count), [""]);
    }
}
