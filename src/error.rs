//! Every way `attach` can fail, in one place: the stable error codes of the contract, the
//! exit status each maps to, and the typed error that library code returns.

use std::fmt;
use std::path::PathBuf;

use crate::domain::iin::IinError;

/// The process exit status. These numbers are part of the contract: scripts test them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Exit {
    Success = 0,
    Failure = 1,
    Usage = 2,
    Auth = 3,
    SignatureRefused = 4,
    ServiceRefused = 5,
    NotFound = 6,
    VerificationFailed = 7,
    NotReady = 8,
    Unavailable = 9,
    BatchFailed = 10,
}

impl Exit {
    pub fn code(self) -> u8 {
        self as u8
    }

    /// The exit status named by a number found in an upstream error envelope. An envelope
    /// reports a failure, so one that claims 0 (or an unknown number) is a failure too.
    pub fn from_code(code: u64) -> Exit {
        match code {
            2 => Exit::Usage,
            3 => Exit::Auth,
            4 => Exit::SignatureRefused,
            5 => Exit::ServiceRefused,
            6 => Exit::NotFound,
            7 => Exit::VerificationFailed,
            8 => Exit::NotReady,
            9 => Exit::Unavailable,
            10 => Exit::BatchFailed,
            _ => Exit::Failure,
        }
    }
}

/// The stable `code` of error envelopes and problem details.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    Internal,
    InvalidInput,
    InvalidIin,
    InvalidDocument,
    UnsupportedAlg,
    PayloadTooLarge,
    DuplicateRequest,
    /// An account exists for the IIN: said only after a valid proof of identity.
    AlreadyRegistered,
    /// A person under 18 registering, signing or being issued a personal certificate; a
    /// parent acts for a child.
    Minor,
    Unauthenticated,
    BadCredentials,
    SessionExpired,
    AccountLocked,
    Forbidden,
    BadSignature,
    UntrustedChain,
    CertNotValid,
    CertRevoked,
    CrlUnavailable,
    WrongKeyUsage,
    SignerMismatch,
    StaleSigningTime,
    NotFound,
    PersonNotFound,
    OrgNotFound,
    NotReady,
    Overloaded,
    Unreachable,
    /// A per-peer or per-IIN rate limit; `Retry-After` says when.
    TooManyRequests,
}

impl Code {
    /// The contract's row for this code: its name, exit status and HTTP status.
    fn row(self) -> (&'static str, Exit, u16) {
        match self {
            Code::Internal => ("internal", Exit::Failure, 500),
            Code::InvalidInput => ("invalid_input", Exit::Usage, 400),
            Code::InvalidIin => ("invalid_iin", Exit::Usage, 400),
            Code::InvalidDocument => ("invalid_document", Exit::Usage, 400),
            Code::UnsupportedAlg => ("unsupported_alg", Exit::Usage, 400),
            Code::PayloadTooLarge => ("payload_too_large", Exit::Usage, 413),
            Code::DuplicateRequest => ("duplicate_request", Exit::Usage, 409),
            Code::AlreadyRegistered => ("already_registered", Exit::Usage, 409),
            Code::Minor => ("minor", Exit::Usage, 422),
            Code::Unauthenticated => ("unauthenticated", Exit::Auth, 401),
            Code::BadCredentials => ("bad_credentials", Exit::Auth, 401),
            Code::SessionExpired => ("session_expired", Exit::Auth, 401),
            Code::AccountLocked => ("account_locked", Exit::Auth, 423),
            Code::Forbidden => ("forbidden", Exit::Auth, 403),
            Code::BadSignature => ("bad_signature", Exit::SignatureRefused, 422),
            Code::UntrustedChain => ("untrusted_chain", Exit::SignatureRefused, 422),
            Code::CertNotValid => ("cert_not_valid", Exit::SignatureRefused, 422),
            Code::CertRevoked => ("cert_revoked", Exit::SignatureRefused, 422),
            Code::CrlUnavailable => ("crl_unavailable", Exit::SignatureRefused, 422),
            Code::WrongKeyUsage => ("wrong_key_usage", Exit::SignatureRefused, 422),
            Code::SignerMismatch => ("signer_mismatch", Exit::SignatureRefused, 422),
            Code::StaleSigningTime => ("stale_signing_time", Exit::SignatureRefused, 422),
            Code::NotFound => ("not_found", Exit::NotFound, 404),
            Code::PersonNotFound => ("person_not_found", Exit::NotFound, 404),
            Code::OrgNotFound => ("org_not_found", Exit::NotFound, 404),
            Code::NotReady => ("not_ready", Exit::NotReady, 409),
            Code::Overloaded => ("overloaded", Exit::Unavailable, 503),
            Code::Unreachable => ("unreachable", Exit::Unavailable, 503),
            Code::TooManyRequests => ("too_many_requests", Exit::Unavailable, 429),
        }
    }

