//! The service's own nouns and rules, free of I/O: identification numbers, regions, the
//! documents that are signed, the provider's decision rules and the service deadline.

pub mod deadline;
pub mod decision;
pub mod document;
pub mod fields;
pub mod iin;
pub mod region;
pub mod text;
