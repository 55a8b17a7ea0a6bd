//! `attach portal …`: administration of the local portal in the home. These commands never
//! talk to a remote portal: `--portal` is refused and `ATTACH_PORTAL` ignored.

mod admin;
mod nca;

use clap::Subcommand;

use super::{Context, input};
use crate::error::{Error, Exit, Result};
use crate::portal::registry::{AgeFilter, AttachmentFilter, PeopleFilter};
use crate::portal::{Portal, SeedOptions, accounts, http, identity, registry, settings, stats};

#[derive(Debug, Subcommand)]
pub enum PortalCommand {
    /// Create the local portal's state: certification authority, ГБД ФЛ, clinics; refuses an
    /// existing one without --force.
    Init(InitArgs),
    /// Serve the portal API over HTTP(S) from this home, until SIGINT or SIGTERM.
    Serve(ServeArgs),
    /// The seeded state database of individuals (ГБД ФЛ).
    People(PeopleArgs),
    /// The messages the portal "sent" to phones on record: one-time codes for registration.
    Outbox(OutboxArgs),
    /// Quality indicators: requests by status, decided within the deadline, refusals.
    Stats,
    /// Show the portal's settings, or change one: `attach portal settings KEY VALUE`.
    Settings(SettingsArgs),
    /// Operator accounts of clinics.
    #[command(subcommand)]
    Staff(StaffCommand),
    /// Accounts on the portal: list, unlock, reset a password.
    #[command(subcommand)]
    Accounts(admin::AccountsCommand),
    /// Clinics of the directory: capacity, open or closed.
    #[command(subcommand)]
    Orgs(admin::OrgsCommand),
    /// The certification authority (НУЦ): issue, revoke, CRL, root.
    #[command(subcommand)]
    Nca(Box<nca::NcaCommand>),
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// Replace an existing portal (a new certification authority: old certificates stop verifying).
    #[arg(long)]
    force: bool,
    /// Synthetic residents to seed ГБД ФЛ with (besides the demo residents and clinic heads).
    #[arg(long, default_value_t = registry::DEFAULT_PEOPLE)]
    people: usize,
    /// Seed of the synthetic registry: the same seed gives the same people.
    #[arg(long, default_value_t = registry::DEFAULT_SEED)]
    seed: u64,
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on; port 0 picks a free one (the address is printed).
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR")]
    listen: String,
    /// TLS certificate chain (PEM), e.g. from `attach portal nca issue-server`.
    #[arg(long, requires = "tls_key", value_name = "FILE")]
    tls_cert: Option<std::path::PathBuf>,
    /// The TLS certificate's key (PKCS#8 PEM).
    #[arg(long, requires = "tls_cert", value_name = "FILE")]
    tls_key: Option<std::path::PathBuf>,
    /// Offer POST /v1/test/identities (synthetic people for `attach smoke`): for mock portals
    /// only, and on a loopback address unless --i-know-this-is-not-production.
    #[arg(long)]
    allow_test_identities: bool,
    /// Allow --allow-test-identities on an address other hosts can reach: anyone there could
    /// mint people and certificates.
    #[arg(long, requires = "allow_test_identities")]
    i_know_this_is_not_production: bool,
    /// Requests handled at once; more get 503 `overloaded`.
    #[arg(long, default_value_t = 256, value_name = "N")]
    max_in_flight: usize,
}

#[derive(Debug, clap::Args)]
pub struct PeopleArgs {
    /// List at most this many people, in registry order.
    #[arg(long, default_value_t = 20, value_name = "N")]
    limit: usize,
    /// Only residents of this region (Актау, Жанаозен, Бейнеуский, …).
    #[arg(long)]
    region: Option<String>,
    /// Only people attached to no clinic.
    #[arg(long, conflicts_with = "attached_to")]
    unattached: bool,
    /// Only people attached to this clinic.
    #[arg(long, value_name = "ORG")]
    attached_to: Option<String>,
    /// Only the living (ГБД ФЛ keeps the deceased too).
    #[arg(long)]
    living: bool,
    /// Only children (under 18 today), listed with the parents ГБД ФЛ links to them.
    #[arg(long, conflicts_with = "adults")]
    minors: bool,
    /// Only people of age (18 and over today).
    #[arg(long)]
    adults: bool,
}

