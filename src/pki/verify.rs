//! The one verifier of signed documents, used by `sign` on its own output, by the portal on
//! every submission and by `verify-ticket`. Each check is reported under its contract name,
//! with a detail a person can act on; `chain`, `validity` and `revocation` are the verdicts of
//! path validation ([`super::path`]).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::Serialize;
use time::{Duration, OffsetDateTime};

use super::cert::{Cert, Role};
use super::crl::Crl;
use super::jws::{Jws, canonical, unb64url};
use super::keys::Alg;
use super::ocsp::Responder;
use super::path;
use crate::clock;
use crate::domain::document::{Channel, Document, Kind};
use crate::domain::iin::is_minor;
use crate::error::Code;

/// How far a signing time may be from the portal's clock.
pub const MAX_SKEW: Duration = Duration::minutes(5);

/// One named check and its verdict.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Check {
    pub name: &'static str,
    pub ok: bool,
    pub detail: String,
    #[serde(skip)]
    pub code: Option<Code>,
}

impl Check {
    pub fn pass(name: &'static str, detail: impl Into<String>) -> Check {
        Check { name, ok: true, detail: detail.into(), code: None }
    }

    pub fn fail(name: &'static str, code: Code, detail: impl Into<String>) -> Check {
        Check { name, ok: false, detail: detail.into(), code: Some(code) }
    }
}

/// The time at which certificates must be valid and unrevoked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    SigT,
    Now,
    Time(OffsetDateTime),
}

impl At {
    pub fn parse(text: &str) -> Option<At> {
        match text {
            "sigT" | "sigt" => Some(At::SigT),
            "now" => Some(At::Now),
            other => clock::parse_rfc3339(other).map(At::Time),
        }
    }
}

/// What the caller trusts and asks for.
#[derive(Debug, Clone)]
pub struct Policy<'a> {
    /// Trusted roots; `None` skips the `chain` check (only `sign` without a trust anchor).
    pub roots: Option<&'a [Cert]>,
    /// `None` skips the `revocation` check; `Some(Ok(&[]))` fails it (no CRL available), and
    /// so does `Some(Err(why))` (a CRL that could not be read).
    pub crls: Option<Result<&'a [Crl], &'a str>>,
    pub at: At,
    pub now: OffsetDateTime,
    /// The kind the caller expects (`verify-ticket` expects a ticket).
    pub expect: Option<Kind>,
    /// A request being submitted: `sigT` must lie within this window of `now` (the portal's
    /// setting, [`MAX_SKEW`] by default).
    pub signing_window: Option<Duration>,
}

/// Everything the verifier learned, checks in contract order.
#[derive(Debug, Clone)]
pub struct Report {
    pub checks: Vec<Check>,
    pub document: Option<serde_json::Value>,
    /// The same document, checked and typed.
    pub parsed: Option<Document>,
    pub kind: Option<Kind>,
    pub signer: Option<Cert>,
    pub sig_t: Option<OffsetDateTime>,
}

impl Report {
    pub fn valid(&self) -> bool {
        self.checks.iter().all(|c| c.ok)
    }

    /// The first failed check as the refusal `sign` and the portal answer with.
    /// The first failure as an error. An unreadable payload is an input error (exit 2), not a
    /// refusal of the signature: the document is at fault, whoever signed it.
    pub fn refusal(&self) -> Result<(), crate::error::Error> {
        match self.first_failure() {
            None => Ok(()),
            Some(failed) if failed.name == "payload" => Err(crate::error::Error::document(
                self.kind.map_or("document", Kind::type_name),
                failed.detail.clone(),
            )),
            Some(failed) => Err(crate::error::Error::Refused {
                check: failed.name,
                code: failed.code.unwrap_or(Code::BadSignature),
                detail: failed.detail.clone(),
            }),
        }
    }

    /// The first failed check; a signer not matched because the payload is unreadable gives
    /// way to the payload's own failure, which says what is wrong.
    pub fn first_failure(&self) -> Option<&Check> {
        let first = self.checks.iter().find(|c| !c.ok)?;
        if first.name == "signer" && first.code == Some(Code::InvalidDocument) {
            return self.checks.iter().find(|c| c.name == "payload" && !c.ok).or(Some(first));
        }
        Some(first)
    }
}

