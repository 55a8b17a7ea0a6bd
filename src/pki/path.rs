//! Certification path validation as RFC 5280 section 6 describes it: the one validator behind
//! the `chain`, `validity` and `revocation` checks of `sign`, `verify-ticket` and the portal.
//!
//! A path is built from the signer's certificate up to a trust anchor, trying every anchor and
//! intermediate whose subject is the issuer's name (and whose key identifier fits), and
//! backtracking when a candidate fails, within caps on depth and on candidates tried. Any
//! trusted certificate is an anchor, self-signed or not (as `openssl verify -partial_chain`).
//! Every certificate of the path, the anchor included, must keep the profile: basic
//! constraints and path length, keyCertSign, no critical extension that is not processed,
//! name constraints of the CAs above it, a signature algorithm that fits the issuer's key,
//! and a validity period holding the validation time. Revocation is read from CRLs, each
//! checked for issuer, signature, cRLSign, CRLNumber and freshness; the signer's, online, from
//! an OCSP responder first ([`super::ocsp`]), a CRL deciding only when it cannot be reached.

use time::OffsetDateTime;

use super::cert::Cert;
use super::crl::Crl;
use super::keys::{verify_x509_signature, x509_algorithm_fits};
use super::names::{self, Violation};
use super::ocsp::Responder;
use crate::clock;
use crate::error::Code;

mod revocation;

use revocation::check_revocation;

/// CA certificates a path may hold between the signer and the anchor, self-issued ones
/// (key rollover) not counted. The national authority needs one.
pub const MAX_INTERMEDIATES: usize = 5;
/// Certificates in a path, whatever they are.
const MAX_PATH: usize = 10;
/// Issuer candidates one validation may try before it gives up: a pile of certificates that
/// all name and sign each other would otherwise take exponential time.
const MAX_CANDIDATES: usize = 256;
/// How far a CRL's thisUpdate may be ahead of our clock.
pub const MAX_CRL_SKEW: time::Duration = time::Duration::minutes(5);

/// What the caller asks of a path.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    /// When every certificate must be valid and not yet revoked (taken to the second).
    pub at: OffsetDateTime,
    /// Our clock, against which CRLs must be fresh.
    pub now: OffsetDateTime,
    /// CRLs to check revocation with; `None` leaves revocation unchecked (unless `ocsp` is
    /// given). The signer needs a CRL of its issuer; a CA of the path is checked when a CRL
    /// of its issuer is given.
    pub crls: Option<&'a [Crl]>,
    /// An OCSP responder to ask for the signer's status before any CRL: its answer decides,
    /// and a CRL only when it cannot be reached. Revocation is then checked even without CRLs.
    pub ocsp: Option<&'a dyn Responder>,
    pub max_intermediates: usize,
}

/// Where a revocation status came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Crl,
    Ocsp {
        responder: String,
    },
    /// A CRL, as the OCSP responder could not be reached.
    CrlAfterOcsp {
        why: String,
    },
}

/// The leaf's revocation status, when it passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    NotRevoked {
        source: Source,
        this_update: OffsetDateTime,
        /// Always present for a CRL; an OCSP answer may have none.
        next_update: Option<OffsetDateTime>,
    },
    /// Revoked, but only after the validation time.
    RevokedAfter { source: Source, revoked: OffsetDateTime },
}

/// The verdict on a path, split by check.
#[derive(Debug, Clone)]
pub struct Validation<'a> {
    /// Leaf first; it ends at the trust anchor when `chain` passed, else where linking stopped.
    pub path: Vec<&'a Cert>,
    pub chain: Result<(), Refusal>,
    pub validity: Result<(), Refusal>,
    pub revocation: Option<Result<Status, Refusal>>,
}

impl Validation<'_> {
    pub fn valid(&self) -> bool {
        self.chain.is_ok() && self.validity.is_ok() && !matches!(self.revocation, Some(Err(_)))
    }

    /// The first refusal, in the order of the checks.
    pub fn refusal(&self) -> Option<&Refusal> {
        let revocation = self.revocation.as_ref().and_then(|r| r.as_ref().err());
        self.chain.as_ref().err().or(self.validity.as_ref().err()).or(revocation)
    }
}

