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

pub fn man(ctx: &Context) -> Result<Exit> {
    let mut out = Vec::new();
    clap_mangen::Man::new(english_command())
        .render(&mut out)
        .map_err(|source| Error::Io { context: "io-man-page", source })?;
    ctx.printer.raw(&out)?;
    Ok(Exit::Success)
}

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
        let mut out = Vec::new();
        clap_mangen::Man::new(crate::cli::english_command()).render(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(".TH attach"), "{}", &text[..200.min(text.len())]);
        assert!(text.contains("verify\\-ticket"));
    }
}
