//! The command line: clap definitions, the checked [`Context`] every command runs with, and
//! the dispatch from a parsed command to its `run`.

mod account;
mod batch;
mod cert;
mod completions;
mod context;
mod iin;
mod input;
mod orgs;
mod portal;
mod request;
mod result;
mod sign;
mod smoke;
mod status;
mod submit;
mod trust;
mod verify_ticket;

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;

use clap::parser::ValueSource;
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

pub use context::Context;

use crate::error::{Error, Exit};
use crate::render;

const EXIT_CODES: &str = "\
Exit codes:
  0  success (verify-ticket: the ticket is valid)
  1  unexpected failure (I/O, internal)
  2  usage or input error: bad flags, malformed JSON or CSV, invalid IIN, no trust anchor,
     a conflicting resubmission
  3  authentication or authorization refused
  4  signature or certificate refused by sign or submit
  5  service refused by the provider
  6  not found: unknown request, clinic or certificate, person absent from the registry
  7  verify-ticket, cert verify, cert ocsp: a check failed
  8  not ready: no result yet, or status --wait timed out
  9  portal unreachable, overloaded or transport failure (worth retrying)
  10 batch finished, and some rows failed";

/// Drive the e-government service "Attachment to a primary health care clinic" from a shell.
#[derive(Debug, Parser)]
#[command(name = "attach", version, after_help = EXIT_CODES, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Portal to talk to over HTTP(S); without it, the embedded portal in the home.
    #[arg(long, global = true, env = "ATTACH_PORTAL", value_name = "URL")]
    pub portal: Option<String>,
    /// Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or
    /// ~/.local/share/attach].
    #[arg(long, global = true, env = "ATTACH_HOME", value_name = "DIR")]
    pub home: Option<PathBuf>,
    /// Extra trusted root for the portal's TLS certificate (PEM).
    #[arg(long, global = true, env = "ATTACH_TLS_CA", value_name = "FILE")]
    pub tls_ca: Option<PathBuf>,
    /// Allow plain http:// to a portal that is not on a loopback address.
    #[arg(long, global = true)]
    pub insecure_http: bool,
    /// Output format [default: table at a terminal, json otherwise].
    #[arg(short = 'o', long, global = true, value_enum, value_name = "FORMAT")]
    pub output: Option<OutputFormat>,
    /// Print only data and errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Say more on stderr.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Json,
    Table,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Register on the portal (the person must be in ГБД ФЛ).
    Register(account::RegisterArgs),
    /// Log in; the session is kept in the home.
    Login(account::LoginArgs),
    /// End the session.
    Logout,
    /// The directory of clinics.
    Orgs(orgs::Args),
    /// Fill an attachment request (printed as JSON, for `attach sign`).
    Request(request::Args),
    /// Sign a request or ticket document (JWS over its JCS form).
    Sign(sign::Args),
    /// Submit a signed request; prints the receipt.
    Submit(submit::Args),
    /// A request's status, or every request of the session.
    Status(status::Args),
    /// The ticket of a completed request, or the reasoned refusal.
    Result(result::Args),
    /// Verify a signed attachment ticket.
    VerifyTicket(verify_ticket::Args),
    /// Submit for every row of a CSV file, as an operator (journaled: exactly once).
    Batch(batch::Args),
    /// The whole journey for a fresh synthetic citizen, step by step.
    Smoke(smoke::Args),
    /// Check identification numbers: validity, birth date and sex.
    Iin(iin::Args),
    /// Certificates of the national authority: who, for what, valid, revoked (OCSP, CRL).
    #[command(subcommand)]
    Cert(cert::CertCommand),
    /// Print a shell completion script.
    Completions(completions::CompletionsArgs),
    /// Print the man page (roff).
    Man,
    /// Administer the local (embedded) portal in the home.
    #[command(subcommand)]
    Portal(portal::PortalCommand),
}

/// Parses `args`, runs the command and reports its failure; returns the exit status.
pub fn run<I, T>(args: I) -> Exit
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let stdout_is_terminal = std::io::stdout().is_terminal();
    let matches = match Cli::command().try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => return usage_error(e, stdout_is_terminal),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => return usage_error(e, stdout_is_terminal),
    };
    let portal_on_command_line = flag_given(&matches, "portal");
    let home_on_command_line = flag_given(&matches, "home");
    let outcome = Context::new(&cli.global, portal_on_command_line, home_on_command_line, stdout_is_terminal)
        .and_then(|ctx| dispatch(&ctx, cli.command));
    match outcome {
        Ok(exit) => exit,
        Err(err) => report(&err, stdout_is_terminal),
    }
}

/// A global flag written on the command line (not taken from its environment variable), at
/// any level.
fn flag_given(matches: &clap::ArgMatches, id: &str) -> bool {
    let mut current = Some(matches);
    while let Some(m) = current {
        if m.value_source(id) == Some(ValueSource::CommandLine) {
            return true;
        }
        current = m.subcommand().map(|(_, sub)| sub);
    }
    false
}

fn dispatch(ctx: &Context, command: Command) -> Result<Exit, Error> {
    match command {
        Command::Register(args) => account::register(ctx, args),
        Command::Login(args) => account::login(ctx, args),
        Command::Logout => account::logout(ctx),
        Command::Orgs(args) => orgs::run(ctx, args),
        Command::Request(args) => request::run(ctx, args),
        Command::Sign(args) => sign::run(ctx, args),
        Command::Submit(args) => submit::run(ctx, args),
        Command::Status(args) => status::run(ctx, args),
        Command::Result(args) => result::run(ctx, args),
        Command::VerifyTicket(args) => verify_ticket::run(ctx, args),
        Command::Batch(args) => batch::run(ctx, args),
        Command::Smoke(args) => smoke::run(ctx, args),
        Command::Iin(args) => iin::run(ctx, args),
        Command::Cert(command) => cert::run(ctx, command),
        Command::Completions(args) => completions::completions(ctx, args),
        Command::Man => completions::man(ctx),
        Command::Portal(command) => portal::run(ctx, command),
    }
}

fn usage_error(e: clap::Error, stdout_is_terminal: bool) -> Exit {
    use clap::error::ErrorKind;
    let _ = e.print();
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => Exit::Success,
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => Exit::Usage,
        _ => {
            if !stdout_is_terminal {
                let message = e.kind().as_str().unwrap_or("invalid command line");
                let envelope = Error::input("usage", message).envelope();
                print_envelope(&envelope);
            }
            Exit::Usage
        }
    }
}

/// Writes an envelope to stdout; a closed or full stdout must not turn a failure into a panic.
fn print_envelope(envelope: &serde_json::Value) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{envelope}");
}

/// The error envelope on stdout (for the next stage of a pipe) and the message on stderr.
fn report(err: &Error, stdout_is_terminal: bool) -> Exit {
    match err {
        // Re-emitted unchanged: the stage that failed has already told the person.
        Error::Upstream { envelope, .. } => {
            if stdout_is_terminal {
                render::error_line(err);
            } else {
                print_envelope(envelope);
            }
        }
        _ => {
            render::error_line(err);
            if !stdout_is_terminal {
                print_envelope(&err.envelope());
            }
        }
    }
    err.exit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_definitions_are_consistent() {
        Cli::command().debug_assert();
    }
}
