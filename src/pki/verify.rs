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
use crate::t;

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
    let header = unb64url(&jws.protected).ok_or_else(|| bad(t!("jws-not-base64url", part = "protected")))?;
    let header: serde_json::Map<String, serde_json::Value> =
        crate::json::from_slice(&header).map_err(|e| bad(t!("jws-header-not-json", why = e.to_string())))?;
    if let Some(name) = header.keys().find(|k| !["alg", "typ", "x5c", "sigT"].contains(&k.as_str())) {
        return Err(bad(t!("jws-header-member", name = name)));
    }
    let alg_name = header.get("alg").and_then(|v| v.as_str()).unwrap_or("(missing)");
    let alg = Alg::parse(alg_name)
        .ok_or_else(|| Check::fail("structure", Code::UnsupportedAlg, t!("jws-alg", alg = alg_name)))?;
    let typ = header.get("typ").and_then(|v| v.as_str()).unwrap_or("(missing)");
    let kind = Kind::from_typ(typ).ok_or_else(|| bad(t!("jws-typ-unknown", typ = typ)))?;
    if let Some(expected) = expect
        && expected != kind
    {
        return Err(bad(t!("jws-typ-expected", typ = typ, expected = expected.typ())));
    }
    let x5c = header
        .get("x5c")
        .and_then(|v| v.as_array())
        .filter(|a| !a.is_empty())
        .ok_or_else(|| bad(t!("jws-x5c-missing")))?;
    let mut chain = Vec::with_capacity(x5c.len());
    for (i, entry) in x5c.iter().enumerate() {
        let der = entry
            .as_str()
            .and_then(|s| STANDARD.decode(s).ok())
            .ok_or_else(|| bad(t!("jws-x5c-base64", index = i)))?;
        chain.push(Cert::from_der_cached(&der).map_err(|e| bad(format!("x5c[{i}]: {e}")))?);
    }
    let sig_t = header
        .get("sigT")
        .and_then(|v| v.as_str())
        .and_then(clock::parse_utc_seconds)
        .ok_or_else(|| bad(t!("jws-sigt")))?;
    let payload = unb64url(&jws.payload).ok_or_else(|| bad(t!("jws-not-base64url", part = "payload")))?;
    let signature =
        unb64url(&jws.signature).ok_or_else(|| bad(t!("jws-not-base64url", part = "signature")))?;
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
        t!(
            "check-structure-ok",
            alg = parsed.alg.name(),
            typ = parsed.kind.typ(),
            count = parsed.chain.len()
        ),
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
        Some(Ok([])) => Err(Check::fail("revocation", Code::CrlUnavailable, t!("check-no-crl"))),
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
        report.checks.push(chain_check(&validation));
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
        Kind::Registration => leaf.authentication_usage().map(|()| t!("check-key-usage-auth")),
        _ => leaf.signing_usage().map(|()| t!("check-key-usage-signing")),
    };
    report.checks.push(match usage {
        Ok(detail) => Check::pass("key_usage", detail),
        Err(detail) => Check::fail("key_usage", Code::WrongKeyUsage, detail),
    });
    let document = check_payload(&parsed);
    match &document {
        Ok((doc, _)) => report.checks.push(check_signer(leaf, doc, parsed.sig_t.date())),
        Err(_) => report.checks.push(Check::fail("signer", Code::InvalidDocument, t!("check-signer-unread"))),
    }
    match document {
        Ok((doc, value)) => {
            report.checks.push(Check::pass("payload", t!("check-payload-ok", kind = doc.kind().type_name())));
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
        let found = leaf.key_alg.map_or_else(|| t!("key-unsupported"), |k| k.describe().to_owned());
        return Check::fail(
            "signature",
            Code::BadSignature,
            t!("check-signature-alg", alg = parsed.alg.name(), key = found),
        );
    }
    let input = format!("{}.{}", jws.protected, jws.payload);
    if parsed.alg.verify(&leaf.public_key, input.as_bytes(), &parsed.signature) {
        Check::pass("signature", t!("check-signature-ok", alg = parsed.alg.name(), signer = leaf.describe()))
    } else {
        Check::fail(
            "signature",
            Code::BadSignature,
            t!("check-signature-bad", alg = parsed.alg.name(), signer = leaf.describe()),
        )
    }
}

