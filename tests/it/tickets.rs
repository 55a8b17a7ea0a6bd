//! The ticket a person can read (issue 17): on the screen, on paper (`ticket render`, `result
//! --render`, `batch --render`) and verified from its QR code (`verify-ticket --qr`,
//! `--qr-image`, `--printed`). The end-to-end test turns the printed ticket into pixels as a
//! person's printer and phone would — headless Chromium for the HTML page, `pdftoppm` for the
//! PDF — and reads the QR code back with `zbarimg`; `pdffonts` and `pdftotext` look inside the
//! PDF. `.ci/run` installs those tools; elsewhere a test that needs them says so and skips.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::home::{CITIZEN, Home, OPERATOR, both_backends};
use crate::util::{Outcome, Verdict, tool};

both_backends!(
    result_and_render_write_each_format_and_the_qr_text_proves_the_print,
    a_forged_print_is_caught_naming_the_field_online_and_offline,
    the_qr_code_alone_is_checked_against_the_portals_ticket,
    a_batch_renders_one_ticket_per_attached_row,
);

/// A citizen attached to MNG-0001: the result as `attach result` printed it.
fn attached(home: &Home) -> Vec<u8> {
    let me = home.citizen(CITIZEN);
    home.attach_to(&me, "MNG-0001", "first_attachment")
}

/// The QR code's text of the ticket in `result`, as a phone reads it off the paper.
fn qr_text(result: &[u8]) -> String {
    let result: Value = serde_json::from_slice(result).expect("a result");
    let jws: attach::pki::jws::Jws =
        serde_json::from_value(result["ticket"].clone()).expect("a signed ticket");
    attach::ticket::qr_text(&jws).expect("the QR code's text")
}

fn write(home: &Home, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = home.path(name);
    std::fs::write(&path, bytes).expect("a file of the test");
    path
}

