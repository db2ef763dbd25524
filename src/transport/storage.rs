//! Storage reached through Apache OpenDAL (S3 today): `s3` builds the operator, this file does
//! the I/O, with our own classification of errors (OpenDAL's services disagree about what is
//! temporary) and a deadline on every operation. Keys have no folders: folder operations are
//! nothing to do, and a staging area is a key prefix.

use std::future::IntoFuture as _;

use opendal::{ErrorKind, Operator};

use super::{Backup, Body, Capabilities, Failure, Transport, TransportError, TransportResult};

/// Files up to this size are sent in one request; larger ones are streamed where the storage
/// allows it.
pub(super) const WHOLE_FILE: u64 = 16 << 20;
const PART: usize = 8 << 20;

pub struct Storage {
    op: Operator,
    /// What this storage is, for messages (`WebDAV https://dav.example/`); never a secret.
    describe: String,
    swap: Swap,
}

/// How a staged file is moved into place.
#[derive(Clone, Copy, PartialEq)]
enum Swap {
    Rename,
    /// A server-side copy, then the staged file deleted (S3: no rename, but CopyObject; the
    /// copy replaces the object atomically, so the swap is one quick burst as elsewhere).
    Copy,
    /// Neither: files go straight to their names.
    None,
}

impl Storage {
    pub fn new(op: Operator, describe: String) -> Self {
        let capability = op.info().capability();
        let swap = if capability.rename {
            Swap::Rename
        } else if capability.copy {
            Swap::Copy
        } else {
            Swap::None
        };
        Storage { op, describe, swap }
    }

    fn error(&self, what: &str, path: &str, e: &opendal::Error) -> TransportError {
        let temporary = match e.kind() {
            ErrorKind::RateLimited => true,
            ErrorKind::NotFound
            | ErrorKind::PermissionDenied
            | ErrorKind::ConfigInvalid
            | ErrorKind::Unsupported
            | ErrorKind::IsADirectory
            | ErrorKind::NotADirectory => false,
            _ => e.is_temporary(),
        };
        // OpenDAL's WebDAV calls 408 and 429 permanent; they are the very cases to retry.
        let status_text = e.to_string();
        let temporary = temporary
            || [" 408", " 429", "Too Many Requests", "Request Timeout"]
                .iter()
                .any(|m| status_text.contains(m));
        // The error's own chain carries the useful part (the ssh message, the HTTP status).
        // People get the message and its causes, each once; not OpenDAL's kind, retry status,
        // operation and context, which name its internals ("Unexpected (temporary) at stat,
        // context: {…}") and repeat what the chain says.
        let mut parts = vec![e.message().to_string()];
        let mut source = std::error::Error::source(e);
        while let Some(cause) = source {
            let cause_text = cause.to_string();
            if !parts.iter().any(|p| p.contains(&cause_text)) {
                parts.push(cause_text);
            }
            source = cause.source();
        }
        parts.retain(|p| !p.trim().is_empty());
        let text = parts.join(": ");
        // OpenDAL names refused credentials only in its text for some services.
        let refused = e.kind() == ErrorKind::PermissionDenied
            || status_text.contains(" 401")
            || text.contains(" 401")
            || text.contains("Unauthorized");
        let hint = match e.kind() {
            ErrorKind::PermissionDenied => "; check the credentials and their permissions",
            ErrorKind::ConfigInvalid => "; check this mirror's table in mirrors.toml",
            _ if refused => "; check the user name and the password variable",
            _ => "",
        };
        let failure = if temporary {
            Failure::Temporary
        } else if refused {
            Failure::Credentials
        } else {
            Failure::Permanent
        };
        // Servers' error pages can be long; the start says what happened.
        let text: String = text.chars().take(500).collect();
        TransportError::with(
            failure,
            format!(
                "{} {what} {path}: {}{hint}",
                self.describe,
                crate::text::printable(&text)
            ),
        )
    }

    async fn timed<T>(
        &self,
        what: &str,
        path: &str,
        op: impl std::future::Future<Output = opendal::Result<T>>,
    ) -> TransportResult<T> {
        super::within(&self.describe, what, path, async {
            op.await.map_err(|e| self.error(what, path, &e))
        })
        .await
    }
}

#[async_trait::async_trait]
impl super::Streamed for Storage {
    fn describe(&self) -> &str {
        &self.describe
    }

    async fn read_into(
        &self,
        path: &str,
        cap: u64,
        sink: &mut (dyn for<'c> FnMut(&'c [u8]) -> bool + Send),
    ) -> TransportResult<bool> {
        super::checked(path)?;
        let stat = async {
            match self.op.stat(path).await {
                Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
                other => other.map(Some),
            }
        };
        let Some(meta) = self.timed("stat", path, stat).await? else {
            return Ok(false);
        };
        let size = meta.content_length();
        if size > cap {
            return Err(TransportError::too_large(format!(
                "{} {path} is {size} bytes, far larger than any genuine one",
                self.describe
            )));
        }
        // Streamed: `sink` counts and stops, whatever the server sends after announcing
        // `size` (a hostile one may ignore the range).
        let read = async {
            use futures_util::TryStreamExt as _;
            let mut stream = self
                .op
                .reader(path)
                .await?
                .into_bytes_stream(0..size)
                .await?;
            while let Some(chunk) = stream
                .try_next()
                .await
                .map_err(|e| opendal::Error::new(ErrorKind::Unexpected, e.to_string()))?
            {
                if !sink(&chunk) {
                    break;
                }
            }
            Ok(())
        };
        self.timed("read", path, read).await?;
        Ok(true)
    }
}

