//! A local or mounted directory (a USB stick, an NFS or SSHFS mount, a web server's root).

use std::path::Path;

use super::TransportResult;
use super::storage::Storage;

pub fn open(path: &Path) -> TransportResult<Storage> {
    let root = path.to_string_lossy();
    let op = opendal::Operator::new(opendal::services::Fs::default().root(&root)).map_err(|e| {
        super::TransportError::permanent(format!("directory {}: {e}", path.display()))
    })?;
    Ok(Storage::new(op, format!("directory {}", path.display())))
}
