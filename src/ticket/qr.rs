//! The QR code of a printed ticket. A signed ticket with its certificates is about 3 KB, too
//! much for a code a phone reads; the code carries what cannot be read off the paper, and the
//! verifier rebuilds the rest:
//!
//! `PHCT1/NUMBER/SIGT/N/SERIAL/SIGNATURE/DIGESTS` — the ticket number, the signing time
//! (`sigT`, as signed), how many certificates `x5c` names, the signer certificate's serial
//! (hex), the JWS signature (base32) and a one-byte digest of every other printed field
//! (base32, [`super::fields::digests`]). Every character is one of QR's alphanumeric mode, so
//! a P-256 or Ed25519 ticket fits version 8 at level M.

use qrcode::{EcLevel, QrCode, Version};

use crate::error::{Error, Result};
use crate::t;

pub const PREFIX: &str = "PHCT1";
/// The largest QR version a printed ticket uses: beyond it, modules get too small for a
/// phone at a few centimetres.
pub const MAX_VERSION: i16 = 10;

/// What a ticket's QR code says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payload {
    pub number: String,
    /// The protected header's `sigT`, exactly as signed.
    pub sig_t: String,
    /// How many certificates the header's `x5c` names (the signer's first).
    pub x5c: usize,
    /// The signer certificate's serial, upper-case hex as certificates are named here.
    pub serial: String,
    pub signature: Vec<u8>,
    pub digests: Vec<u8>,
}

impl Payload {
    pub fn text(&self) -> String {
        format!(
            "{PREFIX}/{}/{}/{}/{}/{}/{}",
            self.number,
            self.sig_t,
            self.x5c,
            self.serial,
            base32(&self.signature),
            base32(&self.digests)
        )
    }