/// A refusal of path validation as the check it fails.
fn refused(refusal: &path::Refusal) -> Check {
    Check::fail(refusal.check(), refusal.code(), refusal.to_string())
}

/// The `chain` check of a validation: the path to its anchor, or why there is none.
pub fn chain_check(validation: &path::Validation) -> Check {
    match &validation.chain {
        Ok(()) => Check::pass(
            "chain",
            t!(
                "check-chain-ok",
                count = validation.path.len(),
                anchor = path::label(validation.path.last().expect("a path ends at an anchor"))
            ),
        ),
        Err(refusal) => refused(refusal),
    }
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
            t!(
                "check-stale-signing-time",
                sigt = clock::human(parsed.sig_t),
                window = clock::duration_text(window.unsigned_abs()),
                now = clock::human(policy.now)
            ),
        );
    }
    match &validation.validity {
        Ok(()) => Check::pass(
            "validity",
            t!("check-validity-ok", count = validation.path.len(), at = clock::human(at)),
        ),
        Err(refusal) => refused(refusal),
    }
}

/// What a revocation status says, its source first: `OCSP: good, thisUpdate …` or `CRL: not
/// listed (OCSP unreachable: …)`.
pub fn revocation_detail(status: &path::Status, at: OffsetDateTime) -> String {
    let by = |s: &path::Source| match s {
        path::Source::Ocsp { responder } => t!("revocation-by", responder = responder),
        _ => String::new(),
    };
    match status {
        path::Status::RevokedAfter { source: s, revoked } => {
            let source = match s {
                path::Source::Crl => "CRL".to_owned(),
                path::Source::Ocsp { .. } => "OCSP".to_owned(),
                path::Source::CrlAfterOcsp { why } => t!("revocation-crl-after-ocsp", why = why),
            };
            t!(
                "revocation-after",
                source = source,
                revoked = clock::human(*revoked),
                at = clock::human(at),
                by = by(s)
            )
        }
        path::Status::NotRevoked { source: s, this_update, next_update } => {
            let next = next_update.map_or_else(|| t!("revocation-no-next-update"), clock::human);
            let this = clock::human(*this_update);
            match s {
                path::Source::Ocsp { .. } => t!("revocation-ocsp-good", this = this, next = next, by = by(s)),
                path::Source::CrlAfterOcsp { why } => {
                    t!("revocation-crl-unreachable-ocsp", why = why, this = this, next = next)
                }
                path::Source::Crl => t!("revocation-crl-not-listed", this = this, next = next),
            }
        }
    }
}