/// Why a path, a certificate in it or a CRL was refused. Certificates are named by their
/// common name (or serial).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("{}", crate::t!("path-no-issuer", cert = .cert))]
    NoIssuer { cert: String },
    #[error("{}", crate::t!("path-untrusted-root", cert = .cert))]
    UntrustedRoot { cert: String },
    #[error("{}", crate::t!("path-alg-mismatch", cert = .cert, alg = .alg, issuer = .issuer))]
    AlgorithmMismatch { cert: String, issuer: String, alg: String },
    #[error("{}", crate::t!("path-bad-signature", cert = .cert, issuer = .issuer))]
    BadSignature { cert: String, issuer: String },
    #[error("{}", crate::t!("path-signer-is-ca", cert = .cert))]
    SignerIsCa { cert: String },
    #[error("{}", crate::t!("path-not-ca", cert = .cert))]
    NotCa { cert: String },
    #[error("{}", crate::t!("path-no-cert-sign", cert = .cert))]
    NoCertSign { cert: String },
    #[error("{}", crate::t!("path-len", cert = .cert, len = *.len, found = *.found))]
    PathLen { cert: String, len: u8, found: usize },
    #[error("{}", crate::t!("path-unknown-critical", cert = .cert, oid = .oid))]
    UnknownCritical { cert: String, oid: String },
    #[error("{}", crate::t!("path-profile", cert = .cert, fault = .fault))]
    Profile { cert: String, fault: String },
    #[error("{}", crate::t!("path-name-constraints", cert = .cert, ca = .ca, violation = .violation))]
    NameConstraints { cert: String, ca: String, violation: String },
    #[error("{}", crate::t!("path-too-long", max = *.max, total = MAX_PATH))]
    TooLong { max: usize },
    #[error("{}", crate::t!("path-too-many-candidates", count = MAX_CANDIDATES))]
    TooManyCandidates,
    #[error("{}", crate::t!("path-not-valid", cert = .cert, from = .from, to = .to, at = .at))]
    NotValid { cert: String, from: String, to: String, at: String },
    #[error("{}", crate::t!("path-issuer-unknown"))]
    IssuerUnknown,
    #[error("{}", crate::t!("path-no-crl", issuer = .issuer))]
    NoCrl { issuer: String },
    #[error("{}", crate::t!("path-crl-not-signed", issuer = .issuer))]
    CrlNotSigned { issuer: String },
    #[error("{}", crate::t!("path-no-crl-sign", issuer = .issuer))]
    NoCrlSign { issuer: String },
    #[error("{}", crate::t!("path-crl-unusable", issuer = .issuer, fault = .fault))]
    CrlUnusable { issuer: String, fault: String },
    #[error("{}", crate::t!("path-crl-scope", issuer = .issuer, what = *.what))]
    CrlScope { issuer: String, what: &'static str },
    #[error("{}", crate::t!("path-crl-future", this_update = .this_update))]
    CrlFuture { this_update: String },
    #[error("{}", crate::t!("path-crl-stale", next_update = .next_update))]
    CrlStale { next_update: String },
    #[error("{}", crate::t!("path-crl-no-next-update"))]
    CrlNoNextUpdate,
    #[error("{}", crate::t!("path-revoked", cert = .cert, revoked = .revoked, at = .at))]
    Revoked { cert: String, revoked: String, at: String },
    #[error("{}", crate::t!("path-ocsp", fault = .fault, responder = .responder))]
    Ocsp { responder: String, fault: String },
    #[error("{}", crate::t!("path-ocsp-revoked", cert = .cert, revoked = .revoked, at = .at, responder = .responder))]
    OcspRevoked { cert: String, revoked: String, at: String, responder: String },
    #[error("{}", crate::t!("path-ocsp-unreachable", why = .why, crl = .crl.to_string()))]
    OcspUnreachable { why: String, crl: Box<Refusal> },
}

