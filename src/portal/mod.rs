//! The portal engine: the state of the embedded portal in the home, and the parties the
//! regulation names. So far: the store and the certification authority (НУЦ).

pub mod nca;
pub mod store;

use std::path::Path;

use crate::error::{Error, Result};
use store::Store;

/// An open embedded portal.
#[derive(Debug)]
pub struct Portal {
    pub store: Store,
}

impl Portal {
    /// The portal in `home`, initializing it on first use.
    pub fn open_or_init(home: &Path) -> Result<Portal> {
        let mut store = Store::open_or_create(home)?;
        nca::ensure_authority(&mut store)?;
        Ok(Portal { store })
    }

    /// The portal in `home` if one exists; never creates one.
    pub fn open_existing(home: &Path) -> Result<Option<Portal>> {
        match Store::open_existing(home)? {
            Some(store) if nca::has_authority(&store)? => Ok(Some(Portal { store })),
            _ => Ok(None),
        }
    }

    /// `portal init`: a new portal; an existing one only with `force`.
    pub fn init(home: &Path, force: bool) -> Result<Portal> {
        if store::db_path(home).exists() {
            if !force {
                return Err(Error::HomeExists { home: home.to_owned() });
            }
            Store::remove(home)?;
        }
        Portal::open_or_init(home)
    }
}
