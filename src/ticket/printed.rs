//! Reading a printed ticket back: the text of its HTML rendering, of its text rendering, or of
//! its PDF (as `pdftotext` extracts it), in any of the three languages. Every field is printed
//! on a line of its own as "Label: value"; a free-text value may wrap onto the lines below,
//! up to the next label. What the reader returns is what a person reads on that paper.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::fields::Field;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::t;

/// Every label of every language with its field, longest first (so that no label is taken
/// for a shorter one it begins with).
fn labels() -> &'static [(String, Field)] {
    static LABELS: OnceLock<Vec<(String, Field)>> = OnceLock::new();
    LABELS.get_or_init(|| {
        let mut labels: Vec<(String, Field)> = Lang::ALL
            .iter()
            .flat_map(|&lang| Field::ALL.iter().map(move |&f| (f.label_in(lang), f)))
            .collect();
        labels.sort_by_key(|(label, _)| std::cmp::Reverse(label.chars().count()));
        labels.dedup();
        labels
    })
}

/// The field whose label starts `line`, and the rest of the line after its colon.
fn labelled(line: &str) -> Option<(Field, &str)> {
    labels().iter().find_map(|(label, field)| {
        let rest = line.strip_prefix(label.as_str())?.trim_start();
        rest.strip_prefix(':').map(|value| (*field, value.trim()))
    })
}

/// Runs of white space (line breaks, tabs, no-break spaces) as one space, and none at the
/// ends: how a person reads a line.
pub fn normalized(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The printed fields of `text`, each with its value, in printed order. `path` names the file
/// in errors. A field printed twice, or missing, is an error naming it; so is a legal
/// representative printed in part.
pub fn read(text: &str, path: &str) -> Result<Vec<(Field, String)>> {
    let mut found: BTreeMap<Field, (usize, String)> = BTreeMap::new();
    // The free-text field whose value may still go on, on the next line.
    let mut open: Option<Field> = None;
    for (index, raw) in text.lines().enumerate() {
        let line = normalized(raw);
        if line.is_empty() {
            open = None;
            continue;
        }
        if let Some((field, value)) = labelled(&line) {
            if let Some((first, _)) = found.get(&field) {
                return Err(Error::input(
                    "--printed",
                    t!("printed-twice", path = path, line = index + 1, label = field.label(), first = *first),
                ));
            }
            found.insert(field, (index + 1, value.to_owned()));
            open = field.is_free_text().then_some(field);
            continue;
        }
        if let Some(field) = open
            && let Some((_, value)) = found.get_mut(&field)
        {
            if !value.is_empty() {
                value.push(' ');
            }
            value.push_str(&line);
        }
    }
    if found.is_empty() {
        return Err(Error::input(
            "--printed",
            t!("printed-none", path = path, label = Field::Number.label()),
        ));
    }
    let representative = found.keys().any(|f| f.is_representative());
    for field in Field::ALL {
        if found.contains_key(&field) || (field.is_representative() && !representative) {
            continue;
        }
        let key =
            if field.is_representative() { "printed-representative-partial" } else { "printed-missing" };
        return Err(Error::input("--printed", t!(key, path = path, label = field.label())));
    }
    Ok(found.into_iter().map(|(field, (_, value))| (field, value)).collect())
}

/// Elements whose content is not read: the head (a page's title and style), scripts, and the
/// drawing of the QR code.
const UNREAD: [&str; 6] = ["head", "style", "script", "svg", "title", "template"];

/// Elements that begin and end a line of text, as a browser lays them out.
const BLOCKS: [&str; 27] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "p",
    "section",
    "table",
    "tr",
];

