//! `attach` drives the e-government service "Attachment to a primary health care clinic"
//! from a shell: register and log in to the portal, fill the attachment request, sign it with
//! an X.509 electronic signature, submit it, follow it, and verify the clinic's signed
//! ticket: on the screen, on paper ([`ticket`]), or from a printed ticket's QR code.
//!
//! Data flows one way: [`cli`] parses and checks the command line, [`domain`] holds the
//! service's nouns and rules, [`pki`] signs and verifies, and [`portal`] is the embedded
//! portal engine on the home's SQLite database. Every word for a person comes from [`i18n`]'s
//! catalogues, in English, Russian or Kazakh. Only [`cli`] and [`render`] touch stdout and
//! stderr; only `main` turns the outcome into an exit status.

pub mod api;
pub mod batch;
pub mod cli;
pub mod client;
pub mod clock;
pub mod domain;
pub mod error;
pub mod files;
pub mod i18n;
pub mod json;
pub mod pki;
pub mod portal;
pub mod render;
pub mod ticket;

pub use cli::run;
pub use error::{Code, Error, Exit};
