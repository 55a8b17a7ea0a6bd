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
mod ticket;
mod tickets;
mod trust;
mod verify_ticket;

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;

use clap::parser::ValueSource;
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

pub use context::Context;

use crate::error::{Error, Exit};
use crate::i18n::{self, Lang};
use crate::{render, t};

/// Drive the e-government service "Attachment to a primary health care clinic" from a shell.
#[derive(Debug, Parser)]
#[command(name = "attach", version, max_term_width = 100)]
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
    /// Print only data and errors: no notes, warnings, progress or -v lines.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a
    /// token or a body), -vv also the time of each stage.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale
    /// ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en].
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,
}

/// A language `--lang` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Ru,
    Kk,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::En => Lang::En,
            LangArg::Ru => Lang::Ru,
            LangArg::Kk => Lang::Kk,
        }
    }
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
    /// Who the session is: the person, the role, the clinic and until when.
    #[command(visible_alias = "whoami")]
    Me,
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
    /// Printable tickets: a signed ticket as PDF, HTML or text for a receipt printer.
    #[command(subcommand)]
    Ticket(ticket::TicketCommand),
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
    Man(completions::ManArgs),
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
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    // Before clap, so that help and usage errors are in the language asked for too.
    i18n::choose(lang_of(&args).or_else(Lang::chosen_by_env));
    // A command line that parses needs no descriptions: only help and usage errors are shown
    // from the command described in the language of the moment, for describing some seventy
    // commands would cost every run as much as the rest of its start.
    let matches = match Cli::command().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(_) => match localized(Cli::command()).try_get_matches_from(args) {
            Ok(m) => m,
            Err(e) => return usage_error(e, stdout_is_terminal),
        },
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => return usage_error(e, stdout_is_terminal),
    };
    let portal_on_command_line = flag_given(&matches, "portal");
    let home_on_command_line = flag_given(&matches, "home");
    let outcome = Context::new(&cli.global, portal_on_command_line, home_on_command_line, stdout_is_terminal)
        .and_then(|ctx| {
            let outcome = dispatch(&ctx, cli.command);
            ctx.stage("stage-done");
            outcome
        });
    match outcome {
        Ok(exit) => exit,
        Err(err) => report(&err, stdout_is_terminal),
    }
}

/// The `--lang` of a command line not parsed yet; `None` when it has none (or one clap will
/// refuse).
fn lang_of(args: &[OsString]) -> Option<Lang> {
    let mut words = args.iter().skip(1).map(|a| a.to_str()).take_while(|a| *a != Some("--"));
    while let Some(word) = words.next() {
        let value = match word {
            Some("--lang") => words.next().flatten(),
            Some(w) => w.strip_prefix("--lang="),
            None => None,
        };
        if let Some(lang) = value.and_then(|v| LangArg::from_str(v, false).ok()) {
            return Some(lang.into());
        }
    }
    None
}

/// The command with its help's descriptions in the language of the moment: each command's
/// one line (`help-PATH` in the catalogue) and the exit codes. Flags are described in English.
fn localized(command: clap::Command) -> clap::Command {
    fn walk(command: clap::Command, path: &str) -> clap::Command {
        let names: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_owned()).collect();
        let mut command = command;
        for name in names {
            let path = if path.is_empty() { name.clone() } else { format!("{path}-{name}") };
            command = command.mut_subcommand(&name, |sub| {
                let sub = match i18n::lookup(&format!("help-{path}")) {
                    Some(about) => sub.about(about),
                    None => sub,
                };
                let sub = match examples(&path) {
                    Some(examples) => sub.after_help(format!("{}\n{examples}", t!("help-examples"))),
                    None => sub,
                };
                walk(sub, &path)
            });
        }
        command
    }
    walk(command.about(t!("help-attach")).after_help(t!("help-exit-codes")), "")
}

/// A command's examples (`examples-PATH` in the catalogue), indented as `--help` shows them:
/// comments in the language of the moment, then the command lines.
pub(crate) fn examples(path: &str) -> Option<String> {
    let text = i18n::lookup(&format!("examples-{path}"))?;
    Some(text.lines().map(|line| format!("  {line}")).collect::<Vec<_>>().join("\n"))
}

