//! `attach register`, `login` and `logout` (step 1; process 1, condition 1, process 2): the
//! person's account on the portal and the session the client keeps in the home.

use serde::Serialize;

use super::{Context, input};
use crate::api::Registration;
use crate::client::StoredSession;
use crate::domain::fields;
use crate::error::{Code, Error, Exit, Result};

#[derive(Debug, clap::Args)]
pub struct RegisterArgs {
    /// The person's IIN; the person must be in ГБД ФЛ.
    #[arg(long)]
    iin: String,
    #[arg(long)]
    phone: Option<String>,
    #[arg(long)]
    email: Option<String>,
    /// Read the password from the first line of standard input [default: ATTACH_PASSWORD, or a prompt].
    #[arg(long)]
    password_stdin: bool,
}

#[derive(Debug, clap::Args)]
pub struct LoginArgs {
    #[arg(long)]
    iin: String,
    /// Read the password from the first line of standard input [default: ATTACH_PASSWORD, or a prompt].
    #[arg(long)]
    password_stdin: bool,
}

pub fn register(ctx: &Context, args: RegisterArgs) -> Result<Exit> {
    let iin = input::iin(&args.iin)?;
    if let Some(phone) = &args.phone {
        fields::phone(phone).map_err(|why| Error::input("--phone", why))?;
    }
    if let Some(email) = &args.email {
        fields::email(email).map_err(|why| Error::input("--email", why))?;
    }
    let password = input::password(args.password_stdin, "New password: ")?;
    let backend = ctx.backend()?;
    let registered = backend.register(&Registration {
        iin: iin.to_string(),
        password,
        phone: args.phone,
        email: args.email,
    })?;
    if ctx.json() {
        ctx.printer.json(&registered)?;
    } else {
        ctx.printer.line(&format!("registered {} at {}", registered.iin, registered.registered_at))?;
    }
    Ok(Exit::Success)
}

#[derive(Debug, Serialize)]
struct LoggedIn<'a> {
    iin: &'a str,
    role: &'a str,
    portal: &'a str,
    expires_at: &'a str,
}

pub fn login(ctx: &Context, args: LoginArgs) -> Result<Exit> {
    let iin = input::iin(&args.iin)?;
    let password = input::password(args.password_stdin, "Password: ")?;
    let backend = ctx.backend()?;
    let session = backend.login(&iin, &password)?;
    let portal = ctx.portal_name();
    let stored = StoredSession::from(session);
    ctx.sessions().put(&portal, stored.clone())?;
    let out = LoggedIn {
        iin: &stored.iin,
        role: stored.role.as_str(),
        portal: &portal,
        expires_at: &stored.expires_at,
    };
    if ctx.json() {
        ctx.printer.json(&out)?;
    } else {
        ctx.printer.line(&format!(
            "logged in to {portal} as {} ({}), until {}",
            out.iin, out.role, out.expires_at
        ))?;
    }
    Ok(Exit::Success)
}

pub fn logout(ctx: &Context) -> Result<Exit> {
    let portal = ctx.portal_name();
    if let Some(session) = ctx.sessions().remove(&portal)? {
        // The local session is gone whatever the portal says; an expired one is already over.
        if let Ok(backend) = ctx.backend() {
            match backend.logout(&session.token) {
                Ok(()) => {}
                Err(e) if matches!(e.code(), Code::Unauthenticated | Code::SessionExpired) => {}
                Err(e) => {
                    ctx.printer.note(&format!("attach: warning: the portal did not end the session: {e}"))
                }
            }
        }
    }
    if ctx.json() {
        ctx.printer.json(&serde_json::json!({"logged_out": true}))?;
    } else {
        ctx.printer.line("logged out")?;
    }
    Ok(Exit::Success)
}
