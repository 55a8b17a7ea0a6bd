//! The ticket as text for a receipt printer: 48 columns, each field as "Label: value" (a
//! long value goes on, indented, on the lines below), and the QR code in quadrant blocks —
//! two by two modules in a character, so that even a version 10 code with its quiet zone is
//! 33 columns wide.

use super::{Line, Sheet, wrap};

pub const COLUMNS: usize = 48;

/// The quadrant block of four modules: bit 1 top left, 2 top right, 4 bottom left, 8 bottom
/// right; a set bit is ink.
const QUADRANTS: [char; 16] =
    [' ', '▘', '▝', '▀', '▖', '▌', '▞', '▛', '▗', '▚', '▐', '▜', '▄', '▙', '▟', '█'];

/// The light margin a reader needs around a QR code, in modules.
const QUIET: usize = 4;

fn width(text: &str) -> f32 {
    text.chars().count() as f32
}

fn centred(text: &str, out: &mut String) {
    for line in wrap(text, COLUMNS as f32, COLUMNS as f32, &width) {
        let pad = COLUMNS.saturating_sub(line.chars().count()) / 2;
        out.push_str(&" ".repeat(pad));
        out.push_str(&line);
        out.push('\n');
    }
}

fn paragraph(text: &str, out: &mut String) {
    for line in wrap(text, COLUMNS as f32, COLUMNS as f32, &width) {
        out.push_str(&line);
        out.push('\n');
    }
}

pub fn render(sheet: &Sheet) -> String {
    let mut out = String::new();
    centred(&sheet.title.to_uppercase(), &mut out);
    centred(&sheet.subtitle, &mut out);
    out.push_str(&"=".repeat(COLUMNS));
    out.push('\n');
    for line in &sheet.lines {
        match line {
            Line::Heading(heading) => {
                out.push('\n');
                out.push_str(heading);
                out.push('\n');
            }
            Line::Field(label, value) => {
                let label = format!("{label}:");
                let first = COLUMNS as f32 - width(&label) - 1.0;
                for (i, piece) in wrap(value, (COLUMNS - 2) as f32, first, &width).iter().enumerate() {
                    match i {
                        0 if piece.is_empty() => out.push_str(&label),
                        0 => out.push_str(&format!("{label} {piece}")),
                        _ => out.push_str(&format!("  {piece}")),
                    }
                    out.push('\n');
                }
            }
        }
    }
    out.push_str(&"-".repeat(COLUMNS));
    out.push('\n');
    paragraph(&sheet.signed_with, &mut out);
    out.push('\n');
    qr_blocks(&sheet.qr, &mut out);
    out.push('\n');
    paragraph(&sheet.caption, &mut out);
    paragraph(&sheet.note, &mut out);
    out
}

/// The QR code, quiet zone included, centred in the columns.
fn qr_blocks(qr: &super::qr::Matrix, out: &mut String) {
    let side = qr.width + 2 * QUIET;
    let columns = side.div_ceil(2);
    let pad = COLUMNS.saturating_sub(columns) / 2;
    let dark = |x: usize, y: usize| x >= QUIET && y >= QUIET && qr.dark(x - QUIET, y - QUIET);
    for row in (0..side).step_by(2) {
        out.push_str(&" ".repeat(pad));
        for column in (0..side).step_by(2) {
            let bits = usize::from(dark(column, row))
                | usize::from(dark(column + 1, row)) << 1
                | usize::from(dark(column, row + 1)) << 2
                | usize::from(dark(column + 1, row + 1)) << 3;
            out.push(QUADRANTS[bits]);
        }
        out.push('\n');
    }
}