/// The command as completions and the man page describe it: in English.
pub(crate) fn english_command() -> clap::Command {
    i18n::with(Lang::En, || localized(Cli::command()))
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
        Command::Me => account::me(ctx),
        Command::Orgs(args) => orgs::run(ctx, args),
        Command::Request(args) => request::run(ctx, args),
        Command::Sign(args) => sign::run(ctx, args),
        Command::Submit(args) => submit::run(ctx, args),
        Command::Status(args) => status::run(ctx, args),
        Command::Result(args) => result::run(ctx, args),
        Command::VerifyTicket(args) => verify_ticket::run(ctx, args),
        Command::Ticket(command) => ticket::run(ctx, command),
        Command::Batch(args) => batch::run(ctx, args),
        Command::Smoke(args) => smoke::run(ctx, args),
        Command::Iin(args) => iin::run(ctx, args),
        Command::Cert(command) => cert::run(ctx, command),
        Command::Completions(args) => completions::completions(ctx, args),
        Command::Man(args) => completions::man(ctx, args),
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
                let message = e.kind().as_str().map_or_else(|| crate::t!("usage-invalid"), str::to_owned);
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

    #[test]
    fn every_command_has_its_one_line_help_in_the_catalogues() {
        fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for sub in command.get_subcommands() {
                let path = if path.is_empty() {
                    sub.get_name().to_owned()
                } else {
                    format!("{path}-{}", sub.get_name())
                };
                if i18n::lookup(&format!("help-{path}")).is_none() {
                    missing.push(path.clone());
                }
                walk(sub, &path, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "", &mut missing);
        assert!(missing.is_empty(), "no `help-…` message for {missing:?}");
    }

    /// Regression: `register --phone/--email`, `login --iin`, `nca issue --role` and others
    /// were listed in `--help` with no word on what they are.
    #[test]
    fn every_option_and_argument_is_described() {
        fn walk(command: &clap::Command, path: &str, bare: &mut Vec<String>) {
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                if arg.is_hide_set() || id == "help" || id == "version" {
                    continue;
                }
                if arg.get_help().is_none() && arg.get_long_help().is_none() {
                    bare.push(format!("{path} {id}"));
                }
            }
            for sub in command.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), bare);
            }
        }
        let mut bare = Vec::new();
        walk(&Cli::command(), "attach", &mut bare);
        assert!(bare.is_empty(), "described by nothing: {bare:#?}");
    }

    /// Shell words, as `sh` splits a simple command: whitespace outside quotes.
    fn words(line: &str) -> Vec<String> {
        let (mut words, mut word, mut quote, mut any) = (Vec::new(), String::new(), None, false);
        for c in line.chars() {
            match (quote, c) {
                (None, '\'' | '"') => {
                    quote = Some(c);
                    any = true;
                }
                (Some(q), c) if c == q => quote = None,
                (None, c) if c.is_whitespace() => {
                    if any {
                        words.push(std::mem::take(&mut word));
                    }
                    any = false;
                }
                (_, c) => {
                    word.push(c);
                    any = true;
                }
            }
        }
        if any {
            words.push(word);
        }
        words
    }

    /// Every command has examples in every language, and every `attach …` in them (each stage
    /// of a pipe, up to a redirection) is a command line the parser takes.
    #[test]
    fn every_command_has_examples_that_parse() {
        fn paths(command: &clap::Command, path: &str, out: &mut Vec<String>) {
            for sub in command.get_subcommands() {
                let path = if path.is_empty() {
                    sub.get_name().to_owned()
                } else {
                    format!("{path}-{}", sub.get_name())
                };
                out.push(path.clone());
                paths(sub, &path, out);
            }
        }
        let mut all = Vec::new();
        paths(&Cli::command(), "", &mut all);
        for lang in Lang::ALL {
            i18n::with(lang, || {
                for path in &all {
                    let text = examples(path).unwrap_or_else(|| panic!("no examples-{path}"));
                    let mut commands = 0;
                    for line in text.lines().map(str::trim).filter(|l| !l.starts_with('#')) {
                        for stage in line.split('|') {
                            let stage = stage.split(['<', '>']).next().unwrap_or_default();
                            let words = words(stage);
                            let Some(at) = words.iter().position(|w| w == "attach") else { continue };
                            commands += 1;
                            if let Err(e) = Cli::command().try_get_matches_from(&words[at..]) {
                                panic!("examples-{path} ({}): `{stage}` does not parse: {e}", lang.code());
                            }
                        }
                    }
                    assert!(commands >= 1, "examples-{path} has no `attach` line");
                }
            });
        }
    }

    #[test]
    fn the_language_is_read_before_clap_from_either_form_of_the_flag() {
        let args = |line: &str| line.split(' ').map(OsString::from).collect::<Vec<_>>();
        assert_eq!(lang_of(&args("attach --lang ru status")), Some(Lang::Ru));
        assert_eq!(lang_of(&args("attach status --lang=kk")), Some(Lang::Kk));
        assert_eq!(lang_of(&args("attach status --lang de")), None);
        assert_eq!(lang_of(&args("attach sign -- --lang ru")), None);
    }
}
