//! The ticket as a PDF of one A4 or A5 page, made with krilla: DejaVu Sans (every Kazakh and
//! Russian letter) embedded and subsetted, so that the page looks the same everywhere and its
//! text extracts intact; the QR code drawn as vector squares.
//!
//! Each field is one run of text, "Label: value", on a line of its own (a long value wraps),
//! so that a text extractor gives the lines back as a person reads them.

use krilla::Document;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::text::{Font, TextDirection};

use super::{Line, PaperSize, Sheet, wrap};
use crate::error::{Error, Result};
use crate::t;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

const POINTS_PER_MM: f32 = 72.0 / 25.4;
const QUIET: f32 = 4.0;
/// The least width of the QR code on paper (issue 17: a phone reads it at arm's length).
const MIN_QR_MM: f32 = 30.0;

/// A font to draw with and to measure by.
struct Face {
    font: Font,
    metrics: ttf_parser::Face<'static>,
}

impl Face {
    fn load(data: &'static [u8]) -> Result<Face> {
        let broken = || Error::document("font", t!("render-pdf", why = "the embedded font is unreadable"));
        let metrics = ttf_parser::Face::parse(data, 0).map_err(|_| broken())?;
        let font = Font::new(krilla::Data::from(data), 0).ok_or_else(broken)?;
        Ok(Face { font, metrics })
    }

    /// The advance width of `text` at `size` points (no kerning: a little wider, never
    /// narrower than drawn, in practice).
    fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                self.metrics
                    .glyph_index(c)
                    .and_then(|g| self.metrics.glyph_hor_advance(g))
                    .map_or(u32::from(self.metrics.units_per_em()) / 2, u32::from)
            })
            .sum();
        units as f32 * size / f32::from(self.metrics.units_per_em())
    }
}

/// Sizes of one layout, in points; the whole set shrinks when a ticket would not fit.
#[derive(Debug, Clone, Copy)]
struct Scale {
    title: f32,
    text: f32,
    heading: f32,
    small: f32,
    margin_x: f32,
    margin_y: f32,
    qr_mm: f32,
}

impl Scale {
    fn of(size: PaperSize) -> Scale {
        match size {
            PaperSize::A4 => Scale {
                title: 18.0,
                text: 10.5,
                heading: 11.5,
                small: 8.5,
                margin_x: 20.0 * POINTS_PER_MM,
                margin_y: 16.0 * POINTS_PER_MM,
                qr_mm: 40.0,
            },
            PaperSize::A5 => Scale {
                title: 14.0,
                text: 8.5,
                heading: 9.5,
                small: 7.0,
                margin_x: 11.0 * POINTS_PER_MM,
                margin_y: 9.0 * POINTS_PER_MM,
                qr_mm: 34.0,
            },
        }
    }

    fn shrunk(self) -> Scale {
        let k = 0.92;
        Scale {
            title: self.title * k,
            text: self.text * k,
            heading: self.heading * k,
            small: self.small * k,
            ..self
        }
    }
}

/// What is drawn: text runs and the QR code's squares, and the text as an extractor reads it.
#[derive(Default)]
struct Layout {
    runs: Vec<Run>,
    squares: Vec<Rect>,
    lines: Vec<String>,
    bottom: f32,
}

struct Run {
    at: Point,
    bold: bool,
    size: f32,
    text: String,
}