/// The parts of a well-formed JWS.
struct Parsed {
    alg: Alg,
    kind: Kind,
    chain: Vec<Cert>,
    sig_t: OffsetDateTime,
    signature: Vec<u8>,
    payload: Vec<u8>,
}

fn parse_structure(jws: &Jws, expect: Option<Kind>) -> Result<Parsed, Check> {
    let bad = |detail: String| Check::fail("structure", Code::InvalidDocument, detail);
    let header = unb64url(&jws.protected).ok_or_else(|| bad("`protected` is not base64url".into()))?;
    let header: serde_json::Map<String, serde_json::Value> = crate::json::from_slice(&header)
        .map_err(|e| bad(format!("protected header is not a JSON object with unique members: {e}")))?;
    if let Some(name) = header.keys().find(|k| !["alg", "typ", "x5c", "sigT"].contains(&k.as_str())) {
        return Err(bad(format!("protected header member `{name}` is not allowed")));
    }
    let alg_name = header.get("alg").and_then(|v| v.as_str()).unwrap_or("(missing)");
    let alg = Alg::parse(alg_name).ok_or_else(|| {
        Check::fail(
            "structure",
            Code::UnsupportedAlg,
            format!("alg `{alg_name}` is not accepted (ES256, EdDSA or RS256 only)"),
        )
    })?;
    let typ = header.get("typ").and_then(|v| v.as_str()).unwrap_or("(missing)");
    let kind = Kind::from_typ(typ).ok_or_else(|| bad(format!("typ `{typ}` is not a known document type")))?;
    if let Some(expected) = expect
        && expected != kind
    {
        return Err(bad(format!("typ `{typ}`, expected `{}`", expected.typ())));
    }
    let x5c = header
        .get("x5c")
        .and_then(|v| v.as_array())
        .filter(|a| !a.is_empty())
        .ok_or_else(|| bad("x5c is missing or empty".into()))?;
    let mut chain = Vec::with_capacity(x5c.len());
    for (i, entry) in x5c.iter().enumerate() {
        let der = entry
            .as_str()
            .and_then(|s| STANDARD.decode(s).ok())
            .ok_or_else(|| bad(format!("x5c[{i}] is not base64")))?;
        chain.push(Cert::from_der_cached(&der).map_err(|e| bad(format!("x5c[{i}]: {e}")))?);
    }
    let sig_t =
        header.get("sigT").and_then(|v| v.as_str()).and_then(clock::parse_utc_seconds).ok_or_else(|| {
            bad("sigT is missing or not an RFC 3339 UTC time like 2026-11-25T17:00:00Z".into())
        })?;
    let payload = unb64url(&jws.payload).ok_or_else(|| bad("`payload` is not base64url".into()))?;
    let signature = unb64url(&jws.signature).ok_or_else(|| bad("`signature` is not base64url".into()))?;
    Ok(Parsed { alg, kind, chain, sig_t, signature, payload })
}

/// Verifies a JWS under `policy`. Never fails: every problem is a failed check.
pub fn verify(jws: &Jws, policy: &Policy) -> Report {
    verify_online(jws, policy, None)
}