/// The text of an HTML page as a person reads it in a browser: one line per block, white space
/// collapsed, entities decoded; nothing of the head, scripts or drawings.
pub fn text_of_html(html: &str) -> String {
    let mut lines: Vec<String> = vec![String::new()];
    let mut rest = html;
    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            push_text(&mut lines, rest);
            break;
        };
        push_text(&mut lines, &rest[..open]);
        rest = &rest[open..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(close) = rest.find('>') else { break };
        let tag = &rest[1..close];
        rest = &rest[close + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if !closing && !tag.ends_with('/') && UNREAD.contains(&name.as_str()) {
            rest = skip_element(rest, &name);
            continue;
        }
        if BLOCKS.contains(&name.as_str()) {
            lines.push(String::new());
        } else if matches!(name.as_str(), "td" | "th") {
            push_text(&mut lines, " ");
        }
    }
    lines.iter().map(|l| normalized(l)).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

/// What follows the end of the element `name` whose start tag has just been read.
fn skip_element<'a>(rest: &'a str, name: &str) -> &'a str {
    let lower = rest.to_ascii_lowercase();
    let end = format!("</{name}");
    match lower.find(&end) {
        Some(at) => rest[at..].find('>').map_or("", |close| &rest[at + close + 1..]),
        None => "",
    }
}

fn push_text(lines: &mut [String], text: &str) {
    if let Some(line) = lines.last_mut() {
        line.push_str(&decode_entities(text));
    }
}

/// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and numeric references; any other
/// `&` stays as it is.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest.find(';').filter(|&end| end <= 10).and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let code = match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => name.strip_prefix('#').and_then(|d| d.parse().ok()),
                    };
                    code.and_then(char::from_u32)
                }
            }?;
            Some((c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Text for HTML: `&`, `<`, `>`, `"` and `'` as references.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_reads_as_a_browser_shows_it() {
        let html = "<!DOCTYPE html><html><head><title>T &amp; x</title><style>p{x:1}</style></head>\
            <body><h1>Талон</h1><!-- a <div> comment --><div class=\"f\"><span>ФИО:</span>\n  <span>A&nbsp;&amp;\
            &#1241;&#x49;</span></div><svg><text>QR</text></svg><table><tr><th>a:</th><td>b</td></tr></table>\
            <p>x &unknown; y</p></body></html>";
        assert_eq!(text_of_html(html), "Талон\nФИО: A &әI\na: b\nx &unknown; y");
    }

    #[test]
    fn a_wrapped_value_goes_on_to_the_next_label() {
        let mut text = String::from("Attachment ticket\n");
        let lines = [
            "Ticket number: T-1",
            "Issued: 2026-11-25 14:31:00 (UTC+5)",
            "Full name: ТЕСТОВ ТЕСТ",
            "  ТЕСТОВИЧ",
            "Patient's IIN: 900101300453",
            "not a continuation of a fixed field",
            "Date of birth: 1990-01-01",
            "Организация: Поликлиника №1",
            "Address: Актау,",
            "3 мкр., д. 1",
            "BIN: 940140000385",
            "Directory code: MNG-0001",
            "District: 4",
            "District doctor: A B",
            "Attached from: 2026-11-25",
            "Home visits: yes",
            "Request number: R-1",
            "Registration number: X",
            "Signed by: C D",
            "Position: главный",
            "врач",
            "Signer's IIN: 790615300452",
            "",
            "a caption",
        ];
        for line in lines {
            text.push_str(line);
            text.push('\n');
        }
        let read = read(&text, "t.txt").unwrap();
        let get = |f: Field| read.iter().find(|(g, _)| *g == f).unwrap().1.clone();
        assert_eq!(get(Field::PatientName), "ТЕСТОВ ТЕСТ ТЕСТОВИЧ");
        assert_eq!(get(Field::PatientIin), "900101300453");
        assert_eq!(get(Field::ClinicName), "Поликлиника №1");
        assert_eq!(get(Field::ClinicAddress), "Актау, 3 мкр., д. 1");
        assert_eq!(get(Field::SignerPosition), "главный врач");
        assert_eq!(read.len(), 18);

        let twice = format!("{text}BIN: 1\n");
        let e = super::read(&twice, "t.txt").unwrap_err().to_string();
        assert!(e.contains("line 26") && e.contains("BIN") && e.contains("line 12"), "{e}");
        let missing = text.replace("District: 4\n", "");
        let e = super::read(&missing, "t.txt").unwrap_err().to_string();
        assert!(e.contains("lacks \"District:\""), "{e}");
        let e = super::read("nothing here", "t.txt").unwrap_err().to_string();
        assert!(e.contains("holds no printed ticket"), "{e}");
    }
}
