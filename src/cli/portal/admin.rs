//! `attach portal accounts list|unlock|reset-password`, `portal staff list|remove` and `portal
//! orgs set ORG capacity N|open|closed`: the administrator's work on the home's portal, each
//! written to its audit log.

use clap::Subcommand;
use serde::Serialize;

use crate::cli::{Context, input};
use crate::error::{Error, Exit, Result};
use crate::portal::admin::{self, AccountRow, OrgChange};
use crate::t;

#[derive(Debug, Subcommand)]
pub enum AccountsCommand {
    /// Every account: role, clinic, registration, lockout.
    List(ListArgs),
    /// Unlock an account locked after failed logins.
    Unlock(IinArgs),
    /// Set a new password and end the account's sessions.
    ResetPassword(ResetArgs),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only the accounts locked now, after failed logins.
    #[arg(long)]
    locked: bool,
    /// Only accounts of this role.
    #[arg(long, value_parser = ["citizen", "operator"])]
    role: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct IinArgs {
    /// The account's IIN.
    #[arg(long)]
    iin: String,
}

#[derive(Debug, clap::Args)]
pub struct ResetArgs {
    /// The account's IIN.
    #[arg(long)]
    iin: String,
    /// Read the new password from the first line of standard input [default: ATTACH_PASSWORD,
    /// or a prompt].
    #[arg(long)]
    password_stdin: bool,
}

#[derive(Debug, clap::Args)]
pub struct StaffListArgs {
    /// Only the operators of this clinic.
    #[arg(long)]
    org: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum OrgsCommand {
    /// Set a clinic's capacity, or open or close it.
    Set(OrgSetArgs),
}

#[derive(Debug, clap::Args)]
pub struct OrgSetArgs {
    /// The clinic, by directory id.
    #[arg(value_name = "ORG")]
    org: String,
    /// `capacity N` (people over all its districts), `open` or `closed`.
    #[arg(value_name = "WHAT", num_args = 1..=2, required = true)]
    what: Vec<String>,
}

fn account_rows(ctx: &Context, rows: &[AccountRow]) -> Result<()> {
    if ctx.json() {
        for row in rows {
            ctx.printer.json(row)?;
        }
        return Ok(());
    }
    let header = [
        "col-iin",
        "col-role",
        "col-clinic",
        "col-registered",
        "col-locked-until",
        "col-failures",
        "col-sessions",
    ]
    .map(|k| t!(k));
    let human = |at: &str| crate::clock::parse_rfc3339(at).map_or_else(|| at.to_owned(), crate::clock::human);
    let table = rows
        .iter()
        .map(|a| {
            vec![
                a.iin.clone(),
                t!("me-role-value", role = a.role.as_str()),
                a.org.clone().unwrap_or_default(),
                human(&a.registered_at),
                a.locked_until.as_deref().map(human).unwrap_or_default(),
                a.failures.to_string(),
                a.sessions.to_string(),
            ]
        })
        .collect();
    ctx.printer.table(&header, table)
}

#[derive(Debug, Serialize)]
struct Done<'a> {
    iin: &'a str,
    action: &'a str,
    /// Addresses whose failures were forgotten, or sessions ended.
    count: usize,
}

fn done(ctx: &Context, out: Done<'_>, line: String) -> Result<Exit> {
    if ctx.json() {
        ctx.printer.json(&out)?;
    } else {
        ctx.printer.line(&line)?;
    }
    Ok(Exit::Success)
}

pub fn accounts(ctx: &Context, command: AccountsCommand) -> Result<Exit> {
    match command {
        AccountsCommand::List(args) => {
            let portal = ctx.embedded_portal()?;
            let rows = admin::accounts(&portal.store, args.role.as_deref(), None, args.locked)?;
            account_rows(ctx, &rows)?;
            Ok(Exit::Success)
        }
        AccountsCommand::Unlock(args) => {
            let iin = input::iin(&args.iin)?;
            let mut portal = ctx.embedded_portal()?;
            let cleared = admin::unlock(&mut portal.store, &iin)?;
            let iin = iin.to_string();
            done(
                ctx,
                Done { iin: &iin, action: "unlock", count: cleared },
                t!("admin-unlocked", iin = iin.as_str()),
            )
        }
        AccountsCommand::ResetPassword(args) => {
            let iin = input::iin(&args.iin)?;
            let password = input::password(args.password_stdin, &format!("{} ", t!("admin-new-password")))?;
            let mut portal = ctx.embedded_portal()?;
            let ended = admin::reset_password(&mut portal.store, &iin, &password)?;
            let iin = iin.to_string();
            done(
                ctx,
                Done { iin: &iin, action: "reset_password", count: ended },
                t!("admin-password-reset", iin = iin.as_str(), sessions = ended),
            )
        }
    }
}

pub fn staff_list(ctx: &Context, args: StaffListArgs) -> Result<Exit> {
    let portal = ctx.embedded_portal()?;
    let rows = admin::accounts(&portal.store, Some("operator"), args.org.as_deref(), false)?;
    account_rows(ctx, &rows)?;
    Ok(Exit::Success)
}

pub fn staff_remove(ctx: &Context, args: IinArgs) -> Result<Exit> {
    let iin = input::iin(&args.iin)?;
    let mut portal = ctx.embedded_portal()?;
    let ended = admin::remove_operator(&mut portal.store, &iin)?;
    let iin = iin.to_string();
    done(
        ctx,
        Done { iin: &iin, action: "remove_operator", count: ended },
        t!("admin-operator-removed", iin = iin.as_str(), sessions = ended),
    )
}

pub fn orgs(ctx: &Context, command: OrgsCommand) -> Result<Exit> {
    let OrgsCommand::Set(args) = command;
    let words: Vec<&str> = args.what.iter().map(String::as_str).collect();
    let change = match words.as_slice() {
        ["open"] => OrgChange::Open,
        ["closed" | "close"] => OrgChange::Closed,
        ["capacity", n] => match n.parse::<u64>() {
            Ok(n) => OrgChange::Capacity(n),
            Err(_) => return Err(Error::input("capacity", t!("admin-bad-capacity", value = *n))),
        },
        _ => return Err(Error::input("WHAT", t!("admin-bad-org-change", given = words.join(" ")))),
    };
    let mut portal = ctx.embedded_portal()?;
    let org = admin::set_org(&mut portal.store, &args.org, change)?;
    if ctx.json() {
        ctx.printer.json(&org)?;
    } else {
        let state = if org.open { t!("admin-org-open") } else { t!("admin-org-closed") };
        ctx.printer.line(&t!(
            "admin-org-set",
            org = org.id.as_str(),
            capacity = crate::render::grouped(org.capacity),
            attached = crate::render::grouped(org.attached),
            state = state
        ))?;
    }
    Ok(Exit::Success)
}