#[async_trait::async_trait]
impl Transport for Storage {
    fn capabilities(&self) -> Capabilities {
        Capabilities {
            rename: self.swap != Swap::None,
            atomic_release: false,
            folders: self.op.info().capability().create_dir && self.swap == Swap::Rename,
        }
    }

    async fn read(&self, path: &str, cap: u64) -> TransportResult<Option<Vec<u8>>> {
        super::read_streamed(self, path, cap).await
    }

    async fn hash(&self, path: &str, size: u64) -> TransportResult<Option<(Option<String>, u64)>> {
        super::hash_streamed(self, path, size).await
    }

    async fn write(&self, path: &str, body: Body) -> TransportResult<()> {
        use futures_util::StreamExt as _;
        super::checked(path)?;
        let size = body.size;
        let unreadable = |e: std::io::Error| {
            TransportError::permanent(format!("reading what to write at {path}: {e}"))
        };
        let mut chunks = std::pin::pin!(body.into_chunks(PART).await?);
        let streams = self.op.info().capability().write_can_multi;
        if size <= WHOLE_FILE || !streams {
            let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
            while let Some(chunk) = chunks.next().await {
                bytes.extend_from_slice(&chunk.map_err(unreadable)?);
            }
            return self
                .timed("write", path, async {
                    self.op.write(path, bytes).await.map(|_| ())
                })
                .await;
        }
        // Large files in parts: memory stays at one part whatever the file's size.
        let mut writer = self.timed("write", path, self.op.writer(path)).await?;
        let mut part = Vec::with_capacity(PART);
        while let Some(chunk) = chunks.next().await {
            part.extend_from_slice(&chunk.map_err(unreadable)?);
            if part.len() >= PART {
                let full = std::mem::replace(&mut part, Vec::with_capacity(PART));
                self.timed("write", path, writer.write(full)).await?;
            }
        }
        if !part.is_empty() {
            self.timed("write", path, writer.write(part)).await?;
        }
        self.timed("write", path, async { writer.close().await.map(|_| ()) })
            .await
    }

    async fn rename(&self, from: &str, to: &str) -> TransportResult<()> {
        super::checked(from)?;
        super::checked(to)?;
        if self.swap == Swap::Copy {
            self.timed("copy", from, self.op.copy(from, to)).await?;
            // The release is in place; a staged copy left behind is only clutter.
            let _ = self.timed("delete", from, self.op.delete(from)).await;
            return Ok(());
        }
        self.timed("rename", from, self.op.rename(from, to)).await
    }

    async fn backup(&self, from: &str, to: &str) -> TransportResult<Backup> {
        super::checked(from)?;
        super::checked(to)?;
        if !self.op.info().capability().copy {
            return Ok(Backup::Cannot);
        }
        let copied = async {
            match self.op.copy(from, to).await {
                Err(e) if e.kind() == ErrorKind::NotFound => Ok(Backup::Nothing),
                other => other.map(|_| Backup::Kept),
            }
        };
        self.timed("copy", from, copied).await
    }

    async fn delete(&self, path: &str) -> TransportResult<()> {
        super::checked(path)?;
        self.timed("delete", path, self.op.delete(path)).await
    }

    async fn create_dir(&self, path: &str, _exclusive: bool) -> TransportResult<bool> {
        super::checked(path)?;
        // Keys have no folders; a staging area's random name keeps it apart anyway.
        Ok(false)
    }

    async fn remove_dir(&self, path: &str) -> TransportResult<()> {
        super::checked(path)?;
        Ok(())
    }

    async fn list_dir(&self, path: &str) -> TransportResult<Option<Vec<String>>> {
        super::checked(path)?;
        let dir = format!("{path}/");
        let entries = self.timed("list", &dir, self.op.list(&dir)).await?;
        let names: Vec<String> = entries
            .iter()
            .filter_map(|e| {
                let name = e.path().strip_prefix(&dir)?.trim_end_matches('/');
                (!name.is_empty()).then(|| name.to_string())
            })
            .collect();
        Ok((!names.is_empty()).then_some(names))
    }

    async fn remove_all(&self, path: &str) -> TransportResult<()> {
        super::checked(path)?;
        let dir = format!("{path}/");
        self.timed(
            "delete",
            &dir,
            self.op.delete_with(&dir).recursive(true).into_future(),
        )
        .await
    }
}

/// Our HTTP client for OpenDAL's HTTP services: no redirects (credentials must not follow one
/// to another host), a connect timeout.
pub fn with_our_http(op: Operator) -> Result<Operator, String> {
    let client = crate::http::builder()
        .build()
        .map_err(|e| format!("cannot set up HTTPS ({e})"))?;
    let transport = opendal::HttpTransporter::new(
        opendal_http_transport_reqwest::ReqwestTransport::new(client),
    );
    let ctx = op.context().with_http_transport(transport);
    Ok(op.with_context(ctx))
}
