//! A WebDAV server (nginx, Apache, Nextcloud, a hosting panel), with basic auth. Files are
//! uploaded under a temporary name and moved into place (MOVE), so readers never see a
//! partial file.

use super::storage::{Storage, with_our_http};
use super::{TransportError, TransportResult};
use crate::signing::Secret;

pub fn open(
    endpoint: &url::Url,
    username: Option<&str>,
    password: Option<&Secret>,
) -> TransportResult<Storage> {
    // OpenDAL wants the server and the path apart: it creates missing collections (MKCOL)
    // below `root`, level by level.
    let origin = endpoint.origin().ascii_serialization();
    // OpenDAL encodes the root itself: hand it the decoded path (`/письмо/`, not `/%D0%BF…`).
    let root = percent_encoding::percent_decode_str(endpoint.path())
        .decode_utf8()
        .map_err(|_| {
            TransportError::permanent(format!("WebDAV {endpoint}: the path is not UTF-8"))
        })?;
    let mut builder = opendal::services::Webdav::default()
        .endpoint(&origin)
        .root(&root);
    if let Some(user) = username {
        builder = builder.username(user);
    }
    if let Some(password) = password {
        builder = builder.password(password.expose());
    }
    let describe = format!("WebDAV {endpoint}");
    let op = opendal::Operator::new(builder)
        .map_err(|e| TransportError::permanent(format!("{describe}: {e}")))?;
    let op =
        with_our_http(op).map_err(|e| TransportError::permanent(format!("{describe}: {e}")))?;
    Ok(Storage::new(op, describe))
}