fn read_text(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `verify-ticket --qr TEXT --printed FILE ARGS…`, expecting `exit`.
fn verify_print(home: &Home, qr: &str, printed: &Path, args: &[&str], exit: i32) -> Verdict {
    home.attach()
        .args(["verify-ticket", "--qr", qr, "--printed"])
        .arg(printed)
        .args(args)
        .run()
        .assert_exit(exit)
        .json()
}

fn result_and_render_write_each_format_and_the_qr_text_proves_the_print(home: &Home) {
    let result = attached(home);
    let request_id = serde_json::from_slice::<Value>(&result).expect("JSON")["request_id"]
        .as_str()
        .expect("request_id")
        .to_owned();
    // One step: the JSON result on stdout (and --out), the printable ticket in --render-out.
    let out = home
        .attach()
        .args([
            "result",
            &request_id,
            "--out",
            "result.json",
            "--render",
            "text",
            "--render-out",
            "ticket.txt",
        ])
        .run()
        .assert_exit(0);
    assert_eq!(out.json::<Value>(), serde_json::from_slice::<Value>(&result).expect("JSON"));
    assert_eq!(
        std::fs::read(home.path("result.json"))
            .map(|b| serde_json::from_slice::<Value>(&b).ok())
            .ok()
            .flatten(),
        serde_json::from_slice::<Value>(&result).ok(),
        "--out keeps its meaning, the JSON result"
    );
    let text = read_text(&home.path("ticket.txt"));
    for line in text.lines() {
        assert!(line.chars().count() <= 48, "a receipt line wider than 48 columns: {line:?}");
    }
    assert!(text.contains("Full name: ТЕСТОВ ТЕСТ ТЕСТОВИЧ"), "{text}");
    assert!(text.contains('▟') || text.contains('▙'), "the QR code in quadrant blocks:\n{text}");

    let qr = qr_text(&result);
    assert!(qr.starts_with("PHCT1/T-MNG-0001-000001/"), "{qr}");
    assert!(qr.len() < 260, "{} characters: more than version 8 at level M holds", qr.len());
    for (format, name) in [("html", "ticket.html"), ("text", "render.txt"), ("pdf", "ticket.pdf")] {
        home.attach()
            .args(["ticket", "render", "--format", format, "--out", name])
            .stdin(result.clone())
            .run()
            .assert_exit(0);
        let bytes = std::fs::read(home.path(name)).expect("the rendering");
        match format {
            "pdf" => assert!(bytes.starts_with(b"%PDF-"), "{name}"),
            "html" => {
                let page = String::from_utf8(bytes).expect("UTF-8");
                assert!(page.starts_with("<!DOCTYPE html>") && page.contains("@media print"), "{page}");
                // Self-contained: nothing fetched from anywhere.
                for link in ["http://", "https://", "src=", "<link", "@import", "url("] {
                    let fetched = page.replace("http://www.w3.org/2000/svg", "");
                    assert!(!fetched.contains(link), "the page fetches `{link}`");
                }
                let verdict = verify_print(home, &qr, &home.path(name), &[], 0);
                assert!(verdict.valid && verdict.check("printed").ok, "{verdict:#?}");
            }
            _ => {
                let verdict = verify_print(home, &qr, &home.path(name), &[], 0);
                assert!(verdict.valid, "{verdict:#?}");
            }
        }
    }
    // The paper is in the language asked for, else Russian.
    let russian = home
        .attach()
        .env_remove("ATTACH_LANG")
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .args(["ticket", "render", "--format", "text"])
        .stdin(result.clone())
        .run()
        .assert_exit(0);
    assert!(russian.stdout_str().contains("ИИН пациента: 900101300453"), "{}", russian.stdout_str());
    let kazakh = home
        .attach()
        .args(["--lang", "kk", "ticket", "render", "--format", "text"])
        .stdin(result)
        .run()
        .assert_exit(0);
    assert!(kazakh.stdout_str().contains("Пациенттің ЖСН: 900101300453"), "{}", kazakh.stdout_str());
    // A Kazakh print verifies as well as any.
    let kk = write(home, "kk.txt", kazakh.stdout);
    assert!(verify_print(home, &qr, &kk, &[], 0).valid);
}

fn a_forged_print_is_caught_naming_the_field_online_and_offline(home: &Home) {
    let result = attached(home);
    let qr = qr_text(&result);
    home.attach()
        .args(["ticket", "render", "--format", "html", "--out", "ticket.html"])
        .stdin(result)
        .run()
        .assert_exit(0);
    let page = read_text(&home.path("ticket.html"));
    for (field, from, to) in [
        ("Organization", "Поликлиника №1", "Поликлиника №2"),
        ("Full name", "ТЕСТОВ ТЕСТ ТЕСТОВИЧ", "ТЕСТОВА ТЕСТА ТЕСТОВНА"),
        ("Home visits", ">yes<", ">no<"),
    ] {
        assert!(page.contains(from), "{from}");
        let forged = write(home, "forged.html", page.replacen(from, to, 1));
        for args in [&[][..], &["--offline"][..]] {
            let verdict = verify_print(home, &qr, &forged, args, 7);
            assert!(!verdict.valid);
            let printed = verdict.check("printed");
            assert!(!printed.ok, "{args:?}: {verdict:#?}");
            assert!(printed.detail.contains(&format!("printed {field} `")), "{args:?}: {printed:?}");
            assert!(!verdict.check("signature").ok, "the signature is over what was signed");
        }
    }
    // A print that lacks a field is no print of a ticket: exit 2, naming the label.
    let cut = write(home, "cut.html", page.replace("<span class=\"l\">District:</span>", "<span>x</span>"));
    let out = home.attach().args(["verify-ticket", "--qr", &qr, "--printed"]).arg(&cut).run().assert_exit(2);
    assert!(out.stderr.contains("lacks \"District:\""), "{}", out.stderr);
}

fn the_qr_code_alone_is_checked_against_the_portals_ticket(home: &Home) {
    let result = attached(home);
    let qr = qr_text(&result);
    let verdict: Verdict = home.attach().args(["verify-ticket", "--qr", &qr]).run().assert_exit(0).json();
    assert!(verdict.valid && verdict.check("qr").ok, "{verdict:#?}");
    assert_eq!(verdict.state.as_deref(), Some("current"));

    // Another signature under the same number: the portal holds no such ticket.
    let mut parts: Vec<String> = qr.split('/').map(str::to_owned).collect();
    let signature = &mut parts[5];
    let flipped = if signature.starts_with('A') { "B" } else { "A" };
    signature.replace_range(0..1, flipped);
    let forged = parts.join("/");
    let verdict: Verdict = home.attach().args(["verify-ticket", "--qr", &forged]).run().assert_exit(7).json();
    assert!(!verdict.check("qr").ok, "{verdict:#?}");

    // Text that is no ticket's QR code is bad input, said as such.
    let out = home.attach().args(["verify-ticket", "--qr", "https://example.org/"]).run().assert_exit(2);
    assert!(out.stderr.contains("is not the QR code of a printed ticket"), "{}", out.stderr);
    // Offline, the code alone cannot be checked: it needs the printed fields.
    let out = home.attach().args(["verify-ticket", "--offline", "--qr", &qr]).run().assert_exit(2);
    assert!(out.stderr.contains("--printed"), "{}", out.stderr);
}

fn a_batch_renders_one_ticket_per_attached_row(home: &Home) {
    let op = home.operator();
    let people = home.people(3, &["--region", "Актау", "--living", "--adults", "--unattached"]);
    let mut csv = String::from("iin,org,reason\n");
    for person in people.iter().filter(|p| p.iin != OPERATOR && p.iin != CITIZEN).take(2) {
        csv.push_str(&format!("{},MNG-0001,first_attachment\n", person.iin));
    }
    write(home, "people.csv", &csv);
    let out = home
        .attach()
        .args(["batch", "people.csv"])
        .args(op.key_arg())
        .args(["--wait", "--render", "pdf", "--render-dir", "tickets"])
        .run()
        .assert_exit(0);
    let numbers: Vec<String> = out
        .stdout_str()
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|row| row["outcome"] == "attached")
        .filter_map(|row| row["ticket_number"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(numbers.len(), csv.lines().count() - 1, "{}", out.stdout_str());
    let mut written: Vec<String> = std::fs::read_dir(home.path("tickets"))
        .expect("the render directory")
        .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    let mut expected: Vec<String> = numbers.iter().map(|n| format!("{n}.pdf")).collect();
    expected.sort();
    assert_eq!(written, expected);
    for name in &written {
        let bytes = std::fs::read(home.path("tickets").join(name)).expect("a ticket");
        assert!(bytes.starts_with(b"%PDF-"), "{name}");
    }
    // --render without --wait has no tickets to write: a usage error.
    home.attach()
        .args(["batch", "people.csv"])
        .args(op.key_arg())
        .args(["--render", "pdf", "--render-dir", "tickets"])
        .run()
        .assert_exit(2);
}

/// The external tools of the end-to-end test, when every one is installed. In CI (`CI` set,
/// as `.ci/run` sets it) a missing tool fails the test; elsewhere the test says what to
/// install and skips.
fn tools(names: &[&str]) -> bool {
    let missing: Vec<&str> = names
        .iter()
        .copied()
        .filter(|name| {
            let found = std::process::Command::new(name).arg("--version").output();
            // zbarimg and pdftoppm answer --version (or -v) on stderr, some with exit 1.
            found.is_err()
        })
        .collect();
    if missing.is_empty() {
        return true;
    }
    let message = format!(
        "{} not installed (Debian: apt-get install chromium poppler-utils zbar-tools): the printed-ticket test is skipped",
        missing.join(", ")
    );
    assert!(std::env::var_os("CI").is_none(), "{message}; CI must run it");
    eprintln!("{message}");
    false
}

/// `program ARGS…`, which must succeed.
fn run_ok(program: &str, args: &[&OsStr], dir: &Path) -> std::process::Output {
    let out = tool(program, args, dir);
    assert!(
        out.status.success(),
        "`{program}` failed ({}): {}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The QR code `zbarimg` reads in a PNG.
fn zbar(png: &Path, dir: &Path) -> String {
    let out = run_ok("zbarimg", &[OsStr::new("-q"), OsStr::new("--raw"), png.as_os_str()], dir);
    String::from_utf8(out.stdout).expect("UTF-8").trim().to_owned()
}

/// The PDF's first page as a picture at 150 dpi: `picture`.png or .jpg, as `format` (`png`,
/// `jpeg`) says.
fn rasterize(pdf: &Path, picture: &Path, format: &str, dir: &Path) {
    let format = format!("-{format}");
    let args = [OsStr::new("-r"), OsStr::new("150"), OsStr::new(&format), OsStr::new("-singlefile")];
    run_ok("pdftoppm", &[&args[..], &[pdf.as_os_str(), picture.as_os_str()]].concat(), dir);
}

/// `verify-ticket --qr-image PICTURE --printed PRINTED`: the code decoded in Rust, valid.
fn verify_picture(home: &Home, picture: &Path, printed: &Path) -> Verdict {
    home.attach()
        .args(["verify-ticket", "--qr-image"])
        .arg(picture)
        .arg("--printed")
        .arg(printed)
        .run()
        .assert_exit(0)
        .json()
}

/// The HTML page as headless Chromium draws it on an A4-sized window at 150 dpi.
fn screenshot(html: &Path, png: &Path, dir: &Path) {
    let profile = dir.join("chromium-profile");
    let url = format!("file://{}", html.display());
    let screenshot = format!("--screenshot={}", png.display());
    let profile = format!("--user-data-dir={}", profile.display());
    let args = [
        "--headless",
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-gpu",
        "--hide-scrollbars",
        &profile,
        &screenshot,
        "--window-size=1240,1754",
        &url,
    ];
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    run_ok("chromium", &args, dir);
    assert!(png.is_file(), "chromium wrote no screenshot");
}

/// Printed and photographed: the HTML page through Chromium, the PDF through pdftoppm at 150
/// dpi; zbarimg reads the QR code off each picture, and `verify-ticket` finds the print valid
/// with it — and a print with one field changed invalid, naming that field.
#[test]
fn a_printed_ticket_is_proved_by_its_qr_code_read_off_the_picture() {
    if !tools(&["chromium", "pdftoppm", "zbarimg", "pdftotext"]) {
        return;
    }
    let home = Home::new();
    let result = attached(&home);
    let dir = home.dir.clone();
    for format in ["html", "pdf"] {
        home.attach()
            .args(["ticket", "render", "--format", format, "--out", &format!("ticket.{format}")])
            .stdin(result.clone())
            .run()
            .assert_exit(0);
    }

    screenshot(&home.path("ticket.html"), &home.path("html.png"), &dir);
    let from_html = zbar(&home.path("html.png"), &dir);
    assert_eq!(from_html, qr_text(&result));

    let pdf = home.path("ticket.pdf");
    rasterize(&pdf, &home.path("pdf"), "png", &dir);
    let from_pdf = zbar(&home.path("pdf.png"), &dir);
    assert_eq!(from_pdf, from_html);

    // The HTML page and the PDF's text are each proved by the code read off the picture.
    let verdict = verify_print(&home, &from_html, &home.path("ticket.html"), &[], 0);
    assert!(verdict.valid && verdict.check("printed").ok, "{verdict:#?}");
    run_ok("pdftotext", &[pdf.as_os_str(), home.path("pdf.txt").as_os_str()], &dir);
    let verdict = verify_print(&home, &from_pdf, &home.path("pdf.txt"), &[], 0);
    assert!(verdict.valid, "{verdict:#?}");
    // The photo itself, decoded in Rust.
    let verdict = verify_picture(&home, &home.path("pdf.png"), &home.path("ticket.html"));
    assert!(verdict.valid, "{verdict:#?}");
    // And as a JPEG, as a phone's camera saves it.
    rasterize(&pdf, &home.path("photo"), "jpeg", &dir);
    let verdict = verify_picture(&home, &home.path("photo.jpg"), &home.path("ticket.html"));
    assert!(verdict.valid && verdict.check("printed").ok, "{verdict:#?}");

    // One printed field changed, the same QR code: exit 7, naming the field.
    let page = read_text(&home.path("ticket.html"));
    let forged = write(&home, "forged.html", page.replacen("СЕРИКОВА АЙГУЛЬ МАРАТОВНА", "ИВАНОВА АННА", 1));
    let verdict = verify_print(&home, &from_html, &forged, &[], 7);
    let printed = verdict.check("printed");
    assert!(!printed.ok && printed.detail.contains("District doctor"), "{verdict:#?}");
}

/// The A5 ticket's QR code is as readable as the A4 one's (at least 30 mm wide, its modules
/// whole pixels at 150 dpi): read by zbarimg, and by `--qr-image`, off a 150 dpi rendering in
/// each language, it proves the PDF's printed fields.
/// The A5 PDF of `result`'s ticket in `lang`, written to `name` in the home's directory.
fn a5_pdf(home: &Home, result: &[u8], lang: &str, name: &str) -> std::path::PathBuf {
    let pdf = home.path(name);
    home.attach()
        .args(["--lang", lang, "ticket", "render", "--format", "pdf", "--paper", "a5", "--out"])
        .arg(&pdf)
        .stdin(result.to_vec())
        .run()
        .assert_exit(0);
    pdf
}

#[test]
fn the_a5_pdfs_qr_code_reads_at_150_dpi_and_proves_the_print() {
    if !tools(&["pdftoppm", "zbarimg", "pdftotext"]) {
        return;
    }
    let home = Home::new();
    let result = attached(&home);
    let dir = home.dir.clone();
    for lang in ["ru", "kk", "en"] {
        let pdf = a5_pdf(&home, &result, lang, &format!("a5-{lang}.pdf"));
        rasterize(&pdf, &home.path(&format!("a5-{lang}")), "png", &dir);
        let read = zbar(&home.path(&format!("a5-{lang}.png")), &dir);
        assert_eq!(read, qr_text(&result), "{lang}");
        let txt = home.path(&format!("a5-{lang}.txt"));
        run_ok("pdftotext", &[pdf.as_os_str(), txt.as_os_str()], &dir);
        let verdict = verify_print(&home, &read, &txt, &[], 0);
        assert!(verdict.valid && verdict.check("printed").ok, "{lang}: {verdict:#?}");
        // The picture itself, decoded in Rust.
        let verdict = verify_picture(&home, &home.path(&format!("a5-{lang}.png")), &txt);
        assert!(verdict.valid, "{lang}: {verdict:#?}");
    }
}

/// The PDF embeds its font, and its text extracts intact in Kazakh and in Russian: every
/// label and value, and each Kazakh letter the paper uses.
#[test]
fn the_pdf_embeds_its_font_and_its_kazakh_and_russian_text_extracts_intact() {
    if !tools(&["pdffonts", "pdftotext"]) {
        return;
    }
    let home = Home::new();
    let result = attached(&home);
    let dir = home.dir.clone();
    let qr = qr_text(&result);
    for (lang, words) in [
        (
            "kk",
            &["Пациенттің ЖСН: 900101300453", "Үйде қызмет көрсету: иә", "Ұйым: Поликлиника №1", "Өтінім"][..],
        ),
        (
            "ru",
            &["ИИН пациента: 900101300453", "Обслуживание на дому: да", "Организация: Поликлиника №1"][..],
        ),
    ] {
        let pdf = a5_pdf(&home, &result, lang, &format!("{lang}.pdf"));
        let fonts = String::from_utf8(run_ok("pdffonts", &[pdf.as_os_str()], &dir).stdout).expect("UTF-8");
        let embedded: Vec<&str> = fonts.lines().skip(2).filter(|l| l.contains("DejaVuSans")).collect();
        assert!(!embedded.is_empty(), "{fonts}");
        for line in &embedded {
            // name, type, encoding, then emb sub uni: all yes.
            let flags: Vec<&str> = line.split_whitespace().rev().skip(2).take(3).collect();
            assert_eq!(flags, ["yes", "yes", "yes"], "{fonts}");
        }
        let txt = home.path(&format!("{lang}.txt"));
        run_ok("pdftotext", &[pdf.as_os_str(), txt.as_os_str()], &dir);
        let text = read_text(&txt);
        for word in words {
            assert!(text.contains(word), "{lang}: no `{word}` in\n{text}");
        }
        if lang == "kk" {
            for letter in ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і'] {
                assert!(text.to_lowercase().contains(letter), "no {letter} in\n{text}");
            }
        }
        // Intact means the extracted text is the print: it verifies against the QR code.
        let verdict = verify_print(&home, &qr, &txt, &[], 0);
        assert!(verdict.valid, "{lang}: {verdict:#?}");
    }
}

/// A refused result has no ticket to print: it is passed on, exit 5.
#[test]
fn rendering_a_refused_result_passes_it_on() {
    let home = Home::new();
    let refused = br#"{"request_id":"R-000009","outcome":"refused","refusal":{"code":"not_in_service_area","message":"x"}}"#;
    let out: Outcome = home
        .attach()
        .args(["ticket", "render", "--format", "text"])
        .stdin(refused.to_vec())
        .run()
        .assert_exit(5);
    let again: Value = out.json();
    assert_eq!(again["outcome"], "refused");
}

/// `examples/tickets.sh` makes every sample the README links, and verifies the print from the
/// code it reads off the PNG; the samples and the font's licence are in the repository.
#[test]
fn the_samples_script_makes_what_the_readme_shows() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README");
    let samples = ["ticket.pdf", "ticket.html", "ticket.txt", "ticket.kk.txt", "ticket.png"];
    for name in samples {
        assert!(readme.contains(&format!("examples/tickets/{name}")), "the README does not show {name}");
        assert!(
            root.join("examples/tickets").join(name).is_file(),
            "examples/tickets/{name} is not checked in"
        );
    }
    assert!(readme.contains("bash examples/tickets.sh"));
    let licence =
        std::fs::read_to_string(root.join("assets/fonts/LICENSE-DejaVu.txt")).expect("the font's licence");
    assert!(licence.contains("Bitstream"), "{licence}");

    if !tools(&["pdftoppm", "zbarimg"]) {
        return;
    }
    let dir = crate::fixture::temp_dir();
    let out = dir.path().join("samples");
    let run = assert_cmd::Command::new("bash")
        .arg(root.join("examples/tickets.sh"))
        .arg(&out)
        .env("ATTACH", env!("CARGO_BIN_EXE_attach"))
        .env("ATTACH_LANG", "en")
        .env("TMPDIR", dir.path())
        .env_remove("ATTACH_HOME")
        .env_remove("ATTACH_PORTAL")
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .expect("bash runs");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(0), "{stdout}{}", String::from_utf8_lossy(&run.stderr));
    for name in samples {
        assert!(out.join(name).is_file(), "no {name}:\n{stdout}");
    }
    assert!(
        stdout.lines().any(|l| l == "VALID: ticket T-MNG-0001-000001 is authentic and in force"),
        "{stdout}"
    );
    let text = read_text(&out.join("ticket.txt"));
    assert!(text.contains("ИИН пациента: 900101300453"), "Russian, the paper's default:\n{text}");
}

/// Offline, with no portal at all: the root, its CRL and the signer's certificate with its
/// issuing CA, each from a file, prove a print from its QR code; a forged one is named.
#[test]
fn a_print_is_proved_offline_with_no_portal_from_files() {
    use base64::Engine;
    let home = Home::new();
    let result = attached(&home);
    let qr = qr_text(&result);
    home.attach()
        .args(["ticket", "render", "--format", "text", "--out", "ticket.txt"])
        .stdin(result.clone())
        .run()
        .assert_exit(0);
    let root = home.attach().args(["portal", "nca", "ca"]).run().assert_exit(0).stdout;
    write(&home, "root.pem", root);
    let crl = home.attach().args(["portal", "nca", "crl"]).run().assert_exit(0).stdout;
    write(&home, "crl.pem", crl);
    // The signer's chain as the ticket's x5c names it, written as PEM.
    let result: Value = serde_json::from_slice(&result).expect("JSON");
    let header =
        attach::pki::jws::unb64url(result["ticket"]["protected"].as_str().expect("protected")).expect("b64");
    let header: Value = serde_json::from_slice(&header).expect("header");
    let mut chain = String::new();
    for der in header["x5c"].as_array().expect("x5c") {
        let der =
            base64::engine::general_purpose::STANDARD.decode(der.as_str().expect("base64")).expect("DER");
        chain.push_str(&attach::pki::cert::Cert::from_der(&der).expect("a certificate").pem());
    }
    write(&home, "signer.pem", chain);

    // A home with no portal in it: nothing to ask, everything from the files.
    let elsewhere = home.dir.join("elsewhere");
    let verify = |printed: &str, exit: i32| -> Verdict {
        crate::util::Attach::new(&elsewhere)
            .args(["verify-ticket", "--offline", "--qr", &qr, "--printed", printed])
            .args(["--trust", "root.pem", "--crl", "crl.pem", "--signer-cert", "signer.pem"])
            .current_dir(&home.dir)
            .run()
            .assert_exit(exit)
            .json()
    };
    let verdict = verify("ticket.txt", 0);
    assert!(verdict.valid && verdict.state.is_none(), "{verdict:#?}");
    let text = read_text(&home.path("ticket.txt"));
    write(&home, "forged.txt", text.replacen("District: 4", "District: 5", 1));
    let verdict = verify("forged.txt", 7);
    assert!(verdict.check("printed").detail.contains("printed District `5`"), "{verdict:#?}");
    assert!(!elsewhere.exists(), "verify-ticket initialized a home");

    // Without the signer's certificate there is nothing to check the signature with: said so.
    let out = crate::util::Attach::new(&elsewhere)
        .args(["verify-ticket", "--offline", "--qr", &qr, "--printed", "ticket.txt", "--trust", "root.pem"])
        .current_dir(&home.dir)
        .run()
        .assert_exit(2);
    assert!(out.stderr.contains("--signer-cert"), "{}", out.stderr);
}

/// The screen speaks the language asked for: labels, verdict and the names of the checks.
#[test]
fn the_screen_is_in_the_language_asked_for() {
    let home = Home::new();
    let result = attached(&home);
    for (lang, words) in [
        (
            "ru",
            &[
                "ИИН пациента",
                "900101300453",
                "Участковый врач",
                "ДЕЙСТВИТЕЛЕН: талон T-MNG-0001-000001",
                "цепочка сертификатов",
            ][..],
        ),
        (
            "kk",
            &["Пациенттің ЖСН", "900101300453", "Учаскелік дәрігер", "ЖАРАМДЫ: T-MNG-0001-000001 талоны"][..],
        ),
    ] {
        let out = home
            .attach()
            .args(["--lang", lang, "verify-ticket", "-o", "table"])
            .stdin(result.clone())
            .run()
            .assert_exit(0);
        for word in words {
            assert!(out.stdout_str().contains(word), "{lang}: no `{word}` in\n{}", out.stdout_str());
        }
    }
}
