//! `attach iin IIN…`: the verdict on each number — birth date and sex, or the exact reason it
//! is invalid. Exits 2 when any is invalid, after printing every verdict.

use serde::Serialize;

use super::Context;
use crate::clock;
use crate::domain::iin::{Iin, Sex};
use crate::error::{Exit, Result};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Individual identification numbers (12 digits).
    #[arg(required = true, value_name = "IIN")]
    iins: Vec<String>,
}

#[derive(Debug, Serialize)]
struct Verdict {
    iin: String,
    valid: bool,
    birth_date: Option<time::Date>,
    sex: Option<Sex>,
    error: Option<String>,
}

fn verdict(text: &str, today: time::Date) -> Verdict {
    match Iin::parse(text, today) {
        Ok(iin) => Verdict {
            iin: text.to_owned(),
            valid: true,
            birth_date: Some(iin.birth_date()),
            sex: Some(iin.sex()),
            error: None,
        },
        Err(reason) => Verdict {
            iin: text.to_owned(),
            valid: false,
            birth_date: None,
            sex: None,
            error: Some(reason.to_string()),
        },
    }
}

pub fn run(ctx: &Context, args: Args) -> Result<Exit> {
    let today = clock::today();
    let verdicts: Vec<Verdict> = args.iins.iter().map(|t| verdict(t, today)).collect();
    if ctx.json() {
        for v in &verdicts {
            ctx.printer.json(v)?;
        }
    } else {
        let rows = verdicts
            .iter()
            .map(|v| {
                vec![
                    v.iin.clone(),
                    crate::render::yes_no(v.valid),
                    v.birth_date.map(|d| d.to_string()).unwrap_or_default(),
                    v.sex.map(|s| s.as_str().to_owned()).unwrap_or_default(),
                    v.error.clone().unwrap_or_default(),
                ]
            })
            .collect();
        let header = ["col-iin", "col-valid", "col-birth-date", "col-sex", "col-error"].map(|k| crate::t!(k));
        ctx.printer.table(&header, rows)?;
    }
    Ok(if verdicts.iter().all(|v| v.valid) { Exit::Success } else { Exit::Usage })
}