    /// Reads the text a scanner gives; `Err` says what is wrong with it.
    pub fn parse(text: &str) -> std::result::Result<Payload, String> {
        let text = text.trim();
        let parts: Vec<&str> = text.split('/').collect();
        if !parts[0].eq_ignore_ascii_case(PREFIX) {
            return Err(t!("qr-why-prefix", prefix = PREFIX));
        }
        if parts.len() != 7 {
            return Err(t!("qr-why-parts", count = parts.len(), expected = 7));
        }
        let number = parts[1].to_owned();
        if number.is_empty() {
            return Err(t!("qr-why-number"));
        }
        let sig_t = parts[2].to_ascii_uppercase();
        if crate::clock::parse_utc_seconds(&sig_t).is_none() {
            return Err(t!("qr-why-sigt", sigt = parts[2]));
        }
        let x5c = match parts[3].parse::<usize>() {
            Ok(n @ 1..=9) if parts[3].len() == 1 => n,
            _ => return Err(t!("qr-why-count", count = parts[3])),
        };
        let serial = parts[4].to_ascii_uppercase();
        if serial.is_empty() || serial.len() > 40 || !serial.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(t!("qr-why-serial", serial = parts[4]));
        }
        let signature = unbase32(parts[5]).filter(|s| !s.is_empty()).ok_or_else(|| t!("qr-why-signature"))?;
        let digests = unbase32(parts[6]).ok_or_else(|| t!("qr-why-digests"))?;
        Ok(Payload { number, sig_t, x5c, serial, signature, digests })
    }
}

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// RFC 4648 base32 without padding: upper-case letters and digits, all of QR's alphanumeric
/// mode.
pub fn base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 8 / 5 + 1);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(BASE32[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(BASE32[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

pub fn unbase32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.trim_end_matches('=').bytes() {
        let value = BASE32.iter().position(|&a| a == c.to_ascii_uppercase())? as u32;
        buffer = ((buffer << 5) | value) & 0xffff;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    // Left-over bits are padding, and must be zero.
    (buffer & ((1 << bits) - 1) == 0).then_some(out)
}

/// A QR code's modules, row by row, without the quiet zone.
#[derive(Debug, Clone)]
pub struct Matrix {
    pub width: usize,
    dark: Vec<bool>,
    pub version: i16,
}

impl Matrix {
    pub fn dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }
}

/// The QR code of `text`: the smallest version at level M, at most [`MAX_VERSION`], and a
/// higher level of error correction when it fits the same version.
pub fn matrix(text: &str) -> Result<Matrix> {
    let make = |level| QrCode::with_error_correction_level(text.as_bytes(), level).ok();
    let version_of = |code: &QrCode| match code.version() {
        Version::Normal(v) => v,
        Version::Micro(_) => 0,
    };
    let too_large = || Error::input("ticket", t!("qr-too-large", version = i32::from(MAX_VERSION + 1)));
    let medium = make(EcLevel::M).ok_or_else(too_large)?;
    let version = version_of(&medium);
    if version > MAX_VERSION {
        return Err(Error::input("ticket", t!("qr-too-large", version = i32::from(version))));
    }
    let code = [EcLevel::H, EcLevel::Q]
        .into_iter()
        .filter_map(make)
        .find(|code| version_of(code) == version)
        .unwrap_or(medium);
    let dark = code.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect();
    Ok(Matrix { width: code.width(), dark, version })
}

/// The largest image `--qr-image` decodes: a phone's photo, with room to spare.
const MAX_PIXELS: usize = 80_000_000;

/// The texts of every QR code found in a PNG or JPEG image.
pub fn decode_image(bytes: &[u8], path: &str) -> Result<Vec<String>> {
    let unreadable =
        |why: String| Error::input("--qr-image", t!("qr-image-unreadable", path = path, why = why));
    let (width, height, grey) = if bytes.starts_with(b"\x89PNG") {
        grey_png(bytes).map_err(unreadable)?
    } else if bytes.starts_with(&[0xff, 0xd8]) {
        grey_jpeg(bytes).map_err(unreadable)?
    } else {
        return Err(unreadable("neither PNG nor JPEG".into()));
    };
    let decode = |pixel: &dyn Fn(usize) -> u8| -> Vec<String> {
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixel(y * width + x));
        image.detect_grids().into_iter().filter_map(|grid| grid.decode().ok()).map(|(_, text)| text).collect()
    };
    let texts = decode(&|i| grey[i]);
    if !texts.is_empty() {
        return Ok(texts);
    }
    // A JPEG's ringing at the modules' edges can mislead rqrr's local threshold; black and
    // white cut at one threshold for the whole picture (Otsu's) removes it.
    let cut = otsu(&grey);
    Ok(decode(&|i| if grey[i] > cut { 255 } else { 0 }))
}

/// Otsu's threshold of a grey picture: the level that best splits it into two classes, ink
/// and paper.
fn otsu(grey: &[u8]) -> u8 {
    let mut histogram = [0u64; 256];
    for &g in grey {
        histogram[usize::from(g)] += 1;
    }
    let total = grey.len() as f64;
    let sum: f64 = histogram.iter().enumerate().map(|(level, &n)| level as f64 * n as f64).sum();
    let (mut below, mut below_sum, mut best, mut cut) = (0.0, 0.0, 0.0, 127u8);
    for (level, &n) in histogram.iter().enumerate() {
        below += n as f64;
        below_sum += level as f64 * n as f64;
        let above = total - below;
        if below == 0.0 || above == 0.0 {
            continue;
        }
        let between = below * above * (below_sum / below - (sum - below_sum) / above).powi(2);
        if between > best {
            best = between;
            cut = level as u8;
        }
    }
    cut
}

fn grey_png(bytes: &[u8]) -> std::result::Result<(usize, usize, Vec<u8>), String> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|e| e.to_string())?;
    let (width, height) = (reader.info().width as usize, reader.info().height as usize);
    if width.saturating_mul(height) > MAX_PIXELS {
        return Err(format!("{width}×{height} pixels"));
    }
    let size = reader.output_buffer_size().ok_or_else(|| format!("{width}×{height} pixels"))?;
    let mut buffer = vec![0; size];
    let frame = reader.next_frame(&mut buffer).map_err(|e| e.to_string())?;
    let channels = frame.color_type.samples();
    let stride = frame.line_size;
    let grey = (0..height)
        .flat_map(|y| {
            let row = &buffer[y * stride..];
            (0..width).map(move |x| {
                let px = &row[x * channels..x * channels + channels];
                match frame.color_type {
                    png::ColorType::Rgb | png::ColorType::Rgba => {
                        luma(px[0], px[1], px[2], px.get(3).copied())
                    }
                    png::ColorType::GrayscaleAlpha => over_white(px[0], px[1]),
                    _ => px[0],
                }
            })
        })
        .collect();
    Ok((width, height, grey))
}

fn grey_jpeg(bytes: &[u8]) -> std::result::Result<(usize, usize, Vec<u8>), String> {
    use zune_jpeg::zune_core::colorspace::ColorSpace;
    use zune_jpeg::zune_core::options::DecoderOptions;
    let options = DecoderOptions::default()
        .jpeg_set_out_colorspace(ColorSpace::Luma)
        .set_max_width(20_000)
        .set_max_height(20_000);
    let mut decoder = zune_jpeg::JpegDecoder::new_with_options(std::io::Cursor::new(bytes), options);
    let pixels = decoder.decode().map_err(|e| e.to_string())?;
    let (width, height) = decoder.dimensions().ok_or("no dimensions")?;
    if width.saturating_mul(height) > MAX_PIXELS || pixels.len() < width * height {
        return Err(format!("{width}×{height} pixels"));
    }
    Ok((width, height, pixels))
}

