//! The ticket as one self-contained HTML page: its style inline, the QR code an inline SVG,
//! nothing fetched from anywhere. On the screen it is a sheet of paper; `@media print` lays it
//! out on A4 or A5 without the screen's decoration.

use super::printed::escape_html;
use super::{Line, PaperSize, Sheet};

/// The QR code's printed width, in millimetres.
const QR_MM: f32 = 40.0;
const QUIET: usize = 4;

pub fn render(sheet: &Sheet, size: PaperSize) -> String {
    let (width_mm, height_mm) = size.mm();
    let e = escape_html;
    let mut body = String::new();
    body.push_str(&format!(
        "<header>\n<h1>{}</h1>\n<p class=\"sub\">{}</p>\n</header>\n<section>\n",
        e(&sheet.title),
        e(&sheet.subtitle)
    ));
    for line in &sheet.lines {
        match line {
            Line::Heading(heading) => {
                body.push_str(&format!("</section>\n<section>\n<h2>{}</h2>\n", e(heading)))
            }
            Line::Field(label, value) => body.push_str(&format!(
                "<div class=\"f\"><span class=\"l\">{}:</span> <span class=\"v\">{}</span></div>\n",
                e(label),
                e(value)
            )),
        }
    }
    body.push_str(&format!("</section>\n<p class=\"sig\">{}</p>\n", e(&sheet.signed_with)));
    body.push_str(&format!(
        "<figure class=\"qr\">\n{}\n<figcaption>{}</figcaption>\n</figure>\n<p class=\"note\">{}</p>\n",
        svg(&sheet.qr),
        e(&sheet.caption),
        e(&sheet.note)
    ));
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} {number}</title>
<style>
@page {{ size: {paper}; margin: 12mm; }}
* {{ box-sizing: border-box; }}
html {{ background: #e8e8e8; }}
body {{ margin: 0; font: 11pt/1.35 "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; color: #000; }}
main {{ width: {width}mm; min-height: {height}mm; margin: 8mm auto; padding: 12mm 14mm; background: #fff; box-shadow: 0 1mm 4mm rgba(0,0,0,.25); }}
header {{ text-align: center; border-bottom: .6mm solid #000; padding-bottom: 3mm; margin-bottom: 2mm; }}
h1 {{ font-size: 17pt; margin: 0; }}
.sub {{ margin: 1mm 0 0; }}
h2 {{ font-size: 11.5pt; margin: 4mm 0 1mm; border-bottom: .2mm solid #999; }}
.f {{ margin: .6mm 0; }}
.l {{ font-weight: bold; }}
.sig {{ font-size: 9pt; margin-top: 5mm; border-top: .2mm solid #999; padding-top: 2mm; }}
.qr {{ margin: 4mm 0 0; display: flex; align-items: center; gap: 5mm; }}
.qr svg {{ width: {qr_mm}mm; height: {qr_mm}mm; flex: none; }}
figcaption, .note {{ font-size: 9pt; }}
@media print {{
  html {{ background: none; }}
  main {{ width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }}
  section, .qr {{ break-inside: avoid; }}
}}
</style>
</head>
<body>
<main>
{body}</main>
</body>
</html>
"#,
        lang = sheet.lang.code(),
        title = e(&sheet.title),
        number = e(&sheet.number),
        paper = size.name(),
        width = width_mm,
        height = height_mm,
        qr_mm = QR_MM,
    )
}

/// The QR code as an SVG path: one unit a module, the quiet zone included, with edges kept
/// crisp.
fn svg(qr: &super::qr::Matrix) -> String {
    let side = qr.width + 2 * QUIET;
    let mut path = String::new();
    for y in 0..qr.width {
        let mut x = 0;
        while x < qr.width {
            if !qr.dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < qr.width && qr.dark(x, y) {
                x += 1;
            }
            path.push_str(&format!("M{} {}h{}v1h-{}z", start + QUIET, y + QUIET, x - start, x - start));
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\" role=\"img\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    )
}
