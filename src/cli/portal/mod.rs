//! `attach portal …`: administration of the local portal in the home. These commands never
//! talk to a remote portal: `--portal` is refused and `ATTACH_PORTAL` ignored.

mod nca;

use clap::Subcommand;

use super::Context;
use crate::error::{Error, Exit, Result};
use crate::portal::Portal;

#[derive(Debug, Subcommand)]
pub enum PortalCommand {
    /// Create the local portal's state (certification authority); refuses an existing one
    /// without --force.
    Init(InitArgs),
    /// The certification authority (НУЦ): issue, revoke, CRL, root.
    #[command(subcommand)]
    Nca(Box<nca::NcaCommand>),
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// Replace an existing portal (a new certification authority: old certificates stop verifying).
    #[arg(long)]
    force: bool,
}

pub fn run(ctx: &Context, command: PortalCommand) -> Result<Exit> {
    if ctx.portal_on_command_line {
        return Err(Error::input(
            "--portal",
            "`attach portal` administers the local portal in the home, never a remote one",
        ));
    }
    match command {
        PortalCommand::Init(args) => init(ctx, args),
        PortalCommand::Nca(command) => nca::run(ctx, *command),
    }
}

fn init(ctx: &Context, args: InitArgs) -> Result<Exit> {
    let portal = Portal::init(&ctx.home, args.force)?;
    let root = crate::portal::nca::root(&portal.store)?;
    let out = serde_json::json!({
        "home": ctx.home,
        "database": portal.store.path(),
        "root": {"subject": root.subject.common_name, "serial": root.serial, "valid_to": crate::clock::rfc3339(root.not_after)},
    });
    if ctx.json() {
        ctx.printer.json(&out)?;
    } else {
        ctx.printer.line(&format!("portal initialized in {}", ctx.home.display()))?;
    }
    Ok(Exit::Success)
}
