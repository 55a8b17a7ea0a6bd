//! `attach completions SHELL` and `attach man`, generated from the same clap definitions as
//! the parser so they cannot drift from it.

use clap_complete::Shell;

use super::{Context, english_command};
use crate::error::{Error, Exit, Result};

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish.
    #[arg(value_enum)]
    shell: Shell,
}

/// The completion script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut english_command(), "attach", &mut out);
    out
}

pub fn completions(ctx: &Context, args: CompletionsArgs) -> Result<Exit> {
    ctx.printer.raw(&script(args.shell))?;
    Ok(Exit::Success)
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Write one page for each command into DIR — attach.1, attach-status.1,
    /// attach-portal-nca-issue.1, … — instead of printing the main page.
    #[arg(long, value_name = "DIR")]
    dir: Option<std::path::PathBuf>,
}

pub fn man(ctx: &Context, args: ManArgs) -> Result<Exit> {
    let pages = pages();
    let Some(dir) = args.dir else {
        let (_, main) = pages.into_iter().next().unwrap_or_default();
        ctx.printer.raw(&main)?;
        return Ok(Exit::Success);
    };
    std::fs::create_dir_all(&dir).map_err(|source| Error::Write { path: dir.clone(), source })?;
    let mut written = Vec::new();
    for (name, page) in pages {
        let path = dir.join(&name);
        crate::files::write_atomic(&path, &page, 0o644)?;
        written.push(name);
    }
    if ctx.json() {
        ctx.printer.json(&serde_json::json!({"dir": dir, "pages": written}))?;
    } else {
        ctx.printer.line(&crate::t!(
            "man-written",
            count = written.len(),
            dir = dir.display().to_string()
        ))?;
    }
    Ok(Exit::Success)
}

/// Every page, the main one first: `(file name, roff)`. Each names its command's
/// subcommands' pages, and each of those exists.
pub fn pages() -> Vec<(String, Vec<u8>)> {
    let mut command = english_command().disable_help_subcommand(true);
    command.build();
    let mut pages = Vec::new();
    walk(&command, "", None, &mut pages);
    pages
}

fn walk(command: &clap::Command, path: &str, parent: Option<&str>, pages: &mut Vec<(String, Vec<u8>)>) {
    let (name, page) = page(command, path, parent);
    let stem = name.trim_end_matches(".1").to_owned();
    pages.push((name, page));
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let path =
            if path.is_empty() { sub.get_name().to_owned() } else { format!("{path}-{}", sub.get_name()) };
        walk(sub, &path, Some(&stem), pages);
    }
}

/// Text for roff: a backslash and a leading dot or quote would be read as requests.
fn roff_text(line: &str) -> String {
    let escaped = line.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) { format!("\\&{escaped}") } else { escaped }
}

/// One command's page: NAME, SYNOPSIS, DESCRIPTION, OPTIONS and its subcommands as clap_mangen
/// writes them, then EXAMPLES, ENVIRONMENT, EXIT STATUS and SEE ALSO.
fn page(command: &clap::Command, path: &str, parent: Option<&str>) -> (String, Vec<u8>) {
    let man = clap_mangen::Man::new(command.clone())
        .source(format!("attach {}", env!("CARGO_PKG_VERSION")))
        .manual("attach");
    let name = man.get_filename();
    let mut out = Vec::new();
    let render = |out: &mut Vec<u8>| -> std::io::Result<()> {
        man.render_title(out)?;
        man.render_name_section(out)?;
        man.render_synopsis_section(out)?;
        man.render_description_section(out)?;
        if command.get_arguments().any(|a| !a.is_hide_set()) {
            man.render_options_section(out)?;
        }
        if command.has_subcommands() {
            man.render_subcommands_section(out)?;
        }
        Ok(())
    };
    // Writing to a Vec does not fail.
    let _ = render(&mut out);
    let mut roff = String::new();
    let examples = if path.is_empty() { super::examples("status") } else { super::examples(path) };
    if let Some(examples) = examples {
        roff.push_str(".SH EXAMPLES\n");
        for line in examples.lines().map(str::trim) {
            match line.strip_prefix("# ") {
                Some(comment) => roff.push_str(&format!(".PP\n{}\n", roff_text(comment))),
                None => roff.push_str(&format!(".PP\n.RS 4\n.nf\n{}\n.fi\n.RE\n", roff_text(line))),
            }
        }
    }
    roff.push_str(".SH ENVIRONMENT\n");
    for (var, what) in ENVIRONMENT {
        roff.push_str(&format!(".TP\n.B {}\n{}\n", roff_text(var), roff_text(what)));
    }
    roff.push_str(".SH \"EXIT STATUS\"\n.nf\n");
    for line in crate::i18n::with(crate::i18n::Lang::En, || crate::t!("help-exit-codes")).lines() {
        roff.push_str(&format!("{}\n", roff_text(line.trim_end())));
    }
    roff.push_str(".fi\n.SH \"SEE ALSO\"\n");
    let mut see: Vec<String> = parent.map(|p| format!("{p}(1)")).into_iter().collect();
    let stem = name.trim_end_matches(".1");
    see.extend(
        command.get_subcommands().filter(|s| !s.is_hide_set()).map(|s| format!("{stem}-{}(1)", s.get_name())),
    );
    if see.is_empty() {
        see.push("attach(1)".to_owned());
    }
    roff.push_str(&format!("{}\n", roff_text(&see.join(", "))));
    out.extend_from_slice(roff.as_bytes());
    (name, out)
}

