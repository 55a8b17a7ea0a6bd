//! The integration tests of `attach`: one test binary, one module per command, driving the
//! real executable through a small fluent helper ([`util::Attach`]) that gives every run its
//! own home. [`fixture`] sets up certification authorities with a citizen and a clinic head,
//! and forges signed documents that `attach sign` would refuse to make.

mod fixture;
mod iin;
mod interop;
mod nca;
mod pipe;
mod portal;
mod sign;
mod util;
mod verify_ticket;