impl Refusal {
    /// The check the refusal fails: `chain`, `validity` or `revocation`.
    pub fn check(&self) -> &'static str {
        match self.code() {
            Code::CertNotValid => "validity",
            Code::CrlUnavailable | Code::CertRevoked => "revocation",
            _ => "chain",
        }
    }

    pub fn code(&self) -> Code {
        match self {
            Refusal::NotValid { .. } => Code::CertNotValid,
            Refusal::Revoked { .. } | Refusal::OcspRevoked { .. } => Code::CertRevoked,
            Refusal::OcspUnreachable { crl, .. } => crl.code(),
            Refusal::IssuerUnknown
            | Refusal::NoCrl { .. }
            | Refusal::CrlNotSigned { .. }
            | Refusal::NoCrlSign { .. }
            | Refusal::CrlUnusable { .. }
            | Refusal::CrlScope { .. }
            | Refusal::CrlFuture { .. }
            | Refusal::CrlStale { .. }
            | Refusal::CrlNoNextUpdate
            | Refusal::Ocsp { .. } => Code::CrlUnavailable,
            _ => Code::UntrustedChain,
        }
    }
}

/// How a certificate is named in a refusal.
pub fn label(cert: &Cert) -> String {
    cert.subject
        .common_name
        .clone()
        .unwrap_or_else(|| crate::t!("path-label-serial", serial = cert.serial.to_string()))
}

/// Validates a path from `leaf` through any of `intermediates` to any of `anchors`.
pub fn validate<'a>(
    leaf: &'a Cert,
    intermediates: &'a [Cert],
    anchors: &'a [Cert],
    options: &Options,
) -> Validation<'a> {
    let options = Options { at: options.at.replace_nanosecond(0).unwrap_or(options.at), ..options.clone() };
    let mut builder = Builder {
        anchors,
        intermediates,
        options: &options,
        candidates_left: MAX_CANDIDATES,
        comparisons_left: names::COMPARISON_BUDGET,
        exhausted: false,
        failure: None,
        complete: None,
        asked: Vec::new(),
    };
    let mut path = vec![leaf];
    let found = builder.extend(&mut path);
    let leaf_refusal = check_leaf(leaf);
    debug_assert!(!found || builder.complete.as_ref().is_some_and(Validation::valid));
    let mut validation = match builder.complete {
        Some(done) => done,
        None => {
            let (path, refusal) = match builder.failure {
                Some(Failure { path, refusal, .. }) if !builder.exhausted => (path, refusal),
                _ if builder.exhausted => (vec![leaf], Refusal::TooManyCandidates),
                _ => (vec![leaf], Refusal::NoIssuer { cert: label(leaf) }),
            };
            let validity = check_validity(&path, options.at);
            // No responder is asked about a path that failed: its answer could change nothing.
            let offline = Options {
                ocsp: None,
                crls: options.crls.or(options.ocsp.map(|_| &[][..])),
                ..options.clone()
            };
            let revocation = offline.crls.map(|_| {
                let fallback = intermediates.iter().chain(anchors).find(|c| c.subject_der == leaf.issuer_der);
                check_revocation(&path, fallback, &offline)
            });
            Validation { path, chain: Err(refusal), validity, revocation }
        }
    };
    if let Err(refusal) = leaf_refusal {
        validation.chain = Err(refusal);
    }
    validation
}

/// The validity and revocation of a chain taken as it is, without a trust anchor (`sign`
/// with nothing to trust): `chain` is not judged and passes.
pub fn unanchored<'a>(chain: &'a [Cert], options: &Options) -> Validation<'a> {
    let at = options.at.replace_nanosecond(0).unwrap_or(options.at);
    let options = Options { at, ..options.clone() };
    let path: Vec<&Cert> = chain.iter().collect();
    let issuer = chain[1..].iter().find(|c| c.subject_der == chain[0].issuer_der);
    let checked = options.crls.is_some() || options.ocsp.is_some();
    Validation {
        validity: check_validity(&path, at),
        revocation: checked.then(|| check_revocation(&path[..1], issuer, &options)),
        path,
        chain: Ok(()),
    }
}

