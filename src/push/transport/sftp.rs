//! SFTP with an SSH key, through the system `ssh` (OpenDAL's SFTP service drives it), so the
//! server's key must be in the user's known_hosts: an unknown or changed host key is refused.

use std::path::Path;

use super::storage::Storage;
use super::{TransportError, TransportResult};

/// At most this many SSH logins at once: stock sshd drops connections beyond
/// `MaxStartups 10:30:100`, and each concurrent operation would open one.
const CONNECTIONS: usize = 4;

pub fn open(
    host: &str,
    port: u16,
    user: &str,
    path: &str,
    key_file: &Path,
) -> TransportResult<Storage> {
    let describe = format!("SFTP {user}@{host}:{port}{path}");
    if !key_file.is_file() {
        return Err(TransportError::permanent(format!(
            "{describe}: the key file {} does not exist",
            key_file.display()
        )));
    }
    let builder = opendal::services::Sftp::default()
        .endpoint(&format!("ssh://{user}@{host}:{port}"))
        .root(path)
        .key(&key_file.to_string_lossy())
        .known_hosts_strategy("strict");
    let op = opendal::Operator::new(builder)
        .map_err(|e| TransportError::permanent(format!("{describe}: {e}")))?
        .layer(opendal::layers::ConcurrentLimitLayer::new(CONNECTIONS));
    Ok(Storage::new(op, describe))
}