    pub const ALL: [Code; 29] = [
        Code::Internal,
        Code::InvalidInput,
        Code::InvalidIin,
        Code::InvalidDocument,
        Code::UnsupportedAlg,
        Code::PayloadTooLarge,
        Code::DuplicateRequest,
        Code::AlreadyRegistered,
        Code::Minor,
        Code::Unauthenticated,
        Code::BadCredentials,
        Code::SessionExpired,
        Code::AccountLocked,
        Code::Forbidden,
        Code::BadSignature,
        Code::UntrustedChain,
        Code::CertNotValid,
        Code::CertRevoked,
        Code::CrlUnavailable,
        Code::WrongKeyUsage,
        Code::SignerMismatch,
        Code::StaleSigningTime,
        Code::NotFound,
        Code::PersonNotFound,
        Code::OrgNotFound,
        Code::NotReady,
        Code::Overloaded,
        Code::Unreachable,
        Code::TooManyRequests,
    ];

    pub fn as_str(self) -> &'static str {
        self.row().0
    }

    /// The code a remote portal named; `None` for one this version does not know.
    pub fn parse(text: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.as_str() == text)
    }

    pub fn exit(self) -> Exit {
        self.row().1
    }

    /// The HTTP status a portal answers with for this code.
    pub fn http_status(self) -> u16 {
        self.row().2
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What library code returns when it fails. Its message (`Display`) is in the language of the
/// moment ([`crate::i18n`]); the words it carries (a reason, a detail) were made in it too.
#[derive(Debug)]
pub enum Error {
    /// A file the user named could not be read.
    ReadInput {
        path: PathBuf,
        source: std::io::Error,
    },

    /// Writing output or the home failed.
    Write {
        path: PathBuf,
        source: std::io::Error,
    },

    /// Standard input or output failed; `context` is the key of a message saying what was done.
    Io {
        context: &'static str,
        source: std::io::Error,
    },

    InvalidIin {
        iin: String,
        reason: IinError,
    },

    InvalidBin {
        bin: String,
        reason: IinError,
    },

    /// A flag, file or value the user gave is unusable.
    InvalidInput {
        what: String,
        reason: String,
    },

    /// JSON that is not the document it should be.
    InvalidDocument {
        what: String,
        reason: String,
    },

    /// A signature or certificate refused by a named check of the verifier.
    Refused {
        check: &'static str,
        code: Code,
        detail: String,
    },

    /// `verify-ticket` with nothing to trust.
    NoTrustAnchor,

    /// `what` is the key of a message naming the kind of thing (`thing-request`).
    NotFound {
        what: &'static str,
        key: String,
        code: Code,
    },

    /// The home already holds a portal and `--force` was not given.
    HomeExists {
        home: PathBuf,
    },

    Database {
        path: PathBuf,
        source: rusqlite::Error,
    },

    /// The home cannot be written, and the command needs to; `what` is the key of a message
    /// saying why it must.
    ReadOnlyHome {
        path: PathBuf,
        what: &'static str,
    },

    /// A certificate or CRL could not be produced.
    Authority(String),

    /// A refusal by the portal that carries its stable code: authentication, authorization,
    /// conflicts, readiness. The same shape arrives from a remote portal as problem details.
    Portal {
        code: Code,
        message: String,
    },

    /// The provider refused the request (condition 3), for `smoke`'s `result` step.
    ServiceRefused {
        code: String,
        message: String,
    },

    /// An error envelope read from upstream in a pipe, re-emitted unchanged.
    Upstream {
        envelope: serde_json::Value,
        message: String,
        exit: Exit,
    },
}

/// What an I/O failure was, in the language of the moment: the common kinds in words, any
/// other as the system says it.
pub fn io_text(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let key = match e.kind() {
        ErrorKind::NotFound => "io-not-found",
        ErrorKind::PermissionDenied => "io-permission-denied",
        ErrorKind::AlreadyExists => "io-already-exists",
        ErrorKind::IsADirectory => "io-is-a-directory",
        ErrorKind::NotADirectory => "io-not-a-directory",
        ErrorKind::ReadOnlyFilesystem => "io-read-only",
        ErrorKind::StorageFull => "io-storage-full",
        ErrorKind::BrokenPipe => "io-broken-pipe",
        _ => return e.to_string(),
    };
    crate::t!(key)
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::t;
        let shown = |p: &PathBuf| p.display().to_string();
        let text = match self {
            Error::ReadInput { path, source } => t!("err-read", path = shown(path), why = io_text(source)),
            Error::Write { path, source } => t!("err-write", path = shown(path), why = io_text(source)),
            Error::Io { context, source } => t!("err-io", what = t!(context), why = io_text(source)),
            Error::InvalidIin { iin, reason } => t!("err-invalid-iin", iin = iin, why = reason.localized()),
            Error::InvalidBin { bin, reason } => t!("err-invalid-bin", bin = bin, why = reason.localized()),
            Error::InvalidInput { what, reason } | Error::InvalidDocument { what, reason } => {
                format!("{what}: {reason}")
            }
            Error::Refused { check, detail, .. } => t!("err-refused", check = *check, detail = detail),
            Error::NoTrustAnchor => t!("err-no-trust-anchor"),
            Error::NotFound { what, key, .. } => t!("err-not-found", what = t!(what), key = key),
            Error::HomeExists { home } => t!("err-home-exists", home = shown(home)),
            Error::Database { path, source } => {
                t!("err-database", path = shown(path), why = source.to_string())
            }
            Error::ReadOnlyHome { path, what } => {
                t!("err-read-only-home", home = shown(path), why = t!(what))
            }
            Error::Authority(detail) => t!("err-authority", detail = detail),
            Error::Portal { message, .. } | Error::Upstream { message, .. } => message.clone(),
            Error::ServiceRefused { code, message } => {
                t!("err-service-refused", code = code, message = message)
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::ReadInput { source, .. } | Error::Write { source, .. } | Error::Io { source, .. } => {
                Some(source)
            }
            Error::Database { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl Error {
    pub fn code(&self) -> Code {
        match self {
            Error::ReadInput { .. } | Error::InvalidInput { .. } | Error::HomeExists { .. } => {
                Code::InvalidInput
            }
            Error::NoTrustAnchor => Code::InvalidInput,
            // Another process holds the database longer than the busy timeout: worth retrying.
            Error::Database { source: rusqlite::Error::SqliteFailure(e, _), .. }
                if matches!(
                    e.code,
                    rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                ) =>
            {
                Code::Overloaded
            }
            // A refusal is an outcome, not an error code of the contract; its exit is 5.
            Error::ServiceRefused { .. } => Code::Internal,
            Error::Write { .. }
            | Error::Io { .. }
            | Error::Database { .. }
            | Error::ReadOnlyHome { .. }
            | Error::Authority(_)
            | Error::Upstream { .. } => Code::Internal,
            Error::InvalidIin { .. } | Error::InvalidBin { .. } => Code::InvalidIin,
            Error::InvalidDocument { .. } => Code::InvalidDocument,
            Error::Refused { code, .. } | Error::NotFound { code, .. } | Error::Portal { code, .. } => *code,
        }
    }

    pub fn exit(&self) -> Exit {
        match self {
            Error::Upstream { exit, .. } => *exit,
            Error::ServiceRefused { .. } => Exit::ServiceRefused,
            other => other.code().exit(),
        }
    }

    /// The `{"error": {...}}` envelope that carries this failure down a pipe.
    pub fn envelope(&self) -> serde_json::Value {
        match self {
            Error::Upstream { envelope, .. } => envelope.clone(),
            other => serde_json::json!({
                "error": {
                    "code": other.code().as_str(),
                    "message": other.to_string(),
                    "lang": crate::i18n::current().code(),
                    "exit": other.exit().code(),
                }
            }),
        }
    }

    pub fn input(what: impl Into<String>, reason: impl Into<String>) -> Error {
        Error::InvalidInput { what: what.into(), reason: reason.into() }
    }

    pub fn portal(code: Code, message: impl Into<String>) -> Error {
        Error::Portal { code, message: message.into() }
    }

    pub fn document(what: impl Into<String>, reason: impl Into<String>) -> Error {
        Error::InvalidDocument { what: what.into(), reason: reason.into() }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    /// The contract's table of error codes, exit statuses and HTTP statuses.
    const TABLE: &[(Code, &str, u8, u16)] = &[
        (Code::InvalidInput, "invalid_input", 2, 400),
        (Code::InvalidIin, "invalid_iin", 2, 400),
        (Code::InvalidDocument, "invalid_document", 2, 400),
        (Code::UnsupportedAlg, "unsupported_alg", 2, 400),
        (Code::PayloadTooLarge, "payload_too_large", 2, 413),
        (Code::DuplicateRequest, "duplicate_request", 2, 409),
        (Code::Unauthenticated, "unauthenticated", 3, 401),
        (Code::BadCredentials, "bad_credentials", 3, 401),
        (Code::SessionExpired, "session_expired", 3, 401),
        (Code::AccountLocked, "account_locked", 3, 423),
        (Code::Forbidden, "forbidden", 3, 403),
        (Code::BadSignature, "bad_signature", 4, 422),
        (Code::UntrustedChain, "untrusted_chain", 4, 422),
        (Code::CertNotValid, "cert_not_valid", 4, 422),
        (Code::CertRevoked, "cert_revoked", 4, 422),
        (Code::CrlUnavailable, "crl_unavailable", 4, 422),
        (Code::WrongKeyUsage, "wrong_key_usage", 4, 422),
        (Code::SignerMismatch, "signer_mismatch", 4, 422),
        (Code::StaleSigningTime, "stale_signing_time", 4, 422),
        (Code::NotFound, "not_found", 6, 404),
        (Code::PersonNotFound, "person_not_found", 6, 404),
        (Code::OrgNotFound, "org_not_found", 6, 404),
        (Code::NotReady, "not_ready", 8, 409),
        (Code::Overloaded, "overloaded", 9, 503),
        (Code::TooManyRequests, "too_many_requests", 9, 429),
        (Code::AlreadyRegistered, "already_registered", 2, 409),
        (Code::Minor, "minor", 2, 422),
    ];

    #[test]
    fn codes_match_the_contract() {
        for &(code, name, exit, http) in TABLE {
            assert_eq!(code.as_str(), name);
            assert_eq!(code.exit().code(), exit, "{name}");
            assert_eq!(code.http_status(), http, "{name}");
        }
        assert_eq!(Code::Unreachable.exit(), Exit::Unavailable);
        for code in Code::ALL {
            assert_eq!(Code::parse(code.as_str()), Some(code));
        }
    }

    #[test]
    fn envelope_has_only_the_error_member() {
        let err = Error::input("--at", "not a time");
        let envelope = err.envelope();
        let object = envelope.as_object().unwrap();
        assert_eq!(object.len(), 1);
        assert_eq!(envelope["error"]["code"], "invalid_input");
        assert_eq!(envelope["error"]["exit"], 2);
        assert_eq!(envelope["error"]["message"], "--at: not a time");
    }
}