fn check_payload(parsed: &Parsed) -> Result<(Document, serde_json::Value), Check> {
    let bad = |detail: String| Check::fail("payload", Code::InvalidDocument, detail);
    let value: serde_json::Value = crate::json::from_slice(&parsed.payload)
        .map_err(|e| bad(t!("payload-not-json", why = e.to_string())))?;
    if canonical(&value) != parsed.payload {
        return Err(bad(t!("payload-not-jcs")));
    }
    let doc = Document::from_value(&value).map_err(|e| bad(e.to_string()))?;
    if doc.kind() != parsed.kind {
        return Err(bad(t!("payload-kind", kind = doc.kind().type_name(), typ = parsed.kind.typ())));
    }
    // A document is not made after it is signed (the signing time being at most MAX_SKEW
    // from the verifier's clock where that matters); how long before is its own business.
    let (name, stamp) = doc.stamp();
    if clock::parse_rfc3339(stamp).is_some_and(|made| made > parsed.sig_t + MAX_SKEW) {
        return Err(bad(t!(
            "payload-after-signing",
            name = name,
            stamp = stamp,
            sigt = clock::human(parsed.sig_t)
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
    let none = t!("none");
    let iin = leaf.subject.iin.as_deref().unwrap_or(&none);
    let bin = leaf.subject.bin.as_deref();
    let role = leaf.role();
    let signer_born = crate::domain::iin::Iin::parse(iin, time::Date::MAX).ok().map(|i| i.birth_date());
    if signer_born.is_some_and(|born| is_minor(born, day)) {
        return minor(t!("signer-minor", iin = iin));
    }
    match doc {
        Document::Request(r) => {
            let child = is_minor(r.applicant.birth_date, day);
            match (child, &r.representative) {
                (true, None) => {
                    return minor(t!("signer-child-alone", applicant = r.applicant.iin.to_string()));
                }
                (false, Some(representative)) => {
                    return fail(t!(
                        "signer-adult-represented",
                        applicant = r.applicant.iin.to_string(),
                        representative = representative.iin.to_string()
                    ));
                }
                _ => {}
            }
            match (r.channel, &r.operator) {
                (Channel::Provider, Some(op)) => {
                    if iin != op.iin.to_string() {
                        return fail(t!("signer-not-operator", iin = iin, operator = op.iin.to_string()));
                    }
                    if !role.is_some_and(Role::is_organization) {
                        return fail(t!("signer-needs-employee"));
                    }
                    if bin != Some(&r.organization.bin.to_string()) {
                        return fail(t!(
                            "signer-bin-not-clinic",
                            bin = bin.unwrap_or(&none),
                            clinic = r.organization.bin.to_string()
                        ));
                    }
                    Check::pass(
                        "signer",
                        t!("signer-operator-ok", iin = iin, bin = r.organization.bin.to_string()),
                    )
                }
                _ => match &r.representative {
                    Some(representative) => {
                        if iin != representative.iin.to_string() {
                            return fail(t!(
                                "signer-not-representative",
                                iin = iin,
                                representative = representative.iin.to_string()
                            ));
                        }
                        Check::pass(
                            "signer",
                            t!(
                                "signer-representative-ok",
                                relation = representative.relation.as_str(),
                                iin = iin,
                                child = r.applicant.iin.to_string()
                            ),
                        )
                    }
                    None => {
                        if iin != r.applicant.iin.to_string() {
                            return fail(t!(
                                "signer-not-applicant",
                                iin = iin,
                                applicant = r.applicant.iin.to_string()
                            ));
                        }
                        Check::pass("signer", t!("signer-applicant-ok", iin = iin))
                    }
                },
            }
        }
        Document::Ticket(t) => {
            if bin != Some(&t.organization.bin.to_string()) {
                return fail(match bin {
                    Some(bin) => t!("signer-not-clinic", bin = bin, clinic = t.organization.bin.to_string()),
                    None => t!("signer-citizen-for-clinic", clinic = t.organization.bin.to_string()),
                });
            }
            if !role.is_some_and(Role::signs_for_organization) {
                let role = role.map_or("none", Role::as_str);
                return fail(t!("signer-role", role = role));
            }
            if iin != t.signer.iin.to_string() {
                return fail(t!("signer-not-ticket-signer", iin = iin, signer = t.signer.iin.to_string()));
            }
            Check::pass(
                "signer",
                t!(
                    "signer-ticket-ok",
                    role = role.map_or("", Role::as_str),
                    bin = t.organization.bin.to_string(),
                    iin = iin
                ),
            )
        }
        Document::Registration(r) => {
            if iin != r.iin.to_string() {
                return fail(t!("signer-not-registering", iin = iin, registering = r.iin.to_string()));
            }
            Check::pass("signer", t!("signer-registering-ok", iin = iin))
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