/// Grey of a colour pixel (ITU-R BT.601), a transparent one over white paper.
fn luma(r: u8, g: u8, b: u8, alpha: Option<u8>) -> u8 {
    let y = (299 * u32::from(r) + 587 * u32::from(g) + 114 * u32::from(b)) / 1000;
    over_white(y as u8, alpha.unwrap_or(255))
}

fn over_white(grey: u8, alpha: u8) -> u8 {
    let a = u32::from(alpha);
    ((u32::from(grey) * a + 255 * (255 - a)) / 255) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn otsu_cuts_between_ink_and_paper() {
        let picture: Vec<u8> = [&[12u8; 300][..], &[40; 20], &[215; 20], &[243; 700]].concat();
        let cut = otsu(&picture);
        assert!((40..215).contains(&cut), "{cut}");
        assert_eq!(otsu(&[200; 10]), 127, "one grey: no split");
    }

    #[test]
    fn base32_is_rfc_4648() {
        // RFC 4648 section 10, without padding.
        for (bytes, text) in [
            ("", ""),
            ("f", "MY"),
            ("fo", "MZXQ"),
            ("foo", "MZXW6"),
            ("foob", "MZXW6YQ"),
            ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI"),
        ] {
            assert_eq!(base32(bytes.as_bytes()), text);
            assert_eq!(unbase32(text).as_deref(), Some(bytes.as_bytes()));
        }
        assert_eq!(unbase32("MZXW6YTBOI======").as_deref(), Some(&b"foobar"[..]));
        assert_eq!(unbase32("MZ1"), None, "1 is not of the alphabet");
        assert_eq!(unbase32("MZ"), None, "left-over bits must be zero");
    }

    fn sample() -> Payload {
        Payload {
            number: "T-MNG-0001-000001".into(),
            sig_t: "2026-11-25T09:31:00Z".into(),
            x5c: 2,
            serial: "4F3A00C2D1E0B9A87766554433221100".into(),
            signature: (0..64).collect(),
            digests: (0..20).collect(),
        }
    }

    #[test]
    fn the_payload_reads_back_and_fits_version_8_at_level_m() {
        let text = sample().text();
        assert_eq!(Payload::parse(&text), Ok(sample()));
        assert_eq!(
            Payload::parse(&format!(" {} \n", text.to_lowercase())).map(|p| p.signature),
            Ok(sample().signature)
        );
        let matrix = matrix(&text).unwrap();
        assert!(matrix.version <= 8, "version {}", matrix.version);
        assert_eq!(matrix.width, 17 + 4 * matrix.version as usize);
    }

    #[test]
    fn a_bad_payload_is_named() {
        let text = sample().text();
        let bad = |text: String| Payload::parse(&text).unwrap_err();
        assert!(bad(text.replace("PHCT1", "XX")).contains("does not start"));
        assert!(bad(format!("{text}/x")).contains("8 parts"));
        assert!(bad(text.replace("2026-11-25T09:31:00Z", "yesterday")).contains("yesterday"));
        assert!(bad(text.replace("/2/", "/x/")).contains("`x`"));
        assert!(bad(text.replace("4F3A", "ZZZZ")).contains("ZZZZ"));
    }

    #[test]
    fn a_qr_drawn_in_a_png_is_decoded() {
        let text = sample().text();
        let m = matrix(&text).unwrap();
        let scale = 4;
        let side = (m.width + 8) * scale;
        let mut png_bytes = Vec::new();
        {
            let mut encoder = png::Encoder::new(&mut png_bytes, side as u32, side as u32);
            encoder.set_color(png::ColorType::Grayscale);
            let mut writer = encoder.write_header().unwrap();
            let pixels: Vec<u8> = (0..side * side)
                .map(|i| {
                    let (x, y) = ((i % side) / scale, (i / side) / scale);
                    let dark = x >= 4 && y >= 4 && m.dark(x - 4, y - 4);
                    if dark { 0 } else { 255 }
                })
                .collect();
            writer.write_image_data(&pixels).unwrap();
        }
        assert_eq!(decode_image(&png_bytes, "qr.png").unwrap(), [text]);
        assert!(decode_image(b"GIF89a", "x.gif").is_err());
    }
}
