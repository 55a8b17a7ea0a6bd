//! The integration tests of `attach`: one test binary, one module per command, driving the
//! real executable through a small fluent helper ([`util::Attach`]) that gives every run its
//! own home. [`fixture`] sets up certification authorities with a citizen and a clinic head,
//! and forges signed documents that `attach sign` would refuse to make. [`home`] gives each
//! test of the service a portal of its own, copied from one initialized for the whole binary.

mod auth;
mod directory;
mod fixture;
mod home;
mod iin;
mod interop;
mod journey;
mod nca;
mod pipe;
mod portal;
mod refusals;
mod sign;
mod smoke;
mod submit;
mod util;
mod verify_ticket;