/// The environment every command reads.
const ENVIRONMENT: [(&str, &str); 9] = [
    ("ATTACH_HOME", "The home directory: sessions and the embedded portal (as --home)."),
    ("ATTACH_PORTAL", "The portal to talk to over HTTP(S) (as --portal); portal commands ignore it."),
    ("ATTACH_TLS_CA", "An extra trusted root for the portal's TLS certificate (as --tls-ca)."),
    ("ATTACH_LANG", "The language: en, ru or kk (as --lang); else LC_ALL, LC_MESSAGES or LANG."),
    ("ATTACH_PASSWORD", "The account's password, when neither --password-stdin nor a terminal gives it."),
    ("ATTACH_KEY_PASSWORD", "The password of a PKCS#12 key."),
    (
        "ALL_PROXY, HTTPS_PROXY, HTTP_PROXY, NO_PROXY",
        "The proxy to reach the portal through, and the hosts reached directly.",
    ),
    ("XDG_DATA_HOME", "The home is $XDG_DATA_HOME/attach when neither --home nor ATTACH_HOME is given."),
    ("COLUMNS", "The width tables fit when stdout is not a terminal's."),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The scripts under `completions/` are generated; this fails when they are stale.
    /// Regenerate with `attach completions SHELL > completions/FILE`.
    #[test]
    fn checked_in_completions_are_current() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
        for (shell, file) in [
            (Shell::Bash, "attach.bash"),
            (Shell::Zsh, "_attach"),
            (Shell::Fish, "attach.fish"),
            (Shell::PowerShell, "_attach.ps1"),
            (Shell::Elvish, "attach.elv"),
        ] {
            let checked_in = std::fs::read(dir.join(file)).unwrap_or_default();
            assert!(
                checked_in == script(shell),
                "completions/{file} is stale: run `cargo run -- completions {shell} > completions/{file}`"
            );
        }
    }

    #[test]
    fn man_page_renders() {
        let pages = pages();
        let text = String::from_utf8(pages[0].1.clone()).unwrap();
        assert_eq!(pages[0].0, "attach.1");
        assert!(text.contains(".TH attach"), "{}", &text[..200.min(text.len())]);
        assert!(text.contains("verify\\-ticket"));
    }

    /// Regression: `attach man` named attach-register(1) and other pages that did not exist.
    #[test]
    fn every_page_named_exists_and_has_its_sections() {
        let pages = pages();
        let names: std::collections::HashSet<String> =
            pages.iter().map(|(name, _)| name.trim_end_matches(".1").to_owned()).collect();
        for want in ["attach", "attach-register", "attach-status", "attach-portal-nca-issue", "attach-me"] {
            assert!(names.contains(want), "no page {want}: {names:?}");
        }
        for (name, page) in &pages {
            let text = String::from_utf8_lossy(page);
            for section in
                [".SH NAME", ".SH SYNOPSIS", ".SH EXAMPLES", ".SH ENVIRONMENT", ".SH \"EXIT STATUS\""]
            {
                assert!(text.contains(section), "{name} lacks {section}");
            }
            // Every page it names, by `NAME(1)`, is one of the pages.
            for word in text.split(|c: char| c.is_whitespace() || c == ',') {
                if let Some(named) = word.strip_suffix("(1)") {
                    let named = named.replace("\\-", "-");
                    assert!(names.contains(&named), "{name} names {named}(1), which is no page");
                }
            }
        }
    }
}