/// What only the signer's own certificate must keep.
fn check_leaf(leaf: &Cert) -> Result<(), Refusal> {
    check_profile(leaf, false)?;
    if leaf.pkix.basic.is_some_and(|b| b.ca) {
        return Err(Refusal::SignerIsCa { cert: label(leaf) });
    }
    Ok(())
}

/// The profile of a certificate in the path; `anchor` when it is the trust anchor.
fn check_profile(cert: &Cert, anchor: bool) -> Result<(), Refusal> {
    if let Some(fault) = &cert.pkix.fault {
        return Err(Refusal::Profile { cert: label(cert), fault: fault.to_string() });
    }
    if cert.pkix.lacks_authority_key_id && !anchor {
        let fault = crate::t!("path-no-aki");
        return Err(Refusal::Profile { cert: label(cert), fault });
    }
    if let Some(oid) = cert.pkix.unknown_critical {
        return Err(Refusal::UnknownCritical { cert: label(cert), oid: oid.to_string() });
    }
    Ok(())
}

/// The deepest failed attempt, reported when no path is found.
struct Failure<'a> {
    depth: usize,
    path: Vec<&'a Cert>,
    refusal: Refusal,
}

struct Builder<'a, 'o> {
    anchors: &'a [Cert],
    intermediates: &'a [Cert],
    options: &'o Options<'o>,
    candidates_left: usize,
    comparisons_left: usize,
    exhausted: bool,
    failure: Option<Failure<'a>>,
    /// The first path that reached an anchor; the valid one if any did.
    complete: Option<Validation<'a>>,
    /// Revocation verdicts with OCSP, by the DER of the signer's issuer.
    asked: Vec<(Vec<u8>, Result<Status, Refusal>)>,
}

