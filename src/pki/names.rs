//! Names as name constraints see them (RFC 5280 section 4.2.1.10): the names a certificate
//! holds, the subtrees of a CA's name constraints, and whether a name lies within them.
//! Directory names, e-mail addresses (rfc822Name), DNS names and IP addresses are processed;
//! a constraint on any other form refuses a certificate below that holds a name of that form.

use der::asn1::ObjectIdentifier as Oid;
use der::{Tag, Tagged};
use x509_cert::ext::pkix::constraints::name::GeneralSubtree;
use x509_cert::ext::pkix::name::GeneralName;

use super::Words;
use crate::t;

/// The form of a general name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Directory,
    Email,
    Dns,
    Ip,
    /// otherName, x400Address, ediPartyName, URI, registeredID: not processed.
    Unprocessed(&'static str),
}

impl Form {
    pub fn describe(self) -> &'static str {
        match self {
            Form::Directory => "directoryName",
            Form::Email => "rfc822Name",
            Form::Dns => "dNSName",
            Form::Ip => "iPAddress",
            Form::Unprocessed(form) => form,
        }
    }
}

/// One attribute of a relative distinguished name, its value normalized as RFC 5280 section
/// 7.1 asks for comparisons (case and runs of spaces ignored in directory strings), so that
/// a name spelled in another string type or case cannot slip past an excluded subtree.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Attribute {
    oid: Oid,
    value: Value,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Value {
    Text(String),
    Other(Vec<u8>),
}

/// A relative distinguished name: a set of attributes, kept sorted.
pub type Rdn = Vec<Attribute>;

/// A name, as far as name constraints look at it. A malformed name is kept as it was
/// written: any constraint on its form, permitted or excluded, refuses it, since where it
/// would fall is anyone's guess (a wildcard `*.example.com` under an excluded subtree).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Name {
    Directory(Vec<Rdn>),
    Email(Mailbox),
    Dns(String),
    Ip(Vec<u8>),
    Malformed(Form, String),
    Unprocessed(&'static str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mailbox {
    local: String,
    /// Lowercase.
    domain: String,
}

impl Name {
    pub fn form(&self) -> Form {
        match self {
            Name::Directory(_) => Form::Directory,
            Name::Email(_) => Form::Email,
            Name::Dns(_) => Form::Dns,
            Name::Ip(_) => Form::Ip,
            Name::Malformed(form, _) => *form,
            Name::Unprocessed(form) => Form::Unprocessed(form),
        }
    }

    pub fn from_general(name: &GeneralName) -> Name {
        match name {
            GeneralName::DirectoryName(dn) => Name::Directory(directory(dn)),
            GeneralName::Rfc822Name(text) => Name::email_attribute(text.as_str()),
            GeneralName::DnsName(text) => match text.as_str() {
                name if dns_name(name) => Name::Dns(name.to_ascii_lowercase()),
                name => Name::Malformed(Form::Dns, name.to_owned()),
            },
            GeneralName::IpAddress(bytes) => match bytes.as_bytes() {
                ip if matches!(ip.len(), 4 | 16) => Name::Ip(ip.to_vec()),
                other => Name::Malformed(Form::Ip, format!("{other:02x?}")),
            },
            GeneralName::OtherName(_) => Name::Unprocessed("otherName"),
            GeneralName::EdiPartyName(_) => Name::Unprocessed("ediPartyName"),
            GeneralName::UniformResourceIdentifier(_) => Name::Unprocessed("uniformResourceIdentifier"),
            GeneralName::RegisteredId(_) => Name::Unprocessed("registeredID"),
        }
    }

    /// An emailAddress attribute of a subject, read as an rfc822Name.
    pub fn email_attribute(text: &str) -> Name {
        match mailbox(text) {
            Some(mailbox) => Name::Email(mailbox),
            None => Name::Malformed(Form::Email, text.to_owned()),
        }
    }

