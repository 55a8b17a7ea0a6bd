//! `attach register`, `login` and `logout` (step 1; process 1, condition 1, process 2): the
//! person's account on the portal — on proof of identity, as egov.kz asks: the portal's
//! challenge signed with the person's authentication certificate, or a one-time code sent to
//! the phone on record — and the session the client keeps in the home.

use serde::Serialize;

use std::path::PathBuf;

use super::{Context, input, sign};
use crate::api::{Backend, Proof, Registration};
use crate::client::StoredSession;
use crate::clock;
use crate::domain::document::{self, Kind};
use crate::domain::fields;
use crate::domain::iin::Iin;
use crate::error::{Code, Error, Exit, Result};
use crate::pki::cert::Cert;
use crate::pki::jws::{self, Jws};
use crate::pki::keys::SigningKey;
use crate::pki::verify::{self, At, Policy};

#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("proof").required(true).args(["key", "otp"]))]
pub struct RegisterArgs {
    /// The person's IIN.
    #[arg(long)]
    iin: String,
    /// Prove who you are with your authentication certificate: its key (PKCS#8, or PKCS#12
    /// with ATTACH_KEY_PASSWORD) signs the portal's challenge.
    #[arg(long, value_name = "AUTH_KEY")]
    key: Option<PathBuf>,
    /// The authentication certificate [default: in the PKCS#12 file, or cert.pem beside the key].
    #[arg(long, value_name = "FILE", requires = "key")]
    cert: Option<PathBuf>,
    /// The issuing CA [default: chain.pem beside the certificate].
    #[arg(long, value_name = "FILE", requires = "key")]
    chain: Option<PathBuf>,
    /// Prove who you are with a one-time code: without CODE, have one sent to the phone on
    /// record; with the CODE received, register.
    #[arg(long, value_name = "CODE", num_args = 0..=1, default_missing_value = "", alias = "otp-code")]
    otp: Option<String>,
    /// A contact phone for the account, like +77012345678.
    #[arg(long)]
    phone: Option<String>,
    /// A contact e-mail for the account, where the portal may write.
    #[arg(long)]
    email: Option<String>,
    /// Read the password from the first line of standard input [default: ATTACH_PASSWORD, or a prompt].
    #[arg(long)]
    password_stdin: bool,
}

#[derive(Debug, clap::Args)]
pub struct LoginArgs {
    /// The IIN of the account (a citizen's, or a clinic operator's).
    #[arg(long)]
    iin: String,
    /// Read the password from the first line of standard input [default: ATTACH_PASSWORD, or a prompt].
    #[arg(long)]
    password_stdin: bool,
}

pub fn register(ctx: &Context, args: RegisterArgs) -> Result<Exit> {
    let iin = input::iin(&args.iin)?;
    crate::domain::iin::require_adult(&iin, clock::today(), &crate::t!("portal-minor-register"))?;
    let phone =
        args.phone.as_deref().map(fields::phone).transpose().map_err(|why| Error::input("--phone", why))?;
    if let Some(email) = &args.email {
        fields::email(email).map_err(|why| Error::input("--email", why))?;
    }
    if args.otp.as_deref() == Some("") {
        return send_code(ctx, &iin);
    }
    // The signer is read first: a mistake in the key is told before any password is asked.
    let signer = match &args.key {
        Some(key) => {
            // As `portal nca issue --auth --out DIR` lays an identity out: cert.pem beside the key.
            let beside = key.parent().map(|dir| dir.join("cert.pem")).filter(|c| c.exists());
            let cert = args.cert.clone().or(beside);
            Some(sign::load_signer(key, cert.as_deref(), args.chain.as_deref())?)
        }
        None => None,
    };
    if let Some(code) = &args.otp
        && !(code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(Error::input("--otp", crate::t!("account-otp-six-digits")));
    }
    let password = input::password(args.password_stdin, &format!("{} ", crate::t!("account-new-password")))?;
    let backend = ctx.backend()?;
    let proof = match (signer, args.otp) {
        (Some((key, chain)), _) => Proof::Signature(sign_challenge(backend.as_ref(), &iin, &key, &chain)?),
        (None, Some(code)) => Proof::Otp(code),
        (None, None) => return Err(Error::input("--key", crate::t!("account-prove-who"))),
    };
    let registered = backend.register(&Registration {
        iin: iin.to_string(),
        password,
        phone,
        email: args.email,
        proof: Some(proof),
    })?;
    if ctx.json() {
        ctx.printer.json(&registered)?;
    } else {
        let at = clock::parse_rfc3339(&registered.registered_at)
            .map_or_else(|| registered.registered_at.clone(), clock::human);
        ctx.printer.line(&crate::t!("account-registered", iin = registered.iin.as_str(), at = at))?;
    }
    Ok(Exit::Success)
}