#[derive(Debug, clap::Args)]
pub struct OutboxArgs {
    /// Only the messages to this person's phone on record.
    #[arg(long)]
    iin: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct SettingsArgs {
    /// The setting to change.
    #[arg(requires = "value")]
    key: Option<String>,
    /// Its new value.
    value: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Create (or reset) an operator account tied to one clinic.
    Add(StaffAddArgs),
    /// Operator accounts, with their clinics.
    List(admin::StaffListArgs),
    /// Remove an operator account and end its sessions.
    Remove(admin::IinArgs),
}

#[derive(Debug, clap::Args)]
pub struct StaffAddArgs {
    /// The clinic, by directory id.
    #[arg(long)]
    org: String,
    /// The operator's IIN; the person must be in ГБД ФЛ.
    #[arg(long)]
    iin: String,
    /// Read the password from the first line of standard input [default: ATTACH_PASSWORD, or a prompt].
    #[arg(long)]
    password_stdin: bool,
}

pub fn run(ctx: &Context, command: PortalCommand) -> Result<Exit> {
    if ctx.portal_on_command_line {
        return Err(Error::input("--portal", crate::t!("portal-local-only")));
    }
    match command {
        PortalCommand::Init(args) => init(ctx, args),
        PortalCommand::Serve(args) => serve(ctx, args),
        PortalCommand::People(args) => people(ctx, args),
        PortalCommand::Outbox(args) => outbox(ctx, args),
        PortalCommand::Stats => {
            let portal = ctx.embedded_portal()?;
            let stats = stats::stats(portal.store.conn())?;
            if ctx.json() {
                ctx.printer.json(&stats)?;
            } else {
                print_stats(ctx, &stats)?;
            }
            Ok(Exit::Success)
        }
        PortalCommand::Settings(args) => settings_command(ctx, args),
        PortalCommand::Staff(StaffCommand::Add(args)) => {
            let iin = input::iin(&args.iin)?;
            let password =
                input::password(args.password_stdin, &format!("{} ", crate::t!("portal-operator-password")))?;
            let mut portal = ctx.embedded_portal()?;
            let added = accounts::add_operator(&mut portal.store, &iin, &args.org, &password)?;
            let out = serde_json::json!({"iin": added.iin, "role": "operator", "org": args.org, "registered_at": added.registered_at});
            if ctx.json() {
                ctx.printer.json(&out)?;
            } else {
                ctx.printer.line(&crate::t!(
                    "portal-operator-added",
                    iin = added.iin.as_str(),
                    org = args.org.as_str()
                ))?;
            }
            Ok(Exit::Success)
        }
        PortalCommand::Staff(StaffCommand::List(args)) => admin::staff_list(ctx, args),
        PortalCommand::Staff(StaffCommand::Remove(args)) => admin::staff_remove(ctx, args),
        PortalCommand::Accounts(command) => admin::accounts(ctx, command),
        PortalCommand::Orgs(command) => admin::orgs(ctx, command),
        PortalCommand::Nca(command) => nca::run(ctx, *command),
    }
}

fn init(ctx: &Context, args: InitArgs) -> Result<Exit> {
    // Regression: `init --force` while `portal serve` ran on the home replaced the database
    // under it, and the server's writes went to the deleted file.
    let _exclusive = if args.force { ctx.lock_home_exclusively()? } else { None };
    let portal = Portal::init(&ctx.home, args.force, SeedOptions { people: args.people, seed: args.seed })?;
    let root = crate::portal::nca::root(&portal.store)?;
    let conn = portal.store.conn();
    let count =
        |sql: &str| -> Result<i64> { conn.query_row(sql, [], |r| r.get(0)).map_err(crate::portal::db) };
    let out = serde_json::json!({
        "home": ctx.home,
        "database": portal.store.path(),
        "people": count("SELECT count(*) FROM people")?,
        "clinics": count("SELECT count(*) FROM orgs")?,
        "root": {"subject": root.subject.common_name, "serial": root.serial, "valid_to": crate::clock::rfc3339(root.not_after)},
    });
    if ctx.json() {
        ctx.printer.json(&out)?;
    } else {
        ctx.printer.line(&crate::t!(
            "portal-initialized",
            home = ctx.home.display().to_string(),
            people = out["people"].as_i64().unwrap_or_default(),
            clinics = out["clinics"].as_i64().unwrap_or_default()
        ))?;
    }
    Ok(Exit::Success)
}

/// Whether every address `listen` names is a loopback one (`127.0.0.1:8080`, `[::1]:0`,
/// `localhost:8080`); an address that does not resolve is not.
fn listens_on_loopback(listen: &str) -> bool {
    use std::net::ToSocketAddrs;
    match listen.to_socket_addrs() {
        Ok(addresses) => {
            let addresses: Vec<_> = addresses.collect();
            !addresses.is_empty() && addresses.iter().all(|a| a.ip().is_loopback())
        }
        Err(_) => false,
    }
}

fn serve(ctx: &Context, args: ServeArgs) -> Result<Exit> {
    let loopback = listens_on_loopback(&args.listen);
    // Regression: test identities on 0.0.0.0 over plain HTTP were served without a word.
    if args.allow_test_identities && !loopback && !args.i_know_this_is_not_production {
        return Err(Error::input(
            "--allow-test-identities",
            crate::t!("serve-test-identities-off-loopback", listen = args.listen.as_str()),
        ));
    }
    if !loopback && args.tls_cert.is_none() {
        ctx.printer.note(&format!(
            "attach: {}: {}",
            crate::t!("warning-prefix"),
            crate::t!("serve-plain-http-off-loopback", listen = args.listen.as_str())
        ));
    }
    let options = http::ServeOptions {
        home: ctx.home.clone(),
        listen: args.listen,
        tls: args.tls_cert.zip(args.tls_key),
        allow_test_identities: args.allow_test_identities,
        max_in_flight: args.max_in_flight,
    };
    http::serve(options, |address, tls| {
        let url = format!("{}://{address}", if tls { "https" } else { "http" });
        // The address goes to stdout, so that a script (or a test) that asked for port 0 can read it.
        if ctx.json() {
            ctx.printer.json(&serde_json::json!({"listening": url}))?;
        } else {
            ctx.printer.line(&crate::t!("portal-listening", url = url.as_str()))?;
        }
        Ok(())
    })?;
    ctx.printer.note(&crate::t!("portal-stopped"));
    Ok(Exit::Success)
}

fn people(ctx: &Context, args: PeopleArgs) -> Result<Exit> {
    let region = match args.region.as_deref() {
        Some(text) => Some(crate::domain::region::parse_arg(text)?),
        None => None,
    };
    let portal = ctx.embedded_portal()?;
    let attachment = match args.attached_to {
        // An unknown clinic is an error, not an empty list that looks like an answer.
        Some(org) => AttachmentFilter::To(registry::org_in(portal.store.conn(), &org.to_uppercase())?.id),
        None if args.unattached => AttachmentFilter::None,
        None => AttachmentFilter::Any,
    };
    let age = match (args.minors, args.adults) {
        (true, _) => AgeFilter::Minors,
        (_, true) => AgeFilter::Adults,
        _ => AgeFilter::Any,
    };
    let filter = PeopleFilter { region, living: args.living, attachment, age };
    let people = registry::people(portal.store.conn(), args.limit, &filter)?;
    if ctx.json() {
        for p in &people {
            ctx.printer.json(p)?;
        }
    } else {
        let rows = people
            .iter()
            .map(|p| {
                vec![
                    p.iin.clone(),
                    p.full_name.clone(),
                    p.birth_date.clone(),
                    p.sex.clone(),
                    p.region.clone(),
                    p.address.clone(),
                    p.attachment
                        .as_ref()
                        .map(|a| {
                            crate::t!("cell-attached-since", org = a.org.as_str(), since = a.since.as_str())
                        })
                        .unwrap_or_default(),
                    if p.deceased { crate::t!("cell-deceased") } else { crate::t!("cell-living") },
                ]
            })
            .collect();
        // Regression: the last column, deceased or not, had no name.
        let header = [
            "col-iin",
            "col-full-name",
            "col-born",
            "col-sex",
            "col-region",
            "col-address",
            "col-attached-to",
            "col-living",
        ]
        .map(|k| crate::t!(k));
        ctx.printer.table(&header, rows)?;
    }
    Ok(Exit::Success)
}

fn outbox(ctx: &Context, args: OutboxArgs) -> Result<Exit> {
    let portal = ctx.embedded_portal()?;
    let phone = match &args.iin {
        Some(iin) => {
            let iin = input::iin(iin)?;
            // Nobody on record means no message, not an error: the portal sent none.
            Some(registry::phone_on_record(portal.store.conn(), &iin.to_string())?.unwrap_or_default())
        }
        None => None,
    };
    let messages = identity::outbox(&portal.store, phone.as_deref())?;
    if ctx.json() {
        for m in &messages {
            ctx.printer.json(m)?;
        }
    } else {
        let rows = messages.iter().map(|m| vec![m.time.clone(), m.to.clone(), m.text.clone()]).collect();
        ctx.printer.table(&["col-time", "col-to", "col-text"].map(|k| crate::t!(k)), rows)?;
    }
    Ok(Exit::Success)
}

fn settings_command(ctx: &Context, args: SettingsArgs) -> Result<Exit> {
    let mut portal = ctx.embedded_portal()?;
    if let (Some(key), Some(value)) = (&args.key, &args.value) {
        settings::set(&mut portal.store, key, value)?;
    }
    let all = settings::all(portal.store.conn())?;
    if ctx.json() {
        let object: serde_json::Map<String, serde_json::Value> =
            all.iter().map(|(k, v)| ((*k).to_owned(), serde_json::Value::String(v.clone()))).collect();
        ctx.printer.json(&object)?;
    } else {
        let rows = all
            .iter()
            .map(|(k, v)| {
                let about =
                    settings::KEYS.iter().find(|x| x.0 == *k).map_or_else(String::new, |x| crate::t!(x.2));
                vec![(*k).to_owned(), v.clone(), about]
            })
            .collect();
        ctx.printer.table(&["col-setting", "col-value", "col-meaning"].map(|k| crate::t!(k)), rows)?;
    }
    Ok(Exit::Success)
}

fn print_stats(ctx: &Context, s: &stats::Stats) -> Result<()> {
    let pct = |p: Option<f64>| p.map_or("—".to_owned(), |p| format!("{p:.1}%"));
    ctx.printer.line(&crate::t!(
        "portal-stats",
        total = s.requests.total,
        registered = s.requests.registered,
        completed = s.requests.completed,
        refused = s.requests.refused,
        within = pct(s.within_deadline_pct)
    ))?;
    if !s.refusals.is_empty() {
        ctx.printer.table(
            &["col-refusal", "col-requests"].map(|k| crate::t!(k)),
            s.refusals.iter().map(|(code, n)| vec![code.clone(), n.to_string()]).collect(),
        )?;
    }
    ctx.printer.table(
        &["col-clinic", "col-requests", "col-attached", "col-within-deadline"].map(|k| crate::t!(k)),
        s.clinics
            .iter()
            .map(|c| {
                vec![c.id.clone(), c.requests.to_string(), c.attached.to_string(), pct(c.within_deadline_pct)]
            })
            .collect(),
    )
}
