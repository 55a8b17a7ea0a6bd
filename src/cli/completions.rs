//! `attach completions SHELL` and `attach man`, generated from the same clap definitions as
//! the parser so they cannot drift from it.

use clap::CommandFactory;
use clap_complete::Shell;

use super::{Cli, Context};
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
    clap_complete::generate(shell, &mut Cli::command(), "attach", &mut out);
    out
}

pub fn completions(ctx: &Context, args: CompletionsArgs) -> Result<Exit> {
    ctx.printer.raw(&script(args.shell))?;
    Ok(Exit::Success)
}

pub fn man(ctx: &Context) -> Result<Exit> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(|source| Error::Io { context: "cannot render the man page", source })?;
    ctx.printer.raw(&out)?;
    Ok(Exit::Success)
}