/// The PDF's bytes, and its text as an extractor gives it back.
pub fn render(sheet: &Sheet, size: PaperSize) -> Result<(Vec<u8>, String)> {
    let regular = Face::load(REGULAR)?;
    let bold = Face::load(BOLD)?;
    let (width_mm, height_mm) = size.mm();
    let (width, height) = (width_mm * POINTS_PER_MM, height_mm * POINTS_PER_MM);
    let mut scale = Scale::of(size);
    let mut layout = lay_out(sheet, scale, width, &regular, &bold);
    for _ in 0..6 {
        if layout.bottom <= height - scale.margin_y {
            break;
        }
        scale = scale.shrunk();
        layout = lay_out(sheet, scale, width, &regular, &bold);
    }
    if layout.bottom > height - scale.margin_y {
        return Err(Error::document("ticket", t!("render-too-long", paper = size.name())));
    }

    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(format!("{} {}", sheet.title, sheet.number))
            .language(sheet.lang.code().to_owned())
            .creator(format!("attach {}", env!("CARGO_PKG_VERSION"))),
    );
    let settings = PageSettings::from_wh(width, height)
        .ok_or_else(|| Error::document("ticket", t!("render-pdf", why = "page size")))?;
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    for run in &layout.runs {
        let face = if run.bold { &bold } else { &regular };
        surface.draw_text(run.at, face.font.clone(), run.size, &run.text, false, TextDirection::Auto);
    }
    let mut path = PathBuilder::new();
    for square in &layout.squares {
        path.push_rect(*square);
    }
    if let Some(path) = path.finish() {
        surface.draw_path(&path);
    }
    surface.finish();
    page.finish();
    let bytes =
        document.finish().map_err(|e| Error::document("ticket", t!("render-pdf", why = format!("{e:?}"))))?;
    Ok((bytes, layout.lines.join("\n")))
}

fn lay_out(sheet: &Sheet, scale: Scale, width: f32, regular: &Face, bold: &Face) -> Layout {
    let mut layout = Layout::default();
    let left = scale.margin_x;
    let right = width - scale.margin_x;
    let column = right - left;
    let mut y = scale.margin_y;

    let centred = |layout: &mut Layout, y: &mut f32, text: &str, face: &Face, size: f32, is_bold: bool| {
        for line in wrap(text, column, column, &|s| face.width(s, size)) {
            *y += size * 1.3;
            let x = left + (column - face.width(&line, size)).max(0.0) / 2.0;
            layout.lines.push(line.clone());
            layout.runs.push(Run { at: Point::from_xy(x, *y), bold: is_bold, size, text: line });
        }
    };
    centred(&mut layout, &mut y, &sheet.title, bold, scale.title, true);
    centred(&mut layout, &mut y, &sheet.subtitle, regular, scale.text, false);
    y += scale.text * 0.6;
    rule(&mut layout, left, right, y, 1.2);
    y += scale.text * 0.4;

    let leading = scale.text * 1.42;
    for line in &sheet.lines {
        match line {
            Line::Heading(heading) => {
                y += scale.heading * 0.9 + leading;
                let run = Run {
                    at: Point::from_xy(left, y),
                    bold: true,
                    size: scale.heading,
                    text: heading.clone(),
                };
                layout.lines.push(heading.clone());
                layout.runs.push(run);
                y += scale.heading * 0.35;
                rule(&mut layout, left, right, y, 0.4);
            }
            Line::Field(label, value) => {
                let label = format!("{label}:");
                let label_width = bold.width(&label, scale.text) + regular.width(" ", scale.text);
                let indent = scale.text * 1.5;
                let pieces =
                    wrap(value, column - indent, column - label_width, &|s| regular.width(s, scale.text));
                for (i, piece) in pieces.into_iter().enumerate() {
                    y += leading;
                    if i == 0 {
                        layout.runs.push(Run {
                            at: Point::from_xy(left, y),
                            bold: true,
                            size: scale.text,
                            text: label.clone(),
                        });
                        layout.lines.push(format!("{label} {piece}"));
                        if !piece.is_empty() {
                            let at = Point::from_xy(left + label_width, y);
                            layout.runs.push(Run { at, bold: false, size: scale.text, text: piece });
                        }
                    } else {
                        layout.lines.push(piece.clone());
                        let at = Point::from_xy(left + indent, y);
                        layout.runs.push(Run { at, bold: false, size: scale.text, text: piece });
                    }
                }
            }
        }
    }

    y += leading;
    rule(&mut layout, left, right, y, 0.4);
    for line in wrap(&sheet.signed_with, column, column, &|s| regular.width(s, scale.small)) {
        y += scale.small * 1.35;
        layout.lines.push(line.clone());
        layout.runs.push(Run { at: Point::from_xy(left, y), bold: false, size: scale.small, text: line });
    }

    // The QR code, its quiet zone inside the margin, and its caption beside it.
    y += scale.small;
    let modules = sheet.qr.width as f32;
    let (module, qr_left, qr_top) = qr_grid(scale.qr_mm, modules, left, y);
    for row in 0..sheet.qr.width {
        let mut x = 0;
        while x < sheet.qr.width {
            if !sheet.qr.dark(x, row) {
                x += 1;
                continue;
            }
            let start = x;
            while x < sheet.qr.width && sheet.qr.dark(x, row) {
                x += 1;
            }
            let square = Rect::from_xywh(
                qr_left + start as f32 * module,
                qr_top + row as f32 * module,
                (x - start) as f32 * module,
                module,
            );
            layout.squares.extend(square);
        }
    }
    let qr_bottom = qr_top + modules * module + QUIET * module;
    let text_left = qr_left + (modules + QUIET) * module + scale.text;
    let text_column = right - text_left;
    let mut caption_y = qr_top + scale.small;
    for paragraph in [&sheet.caption, &sheet.note] {
        for line in wrap(paragraph, text_column, text_column, &|s| regular.width(s, scale.small)) {
            caption_y += scale.small * 1.35;
            layout.lines.push(line.clone());
            let at = Point::from_xy(text_left, caption_y);
            layout.runs.push(Run { at, bold: false, size: scale.small, text: line });
        }
        caption_y += scale.small * 0.8;
    }
    layout.bottom = qr_bottom.max(caption_y);
    layout
}