    /// The name as people read it, for a refusal.
    pub fn describe(&self) -> String {
        match self {
            Name::Directory(rdns) => {
                let text: Vec<String> = rdns
                    .iter()
                    .map(|rdn| {
                        rdn.iter()
                            .map(|a| match &a.value {
                                Value::Text(t) => format!("{}={t}", a.oid),
                                Value::Other(_) => format!("{}=#…", a.oid),
                            })
                            .collect::<Vec<_>>()
                            .join("+")
                    })
                    .collect();
                format!("directoryName `{}`", text.join(", "))
            }
            Name::Email(m) => format!("rfc822Name `{}@{}`", m.local, m.domain),
            Name::Dns(d) => format!("dNSName `{d}`"),
            Name::Ip(ip) => format!("iPAddress `{}`", ip_text(ip)),
            Name::Malformed(form, text) => t!("names-malformed", form = form.describe(), text = text),
            Name::Unprocessed(form) => t!("names-unprocessed", form = *form),
        }
    }
}

/// A distinguished name, normalized for comparison.
pub fn directory(name: &x509_cert::name::Name) -> Vec<Rdn> {
    name.iter_rdn()
        .map(|rdn| {
            let mut attributes: Rdn =
                rdn.iter().map(|atv| Attribute { oid: atv.oid, value: normalize(&atv.value) }).collect();
            attributes.sort();
            attributes
        })
        .collect()
}

fn normalize(value: &der::Any) -> Value {
    let bytes = value.value();
    let text = match value.tag() {
        Tag::Utf8String | Tag::PrintableString | Tag::Ia5String | Tag::VisibleString | Tag::NumericString => {
            std::str::from_utf8(bytes).ok().map(str::to_owned)
        }
        // T.61 as the Latin-1 subset every real certificate uses.
        Tag::TeletexString => Some(bytes.iter().map(|&b| char::from(b)).collect()),
        Tag::BmpString if bytes.len().is_multiple_of(2) => {
            char::decode_utf16(bytes.chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])))
                .collect::<Result<String, _>>()
                .ok()
        }
        _ => None,
    };
    match text {
        Some(text) => Value::Text(text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()),
        None => Value::Other(der::Encode::to_der(value).unwrap_or_default()),
    }
}

/// A DNS label sequence in the preferred name syntax (RFC 1034, as RFC 1123 relaxed it): no
/// wildcard, no leading or trailing dot, no empty label.
fn dns_name(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 253
        && text.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// `local@domain` with exactly one `@`; the local part is compared as it is, every character
/// literal (an `*` is not a wildcard).
fn mailbox(text: &str) -> Option<Mailbox> {
    let (local, domain) = text.split_once('@')?;
    if local.is_empty() || domain.contains('@') || !dns_name(domain) {
        return None;
    }
    if local.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    Some(Mailbox { local: local.to_owned(), domain: domain.to_ascii_lowercase() })
}

fn ip_text(bytes: &[u8]) -> String {
    match bytes.len() {
        4 => std::net::Ipv4Addr::from(<[u8; 4]>::try_from(bytes).expect("4 bytes")).to_string(),
        16 => std::net::Ipv6Addr::from(<[u8; 16]>::try_from(bytes).expect("16 bytes")).to_string(),
        _ => format!("{bytes:02x?}"),
    }
}

/// The base of one subtree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Base {
    Directory(Vec<Rdn>),
    /// A mailbox, a host (`example.com`) or the hosts under a domain (`.example.com`).
    Email(EmailBase),
    /// A domain and every name under it; empty for every name.
    Dns(String),
    /// Address and mask, both 4 or both 16 bytes.
    Ip(Vec<u8>, Vec<u8>),
    Unprocessed(&'static str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmailBase {
    Mailbox(Mailbox),
    Host(String),
    Under(String),
}

impl Base {
    fn form(&self) -> Form {
        match self {
            Base::Directory(_) => Form::Directory,
            Base::Email(_) => Form::Email,
            Base::Dns(_) => Form::Dns,
            Base::Ip(..) => Form::Ip,
            Base::Unprocessed(form) => Form::Unprocessed(form),
        }
    }

    /// `name` lies within this subtree; `None` when the forms differ.
    fn contains(&self, name: &Name) -> Option<bool> {
        Some(match (self, name) {
            (Base::Directory(base), Name::Directory(rdns)) => rdns.starts_with(base),
            (Base::Email(base), Name::Email(m)) => match base {
                EmailBase::Mailbox(b) => b.local == m.local && b.domain == m.domain,
                EmailBase::Host(host) => &m.domain == host,
                EmailBase::Under(domain) => m.domain.ends_with(domain.as_str()),
            },
            (Base::Dns(base), Name::Dns(n)) => {
                base.is_empty()
                    || n == base
                    || (n.len() > base.len()
                        && n.ends_with(base.as_str())
                        && n.as_bytes()[n.len() - base.len() - 1] == b'.')
            }
            (Base::Ip(address, mask), Name::Ip(ip)) => {
                ip.len() == address.len()
                    && ip.iter().zip(address).zip(mask).all(|((i, a), m)| i & m == a & m)
            }
            // Never matched: a name of an unprocessed form under such a constraint is refused
            // before subtrees are looked at.
            (Base::Unprocessed(a), Name::Unprocessed(b)) if a == b => false,
            _ => return None,
        })
    }
}

/// A CA's name constraints, checked for syntax when the certificate is read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Constraints {
    pub permitted: Vec<Base>,
    pub excluded: Vec<Base>,
}

