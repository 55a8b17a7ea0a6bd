//! `attach sign`: signs a request or ticket document read from stdin and prints the JWS, but
//! only after the verifier has accepted its own output (checks 1, 2, 4 at now, 6, 7 and 8,
//! and 3 and 5 when a trust anchor is at hand).

use std::path::{Path, PathBuf};

use super::{Context, input, trust};
use crate::client::ocsp::PortalResponder;
use crate::clock;
use crate::domain::document::{Document, Kind};
use crate::error::{Code, Error, Exit, Result};
use crate::files;
use crate::pki::cert::Cert;
use crate::pki::jws;
use crate::pki::keys::{KeyError, SigningKey};
use crate::pki::ocsp::Responder;
use crate::pki::verify::{self, At, Policy};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Private key: PKCS#8 (PEM or DER), PKCS#1 RSA, or PKCS#12 (.p12; password from
    /// ATTACH_KEY_PASSWORD or a prompt).
    #[arg(long, value_name = "FILE")]
    key: PathBuf,
    /// Signer's certificate (PEM or DER) [default: from the PKCS#12 file].
    #[arg(long, value_name = "FILE")]
    cert: Option<PathBuf>,
    /// Issuing CA certificate [default: chain.pem beside --cert, or the PKCS#12 file's].
    #[arg(long, value_name = "FILE")]
    chain: Option<PathBuf>,
    /// Trusted root (PEM or DER) [default: the embedded portal's, when the home has one].
    #[arg(long, value_name = "PEM")]
    trust: Option<PathBuf>,
    /// CRL of the issuing CA (PEM or DER) [default: the embedded portal's].
    #[arg(long, value_name = "FILE")]
    crl: Option<PathBuf>,
    /// Document to sign [default: standard input].
    #[arg(value_name = "FILE")]
    input: Option<PathBuf>,
}

pub(crate) fn key_password() -> std::result::Result<String, String> {
    if let Ok(password) = std::env::var("ATTACH_KEY_PASSWORD") {
        return Ok(password);
    }
    rpassword::prompt_password(format!("{} ", t!("sign-password-prompt"))).map_err(|e| {
        if super::input::no_terminal(&e) {
            t!("password-no-terminal-key")
        } else {
            t!("sign-no-password", why = crate::error::io_text(&e))
        }
    })
}

fn certs_from(path: &Path, flag: &str) -> Result<Vec<Cert>> {
    Cert::all_from_file_bytes(&files::read_input(path)?)
        .map_err(|e| Error::input(format!("{flag} `{}`", path.display()), e))
}

/// The key and the chain to name in `x5c`: leaf first, then the issuing CA, never a root.
fn signer(args: &Args) -> Result<(SigningKey, Vec<Cert>)> {
    load_signer(&args.key, args.cert.as_deref(), args.chain.as_deref())
}

/// A signing key and its chain from `--key`, `--cert` and `--chain` (as `sign` reads them).
pub fn load_signer(
    key: &Path,
    cert: Option<&Path>,
    chain_path: Option<&Path>,
) -> Result<(SigningKey, Vec<Cert>)> {
    let args = Paths { key, cert, chain: chain_path };
    let key_bytes = files::read_input(args.key)?;
    let bundle = SigningKey::from_file_bytes(&key_bytes, key_password).map_err(|e| {
        let what = format!("--key `{}`", args.key.display());
        match e {
            KeyError::Format(reason) => Error::input(what, reason),
            other => Error::input(what, other.to_string()),
        }
    })?;
    let bundled: Vec<Cert> = bundle
        .certs
        .iter()
        .map(|der| Cert::from_der(der))
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| Error::input(format!("--key `{}`", args.key.display()), e))?;
    let mut chain = match &args.cert {
        Some(path) => certs_from(path, "--cert")?,
        None if !bundled.is_empty() => bundled.clone(),
        None => return Err(Error::input("--cert", t!("sign-cert-required"))),
    };
    if let Some(path) = &args.chain {
        chain.truncate(1);
        chain.extend(certs_from(path, "--chain")?);
    } else if chain.len() == 1 {
        let beside = args.cert.and_then(Path::parent).map(|dir| dir.join("chain.pem"));
        match beside {
            Some(path) if path.exists() => chain.extend(certs_from(&path, "chain.pem")?),
            _ => chain.extend(bundled.into_iter().skip(1)),
        }
    }
    // x5c never carries a root: the verifier must find its own anchor.
    let leaf = chain.remove(0);
    chain.retain(|c| c.issuer_der != c.subject_der);
    chain.insert(0, leaf);
    if chain[0].public_key != bundle.key.public_key() {
        return Err(Error::Refused {
            check: "signature",
            code: Code::BadSignature,
            detail: t!("sign-key-mismatch", key = args.key.display().to_string(), cert = chain[0].describe()),
        });
    }
    Ok((bundle.key, chain))
}

/// The files a signer comes from.
struct Paths<'a> {
    key: &'a Path,
    cert: Option<&'a Path>,
    chain: Option<&'a Path>,
}

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    let value = input::read_json(args.input.as_deref())?;
    let document = Document::from_value(&value)?;
    if document.kind() == Kind::Registration {
        // A proof of identity answers a challenge of the moment; `register` makes it.
        return Err(Error::document("document", t!("sign-registration-by-hand")));
    }
    let (key, chain) = signer(&args)?;
    // The portal is asked only for what the flags do not give.
    let portal = if args.trust.is_none() { ctx.existing_backend()? } else { None };
    let trust = trust::load(args.trust.as_deref(), args.crl.as_deref(), portal.as_deref())?;
    let now = clock::now();
    let signed = jws::sign(&value, document.kind(), &key, &chain, now);

    let crls = trust.crls.as_ref().map(|c| c.as_deref().map_err(String::as_str));
    let policy = Policy {
        roots: trust.roots.as_deref(),
        crls,
        at: At::Now,
        now,
        expect: Some(document.kind()),
        signing_window: None,
    };
    // With the portal's trust, its responder is asked about the signer first.
    let responder = portal.as_deref().filter(|_| trust.from_portal).map(PortalResponder);
    let report = verify::verify_online(&signed, &policy, responder.as_ref().map(|r| r as &dyn Responder));
    report.refusal()?;
    if ctx.verbose > 0 {
        for check in &report.checks {
            ctx.printer.note(&format!("{}: {}", t!("check", name = check.name), check.detail));
        }
    }
    ctx.printer.json(&signed)?;
    Ok(Exit::Success)
}
