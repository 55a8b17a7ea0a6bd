//! Writing files so that a reader never sees half of one: write a temporary file beside the
//! target with the final mode, flush it to disk, then rename it over the target.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use crate::error::{Error, Result};

pub fn write_atomic(path: &Path, bytes: &[u8], mode: u32) -> Result<()> {
    let err = |source| Error::Write { path: path.to_owned(), source };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = OpenOptions::new().write(true).create_new(true).mode(mode).open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(err)
}

/// Reads a file the user named; a failure names the file.
pub fn read_input(path: &Path) -> Result<Vec<u8>> {
    fs::read(path).map_err(|source| Error::ReadInput { path: path.to_owned(), source })
}