/// `register --otp`: a code to the phone on record. The portal answers alike whether or not
/// the IIN has a phone on record, and so does this.
fn send_code(ctx: &Context, iin: &Iin) -> Result<Exit> {
    let sent = ctx.backend()?.send_otp(iin)?;
    if ctx.json() {
        ctx.printer.json(&sent)?;
    } else {
        let until =
            clock::parse_rfc3339(&sent.expires_at).map_or_else(|| sent.expires_at.clone(), clock::human);
        ctx.printer.line(&crate::t!("account-code-sent", iin = iin.to_string(), until = until))?;
    }
    ctx.printer.note(&crate::t!("account-finish-otp", iin = iin.to_string()));
    Ok(Exit::Success)
}

/// The portal's challenge, signed with the authentication certificate as a registration
/// proof: checked here first as the portal will check it (an authentication certificate of
/// this IIN, valid now), so that a mistake is told before the portal is troubled.
pub(super) fn sign_challenge(
    backend: &dyn Backend,
    iin: &Iin,
    key: &SigningKey,
    chain: &[Cert],
) -> Result<Jws> {
    let challenge = backend.challenge()?;
    let now = clock::now();
    let document = serde_json::json!({
        "type": document::REGISTRATION_TYPE,
        "version": 1,
        "iin": iin.to_string(),
        "nonce": challenge.nonce,
        "created_at": clock::rfc3339(now),
    });
    let signed = jws::sign(&document, Kind::Registration, key, chain, now);
    let policy = Policy {
        roots: None,
        crls: None,
        at: At::Now,
        now,
        expect: Some(Kind::Registration),
        signing_window: None,
    };
    verify::verify(&signed, &policy).refusal()?;
    Ok(signed)
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
    let password = input::password(args.password_stdin, &format!("{} ", crate::t!("account-password")))?;
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
        let until =
            clock::parse_rfc3339(out.expires_at).map_or_else(|| out.expires_at.to_owned(), clock::human);
        ctx.printer.line(&crate::t!(
            "account-logged-in",
            portal = portal.as_str(),
            iin = out.iin,
            role = out.role,
            until = until
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
                Err(e) => ctx.printer.note(&crate::t!("account-logout-not-ended", why = e.to_string())),
            }
        }
    }
    if ctx.json() {
        ctx.printer.json(&serde_json::json!({"logged_out": true}))?;
    } else {
        ctx.printer.line(&crate::t!("account-logged-out"))?;
    }
    Ok(Exit::Success)
}

/// `attach me`: who the session is — the person from the registry, the role, the clinic of an
/// operator — and until when it lasts.
#[derive(Debug, Serialize)]
struct Whoami<'a> {
    portal: &'a str,
    #[serde(flatten)]
    me: &'a crate::api::Me,
    expires_at: &'a str,
}

pub fn me(ctx: &Context) -> Result<Exit> {
    let backend = ctx.backend()?;
    let session = ctx.session()?;
    let me = backend.me(&session.token)?;
    let portal = ctx.portal_name();
    let out = Whoami { portal: &portal, me: &me, expires_at: &session.expires_at };
    if ctx.json() {
        ctx.printer.json(&out)?;
        return Ok(Exit::Success);
    }
    let expires =
        clock::parse_rfc3339(&session.expires_at).map_or_else(|| session.expires_at.clone(), clock::human);
    let attachment = me.attachment.as_ref().map_or_else(
        || crate::t!("me-not-attached"),
        |a| crate::t!("me-attached", org = a.org.as_str(), district = a.district),
    );
    let mut rows = vec![
        vec![crate::t!("me-portal"), portal.clone()],
        vec![crate::t!("col-iin"), me.iin.clone()],
        vec![crate::t!("me-name"), me.full_name.clone()],
        vec![crate::t!("me-role"), crate::t!("me-role-value", role = me.role.as_str())],
    ];
    if let Some(org) = &me.org {
        rows.push(vec![crate::t!("me-clinic"), org.clone()]);
    }
    rows.push(vec![crate::t!("me-attachment"), attachment]);
    rows.push(vec![crate::t!("me-expires"), expires]);
    ctx.printer.table(&[crate::t!("me-field"), crate::t!("me-value")], rows)?;
    Ok(Exit::Success)
}