/// [`verify`], online: the signer's revocation is asked of `ocsp` first, and a CRL of the
/// policy decides only when the responder cannot be reached.
pub fn verify_online(jws: &Jws, policy: &Policy, ocsp: Option<&dyn Responder>) -> Report {
    let mut report =
        Report { checks: Vec::new(), document: None, parsed: None, kind: None, signer: None, sig_t: None };
    let parsed = match parse_structure(jws, policy.expect) {
        Ok(p) => p,
        Err(check) => {
            report.checks.push(check);
            return report;
        }
    };
    report.kind = Some(parsed.kind);
    report.sig_t = Some(parsed.sig_t);
    report.checks.push(Check::pass(
        "structure",
        format!("{} {}, {} certificate(s) in x5c", parsed.alg.name(), parsed.kind.typ(), parsed.chain.len()),
    ));
    let leaf = &parsed.chain[0];
    report.signer = Some(leaf.clone());

    report.checks.push(check_signature(jws, &parsed));
    let at = match policy.at {
        At::SigT => parsed.sig_t,
        At::Now => policy.now,
        At::Time(t) => t,
    };
    // An unreadable or absent CRL fails revocation before any path is looked at, unless a
    // responder is asked first: then it matters only if the responder cannot be reached.
    let crls = match policy.crls {
        Some(Ok([]) | Err(_)) if ocsp.is_some() => Ok(Some(&[][..])),
        Some(Ok([])) => Err(Check::fail(
            "revocation",
            Code::CrlUnavailable,
            "no CRL available: pass --crl, or verify against a portal",
        )),
        Some(Err(why)) => Err(Check::fail("revocation", Code::CrlUnavailable, why)),
        Some(Ok(crls)) => Ok(Some(crls)),
        None => Ok(None),
    };
    let options = path::Options {
        at,
        now: policy.now,
        crls: crls.as_ref().ok().copied().flatten(),
        ocsp,
        max_intermediates: path::MAX_INTERMEDIATES,
    };
    let validation = match policy.roots {
        Some(roots) => path::validate(leaf, &parsed.chain[1..], roots, &options),
        None => path::unanchored(&parsed.chain, &options),
    };
    if policy.roots.is_some() {
        report.checks.push(match &validation.chain {
            Ok(()) => Check::pass(
                "chain",
                format!(
                    "{} certificates to the trusted `{}`",
                    validation.path.len(),
                    path::label(validation.path.last().expect("a path ends at an anchor"))
                ),
            ),
            Err(refusal) => refused(refusal),
        });
    }
    report.checks.push(check_validity(&validation, at, &parsed, policy));
    match (crls, &validation.revocation) {
        (Err(check), _) => report.checks.push(check),
        (Ok(_), Some(Ok(status))) => {
            report.checks.push(Check::pass("revocation", revocation_detail(status, at)))
        }
        (Ok(_), Some(Err(refusal))) => report.checks.push(refused(refusal)),
        (Ok(_), None) => {}
    }
    // Documents are signed with a signing certificate; identity is proved with an
    // authentication one, never the other way round.
    let usage = match parsed.kind {
        Kind::Registration => leaf
            .authentication_usage()
            .map(|()| "digitalSignature and clientAuth: an authentication certificate"),
        _ => leaf.signing_usage().map(|()| "digitalSignature and nonRepudiation: a signing certificate"),
    };
    report.checks.push(match usage {
        Ok(detail) => Check::pass("key_usage", detail),
        Err(detail) => Check::fail("key_usage", Code::WrongKeyUsage, detail),
    });
    let document = check_payload(&parsed);
    match &document {
        Ok((doc, _)) => report.checks.push(check_signer(leaf, doc, parsed.sig_t.date())),
        Err(_) => report.checks.push(Check::fail(
            "signer",
            Code::InvalidDocument,
            "not checked: the payload is not a readable document (see `payload`)",
        )),
    }
    match document {
        Ok((doc, value)) => {
            report.checks.push(Check::pass(
                "payload",
                format!("a well-formed {} in JCS form", doc.kind().type_name()),
            ));
            report.document = Some(value);
            report.parsed = Some(doc);
        }
        Err(check) => report.checks.push(check),
    }
    report
}

fn check_signature(jws: &Jws, parsed: &Parsed) -> Check {
    let leaf = &parsed.chain[0];
    if leaf.key_alg != Some(parsed.alg.key_alg()) {
        let found = leaf.key_alg.map_or("an unsupported", |k| k.describe());
        return Check::fail(
            "signature",
            Code::BadSignature,
            format!("alg {} does not fit the signer's {found} key", parsed.alg.name()),
        );
    }
    let input = format!("{}.{}", jws.protected, jws.payload);
    if parsed.alg.verify(&leaf.public_key, input.as_bytes(), &parsed.signature) {
        Check::pass("signature", format!("{} signature by {}", parsed.alg.name(), leaf.describe()))
    } else {
        Check::fail(
            "signature",
            Code::BadSignature,
            format!(
                "the {} signature does not match the signed bytes and the key of {}",
                parsed.alg.name(),
                leaf.describe()
            ),
        )
    }
}

/// A refusal of path validation as the check it fails.
fn refused(refusal: &path::Refusal) -> Check {
    Check::fail(refusal.check(), refusal.code(), refusal.to_string())
}

