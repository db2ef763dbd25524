//! Reading a copy: one way, whatever holds it (a public address, a local folder, or a mirror's
//! own storage through its transport). Every read has a size cap; what a copy serves is never
//! trusted until it is checked against the signed manifest.

use std::path::Path;
use std::time::{Duration, Instant};

use super::http::HttpReader;
use super::{Failure, Transport, TransportError};

/// Why a read gave no usable answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: DNS, connect, TLS, reset, timeout, or an HTTP status other than 200 and 404;
    /// the cause in words.
    Unreachable(String),
    /// A redirect to another origin, with its target.
    Redirected(String),
    /// 404 or 410: the copy does not have it.
    NotFound,
    /// Larger than the cap: no genuine answer is that large.
    TooLarge,
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Unreachable(cause) => f.write_str(cause),
            FetchError::Redirected(to) => write!(f, "redirected off the copy to {to}"),
            FetchError::NotFound => f.write_str("not there"),
            FetchError::TooLarge => f.write_str("larger than any genuine one"),
        }
    }
}

/// A whole small answer.
pub struct Got {
    pub bytes: Vec<u8>,
    /// From sending the request to the answer's headers.
    pub ttfb: Duration,
    /// Over HTTP: whether the answer lets a page of another origin read it (CORS), which a
    /// reader's page on another copy needs to fall back to this one.
    pub cross_origin: Option<bool>,
}

/// A file read and hashed without keeping it.
pub struct Hashed {
    /// `None` when it was larger than the manifest says (reading stopped there).
    pub sha256: Option<String>,
    /// The bytes read (at most one chunk past the expected size).
    pub size: u64,
}

/// Where a copy's files are read from: the one way every command reads a copy (verify, push
/// --repair, and the mirror daemon to come).
pub enum Source {
    /// A public address, as readers reach it.
    Http(HttpReader),
    /// A local copy, read without following links.
    Dir(crate::tree::Root),
    /// A mirror read through the transport push writes it with (a private bucket, an SFTP
    /// account, a WebDAV share behind a password); `describe` names it.
    Mirror {
        transport: Box<dyn Transport>,
        describe: String,
        /// The deadline of one read, as for a request over HTTP.
        timeout: Duration,
    },
}

impl Source {
    /// A small file (manifest, signature), whole, at most `cap` bytes.
    pub async fn get(&self, path: &str, cap: u64) -> Result<Got, FetchError> {
        match self {
            Source::Http(h) => h.get(path, cap).await,
            Source::Dir(root) => {
                let started = Instant::now();
                let bytes = root
                    .read_regular(Path::new(path), cap)
                    .map_err(|e| local_error(root, path, e))?;
                Ok(Got {
                    bytes,
                    ttfb: started.elapsed(),
                    cross_origin: None,
                })
            }
            Source::Mirror {
                transport, timeout, ..
            } => {
                let started = Instant::now();
                match within(*timeout, transport.read(path, cap)).await? {
                    Ok(Some(bytes)) => Ok(Got {
                        bytes,
                        ttfb: started.elapsed(),
                        cross_origin: None,
                    }),
                    Ok(None) => Err(FetchError::NotFound),
                    Err(e) => Err(mirror_error(e)),
                }
            }
        }
    }

    /// Hash a file, reading no more than `size` bytes (plus, over HTTP, the chunk that shows
    /// there is more).
    pub async fn hash(&self, path: &str, size: u64) -> Result<Hashed, FetchError> {
        match self {
            Source::Http(h) => h.hash(path, size).await,
            Source::Dir(root) => {
                let file = open_local(root, path)?;
                let full = root.path().join(path);
                // Local files are read on a blocking thread; a large attachment must not stall
                // the other copies' checks.
                tokio::task::spawn_blocking(move || {
                    hash_opened(file, &full, size, &crate::progress::NoProgress)
                })
                .await
                .map_err(|e| FetchError::Unreachable(e.to_string()))?
            }
            // Read whole (never past the size signed), then hashed: transports read small
            // files; a release's attachments are within the caps push sends them with.
            Source::Mirror {
                transport, timeout, ..
            } => within(*timeout, hash_through(transport.as_ref(), path, size)).await?,
        }
    }

