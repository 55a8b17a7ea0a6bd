//! `attach portal nca …`: the embedded certification authority. Issues certificates in the
//! national profile, revokes them, and publishes the root and the CRL.

use std::net::IpAddr;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use clap::{Subcommand, ValueEnum};
use serde::Serialize;
use time::{Duration, OffsetDateTime};

use crate::cli::Context;
use crate::clock;
use crate::domain::iin::{Bin, Iin};
use crate::error::{Error, Exit, Result};
use crate::files::{self, write_atomic};
use crate::pki::ca::{KeyType, LeafProfile, SubjectKey, random_serial};
use crate::pki::cert::{Cert, Role};
use crate::pki::{keys, pem};
use crate::portal::{nca, registry};

#[derive(Debug, Subcommand)]
pub enum NcaCommand {
    /// Issue a personal or employee certificate (and its key) into --out DIR.
    Issue(IssueArgs),
    /// Issue a TLS server certificate for `portal serve`.
    IssueServer(ServerArgs),
    /// Revoke a certificate this authority issued.
    Revoke(RevokeArgs),
    /// Print a freshly signed CRL (PEM).
    Crl(CrlArgs),
    /// Print the root certificate (PEM): the trust anchor.
    Ca,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RoleArg {
    Individual,
    Head,
    Signer,
    Employee,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum KeyTypeArg {
    P256,
    Ed25519,
}

#[derive(Debug, clap::Args)]
pub struct IssueArgs {
    /// The holder's IIN.
    #[arg(long)]
    iin: String,
    /// Surname [default: from ГБД ФЛ, when the person is there].
    #[arg(long, requires = "given")]
    surname: Option<String>,
    /// Given name.
    #[arg(long, requires = "surname")]
    given: Option<String>,
    /// Patronymic (written to the GIVENNAME attribute, as the national authority does).
    #[arg(long, requires = "surname")]
    patronymic: Option<String>,
    /// The holder's clinic, by directory id (its BIN and name go into the certificate).
    #[arg(long, conflicts_with_all = ["bin", "org_name"])]
    org: Option<String>,
    /// BIN of the holder's organization.
    #[arg(long, requires = "org_name")]
    bin: Option<String>,
    /// Name of the holder's organization.
    #[arg(long, requires = "bin")]
    org_name: Option<String>,
    /// Whose certificate, as the national authority's profile marks it: an individual's; or,
    /// for an organization (--org or --bin), its head's, a signer's or an employee's [default:
    /// individual without an organization, employee with one].
    #[arg(long, value_enum)]
    role: Option<RoleArg>,
    /// An authentication certificate (clientAuth) instead of a signing one.
    #[arg(long)]
    auth: bool,
    /// The algorithm of the key generated (not with --csr, which brings its own key).
    #[arg(long, value_enum, default_value = "p256", conflicts_with = "csr")]
    key_type: KeyTypeArg,
    /// Certify the key of this PKCS#10 request (PEM or DER) instead of generating one.
    #[arg(long, value_name = "FILE")]
    csr: Option<PathBuf>,
    /// Start of validity: RFC 3339 time or YYYY-MM-DD [default: now].
    #[arg(long, value_name = "TIME")]
    valid_from: Option<String>,
    /// Days of validity from --valid-from (1 or more).
    #[arg(long, value_name = "N", default_value_t = 365)]
    valid_days: u32,
    /// Also write key.p12 (password from ATTACH_KEY_PASSWORD or a prompt).
    #[arg(long, conflicts_with = "csr")]
    p12: bool,
    /// Directory to write key.pem, cert.pem and chain.pem to.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ServerArgs {
    /// DNS name of the server (repeatable).
    #[arg(long, required = true)]
    dns: Vec<String>,
    /// IP address of the server (repeatable).
    #[arg(long)]
    ip: Vec<IpAddr>,
    /// Directory to write key.pem, cert.pem and chain.pem to (for --tls-key and --tls-cert).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

#[derive(Debug, clap::Args)]
#[group(required = true, multiple = false)]
pub struct RevokeArgs {
    /// Serial number in hexadecimal.
    #[arg(long, value_name = "HEX")]
    serial: Option<String>,
    /// The certificate file (PEM or DER).
    #[arg(long, value_name = "FILE")]
    cert: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct CrlArgs {
    /// thisUpdate of the CRL: RFC 3339 time [default: now]. A past time makes a CRL that is
    /// already stale, to test verifiers.
    #[arg(long, value_name = "TIME")]
    this_update: Option<String>,
    /// Days from thisUpdate to nextUpdate.
    #[arg(long, value_name = "N", default_value_t = 7)]
    days: u32,
    /// The root's CRL of the CAs below it instead (what `GET /v1/pki/crl/root` serves).
    #[arg(long, conflicts_with_all = ["this_update", "days"])]
    root: bool,
}

pub fn run(ctx: &Context, command: NcaCommand) -> Result<Exit> {
    match command {
        NcaCommand::Issue(args) => issue(ctx, args),
        NcaCommand::IssueServer(args) => issue_server(ctx, args),
        NcaCommand::Revoke(args) => revoke(ctx, args),
        NcaCommand::Crl(args) if args.root => {
            let portal = ctx.embedded_portal()?;
            let der = nca::root_crl(&portal.store, clock::now())?;
            ctx.printer.raw(pem::encode("X509 CRL", &der).as_bytes())?;
            Ok(Exit::Success)
        }
        NcaCommand::Crl(args) => {
            let this_update = match &args.this_update {
                Some(t) => parse_time("--this-update", t)?,
                None => clock::now(),
            };
            let mut portal = ctx.embedded_portal()?;
            let der = nca::publish_crl(
                &mut portal.store,
                this_update,
                this_update + Duration::days(args.days.max(1).into()),
            )?;
            ctx.printer.raw(pem::encode("X509 CRL", &der).as_bytes())?;
            Ok(Exit::Success)
        }
        NcaCommand::Ca => {
            let portal = ctx.embedded_portal()?;
            ctx.printer.raw(nca::root(&portal.store)?.pem().as_bytes())?;
            Ok(Exit::Success)
        }
    }
}

fn parse_time(flag: &str, text: &str) -> Result<OffsetDateTime> {
    if let Some(t) = clock::parse_rfc3339(text) {
        return Ok(t);
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(text, &format)
        .map(|d| d.midnight().assume_utc())
        .map_err(|_| Error::input(flag, format!("`{text}` is not an RFC 3339 time or YYYY-MM-DD")))
}

#[derive(Debug, Serialize)]
struct IssuedOut {
    serial: String,
    subject: Option<String>,
    iin: Option<String>,
    bin: Option<String>,
    role: Option<&'static str>,
    purpose: &'static str,
    valid_from: String,
    valid_to: String,
    files: Vec<PathBuf>,
}

/// Refuses to overwrite an identity: a key lost is a signature lost.
fn prepare_out_dir(dir: &Path, names: &[&str]) -> Result<()> {
    for name in names {
        let path = dir.join(name);
        if path.exists() {
            return Err(Error::input(
                "--out",
                crate::t!("nca-out-exists", path = path.display().to_string()),
            ));
        }
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|source| Error::Write { path: dir.to_owned(), source })
}

/// The holder's names: from the flags, or else from ГБД ФЛ.
type Names = (String, String, Option<String>);

fn profile(
    args: &IssueArgs,
    registered: Option<Names>,
    clinic: Option<(Bin, String)>,
) -> Result<LeafProfile> {
    let iin = Iin::parse(&args.iin, clock::today())
        .map_err(|reason| Error::InvalidIin { iin: args.iin.clone(), reason })?;
    let (surname, given, patronymic) = match (&args.surname, &args.given, registered) {
        (Some(surname), Some(given), _) => (surname.clone(), given.clone(), args.patronymic.clone()),
        (_, _, Some(names)) => names,
        _ => {
            return Err(Error::input(
                "--surname/--given",
                crate::t!("nca-names-required", iin = iin.to_string()),
            ));
        }
    };
    let (surname, given) = (&surname, &given);
    let organization = match (&args.bin, &args.org_name, clinic) {
        (Some(bin), Some(name), _) => Some((
            Bin::parse(bin).map_err(|reason| Error::InvalidBin { bin: bin.clone(), reason })?,
            name.clone(),
        )),
        (_, _, clinic) => clinic,
    };
    let role = match (args.role, organization.is_some()) {
        (None, false) | (Some(RoleArg::Individual), false) => Role::Individual,
        (None, true) | (Some(RoleArg::Employee), true) => Role::Employee,
        (Some(RoleArg::Head), true) => Role::Head,
        (Some(RoleArg::Signer), true) => Role::Signer,
        (Some(RoleArg::Individual), true) => {
            return Err(Error::input("--role", crate::t!("nca-individual-no-org")));
        }
        (Some(_), false) => {
            return Err(Error::input("--role", crate::t!("nca-role-needs-org")));
        }
    };
    for (flag, value) in
        [("--surname", Some(surname)), ("--given", Some(given)), ("--patronymic", patronymic.as_ref())]
    {
        if value.is_some_and(|v| v.trim().is_empty()) {
            return Err(Error::input(flag, crate::t!("nca-empty")));
        }
    }
    let not_before = match &args.valid_from {
        Some(t) => parse_time("--valid-from", t)?,
        None => clock::now(),
    };
    if args.valid_days == 0 {
        return Err(Error::input("--valid-days", crate::t!("nca-valid-days")));
    }
    Ok(LeafProfile {
        iin,
        surname: surname.trim().to_owned(),
        given: given.trim().to_owned(),
        patronymic: patronymic.as_ref().map(|p| p.trim().to_owned()),
        organization,
        role,
        auth: args.auth,
        not_before,
        not_after: not_before + Duration::days(args.valid_days.into()),
        serial: random_serial().map_err(|e| crate::error::Error::Authority(e.to_string()))?,
    })
}

fn issue(ctx: &Context, args: IssueArgs) -> Result<Exit> {
    // Flags alone decide whether the request is usable before a home is created for it.
    let iin = Iin::parse(&args.iin, clock::today())
        .map_err(|reason| Error::InvalidIin { iin: args.iin.clone(), reason })?;
    let mut portal = ctx.embedded_portal()?;
    let registered = registry::names(portal.store.conn(), &iin.to_string())?;
    let clinic = match &args.org {
        Some(id) => {
            let org = registry::org_in(portal.store.conn(), id)?;
            let bin =
                Bin::parse(&org.bin).map_err(|reason| Error::InvalidBin { bin: org.bin.clone(), reason })?;
            Some((bin, org.name))
        }
        None => None,
    };
    let profile = profile(&args, registered, clinic)?;
    let csr = match &args.csr {
        Some(path) => Some(files::read_input(path)?),
        None => None,
    };
    let password = if args.p12 {
        Some(std::env::var("ATTACH_KEY_PASSWORD").or_else(|_| prompt_new_password())?)
    } else {
        None
    };
    let mut names = vec!["cert.pem", "chain.pem"];
    if csr.is_none() {
        names.push("key.pem");
    }
    if password.is_some() {
        names.push("key.p12");
    }
    prepare_out_dir(&args.out, &names)?;

    let key = match &csr {
        Some(bytes) => SubjectKey::Csr(bytes),
        None => SubjectKey::Generate(match args.key_type {
            KeyTypeArg::P256 => KeyType::P256,
            KeyTypeArg::Ed25519 => KeyType::Ed25519,
        }),
    };
    let issuing = nca::issuing(&portal.store)?;
    let (issued, cert) = nca::issue(&mut portal.store, &profile, key).map_err(|e| match (&csr, e) {
        (Some(_), Error::Authority(m)) => {
            Error::input(format!("--csr `{}`", args.csr.as_ref().expect("csr given").display()), m)
        }
        (_, e) => e,
    })?;

    let mut written = Vec::new();
    let mut write = |name: &str, bytes: &[u8], mode: u32| -> Result<()> {
        let path = args.out.join(name);
        write_atomic(&path, bytes, mode)?;
        written.push(path);
        Ok(())
    };
    if let Some(pkcs8) = &issued.key_pkcs8 {
        write("key.pem", pem::encode("PRIVATE KEY", pkcs8).as_bytes(), 0o600)?;
        if let Some(password) = &password {
            let p12 = keys::to_pkcs12(pkcs8, &[&cert.der, &issuing.der], password)
                .map_err(|e| Error::Authority(e.to_string()))?;
            write("key.p12", &p12, 0o600)?;
        }
    }
    write("cert.pem", cert.pem().as_bytes(), 0o644)?;
    write("chain.pem", issuing.pem().as_bytes(), 0o644)?;
    print_issued(ctx, &cert, written)
}

fn prompt_new_password() -> Result<String> {
    let err = |e: std::io::Error| {
        if crate::cli::input::no_terminal(&e) {
            Error::input("--p12", crate::t!("password-no-terminal-key"))
        } else {
            Error::Io { context: "io-prompt-password", source: e }
        }
    };
    let first = rpassword::prompt_password(format!("{} ", crate::t!("nca-p12-password"))).map_err(err)?;
    let again = rpassword::prompt_password(format!("{} ", crate::t!("nca-p12-repeat"))).map_err(err)?;
    if first != again {
        return Err(Error::input("--p12", crate::t!("nca-passwords-differ")));
    }
    Ok(first)
}

fn print_issued(ctx: &Context, cert: &Cert, files: Vec<PathBuf>) -> Result<Exit> {
    let purpose = if cert.extended_key_usage.contains(&crate::pki::cert::oid::CLIENT_AUTH) {
        "authentication"
    } else if cert.role().is_some() {
        "signing"
    } else {
        "server"
    };
    let out = IssuedOut {
        serial: cert.serial.clone(),
        subject: cert.subject.common_name.clone(),
        iin: cert.subject.iin.clone(),
        bin: cert.subject.bin.clone(),
        role: cert.role().map(Role::as_str),
        purpose,
        valid_from: clock::rfc3339(cert.not_before),
        valid_to: clock::rfc3339(cert.not_after),
        files,
    };
    if ctx.json() {
        ctx.printer.json(&out)?;
    } else {
        ctx.printer.line(&crate::t!(
            "nca-issued",
            purpose = out.purpose,
            serial = out.serial.as_str(),
            holder = cert.describe()
        ))?;
        for f in &out.files {
            ctx.printer.line(&format!("  {}", f.display()))?;
        }
    }
    Ok(Exit::Success)
}

fn issue_server(ctx: &Context, args: ServerArgs) -> Result<Exit> {
    prepare_out_dir(&args.out, &["cert.pem", "key.pem"])?;
    let mut portal = ctx.embedded_portal()?;
    let (issued, cert) = nca::issue_server(&mut portal.store, &args.dns, &args.ip)?;
    let key = issued.key_pkcs8.as_deref().expect("the authority generated the server key");
    let key_path = args.out.join("key.pem");
    let cert_path = args.out.join("cert.pem");
    write_atomic(&key_path, pem::encode("PRIVATE KEY", key).as_bytes(), 0o600)?;
    // The server presents its certificate and the issuing CA, so clients need only the root.
    let chain = format!("{}{}", cert.pem(), nca::issuing(&portal.store)?.pem());
    write_atomic(&cert_path, chain.as_bytes(), 0o644)?;
    print_issued(ctx, &cert, vec![key_path, cert_path])
}

fn revoke(ctx: &Context, args: RevokeArgs) -> Result<Exit> {
    let serial = match (&args.serial, &args.cert) {
        (Some(serial), _) => serial.clone(),
        (None, Some(path)) => {
            let certs = Cert::all_from_file_bytes(&files::read_input(path)?)
                .map_err(|e| Error::input(format!("--cert `{}`", path.display()), e))?;
            certs[0].serial.clone()
        }
        (None, None) => unreachable!("clap requires --serial or --cert"),
    };
    let mut portal = ctx.embedded_portal()?;
    let revocation = nca::revoke(&mut portal.store, &serial, clock::now())?;
    if ctx.json() {
        ctx.printer.json(&revocation)?;
    } else {
        let at = clock::parse_rfc3339(&revocation.revoked_at)
            .map_or_else(|| revocation.revoked_at.clone(), clock::human);
        ctx.printer.line(&crate::t!(
            "nca-revoked",
            serial = revocation.serial.as_str(),
            subject = revocation.subject.as_str(),
            at = at
        ))?;
    }
    Ok(Exit::Success)
}