fn check_validity(
    validation: &path::Validation,
    at: OffsetDateTime,
    parsed: &Parsed,
    policy: &Policy,
) -> Check {
    if let Some(window) = policy.signing_window
        && (parsed.sig_t - policy.now).abs() > window
    {
        return Check::fail(
            "validity",
            Code::StaleSigningTime,
            format!(
                "sigT {} is more than {} from the portal's clock {}",
                clock::rfc3339(parsed.sig_t),
                clock::duration_text(window.unsigned_abs()),
                clock::rfc3339(policy.now)
            ),
        );
    }
    match &validation.validity {
        Ok(()) => Check::pass(
            "validity",
            format!("{} certificate(s) valid at {}", validation.path.len(), clock::rfc3339(at)),
        ),
        Err(refusal) => refused(refusal),
    }
}

/// What a revocation status says, its source first: `OCSP: good, thisUpdate …` or `CRL: not
/// listed (OCSP unreachable: …)`.
pub fn revocation_detail(status: &path::Status, at: OffsetDateTime) -> String {
    let source = |source: &path::Source| match source {
        path::Source::Crl => "CRL".to_owned(),
        path::Source::Ocsp { .. } => "OCSP".to_owned(),
        path::Source::CrlAfterOcsp { why } => format!("CRL (OCSP unreachable: {why})"),
    };
    let by = |s: &path::Source| match s {
        path::Source::Ocsp { responder } => format!(", answered by `{responder}`"),
        _ => String::new(),
    };
    match status {
        path::Status::RevokedAfter { source: s, revoked } => format!(
            "{}: revoked at {}, after {}: not revoked at that time{}",
            source(s),
            clock::rfc3339(*revoked),
            clock::rfc3339(at),
            by(s)
        ),
        path::Status::NotRevoked { source: s, this_update, next_update } => {
            let next = next_update.map_or("none".to_owned(), clock::rfc3339);
            let (what, verdict) = match s {
                path::Source::Ocsp { .. } => ("OCSP".to_owned(), "good"),
                path::Source::CrlAfterOcsp { why } => {
                    (format!("CRL: not listed (OCSP unreachable: {why})"), "")
                }
                path::Source::Crl => ("CRL".to_owned(), "not listed"),
            };
            if verdict.is_empty() {
                format!("{what}, thisUpdate {}, nextUpdate {next}", clock::rfc3339(*this_update))
            } else {
                format!(
                    "{what}: {verdict}, thisUpdate {}, nextUpdate {next}{}",
                    clock::rfc3339(*this_update),
                    by(s)
                )
            }
        }
    }
}

fn check_payload(parsed: &Parsed) -> Result<(Document, serde_json::Value), Check> {
    let bad = |detail: String| Check::fail("payload", Code::InvalidDocument, detail);
    let value: serde_json::Value = crate::json::from_slice(&parsed.payload)
        .map_err(|e| bad(format!("the payload is not JSON with unique members: {e}")))?;
    if canonical(&value) != parsed.payload {
        return Err(bad("the payload is not in JCS (RFC 8785) canonical form".into()));
    }
    let doc = Document::from_value(&value).map_err(|e| bad(e.to_string()))?;
    if doc.kind() != parsed.kind {
        return Err(bad(format!("a {} under typ `{}`", doc.kind().type_name(), parsed.kind.typ())));
    }
    // A document is not made after it is signed (the signing time being at most MAX_SKEW
    // from the verifier's clock where that matters); how long before is its own business.
    let (name, stamp) = doc.stamp();
    if clock::parse_rfc3339(stamp).is_some_and(|made| made > parsed.sig_t + MAX_SKEW) {
        return Err(bad(format!(
            "`{name}` {stamp} is after the signing time {}",
            clock::rfc3339(parsed.sig_t)
        )));
    }
    Ok((doc, value))
}