impl<'a> Builder<'a, '_> {
    fn fail(&mut self, path: Vec<&'a Cert>, depth: usize, refusal: Refusal) {
        if self.failure.as_ref().is_none_or(|f| depth > f.depth) {
            self.failure = Some(Failure { depth, path, refusal });
        }
    }

    /// Extends `path` to an anchor: true when a valid path is found (then in `complete`).
    fn extend(&mut self, path: &mut Vec<&'a Cert>) -> bool {
        let top = *path.last().expect("a path starts with the leaf");
        let candidates =
            self.anchors.iter().map(|c| (c, true)).chain(self.intermediates.iter().map(|c| (c, false)));
        let mut matched = false;
        for (candidate, anchor) in candidates {
            if candidate.subject_der != top.issuer_der
                || key_ids_differ(top, candidate)
                || path.iter().any(|c| same(c, candidate))
            {
                continue;
            }
            matched = true;
            if self.candidates_left == 0 {
                self.exhausted = true;
                return false;
            }
            self.candidates_left -= 1;
            if let Err(refusal) = self.link(path, candidate, anchor) {
                // A candidate whose signature fails is not the issuer; one that failed later is.
                let mut attempt = path.clone();
                if !matches!(refusal, Refusal::BadSignature { .. } | Refusal::AlgorithmMismatch { .. }) {
                    attempt.push(candidate);
                }
                self.fail(attempt, path.len() + 1, refusal);
                continue;
            }
            path.push(candidate);
            let found = if anchor {
                self.reached_anchor(path)
            } else if self.too_long(path) {
                self.fail(path.clone(), path.len(), Refusal::TooLong { max: self.options.max_intermediates });
                false
            } else {
                self.extend(path)
            };
            path.pop();
            if found || self.exhausted {
                return found;
            }
        }
        if !matched {
            let refusal = if top.pkix.self_issued && path.len() > 1 {
                Refusal::UntrustedRoot { cert: label(top) }
            } else {
                Refusal::NoIssuer { cert: label(top) }
            };
            self.fail(path.clone(), path.len(), refusal);
        }
        false
    }

    fn too_long(&self, path: &[&Cert]) -> bool {
        let counted = path[1..].iter().filter(|c| !c.pkix.self_issued).count();
        counted > self.options.max_intermediates || path.len() >= MAX_PATH
    }

    /// A path ends at an anchor: its validity and revocation decide whether it is the one.
    fn reached_anchor(&mut self, path: &[&'a Cert]) -> bool {
        let validity = check_validity(path, self.options.at);
        let checked = self.options.crls.is_some() || self.options.ocsp.is_some();
        // A responder is asked once per validation: another path through the same issuer
        // gets the same answer.
        let revocation = checked.then(|| {
            let issuer = path.get(1).map(|c| c.der.as_slice()).unwrap_or_default();
            if let Some((_, known)) = self.asked.iter().find(|(der, _)| der == issuer) {
                return known.clone();
            }
            let status = check_revocation(path, None, self.options);
            if self.options.ocsp.is_some() {
                self.asked.push((issuer.to_vec(), status.clone()));
            }
            status
        });
        let valid = validity.is_ok() && !matches!(revocation, Some(Err(_)));
        if valid || self.complete.is_none() {
            self.complete = Some(Validation { path: path.to_vec(), chain: Ok(()), validity, revocation });
        }
        valid
    }

    /// `issuer` may stand above the top of `path`: RFC 5280 6.1.3 and 6.1.4 for the link.
    fn link(&mut self, path: &[&'a Cert], issuer: &'a Cert, anchor: bool) -> Result<(), Refusal> {
        let child = *path.last().expect("a path starts with the leaf");
        if !x509_algorithm_fits(&child.signature_alg, issuer.key_alg) {
            return Err(Refusal::AlgorithmMismatch {
                cert: label(child),
                issuer: label(issuer),
                alg: child.signature_alg.to_string(),
            });
        }
        if !verify_x509_signature(issuer, &child.signature_alg, child.tbs(), &child.signature) {
            return Err(Refusal::BadSignature { cert: label(child), issuer: label(issuer) });
        }
        check_profile(issuer, anchor)?;
        let Some(basic) = issuer.pkix.basic.filter(|b| b.ca) else {
            return Err(Refusal::NotCa { cert: label(issuer) });
        };
        if issuer.key_usage.as_ref().is_some_and(|ku| !ku.key_cert_sign()) {
            return Err(Refusal::NoCertSign { cert: label(issuer) });
        }
        if let Some(len) = basic.path_len {
            // The signer is not counted, nor are self-issued certificates (RFC 5280 4.2.1.9).
            let found = path[1..].iter().filter(|c| !c.pkix.self_issued).count();
            if found > usize::from(len) {
                return Err(Refusal::PathLen { cert: label(issuer), len, found });
            }
        }
        if let Some(constraints) = &issuer.pkix.name_constraints {
            for (i, cert) in path.iter().enumerate() {
                // Self-issued CAs are exempt, so that a constrained CA can roll its key over.
                if i > 0 && cert.pkix.self_issued {
                    continue;
                }
                constraints.check(&cert.pkix.names, &mut self.comparisons_left).map_err(|v: Violation| {
                    Refusal::NameConstraints {
                        cert: label(cert),
                        ca: label(issuer),
                        violation: v.to_string(),
                    }
                })?;
            }
        }
        Ok(())
    }
}

/// The key identifiers say `candidate` is not the issuer of `child`.
fn key_ids_differ(child: &Cert, candidate: &Cert) -> bool {
    matches!((&child.pkix.authority_key_id, &candidate.pkix.subject_key_id), (Some(a), Some(s)) if a != s)
}

/// The same certificate, or the same subject with the same key: a path through it again
/// would be a loop.
fn same(a: &Cert, b: &Cert) -> bool {
    std::ptr::eq(a, b) || a.der == b.der || (a.subject_der == b.subject_der && a.public_key == b.public_key)
}

fn check_validity(path: &[&Cert], at: OffsetDateTime) -> Result<(), Refusal> {
    match path.iter().find(|c| !c.valid_at(at)) {
        None => Ok(()),
        Some(cert) => Err(Refusal::NotValid {
            cert: label(cert),
            from: clock::human(cert.not_before),
            to: clock::human(cert.not_after),
            at: clock::human(at),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::iin::Iin;
    use crate::pki::ca::{self, KeyType, LeafProfile, SubjectKey};
    use crate::pki::cert::Role;

    /// A root, its issuing CA and a citizen's certificate, all of the embedded authority.
    fn authority(now: OffsetDateTime) -> [Cert; 3] {
        let (root, issuing) = ca::create_authority(now).unwrap();
        let profile = LeafProfile {
            iin: Iin::parse("900101300453", now.date()).unwrap(),
            surname: "ТЕСТОВ".into(),
            given: "ТЕСТ".into(),
            patronymic: None,
            organization: None,
            role: Role::Individual,
            auth: false,
            not_before: now - time::Duration::days(1),
            not_after: now + time::Duration::days(1),
            serial: ca::random_serial().unwrap(),
        };
        let leaf = ca::issue_leaf(&issuing, &profile, SubjectKey::Generate(KeyType::P256)).unwrap();
        [&leaf.cert_der, &issuing.cert_der, &root.cert_der].map(|der| Cert::from_der(der).unwrap())
    }

    fn options(now: OffsetDateTime) -> Options<'static> {
        Options { at: now, now, crls: None, ocsp: None, max_intermediates: MAX_INTERMEDIATES }
    }

    #[test]
    fn of_two_anchors_of_one_name_the_one_that_issued_is_found_in_either_order() {
        let now = crate::clock::now();
        let [leaf, issuing, root] = authority(now);
        let [_, _, other_root] = authority(now);
        assert_eq!(root.subject_der, other_root.subject_der);
        for anchors in [[other_root.clone(), root.clone()], [root.clone(), other_root.clone()]] {
            let validation = validate(&leaf, std::slice::from_ref(&issuing), &anchors, &options(now));
            assert!(validation.valid(), "{validation:?}");
            assert_eq!(validation.path.last().unwrap().der, root.der);
        }
        let other = [other_root];
        let refused = validate(&leaf, std::slice::from_ref(&issuing), &other, &options(now));
        assert!(matches!(refused.chain, Err(Refusal::NoIssuer { .. })), "{refused:?}");
    }

    #[test]
    fn a_trusted_issuing_ca_is_an_anchor_and_the_signer_may_not_be_a_ca() {
        let now = crate::clock::now();
        let [leaf, issuing, root] = authority(now);
        let validation = validate(&leaf, &[], std::slice::from_ref(&issuing), &options(now));
        assert!(validation.valid() && validation.path.len() == 2, "{validation:?}");
        let ca_signer = validate(&issuing, &[], std::slice::from_ref(&root), &options(now));
        assert!(matches!(ca_signer.chain, Err(Refusal::SignerIsCa { .. })), "{ca_signer:?}");
    }

    #[test]
    fn every_refusal_names_its_check() {
        let cert = || "c".to_owned();
        let at = || "t".to_owned();
        let refusals = [
            (Refusal::PathLen { cert: cert(), len: 0, found: 1 }, "chain", Code::UntrustedChain),
            (
                Refusal::NotValid { cert: cert(), from: at(), to: at(), at: at() },
                "validity",
                Code::CertNotValid,
            ),
            (Refusal::NoCrlSign { issuer: cert() }, "revocation", Code::CrlUnavailable),
            (Refusal::Revoked { cert: cert(), revoked: at(), at: at() }, "revocation", Code::CertRevoked),
        ];
        for (refusal, check, code) in refusals {
            assert_eq!((refusal.check(), refusal.code()), (check, code), "{refusal}");
        }
    }

    /// Regression: "revoked at 07:05:25Z, before 07:05:25Z" — a revocation at the very time
    /// checked is not before it.
    #[test]
    fn a_revocation_at_the_time_checked_is_not_said_to_be_before_it() {
        let at = "2026-12-03T07:05:25Z".to_owned();
        let refusal = Refusal::Revoked { cert: "c".into(), revoked: at.clone(), at };
        let text = refusal.to_string();
        assert!(!text.contains("before"), "{text}");
        assert!(text.contains("no later than the time checked"), "{text}");
    }
}

#[cfg(test)]
mod limbo;