/// The side of a QR module and the code's top-left corner, in points: a whole number of
/// pixels of a 150 dpi rendering (so of a 300 dpi one too), the corner on that grid, so that
/// a rendering at those resolutions draws each module as sharp pixels, not blurred edges a
/// decoder must guess at. The code is as near `qr_mm` wide as that allows, and never under
/// [`MIN_QR_MM`]; its quiet zone lies right of `left` and below `top`.
fn qr_grid(qr_mm: f32, modules: f32, left: f32, top: f32) -> (f32, f32, f32) {
    let pixel = 72.0 / 150.0;
    let pixels = (qr_mm * POINTS_PER_MM / modules / pixel)
        .round()
        .max((MIN_QR_MM * POINTS_PER_MM / modules / pixel).ceil());
    let module = pixels * pixel;
    let snap = |at: f32| (at / pixel).ceil() * pixel;
    (module, snap(left + QUIET * module), snap(top + QUIET * module))
}

/// A horizontal rule `thickness` points thick, drawn as a filled rectangle.
fn rule(layout: &mut Layout, left: f32, right: f32, y: f32, thickness: f32) {
    layout.squares.extend(Rect::from_xywh(left, y, right - left, thickness));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_modules_are_whole_pixels_at_150_dpi_and_the_code_never_under_30_mm() {
        let pixel = 72.0 / 150.0;
        let whole = |points: f32| ((points / pixel) - (points / pixel).round()).abs() < 1e-3;
        for size in [PaperSize::A4, PaperSize::A5] {
            for version in 1..=10 {
                let modules = (17 + 4 * version) as f32;
                let (module, left, top) = qr_grid(Scale::of(size).qr_mm, modules, 31.2, 500.3);
                assert!(whole(module) && whole(left) && whole(top), "{size:?} v{version}");
                assert!(left >= 31.2 + QUIET * module && top >= 500.3 + QUIET * module);
                let mm = module * modules / POINTS_PER_MM;
                assert!(mm >= MIN_QR_MM, "{size:?} v{version}: {mm} mm");
            }
        }
        // Version 8, as a P-256 ticket's code is: 4 pixels a module on A5, 5 on A4.
        assert!((qr_grid(34.0, 49.0, 0.0, 0.0).0 / pixel - 4.0).abs() < 1e-3);
        assert!((qr_grid(40.0, 49.0, 0.0, 0.0).0 / pixel - 5.0).abs() < 1e-3);
    }
}