/// Why a name constraints extension is unusable.
pub fn parse_constraints(nc: &x509_cert::ext::pkix::NameConstraints) -> Result<Constraints, Words> {
    let subtrees = |list: &Option<Vec<GeneralSubtree>>, which: &'static str| -> Result<Vec<Base>, Words> {
        let Some(list) = list else { return Ok(Vec::new()) };
        if list.is_empty() {
            return Err(Words::new(move || t!("names-empty-subtrees", which = which)));
        }
        list.iter().map(subtree).collect()
    };
    let constraints = Constraints {
        permitted: subtrees(&nc.permitted_subtrees, "permitted")?,
        excluded: subtrees(&nc.excluded_subtrees, "excluded")?,
    };
    if constraints.permitted.is_empty() && constraints.excluded.is_empty() {
        return Err(Words::new(|| t!("names-no-subtrees")));
    }
    Ok(constraints)
}

fn subtree(tree: &GeneralSubtree) -> Result<Base, Words> {
    if tree.minimum != 0 || tree.maximum.is_some() {
        return Err(Words::new(|| t!("names-subtree-bounds")));
    }
    Ok(match &tree.base {
        GeneralName::DirectoryName(dn) => Base::Directory(directory(dn)),
        GeneralName::Rfc822Name(text) => {
            let text = text.as_str();
            Base::Email(if text.contains('@') {
                EmailBase::Mailbox(mailbox(text).ok_or_else(|| {
                    let text = text.to_owned();
                    Words::new(move || t!("names-no-mailbox", text = &text))
                })?)
            } else if let Some(domain) = text.strip_prefix('.') {
                if !dns_name(domain) {
                    let text = text.to_owned();
                    return Err(Words::new(move || t!("names-no-domain", text = &text)));
                }
                EmailBase::Under(text.to_ascii_lowercase())
            } else {
                if !dns_name(text) {
                    let text = text.to_owned();
                    return Err(Words::new(move || t!("names-no-host", text = &text)));
                }
                EmailBase::Host(text.to_ascii_lowercase())
            })
        }
        GeneralName::DnsName(text) => {
            let text = text.as_str();
            // Unlike a URI constraint, a DNS constraint has no leading dot, and no wildcard.
            if !text.is_empty() && !dns_name(text) {
                let text = text.to_owned();
                return Err(Words::new(move || t!("names-dns-not-domain", text = &text)));
            }
            Base::Dns(text.to_ascii_lowercase())
        }
        GeneralName::IpAddress(bytes) => {
            let bytes = bytes.as_bytes();
            if !matches!(bytes.len(), 8 | 32) {
                let count = bytes.len();
                return Err(Words::new(move || t!("names-ip-length", count = count)));
            }
            let (address, mask) = bytes.split_at(bytes.len() / 2);
            let bits: Vec<bool> =
                mask.iter().flat_map(|b| (0..8).rev().map(move |i| b >> i & 1 == 1)).collect();
            if bits.windows(2).any(|w| !w[0] && w[1]) {
                let mask = ip_text(mask);
                return Err(Words::new(move || t!("names-ip-mask", mask = &mask)));
            }
            Base::Ip(address.to_vec(), mask.to_vec())
        }
        other => match Name::from_general(other) {
            Name::Unprocessed(form) => Base::Unprocessed(form),
            _ => unreachable!("every processed form is matched above"),
        },
    })
}

