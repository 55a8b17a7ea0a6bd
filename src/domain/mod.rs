//! The service's own nouns and rules, free of I/O: identification numbers and the documents
//! that are signed.

pub mod document;
pub mod iin;