/// The signer fits the document (SPEC section 5, check 7), on `day` (the signing time's): a
/// request's applicant signs it — or, for an applicant under 18, the parent named as
/// representative, who alone may ask for a child — or the clinic's operator does, with an
/// employee certificate of its BIN; nobody under 18 signs anything.
pub fn check_signer(leaf: &Cert, doc: &Document, day: time::Date) -> Check {
    let fail = |detail: String| Check::fail("signer", Code::SignerMismatch, detail);
    let minor = |detail: String| Check::fail("signer", Code::Minor, detail);
    let iin = leaf.subject.iin.as_deref().unwrap_or("(none)");
    let bin = leaf.subject.bin.as_deref();
    let role = leaf.role();
    let signer_born = crate::domain::iin::Iin::parse(iin, time::Date::MAX).ok().map(|i| i.birth_date());
    if signer_born.is_some_and(|born| is_minor(born, day)) {
        return minor(format!("the signer {iin} is under 18: a parent signs for a child"));
    }
    match doc {
        Document::Request(r) => {
            let child = is_minor(r.applicant.birth_date, day);
            match (child, &r.representative) {
                (true, None) => {
                    return minor(format!(
                        "the applicant {} is under 18: a parent asks for a child, named as representative",
                        r.applicant.iin
                    ));
                }
                (false, Some(representative)) => {
                    return fail(format!(
                        "the applicant {} is of age and asks alone; {} is no representative of theirs",
                        r.applicant.iin, representative.iin
                    ));
                }
                _ => {}
            }
            match (r.channel, &r.operator) {
                (Channel::Provider, Some(op)) => {
                    if iin != op.iin.to_string() {
                        return fail(format!("signer IIN {iin} is not the operator's {}", op.iin));
                    }
                    if !role.is_some_and(Role::is_organization) {
                        return fail(
                            "a provider-channel request needs an employee certificate of the clinic".into(),
                        );
                    }
                    if bin != Some(&r.organization.bin.to_string()) {
                        return fail(format!(
                            "signer BIN {} is not the clinic's {}",
                            bin.unwrap_or("(none)"),
                            r.organization.bin
                        ));
                    }
                    Check::pass("signer", format!("operator {iin} of BIN {}", r.organization.bin))
                }
                _ => match &r.representative {
                    Some(representative) => {
                        if iin != representative.iin.to_string() {
                            return fail(format!(
                                "signer IIN {iin} is not the representative's {}",
                                representative.iin
                            ));
                        }
                        Check::pass(
                            "signer",
                            format!(
                                "the {} {iin}, for the child {}",
                                representative.relation.as_str(),
                                r.applicant.iin
                            ),
                        )
                    }
                    None => {
                        if iin != r.applicant.iin.to_string() {
                            return fail(format!(
                                "signer IIN {iin} is not the applicant's {}",
                                r.applicant.iin
                            ));
                        }
                        Check::pass("signer", format!("the applicant {iin}"))
                    }
                },
            }
        }
        Document::Ticket(t) => {
            if bin != Some(&t.organization.bin.to_string()) {
                return fail(format!(
                    "signer BIN {} is not the ticket's clinic BIN {}",
                    bin.unwrap_or("(none: a citizen's certificate)"),
                    t.organization.bin
                ));
            }
            if !role.is_some_and(Role::signs_for_organization) {
                let role = role.map_or("no role", Role::as_str);
                return fail(format!(
                    "signer's role is {role}: a ticket needs the first head or the right of signature"
                ));
            }
            if iin != t.signer.iin.to_string() {
                return fail(format!("signer IIN {iin} is not the ticket's signer {}", t.signer.iin));
            }
            Check::pass(
                "signer",
                format!("{} of BIN {}, IIN {iin}", role.map_or("", Role::as_str), t.organization.bin),
            )
        }
        Document::Registration(r) => {
            if iin != r.iin.to_string() {
                return fail(format!("signer IIN {iin} is not the IIN being registered, {}", r.iin));
            }
            Check::pass("signer", format!("the person registering, {iin}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::iin::{Bin, Iin};
    use crate::pki::ca::{self, KeyType, LeafProfile, SubjectKey};
    use crate::pki::jws;
    use crate::pki::keys::SigningKey;

    fn ticket() -> serde_json::Value {
        let path = format!("{}/examples/ticket.json", env!("CARGO_MANIFEST_DIR"));
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    struct Setup {
        root: Cert,
        issuing: ca::CaMaterial,
        now: OffsetDateTime,
    }

    fn setup() -> Setup {
        let now = clock::now();
        let (root, issuing) = ca::create_authority(now).unwrap();
        Setup { root: Cert::from_der(&root.cert_der).unwrap(), issuing, now }
    }

    fn head(s: &Setup, role: Role, auth: bool) -> (SigningKey, Vec<Cert>) {
        let profile = LeafProfile {
            iin: Iin::parse("790615300452", s.now.date()).unwrap(),
            surname: "АХМЕТОВА".into(),
            given: "ДИНАРА".into(),
            patronymic: None,
            organization: Some((Bin::parse("940140000385").unwrap(), "Поликлиника №1".into())),
            role,
            auth,
            not_before: s.now - Duration::days(1),
            not_after: s.now + Duration::days(30),
            serial: ca::random_serial().unwrap(),
        };
        let issued = ca::issue_leaf(&s.issuing, &profile, SubjectKey::Generate(KeyType::P256)).unwrap();
        let key = SigningKey::from_der(&issued.key_pkcs8.unwrap()).unwrap();
        let chain =
            vec![Cert::from_der(&issued.cert_der).unwrap(), Cert::from_der(&s.issuing.cert_der).unwrap()];
        (key, chain)
    }

    fn crl(s: &Setup, revoked: &[(Vec<u8>, OffsetDateTime)]) -> Crl {
        Crl::from_der(&ca::issue_crl(&s.issuing, revoked, s.now, s.now + Duration::days(7), 1).unwrap())
            .unwrap()
    }

    fn run(s: &Setup, signed: &Jws, crls: &[Crl], at: At) -> Report {
        let roots = [s.root.clone()];
        let policy = Policy {
            roots: Some(&roots),
            crls: Some(Ok(crls)),
            at,
            now: s.now,
            expect: Some(Kind::Ticket),
            signing_window: None,
        };
        verify(signed, &policy)
    }

    fn failed(report: &Report) -> Vec<&'static str> {
        report.checks.iter().filter(|c| !c.ok).map(|c| c.name).collect()
    }

    #[test]
    fn a_ticket_signed_by_the_head_passes_every_check() {
        let s = setup();
        let (key, chain) = head(&s, Role::Head, false);
        let signed = jws::sign(&ticket(), Kind::Ticket, &key, &chain, s.now);
        let report = run(&s, &signed, &[crl(&s, &[])], At::SigT);
        let names: Vec<_> = report.checks.iter().map(|c| c.name).collect();
        assert_eq!(
            names,
            ["structure", "signature", "chain", "validity", "revocation", "key_usage", "signer", "payload"]
        );
        assert!(report.valid(), "{:#?}", report.checks);
    }

    #[test]
    fn each_failure_is_named() {
        let s = setup();
        let (key, chain) = head(&s, Role::Head, false);
        let signed = jws::sign(&ticket(), Kind::Ticket, &key, &chain, s.now);

        let (employee_key, employee_chain) = head(&s, Role::Employee, false);
        let by_employee = jws::sign(&ticket(), Kind::Ticket, &employee_key, &employee_chain, s.now);
        assert_eq!(failed(&run(&s, &by_employee, &[crl(&s, &[])], At::SigT)), ["signer"]);

        let (auth_key, auth_chain) = head(&s, Role::Head, true);
        let by_auth = jws::sign(&ticket(), Kind::Ticket, &auth_key, &auth_chain, s.now);
        assert_eq!(failed(&run(&s, &by_auth, &[crl(&s, &[])], At::SigT)), ["key_usage"]);

        let serial = hex(&chain[0].serial);
        let revoked_before = crl(&s, &[(serial.clone(), s.now - Duration::hours(1))]);
        assert_eq!(failed(&run(&s, &signed, &[revoked_before], At::SigT)), ["revocation"]);

        let revoked_after = crl(&s, &[(serial, s.now + Duration::hours(1))]);
        let report = run(&s, &signed, std::slice::from_ref(&revoked_after), At::SigT);
        assert!(report.valid(), "{:#?}", report.checks);
        let at_later = At::Time(s.now + Duration::hours(2));
        assert_eq!(failed(&run(&s, &signed, &[revoked_after], at_later)), ["revocation"]);

        assert_eq!(failed(&run(&s, &signed, &[], At::SigT)), ["revocation"]);
        let at_expired = At::Time(s.now + Duration::days(31));
        assert_eq!(failed(&run(&s, &signed, &[crl(&s, &[])], at_expired)), ["validity"]);

        let mut tampered = signed.clone();
        tampered.signature = jws::b64url(&[0u8; 64]);
        assert_eq!(failed(&run(&s, &tampered, &[crl(&s, &[])], At::SigT)), ["signature"]);

        let other = setup();
        let report = run(&other, &signed, &[crl(&other, &[])], At::SigT);
        assert_eq!(failed(&report), ["chain", "revocation"]);
    }

    fn hex(serial: &str) -> Vec<u8> {
        (0..serial.len()).step_by(2).map(|i| u8::from_str_radix(&serial[i..i + 2], 16).unwrap()).collect()
    }
}
