//! A WebDAV server (nginx, Apache, Nextcloud, a hosting panel), with basic auth. Files are
//! uploaded under a temporary name and moved into place (MOVE), so readers never see a
//! partial file.

use std::path::Path;

use super::storage::{Storage, WHOLE_FILE, with_our_http};
use super::{Capabilities, Transport, TransportError, TransportResult};
use crate::signing::Secret;

/// OpenDAL's WebDAV writer sends a file in one request from memory; files larger than
/// `WHOLE_FILE` are streamed from disk with a PUT of our own instead, so memory stays flat
/// whatever the attachment's size.
pub struct Webdav {
    storage: Storage,
    endpoint: url::Url,
    username: Option<String>,
    password: Option<Secret>,
    http: reqwest::Client,
}

pub fn open(
    endpoint: &url::Url,
    username: Option<&str>,
    password: Option<&Secret>,
) -> TransportResult<Webdav> {
    let storage = open_storage(endpoint, username, password)?;
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(std::time::Duration::from_secs(10))
        .build()
        .map_err(|e| TransportError::permanent(format!("WebDAV {endpoint}: {e}")))?;
    Ok(Webdav {
        storage,
        endpoint: endpoint.clone(),
        username: username.map(str::to_string),
        password: password.cloned(),
        http,
    })
}

#[async_trait::async_trait]
impl Transport for Webdav {
    fn capabilities(&self) -> Capabilities {
        self.storage.capabilities()
    }
    async fn read(&self, path: &str, cap: u64) -> TransportResult<Option<Vec<u8>>> {
        self.storage.read(path, cap).await
    }
    async fn write(&self, path: &str, from: &Path) -> TransportResult<()> {
        let local =
            |e: std::io::Error| TransportError::permanent(format!("{}: {e}", from.display()));
        let size = std::fs::metadata(from).map_err(local)?.len();
        if size <= WHOLE_FILE {
            return self.storage.write(path, from).await;
        }
        super::checked(path)?;
        self.storage.create_parents(path).await?;
        let mut url = self.endpoint.clone();
        {
            let mut segments = url.path_segments_mut().map_err(|_| {
                TransportError::permanent(format!("{}: not a base URL", self.storage.describe()))
            })?;
            segments.pop_if_empty().extend(path.split('/'));
        }
        let file = tokio::fs::File::open(from).await.map_err(local)?;
        let chunks = futures_util::stream::unfold(file, |mut file| async move {
            use tokio::io::AsyncReadExt as _;
            let mut buf = vec![0; 1 << 20];
            match file.read(&mut buf).await {
                Ok(0) => None,
                Ok(n) => {
                    buf.truncate(n);
                    Some((Ok::<_, std::io::Error>(buf), file))
                }
                Err(e) => Some((Err(e), file)),
            }
        });
        let mut put = self
            .http
            .put(url)
            .header(reqwest::header::CONTENT_LENGTH, size)
            .body(reqwest::Body::wrap_stream(chunks));
        if let Some(user) = &self.username {
            put = put.basic_auth(user, self.password.as_ref().map(Secret::expose));
        }
        let describe = self.storage.describe();
        let res = put
            .send()
            .await
            .map_err(|e| TransportError::temporary(format!("{describe} write {path}: {e}")))?;
        let status = res.status();
        if status.is_success() {
            return Ok(());
        }
        Err(TransportError {
            temporary: status.is_server_error() || matches!(status.as_u16(), 408 | 429),
            message: format!("{describe} write {path}: HTTP {status}"),
        })
    }
    async fn rename(&self, from: &str, to: &str) -> TransportResult<()> {
        self.storage.rename(from, to).await
    }
    async fn delete(&self, path: &str) -> TransportResult<()> {
        self.storage.delete(path).await
    }
}

fn open_storage(
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
