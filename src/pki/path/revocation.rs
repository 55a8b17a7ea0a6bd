//! Revocation, for path validation: the signer's status by OCSP when a responder is given and
//! reached, else by a CRL of its issuer; a CA's by a CRL of its own issuer when one is given.
//! A CRL is used only when RFC 5280 6.3.3 allows it (issuer, signature, cRLSign, CRLNumber,
//! scope, freshness); an OCSP answer only when [`ocsp::check`] accepts it.

use time::OffsetDateTime;

use super::{Options, Refusal, Source, Status, label};
use crate::clock;
use crate::pki::cert::Cert;
use crate::pki::crl::Crl;
use crate::pki::ocsp::{self, Responder};

/// The revocation of every certificate of `path` below its top: the signer's by OCSP when a
/// responder is given and reached, else by a CRL of its issuer (`leaf_issuer` when the path
/// stops at the signer); a CA's is checked when a CRL of its issuer is given.
pub(super) fn check_revocation(
    path: &[&Cert],
    leaf_issuer: Option<&Cert>,
    options: &Options,
) -> Result<Status, Refusal> {
    let crls = options.crls.unwrap_or_default();
    let issuer = path.get(1).copied().or(leaf_issuer).ok_or(Refusal::IssuerUnknown)?;
    let by_crl =
        || status_of(path[0], issuer, crls, options, true).map(|s| s.expect("a required CRL was found"));
    let status = match options.ocsp {
        None => by_crl()?,
        Some(responder) => match ask(path[0], issuer, responder, crls, options) {
            Ok(status) => status,
            Err(Asked::Refused(refusal)) => return Err(refusal),
            Err(Asked::Unreachable(why)) => match by_crl() {
                Ok(status) => status.after_ocsp(&why),
                Err(crl) => return Err(Refusal::OcspUnreachable { why, crl: Box::new(crl) }),
            },
        },
    };
    for pair in path.windows(2).skip(1) {
        status_of(pair[0], pair[1], crls, options, false)?;
    }
    Ok(status)
}

impl Status {
    /// The same status, from a CRL read because the responder could not be reached.
    fn after_ocsp(self, why: &str) -> Status {
        let source = Source::CrlAfterOcsp { why: why.to_owned() };
        match self {
            Status::NotRevoked { this_update, next_update, .. } => {
                Status::NotRevoked { source, this_update, next_update }
            }
            Status::RevokedAfter { revoked, .. } => Status::RevokedAfter { source, revoked },
        }
    }
}

/// Why OCSP did not decide.
enum Asked {
    Refused(Refusal),
    Unreachable(String),
}

/// The signer's status by OCSP: a verified answer, a refused one, or none to be had.
fn ask(
    cert: &Cert,
    issuer: &Cert,
    responder: &dyn Responder,
    crls: &[Crl],
    options: &Options,
) -> Result<Status, Asked> {
    let refused = |fault: String| Asked::Refused(Refusal::Ocsp { responder: responder.name(), fault });
    let asked = ocsp::request(cert, issuer).map_err(refused)?;
    let der = responder.ask(&asked.der).map_err(|e| Asked::Unreachable(e.0))?;
    let answer =
        ocsp::check(&der, &asked, cert, issuer, options.now, crls).map_err(|f| refused(f.to_string()))?;
    let source = Source::Ocsp { responder: answer.responder.clone() };
    match answer.state {
        ocsp::State::Good => Ok(Status::NotRevoked {
            source,
            this_update: answer.this_update,
            next_update: answer.next_update,
        }),
        ocsp::State::Revoked { at } if at <= options.at => Err(Asked::Refused(Refusal::OcspRevoked {
            cert: cert.describe(),
            revoked: clock::human(at),
            at: clock::human(options.at),
            responder: answer.responder,
        })),
        ocsp::State::Revoked { at } => Ok(Status::RevokedAfter { source, revoked: at }),
    }
}

/// One certificate's status by a CRL of `issuer`; `None` when none is given and none is
/// `required`.
fn status_of(
    cert: &Cert,
    issuer: &Cert,
    crls: &[Crl],
    options: &Options,
    required: bool,
) -> Result<Option<Status>, Refusal> {
    let mut of_issuer: Vec<&Crl> = crls.iter().filter(|c| c.issuer_der == cert.issuer_der).collect();
    if of_issuer.is_empty() {
        return if required { Err(Refusal::NoCrl { issuer: label(issuer) }) } else { Ok(None) };
    }
    // The newest usable CRL decides; if none is usable, the newest one's fault is reported.
    of_issuer.sort_by_key(|c| std::cmp::Reverse(c.this_update));
    let mut first_refusal = None;
    for crl in of_issuer {
        match usable(crl, cert, issuer, options.now) {
            Ok(()) => return status_in(crl, cert, options.at).map(Some),
            Err(refusal) => {
                first_refusal.get_or_insert(refusal);
            }
        }
    }
    Err(first_refusal.expect("at least one CRL was tried"))
}

/// RFC 5280 6.3.3, for a complete CRL of the certificate's own issuer.
fn usable(crl: &Crl, cert: &Cert, issuer: &Cert, now: OffsetDateTime) -> Result<(), Refusal> {
    if !crl.signed_by(issuer) {
        return Err(Refusal::CrlNotSigned { issuer: label(issuer) });
    }
    if issuer.key_usage.as_ref().is_some_and(|ku| !ku.crl_sign()) {
        return Err(Refusal::NoCrlSign { issuer: label(issuer) });
    }
    if let Some(fault) = &crl.fault {
        return Err(Refusal::CrlUnusable { issuer: label(issuer), fault: fault.to_string() });
    }
    let is_ca = cert.pkix.basic.is_some_and(|b| b.ca);
    if is_ca && !crl.covers_cas || !is_ca && !crl.covers_end_entities {
        let what = if is_ca { "CA" } else { "end-entity" };
        return Err(Refusal::CrlScope { issuer: label(issuer), what });
    }
    if crl.this_update > now + super::MAX_CRL_SKEW {
        return Err(Refusal::CrlFuture { this_update: clock::human(crl.this_update) });
    }
    match crl.next_update {
        Some(next) if next >= now => Ok(()),
        Some(next) => Err(Refusal::CrlStale { next_update: clock::human(next) }),
        None => Err(Refusal::CrlNoNextUpdate),
    }
}

fn status_in(crl: &Crl, cert: &Cert, at: OffsetDateTime) -> Result<Status, Refusal> {
    match crl.revoked.get(&cert.serial) {
        Some(&revoked) if revoked <= at => Err(Refusal::Revoked {
            cert: cert.describe(),
            revoked: clock::human(revoked),
            at: clock::human(at),
        }),
        Some(&revoked) => Ok(Status::RevokedAfter { source: Source::Crl, revoked }),
        None => Ok(Status::NotRevoked {
            source: Source::Crl,
            this_update: crl.this_update,
            next_update: crl.next_update,
        }),
    }
}
