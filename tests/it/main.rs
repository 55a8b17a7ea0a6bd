//! The integration tests of `attach`: one test binary, one module per command, driving the
//! real executable through a small fluent helper ([`util::Attach`]) that gives every run its
//! own home. [`fixture`] sets up certification authorities with a citizen and a clinic head,
//! and forges signed documents that `attach sign` would refuse to make. [`home`] gives each
//! test of the service a portal of its own, copied from one initialized for the whole binary.
//!
//! Every stage's tests (journey, refusals, submit, auth, directory) run against both backends,
//! as `MODULE::embedded::TEST` and `MODULE::http::TEST`: the http ones start `attach portal
//! serve` on the test's home ([`served`]) and point the client at it. [`parity`] compares the
//! two backends' answers on every error path; [`server`] looks at the HTTP API on the wire
//! ([`wire`]) and at the client under lost answers, shutdowns, TLS and unreachable portals.

mod admin;
mod auth;
mod batch;
mod bulk;
mod chains;
mod children;
mod ci;
mod corpus;
mod directory;
mod faults;
mod fixture;
mod guards;
mod hints;
mod home;
mod iin;
mod interop;
mod journey;
mod keystores;
mod languages;
mod lists;
mod load;
mod me;
mod nca;
mod ocsp;
mod operator;
mod parity;
mod pipe;
mod portal;
mod properties;
mod refusals;
mod registration;
mod rules;
mod served;
mod server;
mod sign;
mod smoke;
mod strict;
mod submit;
mod tables;
mod tickets;
mod tools;
mod util;
mod verbose;
mod verify_ticket;
mod wire;