/// Name comparisons one validation may make; past it, a path is refused rather than checked
/// (a certificate with thousands of names under thousands of subtrees costs quadratic time).
pub const COMPARISON_BUDGET: usize = 1 << 16;

/// Why a name fails a CA's constraints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Violation {
    NotPermitted(String),
    Excluded(String),
    Malformed(String),
    Unprocessed(&'static str),
    TooMany(usize),
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Violation::NotPermitted(name) => f.write_str(&t!("names-not-permitted", name = name)),
            Violation::Excluded(name) => f.write_str(&t!("names-excluded", name = name)),
            Violation::Malformed(name) => f.write_str(&t!("names-malformed-violation", name = name)),
            Violation::Unprocessed(form) => f.write_str(&t!("names-unprocessed-violation", form = *form)),
            Violation::TooMany(n) => f.write_str(&t!("names-too-many", count = *n)),
        }
    }
}

impl Constraints {
    /// Every one of `names` lies within these constraints. `budget` counts the comparisons
    /// left for the whole validation.
    pub fn check(&self, names: &[Name], budget: &mut usize) -> Result<(), Violation> {
        let cost = names.len() * (self.permitted.len() + self.excluded.len());
        if cost > *budget {
            return Err(Violation::TooMany(COMPARISON_BUDGET));
        }
        *budget -= cost;
        for name in names {
            let form = name.form();
            let constrained = || self.permitted.iter().chain(&self.excluded).any(|b| b.form() == form);
            if let Form::Unprocessed(f) = form
                && constrained()
            {
                return Err(Violation::Unprocessed(f));
            }
            if let Name::Malformed(..) = name
                && constrained()
            {
                return Err(Violation::Malformed(name.describe()));
            }
            if self.excluded.iter().any(|b| b.contains(name) == Some(true)) {
                return Err(Violation::Excluded(name.describe()));
            }
            let mut of_form = self.permitted.iter().filter_map(|b| b.contains(name)).peekable();
            if of_form.peek().is_some() && !of_form.any(|inside| inside) {
                return Err(Violation::NotPermitted(name.describe()));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dns(base: &str) -> Constraints {
        Constraints { permitted: vec![Base::Dns(base.into())], excluded: vec![] }
    }

    fn check(c: &Constraints, name: Name) -> Result<(), Violation> {
        c.check(&[name], &mut COMPARISON_BUDGET.clone())
    }

    #[test]
    fn dns_subtrees_add_labels_on_the_left_only() {
        let c = dns("example.com");
        let name = |n: &str| Name::from_general(&GeneralName::DnsName(der::asn1::Ia5String::new(n).unwrap()));
        assert!(check(&c, name("example.com")).is_ok());
        assert!(check(&c, name("www.Example.COM")).is_ok());
        assert!(check(&c, name("badexample.com")).is_err());
        assert!(check(&c, name("*.example.com")).is_err(), "a wildcard is no DNS name");
        assert!(check(&c, name(".example.com")).is_err());
        assert!(check(&dns(""), name("anything.kz")).is_ok());
    }

    #[test]
    fn email_subtrees_are_mailboxes_hosts_or_domains() {
        let base = |t: &str| match subtree(&GeneralSubtree {
            base: GeneralName::Rfc822Name(der::asn1::Ia5String::new(t).unwrap()),
            minimum: 0,
            maximum: None,
        }) {
            Ok(b) => Constraints { permitted: vec![b], excluded: vec![] },
            Err(e) => panic!("{t}: {e}"),
        };
        let email = |t: &str| Name::email_attribute(t);
        assert!(check(&base("*@example.com"), email("*@example.com")).is_ok());
        assert!(check(&base("*@example.com"), email("user@example.com")).is_err());
        assert!(check(&base("example.com"), email("user@EXAMPLE.com")).is_ok());
        assert!(check(&base("example.com"), email("user@mail.example.com")).is_err());
        assert!(check(&base(".example.com"), email("user@mail.example.com")).is_ok());
        assert!(check(&base(".example.com"), email("user@example.com")).is_err());
        assert!(check(&base("example.com"), email("a@b@example.com")).is_err());
    }

    #[test]
    fn ip_subtrees_are_address_and_prefix() {
        let c = Constraints {
            permitted: vec![Base::Ip(vec![192, 0, 2, 0], vec![255, 255, 255, 0])],
            excluded: vec![],
        };
        assert!(check(&c, Name::Ip(vec![192, 0, 2, 77])).is_ok());
        assert!(check(&c, Name::Ip(vec![192, 0, 3, 1])).is_err());
        assert!(check(&c, Name::Ip(vec![0; 16])).is_err(), "another family is not within");
        assert!(check(&c, Name::Dns("example.com".into())).is_ok(), "another form is unconstrained");
    }

    #[test]
    fn excluded_wins_and_unprocessed_forms_refuse() {
        let c = Constraints {
            permitted: vec![Base::Dns("example.com".into())],
            excluded: vec![Base::Dns("example.com".into()), Base::Unprocessed("otherName")],
        };
        assert!(matches!(check(&c, Name::Dns("example.com".into())), Err(Violation::Excluded(_))));
        let only_excluded =
            Constraints { permitted: vec![], excluded: vec![Base::Dns("bar.example.com".into())] };
        let wildcard = Name::Malformed(Form::Dns, "*.example.com".into());
        assert!(matches!(check(&only_excluded, wildcard), Err(Violation::Malformed(_))), "it might be bar");
        assert!(matches!(check(&c, Name::Unprocessed("otherName")), Err(Violation::Unprocessed(_))));
        assert!(check(&c, Name::Unprocessed("registeredID")).is_ok());
        let mut budget = 1;
        assert!(matches!(c.check(&[Name::Dns("a.kz".into())], &mut budget), Err(Violation::TooMany(_))));
    }

    #[test]
    fn directory_names_compare_without_case_or_string_type() {
        let printable = der::Any::new(Tag::PrintableString, &b"Foo  Bar"[..]).unwrap();
        let utf8 = der::Any::new(Tag::Utf8String, "foo bar".as_bytes()).unwrap();
        let bmp = der::Any::new(
            Tag::BmpString,
            &[0, b'F', 0, b'O', 0, b'O', 0, b' ', 0, b'B', 0, b'A', 0, b'R'][..],
        )
        .unwrap();
        assert_eq!(normalize(&printable), normalize(&utf8));
        assert_eq!(normalize(&bmp), normalize(&utf8));
        assert_ne!(normalize(&der::Any::new(Tag::OctetString, &b"foo bar"[..]).unwrap()), normalize(&utf8));

        let utf8: x509_cert::name::Name = "CN=Foo  Bar,O=Org".parse().unwrap();
        let base: x509_cert::name::Name = "O=org".parse().unwrap();
        // `parse` reads RFC 4514 text, most significant RDN last.
        let c = Constraints { permitted: vec![Base::Directory(directory(&base))], excluded: vec![] };
        assert!(check(&c, Name::Directory(directory(&utf8))).is_ok());
        let other: x509_cert::name::Name = "CN=Foo,O=Other".parse().unwrap();
        assert!(check(&c, Name::Directory(directory(&other))).is_err());
    }
}