    /// The address of `path` on this copy, for messages.
    pub fn describe(&self) -> String {
        match self {
            Source::Http(h) => h.base.to_string(),
            Source::Dir(root) => root.path().display().to_string(),
            Source::Mirror { describe, .. } => describe.clone(),
        }
    }
}

fn local_error(root: &crate::tree::Root, path: &str, e: crate::tree::ReadError) -> FetchError {
    use crate::tree::ReadError;
    let full = crate::text::path(&root.path().join(path));
    match e {
        ReadError::Missing => FetchError::NotFound,
        ReadError::TooLarge => FetchError::TooLarge,
        ReadError::NotAFile => FetchError::Unreachable(format!(
            "{full}: not a regular file (a link, or a link on the way to it, is never followed)"
        )),
        ReadError::Io(e) => FetchError::Unreachable(format!("{full}: {e}")),
    }
}

/// Hash the file `path` of a local folder, reading no more than `size` bytes and one more (to
/// see that there is more); nothing on the way to it is followed if it is a link. `check` hashes
/// a bundle this way on its own threads, `verify` a local copy.
pub fn hash_local(
    root: &crate::tree::Root,
    path: &str,
    size: u64,
    progress: &dyn crate::progress::Progress,
) -> Result<Hashed, FetchError> {
    let file = open_local(root, path)?;
    hash_opened(file, &root.path().join(path), size, progress)
}

fn open_local(root: &crate::tree::Root, path: &str) -> Result<std::fs::File, FetchError> {
    root.open_regular(Path::new(path))
        .map_err(|e| local_error(root, path, e))
}

fn hash_opened(
    file: std::fs::File,
    full: &Path,
    size: u64,
    progress: &dyn crate::progress::Progress,
) -> Result<Hashed, FetchError> {
    use std::io::Read as _;
    let (read, hex) = crate::hash::sha256_reader(file.take(size + 1), progress)
        .map_err(|e| FetchError::Unreachable(format!("{}: {e}", crate::text::path(full))))?;
    Ok(Hashed {
        sha256: (read <= size).then_some(hex),
        size: read,
    })
}

/// Hash a file of a mirror through its transport, reading no more than `size` bytes: read
/// whole (transports read capped), then hashed.
pub async fn hash_through(
    transport: &dyn Transport,
    path: &str,
    size: u64,
) -> Result<Hashed, FetchError> {
    match read_hashed(transport, path, size).await {
        Ok(Some(hashed)) => Ok(hashed),
        Ok(None) => Err(FetchError::NotFound),
        Err(e) => Err(mirror_error(e)),
    }
}

/// [`hash_through`] with the transport's own failure (whether trying again may help), and
/// `None` for a file that is not there.
pub async fn read_hashed(
    transport: &dyn Transport,
    path: &str,
    size: u64,
) -> Result<Option<Hashed>, TransportError> {
    Ok(transport
        .hash(path, size)
        .await?
        .map(|(sha256, size)| Hashed { sha256, size }))
}

/// `read`, or unreachable once `timeout` has passed: a hostile server that answers slowly, or
/// not at all, costs one deadline.
async fn within<T>(
    timeout: Duration,
    read: impl std::future::Future<Output = T>,
) -> Result<T, FetchError> {
    tokio::time::timeout(timeout, read).await.map_err(|_| {
        FetchError::Unreachable(format!("timed out after {} s", timeout.as_secs_f64()))
    })
}

/// A transport's failure as a read's: too large is too large, everything else leaves the copy
/// unreadable, with the transport's words.
fn mirror_error(e: TransportError) -> FetchError {
    match e.failure {
        Failure::TooLarge => FetchError::TooLarge,
        _ => FetchError::Unreachable(e.message),
    }
}
