//! `attach orgs`: the directory of clinics, searched the way a Kazakh user writes.

use super::Context;
use crate::api::OrgFilter;
use crate::error::{Exit, Result};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only clinics of this region (Актау, Жанаозен, Бейнеуский, …; Kazakh spelling too).
    #[arg(long)]
    region: Option<String>,
    /// Text in the clinic's id, name, address, region or BIN; case and Kazakh letters do not matter.
    #[arg(long)]
    search: Option<String>,
}

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    let backend = ctx.backend()?;
    let orgs = backend.orgs(&OrgFilter { region: args.region, search: args.search })?;
    if ctx.json() {
        for org in &orgs {
            ctx.printer.json(org)?;
        }
    } else {
        let rows = orgs
            .iter()
            .map(|o| {
                vec![
                    o.id.clone(),
                    o.name.clone(),
                    o.region.clone(),
                    o.address.clone(),
                    format!("{}/{}", o.attached, o.capacity),
                    if o.open { crate::t!("admin-org-open") } else { crate::t!("admin-org-closed") },
                ]
            })
            .collect();
        let header = ["col-id", "col-name", "col-region", "col-address", "col-attached", "col-state"]
            .map(|k| crate::t!(k));
        ctx.printer.table(&header, rows)?;
    }
    Ok(Exit::Success)
}
